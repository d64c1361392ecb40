/**
 * Several `policy-radar worker` processes sharing one PostgreSQL (embedded):
 * - three workers crawl the replica sites together and the archive equals the
 *   one a single process produces (same notices, versions, content hashes),
 *   week 1 and then week 2 (new, edited, removed notices);
 * - one worker is killed with SIGKILL in the middle of a crawl; the job comes
 *   back after its timeout and the others finish it;
 * - a worker sent SIGTERM hands its running crawl back.
 * Kills and job timeouts make this file timing-sensitive (it runs in the
 * serial group, vitest.config.ts); what does not depend on timing is in
 * ./worker-once.test.ts.
 * GACC is left out of the multi-worker runs: it needs Chromium, which would
 * make this file several times slower without testing anything about scale.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlOptionsFrom } from '../../cli/commands/crawl.ts';
import { parseConfig } from '../../cli/config.ts';
import { createQueue, enqueueCrawls, pendingJobs } from '../../crawler/queue.ts';
import { loadSources, selectSources } from '../../crawler/registry.ts';
import { crawlSources } from '../../crawler/run.ts';
import { openStore } from '../../db/index.ts';
import type { Store } from '../../db/types.ts';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { freshPgUrl } from '../helpers/stores.ts';
import { replicaOverrides, replicaSites } from '../replicas/index.ts';
import { snapshot, startWorker, type WorkerProc } from './helpers.ts';

const SITES = replicaSites.filter((s) => s.id !== 'gacc-announcements');
const IDS = SITES.map((s) => s.id);
/** crawled slowly (delay fault) so that a worker can be killed in the middle of it */
const SLOW = 'mofcom-zcfb';
const JOB_TIMEOUT = 8;

let dir: string;
let replicas: Replicas;
let configPath: string;
let config: ReturnType<typeof parseConfig>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pr-scale-'));
  replicas = await startReplicas(SITES, { state: 'week1' });
  const raw = {
    crawler: { timeoutMs: 10_000, retries: 1 },
    sourceOverrides: { ...replicaOverrides(replicas, { delayMs: 0 }), 'gacc-announcements': { enabled: false } },
  };
  configPath = join(dir, 'config.json');
  writeFileSync(configPath, JSON.stringify(raw));
  config = parseConfig(raw);
});

afterAll(async () => {
  await replicas?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function workerArgs(db: string, extra: string[] = []): string[] {
  return ['--db', db, '--config', configPath, 'worker', '--once', '--no-schedule', '--job-timeout', String(JOB_TIMEOUT), '--poll', '250', ...extra];
}

/** Runs overlapping pairs of crawl runs of one source, which must never happen. */
async function overlappingRuns(store: Store): Promise<string[]> {
  const out: string[] = [];
  for (const id of IDS) {
    const runs = (await store.listRuns({ sourceId: id, limit: 100 })).filter((r) => r.finishedAt).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    for (let i = 1; i < runs.length; i++)
      if (runs[i].startedAt < runs[i - 1].finishedAt!) out.push(`${id}: run ${runs[i].id} started before run ${runs[i - 1].id} finished`);
  }
  return out;
}

describe('three workers crawl like one process', () => {
  let baselineUrl: string;
  let baseline: Store;
  let workersUrl: string;
  let store: Store;

  beforeAll(async () => {
    baselineUrl = await freshPgUrl();
    workersUrl = await freshPgUrl();
    baseline = await openStore(baselineUrl);
    store = await openStore(workersUrl);
  });
  afterAll(async () => {
    await baseline?.close();
    await store?.close();
  });

  async function crawlBaseline() {
    const sources = selectSources(loadSources({ config }), IDS);
    const s = await crawlSources(baseline, sources, crawlOptionsFrom(config));
    expect(s.totals.errors).toBe(0);
  }

  async function enqueueAll() {
    const q = await createQueue(workersUrl, { jobTimeoutSeconds: JOB_TIMEOUT });
    try {
      expect(await enqueueCrawls(store, q, IDS)).toEqual(IDS);
    } finally {
      await q.close();
    }
  }

  it('week 1, with one worker killed (SIGKILL) mid-crawl: same archive as one process', async () => {
    await crawlBaseline();
    const expected = await snapshot(baseline);
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(40);

    await enqueueAll();
    replicas.fault(SLOW, '/*', { kind: 'delay', ms: 400 });
    // one job per worker here, so the one killed holds only the slow source's job
    const workers: WorkerProc[] = [0, 1, 2].map(() => startWorker(workerArgs(workersUrl, ['--concurrency', '1'])));
    try {
      // whoever picks up the slow source dies a moment later, with some of it saved
      const victim = await Promise.any(workers.map((w) => w.waitForLog((l) => l.msg === 'job started' && l.key === SLOW).then(() => w)));
      await new Promise((r) => setTimeout(r, 1500));
      victim.child.kill('SIGKILL');
      const partial = (await snapshot(store)) as Record<string, unknown>;
      const slowBase = replicas.baseUrl(SLOW);
      const slowSaved = Object.keys(partial).filter((u) => u.startsWith(slowBase)).length;
      const slowTotal = Object.keys(expected).filter((u) => u.startsWith(slowBase)).length;
      expect(slowSaved).toBeLessThan(slowTotal); // really killed in the middle

      const exits = await Promise.all(workers.map((w) => w.exit));
      const survivors = workers.filter((w) => w !== victim);
      expect(exits[workers.indexOf(victim)].signal).toBe('SIGKILL');
      for (const w of survivors) expect({ code: (await w.exit).code, stderr: w.stderr.slice(-1500) }).toMatchObject({ code: 0 });
      // the killed job was retried by a survivor (second attempt)
      const retried = survivors.flatMap((w) => w.logs).filter((l) => l.msg === 'job done' && l.key === SLOW);
      expect(retried).toHaveLength(1);
      expect(survivors.flatMap((w) => w.logs).some((l) => l.msg === 'job started' && l.key === SLOW && l.attempt === 2)).toBe(true);
      // the work was shared
      expect(workers.filter((w) => w.logs.some((l) => l.msg === 'job started')).length).toBeGreaterThanOrEqual(2);
      // every source was crawled to the end exactly once (some by the victim before it died)
      const done = workers
        .flatMap((w) => w.logs)
        .filter((l) => l.msg === 'job done')
        .map((l) => l.key as string);
      expect([...done].sort()).toEqual([...IDS].sort());
    } finally {
      replicas.clearFaults();
      for (const w of workers) w.child.kill('SIGKILL');
    }
    expect(await snapshot(store)).toEqual(expected);
    expect(await overlappingRuns(store)).toEqual([]);
  }, 90_000);

  it('week 2 (new, edited, removed notices): same versions as one process', async () => {
    replicas.setState('week2');
    await crawlBaseline();
    const expected = await snapshot(baseline);
    expect(Object.values(expected).some((e) => e.versions === 2)).toBe(true);
    expect(Object.values(expected).some((e) => e.status === 'removed')).toBe(true);

    await enqueueAll();
    const workers = [0, 1, 2].map(() => startWorker(workerArgs(workersUrl, ['--concurrency', '2'])));
    const exits = await Promise.all(workers.map((w) => w.exit));
    for (const [i, e] of exits.entries()) expect({ code: e.code, stderr: workers[i].stderr.slice(-1500) }).toMatchObject({ code: 0 });
    expect(await snapshot(store)).toEqual(expected);
    expect(await overlappingRuns(store)).toEqual([]);
  }, 60_000);
});

describe('worker command', () => {
  it('SIGTERM: stops taking jobs, hands the running crawl back, exits 0', async () => {
    const url = await freshPgUrl();
    const store = await openStore(url);
    const q = await createQueue(url, { jobTimeoutSeconds: 60 });
    replicas.fault('mof-gss', '/*', { kind: 'delay', ms: 500 });
    try {
      expect(await enqueueCrawls(store, q, ['mof-gss'])).toEqual(['mof-gss']);
      const w = startWorker(['--db', url, '--config', configPath, 'worker', '--no-schedule', '--poll', '200']);
      await w.waitForLog((l) => l.msg === 'job started');
      w.child.kill('SIGTERM');
      expect((await w.exit).code).toBe(0);
      expect(w.logs.find((l) => l.msg === 'job failed')).toMatchObject({ key: 'mof-gss', error: 'interrupted: worker shutting down', willRetry: true });
      expect(await pendingJobs(q)).toBe(1); // waiting for the next worker
    } finally {
      replicas.clearFaults();
      await q.close();
      await store.close();
    }
  }, 30_000);
});
