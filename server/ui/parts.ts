import { safeHttpUrl } from '../../db/escape.ts';
import type { Notice } from '../../db/types.ts';
import { isKnownHs, isKnownRegion, isKnownTopic } from '../../taxonomy/known.ts';
import type { RequestContext } from '../app.ts';
import { html, type SafeHtml } from '../html.ts';
import { href } from './layout.ts';

export function externalLink(u: string, label: string | SafeHtml): SafeHtml {
  const safe = safeHttpUrl(u);
  return safe ? html`<a href="${safe}" rel="noopener noreferrer nofollow" class="external">${label}</a>` : html`<span class="url">${label}</span>`;
}

/** Tag chips linking to the search filtered by that tag; vocabulary tags only (not what an old import let in). */
export function tagChips(ctx: RequestContext, n: Pick<Notice, 'topics' | 'hsCodes' | 'regions'>): SafeHtml {
  const { labels } = ctx.app;
  const chip = (kind: string, param: string, id: string, label: string) =>
    html`<a class="chip ${kind}" href="${href(ctx, '/', { [param]: id })}" title="${id}">${label}</a>`;
  return html`${n.topics.filter(isKnownTopic).map((t) => chip('topic', 'topic', t, labels.topic(t, ctx.lang)))}${n.hsCodes.filter(isKnownHs).map((h) => chip('hs', 'hs', h, `HS ${h}`))}${n.regions
    .filter(isKnownRegion)
    .map((r) => chip('region', 'region', r, labels.region(r, ctx.lang)))}`;
}

export function statusBadges(ctx: RequestContext, n: Notice): SafeHtml {
  return html`${n.versionCount > 1 ? html`<span class="badge changed" title="${ctx.t.changedTitle(n.versionCount)}">${ctx.t.changed}</span>` : ''}${
    n.status === 'removed' ? html`<span class="badge removed">${ctx.t.removed}</span>` : ''
  }${n.degraded ? html`<span class="badge degraded" title="${ctx.t.degradedTitle}">${ctx.t.degraded}</span>` : ''}`;
}
