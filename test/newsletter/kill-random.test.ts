import type { ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../db/types.ts';
import { parseWeek } from '../../newsletter/period.ts';
import { seededRandom } from '../helpers/seeded.ts';
import { freshStore } from '../helpers/stores.ts';
import { countsByRecipient, SECRET, type SendChild, seedWeek, spawnSendChild, startSmtp, type TestSmtp } from './helpers.ts';

/**
 * kill -9 of a digest send at three points chosen at random per run: after a
 * random message's data reached the SMTP server, plus a random linger (the
 * server takes 150 ms to accept, so the kill lands before or after acceptance
 * and before or after the delivery is recorded). Then a resumed run. Replay
 * with KILL_SEED=<printed seed>.
 */
const WEEK = '2026-W10';
const N = 14;
let store: Store;
let url: string;
let cleanup: () => Promise<void>;
let smtp: TestSmtp;
let child: ChildProcess | undefined;
const rnd = seededRandom('KILL_SEED');
// per killed run: which of its messages triggers the kill, and how long after
const targets = [rnd.int(1, 4), rnd.int(1, 4), rnd.int(1, 4)];
const lingerMs = targets.map(() => rnd.int(0, 250));
const log = `KILL_SEED=${rnd.seed} message#=${targets.join(',')} linger=${lingerMs.join(',')}`;
/** the killed run under way (index into targets) and the SMTP data count when it started */
let current = -1;
let dataAtStart = 0;
let dataSeen = 0;

function run(): SendChild {
  return spawnSendChild({ db: url, smtp: smtp.url, week: WEEK, secret: SECRET });
}

beforeAll(async () => {
  ({ store, url, cleanup } = await freshStore('sqlite'));
  await seedWeek(store, parseWeek(WEEK, 'Asia/Shanghai'));
  for (let i = 0; i < N; i++) await store.upsertSubscriber({ email: `k${i}@example.com`, interests: {}, status: 'confirmed' });
  smtp = await startSmtp({
    delayMs: 150,
    onData: (n) => {
      dataSeen = n;
      if (current < 0 || n - dataAtStart !== targets[current]) return;
      const victim = child;
      setTimeout(() => victim?.kill('SIGKILL'), lingerMs[current]);
    },
  });
});

afterAll(async () => {
  child?.kill('SIGKILL');
  await smtp?.close();
  await cleanup?.();
});

it('a digest killed at three random points resumes: nobody gets a message twice, the database stays sound', { timeout: 90_000 }, async () => {
  console.log(`digest kill points: ${log}`);
  for (let k = 0; k < 3; k++) {
    current = k;
    dataAtStart = dataSeen;
    const r = run();
    child = r.proc;
    const res = await r.done;
    child = undefined;
    expect(res.signal, `${log}: run ${k + 1} was not killed\n${res.out}`).toBe('SIGKILL');
    await new Promise((r) => setTimeout(r, 300)); // let the SMTP server drop the aborted session
    const c = new Database(url, { readonly: true });
    expect(c.pragma('integrity_check', { simple: true }), log).toBe('ok');
    c.close();
  }
  current = -1;
  const mid = await store.listDeliveries({ period: WEEK });
  // at most one delivery can be in flight per kill
  expect(mid.filter((d) => d.status === 'sending').length, log).toBeLessThanOrEqual(3);

  const last = run();
  const r = await last.done;
  expect(r.code, `${log}\n${r.out}`).toBe(0);
  const deliveries = await store.listDeliveries({ period: WEEK });
  // one delivery row per subscriber for the week, never two
  expect(new Set(deliveries.map((d) => d.subscriberId)).size, log).toBe(deliveries.length);
  expect(deliveries, log).toHaveLength(N);
  const subs = new Map((await store.listSubscribers()).map((s) => [s.id, s.email]));
  const got = countsByRecipient(smtp);
  for (const d of deliveries) {
    const n = got.get(subs.get(d.subscriberId)!) ?? 0;
    // at most once: nobody twice; everyone recorded sent got exactly one
    expect(n, `${log}: ${subs.get(d.subscriberId)} (${d.status})`).toBeLessThanOrEqual(1);
    if (d.status === 'sent') expect(n, `${log}: ${subs.get(d.subscriberId)}`).toBe(1);
    // what is left is only what a kill caught in flight
    expect(['sent', 'sending'], log).toContain(d.status);
  }
  expect(deliveries.filter((d) => d.status === 'sending').length, log).toBeLessThanOrEqual(3);
  expect(deliveries.filter((d) => d.status === 'sent').length, log).toBeGreaterThanOrEqual(N - 3);
  const c = new Database(url, { readonly: true });
  expect(c.pragma('integrity_check', { simple: true }), log).toBe('ok');
  expect(
    (
      c.prepare('SELECT count(*) AS n FROM (SELECT subscriber_id, period FROM digest_deliveries GROUP BY subscriber_id, period HAVING count(*) > 1)').get() as {
        n: number;
      }
    ).n,
  ).toBe(0);
  c.close();
});
