/**
 * Evaluates the taxonomy classifier on the hand-labelled notices in test/taxonomy/labelled/
 * and prints precision / recall / F1 per tag kind and per topic, separately for the
 * development part and the held-out part (holdout-*.json, never used for tuning),
 * plus matchText throughput on 1 MB of text.
 *
 *   npm run eval:taxonomy [-- --strict] [-- --errors]
 *
 * --strict exits 1 when F1 of topics, HS codes or regions (all notices) is below 0.90.
 * --errors lists the wrong tags of development notices (held-out errors stay hidden).
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
  holdout: boolean;
}

const dir = fileURLToPath(new URL('../test/taxonomy/labelled/', import.meta.url));
const args = new Set(process.argv.slice(2));

function load(): Labelled[] {
  const out: Labelled[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const items = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<Labelled, 'file' | 'holdout'>[];
    for (const it of items) out.push({ ...it, file: f, holdout: f.startsWith('holdout') });
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

function printKinds(label: string, items: Labelled[]) {
  const r = evaluate(items);
  console.log(`\n${label} (${items.length} notices)`);
  console.log('  kind      precision  recall   F1');
  for (const k of KINDS) {
    const { p, r: rc, f } = prf(r.kinds[k]);
    console.log(`  ${k.padEnd(9)} ${pct(p)}%    ${pct(rc)}%  ${pct(f)}%`);
  }
  return r;
}

// First call builds the automaton: measure it before anything else uses the vocabulary.
const buildStart = performance.now();
matchText('');
const buildMs = performance.now() - buildStart;

const all = load();
const dev = all.filter((n) => !n.holdout);
const held = all.filter((n) => n.holdout);
console.log(`labelled notices: ${all.length} (zh ${all.filter((n) => n.lang === 'zh').length}, en ${all.filter((n) => n.lang === 'en').length}); held out: ${held.length}`);

const overall = printKinds('ALL', all);
const devRes = printKinds('DEVELOPMENT (used for tuning)', dev);
printKinds('HELD-OUT (not used for tuning)', held);
printKinds('Chinese notices', all.filter((n) => n.lang === 'zh'));
printKinds('English notices', all.filter((n) => n.lang === 'en'));

console.log('\nper topic (all notices)');
console.log('  topic               precision  recall   F1     support');
for (const [id, c] of overall.perTopic) {
  const { p, r, f } = prf(c);
  console.log(`  ${id.padEnd(19)} ${pct(p)}%    ${pct(r)}%  ${pct(f)}%   ${c.tp + c.fn}`);
}

if (args.has('--errors')) {
  console.log('\ndevelopment-set errors:');
  for (const e of devRes.errors) console.log(`  ${e}`);
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
    `load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`,
);
let t = performance.now();
t = performance.now();
for (const n of all) classify({ title: n.title, text: n.text, agency: n.agency, language: n.lang });
console.log(`classify: ${((performance.now() - t) / all.length).toFixed(2)} ms per notice`);

if (args.has('--strict')) {
  const low = KINDS.filter((k) => prf(overall.kinds[k]).f < 0.9);
  if (low.length) {
    console.error(`\nF1 below 0.90 for: ${low.join(', ')}`);
    process.exit(1);
  }
  console.log('\nstrict: all kinds at or above F1 0.90');
}
