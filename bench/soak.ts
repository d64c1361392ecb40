/**
 * npm run bench:soak [-- --notices 50000] [--duration 60] [--connections 50] [--backend sqlite|pg] [--bin path/to/policy-radar.js]
 *
 * Soak of `serve` (the real command, in a child process) on a generated archive:
 *  1. `--duration` s at `--connections` connections of mixed uncached queries:
 *     random words and word pairs, random filters and pages, API and web UI;
 *     prints req/s, latency p50/p90/p99, 503s and errors. The server runs with its
 *     response cache off (server.responseCacheMs 0): random queries repeat, and a
 *     repeat answered from the cache is not an uncached query;
 *  2. a cached request's latency alone, then while two full CSV exports run (a
 *     second server, response cache on).
 * `--config` passes a configuration file to serve (e.g. server.readThreads).
 * `--profile <dir>` writes CPU profiles of the servers (main thread and read threads) to dir.
 * `--bin` runs another checkout's policy-radar (e.g. an older commit, for a
 * before/after on the same minute).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchArchive } from './archive.ts';

const { values: args } = parseArgs({
  options: {
    notices: { type: 'string', default: '50000' },
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    backend: { type: 'string', default: 'sqlite' },
    bin: { type: 'string', default: join(import.meta.dirname, '../bin/policy-radar.js') },
    'cached-duration': { type: 'string', default: '10' },
    config: { type: 'string' },
    seed: { type: 'string' },
    fresh: { type: 'boolean', default: false },
    profile: { type: 'string' },
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
  '海关',
  '许可证',
  '原产地',
  '跨境电商',
  '信用保险',
  '反倾销',
  '展会',
  '外汇',
  '配额',
  '物流',
  'tariff',
  'antidumping',
  'semiconductors',
  'solar',
  'batteries',
  'origin',
  'customs',
  'drones',
  'steel',
  'export',
  'controls',
  'licensing',
  'finance',
  'shrimp',
  'furniture',
];
const FILTERS = [
  '',
  '',
  '&hs=85',
  '&hs=72',
  '&topic=tariffs',
  '&topic=export-rebates',
  '&language=zh',
  '&language=en',
  '&from=2023-01-01&to=2024-12-31',
  '&from=2024-06-01',
  '&sort=date',
  '&region=EU',
  '&source=mofcom-zcfb',
];

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** A random search: one or two words (sometimes a phrase or OR), a filter, a page; 1 in 8 is the web UI. */
export function randomSearch(r: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const a = pick(WORDS);
  const k = r();
  const q = k < 0.45 ? a : k < 0.8 ? `${a} ${pick(WORDS)}` : k < 0.9 ? `${a} OR ${pick(WORDS)}` : `"${a}"`;
  const page = 1 + Math.floor(r() * 5);
  const path = r() < 0.125 ? '/' : '/api/notices';
  return `${path}?q=${encodeURIComponent(q)}${pick(FILTERS)}${page > 1 ? `&page=${page}` : ''}`;
}

/** a configuration file: --config's, with the response cache on or off */
function configFile(responseCache: boolean): string | undefined {
  if (responseCache) return args.config;
  const base = args.config ? (JSON.parse(readFileSync(args.config, 'utf8')) as { server?: object }) : {};
  const file = join(mkdtempSync(join(tmpdir(), 'policy-radar-soak-')), 'config.json');
  writeFileSync(file, JSON.stringify({ ...base, server: { ...base.server, responseCacheMs: 0 } }));
  return file;
}

function startServe(bin: string, db: string, config: string | undefined): Promise<{ proc: ChildProcess; base: string }> {
  const proc = spawn(
    process.execPath,
    [
      ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : []),
      bin,
      '--db',
      db,
      ...(config ? ['--config', config] : []),
      'serve',
      '--port',
      '0',
      '--no-scheduler',
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, POLICY_RADAR_SECRET: '' },
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /on (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve({ proc, base: m[1] });
    });
    proc.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

async function exportLoop(url: string, stop: { done: boolean }): Promise<number> {
  let n = 0;
  while (!stop.done) {
    const res = await fetch(url);
    if (res.status !== 200) {
      // refused (503): wait as told, then retry
      await res.arrayBuffer();
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    const reader = res.body!.getReader();
    while (!stop.done) {
      const { done } = await reader.read();
      if (done) {
        n++;
        break;
      }
    }
    if (stop.done) await reader.cancel().catch(() => {});
  }
  return n;
}

const statusCount = (r: { statusCodeStats?: Record<string, { count: number }> }, code: string) => r.statusCodeStats?.[code]?.count ?? 0;

async function main(): Promise<void> {
  if (args.help) {
    console.log(
      'usage: npm run bench:soak -- [--notices N] [--duration S] [--connections C] [--backend sqlite|pg] [--bin path/to/policy-radar.js] [--cached-duration S] [--config file] [--seed N] [--fresh]',
    );
    return;
  }
  const n = Number(args.notices);
  const duration = Number(args.duration);
  const connections = Number(args.connections);
  const seed = args.seed ? Number(args.seed) : Math.floor(Math.random() * 2 ** 31);
  const { url, stop } = await benchArchive(n, args.backend!, { fresh: args.fresh });
  // autocannon ships no types; only the fields read below are used
  const autocannon = (await import('autocannon' as string)).default as (o: object) => Promise<any>;
  let { proc, base } = await startServe(args.bin!, url, configFile(false));
  try {
    const r = rng(seed);
    console.log(`soak: ${args.bin} serve, ${args.backend}, ${n} notices, seed ${seed}, response cache off`);
    const soak = await autocannon({
      url: base,
      connections,
      duration,
      timeout: 10,
      requests: [
        {
          setupRequest: (req: { path: string }) => {
            req.path = randomSearch(r);
            return req;
          },
        },
      ],
    });
    const busy = statusCount(soak, '503');
    console.log(`\nmixed uncached queries: ${connections} connections, ${duration} s`);
    console.log(`  requests/s  mean ${soak.requests.average.toFixed(0)}  (total ${soak.requests.total})`);
    console.log(`  latency ms  p50 ${soak.latency.p50}  p90 ${soak.latency.p90}  p99 ${soak.latency.p99}  max ${soak.latency.max}`);
    console.log(`  503 busy ${busy}, other non-2xx ${soak.non2xx - busy}, errors ${soak.errors}, timeouts ${soak.timeouts}`);
    proc.kill('SIGTERM');
    await new Promise((res) => proc.once('exit', res));
    ({ proc, base } = await startServe(args.bin!, url, configFile(true)));

    const cachedPath = `/api/notices?q=${encodeURIComponent('关税')}`;
    await fetch(base + cachedPath).then((x) => x.arrayBuffer());
    const secs = Number(args['cached-duration']);
    const cached = async () => autocannon({ url: base, connections: 2, duration: secs, requests: [{ path: cachedPath }] });
    const alone = await cached();
    const stopExports = { done: false };
    const exports = [exportLoop(`${base}/api/notices.csv`, stopExports), exportLoop(`${base}/api/notices.csv`, stopExports)];
    await new Promise((res) => setTimeout(res, 500));
    const during = await cached();
    stopExports.done = true;
    const finished = await Promise.all(exports);
    console.log(`\ncached request (${cachedPath}), 2 connections, ${secs} s each`);
    console.log(
      `  alone               p50 ${alone.latency.p50} ms  p99 ${alone.latency.p99} ms  (${alone.requests.average.toFixed(0)} req/s, non-2xx ${alone.non2xx})`,
    );
    console.log(
      `  during 2 CSV exports p50 ${during.latency.p50} ms  p99 ${during.latency.p99} ms  (${during.requests.average.toFixed(0)} req/s, non-2xx ${during.non2xx}; full exports finished meanwhile: ${finished.join(' + ')})`,
    );
    const met = soak.requests.average >= 500 && soak.latency.p99 <= 200;
    console.log(`\ntarget (>= 500 req/s of uncached queries at p99 <= 200 ms): ${met ? 'met' : 'NOT met'} on this machine`);
  } finally {
    proc.kill('SIGTERM');
    await stop();
  }
}

await main();
