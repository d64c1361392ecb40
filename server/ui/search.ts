import type { Facets, SearchResult, SourceRecord } from '../../db/types.ts';
import type { RequestContext } from '../app.ts';
import { html, markSnippet, type SafeHtml } from '../html.ts';
import { HttpError } from '../http.ts';
import { FILTER_PARAMS, parsePaged } from '../params.ts';
import { href } from './layout.ts';
import { statusBadges, tagChips } from './parts.ts';
import { knownFacets } from '../known-facets.ts';

const UI_PARAMS = [...FILTER_PARAMS, 'sort', 'page'];

/** The request's search parameters without empty values (blank form fields) and without page. */
function cleanParams(ctx: RequestContext): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of ctx.query) if (UI_PARAMS.includes(k) && k !== 'page' && v.trim() !== '') p.append(k, v);
  return p;
}

function toggled(p: URLSearchParams, key: string, value: string): URLSearchParams {
  const next = new URLSearchParams(p);
  const cur = next.getAll(key).flatMap((v) => v.split(','));
  next.delete(key);
  const on = cur.includes(value);
  for (const v of on ? cur.filter((c) => c !== value) : [...cur, value]) next.append(key, v);
  return next;
}

function facetBlock(
  ctx: RequestContext,
  p: URLSearchParams,
  title: string,
  key: string,
  counts: Record<string, number>,
  label: (id: string) => string,
  filterKey = key,
): SafeHtml {
  const entries = Object.entries(counts);
  if (!entries.length) return html``;
  const active = new Set(p.getAll(filterKey).flatMap((v) => v.split(',')));
  return html`<section class="facet"><h3>${title}</h3><ul>${entries.slice(0, 12).map(([id, n]) => {
    const on = active.has(id);
    return html`<li><a href="${href(ctx, '/', toggled(p, filterKey, id))}"${on ? html` class="on" aria-pressed="true"` : ''}><span>${label(id)}</span><span class="count">${n.toLocaleString()}</span></a></li>`;
  })}</ul></section>`;
}

function yearFacet(ctx: RequestContext, p: URLSearchParams, counts: Record<string, number>): SafeHtml {
  const entries = Object.entries(counts).sort((a, b) => b[0].localeCompare(a[0]));
  if (!entries.length) return html``;
  return html`<section class="facet"><h3>${ctx.t.facetYear}</h3><ul>${entries.slice(0, 12).map(([y, n]) => {
    const next = new URLSearchParams(p);
    const on = next.get('from') === `${y}-01-01` && next.get('to') === `${y}-12-31`;
    if (on) {
      next.delete('from');
      next.delete('to');
    } else {
      next.set('from', `${y}-01-01`);
      next.set('to', `${y}-12-31`);
    }
    return html`<li><a href="${href(ctx, '/', next)}"${on ? html` class="on" aria-pressed="true"` : ''}><span>${y}</span><span class="count">${n.toLocaleString()}</span></a></li>`;
  })}</ul></section>`;
}

function facetsPanel(ctx: RequestContext, p: URLSearchParams, f: Facets, sourceName: (id: string) => string): SafeHtml {
  const { labels } = ctx.app;
  return html`<aside class="facets" aria-label="${ctx.t.filters}">
${facetBlock(ctx, p, ctx.t.facetSource, 'source', f.source, sourceName)}
${facetBlock(ctx, p, ctx.t.facetTopic, 'topic', f.topic, (id) => labels.topic(id, ctx.lang))}
${facetBlock(ctx, p, ctx.t.facetRegion, 'region', f.region, (id) => labels.region(id, ctx.lang))}
${yearFacet(ctx, p, f.year)}
</aside>`;
}

function select(name: string, label: string, current: string, options: [string, string][], anyLabel?: string): SafeHtml {
  return html`<label>${label}<select name="${name}" data-autosubmit>${anyLabel !== undefined ? html`<option value="">${anyLabel}</option>` : ''}${options.map(
    ([v, l]) => html`<option value="${v}"${v === current ? html` selected` : ''}>${l}</option>`,
  )}</select></label>`;
}

function searchForm(ctx: RequestContext, sources: SourceRecord[], facets: Facets | undefined): SafeHtml {
  const t = ctx.t;
  const q = ctx.query;
  const v = (k: string) => q.get(k) ?? '';
  const { labels } = ctx.app;
  const withCurrent = (ids: string[], cur: string) => [...new Set([...(cur ? [cur] : []), ...ids])];
  const lang = q.get('lang');
  const hasFilters = ['source', 'agency', 'topic', 'hs', 'region', 'language', 'from', 'to', 'changedSince'].some((k) => v(k));
  return html`<form class="search" method="get" action="/" role="search">
${lang === 'zh' || lang === 'en' ? html`<input type="hidden" name="lang" value="${lang}">` : ''}
<div class="querybar">
  <label class="sr-only" for="q">${t.queryLabel}</label>
  <input id="q" name="q" type="search" value="${v('q')}" placeholder="${t.queryPlaceholder}" maxlength="500" autocomplete="off">
  <button type="submit">${t.searchButton}</button>
</div>
<p class="hint">${t.querySyntaxHelp}</p>
<details class="filters"${hasFilters ? html` open` : ''}>
<summary>${t.filters}</summary>
<div class="grid">
${select(
  'source',
  t.source,
  v('source'),
  sources.map((s) => [s.id, s.name]),
  t.any,
)}
${select(
  'topic',
  t.topic,
  v('topic'),
  withCurrent(Object.keys(facets?.topic ?? {}), v('topic')).map((id) => [id, labels.topic(id, ctx.lang)]),
  t.any,
)}
${select(
  'region',
  t.region,
  v('region'),
  withCurrent(Object.keys(facets?.region ?? {}), v('region')).map((id) => [id, labels.region(id, ctx.lang)]),
  t.any,
)}
<label>${t.hs}<input name="hs" value="${v('hs')}" inputmode="numeric" placeholder="8541" maxlength="60"></label>
<label>${t.agency}<input name="agency" value="${v('agency')}" maxlength="200"></label>
${select(
  'language',
  t.language,
  v('language'),
  [
    ['zh', '中文'],
    ['en', 'English'],
  ],
  t.any,
)}
<label>${t.publishedFrom}<input type="date" name="from" value="${v('from')}"></label>
<label>${t.publishedTo}<input type="date" name="to" value="${v('to')}"></label>
<label>${t.changedSince}<input type="date" name="changedSince" value="${v('changedSince').slice(0, 10)}"></label>
${select('sort', t.sort, v('sort'), [
  ['', v('q') ? t.sortRelevance : t.sortDate],
  ...(v('q') ? ([['date', t.sortDate]] as [string, string][]) : ([['relevance', t.sortRelevance]] as [string, string][])),
  ['changed', t.sortChanged],
])}
</div>
<div class="actions"><button type="submit">${t.searchButton}</button> <a href="${href(ctx, '/')}">${t.clearFilters}</a></div>
</details>
</form>`;
}

function results(ctx: RequestContext, r: SearchResult, sourceName: (id: string) => string): SafeHtml {
  const t = ctx.t;
  if (!r.hits.length) return html`<p class="empty">${t.noResults}</p>`;
  return html`<ol class="results">${r.hits.map(({ notice: n, snippet }) => {
    const meta = [n.agency, n.docNumber, n.publishedAt, sourceName(n.sourceId)].filter(Boolean) as string[];
    return html`<li class="hit">
<h2><a href="${href(ctx, `/notices/${n.id}`)}">${n.title}</a> ${statusBadges(ctx, n)}</h2>
<p class="meta">${meta.map((m, i) => html`${i ? html`<span class="sep">·</span>` : ''}<span>${m}</span>`)}</p>
${snippet ? html`<p class="snippet">${markSnippet(snippet)}</p>` : ''}
<p class="tags">${tagChips(ctx, n)}</p>
</li>`;
  })}</ol>`;
}

function pager(ctx: RequestContext, p: URLSearchParams, page: number, pages: number): SafeHtml {
  if (pages <= 1) return html``;
  const link = (n: number, label: string, rel?: string) => {
    const next = new URLSearchParams(p);
    if (n > 1) next.set('page', String(n));
    return html`<a href="${href(ctx, '/', next)}"${rel ? html` rel="${rel}"` : ''}${n === page ? html` aria-current="page"` : ''}>${label}</a>`;
  };
  const nums: number[] = [];
  for (let i = Math.max(1, page - 2); i <= Math.min(pages, page + 2); i++) nums.push(i);
  return html`<nav class="pager" aria-label="${ctx.t.pageOf(page, pages)}">
${page > 1 ? link(page - 1, ctx.t.prev, 'prev') : ''}
${nums[0] > 1 ? html`${link(1, '1')}${nums[0] > 2 ? html`<span>…</span>` : ''}` : ''}
${nums.map((n) => link(n, String(n)))}
${nums.at(-1)! < pages ? html`${nums.at(-1)! < pages - 1 ? html`<span>…</span>` : ''}${link(pages, String(pages))}` : ''}
${page < pages ? link(page + 1, ctx.t.next, 'next') : ''}
</nav>`;
}

export async function searchPage(ctx: RequestContext): Promise<void> {
  const t = ctx.t;
  const p = cleanParams(ctx);
  const sources = await ctx.store.listSources();
  const names = new Map(sources.map((s) => [s.id, s.name]));
  const sourceName = (id: string) => names.get(id) ?? id;
  let error: string | null = null;
  let result: SearchResult = { total: 0, hits: [] };
  let page = 1;
  let limit = 20;
  try {
    const parsed = parsePaged(ctx.query, { labels: ctx.app.labels, facets: true, maxLimit: 100 });
    page = parsed.page;
    limit = parsed.limit;
    result = await ctx.store.search(parsed.query);
    if (result.facets) result = { ...result, facets: knownFacets(result.facets) };
  } catch (e) {
    if (e instanceof HttpError || (e as { userFacing?: boolean }).userFacing) error = (e as Error).message;
    else throw e;
  }
  const exportQs = p.toString() ? `?${p}` : '';
  const pages = Math.ceil(result.total / limit);
  const title = p.get('q') ? `${p.get('q')} – ${t.searchTitle}` : t.searchTitle;
  const feed = `/feeds/notices.atom${exportQs}`;
  ctx.page({
    status: error ? 400 : 200,
    title,
    nav: 'search',
    head: html`<link rel="alternate" type="application/atom+xml" title="${t.followFeed}" href="${feed}">`,
    body: html`<div class="search-page">
<section class="main-col">
<h1 class="sr-only">${t.searchTitle}</h1>
${searchForm(ctx, sources, result.facets)}
${error ? html`<p class="alert" role="alert">${error}</p>` : ''}
<div class="summary">
  <strong class="total">${t.results(result.total)}</strong>
  <span class="exports">${t.exportAs} <a href="/api/notices.csv${exportQs}" download>CSV</a> <a href="/api/notices.ndjson${exportQs}" download>NDJSON</a> <a href="${feed}">${t.followFeed}</a></span>
</div>
${results(ctx, result, sourceName)}
${pager(ctx, p, page, pages)}
</section>
${result.facets ? facetsPanel(ctx, p, result.facets, sourceName) : ''}
</div>`,
  });
}
