/**
 * FTS5's bm25 ranking, computed in JavaScript from per-phrase postings kept in
 * memory (SQLite read connections).
 *
 * bm25() costs most of a plain search: for every match it reads the row's
 * sizes and walks its position lists, and for every phrase it scans the whole
 * phrase once more to count the rows holding it. The same numbers barely
 * change: a phrase's weighted frequency per notice (title ×10, doc number ×5,
 * body ×1, as `bm25(notice_fts, 10, 5, 1, 0)`), its number of rows, each row's
 * size and the index's totals. This module scores a set of matches from those
 * with FTS5's formula, operation for operation (fts5_aux.c fts5Bm25Function),
 * so scores and the order of a page are the ones SQL gives. FTS5 still finds
 * the matches; only the ranking moves here.
 */

/** A phrase's postings: notices holding it in title, doc or body (ascending), and its weighted frequency in each. */
export interface Postings {
  docs: Int32Array;
  wf: Float64Array;
}

/**
 * The phrases of a query as FTS5 numbers them (left to right), grouped as the
 * expression is: the positive clauses, each an OR of alternatives, each an AND
 * of phrases. Negated phrases never occur in a match and score nothing.
 */
export type RankShape = number[][][];

/** Weights of the text columns, as in the SQL bm25() call; the facets column weighs 0. */
const COLUMN_WEIGHTS = [10, 5, 1] as const;

const K1 = 1.2;
const B = 0.75;

/** The index of `id` in the ascending `docs` from `lo` on, or -1 (a binary search). */
function find(docs: Int32Array, id: number, lo: number): number {
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = docs[mid];
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export interface RankInput {
  /** the matches, ascending */
  ids: ArrayLike<number>;
  /** postings per phrase, by FTS5 phrase number (undefined for phrases that cannot score) */
  postings: (Postings | undefined)[];
  shape: RankShape;
  /** rows in the index and their tokens in all columns (the index's averages record) */
  nRow: number;
  nToken: number;
  /** each row's tokens in all columns */
  docLen(id: number): number;
  /**
   * The natural logarithm as FTS5 takes it (C's log(); SQLite's ln() is the same function).
   * Math.log can differ from it in the last bit, and so the scores. Default Math.log.
   */
  log?(x: number): number;
}

/** bm25 of every match (lower is better, as FTS5's), in the order of `ids`. */
export function bm25Scores(x: RankInput): Float64Array {
  const { ids, postings, shape } = x;
  const nPhrase = postings.length;
  const idf = new Float64Array(nPhrase);
  for (let i = 0; i < nPhrase; i++) {
    const nHit = postings[i]?.docs.length ?? 0;
    let v = (x.log ?? Math.log)((x.nRow - nHit + 0.5) / (nHit + 0.5));
    if (v <= 0.0) v = 1e-6;
    idf[i] = v;
  }
  const avgdl = x.nToken / x.nRow;
  const out = new Float64Array(ids.length);
  // the next index to search from, per phrase (ids ascend)
  const from = new Int32Array(nPhrase);
  const freq = new Float64Array(nPhrase);
  const flat = shape.flat(2);
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    for (const p of flat) {
      const ps = postings[p];
      const j = ps ? find(ps.docs, id, from[p]) : -1;
      if (j >= 0) from[p] = j + 1;
      freq[p] = j >= 0 ? ps!.wf[j] : 0;
    }
    // an AND of phrases under an OR is positioned on this row only if all of its phrases are
    // (FTS5 reports a phrase's instances only when its node is on the row)
    for (const clause of shape) {
      if (clause.length < 2) continue;
      for (const alt of clause) if (alt.length > 1 && alt.some((p) => freq[p] === 0)) for (const p of alt) freq[p] = 0;
    }
    const D = x.docLen(id);
    let score = 0.0;
    for (let i = 0; i < nPhrase; i++) {
      const f = freq[i];
      score += idf[i] * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * D) / avgdl)));
    }
    out[k] = -1.0 * score;
  }
  return out;
}

/**
 * The page [offset, offset + limit) of the matches ordered as the SQL ranking orders
 * them: score, then newer published date (none last), then higher id.
 */
export function rankPage(
  ids: ArrayLike<number>,
  scores: Float64Array,
  published: (id: number) => number,
  known: (id: number) => boolean,
  limit: number,
  offset: number,
): { id: number; score: number }[] {
  const end = limit + offset;
  if (!ids.length || end <= 0) return [];
  // only rows scoring at most the page end's score can be on the page
  const sorted = Float64Array.from(scores).sort();
  const cut = sorted[Math.min(end, sorted.length) - 1];
  const keep: number[] = [];
  // the cut counts every row of the index, the page only stored notices (the SQL's join)
  for (let k = 0; k < ids.length; k++) if (scores[k] <= cut && known(ids[k])) keep.push(k);
  keep.sort((a, b) => scores[a] - scores[b] || published(ids[b]) - published(ids[a]) || ids[b] - ids[a]);
  return keep.slice(offset, end).map((k) => ({ id: ids[k], score: scores[k] }));
}

/** Which columns a phrase is looked for in: the text ones (weighted), the facets one, or any. */
export type PhraseColumns = 'text' | 'facets' | 'all';

/**
 * Postings of a phrase from its instances: per FTS5 token of the phrase, rows
 * [doc, col, offset] ascending (a prefix token: those of every term it starts),
 * the phrase occurring where its tokens follow one another in one column.
 */
export function phrasePostings(tokens: [number, number, number][][], columns: PhraseColumns = 'text'): Postings {
  const first = tokens[0] ?? [];
  const KEY = 2 ** 24; // offsets within a column below 2^22 (tokens), columns below 4
  const key = (d: number, c: number, o: number) => d * KEY + c * 2 ** 22 + o;
  const rest = tokens.slice(1).map((rows) => new Set(rows.map(([d, c, o]) => key(d, c, o))));
  const wf = new Map<number, number>();
  for (const [d, c, o] of first) {
    const text = c < COLUMN_WEIGHTS.length;
    if (columns === 'text' ? !text : columns === 'facets' ? c !== COLUMN_WEIGHTS.length : false) continue;
    let ok = true;
    for (let i = 0; i < rest.length && ok; i++) ok = rest[i].has(key(d, c, o + i + 1));
    if (ok) wf.set(d, (wf.get(d) ?? 0) + (text ? COLUMN_WEIGHTS[c] : 0));
  }
  const docs = Int32Array.from(wf.keys()).sort();
  return { docs, wf: Float64Array.from(docs, (d) => wf.get(d)!) };
}

/** Bytes a postings list holds (for the cache's bound). */
export const postingsBytes = (p: Postings) => p.docs.byteLength + p.wf.byteLength + 64;

/** The sizes of FTS5 varints (SQLite's: big-endian groups of 7 bits, the high bit set on all but the last). */
export function readVarints(buf: Uint8Array): number[] {
  const out: number[] = [];
  let v = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    v = v * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      out.push(v);
      v = 0;
    }
  }
  return out;
}

/** a ∩ b of ascending id lists */
export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Int32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const v = a[i];
    // gallop over the longer list
    if (b[j] < v) {
      let step = 1;
      while (j + step < b.length && b[j + step] < v) step *= 2;
      let lo = j + (step >> 1);
      let hi = Math.min(j + step, b.length - 1);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (b[mid] < v) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
    }
    if (b[j] === v) out[n++] = v;
  }
  return out.slice(0, n);
}

/** a ∪ b of ascending id lists */
export function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out[n++] = a[i++];
    else if (i >= a.length || b[j] < a[i]) out[n++] = b[j++];
    else {
      out[n++] = a[i++];
      j++;
    }
  }
  return out.slice(0, n);
}

/** a \ b of ascending id lists */
export function minus(a: Int32Array, b: Int32Array): Int32Array {
  if (!b.length) return a;
  const out = new Int32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j] < a[i]) j++;
    if (j >= b.length || b[j] !== a[i]) out[n++] = a[i];
  }
  return out.slice(0, n);
}

/**
 * The page [offset, offset + limit) of the matches in the SQL date order: newer published
 * date first (none last), then higher id; only stored notices (published(id) >= -1).
 * Linear: counts per date find the oldest date the page reaches, and only rows from
 * that date on are sorted.
 */
export function datePage(ids: ArrayLike<number>, published: (id: number) => number, dates: number, limit: number, offset: number): number[] {
  const end = limit + offset;
  if (end <= 0) return [];
  // slot 0: no date, slot d + 1: date rank d
  const perDate = new Int32Array(dates + 1);
  for (let k = 0; k < ids.length; k++) {
    const p = published(ids[k]);
    if (p >= -1) perDate[p + 1]++;
  }
  let slot = dates;
  for (let seen = 0; slot > 0; slot--) {
    seen += perDate[slot];
    if (seen >= end) break;
  }
  const keep: number[] = [];
  for (let k = 0; k < ids.length; k++) {
    const p = published(ids[k]);
    if (p >= -1 && p + 1 >= slot) keep.push(ids[k]);
  }
  keep.sort((a, b) => published(b) - published(a) || b - a);
  return keep.slice(offset, end);
}
