import type { CrawlRun, SourceRecord } from '../../db/types.ts';
import { HISTORY_RUNS } from '../api/sources.ts';
import type { RequestContext } from '../app.ts';
import { html } from '../html.ts';
import { formatInstant } from '../i18n.ts';
import { href } from './layout.ts';
import { externalLink } from './parts.ts';

const SEVERITY: Record<string, number> = { down: 0, blocked: 1, alarm: 2, never: 3, ok: 4 };

export async function sourcesPage(ctx: RequestContext): Promise<void> {
  const t = ctx.t;
  // broken sources first, so an operator sees them at a glance
  const sources = (await ctx.store.listSources()).sort((a, b) => (SEVERITY[a.status] ?? 9) - (SEVERITY[b.status] ?? 9) || a.id.localeCompare(b.id));
  const bad = sources.filter((s) => s.enabled && s.status !== 'ok').length;
  const histories = new Map(await Promise.all(sources.map(async (s) => [s.id, await ctx.store.listRuns({ sourceId: s.id, limit: HISTORY_RUNS })] as const)));
  // oldest to newest, one mark per run; its title says when and why
  const history = (runs: CrawlRun[]) => {
    if (!runs.length) return html`–`;
    const marks = [...runs].reverse().map((r) => {
      const outcome = r.outcome ?? (r.finishedAt ? 'ok' : 'running');
      const label = t.outcomeLabel[outcome] ?? outcome;
      return html`<span class="run run-${outcome}" title="${formatInstant(r.startedAt)} ${label}${r.reason ? `: ${r.reason}` : ''}">${label[0]}</span>`;
    });
    const latestBad = runs.find((r) => r.outcome && r.outcome !== 'ok');
    return html`<span class="runs" aria-label="${t.history}">${marks}</span>${latestBad ? html`<p class="run-why"><span class="pill run-${latestBad.outcome}">${t.outcomeLabel[latestBad.outcome!] ?? latestBad.outcome}</span> <time datetime="${latestBad.startedAt.toISOString()}">${formatInstant(latestBad.startedAt)}</time>: ${latestBad.reason ?? ''}</p>` : ''}`;
  };
  const row = (s: SourceRecord) => html`<tr class="status-${s.status}${s.enabled ? '' : ' disabled'}">
<td data-label="${t.sourceName}"><strong><a href="${href(ctx, '/', { source: s.id })}">${s.name}</a></strong><br><span class="muted">${s.id}</span> ${externalLink(s.baseUrl, '↗')}</td>
<td data-label="${t.status}"><span class="pill ${s.status}">${t.statusLabel[s.status] ?? s.status}</span>${s.enabled ? '' : html` <span class="pill disabled">${t.disabled}</span>`}</td>
<td data-label="${t.lastSuccess}">${s.lastSuccessAt ? html`<time datetime="${s.lastSuccessAt.toISOString()}">${formatInstant(s.lastSuccessAt)}</time>` : t.never}</td>
<td data-label="${t.lastRun}">${s.lastRunAt ? formatInstant(s.lastRunAt) : t.never}</td>
<td data-label="${t.itemsSeen}" class="num">${s.itemsSeen.toLocaleString()}</td>
<td data-label="${t.notices}" class="num">${s.noticeCount != null ? s.noticeCount.toLocaleString() : '–'}</td>
<td data-label="${t.failures}" class="num">${s.consecutiveFailures}</td>
<td data-label="${t.history}" class="history">${history(histories.get(s.id) ?? [])}</td>
<td data-label="${t.alarms}">${s.alarms.length ? html`<ul class="alarms">${s.alarms.map((a) => html`<li>${a}</li>`)}</ul>` : '–'}${s.lastError ? html`<p class="error-text" title="${t.lastError}">${s.lastError}</p>` : ''}</td>
</tr>`;
  ctx.page({
    title: t.sourcesTitle,
    nav: 'sources',
    body: html`<section class="sources-page">
<h1>${t.sourcesTitle}</h1>
${
  sources.length
    ? html`<p class="health-summary${bad ? ' has-bad' : ''}">${t.sourcesSummary(sources.length - bad, bad)}</p>
<table class="sources">
<thead><tr><th>${t.sourceName}</th><th>${t.status}</th><th>${t.lastSuccess}</th><th>${t.lastRun}</th><th>${t.itemsSeen}</th><th>${t.notices}</th><th>${t.failures}</th><th title="${t.historyLegend}">${t.history}</th><th>${t.alarms}</th></tr></thead>
<tbody>${sources.map(row)}</tbody>
</table>`
    : html`<p class="empty">${t.noSources}</p>`
}
</section>`,
  });
}
