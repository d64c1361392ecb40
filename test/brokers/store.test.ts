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
import type { BrokerClientInput, Interests } from '../../db/types.ts';
import { BACKENDS, freshPgUrl, freshStore, tempDir } from '../helpers/stores.ts';

const profile = (p: Partial<Interests>): Interests => ({ hs: [], regions: [], topics: [], sources: [], keywords: [], location: null, ...p });
const client = (name: string, p: Partial<Interests>, extra: Partial<BrokerClientInput> = {}): BrokerClientInput => ({
  name,
  profile: profile(p),
  contactEmail: null,
  sendDirect: false,
  language: 'zh',
  ...extra,
});

describe.each(BACKENDS)('broker accounts (%s)', (backend) => {
  it('keeps brokers and clients, updates clients by name, and scopes every client query to its broker', async () => {
    const { store, cleanup } = await freshStore(backend);
    try {
      const a = await store.brokers.add({ name: '深圳通关报关行', email: 'desk@sz-broker.example.cn', tokenHash: 'a'.repeat(64) });
      const b = await store.brokers.add({ name: 'Ningbo Customs Services', email: 'ops@nb.example.com', language: 'en', tokenHash: 'b'.repeat(64) });
      await expect(store.brokers.add({ name: '深圳通关报关行', email: 'x@example.cn', tokenHash: 'c'.repeat(64) })).rejects.toThrow(/exists already/);
      expect((await store.brokers.getByTokenHash('b'.repeat(64)))?.name).toBe('Ningbo Customs Services');
      expect(await store.brokers.getByTokenHash('d'.repeat(64))).toBeNull();

      expect(
        await store.brokers.upsertClients(a.id, [
          client('深圳光明灯饰', { hs: ['9405'], regions: ['EU'], location: { province: 'CN-GD', city: 'CN-GD-shenzhen' } }),
          client('青岛海鲜', { hs: ['03'], regions: ['JP', 'KR'] }, { contactEmail: 'sales@qd-sea.example.cn', sendDirect: true }),
        ]),
      ).toEqual({ added: 2, updated: 0 });
      // re-import: one updated by name, one added, no duplicates
      expect(await store.brokers.upsertClients(a.id, [client('青岛海鲜', { hs: ['0306'], regions: ['JP'] }), client('宁波家具', { hs: ['9403'] })])).toEqual({
        added: 1,
        updated: 1,
      });
      // the same name at another broker is another client
      expect(await store.brokers.upsertClients(b.id, [client('青岛海鲜', { hs: ['0307'] })])).toEqual({ added: 1, updated: 0 });

      const mine = await store.brokers.listClients(a.id);
      expect(mine.map((c) => c.name).sort()).toEqual(['宁波家具', '深圳光明灯饰', '青岛海鲜'].sort());
      const sea = mine.find((c) => c.name === '青岛海鲜')!;
      expect(sea.profile.hs).toEqual(['0306']);
      expect(sea.sendDirect).toBe(false);
      expect(mine.find((c) => c.name === '深圳光明灯饰')!.profile.location).toEqual({ province: 'CN-GD', city: 'CN-GD-shenzhen' });
      expect((await store.brokers.list()).map((x) => [x.name, x.clients])).toEqual([
        ['深圳通关报关行', 3],
        ['Ningbo Customs Services', 1],
      ]);

      // scoping: B cannot read, remove or claim A's clients
      const theirs = await store.brokers.listClients(b.id);
      expect(theirs.map((c) => c.name)).toEqual(['青岛海鲜']);
      expect(await store.brokers.getClient(b.id, sea.id)).toBeNull();
      expect(await store.brokers.getClient(a.id, sea.id)).not.toBeNull();
      expect(await store.brokers.removeClient(b.id, sea.id)).toBe(false);
      expect(await store.brokers.claimDelivery(b.id, sea.id, '2026-W48')).toBeNull();

      // at most once per (client, period)
      const c1 = await store.brokers.claimDelivery(a.id, sea.id, '2026-W48');
      expect(c1).toMatchObject({ status: 'sending', attempts: 1 });
      expect(await store.brokers.claimDelivery(a.id, sea.id, '2026-W48')).toBeNull();
      // B completing A's delivery changes nothing
      await store.brokers.completeDelivery(b.id, c1!.id, { status: 'failed', error: 'x' });
      expect(await store.brokers.listDeliveries(b.id)).toEqual([]);
      expect((await store.brokers.listDeliveries(a.id))[0].status).toBe('sending');
      await store.brokers.completeDelivery(a.id, c1!.id, { status: 'sent', messageId: '<m@x>' });
      expect(await store.brokers.claimDelivery(a.id, sea.id, '2026-W48', { staleAfterMs: 0 })).toBeNull();
      expect(await store.brokers.claimDelivery(a.id, sea.id, '2026-W49')).not.toBeNull();
      expect((await store.brokers.listDeliveries(a.id, { period: '2026-W48' })).map((d) => [d.status, d.messageId])).toEqual([['sent', '<m@x>']]);

      expect(await store.brokers.removeClient(a.id, sea.id)).toBe(true);
      expect(await store.brokers.listDeliveries(a.id)).toEqual([]);
      expect(await store.brokers.remove(a.id)).toBe(true);
      expect(await store.brokers.listClients(a.id)).toEqual([]);
      expect((await store.brokers.listClients(b.id)).length).toBe(1);
    } finally {
      await cleanup();
    }
  });

  it('writes an import in one transaction: a failing row leaves the earlier ones unwritten', async () => {
    const { store, cleanup } = await freshStore(backend);
    try {
      const a = await store.brokers.add({ name: 'A', email: 'a@example.cn', tokenHash: 'e'.repeat(64) });
      const bad = { ...client('B', {}), name: null as unknown as string };
      await expect(store.brokers.upsertClients(a.id, [client('A1', { hs: ['85'] }), bad])).rejects.toThrow();
      expect(await store.brokers.listClients(a.id)).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});

/** The migrations folder without 0011. */
function migrationsBefore0011(dialect: 'sqlite' | 'pg'): string {
  const dir = join(tempDir('mig-'), dialect);
  mkdirSync(dir, { recursive: true });
  cpSync(join(import.meta.dirname, '../../db/migrations', dialect), dir, { recursive: true });
  const j = JSON.parse(readFileSync(join(dir, 'meta/_journal.json'), 'utf8'));
  j.entries = j.entries.filter((e: { idx: number }) => e.idx < 11);
  writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify(j));
  return dir;
}

describe('migration 0011 keeps existing data', () => {
  it('sqlite: subscribers and deliveries from before it are intact, brokers work', async () => {
    const file = join(tempDir(), 'old.db');
    const raw = new Database(file);
    migrateSqlite(drizzleSqlite(raw), { migrationsFolder: migrationsBefore0011('sqlite') });
    raw
      .prepare(
        `INSERT INTO subscribers (email, language, interests, send_empty, status, created_at) VALUES ('old@example.cn', 'zh', '{"hs":["85"]}', 0, 'confirmed', 1790000000000)`,
      )
      .run();
    raw.prepare(`INSERT INTO digest_deliveries (subscriber_id, period, status, attempts) VALUES (1, '2026-W40', 'sent', 1)`).run();
    raw.close();
    const store = await openStore(file);
    try {
      expect((await store.getSubscriberByEmail('old@example.cn'))?.interests.hs).toEqual(['85']);
      expect((await store.listDeliveries()).map((d) => d.period)).toEqual(['2026-W40']);
      const b = await store.brokers.add({ name: 'X', email: 'x@example.cn', tokenHash: 'f'.repeat(64) });
      expect((await store.brokers.upsertClients(b.id, [client('c', { hs: ['94'] })])).added).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('pg: subscribers and deliveries from before it are intact, brokers work', async () => {
    const url = await freshPgUrl();
    const pool = new pg.Pool({ connectionString: url });
    await migratePg(drizzlePg(pool), { migrationsFolder: migrationsBefore0011('pg') });
    await pool.query(
      `INSERT INTO subscribers (email, language, interests, send_empty, status, created_at) VALUES ('old@example.cn', 'zh', '{"hs":["85"]}', false, 'confirmed', now())`,
    );
    await pool.query(`INSERT INTO digest_deliveries (subscriber_id, period, status, attempts) VALUES (1, '2026-W40', 'sent', 1)`);
    await pool.end();
    const store = await openStore(url);
    try {
      expect((await store.getSubscriberByEmail('old@example.cn'))?.interests.hs).toEqual(['85']);
      expect((await store.listDeliveries()).map((d) => d.period)).toEqual(['2026-W40']);
      const b = await store.brokers.add({ name: 'X', email: 'x@example.cn', tokenHash: 'f'.repeat(64) });
      expect((await store.brokers.upsertClients(b.id, [client('c', { hs: ['94'] })])).added).toBe(1);
    } finally {
      await store.close();
    }
  });
});
