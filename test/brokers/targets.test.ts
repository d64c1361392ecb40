/**
 * Push targets owned by a broker's client: stored beside subscribers' (exactly
 * one owner), scoped to the broker, and pushed the client's own selection with
 * the broker's name on it, weekly and instantly, at most once, paused after
 * failures. Both backends; a local receiver checks the platforms' formats and
 * signatures. Migration 0013 keeps the targets and deliveries stored before it.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/index.ts';
import type { Broker, BrokerClient, Store } from '../../db/types.ts';
import { hashBrokerToken, newBrokerToken } from '../../newsletter/brokers/token.ts';
import { pushInstant, runWeeklyPushes } from '../../newsletter/channels/deliver.ts';
import { loadWeek } from '../../newsletter/digest.ts';
import { weekContaining } from '../../newsletter/period.ts';
import { fallbackVocabulary } from '../../newsletter/taxonomy.ts';
import { DING_SECRET, HOOK_SECRET, type Receiver, startReceiver, urls } from '../channels/receiver.ts';
import { BACKENDS, freshPgUrl, freshStore, tempDir } from '../helpers/stores.ts';
import { NOTICES, seedBrokerWeek } from './fixtures.ts';

const settings = { secret: 'broker-target-secret-0123456789', publicUrl: 'https://radar.example.org', from: 'radar@radar.example.org' };
const retry = { tries: 2, baseDelayMs: 1, sleep: async () => {} };
const profile = (hs: string[], regions: string[]) => ({ hs, regions, topics: [], sources: [], keywords: [] });

async function twoBrokers(store: Store) {
  const mine = await store.brokers.add({ name: '深圳通关报关行', email: 'desk@sz-broker.example.cn', tokenHash: hashBrokerToken(newBrokerToken()) });
  const theirs = await store.brokers.add({ name: '别家报关行', email: 'x@other.example.cn', tokenHash: hashBrokerToken(newBrokerToken()) });
  await store.brokers.upsertClients(mine.id, [
    { name: '深圳光明灯饰', profile: profile(['9405'], ['EU']), contactEmail: null, sendDirect: false, language: 'zh' },
    { name: 'Ningbo Forest Furniture', profile: profile(['9403'], ['US']), contactEmail: null, sendDirect: false, language: 'en' },
  ]);
  await store.brokers.upsertClients(theirs.id, [
    { name: '别家客户', profile: profile(['0306'], ['JP']), contactEmail: null, sendDirect: false, language: 'zh' },
  ]);
  const byName = async (b: Broker, name: string) => (await store.brokers.getClientByName(b.id, name)) as BrokerClient;
  return {
    mine,
    theirs,
    led: await byName(mine, '深圳光明灯饰'),
    furniture: await byName(mine, 'Ningbo Forest Furniture'),
    other: await byName(theirs, '别家客户'),
  };
}

describe.each(BACKENDS)('broker-owned push targets (%s)', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let rx: Receiver;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
    rx = await startReceiver();
  });
  afterAll(async () => {
    await rx?.close();
    await cleanup?.();
  });

  it('one owner per target, scoped to the broker; a client re-imported keeps its targets, a removed one takes them along', async () => {
    const { mine, theirs, led, other } = await twoBrokers(store);
    const t = await store.addChannelTarget({ brokerClientId: led.id, kind: 'wecom', url: urls(rx.base).wecom, label: '灯饰客户群' });
    expect(t).toMatchObject({ brokerClientId: led.id, subscriberId: null, schedule: 'weekly', status: 'active' });
    const o = await store.addChannelTarget({ brokerClientId: other.id, kind: 'webhook', url: urls(rx.base).webhook, secret: HOOK_SECRET });

    expect((await store.brokers.listTargets(mine.id)).map((x) => x.id)).toEqual([t.id]);
    expect((await store.brokers.listTargets(theirs.id)).map((x) => x.id)).toEqual([o.id]);
    expect((await store.brokers.listTargets(mine.id, { clientId: other.id })).length).toBe(0);
    expect((await store.listChannelTargets({ brokerId: mine.id })).map((x) => x.id)).toEqual([t.id]);
    // another broker's target reads as absent and cannot be changed
    expect(await store.brokers.getTarget(mine.id, o.id)).toBeNull();
    expect(await store.brokers.removeTarget(mine.id, o.id)).toBe(false);
    await store.updateChannelTarget(o.id, { status: 'paused', pauseReason: 'HTTP 404', failures: 3 });
    expect(await store.brokers.resumeTarget(mine.id, o.id)).toBeNull();
    expect((await store.getChannelTarget(o.id))?.status).toBe('paused');
    expect(await store.brokers.resumeTarget(theirs.id, o.id)).toMatchObject({ status: 'active', failures: 0, pauseReason: null });

    // no owner, or two, is refused by the database itself
    const sub = await store.upsertSubscriber({ email: 'both@example.cn', status: 'confirmed' });
    await expect(store.addChannelTarget({ subscriberId: sub.id, brokerClientId: led.id, kind: 'wecom', url: urls(rx.base).wecom } as never)).rejects.toThrow();
    await expect(store.addChannelTarget({ kind: 'wecom', url: urls(rx.base).wecom } as never)).rejects.toThrow();
    expect(await store.listChannelTargets({ subscriberId: sub.id })).toEqual([]);

    await store.brokers.upsertClients(mine.id, [
      { name: '深圳光明灯饰', profile: profile(['9405', '8541'], ['EU']), contactEmail: null, sendDirect: false, language: 'zh' },
    ]);
    expect((await store.brokers.getTarget(mine.id, t.id))?.brokerClientId).toBe(led.id);
    await store.claimChannelDelivery(t.id, '2026-W01');
    expect(await store.brokers.removeClient(mine.id, led.id)).toBe(true);
    expect(await store.getChannelTarget(t.id)).toBeNull();
    expect(await store.listChannelDeliveries({ targetId: t.id })).toEqual([]);
    expect(await store.brokers.removeTarget(theirs.id, o.id)).toBe(true);
    await store.brokers.remove(mine.id);
    await store.brokers.remove(theirs.id);
  });

  it("pushes each client's own selection with the broker's name, weekly and instantly, once; pauses a failing target", async () => {
    const period = weekContaining(new Date(), 'Asia/Shanghai');
    await seedBrokerWeek(store, period);
    const { mine, led, furniture } = await twoBrokers(store);
    const ledGroup = await store.addChannelTarget({ brokerClientId: led.id, kind: 'wecom', url: urls(rx.base).wecom });
    const furnitureBot = await store.addChannelTarget({ brokerClientId: furniture.id, kind: 'dingtalk', url: urls(rx.base).dingtalk, secret: DING_SECRET });
    const week = await loadWeek(store, period, fallbackVocabulary);

    const before = rx.accepted.length;
    const s1 = await runWeeklyPushes({ store, retry, allowLoopbackHttp: true, week, settings });
    expect(s1).toMatchObject({ targets: 2, sent: 2, failed: 0 });
    const got = rx.accepted.slice(before);
    const wecom = got.find((g) => g.platform === 'wecom')!.body.markdown.content as string;
    expect(wecom).toContain('由 深圳通关报关行 为您整理');
    expect(wecom).toContain(NOTICES.euLed);
    // a Shenzhen bureau's notice is for companies there, and this client gave no location
    expect(wecom).not.toContain(NOTICES.szLed);
    expect(wecom).not.toContain(NOTICES.usFurniture);
    expect(wecom).not.toContain(NOTICES.jpSeafood);
    const ding = got.find((g) => g.platform === 'dingtalk')!.body.markdown.text as string;
    expect(ding).toContain('Prepared for you by 深圳通关报关行');
    expect(ding).toContain(NOTICES.usFurniture);
    expect(ding).not.toContain(NOTICES.euLed);
    // no subscriber manage link: the client changes what it follows through its broker
    expect(wecom + ding).not.toContain('/subscriptions/manage');

    // a second run of the same week sends nothing
    const s2 = await runWeeklyPushes({ store, retry, allowLoopbackHttp: true, week, settings });
    expect(s2).toMatchObject({ sent: 0, skipped: 2 });
    expect(rx.accepted.length - before).toBe(2);

    // instant: the LED client's group gets the new LED notices, once per version
    await store.updateChannelTarget(ledGroup.id, { schedule: 'instant' });
    const notices = (await store.search({ limit: 50 })).hits.map((h) => h.notice);
    const i1 = await pushInstant({ store, retry, allowLoopbackHttp: true, notices, settings, vocab: fallbackVocabulary });
    const instant = rx.accepted.slice(before + 2);
    expect(i1.sent).toBeGreaterThan(0);
    expect(instant.every((g) => g.platform === 'wecom')).toBe(true);
    const pushed = instant.map((g) => g.body.markdown.content as string).join('\n');
    expect(pushed).toContain(NOTICES.euLed);
    expect(pushed).not.toContain(NOTICES.usFurniture);
    const i2 = await pushInstant({ store, retry, allowLoopbackHttp: true, notices, settings, vocab: fallbackVocabulary });
    expect(i2.sent).toBe(0);

    // a robot that keeps refusing is paused with its reason, after retries
    const next = weekContaining(new Date(period.to.getTime() + 86_400_000), 'Asia/Shanghai');
    const nextWeek = { ...week, period: next };
    for (let i = 0; i < 3; i++) rx.script('/robot/send', { status: 200, body: { errcode: 310000, errmsg: 'sign not match' } });
    for (const id of ['x', 'y', 'z'])
      await runWeeklyPushes({ store, retry, allowLoopbackHttp: true, week: { ...nextWeek, period: { ...next, id: `${next.id}-${id}` } }, settings });
    const paused = await store.brokers.getTarget(mine.id, furnitureBot.id);
    expect(paused).toMatchObject({ status: 'paused', failures: 3 });
    expect(paused?.pauseReason).toContain('310000');
  });
});

/** The migrations folder as it was before 0013. */
function migrationsBefore0013(dialect: 'sqlite' | 'pg'): string {
  const dir = join(tempDir('mig13-'), dialect);
  mkdirSync(dir, { recursive: true });
  cpSync(join(import.meta.dirname, '../../db/migrations', dialect), dir, { recursive: true });
  const j = JSON.parse(readFileSync(join(dir, 'meta/_journal.json'), 'utf8'));
  j.entries = j.entries.filter((e: { idx: number }) => e.idx < 13);
  writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify(j));
  return dir;
}

const OLD_ROWS = [
  `INSERT INTO subscribers (id, email, language, interests, send_empty, status, created_at) VALUES (7, 'old@example.cn', 'zh', '{"hs":["85"]}', FALSE, 'confirmed', $NOW)`,
  `INSERT INTO channel_targets (id, subscriber_id, kind, url, secret, schedule, instant_topics, status, failures, created_at) VALUES (3, 7, 'dingtalk', 'https://oapi.dingtalk.com/robot/send?access_token=t', 'SECx', 'instant', '["tariffs"]', 'paused', 2, $NOW)`,
  `INSERT INTO channel_deliveries (target_id, key, status, attempts, parts_sent) VALUES (3, '2026-W40', 'sent', 1, 2)`,
];

describe('migration 0013 keeps the push targets and deliveries stored before it', () => {
  const check = async (store: Store) => {
    const t = await store.getChannelTarget(3);
    expect(t).toMatchObject({
      subscriberId: 7,
      brokerClientId: null,
      kind: 'dingtalk',
      secret: 'SECx',
      schedule: 'instant',
      instantTopics: ['tariffs'],
      status: 'paused',
      failures: 2,
    });
    expect((await store.listChannelDeliveries({ targetId: 3 })).map((d) => [d.key, d.status, d.partsSent])).toEqual([['2026-W40', 'sent', 2]]);
    // foreign keys are on again after migrating: deleting the subscriber takes its target along
    await store.deleteSubscriber(7);
    expect(await store.getChannelTarget(3)).toBeNull();
    expect(await store.listChannelDeliveries()).toEqual([]);
  };

  it('sqlite', async () => {
    const file = join(tempDir(), 'at-0012.db');
    const raw = new Database(file);
    raw.pragma('foreign_keys = ON');
    migrateSqlite(drizzleSqlite(raw), { migrationsFolder: migrationsBefore0013('sqlite') });
    for (const q of OLD_ROWS) raw.prepare(q.replaceAll('$NOW', '1790000000000')).run();
    raw.close();
    const store = await openStore(file);
    try {
      await check(store);
    } finally {
      await store.close();
    }
  });

  it('pg', async () => {
    const url = await freshPgUrl();
    const pool = new pg.Pool({ connectionString: url });
    await migratePg(drizzlePg(pool), { migrationsFolder: migrationsBefore0013('pg') });
    for (const q of OLD_ROWS) await pool.query(q.replaceAll('$NOW', 'now()'));
    await pool.end();
    const store = await openStore(url);
    try {
      await check(store);
    } finally {
      await store.close();
    }
  });
});
