/**
 * npm run bench:crawl — crawl throughput and memory against a local replica
 * site of 2,000 notices (list pages + ~40 KB detail pages), politeness
 * delays off, same concurrency for both crawlers:
 *   1. this crawler (fetch, extract, sanitise, hash, classify, store in SQLite)
 *   2. Crawlee's CheerioCrawler doing the same list -> detail crawl and extraction
 *   3. an immediate recrawl with nothing changed (bytes and time vs. the first crawl)
 * The replica server and each crawler run in their own process, so peak RSS is
 * the crawler's alone. Options: --notices N (default 2000), --concurrency N (8).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const NOTICES = Number(arg('notices', '2000'));
const PER_PAGE = 20;
const CONCURRENCY = Number(arg('concurrency', '8'));
const DETAIL_BYTES = 40_000;

interface RunFigures {
  pages: number;
  ms: number;
  maxRssMb: number;
  bytes: number;
  items: number;
  /** CPU time of the crawler process (user + system), ms: fairer than wall time on a busy machine */
  cpuMs?: number;
  errors?: unknown;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function site() {
  const { engineSite } = await import('../test/crawler/fixtures/engine-site.ts');
  return engineSite({ id: 'bench-site', notices: NOTICES, perPage: PER_PAGE, detailBytes: DETAIL_BYTES });
}

/** Child: serve the replica and print its base URL. */
async function serve() {
  const { startReplicas } = await import('../test/helpers/replica-server.ts');
  const es = await site();
  const rep = await startReplicas([es.site]);
  process.stdout.write(`${rep.baseUrl('bench-site')}\n`);
  process.on('SIGTERM', () => void rep.close().then(() => process.exit(0)));
}

/** Child: this crawler, into the SQLite file given. */
async function runOurs(base: string, db: string) {
  const { applyOverride } = await import('../crawler/registry.ts');
  const { crawlSource } = await import('../crawler/run.ts');
  const { openStore } = await import('../db/index.ts');
  // the definition only: building the replica's pages here would charge their memory to the crawler
  const { engineSource } = await import('../test/crawler/fixtures/engine-site.ts');
  const source = engineSource({ id: 'bench-site' });
  const store = await openStore(db);
  const t0 = performance.now();
  const c0 = cpuMs();
  const r = await crawlSource(store, applyOverride(source, { baseUrl: base }, 'builtin'), {
    delayMs: 0,
    perHostConcurrency: CONCURRENCY,
    globalConcurrency: CONCURRENCY,
    maxPagesOverride: Math.ceil(NOTICES / PER_PAGE) + 5,
    hashAttachments: false, // Crawlee does not fetch annexes either
    retries: 1,
  });
  const ms = performance.now() - t0;
  const cpu = cpuMs() - c0;
  await store.close();
  const detailFetches = r.newCount + r.changedCount + r.unchangedCount;
  const out: RunFigures = {
    pages: r.pages + detailFetches,
    ms,
    cpuMs: cpu,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    bytes: r.bytes,
    items: r.newCount + r.changedCount,
    errors: r.errors,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

/** Child: Crawlee CheerioCrawler, list -> detail with the same fields extracted. */
async function runCrawlee(base: string, storage: string) {
  process.env.CRAWLEE_STORAGE_DIR = storage;
  let crawlee: typeof import('crawlee');
  try {
    crawlee = await import('crawlee');
  } catch {
    process.stdout.write(`${JSON.stringify({ unavailable: true })}\n`);
    return;
  }
  const { CheerioCrawler, Configuration, log } = crawlee;
  log.setLevel(log.LEVELS.OFF);
  const config = new Configuration({ persistStorage: false, purgeOnStart: true });
  const items: { url: string; title: string; date: string; docNumber: string; text: string }[] = [];
  let pages = 0;
  let bytes = 0;
  const crawler = new CheerioCrawler(
    {
      minConcurrency: CONCURRENCY,
      maxConcurrency: CONCURRENCY,
      maxRequestRetries: 1,
      maxRequestsPerCrawl: NOTICES * 2,
      async requestHandler({ request, $, body, enqueueLinks }) {
        pages++;
        bytes += Buffer.byteLength(body as string | Buffer);
        if (request.label === 'DETAIL') {
          const cells = $('table.meta td')
            .toArray()
            .map((td) => $(td).text().trim());
          items.push({
            url: request.url,
            title: $('h1').first().text().trim(),
            date: $('meta[name="PubDate"]').attr('content') ?? '',
            docNumber: cells[cells.indexOf('发文字号：') + 1] ?? '',
            text: $('div.TRS_Editor').text().replace(/\s+/g, ' ').trim(),
          });
          return;
        }
        await enqueueLinks({ selector: 'ul.policy-list > li a', label: 'DETAIL' });
        await enqueueLinks({ selector: '.pager a', label: 'LIST' });
      },
    },
    config,
  );
  const t0 = performance.now();
  const c0 = cpuMs();
  await crawler.run([`${base}/zcfb/index.html`]);
  const ms = performance.now() - t0;
  const out: RunFigures = { pages, ms, cpuMs: cpuMs() - c0, maxRssMb: process.resourceUsage().maxRSS / 1024, bytes, items: items.length };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function child(argv: string[], onLine?: (l: string) => void): { done: Promise<string>; kill: () => void } {
  const p = spawn(process.execPath, ['--import', 'tsx', self, ...argv], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  p.stdout.on('data', (d) => {
    out += d;
    if (onLine && out.includes('\n')) onLine(out.split('\n')[0]);
  });
  return { done: new Promise((r) => p.on('exit', () => r(out))), kill: () => p.kill('SIGTERM') };
}

function lastJson(s: string) {
  return JSON.parse(s.trim().split('\n').at(-1) ?? '{}');
}

async function main() {
  const mode = args[0];
  if (mode === '--serve') return serve();
  if (mode === '--ours') return runOurs(args[1], args[2]);
  if (mode === '--crawlee') return runCrawlee(args[1], args[2]);

  const dir = mkdtempSync(join(tmpdir(), 'pr-bench-crawl-'));
  let base = '';
  const server = child(['--serve', '--notices', String(NOTICES)], (l) => (base ||= l.trim()));
  while (!base) await new Promise((r) => setTimeout(r, 50));
  console.log(
    `replica: ${NOTICES} notices, ${Math.ceil(NOTICES / PER_PAGE)} list pages, ~${DETAIL_BYTES / 1000} KB detail pages at ${base}; concurrency ${CONCURRENCY}, delays off`,
  );
  console.log('both crawl list -> detail and extract title, date, document number and text; policy-radar also sanitises,');
  console.log('hashes, classifies (taxonomy), stores every notice with its version in SQLite and indexes it for full-text search.');
  console.log(
    `machine load average before the run: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} (${(await import('node:os')).cpus().length} CPUs)\n`,
  );
  try {
    const db = join(dir, 'bench.db');
    const ours: RunFigures = lastJson(await child(['--ours', base, db, '--notices', String(NOTICES), '--concurrency', String(CONCURRENCY)]).done);
    const crawlee = lastJson(await child(['--crawlee', base, join(dir, 'crawlee'), '--notices', String(NOTICES), '--concurrency', String(CONCURRENCY)]).done);
    const recrawl: RunFigures = lastJson(await child(['--ours', base, db, '--notices', String(NOTICES), '--concurrency', String(CONCURRENCY)]).done);

    const rate = (r: RunFigures) => r.pages / (r.ms / 1000);
    const row = (name: string, r: RunFigures) =>
      `${name.padEnd(24)} ${String(r.pages).padStart(6)} pages  ${(r.ms / 1000).toFixed(2).padStart(7)} s  ${rate(r).toFixed(1).padStart(7)} pages/s  CPU ${((r.cpuMs ?? 0) / 1000).toFixed(1).padStart(5)} s  peak RSS ${r.maxRssMb.toFixed(0).padStart(4)} MB  ${(r.bytes / 1e6).toFixed(1).padStart(6)} MB  ${r.items} items`;
    console.log(row('policy-radar', ours));
    if (ours.errors && Object.keys(ours.errors as object).length) console.log(`  errors: ${JSON.stringify(ours.errors)}`);
    if (crawlee.unavailable) console.log('crawlee                  not installed (npm i -D crawlee@3) — comparison skipped');
    else {
      console.log(row('crawlee CheerioCrawler', crawlee));
      const ratio = rate(ours) / rate(crawlee);
      console.log(`\nthroughput ratio (policy-radar / crawlee): ${ratio.toFixed(2)}x  (target >= 1.0x)  ${ratio >= 1 ? 'OK' : 'BELOW TARGET'}`);
      if (ours.cpuMs && crawlee.cpuMs)
        console.log(
          `CPU per page: ${(ours.cpuMs / ours.pages).toFixed(2)} ms vs ${(crawlee.cpuMs / crawlee.pages).toFixed(2)} ms (ratio ${(crawlee.cpuMs / crawlee.pages / (ours.cpuMs / ours.pages)).toFixed(2)}x)`,
        );
      console.log(
        `peak memory: ${ours.maxRssMb.toFixed(0)} MB vs ${crawlee.maxRssMb.toFixed(0)} MB  (target: less)  ${ours.maxRssMb < crawlee.maxRssMb ? 'OK' : 'ABOVE TARGET'}`,
      );
    }
    console.log(`\n${row('recrawl (no changes)', recrawl)}`);
    const bytesPct = (100 * recrawl.bytes) / ours.bytes;
    const timePct = (100 * recrawl.ms) / ours.ms;
    console.log(`recrawl bytes: ${bytesPct.toFixed(2)}% of the first crawl (target <= 5%)  ${bytesPct <= 5 ? 'OK' : 'ABOVE TARGET'}`);
    console.log(`recrawl time:  ${timePct.toFixed(2)}% of the first crawl (target < 10%)  ${timePct < 10 ? 'OK' : 'ABOVE TARGET'}`);
    console.log(
      `machine load average after the run: ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    server.kill();
    await server.done;
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
