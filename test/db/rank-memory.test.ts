import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNotices } from '../../bench/generate.ts';
import { openStore } from '../../db/index.ts';
import { facetQuery } from '../../db/search/facets.ts';
import { parseQuery, toFts5 } from '../../db/search/query.ts';
import { bm25Scores, datePage, intersect, minus, phrasePostings, rankPage, readVarints, union } from '../../db/search/rank-memory.ts';
import type { SearchQuery, Store } from '../../db/types.ts';
import { freshStore } from '../helpers/stores.ts';

describe('bm25 in memory (db/search/rank-memory.ts)', () => {
  it('intersects, unites and subtracts ascending id lists as sets do', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 120 }).map((xs) => Int32Array.from(xs.sort((a, b) => a - b)));
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        const sb = new Set(b);
        expect([...intersect(a, b)]).toEqual([...a].filter((x) => sb.has(x)));
        expect([...union(a, b)]).toEqual([...new Set([...a, ...b])].sort((x, y) => x - y));
        expect([...minus(a, b)]).toEqual([...a].filter((x) => !sb.has(x)));
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('pages by date as a full sort does: newer first, none last, higher id first, unknown ids left out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -2, max: 6 }), { maxLength: 80 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 60 }),
        (pubs, limit, offset) => {
          const ids = pubs.map((_, i) => i);
          const pub = (id: number) => pubs[id];
          const want = ids
            .filter((id) => pub(id) >= -1)
            .sort((a, b) => pub(b) - pub(a) || b - a)
            .slice(offset, offset + limit);
          expect(datePage(ids, pub, 7, limit, offset)).toEqual(want);
        },
      ),
      { numRuns: 300, seed: 6 },
    );
  });

  it('reads SQLite varints', () => {
    expect(readVarints(Uint8Array.from([0x15, 0x0b, 0x83, 0x04, 0x10]))).toEqual([21, 11, 388, 16]);
    expect(readVarints(Uint8Array.from([0x83, 0x86, 0x50]))).toEqual([50000]);
    expect(readVarints(new Uint8Array())).toEqual([]);
  });

  it('finds a phrase where its tokens follow one another in one text column, weighted by column', () => {
    // doc 1: "a b" in the title and in the body; doc 2: a and b in different columns; doc 3: only in facets
    const a: [number, number, number][] = [
      [1, 0, 0],
      [1, 2, 5],
      [2, 0, 3],
      [3, 3, 0],
    ];
    const b: [number, number, number][] = [
      [1, 0, 1],
      [1, 2, 6],
      [2, 1, 4],
      [3, 3, 1],
    ];
    const p = phrasePostings([a, b]);
    expect([...p.docs]).toEqual([1]);
    expect([...p.wf]).toEqual([11]);
    expect([...phrasePostings([a]).docs]).toEqual([1, 2]);
    expect([...phrasePostings([]).docs]).toEqual([]);
  });

  it('scores nothing for phrases absent from a row, and pages by score, newer date, higher id', () => {
    const postings = [{ docs: Int32Array.from([1, 2]), wf: Float64Array.from([10, 1]) }];
    const s = bm25Scores({ ids: [1, 2, 3], postings, shape: [[[0]]], nRow: 10, nToken: 100, docLen: () => 10 });
    expect(s[0]).toBeLessThan(s[1]);
    expect(s[2]).toBe(-0);
    const page = rankPage(
      [1, 2, 3, 4],
      Float64Array.from([-1, -1, -1, -2]),
      (id) => [0, 5, 5, -1, 0][id],
      (id) => id !== 2,
      2,
      1,
    );
    // 4 first (best score), then 1 (date 5, higher id than 2, which is not a stored notice), then 3 (no date)
    expect(page.map((r) => r.id)).toEqual([1, 3]);
  });
});

/** The search's ranking as SQL (FTS5 bm25) gives it: the reference the memory ranking must equal. */
function sqlRanked(conn: Database.Database, q: SearchQuery, sort: 'relevance' | 'date'): { total: number; ids: number[]; scores: number[] } {
  const f = facetQuery(q);
  const text = `{title doc body} : ${toFts5(parseQuery(q.q!))}`;
  const expr = f.expr ? `${text} AND ${f.expr}` : text;
  const order = sort === 'relevance' ? 'score, n.published_at DESC, n.id DESC' : 'n.published_at DESC NULLS LAST, n.id DESC';
  const rows = conn
    .prepare(
      `SELECT n.id AS id, bm25(notice_fts, 10.0, 5.0, 1.0, 0.0) AS score FROM notice_fts JOIN notices n ON n.id = notice_fts.rowid
       WHERE notice_fts MATCH ? ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(expr, q.limit ?? 20, q.offset ?? 0) as { id: number; score: number }[];
  const total = (conn.prepare('SELECT count(*) AS c FROM notice_fts WHERE notice_fts MATCH ?').get(expr) as { c: number }).c;
  return { total, ids: rows.map((r) => r.id), scores: rows.map((r) => Math.abs(r.score)) };
}

const WORDS = [
  '出口',
  '关税',
  '退税',
  '欧盟',
  '锂电池',
  '跨境电商',
  '出口退税',
  '光伏电池',
  '税',
  'tariff',
  'tariffs',
  'batteries',
  'licensing',
  'controls',
  'export',
  'solar',
  'customs',
  'origin',
  '海关总署公告',
  '商务部',
  '2024',
  'zzzunknown',
];
const FILTERS: SearchQuery[] = [
  {},
  {},
  { hs: ['85'] },
  { language: 'zh' },
  { language: 'en' },
  { topics: ['tariffs'] },
  { regions: ['EU'] },
  { from: '2023-01-01' },
];

const query = fc
  .tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS), fc.constantFrom('one', 'and', 'or', 'phrase', 'not', 'or-and'), fc.constantFrom(...WORDS))
  .map(([a, b, op, c]) =>
    op === 'one'
      ? a
      : op === 'and'
        ? `${a} ${b}`
        : op === 'or'
          ? `${a} OR ${b}`
          : op === 'phrase'
            ? `"${a}${b}"`
            : op === 'not'
              ? `${a} -${b}`
              : `${a} ${b} OR ${c}`,
  );

describe('search ranking from memory equals FTS5 bm25 (SQLite)', () => {
  let store: Store;
  let url: string;
  let cleanup: () => Promise<void>;
  let raw: Database.Database;
  beforeAll(async () => {
    ({ store, url, cleanup } = await freshStore('sqlite'));
    await store.importNotices(generateNotices(1500, 31));
    raw = new Database(url, { readonly: true });
  });
  afterAll(async () => {
    raw.close();
    await cleanup();
  });

  const check = async (q: SearchQuery, sort: 'relevance' | 'date') => {
    let r: Awaited<ReturnType<Store['search']>>;
    try {
      r = await store.search({ ...q, sort });
    } catch {
      // a query the parser refuses (only exclusions) is refused before any ranking
      expect(() => parseQuery(q.q!)).toThrow();
      return;
    }
    const want = sqlRanked(raw, q, sort);
    const label = `${JSON.stringify(q)} ${sort}`;
    expect(r.total, label).toBe(want.total);
    expect(
      r.hits.map((h) => h.notice.id),
      label,
    ).toEqual(want.ids);
    if (sort === 'relevance')
      expect(
        r.hits.map((h) => h.score),
        label,
      ).toEqual(want.scores);
  };

  it('gives the same pages, order, scores and totals for random queries, filters and pages', async () => {
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom(...FILTERS), fc.integer({ min: 0, max: 4 }), fc.constantFrom('relevance', 'date'), async (q, f, page, sort) => {
        await check({ q, ...f, limit: 20, offset: page * 20 }, sort as 'relevance' | 'date');
      }),
      { numRuns: 400, seed: 1919 },
    );
  });

  it('broad queries (more matches than are ranked) come newest first, as SQL pages them', async () => {
    const big = await freshStore('sqlite');
    try {
      await big.store.importNotices(generateNotices(26_000, 41));
      const conn = new Database(big.url, { readonly: true });
      try {
        for (const q of ['出口', '出口 OR tariff', '出口 OR 关税 -退税']) {
          const want = sqlRanked(conn, { q, limit: 20, offset: 40 }, 'date');
          expect(want.total).toBeGreaterThan(10_000);
          const r = await big.store.search({ q, limit: 20, offset: 40 });
          expect(r.broad).toBe(true);
          expect(r.total).toBe(want.total);
          expect(r.hits.map((h) => h.notice.id)).toEqual(want.ids);
        }
      } finally {
        conn.close();
      }
    } finally {
      await big.cleanup();
    }
  });

  it('stays equal after writes from this connection and from another one', async () => {
    const q = { q: '出口 关税', limit: 50 };
    await check(q, 'relevance');
    await store.importNotices(generateNotices(200, 77));
    await check(q, 'relevance');
    const other = await openStore(url);
    try {
      await other.importNotices(generateNotices(150, 78));
    } finally {
      await other.close();
    }
    await check(q, 'relevance');
    await check({ q: 'tariff OR 退税', limit: 30, offset: 10 }, 'relevance');
  });
});
