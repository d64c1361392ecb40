/**
 * Agency filters find co-issued notices (issue 18): a notice issued by 商务部 and
 * 海关总署 is found by agency=海关总署 as well as agency=商务部, with and without a text
 * query, in every sort, on both backends; and an archive indexed before migration
 * 0010 (filter words for the first agency only) is re-indexed by it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ftsWriter } from '../../db/bulk.ts';
import { openStore } from '../../db/index.ts';
import { facetWords } from '../../db/search/facets.ts';
import type { ChangeFn, SearchQuery, Store } from '../../db/types.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';
import { startServer } from '../server/helpers.ts';

const change: ChangeFn = () => ({ diff: [], summary: '' });
const base = { sourceId: 's', language: 'zh', html: '<p>正文</p>', publishedAt: '2026-10-28' };

async function seed(store: Store) {
  await store.saveObservation(
    {
      ...base,
      url: 'https://co.test/1',
      title: '商务部 海关总署公告2026年第41号',
      text: '关于出口管制的公告',
      agency: '商务部',
      agencies: ['商务部', '海关总署'],
      contentHash: 'a',
    },
    change,
  );
  await store.saveObservation(
    { ...base, url: 'https://co.test/2', title: '商务部公告', text: '关于出口许可的公告', agency: '商务部', contentHash: 'b' },
    change,
  );
  await store.saveObservation({ ...base, url: 'https://co.test/3', title: '财政部公告', text: '关于关税的公告', agency: '财政部', contentHash: 'c' }, change);
}

const urls = async (store: Store, q: SearchQuery) => (await store.search({ limit: 50, ...q })).hits.map((h) => h.notice.url).sort();

describe.each(BACKENDS)('agency filter and co-issuers (%s)', (backend) => {
  it('finds a co-issued notice by each of its issuers', async () => {
    const { store, cleanup } = await freshStore(backend);
    try {
      await seed(store);
      for (const sort of ['relevance', 'date', 'changed'] as const) {
        expect(await urls(store, { agency: '海关总署', sort })).toEqual(['https://co.test/1']);
        expect(await urls(store, { agency: '商务部', sort })).toEqual(['https://co.test/1', 'https://co.test/2']);
        expect(await urls(store, { q: '公告', agency: '海关总署', sort })).toEqual(['https://co.test/1']);
        expect(await urls(store, { q: '出口', agency: '商务部', sort })).toEqual(['https://co.test/1', 'https://co.test/2']);
        expect(await urls(store, { q: '公告', agency: '财政部', sort })).toEqual(['https://co.test/3']);
      }
      // an issuer named by no notice, and a part of a name, find nothing
      expect(await urls(store, { agency: '海关' })).toEqual([]);
      expect(await urls(store, { q: '公告', agency: '海关' })).toEqual([]);
      expect((await store.search({ agency: '海关总署' })).total).toBe(1);
      // and through the API and the search page
      const srv = await startServer(store, { responseCacheMs: 0 });
      try {
        const api = (await (await fetch(`${srv.url}/api/notices?agency=${encodeURIComponent('海关总署')}`)).json()) as {
          total: number;
          items: { url: string }[];
        };
        expect(api.total).toBe(1);
        expect(api.items.map((i) => i.url)).toEqual(['https://co.test/1']);
        const page = await (await fetch(`${srv.url}/?q=${encodeURIComponent('公告')}&agency=${encodeURIComponent('海关总署')}&lang=zh`)).text();
        expect(page).toContain('商务部 海关总署公告2026年第41号');
        expect(page).not.toContain('财政部公告');
      } finally {
        await srv.close();
      }
    } finally {
      await cleanup();
    }
  });

  it('re-indexes an archive indexed before migration 0010', async () => {
    const { store, url, cleanup } = await freshStore(backend);
    try {
      await seed(store);
      await store.close();
      await backToBefore0010(backend, url);
      const reopened = await openStore(url);
      try {
        expect(await urls(reopened, { q: '公告', agency: '海关总署' })).toEqual(['https://co.test/1']);
        expect(await urls(reopened, { q: '公告', agency: '商务部' })).toEqual(['https://co.test/1', 'https://co.test/2']);
      } finally {
        await reopened.close();
      }
    } finally {
      await cleanup().catch(() => {});
    }
  });
});

/** The statements of migration 0010, as the migrator splits them. */
function migration0010(dialect: 'sqlite' | 'pg'): string[] {
  const f = join(import.meta.dirname, '../../db/migrations', dialect, '0010_coissuer_filter.sql');
  return readFileSync(f, 'utf8')
    .split('--> statement-breakpoint')
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * Makes a migrated archive look as one indexed before 0010 (first-agency filter words),
 * then applies 0010's statements to it. (Deleting 0010's row from the migrations table
 * would not re-run it: the migrator only runs migrations newer than the last one applied.)
 */
async function backToBefore0010(backend: 'sqlite' | 'pg', url: string) {
  if (backend === 'sqlite') {
    const conn = new Database(url);
    try {
      const rows = conn
        .prepare(
          'SELECT n.id, n.title, n.doc_number, n.source_id, n.language, n.agency, n.published_at, v.text FROM notices n JOIN notice_versions v ON v.notice_id = n.id',
        )
        .all() as {
        id: number;
        title: string;
        doc_number: string | null;
        source_id: string;
        language: string;
        agency: string | null;
        published_at: string | null;
        text: string;
      }[];
      const write = ftsWriter(conn);
      conn.exec("INSERT INTO notice_fts(notice_fts) VALUES ('delete-all')");
      for (const r of rows)
        write(
          r.id,
          r.title,
          r.doc_number ?? '',
          r.text,
          facetWords({ sourceId: r.source_id, language: r.language, agency: r.agency, publishedAt: r.published_at, topics: [], hsCodes: [], regions: [] }),
        );
      // 0010 arrives on that archive (run as the migrator would; later migrations are already in place)
      for (const stmt of migration0010('sqlite')) conn.exec(stmt);
    } finally {
      conn.close();
    }
    return;
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`UPDATE notice_search SET tsv = ts_delete(tsv, ARRAY['#a:海关总署'])`);
    await c.query('DROP FUNCTION notice_filter_words(text, text, text, date, jsonb, jsonb, jsonb, jsonb)');
    for (const stmt of migration0010('pg')) await c.query(stmt);
  } finally {
    await c.end();
  }
}
