/**
 * Extraction fidelity over the second replica variants (test/replicas/variants)
 * and the first replicas crawled into a store (--no-first to skip): fields
 * exact / total per source and overall, and each miss with what was read and
 * what the page says. Exit code 1 below the target (default 99%).
 *
 *   npm run eval:extraction [-- --target 99] [-- --json] [-- --no-first]
 */
import { firstReplicaFidelity } from '../test/replicas/variants/first.ts';
import { extractionVariants } from '../test/replicas/variants/index.ts';
import { fidelity } from '../test/replicas/variants/kit.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run eval:extraction [-- --target <percent>] [-- --json] [-- --no-first]

Reads every extraction variant (test/replicas/variants) with the built-in source
definitions, crawls the first replicas (week1) into a fresh store, and prints
fields exact / total per source and overall.
  --target <percent>  fail (exit 1) below this overall figure (default 99)
  --json              print the report as JSON
  --no-first          only the second variants (no crawl)`);
  process.exit(0);
}
const ti = args.indexOf('--target');
const target = ti >= 0 ? Number(args[ti + 1]) : 99;
if (!Number.isFinite(target) || target < 0 || target > 100) {
  console.error(`--target must be a percentage (0-100), got ${args[ti + 1]}`);
  process.exit(2);
}
const rep = fidelity(extractionVariants);
const first = args.includes('--no-first') ? null : await firstReplicaFidelity();
const pct = (a: number, b: number) => (b ? (100 * a) / b : 100).toFixed(1);
const sum = (ps: { exact: number; total: number }[]) => ps.reduce((a, p) => ({ exact: a.exact + p.exact, total: a.total + p.total }), { exact: 0, total: 0 });
const all = sum([...rep.perSource, ...(first?.perSource ?? [])]);
if (args.includes('--json')) console.log(JSON.stringify({ second: rep, first, overall: all }, null, 2));
else {
  const table = (title: string, ps: { source: string; exact: number; total: number }[], note: string) => {
    const w = Math.max(...ps.map((p) => p.source.length), 7);
    console.log(`${title}\n${'source'.padEnd(w)}  exact/total      %`);
    for (const p of ps) console.log(`${p.source.padEnd(w)}  ${`${p.exact}/${p.total}`.padStart(11)}  ${pct(p.exact, p.total).padStart(5)}`);
    const t = sum(ps);
    console.log(`${'overall'.padEnd(w)}  ${`${t.exact}/${t.total}`.padStart(11)}  ${pct(t.exact, t.total).padStart(5)}   (${note})\n`);
  };
  table(
    'second variants (test/replicas/variants)',
    rep.perSource,
    `${extractionVariants.length} variants, ${rep.perSource.length} sources, ${rep.perSource.length ? rep.total / extractionVariants.length : 0} fields each`,
  );
  if (first) table('first replicas, crawled (week1)', first.perSource, `${first.perSource.length} sources`);
  console.log(`all variants: ${all.exact}/${all.total} fields exact (${pct(all.exact, all.total)}%)`);
  for (const m of rep.misses) console.log(`miss ${m.source} [${m.variant}] ${m.field}: got ${JSON.stringify(m.got)}, page says ${JSON.stringify(m.want)}`);
  for (const m of first?.misses ?? []) console.log(`miss ${m.source} ${m.path} ${m.field}: got ${JSON.stringify(m.got)}, page says ${JSON.stringify(m.want)}`);
}
if (Number(pct(all.exact, all.total)) < target) process.exit(1);
