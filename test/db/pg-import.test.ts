import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNotices } from '../../bench/generate.ts';
import { type Exec, pgImport, pgImportArrays, SearchIndexWriter } from '../../db/pg-bulk.ts';
import { indexTokens } from '../../db/search/tokenize.ts';
import type { NoticeExport, Store } from '../../db/types.ts';
import { freshStore } from '../helpers/stores.ts';

// The PostgreSQL import writes its rows by binary COPY (db/pg-bulk.ts, db/pg-copy.ts), its
// vectors built in JavaScript, and skips the per-row foreign-key triggers when it may: it
// must store exactly what the parsed (unnest()) path stores, roll a failing batch back
// entirely, and stay correct with importers running side by side.

const at = (iso: string) => new Date(iso);
/** notices with the vectors' edge cases (stop words at field ends, >255 positions, long texts) */
function tricky(): NoticeExport[] {
  const texts = [
    { title: 'Rules of the', doc: 'A-12 of', text: 'the rules of origin are in the annex and of the' },
    { title: 'Café déjà vu ÉTUDES naïve', doc: 'Nº 5', text: "Ünïcödé wörds, Кириллица 123abc a1b2 2024 ١٢٣ ½ ⅷ it's back\\slash" },
    { title: '关于“两步申报”的公告', doc: '海关总署公告2024年第8号', text: '一' },
    { title: 'tariff', doc: '', text: Array.from({ length: 300 }, () => 'tariffs').join(' ') },
    { title: '长文', doc: '', text: `${Array.from({ length: 17000 }, (_, i) => `w${i % 977}`).join(' ')} rubber gloves 出口信用保险` },
  ];
  return texts.map((t, i) => ({
    notice: {
      sourceId: i % 2 ? 'src-b' : "src'a",
      url: `https://t.test/import/${i}`,
      title: t.title,
      docNumber: t.doc || null,
      agency: i === 1 ? null : `Agency ${i}`,
      language: i === 2 ? 'zh' : 'en',
      publishedAt: i === 3 ? null : `202${i}-0${i + 1}-1${i}`,
      effectiveAt: i === 1 ? '2030-12-31' : null,
      firstSeenAt: at('2024-01-01T10:00:00.123Z'),
      lastSeenAt: at('2024-02-01T10:00:00Z'),
      lastChangedAt: at('1999-12-31T23:59:59.999Z'),
      status: i === 4 ? 'removed' : 'active',
      topics: i ? ['tariffs', 'tariffs', 'licensing'] : [],
      hsCodes: i ? ['8542', '85', 'x1'] : [],
      regions: ['EU'],
      contentHash: `h${i}`,
      // 0004 facts (openUntil derived from them) and 0005 degraded, on some notices only
      ...(i === 2 ? { facts: { deadlines: [{ kind: 'application', date: '2025-06-30', text: '截止' }], regionRoles: { EU: 'market' } }, degraded: true } : {}),
    },
    versions: [
      {
        version: 1,
        fetchedAt: at('2024-01-01T10:00:00Z'),
        contentHash: `h${i}a`,
        title: t.title,
        text: 'old',
        html: '<p>old</p>',
        attachments: [],
        diff: null,
        changeSummary: null,
      },
      {
        version: 2,
        fetchedAt: at('2024-01-02T10:00:00Z'),
        contentHash: `h${i}`,
        title: t.title,
        text: t.text,
        html: `<p>${t.text}</p>`,
        attachments: [{ url: 'https://t.test/a.pdf', type: 'pdf' }],
        diff: [{ op: 'add', text: 'x' }] as never,
        changeSummary: 'changed',
      },
    ],
  })) as NoticeExport[];
}

const TABLES = {
  notices: 'SELECT * FROM notices ORDER BY id',
  notice_versions: 'SELECT * FROM notice_versions ORDER BY notice_id, version',
  notice_tags: 'SELECT * FROM notice_tags ORDER BY notice_id, kind, value',
  notice_search: 'SELECT notice_id, head::text, tsv::text, published_at::text, source_id FROM notice_search ORDER BY notice_id',
};

async function dump(c: pg.Client) {
  const out: Record<string, unknown[]> = {};
  for (const [t, q] of Object.entries(TABLES)) out[t] = (await c.query(q)).rows;
  return out;
}

async function counts(c: pg.Client) {
  const r = await c.query(
    `SELECT (SELECT count(*) FROM notices)::int AS n, (SELECT count(*) FROM notice_versions)::int AS v, (SELECT count(*) FROM notice_tags)::int AS t, (SELECT count(*) FROM notice_search)::int AS s,
       (SELECT count(*) FROM notice_versions x WHERE NOT EXISTS (SELECT 1 FROM notices n WHERE n.id = x.notice_id))::int
       + (SELECT count(*) FROM notice_tags x WHERE NOT EXISTS (SELECT 1 FROM notices n WHERE n.id = x.notice_id))::int
       + (SELECT count(*) FROM notice_search x WHERE NOT EXISTS (SELECT 1 FROM notices n WHERE n.id = x.notice_id))::int AS orphans`,
  );
  return r.rows[0] as { n: number; v: number; t: number; s: number; orphans: number };
}

/** ids of search rows that differ from what to_tsvector() and notice_filter_words() make */
async function vectorMismatches(c: pg.Client): Promise<number[]> {
  const rows = (
    await c.query<{ id: number; title: string; doc: string | null; text: string }>(
      'SELECT n.id, n.title, n.doc_number AS doc, v.text FROM notices n JOIN notice_versions v ON v.notice_id = n.id AND v.version = n.version_count',
    )
  ).rows;
  const r = await c.query<{ id: number }>(
    `SELECT n.id FROM notices n JOIN unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS x(id, tt, dt, bt) ON x.id = n.id
       LEFT JOIN notice_search s ON s.notice_id = n.id
     WHERE s.notice_id IS NULL OR s.head <> setweight(to_tsvector('english', x.tt), 'A') || setweight(to_tsvector('simple', x.dt), 'B')
        OR s.tsv <> setweight(to_tsvector('english', x.tt), 'A') || setweight(to_tsvector('simple', x.dt), 'B') || setweight(to_tsvector('english', x.bt), 'D')
             || notice_filter_words(n.source_id, n.language, n.agency, n.published_at, n.topics, n.hs_codes, n.regions)
        OR s.published_at IS DISTINCT FROM n.published_at OR s.source_id <> n.source_id`,
    [rows.map((x) => x.id), rows.map((x) => indexTokens(x.title)), rows.map((x) => indexTokens(x.doc ?? '')), rows.map((x) => indexTokens(x.text))],
  );
  return r.rows.map((x) => x.id);
}

describe('PostgreSQL import (binary COPY)', () => {
  const opened: { store: Store; url: string; cleanup: () => Promise<void>; client: pg.Client }[] = [];
  const open = async () => {
    const s = await freshStore('pg');
    const client = new pg.Client(s.url);
    await client.connect();
    opened.push({ ...s, client });
    return opened.at(-1)!;
  };
  let items: NoticeExport[];
  beforeAll(() => {
    items = [...tricky(), ...generateNotices(300, 5)];
  });
  afterAll(async () => {
    for (const o of opened) {
      await o.client.end();
      await o.cleanup();
    }
  });

  it('stores the same rows as the parsed path, vectors equal to to_tsvector()', async () => {
    const a = await open();
    const r = await a.store.importNotices(items, { batchSize: 128 });
    expect(r).toEqual({ notices: items.length, versions: items.reduce((n, x) => n + x.versions.length, 0), skipped: 0 });
    // the same notices through unnest() arrays, parsed by PostgreSQL, one transaction
    const b = await open();
    const lookup: Exec = async (text, params) => (await b.client.query(text, params)).rows;
    const c2 = new pg.Client(b.url);
    await c2.connect();
    try {
      await c2.query('BEGIN');
      for (let i = 0; i < items.length; i += 128) await pgImportArrays(c2, items.slice(i, i + 128), new SearchIndexWriter(), lookup);
      await c2.query('COMMIT');
    } finally {
      await c2.end();
    }
    expect(await dump(a.client)).toEqual(await dump(b.client));
    expect(await vectorMismatches(a.client)).toEqual([]);
    expect((await counts(a.client)).orphans).toBe(0);
    // and searches find the same
    for (const q of ['rubber gloves', 'w976', 'Кириллица', '"两步申报"', 'tariffs', '出口']) {
      const ids = async (s: Store) => (await s.search({ q, limit: 50 })).hits.map((h) => h.notice.id);
      expect(await ids(a.store)).toEqual(await ids(b.store));
    }
  });

  it('rolls a failing batch back entirely, whichever path it takes', async () => {
    const a = await open();
    const base = [...generateNotices(60, 9)];
    // a NUL byte, which no text column takes, in the middle of the second batch
    const bad = structuredClone(base);
    bad[30].versions[0].text = `before\u0000after`;
    await expect(a.store.importNotices(bad, { batchSize: 20 })).rejects.toThrow();
    expect(await counts(a.client)).toEqual({ n: 20, v: 20, t: expect.any(Number), s: 20, orphans: 0 });
    const tagsAfterFirst = (await counts(a.client)).t;
    // an impossible date sends the batch the parsed way: PostgreSQL rejects it there
    const bad2 = structuredClone(base);
    bad2[45].notice.publishedAt = '2024-02-30';
    await expect(a.store.importNotices(bad2.slice(20), { batchSize: 20 })).rejects.toThrow();
    expect(await counts(a.client)).toEqual({ n: 40, v: 40, t: expect.any(Number), s: 40, orphans: 0 });
    expect((await counts(a.client)).t).toBeGreaterThan(tagsAfterFirst);
    // the rest imports afterwards; what is stored is complete and consistent
    const r = await a.store.importNotices(base, { batchSize: 20 });
    expect(r).toMatchObject({ notices: 20, skipped: 40 });
    expect(await counts(a.client)).toMatchObject({ n: 60, v: 60, s: 60, orphans: 0 });
    expect(await vectorMismatches(a.client)).toEqual([]);
  });

  it('pipelines batches: a URL repeated in the next batch is stored once, a failure stops the batches after it', async () => {
    const a = await open();
    const base = [...generateNotices(40, 17)];
    // batch 2 (written while batch 1 still is) repeats two of batch 1's URLs and one of its own
    const items = [...base.slice(0, 20), base[3], base[19], ...base.slice(20, 37), base[25]];
    const r = await a.store.importNotices(items, { batchSize: 20 });
    expect(r).toEqual({ notices: 37, versions: 37, skipped: 3 });
    // ids in the order of the input, as SQLite gives them (search ties are ordered by id)
    expect((await a.client.query<{ url: string }>('SELECT url FROM notices ORDER BY id')).rows.map((x) => x.url)).toEqual(
      base.slice(0, 37).map((x) => x.notice.url),
    );
    expect(await counts(a.client)).toMatchObject({ n: 37, v: 37, s: 37, orphans: 0 });
    // the first of three batches fails: the second, encoded meanwhile, is not committed either
    const more = [...generateNotices(60, 18)];
    more[5].versions[0].title = 'bad\u0000title';
    await expect(a.store.importNotices(more, { batchSize: 20 })).rejects.toThrow();
    expect(await counts(a.client)).toMatchObject({ n: 37, v: 37, s: 37, orphans: 0 });
    expect(await vectorMismatches(a.client)).toEqual([]);
  });

  it('importers of the same notices side by side, in opposite orders: both finish, each notice stored once', async () => {
    const a = await open();
    const other = await (await import('../../db/index.ts')).openStore(a.url);
    try {
      const all = [...generateNotices(300, 31)];
      // both write (overlapping batches) into each other's URLs: unique-key waits across
      // sessions, the loser of a race looks again at what is stored
      const [x, y] = await Promise.all([a.store.importNotices(all, { batchSize: 25 }), other.importNotices([...all].reverse(), { batchSize: 25 })]);
      expect(x.notices + y.notices).toBe(300);
      expect(x.skipped + y.skipped).toBe(300);
      expect(await counts(a.client)).toMatchObject({ n: 300, v: 300, s: 300, orphans: 0 });
      expect((await a.client.query('SELECT count(DISTINCT url)::int AS c FROM notices')).rows[0].c).toBe(300);
      expect(await vectorMismatches(a.client)).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('keeps autovacuum off the tables during an import into a small archive, then analyzes them', async () => {
    const a = await open();
    const held = async () =>
      (
        await a.client.query<{ t: string }>(
          "SELECT c.relname AS t FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.mode = 'ShareUpdateExclusiveLock' AND l.granted AND c.relname IN ('notices', 'notice_versions', 'notice_tags', 'notice_search') ORDER BY 1",
        )
      ).rows.map((r) => r.t);
    const during: string[][] = [];
    async function* slow() {
      for (const [i, x] of [...generateNotices(120, 23)].entries()) {
        if (i === 60) during.push(await held());
        yield x;
      }
    }
    await a.store.importNotices(slow(), { batchSize: 20 });
    // autovacuum takes this lock without waiting, and skips a table it cannot get
    expect(during).toEqual([['notice_search', 'notice_tags', 'notice_versions', 'notices']]);
    expect(await held()).toEqual([]);
    const stats = await a.client.query<{ t: string; analyzed: boolean }>(
      "SELECT relname AS t, last_analyze IS NOT NULL AS analyzed FROM pg_stat_user_tables WHERE relname IN ('notices', 'notice_search') ORDER BY 1",
    );
    expect(stats.rows).toEqual([
      { t: 'notice_search', analyzed: true },
      { t: 'notices', analyzed: true },
    ]);
    expect((await a.client.query("SELECT to_regclass('notice_search_tsv_idx') AS i")).rows[0].i).not.toBeNull();
  });

  it('stays correct with importers running side by side', async () => {
    const a = await open();
    const other = await (await import('../../db/index.ts')).openStore(a.url);
    try {
      const all = [...generateNotices(400, 21)];
      const [x, y] = await Promise.all([a.store.importNotices(all.slice(0, 200), { batchSize: 50 }), other.importNotices(all.slice(200), { batchSize: 50 })]);
      expect(x.notices + y.notices).toBe(400);
      expect(await counts(a.client)).toMatchObject({ n: 400, v: 400, s: 400, orphans: 0 });
      expect(await vectorMismatches(a.client)).toEqual([]);
      // the text index deferred by one of them is back
      expect((await a.client.query("SELECT to_regclass('notice_search_tsv_idx') AS i")).rows[0].i).not.toBeNull();
      // each URL once, ids unique (blocks reserved from the sequence)
      expect((await a.client.query('SELECT count(DISTINCT url)::int AS c FROM notices')).rows[0].c).toBe(400);
      expect((await a.store.search({ q: '出口', limit: 5 })).total).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });

  it('imports alike with the foreign-key triggers on (a role that may not skip them)', async () => {
    const a = await open();
    const lookup: Exec = async (text, params) => (await a.client.query(text, params)).rows;
    const c2 = new pg.Client(a.url);
    await c2.connect();
    try {
      await c2.query('BEGIN');
      const batch = [...tricky(), ...generateNotices(50, 3)];
      await pgImport(c2, batch, new SearchIndexWriter(), lookup, { trustReferences: false });
      expect((await c2.query('SHOW session_replication_role')).rows[0].session_replication_role).toBe('origin');
      await c2.query('COMMIT');
      expect(await counts(a.client)).toMatchObject({ n: 55, s: 55, orphans: 0 });
      expect(await vectorMismatches(a.client)).toEqual([]);
      // with them skipped, the setting ends with the transaction
      await c2.query('BEGIN');
      await pgImport(c2, [...generateNotices(10, 4)], new SearchIndexWriter(), lookup, { trustReferences: true });
      await c2.query('COMMIT');
      expect((await c2.query('SHOW session_replication_role')).rows[0].session_replication_role).toBe('origin');
      expect(await counts(a.client)).toMatchObject({ n: 65, s: 65, orphans: 0 });
    } finally {
      await c2.end();
    }
  });
});
