/**
 * The one matching rule, shared by the digest, the extension and the API: does a
 * notice concern a company with this profile, why, and how strongly. A notice is
 * relevant when it concerns the company's products (HS overlap, a title keyword, or
 * it applies to all goods and its topic or source is followed), AND its market scope
 * includes a followed market or is not market-specific (origins of imports do not
 * count as markets), AND, when a local government issued it, the company is there.
 * Eligibility conditions the company fails mark it "may not apply to you".
 * Pure: no I/O, so the extension bundles it.
 */
import { type Eligibility, checkEligibility, type EligibilityCheck } from './eligibility.ts';
import { type Location, localScope, locationWithin, placeName } from './places.ts';
import type { Profile } from './profile.ts';
import { marketRegions, type RegionRole } from './region-roles.ts';
import { blocsOf, expandRegion } from './regions.ts';

/** What the matcher needs of a notice (a stored notice, an index entry, a classified text). */
export interface MatchNotice {
  title: string;
  topics: string[];
  hsCodes: string[];
  regions: string[];
  /** role of each region; absent for notices tagged before roles existed (all count as markets) */
  regionRoles?: Record<string, RegionRole> | null;
  agency?: string | null;
  sourceId?: string;
  /** the local government's place; undefined: derived from the agency and title */
  local?: Location | null;
  eligibility?: Eligibility | null;
}

export type ReasonKind = 'hs' | 'keyword' | 'topic' | 'source' | 'region' | 'local' | 'all';

export interface Reason {
  kind: ReasonKind;
  /** the profile's interest that matched (HS prefix, region id, topic id, place id) */
  value: string;
  /** the notice's tag it matched through, when different (DE for EU, 854140 for 8541) */
  via?: string;
}

/** One line of the score: what it counts for and how much. */
export interface RankPart {
  label: string;
  points: number;
}

export interface Verdict {
  relevant: boolean;
  score: number;
  reasons: Reason[];
  /** how the score was made, largest part first */
  rank: RankPart[];
  /** why it was left out (when not relevant) */
  excluded: string | null;
  /** the notice's conditions checked against the profile */
  eligibility: EligibilityCheck;
  /** the notice covers all goods (no product tag) */
  allGoods: boolean;
  /** the notice names no market (or only origins of imports) */
  anyMarket: boolean;
}

const POINTS = { hsNarrow: 4, hsBroad: 2, keyword: 2.5, topic: 3, source: 1.5, region: 3, regionVia: 2, local: 1.5 } as const;
const HOME = 'CN';

function digits(s: string): string {
  return s.replace(/[\s.]/g, '');
}

export function isEmptyProfile(p: Pick<Profile, 'hs' | 'regions' | 'topics' | 'sources' | 'keywords'>): boolean {
  return !p.hs.length && !p.topics.length && !p.regions.length && !p.sources.length && !p.keywords.length;
}

/** The markets a notice concerns: region tags that are not origins of imports and not China itself. */
export function noticeMarkets(n: Pick<MatchNotice, 'regions' | 'regionRoles'>): string[] {
  return marketRegions(n.regions, n.regionRoles).filter((r) => r !== HOME);
}

interface Prepared {
  hs: { raw: string; pre: string }[];
  /** notice market tag -> the interest it matches through, best first */
  markets: Map<string, { value: string; points: number; via?: string }>;
  keywords: { raw: string; lower: string }[];
}

// profiles are judged against many notices: their lookups are built once per profile object
const prepared = new WeakMap<object, Prepared>();

function prepare(p: Profile): Prepared {
  let x = prepared.get(p);
  if (x) return x;
  const markets = new Map<string, { value: string; points: number; via?: string }>();
  for (const r of p.regions) {
    const id = r.toUpperCase();
    markets.set(id, { value: r, points: POINTS.region });
  }
  for (const r of p.regions) {
    const id = r.toUpperCase();
    // a member of a followed bloc, or a bloc a followed country belongs to
    for (const t of [...expandRegion(id), ...blocsOf(id)]) if (!markets.has(t)) markets.set(t, { value: r, points: POINTS.regionVia, via: t });
  }
  x = {
    hs: p.hs.map((raw) => ({ raw, pre: digits(raw) })).filter((h) => h.pre.length >= 2),
    markets,
    keywords: p.keywords.filter(Boolean).map((raw) => ({ raw, lower: raw.toLowerCase() })),
  };
  prepared.set(p, x);
  return x;
}

/** The best HS overlap: a notice code under the interest (narrow, stronger the longer the interest) or a broader notice code. */
function hsOverlap(interests: Prepared['hs'], codes: string[]): { reason: Reason; points: number } | null {
  let best: { reason: Reason; points: number } | null = null;
  for (const code of codes) {
    const c = /^\d+$/.test(code) ? code : digits(code);
    for (const { raw, pre } of interests) {
      let pts = 0;
      if (c.startsWith(pre)) pts = POINTS.hsNarrow + Math.min(pre.length - 2, 4) * 0.25;
      else if (pre.startsWith(c)) pts = POINTS.hsBroad + Math.min(c.length - 2, 4) * 0.25;
      if (pts && (!best || pts > best.points)) best = { points: pts, reason: { kind: 'hs', value: raw, ...(c !== pre ? { via: code } : {}) } };
    }
  }
  return best;
}

function marketOverlap(interests: Prepared['markets'], markets: string[]): { reason: Reason; points: number } | null {
  let best: { reason: Reason; points: number } | null = null;
  for (const m of markets) {
    const hit = interests.get(m);
    if (hit && (!best || hit.points > best.points))
      best = { points: hit.points, reason: { kind: 'region', value: hit.value, ...(hit.via ? { via: hit.via } : {}) } };
  }
  return best;
}

// A trade-remedy case is always about particular goods, even when no product tag was found
// (Polyester Staple Fiber From the PRC, 对原产于…的进口…反倾销): it never covers all goods.
const CASE_TITLE = /\bfrom\b|originating|anti-?dumping|countervailing|safeguard|antidumping|原产于|反倾销|反补贴|保障措施|反规避/i;

/** True when a notice applies to all goods: no product tag and not a trade-remedy case. */
export function coversAllGoods(n: Pick<MatchNotice, 'hsCodes' | 'topics' | 'title'>): boolean {
  return n.hsCodes.length === 0 && !(n.topics.includes('trade-remedies') && CASE_TITLE.test(n.title));
}

function where(l: Location | null | undefined): string {
  if (!l) return 'unknown';
  return placeName(l.city ?? l.province, 'zh') ?? l.city ?? l.province;
}

/**
 * A superset of the notices judge() can admit for a profile, as tag sets a store can
 * query: every admitted notice is in `any`, or in `follow` and without an HS code (a
 * notice on all goods). null when nothing narrows: an empty profile admits everything, and
 * a keyword with non-ASCII capitals cannot be compared case-blind in SQL as here.
 */
export interface Admission {
  any: { hsPrefixes: string[]; hsExact: string[]; titleWords: string[]; regions: string[] };
  follow: { topics: string[]; sources: string[] };
}

export function admission(p: Profile): Admission | null {
  if (isEmptyProfile(p)) return null;
  const pp = prepare(p);
  // SQL lower() folds ASCII only: a title's É would not meet a keyword's é there
  if (pp.keywords.some((k) => [...k.lower].some((c) => c > '\x7f' && c.toUpperCase() !== c))) return null;
  const hasProducts = p.hs.length > 0 || p.keywords.length > 0;
  const hasFollow = p.topics.length > 0 || p.sources.length > 0;
  const follow = { topics: [...p.topics], sources: [...p.sources] };
  if (hasProducts) {
    // a product hit: a code under the interest, or a broader code (a chapter 85 notice for 8507)
    const hsExact = new Set<string>();
    for (const { pre } of pp.hs) for (let n = 2; n < pre.length; n++) hsExact.add(pre.slice(0, n));
    return { any: { hsPrefixes: pp.hs.map((h) => h.pre), hsExact: [...hsExact], titleWords: pp.keywords.map((k) => k.lower), regions: [] }, follow };
  }
  if (hasFollow) return { any: { hsPrefixes: [], hsExact: [], titleWords: [], regions: [] }, follow };
  // markets only: nothing but a market hit admits
  return { any: { hsPrefixes: [], hsExact: [], titleWords: [], regions: [...pp.markets.keys()] }, follow: { topics: [], sources: [] } };
}

export interface JudgeOptions {
  /**
   * A web page's profile (its products and markets) follows no topics: a notice on all
   * goods concerns it through a market the page names (Germany's packaging rules on a lamp
   * page for Germany), never on its own.
   */
  page?: boolean;
}

/** Judges one notice for one profile. */
export function judge(n: MatchNotice, p: Profile, opts: JudgeOptions = {}): Verdict {
  const eligibility = checkEligibility(n.eligibility ?? null, p);
  const allGoods = coversAllGoods(n);
  const markets = noticeMarkets(n);
  const anyMarket = markets.length === 0;
  const out = (relevant: boolean, excluded: string | null, reasons: Reason[], rank: RankPart[]): Verdict => {
    rank.sort((a, b) => b.points - a.points);
    const score = Math.round(rank.reduce((s, r) => s + r.points, 0) * 1000) / 1000;
    return { relevant, score, reasons, rank, excluded, eligibility, allGoods, anyMarket };
  };

  const local = n.local !== undefined ? n.local : localScope({ agency: n.agency, title: n.title });
  if (local && !locationWithin(local, p.location)) {
    return out(false, `a local notice for companies in ${where(local)}; the profile's company is in ${where(p.location)}`, [], []);
  }
  if (isEmptyProfile(p)) return out(true, null, [{ kind: 'all', value: '*' }], [{ label: 'no interests: every notice', points: 1 }]);

  const reasons: Reason[] = [];
  const rank: RankPart[] = [];
  const add = (r: Reason, points: number, label: string) => {
    reasons.push(r);
    rank.push({ label, points });
  };

  const pp = prepare(p);
  const hs = hsOverlap(pp.hs, n.hsCodes);
  if (hs) add(hs.reason, hs.points, `product HS ${hs.reason.value}${hs.reason.via ? ` (notice ${hs.reason.via})` : ''}`);
  const title = pp.keywords.length ? n.title.toLowerCase() : '';
  const kw = pp.keywords.find((k) => title.includes(k.lower))?.raw;
  if (kw) add({ kind: 'keyword', value: kw }, POINTS.keyword, `title has “${kw}”`);
  const topic = p.topics.find((t) => n.topics.includes(t));
  if (topic) add({ kind: 'topic', value: topic }, POINTS.topic, `topic ${topic}`);
  const source = n.sourceId && p.sources.includes(n.sourceId) ? n.sourceId : undefined;
  if (source) add({ kind: 'source', value: source }, POINTS.source, `source ${source}`);
  const market = marketOverlap(pp.markets, markets);
  if (market) add(market.reason, market.points, `market ${market.reason.value}${market.reason.via ? ` (notice ${market.reason.via})` : ''}`);
  if (local) add({ kind: 'local', value: local.city ?? local.province }, POINTS.local, `local notice for ${where(local)}`);

  const hasProducts = p.hs.length > 0 || p.keywords.length > 0;
  const hasFollow = p.topics.length > 0 || p.sources.length > 0;
  const productHit = !!hs || !!kw;
  const followHit = !!topic || !!source;

  // products: an overlap, or a notice on all goods whose topic (or source) is followed;
  // a profile naming neither products nor topics does not restrict products
  const productOk = productHit || (allGoods && (followHit || (!!opts.page && !!market))) || (!hasProducts && !hasFollow);
  if (!productOk) {
    const goods = n.hsCodes.length ? `HS ${n.hsCodes.slice(0, 3).join(', ')}` : 'goods of a trade-remedy case that no product tag names';
    const why = allGoods
      ? 'applies to all goods but none of its topics is followed'
      : `about ${goods}${hasProducts ? ", not the profile's products" : '; the profile names no products'}`;
    return out(false, why, reasons, rank);
  }
  // markets: a followed one, or none named; a profile without markets takes any market for its own products
  const marketOk = !!market || anyMarket || (p.regions.length === 0 && productHit);
  if (!marketOk) {
    const origins = n.regions.filter((r) => n.regionRoles?.[r] === 'origin');
    return out(
      false,
      `for the market${markets.length > 1 ? 's' : ''} ${markets.join(', ')}, not a followed one${origins.length ? ` (${origins.join(', ')}: origin of imports)` : ''}`,
      reasons,
      rank,
    );
  }
  if (!productHit && !followHit && !market) return out(false, 'nothing in the profile matches', reasons, rank);
  if (allGoods && followHit) rank.push({ label: 'all goods', points: 0.5 });
  if (anyMarket && !market) rank.push({ label: 'not market-specific', points: 0.25 });
  if (eligibility.status === 'fails') rank.push({ label: 'may not apply: ' + eligibility.failed.join('; '), points: -3 });
  else if (eligibility.status === 'ok' && eligibility.conditions.length) rank.push({ label: 'conditions met', points: 0.5 });
  return out(true, null, reasons, rank);
}
