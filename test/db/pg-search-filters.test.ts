import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNotices } from '../../bench/generate.ts';
import { openStore } from '../../db/index.ts';
import { filterLexemes, filterQuery } from '../../db/search/pg-facets.ts';
import type { Notice, NoticeExport, SearchQuery, Store } from '../../db/types.ts';
import { type Backend, BACKENDS, freshPgUrl, freshStore } from '../helpers/stores.ts';

// PostgreSQL applies most filters as lexemes of the search vector (db/search/pg-facets.ts)
// and ranks without joining notices. Results must mean what the filters say, as on SQLite.

const at = new Date('2024-05-01T00:00:00Z');
const odd = (i: number, n: Partial<NoticeExport['notice']>): NoticeExport => ({
  notice: {
    sourceId: 'odd-source',
    url: `https://odd.test/${i}`,
    title: `关税 tariff notice ${i}`,
    docNumber: null,
    agency: null,
    language: 'en',
    publishedAt: null,
    effectiveAt: null,
    firstSeenAt: at,
    lastSeenAt: at,
    lastChangedAt: at,
    status: 'active',
    topics: [],
    hsCodes: [],
    regions: [],
    contentHash: `odd${i}`,
    ...n,
  },
  versions: [
    {
      version: 1,
      fetchedAt: at,
      contentHash: `odd${i}`,
      title: `关税 tariff notice ${i}`,
      text: '出口 关税 tariff rules',
      html: '',
      attachments: [],
      diff: null,
      changeSummary: null,
    },
  ],
});

// values a filter lexeme must carry whole: quotes, backslashes, spaces, colons, Chinese
const oddNotices = [
  odd(1, { agency: "O'Brien \\ Sons: trade", hsCodes: ['8501', '85'], topics: ['a b'], regions: ["x'y"] }),
  odd(2, { agency: '商务部 外贸司', hsCodes: ['850110'], publishedAt: '2023-12-31', language: 'zh' }),
  odd(3, { agency: '', hsCodes: ['85.01', '8', '84'], publishedAt: '2024-01-01', sourceId: "src'q" }),
  odd(4, { hsCodes: ['8502'], publishedAt: '1999-12-31', topics: ['tariffs'] }),
];

const queries: SearchQuery[] = [];
for (const q of ['关税', 'tariff', '出口 OR tariff', '"出口 关税"', 'tariff -rules']) {
  for (const f of [
    {},
    { hs: ['85'] },
    { hs: ['8501'] },
    { hs: ['850110'] },
    { hs: ['84', '8501'] },
    { regions: ['EU'] },
    { regions: ["x'y"] },
    { topics: ['tariffs', 'a b'] },
    { language: 'zh' },
    { agency: "O'Brien \\ Sons: trade" },
    { agency: '商务部 外贸司' },
    { sources: ['mofcom-zcfb', "src'q"] },
    { from: '2023-01-01', to: '2024-12-31' },
    { from: '2024-01-01' },
    { to: '2023-12-31' },
    { from: '2023-12-31', to: '2024-01-01', hs: ['85'] },
    { status: 'removed' as const },
    { language: 'en', topics: ['tariffs'], from: '2020-02-29' },
  ]) {
    queries.push({ q, ...f, limit: 1000 });
  }
}

/** What the filters mean, on a notice. */
function admits(n: Notice, q: SearchQuery): boolean {
  if (q.sources?.length && !q.sources.includes(n.sourceId)) return false;
  if (q.agency && n.agency !== q.agency) return false;
  if (q.language && n.language !== q.language) return false;
  if (q.topics?.length && !n.topics.some((t) => q.topics!.includes(t))) return false;
  if (q.regions?.length && !n.regions.some((t) => q.regions!.includes(t))) return false;
  if (q.hs?.length && !n.hsCodes.some((t) => /^[0-9]{2,10}$/.test(t) && q.hs!.some((h) => t.startsWith(h) || (h.startsWith(t) && t.length >= 2)))) return false;
  if (q.from && !(n.publishedAt && n.publishedAt >= q.from)) return false;
  if (q.to && !(n.publishedAt && n.publishedAt <= q.to)) return false;
  if (q.status && q.status !== 'all' && n.status !== q.status) return false;
  return true;
}

describe('PostgreSQL filtered search', () => {
  const stores = {} as Record<Backend, { store: Store; url: string; cleanup: () => Promise<void> }>;
  beforeAll(async () => {
    for (const b of BACKENDS) {
      stores[b] = await freshStore(b);
      await stores[b].store.importNotices([...generateNotices(400, 5), ...oddNotices], { batchSize: 100 });
      await stores[b].store.markRemoved('https://odd.test/4');
    }
  });
  afterAll(async () => {
    for (const b of BACKENDS) await stores[b]?.cleanup();
  });

  it('finds what the filters admit, as SQLite does', async () => {
    const pgStore = stores.pg.store;
    for (const q of queries) {
      const { limit: _l, ...filters } = q;
      const all = await pgStore.search({ q: q.q, limit: 1000, sort: 'date' });
      expect(all.total).toBeLessThan(1000);
      const expected = all.hits.filter((h) => admits(h.notice, filters)).map((h) => h.notice.id);
      for (const sort of ['date', 'relevance'] as const) {
        const got = await pgStore.search({ ...q, sort });
        const ids = got.hits.map((h) => h.notice.id);
        if (sort === 'date') expect(ids, JSON.stringify(q)).toEqual(expected);
        else
          expect(
            [...ids].sort((a, b) => a - b),
            JSON.stringify(q),
          ).toEqual([...expected].sort((a, b) => a - b));
        expect(got.total, JSON.stringify(q)).toBe(expected.length);
        const lite = await stores.sqlite.store.search({ ...q, sort });
        expect(lite.total, `sqlite ${JSON.stringify(q)}`).toBe(got.total);
        if (sort === 'date')
          expect(
            lite.hits.map((h) => h.notice.id),
            `sqlite ${JSON.stringify(q)}`,
          ).toEqual(ids);
      }
    }
  });

  it('pages relevance-ranked results like one long page', async () => {
    const q: SearchQuery = { q: '出口 OR tariff', hs: ['85'] };
    const whole = (await stores.pg.store.search({ ...q, limit: 60 })).hits.map((h) => h.notice.id);
    const paged: number[] = [];
    for (let offset = 0; offset < 60; offset += 20) paged.push(...(await stores.pg.store.search({ ...q, limit: 20, offset })).hits.map((h) => h.notice.id));
    expect(paged).toEqual(whole);
  });

  it('never lets query words match filter words', async () => {
    for (const q of ['zh', '85', 'mofcom', 'xh85', 'h 85']) {
      const [a, b] = await Promise.all(BACKENDS.map((be) => stores[be].store.search({ q, limit: 1000, sort: 'date' })));
      expect(
        a.hits.map((h) => h.notice.id),
        q,
      ).toEqual(b.hits.map((h) => h.notice.id));
    }
  });

  it('keeps the vector in step with a notice saved again, re-tagged or removed', async () => {
    const store = stores.pg.store;
    const change = () => ({ diff: [], summary: '' });
    await store.saveObservation(
      {
        url: 'https://odd.test/1',
        title: '关税 tariff notice 1',
        text: '出口 关税 tariff rules changed',
        html: '',
        contentHash: 'odd1b',
        language: 'zh',
        sourceId: 'odd-source',
        agency: 'Other agency',
        publishedAt: '2025-03-03',
        hsCodes: ['9999'],
      },
      change,
    );
    const find = async (q: SearchQuery) => (await store.search({ q: 'tariff', limit: 1000, ...q })).hits.map((h) => h.notice.url);
    expect(await find({ agency: 'Other agency', hs: ['99'], from: '2025-03-01', language: 'zh' })).toEqual(['https://odd.test/1']);
    expect(await find({ agency: "O'Brien \\ Sons: trade" })).toEqual([]);
    const id = (await store.search({ q: 'tariff', agency: 'Other agency', limit: 1 })).hits[0].notice.id;
    await store.setTags(id, { topics: ['re-tagged'], hsCodes: ['0101'], regions: [] });
    expect(await find({ topics: ['re-tagged'], hs: ['01'] })).toEqual(['https://odd.test/1']);
    expect(await find({ hs: ['99'] })).toEqual([]);
    await store.markRemoved('https://odd.test/1');
    expect(await find({ topics: ['re-tagged'], status: 'removed' })).toEqual(['https://odd.test/1']);
    expect(await find({ topics: ['re-tagged'], status: 'active' })).toEqual([]);
  });

  it('computes the same filter words in SQL and in JavaScript', async () => {
    const client = new pg.Client(stores.pg.url);
    await client.connect();
    try {
      const cases = [
        ...oddNotices.map((x) => x.notice),
        { sourceId: 's', language: 'en', agency: null, publishedAt: '2024-02-29', topics: [], hsCodes: ['0101', '01010101'], regions: ['EU', 'EU'] },
        { sourceId: 's', language: 'en', agency: 'a', publishedAt: null, topics: ['t', 't'], hsCodes: ['12345678901', 'ab'], regions: [] },
        // co-issuers (0010): each is a word, the first agency once, empty names none
        { sourceId: 's', language: 'zh', agency: '商务部', agencies: ['商务部', "海关'总署", ''], publishedAt: null, topics: [], hsCodes: [], regions: [] },
      ];
      for (const n of cases) {
        const r = await client.query<{ w: string[] }>(
          'SELECT tsvector_to_array(notice_filter_words($1, $2, $3, $4::date, $5::jsonb, $6::jsonb, $7::jsonb, $8::jsonb)) AS w',
          [
            n.sourceId,
            n.language,
            n.agency,
            n.publishedAt,
            JSON.stringify(n.topics),
            JSON.stringify(n.hsCodes),
            JSON.stringify(n.regions),
            JSON.stringify(('agencies' in n && n.agencies) || []),
          ],
        );
        expect(r.rows[0].w.sort()).toEqual(filterLexemes(n).sort());
      }
      // and the query side parses, with every awkward value as one lexeme
      const fq = filterQuery({ agency: "O'Brien \\ Sons: trade", sources: ['a b', "c'd"], hs: ['8501'], from: '2024-01-01', to: '2024-01-31' });
      expect(fq.residual).toEqual({ from: '2024-01-01', to: '2024-01-31' });
      const parsed = await client.query<{ q: string }>('SELECT $1::tsquery::text AS q', [fq.tsquery]);
      expect(parsed.rows[0].q).toContain("'#a:O''Brien \\\\ Sons: trade'");
      expect(parsed.rows[0].q).toContain("'#xm202401'");
    } finally {
      await client.end();
    }
  });

  it('leaves status and change time to SQL', () => {
    expect(filterQuery({}).tsquery).toBeNull();
    expect(filterQuery({ status: 'all', changedSince: at })).toEqual({ tsquery: null, residual: { status: 'all', changedSince: at } });
  });
});

describe('PostgreSQL import into a small archive', () => {
  const indexOf = async (c: pg.Client) => (await c.query("SELECT to_regclass('notice_search_tsv_idx')::text AS i")).rows[0].i;

  it('builds the text index at its end, and an interrupted one is rebuilt on open', async () => {
    const url = await freshPgUrl();
    const store = await openStore(url);
    const client = new pg.Client(url);
    await client.connect();
    try {
      let during: string | null = 'unset';
      // look at the index while the import runs (between two batches)
      const spy = async function* () {
        let i = 0;
        for (const x of generateNotices(150, 3)) {
          if (i++ === 120) during = await indexOf(client);
          yield x;
        }
      };
      const r = await store.importNotices(spy(), { batchSize: 50 });
      expect(r.notices).toBe(150);
      expect(during).toBeNull();
      expect(await indexOf(client)).toBe('notice_search_tsv_idx');
      expect((await store.search({ q: '出口', limit: 5 })).total).toBeGreaterThan(0);
      // an import that died with the index dropped: the next store to open builds it again
      await client.query('DROP INDEX notice_search_tsv_idx');
      await store.close();
      const again = await openStore(url);
      expect(await indexOf(client)).toBe('notice_search_tsv_idx');
      expect((await again.search({ q: '出口', limit: 5 })).total).toBeGreaterThan(0);
      await again.close();
    } finally {
      await client.end();
    }
  });
});
