import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../db/index.ts';
import { parseWeek } from '../../newsletter/period.ts';
import { tempDir } from '../helpers/stores.ts';
import { seedWeek } from '../newsletter/helpers.ts';
import { type Receiver, startReceiver, urls } from './receiver.ts';

const WEEK = '2026-W47';
const N = 8;
const KILL_AT = 4;
let child: ChildProcess | undefined;
let rx: Receiver | undefined;
afterAll(async () => {
  child?.kill('SIGKILL');
  await rx?.close();
});

function runChild(db: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'push-child.ts')], {
      env: { ...process.env, CHILD_OPTS: JSON.stringify({ db, week: WEEK, secret: 'kill-test-secret-0123456789' }) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child = proc;
    let out = '';
    proc.stdout?.on('data', (d) => (out += d));
    proc.on('close', (code) => resolve({ code, out }));
  });
}

it('a push run killed -9 mid-send: the rerun sends the rest, no target twice, the in-flight one reported', { timeout: 90_000 }, async () => {
  rx = await startReceiver({ delayMs: 150, onRequest: (n) => n === KILL_AT && child?.kill('SIGKILL') });
  const db = join(tempDir(), 'kill.db');
  const store = await openStore(db);
  await seedWeek(store, parseWeek(WEEK, 'Asia/Shanghai'));
  const targets: number[] = [];
  for (let i = 0; i < N; i++) {
    // products as well as the topic: under the shared rule a topic alone admits only notices that name no goods
    const s = await store.upsertSubscriber({ email: `group${i}@example.cn`, status: 'confirmed', interests: { topics: ['tariffs'], hs: ['84', '85'] } });
    targets.push((await store.addChannelTarget({ subscriberId: s.id, kind: 'wecom', url: `${urls(rx.base).wecom}&t=${i}` })).id);
  }
  await store.close();

  const first = await runChild(db);
  expect(first.code).toBeNull(); // killed
  expect(first.out).not.toContain('STATS');
  const second = await runChild(db);
  expect(second.code).toBe(0);
  const stats = JSON.parse(second.out.split('STATS ')[1]);
  // let the receiver finish the request the killed run left hanging
  await new Promise((r) => setTimeout(r, 300));

  const s2 = await openStore(db);
  const ds = (await s2.listChannelDeliveries({ key: WEEK })).sort((a, b) => a.targetId - b.targetId);
  await s2.close();
  expect(ds.map((d) => d.targetId)).toEqual(targets);
  const byStatus: Record<string, number> = {};
  for (const d of ds) byStatus[d.status] = (byStatus[d.status] ?? 0) + 1;
  expect(byStatus).toEqual({ sent: N - 1, sending: 1 });
  // the in-flight one is the KILL_AT-th target, reported and not re-sent
  expect(ds.find((d) => d.status === 'sending')?.targetId).toBe(targets[KILL_AT - 1]);
  expect(stats.stuck).toBe(1);
  expect(stats.sent).toBe(N - KILL_AT);
  expect(stats.skipped).toBe(KILL_AT);
  // requests: KILL_AT in the first run (the last one unanswered), N - KILL_AT in the rerun: nothing twice
  expect(rx.hits).toHaveLength(N);
  expect(rx.accepted).toHaveLength(N);
  // each target's group got exactly one message
  const perTarget = rx.hits.map((h) => h.query.get('t')).sort();
  expect(perTarget).toEqual(Array.from({ length: N }, (_, i) => String(i)));
});
