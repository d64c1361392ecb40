/**
 * npm run bench:search [-- --notices 100000] [--backend sqlite|pg|both]
 * Imports N generated notices into each backend (generated beforehand: the rate is
 * the store's import, store.importNotices, not the generator's), then times a fixed
 * mix of 100 queries through the store's search, and the same mix as a plain LIKE scan.
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openStore } from '../db/index.ts';
import { indexTokens } from '../db/search/tokenize.ts';
import type { NoticeExport, SearchQuery, Store } from '../db/types.ts';
import { generateNotices } from './generate.ts';
import { startBenchPostgres } from './pg.ts';

const { values: args } = parseArgs({
  options: {
    notices: { type: 'string', default: '100000' },
    backend: { type: 'string', default: 'both' },
    /** reuse (or create) the SQLite archive at this path: query timings without re-importing */
    keep: { type: 'string' },
    /** print the N slowest queries of the mix with their plan choice */
    slow: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (args.help) {
  console.log('usage: npm run bench:search -- [--notices N] [--backend sqlite|pg|both] [--keep FILE.db] [--slow N]');
  console.log('  --keep FILE.db  SQLite only: import into FILE.db once, later runs reuse it and only time the queries');
  console.log('  --slow N        also print the N slowest queries of the mix');
  process.exit(0);
}
const N = Number(args.notices);

// From very common (出口, export: most notices) to rare (a product in a few hundred).
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
  '铝箔',
  '钛管',
  '竹餐具',
  '哈萨克斯坦',
  'tariff',
  'antidumping',
  'semiconductors',
  'entity',
  'solar',
  'batteries',
  'origin',
  'customs',
  'drones',
  'valves',
  'Kazakhstan',
  'bamboo',
  'titanium',
];
const PHRASES = [
  '"出口信用保险"',
  '"跨境电商"',
  '"原产地规则"',
  '"两步申报"',
  '"不锈钢紧固件"',
  '"solar cells"',
  '"rules of origin"',
  '"export controls"',
  '"lithium-ion batteries"',
  '"rubber gloves"',
];
const FILTERS: SearchQuery[] = [
  {},
  { hs: ['85'] },
  { regions: ['EU'] },
  { topics: ['tariffs'] },
  { language: 'zh' },
  { from: '2023-01-01', to: '2024-12-31' },
  { sources: ['mofcom-zcfb', 'ustr-press'] },
];

/** The fixed mix: 100 queries, words, two-character Chinese words, phrases, OR, with and without filters. */
function queryMix(): SearchQuery[] {
  const out: SearchQuery[] = [];
  for (let i = 0; out.length < 100; i++) {
    const kind = i % 5;
    const q =
      kind === 3 ? PHRASES[i % PHRASES.length] : kind === 4 ? `${WORDS[i % WORDS.length]} OR ${WORDS[(i + 7) % WORDS.length]}` : WORDS[i % WORDS.length];
    out.push({ q, ...FILTERS[i % FILTERS.length], limit: 20 });
  }
  return out;
}

function likeTerms(q: string): string[] {
  return q
    .replace(/"/g, '')
    .split(/\s+OR\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

async function likeScan(store: Store, q: SearchQuery): Promise<number> {
  // the naive alternative: substring scan of title and current text (filters left out, which only helps it)
  const b = (store as any).b;
  const terms = likeTerms(q.q!);
  const cond = sql.join(
    terms.map((t) => sql`(n.title LIKE ${`%${t}%`} OR v.text LIKE ${`%${t}%`})`),
    sql` OR `,
  );
  // the same work as a search: the total and the first page
  const from = sql`FROM notices n JOIN notice_versions v ON v.notice_id = n.id AND v.version = n.version_count WHERE ${cond}`;
  await b.rows(b.db, sql`SELECT count(*) AS c ${from}`);
  const rows = await b.rows(b.db, sql`SELECT n.id ${from} ORDER BY n.published_at DESC LIMIT 20`);
  return rows.length;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

let generated: NoticeExport[] | undefined;
/** The notices, generated once before any timing: the import rate is the store's, not the generator's. */
function corpus(): NoticeExport[] {
  if (!generated) {
    process.stderr.write(`  generating ${N} notices…\n`);
    generated = [...generateNotices(N, 2026)];
  }
  return generated;
}

async function bench(name: string, url: string, reuse = false) {
  const store = await openStore(url);
  let r = { notices: N };
  let importSecs = Number.NaN;
  if (!reuse) {
    const all = corpus();
    const t0 = performance.now();
    let done = 0;
    function* items() {
      for (const item of all) {
        yield item;
        if (++done % 10000 === 0) process.stderr.write(`\r  ${name}: imported ${done}/${N}`);
      }
    }
    r = await store.importNotices(items(), { batchSize: 1000 });
    importSecs = (performance.now() - t0) / 1000;
    process.stderr.write('\n');
  }
  if (name === 'postgres') await (store as any).b.exec((store as any).b.db, sql`ANALYZE`);
  const mix = queryMix();
  for (const q of mix.slice(0, 10)) await store.search(q); // warm caches
  const times: number[] = [];
  const slow: { ms: number; q: SearchQuery; total: number; sort: string; broad: boolean }[] = [];
  let hits = 0;
  for (const q of mix) {
    const s = performance.now();
    const res = await store.search(q);
    const ms = performance.now() - s;
    times.push(ms);
    slow.push({ ms, q, total: res.total, sort: res.sort ?? '', broad: !!res.broad });
    hits += res.hits.length;
  }
  if (args.slow) {
    console.log(`\n${name}: slowest queries`);
    for (const x of slow.sort((a, b) => b.ms - a.ms).slice(0, Number(args.slow))) {
      const { limit: _l, ...q } = x.q;
      console.log(`  ${x.ms.toFixed(1).padStart(7)} ms  total ${String(x.total).padStart(6)}  ${x.sort}${x.broad ? ' (broad)' : ''}  ${JSON.stringify(q)}`);
    }
  }
  const likeTimes: number[] = [];
  for (const q of mix) {
    const s = performance.now();
    await likeScan(store, q);
    likeTimes.push(performance.now() - s);
  }
  await store.close();
  return {
    backend: name,
    notices: r.notices,
    importPerSec: Math.round(r.notices / importSecs),
    p50: pct(times, 50),
    p95: pct(times, 95),
    likeP50: pct(likeTimes, 50),
    likeP95: pct(likeTimes, 95),
    speedupP50: pct(likeTimes, 50) / pct(times, 50),
    avgHits: hits / mix.length,
  };
}

/**
 * A fixed CPU job (tokenising the first 3,000 generated notices, best of 3), timed before
 * and after the runs: this machine's speed varies from hour to hour, and the figures with it.
 */
function speedCheck(): number {
  const texts = corpus()
    .slice(0, 3000)
    .map((x) => x.versions.at(-1)?.text ?? '');
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    for (const t of texts) indexTokens(t);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
const speedBefore = args.keep && existsSync(args.keep) ? Number.NaN : speedCheck();

const results = [];
if (args.backend !== 'pg' && args.keep) {
  results.push(await bench('sqlite', args.keep, existsSync(args.keep)));
} else if (args.backend !== 'pg') {
  const dir = join(tmpdir(), `policy-radar-bench-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  results.push(await bench('sqlite', join(dir, 'bench.db')));
  rmSync(dir, { recursive: true, force: true });
}
if (args.backend !== 'sqlite') {
  const pg = await startBenchPostgres();
  try {
    results.push(await bench('postgres', pg.url));
  } finally {
    await pg.stop();
  }
}
console.log(`\nSearch benchmark: ${N} notices, 100-query mix (words, 2-char Chinese words, phrases, OR; with/without filters), limit 20`);
console.log('backend    import/s   p50 ms   p95 ms   LIKE p50   LIKE p95   speed-up (p50)   hits/query');
for (const r of results) {
  console.log(
    `${r.backend.padEnd(10)} ${(Number.isNaN(r.importPerSec) ? 'reused' : String(r.importPerSec)).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.likeP50.toFixed(1).padStart(10)} ${r.likeP95.toFixed(1).padStart(10)} ${`${r.speedupP50.toFixed(1)}x`.padStart(16)} ${r.avgHits.toFixed(1).padStart(12)}`,
  );
}
console.log('targets: SQLite p95 <= 30 ms, PostgreSQL p95 <= 60 ms, >= 20x faster than LIKE, import >= 5,000 notices/s');
if (!Number.isNaN(speedBefore))
  console.log(
    `machine speed check (tokenising 3,000 notices; lower is faster): ${speedBefore.toFixed(0)} ms before the runs, ${speedCheck().toFixed(0)} ms after (while the disk still writes out the archives)`,
  );
