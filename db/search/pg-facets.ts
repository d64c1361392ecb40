/**
 * PostgreSQL: filters as lexemes of the search vector `notice_search.tsv`.
 *
 * The words and their meaning are db/search/facets.ts's (SQLite's filter words),
 * spelled as lexemes here. Each notice's vector carries, without positions, one lexeme per source,
 * language, agency, topic and region, for its published date, and for each HS
 * code (2 to 10 digits) the code itself and every prefix of it. A filtered search ANDs the text query with
 * the filters' lexemes, so that the GIN index intersects both at once instead of
 * every text match being joined to `notices` and to tag sets.
 *
 * The lexemes start with `#`, which no query token can contain (tokens are letters
 * and digits, db/search/query.ts): a search for words never matches a filter word.
 * The same words are computed in SQL by notice_filter_words() (migration
 * 0002_search_filters.sql; issuers since 0010_coissuer_filter.sql), which must stay equal to filterLexemes().
 */
import type { SearchFilters } from '../types.ts';
import { type FacetFields, type FacetSpelling, noticeFacets, queryFacets } from './facets.ts';

export type FilterFields = FacetFields;

/** The words of ./facets.ts, spelled as lexemes: `#`, the kind, and the value itself. */
const PG_SPELLING: FacetSpelling = {
  value: (kind, v) => `#${kind}:${v}`,
  code: (kind, c) => `#${kind}:${c}`,
  date: (w) => `#${w}`,
  none: '#none',
};

/** A lexeme quoted for a tsvector or tsquery literal. */
export const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The filter lexemes of a notice (unquoted, without duplicates). */
export function filterLexemes(n: FilterFields): string[] {
  return noticeFacets(n, PG_SPELLING);
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
  const all = queryFacets(q, PG_SPELLING);
  // dates stay conditions too: walks in date order start and stop by them
  const residual: ResidualFilters = {};
  for (const k of ['from', 'to', 'changedSince', 'status'] as const) if (q[k] !== undefined) (residual as Record<string, unknown>)[k] = q[k];
  const tsquery = all.length ? all.map((ws) => `(${[...new Set(ws)].map(quoteLexeme).join(' | ')})`).join(' & ') : null;
  return { tsquery, residual };
}
