/**
 * Facet counts from memory (SQLite read threads).
 *
 * Counting facets in SQL joins every match to `notices` and to `notice_tags`:
 * 100–600 ms for a broad query on a 50,000-notice archive, most of a search
 * page's cost. The facet fields are small and change only when the archive
 * does, so each read connection keeps them as columns indexed by notice id
 * (source, year, topic and region tags) and counts the matches over those
 * arrays in a few milliseconds. The rows it returns are the ones the SQL
 * GROUP BYs give (db/search/run.ts shapes both alike).
 */

/** One notice's facet fields as stored: `notices` (source, year) and its topic/region rows in `notice_tags`. */
export interface FacetNoticeRow {
  id: number;
  source: string;
  /** substr(published_at, 1, 4), null when there is no date */
  year: string | null;
}
export interface FacetTagRow {
  id: number;
  kind: string;
  value: string;
}

/** The rows of the two GROUP BYs of run.ts facets(): (source, year) counts and (kind, value) counts. */
export interface FacetCountRows {
  sy: { s: string; y: string | null; c: number }[];
  tags: { kind: string; k: string; c: number }[];
}

/** Interns strings as small integers. */
class Dict {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  id(v: string): number {
    let i = this.index.get(v);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(v);
      this.index.set(v, i);
    }
    return i;
  }
}

export class FacetColumns {
  /** source index per notice id, -1: no such notice */
  private readonly source: Int32Array;
  /** year index per notice id, -1: no date */
  private readonly year: Int32Array;
  /** tags of notice id i: tagVals[tagStart[i] .. tagStart[i + 1]) */
  private readonly tagStart: Int32Array;
  private readonly tagVals: Int32Array;
  private readonly sources = new Dict();
  private readonly years = new Dict();
  /** `${kind}\u0000${value}` */
  private readonly tags = new Dict();

  constructor(notices: Iterable<FacetNoticeRow>, tags: Iterable<FacetTagRow>) {
    const rows = [...notices];
    let max = 0;
    for (const r of rows) if (r.id > max) max = r.id;
    this.source = new Int32Array(max + 1).fill(-1);
    this.year = new Int32Array(max + 1).fill(-1);
    for (const r of rows) {
      this.source[r.id] = this.sources.id(r.source);
      if (r.year != null) this.year[r.id] = this.years.id(r.year);
    }
    // tags of notices that exist, grouped by notice id (counting sort)
    const ts = [...tags].filter((t) => t.id >= 0 && t.id <= max && this.source[t.id] >= 0 && t.value != null);
    this.tagStart = new Int32Array(max + 2);
    for (const t of ts) this.tagStart[t.id + 1]++;
    for (let i = 1; i < this.tagStart.length; i++) this.tagStart[i] += this.tagStart[i - 1];
    this.tagVals = new Int32Array(ts.length);
    const fill = this.tagStart.slice(0, max + 1);
    for (const t of ts) this.tagVals[fill[t.id]++] = this.tags.id(`${t.kind}\u0000${t.value}`);
  }

  /** The notices held (for tests and logs). */
  get size(): number {
    let n = 0;
    for (const s of this.source) if (s >= 0) n++;
    return n;
  }

  /** Counts over the notices `ids` (each counted once, unknown ids skipped), as the SQL facet rows. */
  count(ids: ArrayLike<number>): FacetCountRows {
    const nYears = this.years.values.length;
    // (source, year) pairs: year slot nYears is "no date"
    const sy = new Int32Array(this.sources.values.length * (nYears + 1));
    const tagCounts = new Int32Array(this.tags.values.length);
    const seen = new Uint8Array(this.source.length);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      if (!(id >= 0 && id < this.source.length) || seen[id]) continue;
      const s = this.source[id];
      if (s < 0) continue;
      seen[id] = 1;
      const y = this.year[id];
      sy[s * (nYears + 1) + (y < 0 ? nYears : y)]++;
      for (let k = this.tagStart[id]; k < this.tagStart[id + 1]; k++) tagCounts[this.tagVals[k]]++;
    }
    const out: FacetCountRows = { sy: [], tags: [] };
    for (let i = 0; i < sy.length; i++) {
      if (!sy[i]) continue;
      const s = Math.floor(i / (nYears + 1));
      const y = i % (nYears + 1);
      out.sy.push({ s: this.sources.values[s], y: y === nYears ? null : this.years.values[y], c: sy[i] });
    }
    for (let i = 0; i < tagCounts.length; i++) {
      if (!tagCounts[i]) continue;
      const kv = this.tags.values[i];
      const cut = kv.indexOf('\u0000');
      out.tags.push({ kind: kv.slice(0, cut), k: kv.slice(cut + 1), c: tagCounts[i] });
    }
    return out;
  }
}
