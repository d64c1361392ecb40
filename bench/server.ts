/**
 * npm run bench:server [-- --notices 100000] [--duration 10] [--connections 50] [--backend sqlite|pg]
 *
 * Builds (or reuses) an archive of N generated notices, starts `serve` in a
 * child process, and measures with autocannon:
 *  - requests/s and latency percentiles of /api/notices?q=… (a rotating mix of
 *    queries, so no one query is answered from a warm page only),
 *  - time and the server's peak RSS while streaming the full CSV export.
 * The child reports its memory through a bench-only route added with the
 * server's plugin API.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchArchive } from './archive.ts';

const { values: args } = parseArgs({
  options: {
    notices: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    backend: { type: 'string', default: 'sqlite' },
    fresh: { type: 'boolean', default: false },
    child: { type: 'string' },
    help: { type: 'boolean' },
  },
});

const WORDS = [
  '关税',
  '退税',
  '出口',
  '补贴',
  '通关',
  '锂电池',
  '光伏电池',
  '稀土',
  '欧盟',
  '东盟',
  'tariff',
  'antidumping',
  'semiconductors',
  'solar',
  'batteries',
  'origin',
  'customs',
  'drones',
  'steel',
  '"跨境电商"',
  '"solar cells"',
  '关税 OR tariff',
  '出口 -补贴',
];
const FILTERS = ['', '&hs=85', '&topic=tariffs', '&language=zh', '&from=2023-01-01&to=2024-12-31', '&sort=date'];

/** Child mode: serve the store with a /bench/memory route that reports peak RSS since the last reset. */
async function child(dbUrl: string): Promise<void> {
  const { openStore } = await import('../db/index.ts');
  const { createServer, listen } = await import('../server/index.ts');
  const store = await openStore(dbUrl);
  let peak = 0;
  let peakHeap = 0;
  // memoryUsage.rss() is the cheap call; the full memoryUsage() would slow the server down
  const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));
  setInterval(sample, 25).unref();
  const heapTimer = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapTotal)), 500);
  heapTimer.unref();
  const { server } = await createServer(store, {
    responseCacheMs: process.env.BENCH_RESPONSE_CACHE_MS ? Number(process.env.BENCH_RESPONSE_CACHE_MS) : undefined,
    plugins: [
      (app) =>
        app.route('GET', '/bench/memory', (ctx) => {
          sample();
          const body = { peakRss: peak, rss: process.memoryUsage.rss(), peakHeapTotal: peakHeap };
          if (ctx.query.get('reset')) {
            peak = process.memoryUsage.rss();
            peakHeap = 0;
          }
          ctx.json(body);
        }),
    ],
  });
  const { url } = await listen(server, 0);
  process.stdout.write(`READY ${url}\n`);
}

function startChild(dbUrl: string, env: Record<string, string> = {}): Promise<{ proc: ChildProcess; base: string }> {
  const self = fileURLToPath(import.meta.url);
  const proc = spawn(process.execPath, ['--import', 'tsx', self, '--child', dbUrl], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) resolve({ proc, base: m[1] });
    });
    proc.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function exportCsv(base: string): Promise<{ seconds: number; rows: number; bytes: number; peakMb: number; baseMb: number; heapMb: number }> {
  const before = (await fetch(`${base}/bench/memory?reset=1`).then((r) => r.json())) as { rss: number };
  const t0 = performance.now();
  const res = await fetch(`${base}/api/notices.csv`);
  let rows = 0;
  let bytes = 0;
  let quoted = false;
  // count records on the raw bytes: newlines outside quoted cells (texts contain newlines)
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 34) quoted = !quoted;
      else if (c === 10 && !quoted) rows++;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const mem = (await fetch(`${base}/bench/memory`).then((r) => r.json())) as { peakRss: number; peakHeapTotal: number };
  return { seconds, rows: rows - 1, bytes, peakMb: mem.peakRss / 2 ** 20, baseMb: before.rss / 2 ** 20, heapMb: mem.peakHeapTotal / 2 ** 20 };
}

async function main(): Promise<void> {
  if (args.help) {
    console.log('usage: npm run bench:server -- [--notices N] [--duration S] [--connections C] [--backend sqlite|pg] [--fresh]');
    return;
  }
  if (args.child) return child(args.child);
  const n = Number(args.notices);
  const duration = Number(args.duration);
  const connections = Number(args.connections);
  const { url, stop } = await benchArchive(n, args.backend!, { fresh: args.fresh });
  // autocannon ships no types; only the fields read below are used
  const autocannon = (await import('autocannon' as string)).default as (o: object) => Promise<any>;
  const requests = WORDS.map((w, i) => ({ method: 'GET' as const, path: `/api/notices?q=${encodeURIComponent(w)}${FILTERS[i % FILTERS.length]}` }));
  const procs: ChildProcess[] = [];
  const load = async (label: string, base: string, secs: number) => {
    const r = await autocannon({ url: base, connections, duration: secs, requests });
    const failed = r.non2xx + r.errors + r.timeouts;
    console.log(`\n/api/notices?q=… ${label}: ${requests.length} rotating queries, ${connections} connections, ${secs} s, ${args.backend}, ${n} notices`);
    console.log(`  requests/s  mean ${r.requests.average.toFixed(0)}  (total ${r.requests.total}, non-2xx/errors/timeouts ${failed})`);
    console.log(`  latency ms  p50 ${r.latency.p50}  p90 ${r.latency.p90}  p99 ${r.latency.p99}  max ${r.latency.max}`);
    return r;
  };
  try {
    // 1. the full CSV export, in a fresh server process
    const a = await startChild(url);
    procs.push(a.proc);
    const e = await exportCsv(a.base);
    console.log(
      `\nfull CSV export: ${e.rows} rows, ${(e.bytes / 2 ** 20).toFixed(1)} MB in ${e.seconds.toFixed(2)} s (${Math.round(e.rows / e.seconds)} rows/s)`,
    );
    console.log(
      `  server RSS ${e.baseMb.toFixed(0)} MB before, peak ${e.peakMb.toFixed(0)} MB during the export (+${(e.peakMb - e.baseMb).toFixed(0)} MB; JS heap peak ${e.heapMb.toFixed(0)} MB)`,
    );

    // 2. search under load with the response cache (the default configuration)
    for (const q of requests) await fetch(a.base + q.path).then((r) => r.arrayBuffer());
    const cached = await load('with response cache (default)', a.base, duration);
    const mem = (await fetch(`${a.base}/bench/memory`).then((r) => r.json())) as { peakRss: number };
    console.log(`  server peak RSS ${(mem.peakRss / 2 ** 20).toFixed(0)} MB`);
    a.proc.kill('SIGTERM');

    // 3. the same without it: every request is a database search
    const b = await startChild(url, { BENCH_RESPONSE_CACHE_MS: '0' });
    procs.push(b.proc);
    for (const q of requests) await fetch(b.base + q.path).then((r) => r.arrayBuffer());
    await load('without response cache (every request searches)', b.base, Math.min(duration, 10));

    const ok = cached.requests.average >= 1000 && cached.latency.p99 <= 100 && e.seconds <= 10 && e.peakMb < 200;
    console.log(`\ntargets (>= 1000 req/s and p99 <= 100 ms with the default configuration, export <= 10 s in < 200 MB): ${ok ? 'met' : 'NOT met'}`);
  } finally {
    for (const p of procs) if (p.exitCode === null) p.kill('SIGTERM');
    await stop();
  }
}

await main();
