/**
 * `?for=` on a large archive: how long judging every match of a profile's other filters
 * takes (store.matchFields + the shared rule), next to judging only the newest 1,000 (the
 * rule before), and how many relevant notices the newest 1,000 missed.
 * Options: --notices N (default 100000; the archive is built once, see bench/archive.ts)
 */
import { benchArchive } from './archive.ts';

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
if (process.argv.includes('--help')) {
  console.log('usage: npm run bench:matching -- [--notices N]');
  process.exit(0);
}
const N = arg('notices', 100_000);
const { openStore } = await import('../db/index.ts');
const { profileMatches } = await import('../server/api/matching.ts');
const { verdictFor } = await import('../newsletter/select.ts');
const { parseProfile } = await import('../taxonomy/profile.ts');
const { url, stop } = await benchArchive(N, 'sqlite');
const store = await openStore(url);
const today = new Date().toISOString().slice(0, 10);
const profiles = {
  'LED lamps to the EU (Shenzhen)': { hs: '9405,8539', markets: 'EU', topics: 'tariffs,trade-remedies', location: '广东省深圳市' },
  'batteries to the US': { hs: '8507', markets: 'US', topics: 'tariffs,export-controls' },
  'topics only: subsidies': { topics: 'subsidies,credit-insurance' },
};
for (const [name, raw] of Object.entries(profiles)) {
  const profile = parseProfile(raw).profile;
  for (const q of [{}, { q: '出口' }]) {
    const runs: number[] = [];
    let r!: Awaited<ReturnType<typeof profileMatches>>;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      r = await profileMatches(store, q, { profile }, { today });
      runs.push(performance.now() - t);
    }
    const t = performance.now();
    const newest = await store.search({ ...q, sort: 'changed', limit: 1000, facets: false });
    const old = newest.hits.filter((h) => verdictFor(h.notice, profile).relevant).length;
    const oldMs = performance.now() - t;
    console.log(
      `${name}${q.q ? ` q=${q.q}` : ''}: ${r.candidates} judged in ${Math.min(...runs).toFixed(0)} ms (best of 3), ${r.matches.length} relevant; ` +
        `newest 1,000 only: ${oldMs.toFixed(0)} ms, ${old} relevant`,
    );
  }
}
await store.close();
await stop();
