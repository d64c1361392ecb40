/**
 * Crawl work shared by any number of worker processes through a PostgreSQL
 * job queue (pg-boss, schema "pgboss" in the application database).
 *
 * Guarantees and how they are obtained:
 * - one crawl of a source at a time, across all workers: the crawl queue has
 *   pg-boss's "stately" policy keyed by source id (at most one queued and one
 *   active job per source), so per-host politeness inside one crawl holds;
 * - a killed worker's job comes back: jobs expire after `jobTimeoutSeconds`
 *   in the active state and are retried by another worker (`retryLimit`);
 *   a crawl that is still alive aborts itself at 90 % of that time, so an
 *   expired job is never crawled twice at once;
 * - no duplicate notices or versions: the store's saves are idempotent and
 *   backed by unique constraints, so a retried crawl only fills the gaps;
 * - several schedulers may run at once: duplicate enqueues collapse (one
 *   queued job per source, at most one job per source per interval slot, a
 *   source whose crawl is running is not enqueued again). No leader is needed.
 *
 * Sending digests is a job too (`send-digest`), but this module does not know
 * how to send mail (crawler/ does not import newsletter/): the caller passes a
 * handler. Its at-most-once-per-subscriber guarantee comes from the store's
 * claimDelivery, not from the queue, so parts of one digest may run at once.
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Store } from '../db/types.ts';
import { Fetcher } from './fetch/http.ts';
import { type CrawlableSource, type CrawlRunOptions, crawlSource, type ProgressFn, type SourceRunResult } from './run.ts';
import { intervalMs, isDue } from './schedule.ts';

export const CRAWL_QUEUE = 'crawl-source';
export const DIGEST_QUEUE = 'send-digest';
export const QUEUE_SCHEMA = 'pgboss';
/** a crawl (or digest part) running longer than this is considered dead and retried */
export const DEFAULT_JOB_TIMEOUT_SECONDS = 3600;
const RETRY_LIMIT = 3;
/** fraction of the job timeout after which a live crawl stops itself */
const SELF_ABORT_FRACTION = 0.9;

export interface CrawlJobData {
  sourceId: string;
}

/** One part of a period's digest; parts run the same subscriber list and split it through claims. */
export interface DigestJobData {
  period: string;
  part: number;
  parts: number;
}

export interface QueueOptions {
  jobTimeoutSeconds?: number;
  /** PostgreSQL connections of the queue's own pool (default 4) */
  maxConnections?: number;
  onError?: (e: Error) => void;
}

export interface JobQueue {
  readonly boss: PgBoss;
  readonly jobTimeoutSeconds: number;
  readonly retryDelaySeconds: number;
  close(): Promise<void>;
}

/** Expiry checks run a few times per timeout so a dead worker's job comes back soon after it. */
export function maintenanceIntervalFor(jobTimeoutSeconds: number): number {
  return Math.min(120, Math.max(1, Math.round(jobTimeoutSeconds / 4)));
}

/**
 * Connects to the queue in the database at `pgUrl`, creating pg-boss's schema
 * and the two queues when missing (safe when many processes start at once).
 */
export async function createQueue(pgUrl: string, opts: QueueOptions = {}): Promise<JobQueue> {
  const jobTimeoutSeconds = opts.jobTimeoutSeconds ?? DEFAULT_JOB_TIMEOUT_SECONDS;
  if (!Number.isInteger(jobTimeoutSeconds) || jobTimeoutSeconds < 2 || jobTimeoutSeconds >= 24 * 3600) {
    throw new RangeError(`job timeout must be a whole number of seconds from 2 to 86399, got ${jobTimeoutSeconds}`);
  }
  const retryDelaySeconds = Math.min(30, Math.max(1, Math.round(jobTimeoutSeconds / 10)));
  const boss = new PgBoss({
    connectionString: pgUrl,
    schema: QUEUE_SCHEMA,
    max: opts.maxConnections ?? 4,
    application_name: 'policy-radar-queue',
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: maintenanceIntervalFor(jobTimeoutSeconds),
    // completed jobs stay long enough for deterministic digest ids to deduplicate (see enqueueDigest)
    archiveCompletedAfterSeconds: 3 * 86_400,
  });
  // an 'error' event without a listener would crash the process
  boss.on('error', (e) => opts.onError?.(e));
  await boss.start();
  for (const name of [CRAWL_QUEUE, DIGEST_QUEUE]) {
    await boss.createQueue(name, { name, policy: 'stately', retryLimit: RETRY_LIMIT, retryDelay: retryDelaySeconds, expireInSeconds: jobTimeoutSeconds });
  }
  return {
    boss,
    jobTimeoutSeconds,
    retryDelaySeconds,
    close: () => boss.stop({ graceful: true, timeout: 1000, close: true }),
  };
}

function sendOptions(q: JobQueue, key: string): PgBoss.SendOptions {
  return { singletonKey: key, expireInSeconds: q.jobTimeoutSeconds, retryLimit: RETRY_LIMIT, retryDelay: q.retryDelaySeconds };
}

/**
 * Queues a crawl of one source. Returns false when it collapsed into a job
 * already queued (or, with throttleSeconds, already created in this slot).
 */
export async function enqueueCrawl(q: JobQueue, sourceId: string, opts: { throttleSeconds?: number } = {}): Promise<boolean> {
  const id = await q.boss.send(CRAWL_QUEUE, { sourceId } satisfies CrawlJobData, { ...sendOptions(q, sourceId), singletonSeconds: opts.throttleSeconds });
  return id !== null;
}

export { isDue };

/**
 * True while a crawl of the source is in progress somewhere: its latest run
 * has not finished and started less than one job timeout ago (older
 * unfinished runs belong to killed workers).
 */
export async function isRunning(store: Store, sourceId: string, now: Date, jobTimeoutSeconds: number): Promise<boolean> {
  const last = (await store.listRuns({ sourceId, limit: 1 }))[0];
  return !!last && !last.finishedAt && now.getTime() - last.startedAt.getTime() < jobTimeoutSeconds * 1000;
}

/**
 * Queues the given sources unless already running. Skipping running ones
 * matters: pg-boss cannot start a second job of a running key, and such a job
 * at the head of the queue would hold up every other source until it could.
 */
export async function enqueueCrawls(
  store: Store,
  q: JobQueue,
  sourceIds: string[],
  now = new Date(),
  throttle?: (id: string) => number | undefined,
): Promise<string[]> {
  const out: string[] = [];
  for (const id of sourceIds) {
    if (await isRunning(store, id, now, q.jobTimeoutSeconds)) continue;
    if (await enqueueCrawl(q, id, { throttleSeconds: throttle?.(id) })) out.push(id);
  }
  return out;
}

/** Queues every enabled source that is due at `now`; returns the ids actually queued. */
export async function enqueueDueCrawls(store: Store, q: JobQueue, sources: CrawlableSource[], now = new Date()): Promise<string[]> {
  const lastRun = new Map((await store.listSources()).map((s) => [s.id, s.lastRunAt]));
  const due = sources.filter((s) => isDue(s, lastRun.get(s.id), now));
  const interval = new Map(due.map((s) => [s.id, intervalMs(s) / 1000]));
  // at most one job per source per interval slot: two schedulers ticking together cannot both queue it
  return enqueueCrawls(
    store,
    q,
    due.map((s) => s.id),
    now,
    (id) => interval.get(id),
  );
}

/**
 * One scheduling step for PostgreSQL deployments, safe to run in any number
 * of processes at once (see the file comment): queues the crawls that are due.
 * `serve` calls it instead of crawling in-process when workers do the crawling.
 */
export async function scheduleTick(o: { store: Store; queue: JobQueue; sources: CrawlableSource[]; now?: Date }): Promise<{ enqueued: string[] }> {
  return { enqueued: await enqueueDueCrawls(o.store, o.queue, o.sources, o.now ?? new Date()) };
}

/** A stable UUID for a name, so that re-sending the same job is a no-op while the job is kept. */
export function stableJobId(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Queues the digest of a period (e.g. "2026-W47") as `parts` jobs that any
 * workers run in parallel. Job ids are derived from (period, part): enqueuing
 * the same period again within three days (completed jobs are kept that long)
 * adds nothing. Returns how many parts were newly queued.
 */
export async function enqueueDigest(q: JobQueue, period: string, parts = 2): Promise<number> {
  if (!Number.isInteger(parts) || parts < 1 || parts > 64) throw new RangeError(`digest parts must be 1 to 64, got ${parts}`);
  let n = 0;
  for (let part = 0; part < parts; part++) {
    const key = `${period}#${part}`;
    const id = await q.boss.send(DIGEST_QUEUE, { period, part, parts } satisfies DigestJobData, {
      ...sendOptions(q, key),
      id: stableJobId(`${DIGEST_QUEUE}:${key}`),
    });
    if (id) n++;
  }
  return n;
}

/** Jobs not finished yet (queued, waiting for a retry, or running) in the given queues. */
export async function pendingJobs(q: JobQueue, names: string[] = [CRAWL_QUEUE, DIGEST_QUEUE]): Promise<number> {
  const sizes = await Promise.all(names.map((n) => q.boss.getQueueSize(n, { before: 'completed' })));
  return sizes.reduce<number>((a, b) => a + (b ?? 0), 0);
}

export type DigestHandler = (job: DigestJobData, signal: AbortSignal) => Promise<Record<string, unknown> | undefined>;

export type WorkerEvent =
  | { type: 'job-start'; queue: string; jobId: string; key: string; attempt: number }
  | { type: 'job-done'; queue: string; jobId: string; key: string; ms: number; result?: SourceRunResult | Record<string, unknown> }
  | { type: 'job-failed'; queue: string; jobId: string; key: string; ms: number; error: string; willRetry: boolean };

export interface WorkerOptions {
  store: Store;
  queue: JobQueue;
  /** every source this worker may be asked to crawl (looked up by the job's sourceId) */
  sources: CrawlableSource[];
  crawlOptions?: CrawlRunOptions;
  /** jobs handled at once by this process (default 2) */
  concurrency?: number;
  /** stop taking jobs; running crawls stop at their next page and go back to the queue */
  signal?: AbortSignal;
  /** return once no job is queued, waiting for a retry or running anywhere */
  once?: boolean;
  /** wait between polls when the queue is empty (default 1000 ms) */
  pollMs?: number;
  digest?: DigestHandler;
  /** runs after each completed crawl job (the CLI's instant pushes); it reports its own failures, which never fail the job */
  afterCrawl?: (r: SourceRunResult) => Promise<void>;
  onEvent?: (e: WorkerEvent) => void;
  onProgress?: ProgressFn;
}

export interface WorkerSummary {
  crawls: number;
  digests: number;
  failed: number;
  /** jobs handed back to the queue because of shutdown or the time limit */
  returned: number;
  pages: number;
  newCount: number;
  changedCount: number;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

function message(e: unknown): string {
  return String((e as Error)?.message ?? e).slice(0, 500);
}

/**
 * Takes jobs from the queue until `signal` aborts (or, with `once`, until no
 * work is left anywhere). Crawl jobs run `crawlSource` with one Fetcher shared
 * by this process's jobs; digest jobs run the given handler.
 */
export async function runWorker(o: WorkerOptions): Promise<WorkerSummary> {
  const { store, queue: q } = o;
  const boss = q.boss;
  const byId = new Map(o.sources.map((s) => [s.id, s]));
  const fetcher = new Fetcher(o.crawlOptions ?? {});
  const summary: WorkerSummary = { crawls: 0, digests: 0, failed: 0, returned: 0, pages: 0, newCount: 0, changedCount: 0 };
  const stop = o.signal ?? new AbortController().signal;
  const pollMs = o.pollMs ?? 1000;
  const emit = (e: WorkerEvent) => o.onEvent?.(e);
  let finished = false;

  /** Runs `body` with a signal that aborts on shutdown or shortly before the job would expire. */
  const guarded = async <T>(job: PgBoss.JobWithMetadata<unknown>, body: (signal: AbortSignal) => Promise<T>) => {
    const ac = new AbortController();
    let timedOut = false;
    const onStop = () => ac.abort();
    stop.addEventListener('abort', onStop, { once: true });
    const timer = setTimeout(
      () => {
        timedOut = true;
        ac.abort();
      },
      Math.max(1000, job.expireInSeconds * 1000 * SELF_ABORT_FRACTION),
    );
    try {
      const value = await body(ac.signal);
      return { value, interrupted: ac.signal.aborted ? (timedOut ? 'job time limit reached' : 'worker shutting down') : null };
    } finally {
      clearTimeout(timer);
      stop.removeEventListener('abort', onStop);
    }
  };

  const handle = async (name: string, job: PgBoss.JobWithMetadata<unknown>) => {
    const t0 = Date.now();
    const data = job.data as Partial<CrawlJobData & DigestJobData>;
    const key = name === CRAWL_QUEUE ? String(data.sourceId) : `${data.period}#${data.part}`;
    const willRetry = job.retryCount < job.retryLimit;
    emit({ type: 'job-start', queue: name, jobId: job.id, key, attempt: job.retryCount + 1 });
    const fail = async (error: string) => {
      summary.failed++;
      await boss.fail(name, job.id, { message: error });
      emit({ type: 'job-failed', queue: name, jobId: job.id, key, ms: Date.now() - t0, error, willRetry });
    };
    try {
      if (name === CRAWL_QUEUE) {
        const source = byId.get(String(data.sourceId));
        if (!source) return await fail(`unknown source "${data.sourceId}" (not in this worker's configuration)`);
        const { value: r, interrupted } = await guarded(job, (signal) => crawlSource(store, source, { ...o.crawlOptions, fetcher, signal }, o.onProgress));
        summary.pages += r.pages;
        summary.newCount += r.newCount;
        summary.changedCount += r.changedCount;
        if (interrupted) {
          // what was saved stays saved; the retry pages through the rest
          summary.returned++;
          return await fail(`interrupted: ${interrupted}`);
        }
        summary.crawls++;
        // a site that is down is recorded in the run and the source's health; not a job failure
        await boss.complete(name, job.id, { status: r.status, pages: r.pages, new: r.newCount, changed: r.changedCount });
        emit({ type: 'job-done', queue: name, jobId: job.id, key, ms: Date.now() - t0, result: r });
        // the hook logs its own failures; the crawl job is done either way
        if (o.afterCrawl) await o.afterCrawl(r).catch(() => {});
      } else {
        if (!o.digest) return await fail('this worker cannot send digests');
        if (typeof data.period !== 'string') return await fail('digest job without a period');
        const { value, interrupted } = await guarded(job, (signal) => o.digest!(data as DigestJobData, signal));
        if (interrupted) {
          summary.returned++;
          return await fail(`interrupted: ${interrupted}`);
        }
        summary.digests++;
        await boss.complete(name, job.id, value ?? {});
        emit({ type: 'job-done', queue: name, jobId: job.id, key, ms: Date.now() - t0, result: value });
      }
    } catch (e) {
      await fail(message(e)).catch(() => {});
    }
  };

  // digests first: they are rare and time-sensitive
  const names = o.digest ? [DIGEST_QUEUE, CRAWL_QUEUE] : [CRAWL_QUEUE];
  const next = async (): Promise<[string, PgBoss.JobWithMetadata<unknown>] | null> => {
    for (const name of names) {
      const [job] = await boss.fetch<unknown>(name, { batchSize: 1, includeMetadata: true });
      if (job) return [name, job];
    }
    return null;
  };

  const slot = async () => {
    while (!stop.aborted && !finished) {
      let got: [string, PgBoss.JobWithMetadata<unknown>] | null = null;
      try {
        got = await next();
      } catch {
        // database hiccup: wait and try again
      }
      if (got) {
        await handle(...got);
        continue;
      }
      if (o.once && (await pendingJobs(q, names).catch(() => 1)) === 0) {
        finished = true;
        break;
      }
      await sleep(pollMs, stop);
    }
  };

  try {
    await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 2) }, slot));
  } finally {
    await fetcher.close();
  }
  return summary;
}
