/**
 * Filters as words of the full-text index (SQLite FTS5 column `facets`).
 *
 * A filtered search used to build a set of notice ids per filter (tens of
 * thousands of rows for a common HS chapter or a language) and test every text
 * match against it. Indexed as words, a filter becomes one more term for FTS5 to
 * intersect: "出口 with HS 85" is `出口 AND facets:xh85`, a merge of two sorted
 * lists. Each notice carries words for its source, language, agency, tags and
 * published date; a query turns its filters into an expression over them.
 *
 * Words are letters and digits only, so the tokeniser (porter, unicode61) keeps
 * them whole, and end in a digit, so stemming never touches them. Values that are
 * free text (sources, topics, regions, languages, agencies) are hashed.
 */
import type { SearchFilters, SearchQuery } from '../types.ts';

export interface FacetFields {
  sourceId: string;
  language: string;
  agency?: string | null;
  /** every issuer of a co-issued notice: each one is a filter word, so agency=X finds the notices X co-issued */
  agencies?: readonly string[] | null;
  publishedAt?: string | null;
  topics: readonly string[];
  hsCodes: readonly string[];
  regions: readonly string[];
}

/** Two FNV-1a hashes (different seeds) in decimal: stable, digit-final, collisions out of reach. */
function hash(v: string): string {
  let a = 0x811c9dc5;
  let b = 0x01234567;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return `${a >>> 0}${String(b >>> 0).padStart(10, '0')}`;
}

/**
 * How an index spells filter words. The words themselves (which ones a notice
 * carries, which ones a filter asks for) are the same for every index.
 */
export interface FacetSpelling {
  /** a free-text value: source, language, agency, topic, region */
  value(kind: 's' | 'l' | 'a' | 't' | 'r', v: string): string;
  /** an HS code: `e` tagged with exactly this code, `h` a code starting with it */
  code(kind: 'e' | 'h', c: string): string;
  /** a date word of dateRangeWords() */
  date(w: string): string;
  /** a word no notice carries (an empty date range) */
  none: string;
}

/** SQLite FTS5: letters and digits only, so hashed values (see above). */
const FTS5_SPELLING: FacetSpelling = {
  value: (kind, v) => `x${kind}${hash(v)}`,
  code: (kind, c) => `x${kind}${c}`,
  date: (w) => w,
  none: 'xnone0',
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DIGITS = /^\d{2,10}$/;

/** Date words, coarse to fine: century, decade, year, month, day. */
function dateWords(d: string): string[] {
  const m = DAY.exec(d);
  if (!m) return [];
  const [, y, mo, da] = m;
  return [`xc${y.slice(0, 2)}`, `xj${y.slice(0, 3)}`, `xy${y}`, `xm${y}${mo}`, `xd${y}${mo}${da}`];
}

/** The filter words of a notice, without duplicates. */
export function noticeFacets(n: FacetFields, sp: FacetSpelling): string[] {
  const out = new Set<string>([sp.value('s', n.sourceId), sp.value('l', n.language)]);
  if (n.agency) out.add(sp.value('a', n.agency));
  for (const a of n.agencies ?? []) if (a) out.add(sp.value('a', a));
  for (const w of dateWords(n.publishedAt ?? '')) out.add(sp.date(w));
  for (const t of n.topics) out.add(sp.value('t', t));
  for (const r of n.regions) out.add(sp.value('r', r));
  for (const h of n.hsCodes) {
    if (!DIGITS.test(h)) continue;
    out.add(sp.code('e', h)); // tagged with exactly this code
    for (let len = 2; len <= h.length; len++) out.add(sp.code('h', h.slice(0, len))); // a code starting with this
  }
  return [...out];
}

/** The facet words of a notice for FTS5, space-separated. */
export function facetWords(n: FacetFields): string {
  return noticeFacets(n, FTS5_SPELLING).join(' ');
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Whole years a..b as the fewest century, decade and year words. */
function yearWords(a: number, b: number, out: string[]) {
  let y = a;
  while (y <= b) {
    if (y % 100 === 0 && y + 99 <= b) {
      out.push(`xc${pad(y / 100, 2)}`);
      y += 100;
    } else if (y % 10 === 0 && y + 9 <= b) {
      out.push(`xj${pad(y / 10, 3)}`);
      y += 10;
    } else out.push(`xy${pad(y++, 4)}`);
  }
}

/** Days d1..d2 of month m of year y, as a month word when whole. */
function dayWords(y: number, m: number, d1: number, d2: number, out: string[]) {
  if (d1 === 1 && d2 === daysIn(y, m)) out.push(`xm${pad(y, 4)}${pad(m, 2)}`);
  else for (let d = d1; d <= d2; d++) out.push(`xd${pad(y, 4)}${pad(m, 2)}${pad(d, 2)}`);
}

/** Months of one year, from (m1, d1) to (m2, d2), as a year word when whole. */
function monthWords(y: number, m1: number, d1: number, m2: number, d2: number, out: string[]) {
  if (m1 === 1 && d1 === 1 && m2 === 12 && d2 === 31) return void out.push(`xy${pad(y, 4)}`);
  if (m1 === m2) return dayWords(y, m1, d1, d2, out);
  dayWords(y, m1, d1, daysIn(y, m1), out);
  for (let m = m1 + 1; m < m2; m++) out.push(`xm${pad(y, 4)}${pad(m, 2)}`);
  dayWords(y, m2, 1, d2, out);
}

/**
 * The words whose union is exactly the published dates from..to (inclusive
 * 'YYYY-MM-DD'; an open end is the calendar's): a few dozen at most.
 */
export function dateRangeWords(from?: string, to?: string): string[] {
  const [y1, m1, d1] = (from ?? '0000-01-01').split('-').map(Number);
  const [y2, m2, d2] = (to ?? '9999-12-31').split('-').map(Number);
  const out: string[] = [];
  if (y1 === y2) monthWords(y1, m1, d1, m2, d2, out);
  else if (y1 < y2) {
    // whole first and last years join the middle ones, where decades and centuries apply
    const wholeFirst = m1 === 1 && d1 === 1;
    const wholeLast = m2 === 12 && d2 === 31;
    if (!wholeFirst) monthWords(y1, m1, d1, 12, 31, out);
    yearWords(wholeFirst ? y1 : y1 + 1, wholeLast ? y2 : y2 - 1, out);
    if (!wholeLast) monthWords(y2, 1, 1, m2, d2, out);
  }
  return out;
}

/** Filters of a query that the facet words cannot express (they change without a new version). */
export type ResidualFilters = Pick<SearchQuery, 'changedSince' | 'status'>;

/**
 * The filter words a query asks for, by filter: a notice passes when it carries
 * at least one word of every group (null-free; no groups: no filter the words express).
 */
export function queryFacets(q: SearchFilters, sp: FacetSpelling): string[][] {
  const all: string[][] = [];
  const any = (ws: string[]) => {
    if (ws.length) all.push(ws);
  };
  if (q.sources?.length) any(q.sources.map((s) => sp.value('s', s)));
  if (q.agency) any([sp.value('a', q.agency)]);
  if (q.language) any([sp.value('l', q.language)]);
  if (q.topics?.length) any(q.topics.map((t) => sp.value('t', t)));
  if (q.regions?.length) any(q.regions.map((r) => sp.value('r', r)));
  if (q.hs?.length) {
    const ws = new Set<string>();
    for (const h of q.hs) {
      ws.add(sp.code('h', h));
      // a heading filter also finds notices tagged with its whole chapter
      for (let len = 2; len < h.length; len++) ws.add(sp.code('e', h.slice(0, len)));
    }
    any([...ws]);
  }
  if (q.from || q.to) {
    const ws = dateRangeWords(q.from, q.to);
    // an empty range (from after to is rejected earlier) matches nothing
    all.push(ws.length ? ws.map(sp.date) : [sp.none]);
  }
  return all;
}

/**
 * An FTS5 expression over the `facets` column for the filters of q (null: none),
 * its words by group (queryFacets), and the filters left for SQL.
 */
export function facetQuery(q: SearchQuery): { expr: string | null; residual: ResidualFilters; groups: string[][] } {
  const all = queryFacets(q, FTS5_SPELLING);
  const residual: ResidualFilters = {};
  if (q.changedSince) residual.changedSince = q.changedSince;
  if (q.status) residual.status = q.status;
  const expr = all.length ? all.map((ws) => `facets : (${ws.map((w) => `"${w}"`).join(' OR ')})`).join(' AND ') : null;
  return { expr, residual, groups: all };
}
