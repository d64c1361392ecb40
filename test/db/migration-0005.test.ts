/**
 * Migration 0005 (degraded flag, run outcomes) on an archive made at the
 * schema before it: rows survive, old runs get the outcome their status
 * implies, and new saves carry the flag. Both backends.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { changeFn } from '../../crawler/run.ts';
import { openStore } from '../../db/index.ts';
import { type Backend, BACKENDS, freshPgUrl, tempDir } from '../helpers/stores.ts';

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), '../../db/migrations');

/** A copy of a backend's migrations without 0005 and later. */
function migrationsBefore0005(backend: Backend): string {
  const dir = join(tempDir('pr-mig-'), backend);
  cpSync(join(MIGRATIONS, backend), dir, { recursive: true });
  const journal = join(dir, 'meta/_journal.json');
  const j = JSON.parse(readFileSync(journal, 'utf8'));
  j.entries = j.entries.filter((e: { idx: number }) => e.idx < 5);
  writeFileSync(journal, JSON.stringify(j));
  return dir;
}

const NOW = 1_717_000_000_000;
// rows as the previous schema had them: a source, a notice with its version, a clean and a blocked run
const SEED = [
  `INSERT INTO sources (id, name, base_url) VALUES ('s1', 'Source', 'https://x.gov.cn')`,
  `INSERT INTO notices (source_id, url, title, language, first_seen_at, last_seen_at, last_changed_at, content_hash) VALUES ('s1', 'https://x.gov.cn/a.html', '关于出口退税的公告', 'zh', {t}, {t}, {t}, 'h1')`,
  `INSERT INTO notice_versions (notice_id, version, fetched_at, content_hash, title, text, html) VALUES (1, 1, {t}, 'h1', '关于出口退税的公告', '正文', '<p>正文</p>')`,
  `INSERT INTO crawl_runs (source_id, started_at, finished_at, status, message) VALUES ('s1', {t}, {t}, 'ok', NULL)`,
  `INSERT INTO crawl_runs (source_id, started_at, finished_at, status, message) VALUES ('s1', {t}, {t}, 'blocked', 'blocked: anti-bot answer 412')`,
];

async function seedOld(backend: Backend): Promise<string> {
  const folder = migrationsBefore0005(backend);
  if (backend === 'sqlite') {
    const file = join(tempDir(), 'old.db');
    const conn = new Database(file);
    migrateSqlite(drizzleSqlite(conn), { migrationsFolder: folder });
    for (const q of SEED) conn.exec(q.replaceAll('{t}', String(NOW)));
    conn.close();
    return file;
  }
  const url = await freshPgUrl();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await migratePg(drizzlePg(client), { migrationsFolder: folder });
  for (const q of SEED) await client.query(q.replaceAll('{t}', `to_timestamp(${NOW / 1000})`));
  await client.end();
  return url;
}

describe.each(BACKENDS)('migration 0005 on %s', (backend) => {
  it('keeps every row, backfills run outcomes, and stores the degraded flag from then on', async () => {
    const url = await seedOld(backend);
    const store = await openStore(url);
    try {
      const n = await store.getNoticeByUrl('https://x.gov.cn/a.html');
      expect(n?.title).toBe('关于出口退税的公告');
      expect(n?.degraded).toBeUndefined();
      expect((await store.getVersion(n!.id, 1))?.text).toBe('正文');
      const runs = await store.listRuns({ sourceId: 's1' });
      expect(runs.map((r) => [r.status, r.outcome, r.reason])).toEqual([
        ['blocked', 'blocked', 'blocked: anti-bot answer 412'],
        ['ok', 'ok', null],
      ]);
      // a degraded observation flags the notice; a clean one clears it again
      const obs = {
        sourceId: 's1',
        url: 'https://x.gov.cn/a.html',
        title: '关于出口退税的公告',
        language: 'zh',
        text: '正文',
        html: '<p>正文</p>',
        contentHash: 'h1',
      };
      await store.saveObservation({ ...obs, degraded: true }, changeFn);
      expect((await store.getNoticeByUrl(obs.url))?.degraded).toBe(true);
      await store.saveObservation({ ...obs, contentHash: 'h2', text: '正文二' }, changeFn);
      expect((await store.getNoticeByUrl(obs.url))?.degraded).toBeUndefined();
      await store.saveObservation({ ...obs, url: 'https://x.gov.cn/b.html', contentHash: 'h3', degraded: true }, changeFn);
      expect((await store.getNoticeByUrl('https://x.gov.cn/b.html'))?.degraded).toBe(true);
      // a finished run records its outcome and reason
      const id = await store.startRun('s1');
      await store.finishRun(id, {
        pages: 1,
        bytes: 1,
        newCount: 0,
        changedCount: 0,
        unchangedCount: 0,
        removedCount: 0,
        errors: {},
        status: 'ok',
        outcome: 'degraded',
        reason: 'used structure detection',
      });
      expect((await store.listRuns({ sourceId: 's1', limit: 1 }))[0]).toMatchObject({ outcome: 'degraded', reason: 'used structure detection' });
    } finally {
      await store.close();
    }
  });
});
