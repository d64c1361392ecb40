import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadRuns, markInterruptedRuns, ownerAlive, RUN_OWNER } from '../../crawler/run-owner.ts';
import type { Store } from '../../db/types.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** A real process that has exited: its pid, now free. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.on('exit', r));
  return child.pid!;
}

describe('run owners', () => {
  it('tells a dead local process, a live one and one on another host apart', async () => {
    const pid = await deadPid();
    expect(ownerAlive(`${hostname()}:${pid}:abc`)).toBe(false);
    expect(ownerAlive(RUN_OWNER)).toBe(true);
    // alive, but the pid could have been reused: left to the lease
    expect(ownerAlive(`${hostname()}:${process.ppid}:abc`)).toBeNull();
    expect(ownerAlive('elsewhere.example:1:abc')).toBeNull();
    expect(ownerAlive(null)).toBeNull();
  });

  it('interrupts runs of dead owners at once, others only when their heartbeat is older than the lease', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    const at = (minAgo: number) => new Date(now - minAgo * 60_000);
    const runs = [
      { id: 1, sourceId: 's', startedAt: at(60), owner: 'dead', heartbeatAt: at(0) },
      { id: 2, sourceId: 's', startedAt: at(60), owner: 'remote', heartbeatAt: at(1) },
      { id: 3, sourceId: 's', startedAt: at(60), owner: 'remote', heartbeatAt: at(6) },
      { id: 4, sourceId: 's', startedAt: at(60), owner: 'self', heartbeatAt: at(60) },
      { id: 5, sourceId: 's', startedAt: at(2), owner: null, heartbeatAt: null },
      { id: 6, sourceId: 's', startedAt: at(30), owner: null, heartbeatAt: null },
    ];
    const alive = (o: string | null) => (o === 'dead' ? false : o === 'self' ? true : null);
    expect(deadRuns(runs, now, { alive, leaseMs: 5 * 60_000 }).map((r) => r.id)).toEqual([1, 3, 6]);
  });
});

describe.each(BACKENDS)('runs of a killed crawl process (%s)', (backend) => {
  let store: Store;
  let url: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, url, cleanup } = await freshStore(backend));
  });
  afterAll(async () => cleanup?.());

  it('are marked interrupted on the next start; runs of live workers elsewhere stay running', async () => {
    // a real process starts a run as a crawl does, then is killed -9 while it is running
    const script = `
      import { openStore } from './db/index.ts';
      import { RUN_OWNER } from './crawler/run-owner.ts';
      const store = await openStore(process.env.DB);
      const id = await store.startRun('mofcom-zcfb', new Date(), RUN_OWNER);
      process.stdout.write(String(id) + '\\n');
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { ...process.env, DB: url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const killedRun = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d) => resolve(Number(String(d).trim())));
      child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));

    const remoteFresh = await store.startRun('gacc-announcements', new Date(), 'worker-2.example:4242:abc');
    const remoteStale = await store.startRun('gacc-announcements', new Date(Date.now() - 3_600_000), 'worker-3.example:4242:abc');
    const lastBeat = new Date(Date.now() - 3_600_000);
    await store.heartbeatRuns([remoteStale], lastBeat);
    const mine = await store.startRun('ustr', new Date(), RUN_OWNER);
    const finished = await store.startRun('ustr', new Date(), `${hostname()}:${await deadPid()}:x`);
    await store.finishRun(finished, { pages: 1, bytes: 1, newCount: 0, changedCount: 0, unchangedCount: 0, removedCount: 0, errors: {}, status: 'ok' });

    expect((await store.listRuns()).find((r) => r.id === killedRun)?.status).toBe('running');
    expect(await markInterruptedRuns(store)).toBe(2);
    const status = new Map((await store.listRuns()).map((r) => [r.id, r]));
    expect(status.get(killedRun)).toMatchObject({ status: 'interrupted', message: expect.stringMatching(/stopped before it finished/) });
    expect(status.get(killedRun)?.finishedAt).toBeInstanceOf(Date);
    expect(status.get(remoteStale)?.status).toBe('interrupted');
    // it ended at its last heartbeat, not when it was found dead: later runs did not overlap it
    expect(status.get(remoteStale)?.finishedAt?.getTime()).toBe(lastBeat.getTime());
    expect(status.get(remoteFresh)?.status).toBe('running');
    expect(status.get(mine)?.status).toBe('running');
    expect(status.get(finished)?.status).toBe('ok');
    // nothing left to do the second time
    expect(await markInterruptedRuns(store)).toBe(0);
  }, 60_000);
});
