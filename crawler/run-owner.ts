import { hostname } from 'node:os';
import type { Store } from '../db/types.ts';

/**
 * Telling a crawl run whose process died (kill -9, OOM, power cut) from one still
 * going, so the next start can mark it `interrupted` instead of leaving it `running`
 * forever. Each run records its owner, `host:pid:start`, and a heartbeat every
 * HEARTBEAT_MS while it runs. A running run is interrupted when
 *  - its owner is a process on this host that no longer exists (seen at once), or
 *  - its heartbeat is older than the lease (LEASE_MS): the only sign there is of a
 *    process on another host, as with several workers on one PostgreSQL database;
 *    a live worker elsewhere keeps its heartbeat fresh and its runs are left alone.
 * Rows from before owners were recorded count from their start time.
 */

export const HEARTBEAT_MS = 15_000;
/** long enough for a stalled event loop or a slow database to miss several heartbeats */
export const LEASE_MS = 5 * 60_000;

const startedAt = Date.now() - Math.round(process.uptime() * 1000);
/** this process, as crawl runs record it */
export const RUN_OWNER = `${hostname()}:${process.pid}:${startedAt.toString(36)}`;

export function parseOwner(owner: string): { host: string; pid: number; started: string } | null {
  const m = /^(.*):(\d+):([0-9a-z]+)$/.exec(owner);
  return m ? { host: m[1], pid: Number(m[2]), started: m[3] } : null;
}

/** true: alive; false: dead; null: cannot tell from here (another host) */
export function ownerAlive(owner: string | null, self = RUN_OWNER, host = hostname()): boolean | null {
  if (!owner) return null;
  if (owner === self) return true;
  const o = parseOwner(owner);
  if (!o || o.host !== host) return null;
  try {
    process.kill(o.pid, 0);
    // a live pid may be a new process that reused the number: the lease still ends its runs
    return null;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? null : false;
  }
}

type RunningRun = Awaited<ReturnType<Store['listRunningRuns']>>[number];

/** The running runs whose owner is gone: pure, over what the store lists. */
export function deadRuns(runs: RunningRun[], now: number, opts: { leaseMs?: number; alive?: (owner: string | null) => boolean | null } = {}): RunningRun[] {
  const lease = opts.leaseMs ?? LEASE_MS;
  const alive = opts.alive ?? ((o) => ownerAlive(o));
  return runs.filter((r) => {
    const verdict = alive(r.owner);
    if (verdict === true) return false;
    if (verdict === false) return true;
    return now - (r.heartbeatAt ?? r.startedAt).getTime() > lease;
  });
}

/** At start-up of crawl, serve and worker: marks the runs of dead processes interrupted; returns how many. */
export async function markInterruptedRuns(store: Store, opts: { now?: Date; leaseMs?: number } = {}): Promise<number> {
  const now = opts.now ?? new Date();
  const dead = deadRuns(await store.listRunningRuns(), now.getTime(), opts);
  if (!dead.length) return 0;
  return store.markRunsInterrupted(
    dead.map((r) => r.id),
    'interrupted: the process running this crawl stopped before it finished',
  );
}

/** Keeps a run's heartbeat fresh until stopped. */
export function startHeartbeat(store: Store, runId: number, everyMs = HEARTBEAT_MS): () => void {
  const t = setInterval(() => {
    store.heartbeatRuns([runId]).catch(() => {
      /* a missed beat only shortens the lease's margin */
    });
  }, everyMs);
  t.unref();
  return () => clearInterval(t);
}
