/**
 * The benchmark's relevance judgements, made from the hand-written scope of every notice
 * (notices.ts `truth`) by the rule a trade adviser applies, not by the matcher:
 * it is about the company's goods (or all goods, on a topic it follows), for one of its
 * markets (or no market in particular), from its own local government if local, and it
 * may apply to the company (conditions). Writes judgements.json:
 * `npx tsx bench/relevance/judge.ts --write`.
 */
import { writeFileSync } from 'node:fs';
import { regionCovers } from '../../taxonomy/regions.ts';
import { NOTICES, type Truth } from './notices.ts';
import { type BenchProfile, PROFILES } from './profiles.ts';

function hsOverlap(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => x.startsWith(y) || y.startsWith(x)));
}

function within(place: string, at: { province: string; city?: string } | null | undefined): boolean {
  if (!at) return false;
  return place === at.province || place === at.city;
}

/** `page`: a product page (its products and markets, no topics): an all-goods notice concerns it through one of its markets. */
export function relevant(t: Truth, { profile: p }: BenchProfile, page = false): boolean {
  if (t.local && !within(t.local, p.location)) return false;
  const c = t.conditions;
  if (c?.maxExportValueUsd !== undefined && p.size?.exportValueUsd !== undefined && p.size.exportValueUsd > c.maxExportValueUsd) return false;
  if (c?.sme && p.size?.sme === false) return false;
  if (c?.registeredIn && !within(c.registeredIn, p.location)) return false;
  const product = hsOverlap(p.hs, t.hs);
  const topic = p.topics.some((x) => t.topics.includes(x));
  const market = t.markets.some((m) => p.regions.some((r) => regionCovers(r, m)));
  const productOk = product || (t.hs.length === 0 && (topic || (page && market))) || (!p.hs.length && !p.topics.length);
  const marketOk = market || t.markets.length === 0 || (!p.regions.length && product);
  return productOk && marketOk && (product || topic || market);
}

export interface Judgements {
  profiles: string[];
  /** per profile, the ids of the notices that concern it */
  relevant: Record<string, number[]>;
}

export function judgeAll(): Judgements {
  const out: Judgements = { profiles: PROFILES.map((x) => x.name), relevant: {} };
  for (const bp of PROFILES) out.relevant[bp.name] = NOTICES.filter((n) => relevant(n.truth, bp)).map((n) => n.id);
  return out;
}

if (process.argv.includes('--help')) {
  console.log(
    "usage: npx tsx bench/relevance/judge.ts --write\n  rewrites bench/relevance/judgements.json from the notices' hand-written scope (notices.ts) and the profiles (profiles.ts)",
  );
} else if (process.argv.includes('--write')) {
  const j = judgeAll();
  writeFileSync(new URL('./judgements.json', import.meta.url), `${JSON.stringify(j, null, 1)}\n`);
  const counts = Object.values(j.relevant).map((x) => x.length);
  console.log(
    `${PROFILES.length} profiles × ${NOTICES.length} notices: ${counts.reduce((a, b) => a + b, 0)} relevant pairs (per profile ${Math.min(...counts)}–${Math.max(...counts)})`,
  );
}
