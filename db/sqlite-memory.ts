import Database from 'better-sqlite3';
import { FacetColumns, type FacetCountRows, type FacetNoticeRow, type FacetTagRow } from './search/facet-memory.ts';
import type { ParsedQuery, Term } from './search/query.ts';
import { foldAccents } from './search/tokenize.ts';
import {
  bm25Scores,
  datePage,
  intersect,
  minus,
  type PhraseColumns,
  type Postings,
  phrasePostings,
  postingsBytes,
  type RankShape,
  rankPage,
  readVarints,
  union,
} from './search/rank-memory.ts';

/** Bytes of phrase postings a connection keeps (least recently used dropped first). */
const POSTINGS_BYTES = 48 * 2 ** 20;

interface RankData {
  /** tokens in all columns per FTS rowid */
  docLen: Int32Array;
  /** order of published_at per notice id: -1 none, -2 no such notice */
  published: Int32Array;
  nRow: number;
  nToken: number;
  /** distinct published dates */
  dates: number;
}

/**
 * What a SQLite connection keeps in memory to count facets and rank matches
 * without SQL doing it per match (./search/facet-memory.ts, ./search/rank-memory.ts):
 * loaded when first needed and dropped whenever the file changed (another
 * connection's commit moves data_version, this one's own writes total_changes).
 */
export class SqliteMemory {
  private at = '';
  private facets?: FacetColumns;
  private rank?: RankData;
  private readonly postings = new Map<string, Postings>();
  private readonly memos = new Map<string, unknown>();
  private postingsSize = 0;
  /** ln(x) from SQLite, by x */
  private readonly logs = new Map<number, number>();
  private lnStatement?: Database.Statement;
  private readonly dataVersion: Database.Statement;
  private readonly totalChanges: Database.Statement;
  private tokenizer?: { ins: Database.Statement; read: Database.Statement; del: Database.Statement };
  private instances?: { eq: Database.Statement; from: Database.Statement };

  constructor(private readonly conn: Database.Database) {
    this.dataVersion = conn.prepare('PRAGMA data_version').pluck();
    this.totalChanges = conn.prepare('SELECT total_changes()').pluck();
  }

  version(): string {
    return `${this.dataVersion.get()}:${this.totalChanges.get()}`;
  }

  /** Drops everything loaded if the file changed since; returns the version now. */
  private fresh(): string {
    const at = this.version();
    if (at !== this.at) {
      this.at = at;
      this.facets = undefined;
      this.rank = undefined;
      this.postings.clear();
      this.postingsSize = 0;
      this.logs.clear();
      this.memos.clear();
    }
    return at;
  }

  /** compute()'s value, kept until the file changes (a write meanwhile: not kept). */
  async memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const at = this.fresh();
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const v = await compute();
    if (this.version() === at) this.memos.set(key, v);
    return v;
  }

  /** Facet rows over `ids`, or undefined when the file changed meanwhile (`run` read the ids). */
  facetCounts(run: () => ArrayLike<number>): FacetCountRows | undefined {
    const at = this.fresh();
    this.facets ??= new FacetColumns(
      this.conn.prepare('SELECT id, source_id AS source, substr(published_at, 1, 4) AS year FROM notices').all() as FacetNoticeRow[],
      this.conn.prepare("SELECT notice_id AS id, kind, value FROM notice_tags WHERE kind IN ('topic', 'region')").all() as FacetTagRow[],
    );
    const cols = this.facets;
    const ids = run();
    return this.version() === at ? cols.count(ids) : undefined;
  }

  /**
   * The page of matches `run()` (FTS rowids) ranked as `bm25(notice_fts, 10, 5, 1, 0)` and the
   * SQL ranking's tie order rank them; undefined when the file changed meanwhile.
   */
  rankPage(q: ParsedQuery, run: () => number[], limit: number, offset: number): { id: number; score: number }[] | undefined {
    const at = this.fresh();
    const data = (this.rank ??= this.loadRank());
    const { phrases, shape } = queryPhrases(q);
    const postings = phrases.map((p) => this.phrase(p.tokens, p.prefix));
    let ids = run();
    if (this.version() !== at) return undefined;
    for (let i = 1; i < ids.length; i++)
      if (ids[i] <= ids[i - 1]) {
        ids = [...new Set(ids)].sort((a, b) => a - b);
        break;
      }
    return this.ranked(data, ids, postings, shape, limit, offset);
  }

  /**
   * A whole text search from memory: the matches of q and the filter word groups (facets.ts
   * queryFacets) as FTS5 finds them (phrases in title, doc or body; excluded ones in any
   * column, as the NOT of query.ts toFts5 carries no column filter; filter words in facets),
   * their number, and the page ranked (at most rankLimit matches) or newest first.
   * Undefined when the file changed meanwhile.
   */
  search(
    q: ParsedQuery,
    groups: string[][],
    o: { sort: 'relevance' | 'date'; limit: number; offset: number; rankLimit: number },
  ): { total: number; ids: Int32Array; hitRows: { id: number; score: number }[]; sort: 'relevance' | 'date'; broad: boolean } | undefined {
    const at = this.fresh();
    const data = (this.rank ??= this.loadRank());
    const { phrases, shape } = queryPhrases(q);
    const postings = phrases.map((p) => this.phrase(p.tokens, p.prefix));
    let set: Int32Array | undefined;
    for (const clause of shape) {
      let c: Int32Array | undefined;
      for (const alt of clause) {
        const a = alt.map((i) => postings[i].docs).reduce(intersect);
        c = c ? union(c, a) : a;
      }
      set = set ? intersect(set, c!) : c;
    }
    let ids: Int32Array = set ?? new Int32Array();
    for (const clause of q.clauses)
      if (clause.negated)
        for (const alt of clause.alternatives) {
          if (!ids.length) break;
          const a = alt.map((t) => this.phrase(phraseOf(t).tokens, phraseOf(t).prefix, 'all').docs).reduce(intersect);
          ids = minus(ids, a);
        }
    for (const g of groups) {
      if (!ids.length) break;
      ids = intersect(ids, this.anyOf(g));
    }
    if (this.version() !== at) return undefined;
    const total = ids.length;
    if (o.sort === 'relevance' && total <= o.rankLimit) {
      const hitRows = total ? this.ranked(data, ids, postings, shape, o.limit, o.offset) : [];
      return { total, ids, hitRows, sort: 'relevance', broad: false };
    }
    const pub = (id: number) => (id >= 0 && id < data.published.length ? data.published[id] : -2);
    const hitRows = datePage(ids, pub, data.dates, o.limit, o.offset).map((id) => ({ id, score: 0 }));
    return { total, ids, hitRows, sort: 'date', broad: o.sort === 'relevance' };
  }

  /** The notices carrying any of the filter words `words` (a date range is dozens of them), kept like a phrase's postings. */
  private anyOf(words: string[]): Int32Array {
    if (words.length === 1) return this.phrase(words, false, 'facets').docs;
    const key = `any:${words.join(' ')}`;
    const hit = this.postings.get(key);
    if (hit) return hit.docs;
    // one pass over every word's list into a bitmap, rather than a union per word
    const lists = words.map((w) => this.phrase([w], false, 'facets').docs);
    let max = 0;
    for (const l of lists) if (l.length && l[l.length - 1] > max) max = l[l.length - 1];
    const mark = new Uint8Array(max + 1);
    for (const l of lists) for (let i = 0; i < l.length; i++) mark[l[i]] = 1;
    let n = 0;
    for (let i = 0; i <= max; i++) n += mark[i];
    const docs = new Int32Array(n);
    for (let i = 0, k = 0; i <= max; i++) if (mark[i]) docs[k++] = i;
    this.keep(key, { docs, wf: new Float64Array(0) });
    return docs;
  }

  private ranked(data: RankData, ids: ArrayLike<number>, postings: Postings[], shape: RankShape, limit: number, offset: number) {
    const inRange = (id: number) => id >= 0 && id < data.published.length;
    const scores = bm25Scores({
      ids,
      postings,
      shape,
      nRow: data.nRow,
      nToken: data.nToken,
      docLen: (id) => (id < data.docLen.length ? data.docLen[id] : 0),
      log: (x) => this.ln(x),
    });
    return rankPage(
      ids,
      scores,
      (id) => (inRange(id) ? data.published[id] : -2),
      (id) => inRange(id) && data.published[id] !== -2,
      limit,
      offset,
    );
  }

  private ln(x: number): number {
    let v = this.logs.get(x);
    if (v === undefined) {
      this.lnStatement ??= this.conn.prepare('SELECT ln(?)').pluck();
      v = Number(this.lnStatement.get(x));
      if (this.logs.size > 10_000) this.logs.clear();
      this.logs.set(x, v);
    }
    return v;
  }

  private loadRank(): RankData {
    const sizes = this.conn.prepare('SELECT id, sz FROM notice_fts_docsize').raw().all() as [number, Uint8Array][];
    let max = 0;
    for (const [id] of sizes) if (id > max) max = id;
    const docLen = new Int32Array(max + 1);
    for (const [id, sz] of sizes) docLen[id] = readVarints(sz).reduce((a, c) => a + c, 0);
    // the averages record: rows, then tokens per column
    const avg = this.conn.prepare('SELECT block FROM notice_fts_data WHERE id = 1').pluck().get() as Uint8Array | undefined;
    const [nRow = 0, ...cols] = avg ? readVarints(avg) : [];
    const notices = this.conn.prepare('SELECT id, published_at FROM notices').raw().all() as [number, string | null][];
    let maxN = 0;
    for (const [id] of notices) if (id > maxN) maxN = id;
    const published = new Int32Array(maxN + 1).fill(-2);
    // ranks of the distinct dates in SQLite's order for text (bytes)
    const dates = [...new Set(notices.map((r) => r[1]).filter((d): d is string => d != null))].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const rankOf = new Map(dates.map((d, i) => [d, i]));
    for (const [id, d] of notices) published[id] = d == null ? -1 : rankOf.get(d)!;
    return { docLen, published, nRow: Math.max(nRow, 1), nToken: cols.reduce((a, c) => a + c, 0), dates: dates.length };
  }

  /**
   * The FTS5 tokens of a phrase as its tokenizer (porter ascii) makes them: a scratch table
   * of the same tokenizer, on a connection of its own (writes here would move total_changes).
   */
  private ftsTokens(text: string): string[] {
    if (!this.tokenizer) {
      const scratch = new Database(':memory:');
      scratch.exec(`CREATE VIRTUAL TABLE rank_tok USING fts5(x, tokenize='porter ascii');
        CREATE VIRTUAL TABLE rank_tok_i USING fts5vocab(rank_tok, instance);`);
      this.tokenizer = {
        ins: scratch.prepare('INSERT INTO rank_tok (rowid, x) VALUES (1, ?)'),
        read: scratch.prepare('SELECT term FROM rank_tok_i WHERE doc = 1 ORDER BY "offset"').pluck(),
        del: scratch.prepare('DELETE FROM rank_tok WHERE rowid = 1'),
      };
    }
    const t = this.tokenizer;
    t.ins.run(text);
    try {
      return t.read.all() as string[];
    } finally {
      t.del.run();
    }
  }

  private phrase(tokens: string[], prefix: boolean, columns: PhraseColumns = 'text'): Postings {
    const key = `${columns}:${prefix ? '*' : ''}${tokens.join(' ')}`;
    const hit = this.postings.get(key);
    if (hit) {
      // most recently used last
      this.postings.delete(key);
      this.postings.set(key, hit);
      return hit;
    }
    if (!this.instances) {
      this.conn.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.rank_inst USING fts5vocab(main, notice_fts, instance)');
      this.instances = {
        eq: this.conn.prepare('SELECT doc, col, "offset" FROM temp.rank_inst WHERE term = ?').raw(),
        from: this.conn.prepare('SELECT term, doc, col, "offset" FROM temp.rank_inst WHERE term >= ?').raw(),
      };
    }
    const ins = this.instances;
    const fts = this.ftsTokens(tokens.join(' '));
    const cols = ['title', 'doc', 'body', 'facets'];
    const colNo = (c: string | number) => (typeof c === 'number' ? c : cols.indexOf(c));
    const rows = fts.map((tok, i) => {
      if (!(prefix && i === fts.length - 1))
        return (ins.eq.all(tok) as [number, string | number, number][]).map(([d, c, o]): [number, number, number] => [d, colNo(c), o]);
      // a prefix: the instances of every term it starts, in row order
      const out: [number, number, number][] = [];
      for (const [term, d, c, o] of ins.from.iterate(tok) as Iterable<[string, number, string | number, number]>) {
        if (!term.startsWith(tok)) break;
        out.push([d, colNo(c), o]);
      }
      return out.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    });
    const p = phrasePostings(rows, columns);
    this.keep(key, p);
    return p;
  }

  /** Keeps postings under `key`, dropping the least recently used past the bound. */
  private keep(key: string, p: Postings) {
    this.postings.set(key, p);
    this.postingsSize += postingsBytes(p);
    for (const [k, v] of this.postings) {
      if (this.postingsSize <= POSTINGS_BYTES || k === key) break;
      this.postings.delete(k);
      this.postingsSize -= postingsBytes(v);
    }
  }
}

const phraseOf = (t: Term) => ({ tokens: t.tokens.map((tok) => foldAccents(tok.text)), prefix: !!t.tokens.at(-1)?.prefix });

/** The positive phrases of q in FTS5's numbering (query.ts toFts5 writes them first, left to right) and their grouping. */
function queryPhrases(q: ParsedQuery): { phrases: { tokens: string[]; prefix: boolean }[]; shape: RankShape } {
  const phrases: { tokens: string[]; prefix: boolean }[] = [];
  const shape: RankShape = q.clauses
    .filter((c) => !c.negated)
    .map((c) =>
      c.alternatives.map((alt) =>
        alt.map((t) => {
          phrases.push(phraseOf(t));
          return phrases.length - 1;
        }),
      ),
    );
  return { phrases, shape };
}
