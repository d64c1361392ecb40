/**
 * PostgreSQL: filters as lexemes of the search vector `notice_search.tsv`.
 *
 * The counterpart of db/search/facets.ts (SQLite's filter words), with the same
 * meaning. Each notice's vector carries, without positions, one lexeme per source,
 * language, agency, topic and region, for its published date, and for each HS
 * code (2 to 10 digits) the code itself and every prefix of it. A filtered search ANDs the text query with
 * the filters' lexemes, so that the GIN index intersects both at once instead of
 * every text match being joined to `notices` and to tag sets.
 *
 * The lexemes start with `#`, which no query token can contain (tokens are letters
 * and digits, db/search/query.ts): a search for words never matches a filter word.
 * The same words are computed in SQL by notice_filter_words() (migration
 * 0002_search_filters.sql), which must stay equal to filterLexemes().
 */
import type { SearchFilters } from '../types.ts';
import { dateRangeWords } from './facets.ts';

export interface FilterFields {
  sourceId: string;
  language: string;
  agency?: string | null;
  publishedAt?: string | null;
  topics: readonly string[];
  hsCodes: readonly string[];
  regions: readonly string[];
}

const HS = /^[0-9]{2,10}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A lexeme quoted for a tsvector or tsquery literal. */
export const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The filter lexemes of a notice (unquoted, without duplicates). */
export function filterLexemes(n: FilterFields): string[] {
  const out = new Set<string>([`#s:${n.sourceId}`, `#l:${n.language}`]);
  if (n.agency) out.add(`#a:${n.agency}`);
  // the published date, coarse to fine (century, decade, year, month, day), as the words of
  // dateRangeWords() (./facets.ts), which cover a date range with a few dozen of them
  const d = DAY.exec(n.publishedAt ?? '');
  if (d) {
    const [, y, m, day] = d;
    for (const w of [`xc${y.slice(0, 2)}`, `xj${y.slice(0, 3)}`, `xy${y}`, `xm${y}${m}`, `xd${y}${m}${day}`]) out.add(`#${w}`);
  }
  for (const t of n.topics) out.add(`#t:${t}`);
  for (const r of n.regions) out.add(`#r:${r}`);
  for (const h of n.hsCodes) {
    if (!HS.test(h)) continue;
    out.add(`#e:${h}`); // tagged with exactly this code
    for (let len = 2; len <= h.length; len++) out.add(`#h:${h.slice(0, len)}`); // a code starting with this
  }
  return [...out];
}

/** The filter lexemes of a notice as a tsvector literal (no positions). */
export function filterVector(n: FilterFields): string {
  return filterLexemes(n).map(quoteLexeme).join(' ');
}

/** Filters that the vector cannot express, left to SQL conditions on the notice. */
export type ResidualFilters = Pick<SearchFilters, 'from' | 'to' | 'changedSince' | 'status'>;

/**
 * A tsquery literal for the filters of q that the vector holds (null: none), and
 * the filters left for SQL: the notice's status and change time (they change
 * without the vector being rewritten), and dates again, for walks in date order.
 */
export function filterQuery(q: SearchFilters): { tsquery: string | null; residual: ResidualFilters } {
  const all: string[][] = [];
  const any = (ws: string[]) => {
    if (ws.length) all.push(ws);
  };
  if (q.sources?.length) any(q.sources.map((s) => `#s:${s}`));
  if (q.agency) any([`#a:${q.agency}`]);
  if (q.language) any([`#l:${q.language}`]);
  if (q.topics?.length) any(q.topics.map((t) => `#t:${t}`));
  if (q.regions?.length) any(q.regions.map((r) => `#r:${r}`));
  if (q.hs?.length) {
    const ws = new Set<string>();
    for (const h of q.hs) {
      ws.add(`#h:${h}`);
      // a heading filter also finds notices tagged with its whole chapter
      for (let len = 2; len < h.length; len++) ws.add(`#e:${h.slice(0, len)}`);
    }
    any([...ws]);
  }
  if (q.from || q.to) {
    const ws = dateRangeWords(q.from, q.to);
    // an empty range matches nothing
    all.push(ws.length ? ws.map((w) => `#${w}`) : ['#none']);
  }
  // dates stay conditions too: walks in date order start and stop by them
  const residual: ResidualFilters = {};
  for (const k of ['from', 'to', 'changedSince', 'status'] as const) if (q[k] !== undefined) (residual as Record<string, unknown>)[k] = q[k];
  const tsquery = all.length ? all.map((ws) => `(${[...new Set(ws)].map(quoteLexeme).join(' | ')})`).join(' & ') : null;
  return { tsquery, residual };
}
