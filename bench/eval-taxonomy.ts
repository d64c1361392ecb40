/**
 * Evaluates the taxonomy classifier on the hand-labelled notices in test/taxonomy/labelled/
 * and prints, for each split, micro precision / recall / F1 of topics, HS headings and
 * regions and precision / recall per topic, plus matchText throughput on 1 MB of text.
 *
 * Splits (by file name): untuned-*.json were written before any rule was changed for them and
 * no rule is tuned on them; holdout-*.json are an earlier held-out set; dev-*.json are the
 * tuned split (their errors may be looked at and fixed).
 *
 *   npm run eval:taxonomy [-- --strict] [-- --errors] [-- --files dev-mixed-12,dev-mixed-13]
 *
 * --strict exits 1 when F1 of topics, HS headings or regions on the untuned split is below 0.92.
 * --errors lists the wrong tags of tuned notices (untuned and held-out errors stay hidden).
 * --files also reports the dev files named (comma-separated, without .json) on their own, e.g. a new
 *   dev set as written, before any rule changes for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify, matchText, tagsOf, TOPICS } from '../taxonomy/index.ts';
import type { Tags } from '../taxonomy/index.ts';

interface Labelled {
  id: string;
  lang: string;
  agency?: string | null;
  title: string;
  text: string;
  labels: { topics: string[]; hs: string[]; regions: string[] };
  file: string;
  split: Split;
}

type Split = 'untuned' | 'holdout' | 'tuned';
const SPLITS: { id: Split; label: string }[] = [
  { id: 'untuned', label: 'UNTUNED (no rule tuned on it)' },
  { id: 'holdout', label: 'EARLIER HELD-OUT (not used for tuning)' },
  { id: 'tuned', label: 'TUNED (development)' },
];

function splitOf(file: string): Split {
  if (file.startsWith('untuned')) return 'untuned';
  if (file.startsWith('holdout')) return 'holdout';
  if (file.startsWith('dev')) return 'tuned';
  throw new Error(`labelled file ${file}: name must start with untuned-, holdout- or dev-`);
}

const dir = fileURLToPath(new URL('../test/taxonomy/labelled/', import.meta.url));
const args = new Set(process.argv.slice(2));
function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function load(): Labelled[] {
  const out: Labelled[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const items = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<Labelled, 'file' | 'split'>[];
    for (const it of items) out.push({ ...it, file: f, split: splitOf(f) });
  }
  return out;
}

type Kind = 'topics' | 'hs' | 'regions';
const KINDS: Kind[] = ['topics', 'hs', 'regions'];
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}

function predicted(t: Tags, k: Kind): string[] {
  return k === 'topics' ? t.topics : k === 'hs' ? t.hsCodes : t.regions;
}

function evaluate(items: Labelled[]) {
  const kinds: Record<Kind, Counts> = { topics: zero(), hs: zero(), regions: zero() };
  const perTopic = new Map<string, Counts>(TOPICS.map((t) => [t.id, zero()]));
  const errors: string[] = [];
  for (const n of items) {
    const tags = tagsOf(classify({ title: n.title, text: n.text, agency: n.agency, language: n.lang }));
    for (const k of KINDS) {
      const gold = new Set(n.labels[k]);
      const pred = new Set(predicted(tags, k));
      const fp = [...pred].filter((x) => !gold.has(x));
      const fn = [...gold].filter((x) => !pred.has(x));
      kinds[k].tp += pred.size - fp.length;
      kinds[k].fp += fp.length;
      kinds[k].fn += fn.length;
      if (k === 'topics') {
        for (const t of pred) if (gold.has(t)) perTopic.get(t)!.tp++;
        for (const t of fp) perTopic.get(t)!.fp++;
        for (const t of fn) perTopic.get(t)!.fn++;
      }
      if (fp.length || fn.length) errors.push(`${n.id} ${k}: +${fp.join(',') || '-'} / missing ${fn.join(',') || '-'}`);
    }
  }
  return { kinds, perTopic, errors };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function printKinds(label: string, items: Labelled[], perTopic = false) {
  const r = evaluate(items);
  console.log(`\n${label} (${items.length} notices)`);
  console.log('  kind      precision  recall   F1');
  for (const k of KINDS) {
    const { p, r: rc, f } = prf(r.kinds[k]);
    console.log(`  ${k.padEnd(9)} ${pct(p)}%    ${pct(rc)}%  ${pct(f)}%`);
  }
  if (perTopic) {
    console.log('  per topic           precision  recall   F1     support  predicted');
    for (const [id, c] of r.perTopic) {
      const { p, r: rc, f } = prf(c);
      console.log(`  ${id.padEnd(19)} ${pct(p)}%    ${pct(rc)}%  ${pct(f)}%   ${String(c.tp + c.fn).padStart(4)}     ${String(c.tp + c.fp).padStart(4)}`);
    }
  }
  return r;
}

// First call builds the automaton: measure it before anything else uses the vocabulary.
const buildStart = performance.now();
matchText('');
const buildMs = performance.now() - buildStart;

const all = load();
const ids = new Set<string>();
for (const n of all) {
  if (ids.has(n.id)) throw new Error(`duplicate labelled id ${n.id} (${n.file})`);
  ids.add(n.id);
}
const count = (s: Split) => all.filter((n) => n.split === s).length;
console.log(
  `labelled notices: ${all.length} (zh ${all.filter((n) => n.lang === 'zh').length}, en ${all.filter((n) => n.lang === 'en').length}); ` +
    `untuned ${count('untuned')}, earlier held-out ${count('holdout')}, tuned ${count('tuned')}`,
);

const results = new Map<Split, ReturnType<typeof evaluate>>();
for (const s of SPLITS)
  results.set(
    s.id,
    printKinds(
      s.label,
      all.filter((n) => n.split === s.id),
      true,
    ),
  );
// The untuned split by the round it was written in: sets 1–2 (issue #20's first round), set 3
// (written before the full HS vocabulary) and each later round (set 4: u4*), so a later round's
// figures are not hidden in the total.
const untunedSets = new Map<string, Labelled[]>();
for (const n of all.filter((x) => x.split === 'untuned')) {
  const round = Number(/-(\d+)\.json$/.exec(n.file)?.[1] ?? 1);
  const set = round >= 3 ? `set ${round} (u${round}*)` : 'sets 1–2 (uzh*/uen*)';
  untunedSets.set(set, [...(untunedSets.get(set) ?? []), n]);
}
for (const [set, items] of [...untunedSets].sort()) printKinds(`UNTUNED ${set}`, items);
const files = argValue('--files')?.split(',');
if (files) {
  const picked = all.filter((n) => n.split === 'tuned' && files.some((f) => n.file === `${f}.json`));
  if (!picked.length) throw new Error(`--files ${files.join(',')}: no dev-*.json file of that name`);
  printKinds(`FILES ${files.join(', ')}`, picked);
}
printKinds('ALL', all);
printKinds(
  'Chinese notices (all splits)',
  all.filter((n) => n.lang === 'zh'),
);
printKinds(
  'English notices (all splits)',
  all.filter((n) => n.lang === 'en'),
);

if (args.has('--errors')) {
  console.log('\ntuned-split errors:');
  for (const e of results.get('tuned')!.errors) console.log(`  ${e}`);
}

// Throughput: about 1 MB of mixed notice text.
const sample = all.map((n) => `${n.title}\n${n.text}\n`).join('\n');
let big = '';
while (big.length < 1_000_000) big += sample;
big = big.slice(0, 1_000_000);
const runs: number[] = [];
const cpuRuns: number[] = [];
let hits = 0;
for (let i = 0; i < 7; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const m = matchText(big);
  runs.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpuRuns.push((c.user + c.system) / 1000);
  hits = m.products.length + m.regions.length + m.topics.length + m.hsCodes.length;
}
runs.sort((a, b) => a - b);
cpuRuns.sort((a, b) => a - b);
console.log(
  `\nmatchText on ${(big.length / 1e6).toFixed(2)}M chars (mixed zh/en): wall median ${runs[3].toFixed(1)} ms (best ${runs[0].toFixed(1)}), ` +
    `CPU median ${cpuRuns[3].toFixed(1)} ms (best ${cpuRuns[0].toFixed(1)}); ${hits} matches; automaton build ${buildMs.toFixed(1)} ms; ` +
    `load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
);
const t = performance.now();
for (const n of all) classify({ title: n.title, text: n.text, agency: n.agency, language: n.lang });
console.log(`classify: ${((performance.now() - t) / all.length).toFixed(2)} ms per notice`);

if (args.has('--strict')) {
  const untuned = results.get('untuned')!;
  const low = KINDS.filter((k) => prf(untuned.kinds[k]).f < 0.92);
  if (low.length) {
    console.error(`\nuntuned split: F1 below 0.92 for: ${low.join(', ')}`);
    process.exit(1);
  }
  console.log('\nstrict: all kinds on the untuned split at or above F1 0.92');
}
