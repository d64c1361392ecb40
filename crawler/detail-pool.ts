/**
 * Detail jobs (crawler/detail-job.ts) on the machine's other cores: one
 * process fetches and stores on its main thread while worker threads parse,
 * sanitise, hash and classify. One pool per process, shared by all crawls,
 * started on first use; idle workers exit after a while and never keep the
 * process alive. A worker that cannot start or dies sends its jobs back to
 * the main thread (inline), so a crawl never depends on the pool.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type DetailJob, type DetailOutcome, runDetailJob } from './detail-job.ts';
import { fromWireError, type WireError } from './thread-error.ts';
import { threadEntry } from './threads.ts';

/** Worker threads by default: the cores left over by the main thread, at most 2. */
export function defaultDetailThreads(): number {
  return Math.max(0, Math.min(2, availableParallelism() - 1));
}

const IDLE_MS = 10_000;

interface Pending {
  resolve: (o: DetailOutcome) => void;
  reject: (e: Error) => void;
  job: DetailJob;
}

class Slot {
  readonly worker: Worker;
  readonly pending = new Map<number, Pending>();
  ready = false;
  dead = false;
  private idle: NodeJS.Timeout | null = null;

  constructor(
    private readonly onDeath: (s: Slot) => void,
    private readonly onDone: () => void,
  ) {
    const entry = threadEntry('detail');
    this.worker = new Worker(entry.url, entry.options);
    this.worker.unref();
    this.worker.on('message', (m: { ready?: true; id?: number; ok?: DetailOutcome; error?: WireError }) => {
      if (m.ready) {
        this.ready = true;
        return;
      }
      const p = this.pending.get(m.id!);
      if (!p) return;
      this.pending.delete(m.id!);
      this.settled();
      this.onDone();
      if (m.ok) p.resolve(m.ok);
      else p.reject(fromWireError(m.error));
    });
    const die = () => {
      if (this.dead) return;
      this.dead = true;
      if (this.idle) clearTimeout(this.idle);
      this.onDeath(this);
    };
    this.worker.on('error', die);
    this.worker.on('exit', die);
  }

  send(id: number, p: Pending) {
    if (this.idle) {
      clearTimeout(this.idle);
      this.idle = null;
    }
    if (this.pending.size === 0) this.worker.ref(); // a job in flight keeps the process alive
    this.pending.set(id, p);
    this.worker.postMessage({ id, job: p.job });
  }

  /** no job yet: it exits after the idle time unless one comes */
  idleSoon() {
    this.settled();
  }

  private settled() {
    if (this.pending.size) return;
    this.worker.unref();
    this.idle = setTimeout(() => void this.worker.terminate(), IDLE_MS);
    this.idle.unref();
  }
}

export class DetailPool {
  private slots: Slot[] = [];
  private nextId = 1;
  /** workers that died without being asked to: stop using threads after a few */
  private failures = 0;
  /** jobs finished by a worker thread, and run on the calling thread */
  readonly counts = { worker: 0, inline: 0 };

  constructor(readonly threads: number) {}

  /** Runs the job on the least busy worker (inline when threads is 0 or workers keep failing). */
  run(job: DetailJob): Promise<DetailOutcome> {
    if (this.threads <= 0 || this.failures >= 3) return this.inline(job);
    let slot = this.slots.filter((s) => !s.dead).sort((a, b) => a.pending.size - b.pending.size)[0];
    if (!slot || (slot.pending.size > 0 && this.slots.length < this.threads)) slot = this.start();
    return new Promise((resolve, reject) => slot.send(this.nextId++, { resolve, reject, job }));
  }

  /** Starts a worker now if none is running, so that it is ready by the first job (a crawl's first list page). */
  warm(): void {
    if (this.threads > 0 && this.failures < 3 && !this.slots.some((s) => !s.dead)) this.start().idleSoon();
  }

  private start(): Slot {
    const slot = new Slot(
      (s) => this.died(s),
      () => this.counts.worker++,
    );
    this.slots.push(slot);
    return slot;
  }

  private inline(job: DetailJob): Promise<DetailOutcome> {
    this.counts.inline++;
    return runDetailJob(job);
  }

  private died(s: Slot) {
    this.slots = this.slots.filter((x) => x !== s);
    // terminated while idle is the normal end; anything else is a failure
    if (s.pending.size || !s.ready) this.failures++;
    // its jobs run here instead: a crawl never depends on the workers
    for (const p of s.pending.values()) this.inline(p.job).then(p.resolve, p.reject);
    s.pending.clear();
  }

  /** Stops the workers (jobs in flight finish inline). */
  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

let shared: DetailPool | undefined;

/** The process's pool, sized by defaultDetailThreads() unless POLICY_RADAR_DETAIL_THREADS says otherwise. */
export function sharedDetailPool(): DetailPool {
  if (!shared) {
    const env = Number(process.env.POLICY_RADAR_DETAIL_THREADS);
    shared = new DetailPool(Number.isInteger(env) && env >= 0 ? env : defaultDetailThreads());
  }
  return shared;
}
