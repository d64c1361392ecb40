/**
 * Digest selection (pure): a week's notices × one subscriber's interests →
 * ranked sections grouped by topic, each item saying why it matched, plus a
 * small "other major notices" section. The week is indexed once
 * (prepareWeek) so selecting for each of thousands of subscribers only
 * touches the notices that share a tag with them.
 */
import type { Interests, Notice } from '../db/types.ts';
import type { Profile } from '../taxonomy/profile.ts';
import { isEmptyProfile, judge, type RankPart, type Verdict } from '../taxonomy/relevance.ts';
import type { Vocabulary } from './taxonomy.ts';

export type ItemKind = 'new' | 'changed';

export interface WeekItem {
  notice: Notice;
  kind: ItemKind;
  /** "what changed" excerpt for changed notices */
  change: string | null;
}

export type ReasonKind = 'topic' | 'hs' | 'region' | 'source' | 'keyword' | 'local' | 'all';

export interface Reason {
  kind: ReasonKind;
  /** the subscriber's interest that matched (HS prefix, region id, …) */
  value: string;
  /** the notice's tag it matched through, when different (DE for interest EU, 854140 for 85) */
  via?: string;
}

export interface RankedItem extends WeekItem {
  score: number;
  reasons: Reason[];
  /** how the score was made (taxonomy/relevance.ts), largest part first */
  rank?: RankPart[];
  /** eligibility conditions the subscriber's facts do not show to be met */
  unknownConditions?: string[];
}

export interface Section {
  /** topic id, or null for notices without a topic */
  topic: string | null;
  items: RankedItem[];
}

export interface Selection {
  sections: Section[];
  general: RankedItem[];
  newCount: number;
  changedCount: number;
  /** matched items before the maxItems cap */
  totalMatched: number;
  /** relevant notices left out because the subscriber fails their conditions (may not apply) */
  ineligible: number;
  /** selected items whose application or comment deadline falls in the next CLOSING_SOON_DAYS, soonest first */
  closingSoon: ClosingItem[];
}

export interface ClosingItem {
  item: RankedItem;
  /** YYYY-MM-DD */
  date: string;
  kind: 'application' | 'comments' | 'deadline';
}

export const CLOSING_SOON_DAYS = 14;

/** The soonest deadline of a notice between today and today + days (inclusive). */
export function closingDeadline(n: Notice, today: string, days = CLOSING_SOON_DAYS): { date: string; kind: ClosingItem['kind'] } | null {
  const until = new Date(`${today}T00:00:00Z`);
  until.setUTCDate(until.getUTCDate() + days);
  const last = until.toISOString().slice(0, 10);
  let best: { date: string; kind: ClosingItem['kind'] } | null = null;
  for (const d of n.facts?.deadlines ?? []) {
    if (d.kind === 'effective' || d.date < today || d.date > last) continue;
    if (!best || d.date < best.date) best = { date: d.date, kind: d.kind };
  }
  return best;
}

export interface PreparedWeek {
  items: WeekItem[];
  byTopic: Map<string, number[]>;
  bySource: Map<string, number[]>;
  /** notice HS code → indexes, under the code and every prefix of it (length ≥ 2) */
  byHsPrefix: Map<string, number[]>;
  /** exact notice HS codes → indexes (for notices broader than the interest) */
  byHsExact: Map<string, number[]>;
  /** region → indexes, including blocs of tagged countries and countries of tagged blocs */
  byRegion: Map<string, { idx: number; via: string }[]>;
  lowerTitles: string[];
  /** candidates for the general section, best first */
  major: number[];
  vocab: Pick<Vocabulary, 'expandRegion' | 'blocsOf'>;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Classifies notices of a period: first seen in it → new, else changed in it. Removed notices are left out. */
export function weekItems(notices: Notice[], from: Date, changes: Map<number, string | null> = new Map()): WeekItem[] {
  return notices
    .filter((n) => n.status !== 'removed')
    .map((n) => {
      const kind: ItemKind = n.firstSeenAt.getTime() >= from.getTime() ? 'new' : 'changed';
      return { notice: n, kind, change: kind === 'changed' ? (changes.get(n.id) ?? null) : null };
    });
}

/**
 * How broadly a notice matters, for the general section: new notices with a
 * document number, several topics, and no product restriction (all goods) rank higher.
 */
export function majorScore(it: WeekItem): number {
  const n = it.notice;
  return (
    (it.kind === 'new' ? 3 : 0) + (n.docNumber ? 2 : 0) + Math.min(n.topics.length, 3) + (n.hsCodes.length === 0 ? 1 : 0) + Math.min(n.regions.length, 2) * 0.5
  );
}

export function prepareWeek(items: WeekItem[], vocab: Pick<Vocabulary, 'expandRegion' | 'blocsOf'>, opts: { majorCandidates?: number } = {}): PreparedWeek {
  const p: PreparedWeek = {
    items,
    byTopic: new Map(),
    bySource: new Map(),
    byHsPrefix: new Map(),
    byHsExact: new Map(),
    byRegion: new Map(),
    lowerTitles: items.map((it) => it.notice.title.toLowerCase()),
    major: [],
    vocab,
  };
  items.forEach((it, i) => {
    const n = it.notice;
    for (const t of new Set(n.topics)) push(p.byTopic, t, i);
    push(p.bySource, n.sourceId, i);
    const prefixes = new Set<string>();
    for (const code of n.hsCodes) {
      const c = code.replace(/\D/g, '');
      if (c.length < 2) continue;
      push(p.byHsExact, c, i);
      for (let len = 2; len <= c.length; len++) prefixes.add(c.slice(0, len));
    }
    for (const pre of prefixes) push(p.byHsPrefix, pre, i);
    const seen = new Set<string>();
    const addRegion = (key: string, via: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      push(p.byRegion, key, { idx: i, via });
    };
    for (const r of n.regions) addRegion(r, r);
    for (const r of n.regions) {
      for (const bloc of vocab.blocsOf(r)) addRegion(bloc, r);
      for (const member of vocab.expandRegion(r)) addRegion(member, r);
    }
  });
  p.major = items
    .map((it, i) => ({ i, s: majorScore(it) }))
    .filter((x) => x.s >= 5)
    .sort((a, b) => b.s - a.s || b.i - a.i)
    .slice(0, opts.majorCandidates ?? 8)
    .map((x) => x.i);
  return p;
}

export function normaliseHsPrefix(s: string): string {
  return s.replace(/[\s.]/g, '');
}

export interface SelectOptions {
  /** cap on matched items (default 30) */
  maxItems?: number;
  /** cap on the general section (default 3) */
  maxGeneral?: number;
  /** the day deadlines are counted from (YYYY-MM-DD); without it there is no closing-soon section */
  today?: string;
}

export function isEmptyInterests(i: Interests): boolean {
  return isEmptyProfile(i);
}

/** The week's items that share at least one tag, source or title keyword with the interests: the only ones that can match. */
function candidates(p: PreparedWeek, interests: Interests): Iterable<number> {
  if (isEmptyInterests(interests)) return p.items.keys();
  const out = new Set<number>();
  const all = (xs: Iterable<number> | undefined) => {
    for (const i of xs ?? []) out.add(i);
  };
  for (const t of interests.topics) all(p.byTopic.get(t));
  for (const s of interests.sources) all(p.bySource.get(s));
  for (const raw of interests.hs) {
    const pre = normaliseHsPrefix(raw);
    if (pre.length < 2) continue;
    all(p.byHsPrefix.get(pre));
    for (let len = 2; len < pre.length; len++) all(p.byHsExact.get(pre.slice(0, len)));
  }
  for (const r of interests.regions) for (const x of p.byRegion.get(r) ?? []) out.add(x.idx);
  const kws = interests.keywords.map((k) => k.toLowerCase()).filter(Boolean);
  if (kws.length) {
    p.lowerTitles.forEach((t, i) => {
      if (kws.some((k) => t.includes(k))) out.add(i);
    });
  }
  return out;
}

/** A subscriber's interests as the shared rule's profile (build it once per subscriber: judging caches per profile). */
export function profileOf(interests: Interests): Profile {
  return {
    hs: interests.hs,
    regions: interests.regions,
    topics: interests.topics,
    sources: interests.sources,
    keywords: interests.keywords,
    location: interests.location ?? null,
    size: interests.size ?? null,
  };
}

/** Whether a notice concerns a subscriber, by the shared rule (taxonomy/relevance.ts). */
export function verdictFor(n: Pick<Notice, 'title' | 'topics' | 'hsCodes' | 'regions' | 'agency' | 'sourceId' | 'facts'>, profile: Profile): Verdict {
  const f = n.facts ?? {};
  return judge(
    {
      title: n.title,
      topics: n.topics,
      hsCodes: n.hsCodes,
      regions: n.regions,
      agency: n.agency,
      sourceId: n.sourceId,
      regionRoles: f.regionRoles ?? null,
      eligibility: f.eligibility ?? null,
      ...(f.local !== undefined ? { local: f.local } : {}),
    },
    profile,
  );
}

/**
 * Ranks the week's items for one subscriber: only notices that pass the shared rule
 * (products AND markets AND local place), best first; notices whose conditions the
 * subscriber fails are left out and counted.
 */
export function selectFor(p: PreparedWeek, interests: Interests, opts: SelectOptions = {}): Selection {
  const maxItems = opts.maxItems ?? 30;
  const maxGeneral = opts.maxGeneral ?? 3;
  const ranked: RankedItem[] = [];
  let ineligible = 0;
  const profile = profileOf(interests);
  for (const i of candidates(p, interests)) {
    const it = p.items[i];
    const v = verdictFor(it.notice, profile);
    if (!v.relevant) continue;
    if (v.eligibility.status === 'fails') {
      ineligible++;
      continue;
    }
    const rank = it.kind === 'new' ? [...v.rank, { label: 'new this week', points: 0.5 }] : v.rank;
    ranked.push({
      ...it,
      score: v.score + (it.kind === 'new' ? 0.5 : 0),
      reasons: v.reasons,
      rank,
      ...(v.eligibility.unknown.length ? { unknownConditions: v.eligibility.unknown } : {}),
    });
  }
  ranked.sort(compareRanked);
  const kept = ranked.slice(0, maxItems);

  const sections = groupByTopic(kept, interests.topics);
  const matched = new Set(ranked.map((r) => r.notice.id));
  // "other major notices": broad national ones (all goods, no market, not a local bureau's) that every exporter may want
  const general: RankedItem[] = [];
  const anyone = profileOf({ hs: [], regions: [], topics: [], sources: [], keywords: [], location: interests.location ?? null, size: interests.size ?? null });
  for (const i of p.major) {
    if (general.length >= maxGeneral) break;
    const n = p.items[i].notice;
    if (matched.has(n.id)) continue;
    const v = verdictFor(n, anyone);
    if (v.relevant && v.allGoods && v.anyMarket && !v.reasons.some((r) => r.kind === 'local') && v.eligibility.status !== 'fails')
      general.push({ ...p.items[i], score: 0, reasons: [] });
  }
  const closingSoon: ClosingItem[] = [];
  if (opts.today) {
    for (const it of ranked) {
      const d = closingDeadline(it.notice, opts.today);
      if (d) closingSoon.push({ item: it, ...d });
    }
    closingSoon.sort((a, b) => a.date.localeCompare(b.date) || b.item.score - a.item.score);
  }
  return {
    sections,
    general,
    closingSoon,
    newCount: kept.filter((x) => x.kind === 'new').length,
    changedCount: kept.filter((x) => x.kind === 'changed').length,
    totalMatched: ranked.length,
    ineligible,
  };
}

function compareRanked(a: RankedItem, b: RankedItem): number {
  return b.score - a.score || b.notice.lastChangedAt.getTime() - a.notice.lastChangedAt.getTime() || a.notice.id - b.notice.id;
}

/** Sections by topic: a notice goes under the first of its topics the subscriber follows, else its first topic. */
function groupByTopic(items: RankedItem[], followed: string[]): Section[] {
  const follow = new Set(followed);
  const groups = new Map<string | null, RankedItem[]>();
  for (const it of items) {
    const topic = it.notice.topics.find((t) => follow.has(t)) ?? it.notice.topics[0] ?? null;
    push(groups, topic, it);
  }
  // items are already sorted, so a section's first item is its best: order sections by it, "other" last
  return [...groups.entries()]
    .map(([topic, its]) => ({ topic, items: its }))
    .sort((a, b) => (a.topic === null ? 1 : 0) - (b.topic === null ? 1 : 0) || compareRanked(a.items[0], b.items[0]));
}
