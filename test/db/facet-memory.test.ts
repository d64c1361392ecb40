import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNotices } from '../../bench/generate.ts';
import { openStore } from '../../db/index.ts';
import { FacetColumns } from '../../db/search/facet-memory.ts';
import type { Facets, SearchFilters, Store } from '../../db/types.ts';
import { freshStore } from '../helpers/stores.ts';

describe('facet columns (db/search/facet-memory.ts)', () => {
  const cols = new FacetColumns(
    [
      { id: 1, source: 'a', year: '2024' },
      { id: 2, source: 'a', year: null },
      { id: 5, source: 'b', year: '2023' },
    ],
    [
      { id: 1, kind: 'topic', value: 'tariffs' },
      { id: 1, kind: 'region', value: 'EU' },
      { id: 5, kind: 'topic', value: 'tariffs' },
      { id: 9, kind: 'topic', value: 'orphan' }, // no such notice
    ],
  );

  it('counts each known match once, skipping unknown, negative and fractional ids', () => {
    const r = cols.count([1, 1, 2, 5, 3, 9, -1, 1.5, Number.NaN, 1e9]);
    expect(new Set(r.sy.map((x) => JSON.stringify(x)))).toEqual(
      new Set([JSON.stringify({ s: 'a', y: '2024', c: 1 }), JSON.stringify({ s: 'a', y: null, c: 1 }), JSON.stringify({ s: 'b', y: '2023', c: 1 })]),
    );
    expect(r.tags.sort((x, y) => x.k.localeCompare(y.k))).toEqual([
      { kind: 'region', k: 'EU', c: 1 },
      { kind: 'topic', k: 'tariffs', c: 2 },
    ]);
    expect(cols.size).toBe(3);
  });

  it('gives no rows for no matches', () => {
    expect(cols.count([])).toEqual({ sy: [], tags: [] });
    expect(new FacetColumns([], []).count([1, 2])).toEqual({ sy: [], tags: [] });
  });
});

/** The facets the SQL GROUP BYs give for the notices `ids`, shaped as the search shapes them (an independent reference). */
function sqlFacets(conn: Database.Database, ids: number[]): Facets {
  conn.exec('DROP TABLE IF EXISTS temp.m; CREATE TEMP TABLE m (id INTEGER PRIMARY KEY)');
  const ins = conn.prepare('INSERT INTO temp.m VALUES (?)');
  for (const id of ids) ins.run(id);
  const byKey = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const rows = (q: string) => (conn.prepare(q).all() as { k: string; c: number }[]).map((r): [string, number] => [r.k, r.c]);
  const tags = (kind: string) =>
    Object.fromEntries(
      rows(`SELECT value AS k, count(*) AS c FROM notice_tags WHERE kind = '${kind}' AND notice_id IN (SELECT id FROM temp.m) GROUP BY value`)
        .sort((a, b) => b[1] - a[1] || byKey(a, b))
        .slice(0, 50),
    );
  return {
    source: Object.fromEntries(rows('SELECT source_id AS k, count(*) AS c FROM notices WHERE id IN (SELECT id FROM temp.m) GROUP BY 1').sort(byKey)),
    topic: tags('topic'),
    region: tags('region'),
    year: Object.fromEntries(
      rows(
        'SELECT substr(published_at, 1, 4) AS k, count(*) AS c FROM notices WHERE published_at IS NOT NULL AND id IN (SELECT id FROM temp.m) GROUP BY 1',
      ).sort((a, b) => byKey(b, a)),
    ),
  };
}

const WORDS = ['出口', '关税', 'tariff', 'solar', '退税', '电池', 'export', '"出口信用保险"', '欧盟', 'customs', '稀土', '许可证'];
const FILTERS: SearchFilters[] = [
  {},
  { hs: ['85'] },
  { language: 'zh' },
  { language: 'en' },
  { topics: ['tariffs', 'export-rebates'] },
  { regions: ['EU'] },
  { from: '2023-01-01', to: '2024-12-31' },
  { status: 'all' },
];

describe('facet counts from memory equal the SQL counts (SQLite)', () => {
  let store: Store;
  let url: string;
  let cleanup: () => Promise<void>;
  let raw: Database.Database;
  beforeAll(async () => {
    ({ store, url, cleanup } = await freshStore('sqlite'));
    await store.importNotices(generateNotices(900, 23));
    raw = new Database(url, { readonly: true });
  });
  afterAll(async () => {
    raw.close();
    await cleanup();
  });

  const check = async (q: string, f: SearchFilters) => {
    const r = await store.search({ q, ...f, facets: true, limit: 5 });
    const all = await store.matchFields({ q, ...f }, 1_000_000);
    expect(all.complete).toBe(true);
    expect(r.facets, `${q} ${JSON.stringify(f)}`).toEqual(
      sqlFacets(
        raw,
        all.rows.map((x) => x.id),
      ),
    );
    expect(Object.values(r.facets!.source).reduce((a, c) => a + c, 0)).toBe(r.total);
  };

  it('for random queries and filters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...WORDS),
        fc.option(fc.constantFrom(...WORDS), { nil: undefined }),
        fc.constantFrom('and', 'or'),
        fc.constantFrom(...FILTERS),
        fc.constantFrom(...FILTERS),
        async (a, b, op, f1, f2) => {
          const q = b ? `${a}${op === 'or' ? ' OR ' : ' '}${b}` : a;
          await check(q, { ...f1, ...f2 });
        },
      ),
      { numRuns: 60, seed: 19 },
    );
  });

  it('after this connection writes, and after another connection writes', async () => {
    await check('出口', {});
    const target = (await store.search({ q: '出口', limit: 1 })).hits[0].notice;
    await store.setTags(target.id, { topics: ['zz-memory-topic'], hsCodes: [], regions: ['ZZ'] });
    await check('出口', {});
    expect((await store.search({ q: '出口', facets: true })).facets!.topic['zz-memory-topic']).toBe(1);
    // a second connection to the same file (as the crawl's writer thread is to a read thread)
    const other = await openStore(url);
    try {
      await other.importNotices(generateNotices(120, 99));
    } finally {
      await other.close();
    }
    await check('出口', {});
    await check('tariff', { language: 'en' });
  });

  it('keeps the source list only until the file changes', async () => {
    const count = (id: string) => raw.prepare('SELECT count(*) AS c FROM notices WHERE source_id = ?').get(id) as { c: number };
    await store.upsertSource({ id: 'mofcom-zcfb', name: 'MOFCOM policies', baseUrl: 'https://m.test/' });
    const a = await store.listSources();
    expect(a.find((x) => x.id === 'mofcom-zcfb')?.noticeCount).toBe(count('mofcom-zcfb').c);
    a[0].name = 'changed by a caller';
    expect((await store.listSources())[0].name).not.toBe('changed by a caller');
    await store.upsertSource({ id: 'mofcom-zcfb', name: 'MOFCOM, renamed', baseUrl: 'https://m.test/' });
    expect((await store.listSources()).find((x) => x.id === 'mofcom-zcfb')?.name).toBe('MOFCOM, renamed');
    const other = await openStore(url);
    try {
      await other.importNotices(generateNotices(40, 555));
    } finally {
      await other.close();
    }
    expect((await store.listSources()).find((x) => x.id === 'mofcom-zcfb')?.noticeCount).toBe(count('mofcom-zcfb').c);
  });
});
