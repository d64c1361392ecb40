import type { Notice } from '../../db/types.ts';
import type { App, RequestContext } from '../app.ts';
import { escapeXml as x, stripMarks } from '../html.ts';
import { parsePaged } from '../params.ts';
import { profileMatches, requestProfile } from './matching.ts';
import { feedQuery, query } from './query-schemas.ts';
import { errorResponse, textResponse } from './schemas.ts';

/**
 * Atom feed of any search, newest change first, so a saved search can be
 * followed in a feed reader. Entry ids are stable per notice version, so a
 * changed notice shows up again as updated. With for=<profile token> (or
 * for=params), a personal feed: only the notices that concern that profile
 * (the digest's rule), still newest change first.
 */
function entry(ctx: RequestContext, n: Notice, summary: string): string {
  const link = ctx.app.absoluteUrl(ctx, `/notices/${n.id}`);
  const cats = [...n.topics.map((t) => ['topic', t]), ...n.regions.map((r) => ['region', r]), ...n.hsCodes.map((h) => ['hs', h])];
  const meta = [n.agency, n.docNumber, n.publishedAt].filter(Boolean).join(' · ');
  return `<entry>
<id>${x(`${link}#v${n.versionCount}`)}</id>
<title type="text">${x(n.title)}</title>
<link rel="alternate" type="text/html" href="${x(link)}"/>
<link rel="via" href="${x(n.url)}"/>
<updated>${n.lastChangedAt.toISOString()}</updated>
${n.publishedAt ? `<published>${n.publishedAt}T00:00:00Z</published>` : ''}
<author><name>${x(n.agency ?? n.sourceId)}</name></author>
${cats.map(([scheme, term]) => `<category scheme="${x(scheme)}" term="${x(term)}"/>`).join('')}
<summary type="text">${x([meta, stripMarks(summary)].filter(Boolean).join('\n'))}</summary>
</entry>
`;
}

async function atom(ctx: RequestContext): Promise<void> {
  const who = await requestProfile(ctx.query, ctx.store, ctx.app.options.secret);
  const { query } = parsePaged(ctx.query, { labels: ctx.app.labels, maxLimit: 200, defaultLimit: 50, defaultSort: 'changed' });
  const today = new Date().toISOString().slice(0, 10);
  const hits = who
    ? await ctx.store.hitsFor(
        (await profileMatches(ctx.store, query, who, { today })).matches.slice(0, query.limit ?? 50).map((m) => m.id),
        query.q,
      )
    : (await ctx.store.search(query)).hits;
  const self = ctx.app.absoluteUrl(ctx, ctx.url.pathname + ctx.url.search);
  const p = new URLSearchParams(ctx.url.search);
  p.delete('limit');
  const htmlUrl = ctx.app.absoluteUrl(ctx, `/${p.size ? `?${p}` : ''}`);
  const updated = new Date(Math.max(0, ...hits.map((h) => h.notice.lastChangedAt.getTime())));
  const title =
    `${ctx.t.appName}: ${query.q ?? ''} ${[...(query.topics ?? []), ...(query.regions ?? []), ...(query.hs ?? []), ...(query.sources ?? [])].join(' ')}`.trim();
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${ctx.lang}">
<id>${x(self)}</id>
<title type="text">${x(title)}</title>
<subtitle type="text">${x(ctx.t.tagline)}</subtitle>
<link rel="self" type="application/atom+xml" href="${x(self)}"/>
<link rel="alternate" type="text/html" href="${x(htmlUrl)}"/>
<updated>${updated.toISOString()}</updated>
<generator>Policy Radar</generator>
${hits.map((h) => entry(ctx, h.notice, h.snippet)).join('')}</feed>
`;
  // a subscriber's feed is theirs: never kept by shared caches
  ctx.send(body, { type: 'application/atom+xml; charset=utf-8', cache: who?.subscriber ? 'private, no-store' : ctx.app.options.apiCache });
}

export function registerFeeds(app: App): void {
  app.api(
    {
      path: '/feeds/notices.atom',
      summary: 'Atom feed of a search, most recently changed first; with for=, only the notices that concern a profile',
      request: { query: query(feedQuery) },
      responses: {
        200: textResponse('application/atom+xml', 'Atom'),
        400: errorResponse('A parameter is invalid'),
        403: errorResponse('The for= token is invalid or expired.'),
      },
    },
    atom,
    { cache: true },
  );
}
