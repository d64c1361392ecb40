/**
 * `npm run eval:relevance`: precision, recall and nDCG@10 of the digest selection and
 * of the extension's page matching on 24 profiles × 201 notices with hand-made
 * judgements (bench/relevance/). The notices are classified from their text, as the
 * crawler does; the matcher never sees the hand-written scope.
 */
import { readFileSync } from 'node:fs';
import type { Notice } from '../db/types.ts';
import { buildNoticeIndex, rankNotices } from '../extension/utils/relevance.ts';
import type { IndexNotice } from '../extension/utils/index-format.ts';
import { prepareWeek, selectFor, weekItems } from '../newsletter/select.ts';
import { blocsOf, classify, expandRegion, tagsOf } from '../taxonomy/index.ts';
import { extractEligibility } from '../taxonomy/eligibility.ts';
import { relevant as judgedRelevant, type Judgements } from './relevance/judge.ts';
import { NOTICES } from './relevance/notices.ts';
import { PROFILES } from './relevance/profiles.ts';

if (process.argv.includes('--help')) {
  console.log(
    "usage: npm run eval:relevance [-- --verbose]\n  prints precision, recall and nDCG@10 of the digest selection and the extension page matching\n  --verbose  list each profile's misses and wrong picks",
  );
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
const judgements = JSON.parse(readFileSync(new URL('./relevance/judgements.json', import.meta.url), 'utf8')) as Judgements;

const from = new Date('2026-11-30T00:00:00Z');
const notices: Notice[] = NOTICES.map((n) => {
  const tags = tagsOf(classify({ title: n.title, text: n.text, agency: n.agency, language: n.language }));
  return {
    id: n.id,
    sourceId: n.sourceId,
    url: `https://example.gov/${n.id}`,
    title: n.title,
    docNumber: null,
    agency: n.agency,
    language: n.language,
    publishedAt: '2026-12-01',
    effectiveAt: null,
    firstSeenAt: new Date(from.getTime() + n.id * 1000),
    lastSeenAt: from,
    lastChangedAt: new Date(from.getTime() + n.id * 1000),
    status: 'active',
    versionCount: 1,
    contentHash: String(n.id),
    topics: tags.topics,
    hsCodes: tags.hsCodes,
    regions: tags.regions,
    facts: { regionRoles: tags.regionRoles ?? {}, eligibility: extractEligibility(n.title, n.text) },
  } satisfies Notice;
});

interface Scores {
  tp: number;
  fp: number;
  fn: number;
  ndcg: number[];
}
const empty = (): Scores => ({ tp: 0, fp: 0, fn: 0, ndcg: [] });

function ndcgAt10(ranked: number[], rel: Set<number>): number {
  let dcg = 0;
  ranked.slice(0, 10).forEach((id, i) => {
    if (rel.has(id)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(10, rel.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal ? dcg / ideal : ranked.length ? 0 : 1;
}

function score(s: Scores, ranked: number[], rel: Set<number>, label: string): void {
  const picked = new Set(ranked);
  const wrong = ranked.filter((id) => !rel.has(id));
  const missed = [...rel].filter((id) => !picked.has(id));
  s.tp += ranked.length - wrong.length;
  s.fp += wrong.length;
  s.fn += missed.length;
  s.ndcg.push(ndcgAt10(ranked, rel));
  if (verbose && label && (wrong.length || missed.length)) {
    console.log(`  ${label}`);
    for (const id of wrong)
      console.log(
        `    + ${NOTICES[id - 1].title}  [${notices[id - 1].hsCodes.join(' ')} | ${notices[id - 1].regions.map((r) => `${r}:${notices[id - 1].facts?.regionRoles?.[r] ?? '?'}`).join(' ')}]`,
      );
    for (const id of missed)
      console.log(
        `    - ${NOTICES[id - 1].title}  [${notices[id - 1].hsCodes.join(' ')} | ${notices[id - 1].regions.join(' ')} | ${notices[id - 1].topics.join(' ')}]`,
      );
  }
}

function line(name: string, s: Scores): string {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.tp / Math.max(1, s.tp + s.fn);
  const n = s.ndcg.reduce((a, b) => a + b, 0) / Math.max(1, s.ndcg.length);
  return `${name.padEnd(34)} precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  nDCG@10 ${n.toFixed(3)}  (${s.tp} right, ${s.fp} wrong, ${s.fn} missed)`;
}

// Digest: the week's selection for each profile, best first.
const week = prepareWeek(weekItems(notices, from), { expandRegion, blocsOf });
const digest = empty();
const union = empty();
if (verbose) console.log('digest:');
for (const bp of PROFILES) {
  const rel = new Set(judgements.relevant[bp.name] ?? []);
  const sel = selectFor(week, bp.profile, { maxItems: 1000, maxGeneral: 0 });
  const ranked = sel.sections
    .flatMap((x) => x.items)
    .sort((a, b) => b.score - a.score || a.notice.id - b.notice.id)
    .map((x) => x.notice.id);
  score(digest, ranked, rel, bp.name);
  // the former rule, for comparison: any one shared tag, topic or source
  const u = notices.filter((n) => {
    const p = bp.profile;
    return (
      n.topics.some((t) => p.topics.includes(t)) ||
      p.sources.includes(n.sourceId) ||
      n.hsCodes.some((c) => p.hs.some((h) => c.startsWith(h) || h.startsWith(c))) ||
      n.regions.some((r) => p.regions.some((x) => x === r || expandRegion(x).includes(r) || expandRegion(r).includes(x)))
    );
  });
  const before = empty();
  score(
    before,
    u.map((n) => n.id),
    rel,
    '',
  );
  union.tp += before.tp;
  union.fp += before.fp;
  union.fn += before.fn;
  union.ndcg.push(...before.ndcg);
}

// Extension: a product page for each company that sells goods (its products and markets on the page).
const index = buildNoticeIndex(
  notices.map(
    (n): IndexNotice => ({
      id: n.id,
      title: n.title,
      agency: n.agency,
      date: n.publishedAt,
      url: n.url,
      topics: n.topics,
      hsCodes: n.hsCodes,
      regions: n.regions,
      ...(n.facts?.regionRoles ? { regionRoles: n.facts.regionRoles } : {}),
    }),
  ),
);
const page = empty();
if (verbose) console.log('extension pages:');
let pages = 0;
for (const bp of PROFILES) {
  if (!bp.profile.hs.length) continue;
  pages++;
  const visitor = { name: bp.name, profile: { ...bp.profile, topics: [], sources: [], keywords: [], location: null, size: null } };
  const rel = new Set(NOTICES.filter((n) => judgedRelevant(n.truth, visitor, true)).map((n) => n.id));
  const r = rankNotices(
    index,
    { hs: bp.profile.hs, regions: bp.profile.regions, topics: [] },
    { homeRegions: ['CN'], regionTools: { expandRegion, blocsOf }, today: Math.floor(from.getTime() / 86_400_000) },
  );
  score(
    page,
    r.ranked.map((x) => x.notice.id),
    rel,
    `page: ${bp.name}`,
  );
}

console.log(
  `eval:relevance — ${PROFILES.length} profiles × ${NOTICES.length} notices, ${Object.values(judgements.relevant).flat().length} relevant pairs (hand-judged scope, bench/relevance/)`,
);
console.log(line('digest selection', digest));
const dp = digest.tp / Math.max(1, digest.tp + digest.fp);
const dr = digest.tp / Math.max(1, digest.tp + digest.fn);
console.log(`  target precision >= 0.90 at recall >= 0.90: ${dp >= 0.9 && dr >= 0.9 ? 'met' : 'NOT met'}`);
console.log(line('  former rule (union of interests)', union));
console.log(line(`extension page matching (${pages} pages)`, page));
