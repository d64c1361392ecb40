import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../db/types.ts';
import { parseWeek } from '../../newsletter/period.ts';
import { freshStore } from '../helpers/stores.ts';
import { countsByRecipient, SECRET, type SendChild, seedWeek, spawnSendChild, startSmtp, type TestSmtp } from './helpers.ts';

const WEEK = '2026-W10';
const N = 12;
const KILL_AT = 5;
let store: Store;
let url: string;
let cleanup: () => Promise<void>;
let smtp: TestSmtp;
let child: ChildProcess | undefined;

function run(opts: { staleAfterMs?: number } = {}): SendChild {
  return spawnSendChild({ db: url, smtp: smtp.url, week: WEEK, secret: SECRET, ...opts });
}

beforeAll(async () => {
  ({ store, url, cleanup } = await freshStore('sqlite'));
  await seedWeek(store, parseWeek(WEEK, 'Asia/Shanghai'));
  for (let i = 0; i < N; i++) await store.upsertSubscriber({ email: `s${i}@example.com`, interests: {}, status: 'confirmed' });
  // slow acceptance; the test kills the sender the moment the KILL_AT-th message's data arrives,
  // so that message is in flight (not yet accepted) and all earlier ones are recorded as sent
  smtp = await startSmtp({ delayMs: 150, onData: (n) => n === KILL_AT && child?.kill('SIGKILL') });
});

afterAll(async () => {
  child?.kill('SIGKILL');
  await smtp?.close();
  await cleanup?.();
});

it('a run killed half-way resumes: the rest are sent, nobody twice; the in-flight one only when reclaiming', { timeout: 60_000 }, async () => {
  const first = run();
  child = first.proc;
  const r1 = await first.done;
  expect(r1.signal).toBe('SIGKILL');
  child = undefined;
  await new Promise((r) => setTimeout(r, 300)); // let the server drop the aborted transaction
  expect(smtp.messages).toHaveLength(KILL_AT - 1);
  let deliveries = await store.listDeliveries({ period: WEEK });
  expect(deliveries.filter((d) => d.status === 'sent')).toHaveLength(KILL_AT - 1);
  expect(deliveries.filter((d) => d.status === 'sending')).toHaveLength(1);

  // default (at-most-once): the delivery left 'sending' is not retried, everyone else is sent
  const second = run();
  const r2 = await second.done;
  expect(r2.code, r2.out).toBe(0);
  const stats2 = JSON.parse(/STATS (.*)/.exec(r2.out)![1]);
  expect(stats2).toMatchObject({ sent: N - KILL_AT, alreadyHandled: KILL_AT, stuck: 1, failed: 0 });
  expect(smtp.messages).toHaveLength(N - 1);
  expect([...countsByRecipient(smtp).values()].every((c) => c === 1)).toBe(true);

  // opting in to reclaim stale 'sending' rows delivers the last one
  const third = run({ staleAfterMs: 0 });
  const r3 = await third.done;
  expect(r3.code, r3.out).toBe(0);
  const counts = countsByRecipient(smtp);
  expect(counts.size).toBe(N);
  expect([...counts.values()].every((c) => c === 1)).toBe(true);
  deliveries = await store.listDeliveries({ period: WEEK });
  expect(deliveries.filter((d) => d.status === 'sent')).toHaveLength(N);
  expect(deliveries.every((d) => d.attempts <= 2)).toBe(true);
});
