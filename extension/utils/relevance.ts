/**
 * Which notices concern a page: an inverted index over the notices' tags
 * (HS prefixes, regions incl. blocs, topics), built once per index version, finds
 * the candidates; the shared rule (taxonomy/relevance.ts: the page's products AND
 * markets, origins of imports not counting as markets) decides which concern the
 * page; they are ranked by kind/number of matching tags, the user's interests and recency.
 * Pure: no browser APIs, so it runs in the background, in tests and in the bench.
 */
import { localScope } from '../../taxonomy/places.ts';
import { judge } from '../../taxonomy/relevance.ts';
import type { IndexNotice } from './index-format.ts';

/** Tag ids found on a page (products already resolved to HS codes). */
export interface PageTerms {
  hs: string[];
  regions: string[];
  topics: string[];
}

export interface Interests {
  hs: string[];
  regions: string[];
  topics: string[];
}

export type ReasonKind = 'hs' | 'region' | 'topic' | 'interest';

/** Why a notice matched: the page term (kind + id) and the notice tag it hit. */
export interface Reason {
  kind: ReasonKind;
  /** the page's term id (HS code, region id, topic id); for 'interest' the interest id */
  term: string;
  /** the notice's tag that fitted (may differ: page DE, notice EU) */
  tag: string;
}

export interface RankedNotice {
  notice: IndexNotice;
  score: number;
  reasons: Reason[];
}

export interface RegionTools {
  /** members of a bloc/group (EU -> DE, FR, …); [] for a country */
  expandRegion(id: string): string[];
  /** blocs a country belongs to (DE -> EU, …) */
  blocsOf(id: string): string[];
}

export const noRegionTools: RegionTools = { expandRegion: () => [], blocsOf: () => [] };

export interface RankOptions {
  interests?: Interests;
  /** regions too common to count on their own (the home market), e.g. ['CN'] */
  homeRegions?: string[];
  /** 'today' for recency, in days since epoch */
  today?: number;
  regionTools?: RegionTools;
  limit?: number;
  /** where the user's company is (local governments' notices are kept for there only) */
  location?: { province: string; city?: string } | null;
}

export interface NoticeIndex {
  notices: IndexNotice[];
  /** HS code (as tagged on notices, 2–10 digits) -> notice positions */
  hsExact: Map<string, number[]>;
  /** every prefix of length 2, 4, 6, 8 of tagged codes -> notice positions (narrower notices) */
  hsPrefix: Map<string, number[]>;
  region: Map<string, number[]>;
  topic: Map<string, number[]>;
  /** day number per notice, -1 unknown */
  days: Int32Array;
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

const DAY_MS = 86_400_000;

export function buildNoticeIndex(notices: IndexNotice[]): NoticeIndex {
  const idx: NoticeIndex = { notices, hsExact: new Map(), hsPrefix: new Map(), region: new Map(), topic: new Map(), days: new Int32Array(notices.length) };
  notices.forEach((n, i) => {
    for (const code of n.hsCodes) {
      push(idx.hsExact, code, i);
      for (let len = 2; len < code.length; len += 2) push(idx.hsPrefix, code.slice(0, len), i);
    }
    for (const r of n.regions) push(idx.region, r, i);
    for (const t of n.topics) push(idx.topic, t, i);
    idx.days[i] = n.date ? Math.floor(Date.parse(n.date + 'T00:00:00Z') / DAY_MS) : -1;
  });
  return idx;
}

/** HS weight by how specific the common code is: chapter (2) 2, heading (4) 5, subheading (6+) 6. */
function hsWeight(len: number): number {
  return len >= 6 ? 6 : len >= 4 ? 5 : 2;
}

interface Acc {
  hs: number;
  region: number;
  topic: number;
  reasons: Reason[];
  home: boolean;
}

function normaliseHs(code: string): string | null {
  const c = code.replace(/[.\s]/g, '');
  return /^\d{2,10}$/.test(c) ? c : null;
}

// the issuing local government, read once per notice of an index (pages are ranked many times)
const localCache = new WeakMap<IndexNotice, { province: string; city?: string } | null>();
function localOf(n: IndexNotice) {
  if (n.local !== undefined) return n.local;
  let l = localCache.get(n);
  if (l === undefined) localCache.set(n, (l = localScope({ agency: n.agency, title: n.title })));
  return l;
}

/** Selects and ranks the notices whose tags fit the page's terms. */
export function rankNotices(index: NoticeIndex, terms: PageTerms, opts: RankOptions = {}): { total: number; ranked: RankedNotice[] } {
  const tools = opts.regionTools ?? noRegionTools;
  const home = new Set(opts.homeRegions ?? []);
  const acc = new Map<number, Acc>();
  const get = (i: number) => {
    let a = acc.get(i);
    if (!a) acc.set(i, (a = { hs: 0, region: 0, topic: 0, reasons: [], home: false }));
    return a;
  };

  for (const raw of new Set(terms.hs)) {
    const code = normaliseHs(raw);
    if (!code) continue;
    // notices tagged with this code or a broader one (page 94054090, notice 9405 or 94)
    for (let len = 2; len <= code.length; len += 2) {
      const q = code.slice(0, len);
      for (const i of index.hsExact.get(q) ?? []) {
        const a = get(i);
        const w = hsWeight(len);
        if (w > a.hs) a.hs = w;
        a.reasons.push({ kind: 'hs', term: code, tag: q });
      }
    }
    // notices tagged with a narrower code (page 9405, notice 940540)
    for (const i of index.hsPrefix.get(code) ?? []) {
      const a = get(i);
      const w = hsWeight(code.length);
      if (w > a.hs) a.hs = w;
      const tag = index.notices[i].hsCodes.find((c) => c.startsWith(code) && c !== code) ?? code;
      a.reasons.push({ kind: 'hs', term: code, tag });
    }
  }

  for (const r of new Set(terms.regions)) {
    const related: [string, number][] = [[r, 3]];
    for (const b of tools.blocsOf(r)) related.push([b, 2]);
    for (const m of tools.expandRegion(r)) if (m !== r) related.push([m, 2]);
    for (const [tag, w] of related) {
      for (const i of index.region.get(tag) ?? []) {
        // the origin of imports (a Chinese ruling on resin from the US) is not the page's market
        if (index.notices[i].regionRoles?.[tag] === 'origin') continue;
        const a = get(i);
        if (home.has(r) || home.has(tag)) {
          a.home = true;
          continue;
        }
        if (w > a.region) a.region = w;
        a.reasons.push({ kind: 'region', term: r, tag });
      }
    }
  }

  for (const t of new Set(terms.topics)) {
    for (const i of index.topic.get(t) ?? []) {
      const a = get(i);
      a.topic = Math.min(4, a.topic + 2);
      a.reasons.push({ kind: 'topic', term: t, tag: t });
    }
  }

  const interests = opts.interests;
  const today = opts.today ?? Math.floor(Date.now() / DAY_MS);
  // the page as a profile: its products, its markets (not the home market), its topics
  const page = {
    hs: [...new Set(terms.hs.map(normaliseHs).filter((c): c is string => !!c))],
    regions: [...new Set(terms.regions)].filter((r) => !home.has(r)),
    topics: [...new Set(terms.topics)],
    sources: [],
    keywords: [],
    location: opts.location ?? null,
  };
  const ranked: RankedNotice[] = [];
  for (const [i, a] of acc) {
    if (a.hs === 0 && a.region === 0 && a.topic === 0) continue; // home-region-only: too common to count
    const n = index.notices[i];
    // a page with products: notices about other goods cannot concern it (the rule's first test, without the allocations)
    if (page.hs.length && a.hs === 0 && n.hsCodes.length) continue;
    if (!judge({ ...n, local: localOf(n) }, page, { page: true }).relevant) continue;
    let score = a.hs + a.region + a.topic + (a.home ? 0.5 : 0);
    if (interests) {
      const hit = interestHits(n, interests);
      score += 3 * hit.length;
      a.reasons.push(...hit);
    }
    const day = index.days[i];
    if (day >= 0) score += 2 * Math.max(0, 1 - (today - day) / 365);
    ranked.push({ notice: n, score: Math.round(score * 1000) / 1000, reasons: dedupeReasons(a.reasons) });
  }
  ranked.sort((x, y) => y.score - x.score || (y.notice.date ?? '').localeCompare(x.notice.date ?? '') || y.notice.id - x.notice.id);
  const total = ranked.length;
  return { total, ranked: opts.limit != null ? ranked.slice(0, opts.limit) : ranked };
}

function interestHits(n: IndexNotice, it: Interests): Reason[] {
  const out: Reason[] = [];
  const hs = it.hs.map(normaliseHs).filter((c): c is string => !!c);
  const hsHit = hs.find((c) => n.hsCodes.some((t) => t.startsWith(c) || c.startsWith(t)));
  if (hsHit) out.push({ kind: 'interest', term: hsHit, tag: 'hs' });
  const r = it.regions.find((x) => n.regions.includes(x));
  if (r) out.push({ kind: 'interest', term: r, tag: 'region' });
  const t = it.topics.find((x) => n.topics.includes(x));
  if (t) out.push({ kind: 'interest', term: t, tag: 'topic' });
  return out;
}

function dedupeReasons(rs: Reason[]): Reason[] {
  const seen = new Set<string>();
  return rs.filter((r) => {
    const k = r.kind + '\u0000' + r.term + '\u0000' + r.tag;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Notices (positions in a ranked list) that a page term contributed to, for the in-page card. */
export function noticesForTerm(ranked: RankedNotice[], kind: 'hs' | 'region' | 'topic', term: string): RankedNotice[] {
  return ranked.filter((r) => r.reasons.some((x) => x.kind === kind && x.term === term));
}
