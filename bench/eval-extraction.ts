/**
 * Extraction fidelity over the second replica variants (test/replicas/variants):
 * fields exact / total per source and overall, and each miss with what was
 * read and what the page says. Exit code 1 below the target (default 99%).
 *
 *   npm run eval:extraction [-- --target 99] [-- --json]
 */
import { extractionVariants } from '../test/replicas/variants/index.ts';
import { fidelity } from '../test/replicas/variants/kit.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run eval:extraction [-- --target <percent>] [-- --json]

Reads every extraction variant (test/replicas/variants) with the built-in source
definitions and prints fields exact / total per source and overall.
  --target <percent>  fail (exit 1) below this overall figure (default 99)
  --json              print the report as JSON`);
  process.exit(0);
}
const ti = args.indexOf('--target');
const target = ti >= 0 ? Number(args[ti + 1]) : 99;
if (!Number.isFinite(target) || target < 0 || target > 100) {
  console.error(`--target must be a percentage (0-100), got ${args[ti + 1]}`);
  process.exit(2);
}
const rep = fidelity(extractionVariants);
const pct = (a: number, b: number) => (b ? (100 * a) / b : 100).toFixed(1);
if (args.includes('--json')) console.log(JSON.stringify(rep, null, 2));
else {
  const w = Math.max(...rep.perSource.map((p) => p.source.length), 7);
  console.log(`${'source'.padEnd(w)}  exact/total      %`);
  for (const p of rep.perSource) console.log(`${p.source.padEnd(w)}  ${`${p.exact}/${p.total}`.padStart(11)}  ${pct(p.exact, p.total).padStart(5)}`);
  console.log(`${'overall'.padEnd(w)}  ${`${rep.exact}/${rep.total}`.padStart(11)}  ${pct(rep.exact, rep.total).padStart(5)}   (${extractionVariants.length} variants, ${rep.perSource.length} sources)`);
  for (const m of rep.misses) console.log(`miss ${m.source} [${m.variant}] ${m.field}: got ${JSON.stringify(m.got)}, page says ${JSON.stringify(m.want)}`);
}
if (Number(pct(rep.exact, rep.total)) < target) process.exit(1);
