import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNotices } from '../../bench/generate.ts';
import { openStore } from '../../db/index.ts';
import { dateRangeWords, facetQuery, facetWords } from '../../db/search/facets.ts';
import type { ChangeFn, NoticeExport, SearchFilters, Store } from '../../db/types.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';

/** A small seeded generator, so failures repeat. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const dateWordsOf = (d: string) => new Set(facetWords({ sourceId: 's', language: 'zh', publishedAt: d, topics: [], hsCodes: [], regions: [] }).split(' '));

describe('filter words (db/search/facets.ts)', () => {
  it('covers a published-date range exactly: every day inside matches, none outside', () => {
    const r = rng(7);
    const day = 86_400_000;
    const base = Date.UTC(1999, 0, 1);
    for (let i = 0; i < 300; i++) {
      const a = base + Math.floor(r() * 12_000) * day;
      const b = a + Math.floor(r() * (i % 3 === 0 ? 40 : 3_000)) * day;
      const from = i % 17 === 0 ? undefined : iso(a);
      const to = i % 19 === 0 ? undefined : iso(b);
      const words = new Set(dateRangeWords(from, to));
      for (let k = 0; k < 20; k++) {
        const d = iso(base - 400 * day + Math.floor(r() * 13_000) * day);
        const inside = (!from || d >= from) && (!to || d <= to);
        const hit = [...dateWordsOf(d)].some((w) => words.has(w));
        expect(hit, `${d} in ${from}..${to}`).toBe(inside);
      }
      // the boundaries themselves, and the days just outside
      if (from) {
        expect([...dateWordsOf(from)].some((w) => words.has(w))).toBe(true);
        expect([...dateWordsOf(iso(Date.parse(from) - day))].some((w) => words.has(w))).toBe(false);
      }
      if (to) {
        expect([...dateWordsOf(to)].some((w) => words.has(w))).toBe(true);
        expect([...dateWordsOf(iso(Date.parse(to) + day))].some((w) => words.has(w))).toBe(false);
      }
      expect(words.size).toBeLessThan(200);
    }
  });

  it('handles leap days and whole years compactly', () => {
    expect(dateRangeWords('2024-01-01', '2024-12-31')).toEqual(['xy2024']);
    expect(dateRangeWords('2024-02-01', '2024-02-29')).toEqual(['xm202402']);
    expect(dateRangeWords('2000-01-01', '2099-12-31')).toEqual(['xc20']);
    expect(dateRangeWords('2024-02-28', '2024-03-01')).toEqual(['xd20240228', 'xd20240229', 'xd20240301']);
  });

  it('finds notices under an HS prefix, and heading filters also find chapter-tagged notices', () => {
    const words = (hs: string[]) => new Set(facetWords({ sourceId: 's', language: 'en', topics: [], hsCodes: hs, regions: [] }).split(' '));
    const finds = (filter: string, hs: string[]) => {
      const q = facetQuery({ hs: [filter] }).expr!;
      const ws = words(hs);
      return [...q.matchAll(/"(\w+)"/g)].some((m) => ws.has(m[1]));
    };
    expect(finds('85', ['850760'])).toBe(true);
    expect(finds('8507', ['850760'])).toBe(true);
    expect(finds('8507', ['85'])).toBe(true); // tagged with the whole chapter
    expect(finds('8507', ['8541'])).toBe(false);
    expect(finds('850760', ['8507'])).toBe(true); // the heading contains the subheading
    expect(finds('85', ['8', '0385'])).toBe(false);
  });

  it('leaves the filters that change without a new version to SQL', () => {
    const since = new Date('2024-01-01T00:00:00Z');
    const f = facetQuery({ language: 'zh', changedSince: since, status: 'removed' });
    expect(f.residual).toEqual({ changedSince: since, status: 'removed' });
    expect(f.expr).toMatch(/^facets : \("xl\d+"\)$/);
    expect(facetQuery({}).expr).toBeNull();
  });
});

const change: ChangeFn = () => ({ diff: [], summary: '' });

/** JS reference of the filters' meaning, on exported notices. */
function passes(n: NoticeExport['notice'], f: SearchFilters): boolean {
  if (f.sources?.length && !f.sources.includes(n.sourceId)) return false;
  if (f.agency && n.agency !== f.agency) return false;
  if (f.language && n.language !== f.language) return false;
  if (f.from && !(n.publishedAt && n.publishedAt >= f.from)) return false;
  if (f.to && !(n.publishedAt && n.publishedAt <= f.to)) return false;
  if (f.topics?.length && !n.topics.some((t) => f.topics!.includes(t))) return false;
  if (f.regions?.length && !n.regions.some((t) => f.regions!.includes(t))) return false;
  if (f.hs?.length && !n.hsCodes.some((c) => f.hs!.some((h) => c.startsWith(h) || (h.startsWith(c) && c.length >= 2)))) return false;
  return true;
}

describe.each(BACKENDS)('filtered text search on %s', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  const items = [...generateNotices(600, 11)];
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
    await store.importNotices(items);
  });
  afterAll(() => cleanup());

  const sample = items[3].notice;
  const combos: SearchFilters[] = [
    { hs: ['85'] },
    { hs: ['8507', '03'] },
    { regions: ['EU'], language: 'zh' },
    { topics: ['tariffs', 'subsidies'] },
    { from: '2023-03-15', to: '2024-06-30' },
    { from: '2024-02-29' },
    { to: '2022-12-31', language: 'en' },
    { sources: [sample.sourceId], agency: sample.agency ?? undefined },
    { hs: ['85'], regions: ['EU'], from: '2022-01-01', to: '2025-12-31' },
  ];

  it.each(['出口', 'tariff', '"出口信用保险"', 'solar OR 关税'])('gives what the filters mean for %s, in every order', async (text) => {
    const all = await store.search({ q: text, limit: 1000 });
    expect(all.total).toBeLessThan(1000);
    const byUrl = new Map(items.map((i) => [i.notice.url, i.notice]));
    for (const f of combos) {
      const expected = all.hits
        .map((h) => h.notice.url)
        .filter((u) => passes(byUrl.get(u)!, f))
        .sort();
      for (const sort of ['relevance', 'date'] as const) {
        const r = await store.search({ q: text, ...f, sort, limit: 1000 });
        expect(r.total, `${text} ${JSON.stringify(f)} ${sort}`).toBe(expected.length);
        expect(r.hits.map((h) => h.notice.url).sort()).toEqual(expected);
      }
      // a page in date order is the newest of those
      const page = await store.search({ q: text, ...f, sort: 'date', limit: 5 });
      const dates = page.hits.map((h) => h.notice.publishedAt ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it.each(['出口', 'tariff', 'solar OR 关税'])('counts facets over exactly the matches of %s and its filters', async (text) => {
    for (const f of [{}, ...combos, { status: 'all' as const }]) {
      const all = await store.search({ q: text, ...f, limit: 1000 });
      expect(all.total).toBeLessThan(1000);
      const expected = { source: {}, topic: {}, region: {}, year: {} } as Record<'source' | 'topic' | 'region' | 'year', Record<string, number>>;
      const add = (m: Record<string, number>, k: string) => {
        m[k] = (m[k] ?? 0) + 1;
      };
      for (const { notice: n } of all.hits) {
        add(expected.source, n.sourceId);
        if (n.publishedAt) add(expected.year, n.publishedAt.slice(0, 4));
        for (const t of new Set(n.topics)) add(expected.topic, t);
        for (const r of new Set(n.regions)) add(expected.region, r);
      }
      expect(Object.keys(expected.topic).length).toBeLessThanOrEqual(50); // under the top-50 cut, so every count shows
      const r = await store.search({ q: text, ...f, facets: true, limit: 3 });
      expect(r.facets, `${text} ${JSON.stringify(f)}`).toEqual(expected);
      expect(r.total).toBe(all.total);
      // commonest first
      const topic = Object.values(r.facets!.topic);
      expect(topic).toEqual([...topic].sort((a, b) => b - a));
    }
  });

  it('finds a notice under its new tags once they are set', async () => {
    const target = (await store.search({ q: '出口', limit: 1 })).hits[0].notice;
    expect((await store.search({ q: '出口', topics: ['zz-new-topic'] })).total).toBe(0);
    await store.setTags(target.id, { topics: ['zz-new-topic'], hsCodes: ['9999'], regions: [] });
    const r = await store.search({ q: '出口', topics: ['zz-new-topic'], hs: ['99'] });
    expect(r.hits.map((h) => h.notice.id)).toEqual([target.id]);
  });
});

describe('upgrading an archive to filter words (SQLite)', () => {
  it('rebuilds the search index once, from the stored texts, and keeps everything stored', async () => {
    const { store, url, cleanup } = await freshStore('sqlite');
    try {
      await store.saveObservation(
        {
          url: 'https://u.test/1',
          sourceId: 'mofcom-zcfb',
          title: '关于锂电池出口退税的公告',
          text: '锂电池出口退税率提高。',
          html: '',
          contentHash: 'a',
          language: 'zh',
          publishedAt: '2024-05-01',
          topics: ['export-rebates'],
          hsCodes: ['8507'],
          regions: [],
        },
        change,
      );
      await store.importNotices(generateNotices(50, 3));
      await store.close();
      // the state a previous release left: an index without the facets column, and the marker the migration sets
      const conn = new Database(url);
      conn.exec(
        `DROP TABLE notice_fts; CREATE VIRTUAL TABLE notice_fts USING fts5(title, doc, body, facets, content='', contentless_delete=1, tokenize='porter ascii');`,
      );
      conn.exec(`INSERT INTO search_state (key, value) VALUES ('rebuild_fts', '1')`);
      conn.close();
      const reopened = await openStore(url);
      try {
        const r = await reopened.search({ q: '退税', hs: ['85'], from: '2024-01-01', language: 'zh' });
        expect(r.hits.map((h) => h.notice.url)).toContain('https://u.test/1');
        expect((await reopened.search({ q: '出口', limit: 1 })).total).toBeGreaterThan(0);
        const marker = new Database(url, { readonly: true });
        expect(marker.prepare("SELECT count(*) AS c FROM search_state WHERE key = 'rebuild_fts'").get()).toEqual({ c: 0 });
        marker.close();
      } finally {
        await reopened.close();
      }
    } finally {
      await cleanup().catch(() => {});
    }
  });
});
