import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNotices } from '../../bench/generate.ts';
import { threadEntry } from '../../crawler/threads.ts';
import { ReadPool, withReadPool } from '../../db/read-pool.ts';
import { MARK_START } from '../../db/search/snippet.ts';
import type { SearchQuery, Store } from '../../db/types.ts';
import { verdictFor } from '../../newsletter/select.ts';
import { parseProfile } from '../../taxonomy/profile.ts';
import { admission } from '../../taxonomy/relevance.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';

const N = 700;
const QUERIES: SearchQuery[] = [
  {},
  { q: '关税' },
  { q: 'tariff OR export' },
  { language: 'en' },
  { q: '出口', topics: ['tariffs'] },
  { status: 'active', hs: ['85'] },
];

// matchFields is what `?for=` judges: it must be exactly the set a search would page through
describe.each(BACKENDS)('matchFields and hitsFor (%s)', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
    await store.importNotices(generateNotices(N, 5));
  }, 120_000);
  afterAll(async () => {
    await cleanup?.();
  });

  it('gives every match of the text and filters, newest change first, as a search sorted by change does', async () => {
    for (const q of QUERIES) {
      const s = await store.search({ ...q, sort: 'changed', limit: 1000 });
      expect(s.total).toBeLessThan(1000);
      const { rows, complete } = await store.matchFields({ ...q, limit: 3, offset: 5 }, 10_000);
      expect(complete).toBe(true);
      expect(rows.map((r) => r.id)).toEqual(s.hits.map((h) => h.notice.id));
      for (const [i, r] of rows.entries()) {
        const n = s.hits[i].notice;
        expect(r).toEqual({
          id: n.id,
          title: n.title,
          agency: n.agency,
          sourceId: n.sourceId,
          topics: n.topics,
          hsCodes: n.hsCodes,
          regions: n.regions,
          facts: n.facts,
          lastChangedAt: n.lastChangedAt,
        });
      }
    }
  });

  it('narrowed to what a profile can match through, judges to exactly the same matches (random profiles)', async () => {
    let seed = 20261203;
    const r = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const some = (xs: string[], k: number) => xs.filter(() => r() < k / xs.length);
    const HS = ['85', '8541', '854140', '8507', '9405', '94', '0306', '7208', '6204', '03', '8703'];
    const WORDS = ['LED', 'led灯具', '锂电池', 'solar', 'Furniture', '钢铁', 'toys'];
    const MARKETS = ['EU', 'DE', 'US', 'ASEAN', 'VN', 'JP', 'GB', 'BR'];
    const TOPICS = ['tariffs', 'subsidies', 'trade-remedies', 'export-controls', 'credit-insurance', 'customs'];
    const SOURCES = ['sz-commerce', 'mofcom-zcfb', 'ustr-press'];
    let narrowed = 0;
    for (let i = 0; i < 40; i++) {
      const raw: Record<string, string> = {};
      const hs = some(HS, 1.5);
      const kw = some(WORDS, 0.7);
      const markets = some(MARKETS, 1.5);
      const topics = some(TOPICS, 1.5);
      const sources = some(SOURCES, 0.4);
      if (hs.length) raw.hs = hs.join(',');
      if (kw.length) raw.keywords = kw.join(',');
      if (markets.length) raw.markets = markets.join(',');
      if (topics.length) raw.topics = topics.join(',');
      if (sources.length) raw.sources = sources.join(',');
      if (r() < 0.4) raw.location = r() < 0.5 ? '广东省深圳市' : '浙江省';
      const profile = parseProfile(raw).profile;
      const q: SearchQuery = i % 3 === 0 ? { q: '出口' } : i % 3 === 1 ? { language: 'zh', status: 'active' } : { topics: [], status: 'all' };
      const judged = async (rows: Awaited<ReturnType<Store['matchFields']>>['rows']) =>
        rows.flatMap((n) => {
          const v = verdictFor(n, profile);
          return v.relevant ? [{ id: n.id, score: v.score, reasons: v.reasons }] : [];
        });
      const all = await store.matchFields(q, 10_000);
      const narrow = admission(profile);
      const some_ = await store.matchFields(q, 10_000, narrow);
      expect(await judged(some_.rows), JSON.stringify(raw)).toEqual(await judged(all.rows));
      if (narrow && some_.rows.length < all.rows.length) narrowed++;
    }
    // the narrowing did narrow, for most profiles
    expect(narrowed).toBeGreaterThan(20);
  });

  it('stops at the cap with the most recently stored, and says so', async () => {
    const all = (await store.matchFields({}, 10_000)).rows.map((r) => r.id);
    expect(all).toHaveLength(N);
    const capped = await store.matchFields({}, 100);
    expect(capped.complete).toBe(false);
    expect(capped.rows).toHaveLength(100);
    const top = [...all].sort((a, b) => b - a).slice(0, 100);
    expect(new Set(capped.rows.map((r) => r.id))).toEqual(new Set(top));
  });

  it('refuses a bad query as search does', async () => {
    await expect(store.matchFields({ hs: ['8x'] }, 10)).rejects.toThrow(/hs: an HS code prefix/);
  });

  it('hitsFor returns the notices in the order asked, skips unknown ids, and marks q in the snippet', async () => {
    const s = await store.search({ q: '关税', limit: 5 });
    const ids = s.hits.map((h) => h.notice.id).reverse();
    const hits = await store.hitsFor([...ids.slice(0, 2), 10 ** 9, ...ids.slice(2)], '关税');
    expect(hits.map((h) => h.notice.id)).toEqual(ids);
    for (const h of hits) {
      const same = s.hits.find((x) => x.notice.id === h.notice.id)!;
      expect(h.notice).toEqual(same.notice);
      expect(h.snippet).toBe(same.snippet);
      expect(h.snippet).toContain(MARK_START);
    }
    expect(await store.hitsFor([])).toEqual([]);
  });
});

describe('matchFields and hitsFor through the SQLite read pool', () => {
  it('answer as the store does', async () => {
    const { store, cleanup } = await freshStore('sqlite');
    await store.importNotices(generateNotices(200, 7));
    const e = threadEntry('reader');
    const pool = await ReadPool.open(store.file!, { url: e.url, options: e.options }, 1);
    try {
      const pooled = withReadPool(store, pool);
      expect(await pooled.matchFields({ q: '出口' }, 50)).toEqual(await store.matchFields({ q: '出口' }, 50));
      const ids = (await store.matchFields({}, 5)).rows.map((r) => r.id);
      expect(await pooled.hitsFor(ids, 'tariff')).toEqual(await store.hitsFor(ids, 'tariff'));
    } finally {
      await pool.close();
      await cleanup();
    }
  }, 60_000);
});
