import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Broker, Store } from '../../db/types.ts';
import { parseWeek } from '../../newsletter/period.ts';
import { freshStore, tempDir } from '../helpers/stores.ts';
import { countsByRecipient, SECRET, spawnChild, startSmtp, type TestSmtp } from '../newsletter/helpers.ts';
import { seedBrokerWeek } from './fixtures.ts';

/** kill -9 of a broker's send-direct run mid-send: the rerun sends the rest, no client twice (the mail's guarantees). */
const WEEK = '2026-W48';
const N = 8;
const KILL_AT = 4;
let store: Store;
let url: string;
let cleanup: () => Promise<void>;
let smtp: TestSmtp;
let broker: Broker;
let child: ChildProcess | undefined;
const out = tempDir();

function run() {
  const c = spawnChild(join(import.meta.dirname, 'send-child.ts'), { db: url, smtp: smtp.url, week: WEEK, secret: SECRET, brokerId: broker.id, outDir: out });
  child = c.proc;
  return c.done;
}

beforeAll(async () => {
  ({ store, url, cleanup } = await freshStore('sqlite'));
  await seedBrokerWeek(store, parseWeek(WEEK, 'Asia/Shanghai'));
  broker = await store.brokers.add({ name: '杀不死报关行', email: 'desk@kill.example.cn', tokenHash: 'd'.repeat(64) });
  await store.brokers.upsertClients(
    broker.id,
    Array.from({ length: N }, (_, i) => ({
      name: `灯饰客户${i}`,
      profile: { hs: ['9405'], regions: ['EU'], topics: [], sources: [], keywords: [] },
      contactEmail: `c${i}@example.cn`,
      sendDirect: true,
      language: 'zh' as const,
    })),
  );
  // slow acceptance; the sender dies the moment the KILL_AT-th message's data arrives
  smtp = await startSmtp({ delayMs: 150, onData: (n) => n === KILL_AT && child?.kill('SIGKILL') });
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await smtp?.close();
  await cleanup?.();
});

it('a run killed mid-send resumes: the rest are sent, nobody twice, the in-flight one left for the operator', { timeout: 60_000 }, async () => {
  const r1 = await run();
  expect(r1.signal, r1.out).toBe('SIGKILL');
  await new Promise((r) => setTimeout(r, 300));
  expect(smtp.messages).toHaveLength(KILL_AT - 1);
  const d1 = await store.brokers.listDeliveries(broker.id, { period: WEEK });
  expect(d1.filter((d) => d.status === 'sent')).toHaveLength(KILL_AT - 1);
  expect(d1.filter((d) => d.status === 'sending')).toHaveLength(1);

  const r2 = await run();
  expect(r2.code, r2.out).toBe(0);
  const stats = JSON.parse(/STATS (.*)/.exec(r2.out)![1]);
  expect(stats).toMatchObject({ sent: N - KILL_AT, alreadyHandled: KILL_AT, failed: 0 });
  expect(smtp.messages).toHaveLength(N - 1);
  expect([...countsByRecipient(smtp).values()].every((c) => c === 1)).toBe(true);
  // a third run sends nothing more
  const r3 = await run();
  expect(r3.code, r3.out).toBe(0);
  expect(smtp.messages).toHaveLength(N - 1);
});
