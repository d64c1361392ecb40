import { createHash } from 'node:crypto';
import type { SearchQuery } from '../db/types.ts';
import { badParam } from './http.ts';
import type { Labels } from './labels.ts';

/**
 * Query-string parsing for every search-like endpoint (API, exports, feeds, UI).
 * Each check names the parameter it rejects; empty values (blank form fields)
 * count as absent.
 */

export const FILTER_PARAMS = ['q', 'source', 'agency', 'topic', 'hs', 'region', 'language', 'from', 'to', 'changedSince', 'status'] as const;

const ID = /^[A-Za-z0-9][\w.:-]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
const MAX_OFFSET = 1_000_000;

function values(p: URLSearchParams, name: string): string[] {
  return p
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function single(p: URLSearchParams, name: string): string | undefined {
  const all = p.getAll(name).filter((v) => v.trim() !== '');
  if (all.length > 1) throw badParam(name, 'given more than once');
  return all[0]?.trim();
}

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function intParam(p: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const v = single(p, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw badParam(name, `expected a whole number, got "${v.slice(0, 40)}"`);
  const n = Number(v);
  if (n < min || n > max) throw badParam(name, `expected ${min}..${max}, got ${v}`);
  return n;
}

export function boolParam(p: URLSearchParams, name: string, dflt: boolean): boolean {
  const v = single(p, name);
  if (v === undefined) return dflt;
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw badParam(name, `expected true or false, got "${v.slice(0, 40)}"`);
}

/** The filters and text query of a request, validated. */
export function parseFilters(p: URLSearchParams, labels?: Labels): SearchQuery {
  const q: SearchQuery = {};
  const text = single(p, 'q');
  if (text !== undefined) {
    if (text.length > 500) throw badParam('q', `query is too long (${text.length} characters, at most 500)`);
    q.q = text;
  }
  const ids = (name: string) => {
    const vs = values(p, name);
    for (const v of vs) if (!ID.test(v)) throw badParam(name, `"${v.slice(0, 40)}" is not a valid id`);
    if (vs.length > 50) throw badParam(name, 'at most 50 values');
    return vs.length ? vs : undefined;
  };
  q.sources = ids('source');
  q.topics = ids('topic');
  const regions = ids('region');
  if (regions) q.regions = labels ? [...new Set(regions.flatMap((r) => labels.expandRegion(r)))] : regions;
  const hs = values(p, 'hs').map((h) => h.replace(/[.\s]/g, ''));
  for (const h of hs) if (!/^\d{2,10}$/.test(h)) throw badParam('hs', `an HS code prefix is 2 to 10 digits, got "${h.slice(0, 40)}"`);
  if (hs.length) q.hs = hs;
  const agency = single(p, 'agency');
  if (agency !== undefined) {
    if (agency.length > 200) throw badParam('agency', 'too long');
    q.agency = agency;
  }
  const language = single(p, 'language');
  if (language !== undefined) {
    if (!LANGUAGE.test(language)) throw badParam('language', `expected a language code such as zh or en, got "${language.slice(0, 40)}"`);
    q.language = language;
  }
  for (const name of ['from', 'to'] as const) {
    const v = single(p, name);
    if (v === undefined) continue;
    if (!DATE.test(v) || !isRealDate(v)) throw badParam(name, `expected a date like 2024-01-31, got "${v.slice(0, 40)}"`);
    q[name] = v;
  }
  if (q.from && q.to && q.from > q.to) throw badParam('from', `${q.from} is after to=${q.to}`);
  const since = single(p, 'changedSince');
  if (since !== undefined) {
    const d = DATE.test(since) ? (isRealDate(since) ? new Date(`${since}T00:00:00Z`) : null) : /^\d{4}-\d{2}-\d{2}T/.test(since) ? new Date(since) : null;
    if (!d || Number.isNaN(d.getTime()))
      throw badParam('changedSince', `expected a date or ISO date-time like 2024-01-31T08:00:00Z, got "${since.slice(0, 40)}"`);
    q.changedSince = d;
  }
  const status = single(p, 'status');
  if (status !== undefined) {
    if (status !== 'active' && status !== 'removed' && status !== 'all') throw badParam('status', 'expected active, removed or all');
    q.status = status;
  }
  return q;
}

export function parseSort(p: URLSearchParams, dflt?: SearchQuery['sort']): SearchQuery['sort'] {
  const sort = single(p, 'sort') ?? dflt;
  if (sort === undefined) return undefined;
  if (sort !== 'relevance' && sort !== 'date' && sort !== 'changed') throw badParam('sort', `expected relevance, date or changed, got "${sort.slice(0, 40)}"`);
  return sort;
}

/** A fingerprint of the filters + sort, so a cursor cannot be replayed on another query. */
function fingerprint(q: SearchQuery): string {
  const { limit: _l, offset: _o, facets: _f, ...rest } = q;
  return createHash('sha1').update(JSON.stringify(rest)).digest('base64url').slice(0, 10);
}

export function encodeCursor(q: SearchQuery, offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprint(q) })).toString('base64url');
}

function decodeCursor(cursor: string, q: SearchQuery): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badParam('cursor', 'not a cursor returned by this API');
  }
  const c = parsed as { o?: unknown; f?: unknown };
  if (!c || typeof c.o !== 'number' || !Number.isSafeInteger(c.o) || c.o < 0 || c.o > MAX_OFFSET) throw badParam('cursor', 'not a cursor returned by this API');
  if (c.f !== fingerprint(q)) throw badParam('cursor', 'belongs to a different query; start again without a cursor');
  return c.o;
}

export interface Paged {
  query: SearchQuery;
  page: number;
  limit: number;
  offset: number;
}

/** Search filters plus sort and pagination (page/limit, or an opaque cursor). */
export function parsePaged(
  p: URLSearchParams,
  opts: { labels?: Labels; maxLimit?: number; defaultLimit?: number; facets?: boolean; defaultSort?: SearchQuery['sort'] } = {},
): Paged {
  const query = parseFilters(p, opts.labels);
  query.sort = parseSort(p, opts.defaultSort);
  const limit = intParam(p, 'limit', 1, opts.maxLimit ?? 100) ?? opts.defaultLimit ?? 20;
  const page = intParam(p, 'page', 1, 100_000);
  const cursor = single(p, 'cursor');
  if (page !== undefined && cursor !== undefined) throw badParam('cursor', 'use either page or cursor, not both');
  let offset = page !== undefined ? (page - 1) * limit : cursor !== undefined ? decodeCursor(cursor, query) : 0;
  if (offset > MAX_OFFSET) throw badParam('page', `too deep (at most ${MAX_OFFSET} results in); narrow the search`);
  offset = Math.max(0, offset);
  query.limit = limit;
  query.offset = offset;
  query.facets = boolParam(p, 'facets', opts.facets ?? false);
  return { query, page: Math.floor(offset / limit) + 1, limit, offset };
}
