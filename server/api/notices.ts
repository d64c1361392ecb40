import type { App, RequestContext } from '../app.ts';
import { diffStats, diffWords } from '../../db/diff.ts';
import { badParam, notFound } from '../http.ts';
import { boolParam, encodeCursor, parsePaged } from '../params.ts';
import { matchJson, type ProfileSource, profileMatches, requestProfile } from './matching.ts';
import { hitJson, noticeJson, noticeLinks, versionJson, versionSummaryJson } from './serialize.ts';
import { knownFacets } from '../known-facets.ts';
import { diffQuery, filterQuery, idPath, matchQuery, pageQuery, query, versionPath } from './query-schemas.ts';
import { errorResponse, jsonResponse } from './schemas.ts';

/** A positive integer path/query value, else 400 naming it. */
export function idParam(name: string, v: string | null | undefined): number {
  if (v == null || !/^\d{1,15}$/.test(v) || Number(v) < 1) throw badParam(name, `expected a positive whole number, got "${String(v ?? '').slice(0, 40)}"`);
  return Number(v);
}

async function noticeOr404(ctx: RequestContext) {
  const id = idParam('id', ctx.params.id);
  const n = await ctx.store.getNotice(id);
  if (!n) throw notFound(`notice ${id} does not exist`);
  return n;
}

/**
 * Search narrowed to a profile's notices (for=) and/or to those still open for
 * applications: every match of the other filters is judged (up to MATCH_SCAN_CAP),
 * then ranked by the profile's score; pages are offsets into that list.
 */
async function matchedSearch(ctx: RequestContext, who: ProfileSource | null, open: boolean): Promise<void> {
  const { query, page, limit, offset } = parsePaged(ctx.query, { labels: ctx.app.labels, defaultSort: 'changed' });
  const today = new Date().toISOString().slice(0, 10);
  const r = await profileMatches(ctx.store, query, who, { open, today });
  const pageOf = r.matches.slice(offset, offset + limit);
  const hits = new Map(
    (
      await ctx.store.hitsFor(
        pageOf.map((m) => m.id),
        query.q,
      )
    ).map((h) => [h.notice.id, h]),
  );
  const items = pageOf.flatMap(({ id, verdict: v }) => {
    const h = hits.get(id);
    return h ? [{ ...hitJson(h), ...(v ? { match: matchJson(v) } : {}) }] : [];
  });
  ctx.json(
    {
      total: r.matches.length,
      totalExact: r.complete,
      sort: who ? 'profile' : 'changed',
      broad: false,
      page,
      limit,
      offset,
      pages: Math.ceil(r.matches.length / limit),
      nextCursor: null,
      prevCursor: null,
      candidates: r.candidates,
      items,
    },
    // a subscriber's matches are theirs: never kept by shared caches
    { cache: who?.subscriber ? 'private, no-store' : ctx.app.options.apiCache },
  );
}

async function search(ctx: RequestContext): Promise<void> {
  const who = await requestProfile(ctx.query, ctx.store, ctx.app.options.secret);
  const open = boolParam(ctx.query, 'openForApplication', false);
  if (who || open) {
    if (ctx.query.has('cursor')) throw badParam('cursor', 'not used with for= or openForApplication (use page)');
    return matchedSearch(ctx, who, open);
  }
  const { query, page, limit, offset } = parsePaged(ctx.query, { labels: ctx.app.labels });
  const r = await ctx.store.search(query);
  const more = offset + r.hits.length < r.total;
  ctx.json(
    {
      total: r.total,
      totalExact: r.totalExact ?? true,
      sort: r.sort,
      broad: r.broad ?? false,
      page,
      limit,
      offset,
      pages: Math.ceil(r.total / limit),
      nextCursor: more ? encodeCursor(query, offset + limit) : null,
      prevCursor: offset > 0 ? encodeCursor(query, Math.max(0, offset - limit)) : null,
      items: r.hits.map(hitJson),
      ...(r.facets ? { facets: knownFacets(r.facets) } : {}),
    },
    { cache: ctx.app.options.apiCache },
  );
}

async function notice(ctx: RequestContext): Promise<void> {
  const n = await noticeOr404(ctx);
  const versions = await ctx.store.listVersions(n.id);
  const current = versions.at(-1);
  ctx.json(
    {
      ...noticeJson(n),
      text: current?.text ?? '',
      attachments: current?.attachments ?? [],
      versions: versions.map(versionSummaryJson),
      links: noticeLinks(n.id),
    },
    { cache: ctx.app.options.apiCache },
  );
}

async function version(ctx: RequestContext): Promise<void> {
  const n = await noticeOr404(ctx);
  const num = idParam('n', ctx.params.n);
  const v = await ctx.store.getVersion(n.id, num);
  if (!v) throw notFound(`notice ${n.id} has no version ${num} (it has ${n.versionCount})`);
  ctx.json(versionJson(v), { cache: ctx.app.options.apiCache });
}

/** from/to of a diff: defaults compare the latest version with the one before. */
export function diffRange(query: URLSearchParams, versionCount: number): { from: number; to: number } {
  const to = query.get('to') ? idParam('to', query.get('to')) : versionCount;
  const from = query.get('from') ? idParam('from', query.get('from')) : Math.max(1, to - 1);
  for (const [name, v] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (v > versionCount) throw notFound(`${name}: version ${v} does not exist (the notice has ${versionCount})`);
  }
  return { from, to };
}

async function diff(ctx: RequestContext): Promise<void> {
  const n = await noticeOr404(ctx);
  const { from, to } = diffRange(ctx.query, n.versionCount);
  const [a, b] = await Promise.all([ctx.store.getVersion(n.id, from), ctx.store.getVersion(n.id, to)]);
  if (!a || !b) throw notFound(`version ${!a ? from : to} of notice ${n.id} does not exist`);
  const ops = diffWords(a.text, b.text);
  ctx.json(
    {
      noticeId: n.id,
      from,
      to,
      titleChanged: a.title !== b.title,
      titles: { from: a.title, to: b.title },
      stats: diffStats(ops),
      ops,
    },
    { cache: ctx.app.options.apiCache },
  );
}

export function registerNotices(app: App): void {
  app.api(
    {
      path: '/api/notices',
      summary: 'Search notices, optionally only those for a company profile or still open for applications',
      request: { query: query({ ...filterQuery, ...pageQuery, ...matchQuery }) },
      responses: {
        200: jsonResponse('SearchResult'),
        400: errorResponse('A parameter or the profile is invalid; error.parameter names it (profile.location, profile.hs, …).'),
        403: errorResponse('The for= token is invalid or expired.'),
      },
    },
    search,
    { cache: true },
  );
  app.api(
    {
      path: '/api/notices/{id}',
      summary: 'One notice: metadata, current text, tags, attachments, original URL, versions',
      request: { params: idPath, query: query({}) },
      responses: { 200: jsonResponse('NoticeDetail'), 400: errorResponse('id is not a positive integer'), 404: errorResponse('No such notice') },
    },
    notice,
    { cache: true },
  );
  app.api(
    {
      path: '/api/notices/{id}/versions/{n}',
      summary: 'One version of a notice',
      request: { params: versionPath, query: query({}) },
      responses: { 200: jsonResponse('Version'), 400: errorResponse('Bad id or n'), 404: errorResponse('No such notice or version') },
    },
    version,
    { cache: true },
  );
  app.api(
    {
      path: '/api/notices/{id}/diff',
      summary: 'Word-level diff between two versions',
      request: { params: idPath, query: query(diffQuery) },
      responses: { 200: jsonResponse('Diff'), 400: errorResponse('Bad id, from or to'), 404: errorResponse('No such notice or version') },
    },
    diff,
    { cache: true },
  );
}
