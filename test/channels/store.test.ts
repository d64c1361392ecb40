import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/index.ts';
import { BACKENDS, freshPgUrl, freshStore, tempDir } from '../helpers/stores.ts';

/** The migrations folder as it was before 0009 (entries up to 0003). */
function migrationsBefore0009(dialect: 'sqlite' | 'pg'): string {
  const src = join(import.meta.dirname, '../../db/migrations', dialect);
  const dir = join(tempDir('mig-'), dialect);
  mkdirSync(dir, { recursive: true });
  cpSync(src, dir, { recursive: true });
  const j = JSON.parse(readFileSync(join(dir, 'meta/_journal.json'), 'utf8'));
  j.entries = j.entries.filter((e: { idx: number }) => e.idx < 9);
  writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify(j));
  return dir;
}

describe.each(BACKENDS)('channel targets and deliveries (%s)', (backend) => {
  it('stores targets, claims each (target, key) once, resumes after recorded parts, cascades on delete', async () => {
    const { store, cleanup } = await freshStore(backend);
    try {
      const sub = await store.upsertSubscriber({ email: 'ops@example.cn', status: 'confirmed' });
      const t = await store.addChannelTarget({
        subscriberId: sub.id,
        kind: 'dingtalk',
        url: 'https://oapi.dingtalk.com/robot/send?access_token=x',
        secret: 'SECabc',
        schedule: 'instant',
        instantTopics: ['export-control'],
      });
      expect(t).toMatchObject({ kind: 'dingtalk', status: 'active', failures: 0, schedule: 'instant', instantTopics: ['export-control'], secret: 'SECabc' });
      expect((await store.listChannelTargets({ schedule: 'instant' })).map((x) => x.id)).toEqual([t.id]);
      expect(await store.listChannelTargets({ schedule: 'weekly' })).toEqual([]);

      const c1 = await store.claimChannelDelivery(t.id, '2026-W48', { staleAfterMs: 60_000 });
      expect(c1).toMatchObject({ status: 'sending', attempts: 1, partsSent: 0 });
      // claimed and in flight: nobody else gets it
      expect(await store.claimChannelDelivery(t.id, '2026-W48', { staleAfterMs: 60_000 })).toBeNull();
      // another key is separate
      expect(await store.claimChannelDelivery(t.id, 'notice:5')).not.toBeNull();
      await store.progressChannelDelivery(c1!.id, 2, 3);
      await store.completeChannelDelivery(c1!.id, { status: 'failed', error: 'HTTP 503' });
      const c2 = await store.claimChannelDelivery(t.id, '2026-W48');
      expect(c2).toMatchObject({ attempts: 2, partsSent: 2, parts: 3, lastError: 'HTTP 503' });
      await store.completeChannelDelivery(c2!.id, { status: 'sent' });
      expect(await store.claimChannelDelivery(t.id, '2026-W48', { staleAfterMs: 0 })).toBeNull();
      // a stale 'sending' row is reclaimed only when asked (staleAfterMs)
      const c3 = await store.claimChannelDelivery(t.id, 'notice:9');
      expect(await store.claimChannelDelivery(t.id, 'notice:9', { staleAfterMs: 10 * 365 * 86_400_000 })).toBeNull();
      await new Promise((r) => setTimeout(r, 5));
      expect((await store.claimChannelDelivery(t.id, 'notice:9', { staleAfterMs: 1 }))?.id).toBe(c3!.id);

      const paused = await store.updateChannelTarget(t.id, { status: 'paused', pauseReason: 'errcode 310000: sign not match', failures: 3 });
      expect(paused).toMatchObject({ status: 'paused', pauseReason: 'errcode 310000: sign not match', failures: 3 });
      expect(await store.listChannelTargets({ status: 'active' })).toEqual([]);

      await store.deleteSubscriber(sub.id);
      expect(await store.listChannelTargets()).toEqual([]);
      expect(await store.listChannelDeliveries()).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});

describe('migration 0009 keeps existing data', () => {
  it('sqlite: a database at 0003 with a subscriber and a delivery migrates, rows intact', async () => {
    const file = join(tempDir(), 'old.db');
    const raw = new Database(file);
    migrateSqlite(drizzleSqlite(raw), { migrationsFolder: migrationsBefore0009('sqlite') });
    raw
      .prepare(
        `INSERT INTO subscribers (email, language, interests, send_empty, status, created_at) VALUES ('old@example.cn', 'zh', '{"hs":["85"]}', 0, 'confirmed', 1790000000000)`,
      )
      .run();
    raw.prepare(`INSERT INTO digest_deliveries (subscriber_id, period, status, attempts) VALUES (1, '2026-W40', 'sent', 1)`).run();
    raw.close();
    const store = await openStore(file);
    try {
      const sub = await store.getSubscriberByEmail('old@example.cn');
      expect(sub?.interests.hs).toEqual(['85']);
      expect((await store.listDeliveries()).map((d) => [d.period, d.status])).toEqual([['2026-W40', 'sent']]);
      const t = await store.addChannelTarget({ subscriberId: sub!.id, kind: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' });
      expect(t.schedule).toBe('weekly');
    } finally {
      await store.close();
    }
  });
  it('pg: a database at 0003 with a subscriber and a delivery migrates, rows intact', async () => {
    const url = await freshPgUrl();
    const pool = new pg.Pool({ connectionString: url });
    await migratePg(drizzlePg(pool), { migrationsFolder: migrationsBefore0009('pg') });
    await pool.query(
      `INSERT INTO subscribers (email, language, interests, send_empty, status, created_at) VALUES ('old@example.cn', 'zh', '{"hs":["85"]}', false, 'confirmed', now())`,
    );
    await pool.query(`INSERT INTO digest_deliveries (subscriber_id, period, status, attempts) VALUES (1, '2026-W40', 'sent', 1)`);
    await pool.end();
    const store = await openStore(url);
    try {
      const sub = await store.getSubscriberByEmail('old@example.cn');
      expect(sub?.interests.hs).toEqual(['85']);
      expect((await store.listDeliveries()).map((d) => [d.period, d.status])).toEqual([['2026-W40', 'sent']]);
      expect(
        (
          await store.addChannelTarget({
            subscriberId: sub!.id,
            kind: 'feishu',
            url: 'https://open.feishu.cn/open-apis/bot/v2/hook/x',
            instantTopics: ['tariff'],
          })
        ).instantTopics,
      ).toEqual(['tariff']);
    } finally {
      await store.close();
    }
  });
});
