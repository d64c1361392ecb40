import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle as sqliteDrizzle } from 'drizzle-orm/better-sqlite3';
import { migrate as sqliteMigrate } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as pgDrizzle } from 'drizzle-orm/node-postgres';
import { migrate as pgMigrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/index.ts';
import { freshPgUrl, tempDir } from '../helpers/stores.ts';

/** A copy of a backend's migrations that stops before 0007, the schema an existing archive has. */
function migrationsBefore0007(dialect: 'sqlite' | 'pg'): string {
  const dir = join(tempDir(), dialect);
  cpSync(join(import.meta.dirname, '../../db/migrations', dialect), dir, { recursive: true });
  const journal = JSON.parse(readFileSync(join(dir, 'meta/_journal.json'), 'utf8'));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx < 7);
  writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  return dir;
}

describe('migration 0007 (pending subscription changes, rate counters) keeps existing data', () => {
  it('on SQLite', async () => {
    const file = join(tempDir(), 'old.db');
    const conn = new Database(file);
    sqliteMigrate(sqliteDrizzle(conn), { migrationsFolder: migrationsBefore0007('sqlite') });
    conn
      .prepare(
        `INSERT INTO subscribers (email, language, interests, send_empty, status, created_at) VALUES ('old@example.com', 'zh', '{"hs":["85"]}', 0, 'confirmed', 1700000000000)`,
      )
      .run();
    conn.prepare(`INSERT INTO digest_deliveries (subscriber_id, period, status) VALUES (1, '2026-W01', 'sent')`).run();
    conn.prepare(`INSERT INTO crawl_runs (source_id, started_at, status) VALUES ('mofcom-zcfb', 1700000000000, 'running')`).run();
    conn.close();

    const store = await openStore(file);
    try {
      const sub = await store.getSubscriberByEmail('old@example.com');
      expect(sub).toMatchObject({ language: 'zh', status: 'confirmed', interests: { hs: ['85'] } });
      expect(await store.listDeliveries({ subscriberId: sub!.id })).toHaveLength(1);
      const c = await store.addSubscriptionChange({
        subscriberId: sub!.id,
        language: 'en',
        interests: { hs: ['01'], regions: [], topics: [], sources: [], keywords: [] },
        sendEmpty: false,
      });
      expect((await store.getSubscriptionChange(c.id))?.interests.hs).toEqual(['01']);
      expect(await store.hitRateCounter('k', 60_000)).toBe(1);
      // a run from before owners were recorded: no owner, no heartbeat, still listed as running
      expect(await store.listRunningRuns()).toEqual([{ id: 1, sourceId: 'mofcom-zcfb', startedAt: new Date(1700000000000), owner: null, heartbeatAt: null }]);
    } finally {
      await store.close();
    }
  });

  it('on PostgreSQL', async () => {
    const url = await freshPgUrl();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await pgMigrate(pgDrizzle(client), { migrationsFolder: migrationsBefore0007('pg') });
    await client.query(
      `INSERT INTO subscribers (email, language, interests, send_empty, status, created_at) VALUES ('old@example.com', 'zh', '{"hs":["85"]}', false, 'confirmed', now())`,
    );
    await client.end();

    const store = await openStore(url);
    try {
      const sub = await store.getSubscriberByEmail('old@example.com');
      expect(sub).toMatchObject({ language: 'zh', status: 'confirmed', interests: { hs: ['85'] } });
      const c = await store.addSubscriptionChange({
        subscriberId: sub!.id,
        language: 'en',
        interests: { hs: ['01'], regions: [], topics: [], sources: [], keywords: [] },
        sendEmpty: true,
      });
      expect(await store.applySubscriptionChange(c.id)).toMatchObject({ language: 'en', sendEmpty: true, interests: { hs: ['01'] } });
      expect(await store.applySubscriptionChange(c.id)).toBeNull();
      expect(await store.hitRateCounter('k', 60_000)).toBe(1);
      expect(await store.hitRateCounter('k', 60_000)).toBe(2);
      expect(await store.hitRateCounter('k', 60_000, new Date(Date.now() + 61_000))).toBe(1);
    } finally {
      await store.close();
    }
  });
});
