import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/index.ts';
import type { ObservedNotice } from '../../db/types.ts';
import { BACKENDS, freshPgUrl, freshStore, tempDir } from '../helpers/stores.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The migrations folder as it was before 0004 (journal cut after 0003). */
function migrationsBefore0004(dialect: 'sqlite' | 'pg'): string {
  const dir = tempDir('pr-mig-');
  dirs.push(dir);
  const src = new URL(`../../db/migrations/${dialect}/`, import.meta.url).pathname;
  cpSync(src, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx <= 3);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

const observed = (o: Partial<ObservedNotice>): ObservedNotice => ({
  sourceId: 'sz-commerce',
  url: 'https://commerce.sz.gov.cn/a/1.html',
  title: '深圳市商务局关于组织申报外贸专项资金的通知',
  language: 'zh',
  text: '申报时间：2026年11月1日至2026年11月30日。',
  html: '<p>x</p>',
  contentHash: 'h1',
  topics: ['subsidies'],
  hsCodes: [],
  regions: [],
  ...o,
});
const noChange = () => ({ diff: [], summary: '' });

describe('migration 0004 keeps existing notices', () => {
  it('sqlite: a notice stored at 0003 reads back unchanged, with empty facts', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir, 'old.db');
    const conn = new Database(file);
    migrateSqlite(drizzleSqlite(conn), { migrationsFolder: migrationsBefore0004('sqlite') });
    conn
      .prepare(
        `INSERT INTO notices (source_id, url, title, language, first_seen_at, last_seen_at, last_changed_at, topics, hs_codes, regions, content_hash) VALUES ('mofcom', 'https://x.gov.cn/1', '旧通知', 'zh', 1, 2, 3, '["tariffs"]', '["8507"]', '["US"]', 'h')`,
      )
      .run();
    conn.close();
    const store = await openStore(file);
    try {
      const n = await store.getNotice(1);
      expect(n).toMatchObject({ title: '旧通知', topics: ['tariffs'], hsCodes: ['8507'], regions: ['US'], facts: {}, openUntil: null });
    } finally {
      await store.close();
    }
  });

  it('pg: a notice stored at 0003 reads back unchanged, with empty facts', async () => {
    const url = await freshPgUrl();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await migratePg(drizzlePg(c), { migrationsFolder: migrationsBefore0004('pg') });
    await c.query(
      `INSERT INTO notices (source_id, url, title, language, first_seen_at, last_seen_at, last_changed_at, topics, hs_codes, regions, content_hash) VALUES ('mofcom', 'https://x.gov.cn/1', '旧通知', 'zh', now(), now(), now(), '["tariffs"]', '["8507"]', '["US"]', 'h')`,
    );
    const { rows } = await c.query('SELECT id FROM notices');
    await c.end();
    const store = await openStore(url);
    try {
      const n = await store.getNotice(Number(rows[0].id));
      expect(n).toMatchObject({ title: '旧通知', topics: ['tariffs'], hsCodes: ['8507'], regions: ['US'], facts: {}, openUntil: null });
    } finally {
      await store.close();
    }
  });
});

describe.each(BACKENDS)('facts on notices (%s)', (backend) => {
  it('stores facts and the last open day; a version without facts keeps them', async () => {
    const { store, cleanup } = await freshStore(backend);
    try {
      const facts = {
        regionRoles: {},
        local: { province: 'CN-GD', city: 'CN-GD-shenzhen' },
        deadlines: [
          { kind: 'effective' as const, date: '2027-01-01', text: 'effective' },
          { kind: 'application' as const, date: '2026-11-30', from: '2026-11-01', text: '申报时间' },
        ],
        eligibility: { maxExportValueUsd: 10_000_000 },
      };
      const r = await store.saveObservation(observed({ facts }), noChange);
      let n = (await store.getNotice(r.noticeId))!;
      expect(n.facts).toEqual(facts);
      expect(n.openUntil).toBe('2026-11-30');
      await store.saveObservation(observed({ contentHash: 'h2', text: '修改后的文本' }), noChange);
      n = (await store.getNotice(r.noticeId))!;
      expect(n.versionCount).toBe(2);
      expect(n.facts).toEqual(facts);
      const hits = await store.search({ q: '深圳市商务局' });
      expect(hits.hits[0].notice.facts).toEqual(facts);
    } finally {
      await cleanup();
    }
  });
});
