import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuerySyntaxError } from '../../db/search/query.ts';
import type { ChangeFn, Store } from '../../db/types.ts';
import { generateNotices } from '../../bench/generate.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';

const change: ChangeFn = () => ({ diff: [], summary: '' });

const notices = [
  {
    url: 'https://t.test/1',
    title: '关于提高部分产品出口退税率的公告',
    docNumber: '财政部 税务总局公告2024年第15号',
    text: '为稳定外贸，决定提高光伏电池等产品的出口退税率。',
    topics: ['export-rebates'],
    hsCodes: ['8541'],
    regions: [],
    publishedAt: '2024-03-01',
    language: 'zh',
    sourceId: 'mof-zcfb',
  },
  {
    url: 'https://t.test/2',
    title: '国务院关税税则委员会关于调整部分商品进口关税的公告',
    docNumber: '税委会公告〔2024〕8号',
    text: '自2025年1月1日起，对部分商品的进口关税税率进行调整。',
    topics: ['tariffs'],
    hsCodes: ['8703'],
    regions: ['US'],
    publishedAt: '2024-12-20',
    language: 'zh',
    sourceId: 'mof-gss',
  },
  {
    url: 'https://t.test/3',
    title: '深圳市外贸企业出口信用保险保费资助',
    docNumber: null,
    text: '对年出口额800万美元以下企业的出口信用保险保费给予全额资助。',
    topics: ['credit-insurance', 'subsidies'],
    hsCodes: [],
    regions: [],
    publishedAt: '2023-06-15',
    language: 'zh',
    sourceId: 'sz-commerce',
  },
  {
    url: 'https://t.test/4',
    title: 'USTR Announces Tariff Actions on Solar Cells',
    docNumber: '2024-12345',
    text: 'The tariffs on solar cells and lithium batteries from China will increase.',
    topics: ['tariffs'],
    hsCodes: ['8541', '8507'],
    regions: ['CN'],
    publishedAt: '2024-05-14',
    language: 'en',
    sourceId: 'ustr-press',
  },
  {
    url: 'https://t.test/5',
    title: 'Export controls on advanced semiconductors',
    docNumber: null,
    text: 'BIS adds entities to the Entity List. Steel is not covered.',
    topics: ['export-controls'],
    hsCodes: ['8542'],
    regions: ['CN'],
    publishedAt: '2024-10-01',
    language: 'en',
    sourceId: 'us-federal-register',
  },
];

describe.each(BACKENDS)('archive search on %s', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
    for (const n of notices) {
      const r = await store.saveObservation({ ...n, html: '', contentHash: n.url }, change);
      ids[n.url.slice(-1)] = r.noticeId;
    }
    // noise: many notices that must not match the specific queries below
    await store.importNotices(generateNotices(300, 7));
  });
  afterAll(() => cleanup());

  const urls = async (q: Parameters<Store['search']>[0]) =>
    (await store.search({ limit: 100, ...q })).hits
      .map((h) => h.notice.url)
      .filter((u) => u.startsWith('https://t.test/'))
      .sort();

  it('finds two-character Chinese words inside longer words', async () => {
    expect(await urls({ q: '退税' })).toEqual(['https://t.test/1']);
    expect(await urls({ q: '关税' })).toEqual(['https://t.test/2']);
    expect(await urls({ q: '资助' })).toEqual(['https://t.test/3']);
  });

  it('matches Chinese phrases as phrases', async () => {
    expect(await urls({ q: '"出口信用保险"' })).toEqual(['https://t.test/3']);
    expect(await urls({ q: '"信用出口"' })).toEqual([]);
  });

  it('finds document numbers', async () => {
    expect(await urls({ q: '"税委会公告〔2024〕8号"' })).toEqual(['https://t.test/2']);
  });

  it('stems English words and supports OR and exclusion', async () => {
    expect(await urls({ q: 'tariff' })).toEqual(['https://t.test/4']);
    expect(await urls({ q: 'battery OR semiconductors' })).toEqual(['https://t.test/4', 'https://t.test/5']);
    expect(await urls({ q: 'china -steel' })).toEqual(['https://t.test/4']);
    expect(await urls({ q: '关税 OR tariffs' })).toEqual(['https://t.test/2', 'https://t.test/4']);
  });

  it('filters by source, topic, HS prefix, region, language and dates', async () => {
    expect(await urls({ q: 'tariffs OR 关税', language: 'en' })).toEqual(['https://t.test/4']);
    expect(await urls({ q: '公告 OR notice OR tariffs OR 资助', topics: ['credit-insurance'] })).toEqual(['https://t.test/3']);
    expect(await urls({ q: 'solar OR 光伏', hs: ['85'] })).toEqual(['https://t.test/1', 'https://t.test/4']);
    expect(await urls({ q: 'tariffs OR 关税', regions: ['US'] })).toEqual(['https://t.test/2']);
    expect(await urls({ q: 'tariffs OR 关税', from: '2024-06-01', to: '2024-12-31' })).toEqual(['https://t.test/2']);
    expect(await urls({ q: 'entity', sources: ['us-federal-register'] })).toEqual(['https://t.test/5']);
  });

  it('ranks title matches first and highlights snippets', async () => {
    const r = await store.search({ q: '出口信用保险', limit: 5 });
    expect(r.hits[0].notice.url).toBe('https://t.test/3');
    expect(r.hits[0].snippet).toContain('\u0001出口\u0002');
  });

  it('returns totals, pages and facets', async () => {
    const all = await store.search({ q: 'tariffs OR 关税', facets: true, limit: 1 });
    expect(all.hits).toHaveLength(1);
    expect(all.total).toBeGreaterThanOrEqual(2);
    const page2 = await store.search({ q: 'tariffs OR 关税', limit: 1, offset: 1 });
    expect(page2.hits[0].notice.id).not.toBe(all.hits[0].notice.id);
    expect(all.facets!.topic.tariffs).toBeGreaterThanOrEqual(2);
    expect(Object.values(all.facets!.source).reduce((a, b) => a + b, 0)).toBe(all.total);
    expect(all.facets!.year['2024']).toBeGreaterThanOrEqual(2);
  });

  it('rejects malformed queries and filters with clear messages', async () => {
    await expect(store.search({ q: '"关税' })).rejects.toThrowError(QuerySyntaxError);
    await expect(store.search({ q: 'OR' })).rejects.toThrowError(/OR needs a term/);
    await expect(store.search({ from: '2024/01/01' })).rejects.toThrowError(/from: expected a date/);
    await expect(store.search({ hs: ['85a'] })).rejects.toThrowError(/hs: an HS code prefix/);
    await expect(store.search({ limit: 0 })).rejects.toThrowError(/limit/);
    // FTS syntax in the input is searched as text, never executed
    await expect(store.search({ q: 'NEAR(tariff* ^x) col:1 AND' })).resolves.toBeDefined();
    expect(await store.countNotices()).toBe(305);
  });

  it('exports in id order in batches and filters like search', async () => {
    const all: number[] = [];
    for await (const item of store.exportNotices({})) all.push(item.id);
    expect(all).toHaveLength(305);
    expect([...all].sort((a, b) => a - b)).toEqual(all);
    const q: string[] = [];
    for await (const item of store.exportNotices({ q: 'tariffs OR 关税', hs: ['8703'] })) q.push(item.notice.url);
    expect(q.filter((u) => u.startsWith('https://t.test'))).toEqual(['https://t.test/2']);
  });
});

describe.each(BACKENDS)('search pages on %s', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
  });
  afterAll(() => cleanup());

  it('snippets come from the newest version of a changed notice, in search and hitsFor', async () => {
    const n = { url: 'https://t.test/v', title: '版本测试公告', text: '旧文本 甲乙丙 第一版', html: '', contentHash: 'v1' };
    const base = { ...notices[0], docNumber: null, ...n };
    const first = await store.saveObservation(base, change);
    await store.saveObservation({ ...base, text: '新文本 甲乙丙 第二版', contentHash: 'v2', fetchedAt: new Date('2025-06-02T00:00:00Z') }, change);
    await store.saveObservation({ ...base, text: '最新文本 甲乙丙 第三版', contentHash: 'v3', fetchedAt: new Date('2025-06-03T00:00:00Z') }, change);
    const hit = (await store.search({ q: '甲乙丙', limit: 5 })).hits.find((h) => h.notice.id === first.noticeId);
    expect(hit?.notice.versionCount).toBe(3);
    expect(hit?.snippet).toContain('第三版');
    expect(hit?.snippet).not.toContain('第一版');
    const [h2] = await store.hitsFor([first.noticeId], '甲乙丙');
    expect(h2.snippet).toContain('第三版');
    expect(h2.snippet).not.toContain('第二版');
  });
});

describe.each(BACKENDS)('broad queries on %s', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
    await store.importNotices(generateNotices(10_500, 3), { batchSize: 2000 });
  }, 120_000);
  afterAll(() => cleanup());

  it('orders a query matching more than 10,000 notices newest first and says how exact the total is', async () => {
    const r = await store.search({ q: 'notice OR 公告', limit: 5 });
    expect(r.broad).toBe(true);
    expect(r.sort).toBe('date');
    expect(r.total).toBeGreaterThan(10_000);
    const dates = r.hits.map((h) => h.notice.publishedAt ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    const withFacets = await store.search({ q: 'notice OR 公告', limit: 5, facets: true });
    expect(withFacets.totalExact).toBe(true);
    if (r.totalExact === false) expect(withFacets.total).toBeGreaterThanOrEqual(r.total);
    else expect(withFacets.total).toBe(r.total);
    const narrow = await store.search({ q: '"出口信用保险"', limit: 5 });
    expect(narrow.broad).toBe(false);
    expect(narrow.totalExact).toBe(true);
  });
});

describe('accents on SQLite', () => {
  it('finds words with or without their accents, in titles, text and phrases', async () => {
    const { store, cleanup } = await freshStore('sqlite');
    try {
      const r = await store.saveObservation(
        {
          url: 'https://a.test/1',
          sourceId: 'eu',
          title: 'Règlement sur le café',
          text: 'Les ÉTUDES naïves du Conseil; Zürich et Ørsted.',
          html: '',
          contentHash: 'a',
          language: 'fr',
        },
        change,
      );
      await store.importNotices(generateNotices(30, 2));
      const found = async (q: string) => (await store.search({ q, limit: 50 })).hits.some((h) => h.notice.id === r.noticeId);
      for (const q of ['cafe', 'café', 'CAFÉ', 'reglement', 'règlement', 'etudes', 'naive', 'naïve', 'zurich', '"etudes naives"', 'ørsted', 'Ørsted'])
        expect(await found(q), q).toBe(true);
      expect(await found('orsted')).toBe(false); // ø is a letter of its own, not o with an accent
    } finally {
      await cleanup();
    }
  });
});
