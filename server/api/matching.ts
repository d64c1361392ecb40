/**
 * Notices for a profile (GET /api/notices?for=…): the shared rule of taxonomy/relevance.ts
 * applied to every match of a search's other filters, each item saying why it matched and how it ranks.
 * The profile comes from a subscriber's signed `profile` token (for=<token>: read-only, it
 * reveals nothing but the matches) or from `profile.*` parameters (for=params).
 */
import type { SearchQuery, Store, Subscriber } from '../../db/types.ts';
import { parseToken, verifyToken } from '../../newsletter/tokens.ts';
import { isOpen } from '../../taxonomy/deadlines.ts';
import { parseProfile, type Profile, ProfileError } from '../../taxonomy/profile.ts';
import { admission, type Verdict } from '../../taxonomy/relevance.ts';
import { verdictFor } from '../../newsletter/select.ts';
import { badParam, HttpError } from '../http.ts';

/** `profile.*` query parameters (for=params). */
export const PROFILE_PARAMS = [
  'profile.hs',
  'profile.products',
  'profile.markets',
  'profile.topics',
  'profile.sources',
  'profile.keywords',
  'profile.location',
  'profile.exportValueUsd',
  'profile.sme',
] as const;
/**
 * How many matches of the other filters a profile is judged among: every one on archives up
 * to this size (beyond it, the most recently stored this many, and the answer says `totalExact: false`).
 */
export const MATCH_SCAN_CAP = 200_000;

export interface ProfileMatch {
  id: number;
  verdict: Verdict | null;
}

/**
 * The matches of q's text and filters that a profile admits (and, with `open`, still open
 * for applications on `today`), best score first, then newest change: the whole archive
 * is judged (db matchFields: the few fields relevance reads), not only the newest page.
 */
export async function profileMatches(
  store: Store,
  q: SearchQuery,
  who: ProfileSource | null,
  opts: { open?: boolean; today: string; deadlinesOnly?: boolean },
): Promise<{ matches: ProfileMatch[]; candidates: number; complete: boolean }> {
  // only the notices the profile could match through are read and judged
  const { rows, complete } = await store.matchFields(q, MATCH_SCAN_CAP, who ? admission(who.profile) : null);
  const matches: ProfileMatch[] = [];
  for (const n of rows) {
    if (opts.open && !isOpen(n.facts.deadlines ?? [], opts.today)) continue;
    if (opts.deadlinesOnly && !n.facts.deadlines?.length) continue;
    const v = who ? verdict(n, who.profile) : null;
    if (v && !v.relevant) continue;
    matches.push({ id: n.id, verdict: v });
  }
  // stable: equal scores keep the newest-change order of the rows
  if (who) matches.sort((a, b) => b.verdict!.score - a.verdict!.score);
  return { matches, candidates: rows.length, complete };
}

export interface ProfileSource {
  profile: Profile;
  /** the subscriber whose token was given */
  subscriber?: Subscriber;
}

export function profileOfSubscriber(sub: Subscriber): Profile {
  const i = sub.interests;
  return { hs: i.hs, regions: i.regions, topics: i.topics, sources: i.sources, keywords: i.keywords, location: i.location ?? null, size: i.size ?? null };
}

/** A subscriber authenticated by a profile (or manage) token, else 400 on `for`. */
export async function subscriberForToken(store: Store, secret: string | undefined, token: string, param = 'for'): Promise<Subscriber> {
  if (!secret) throw badParam(param, 'this server signs no subscriber tokens (no secret configured); give the profile as profile.* parameters with for=params');
  const t = parseToken(token);
  const sub = t && (t.purpose === 'profile' || t.purpose === 'manage') ? await store.getSubscriber(t.id) : null;
  if (!t || !sub || !verifyToken(secret, t, t.purpose, sub)) throw new HttpError(403, 'bad_token', `${param}: the profile token is invalid or expired`, param);
  return sub;
}

/** The profile a request asks for, or null when it names none. */
export async function requestProfile(q: URLSearchParams, store: Store, secret: string | undefined): Promise<ProfileSource | null> {
  const forValue = q.getAll('for');
  const given = PROFILE_PARAMS.filter((k) => q.has(k));
  if (!forValue.length) {
    if (given.length) throw badParam(given[0], 'profile parameters need for=params');
    return null;
  }
  if (forValue.length > 1) throw badParam('for', 'give one profile');
  const v = forValue[0];
  if (v === 'params') {
    const raw: Record<string, unknown> = {};
    for (const k of given) {
      const vals = q.getAll(k);
      const key = k.slice('profile.'.length);
      raw[key] = ['exportValueUsd', 'sme', 'location'].includes(key) ? vals[0] : vals.join(',');
    }
    try {
      return { profile: parseProfile(raw).profile };
    } catch (e) {
      if (e instanceof ProfileError) throw badParam(`profile.${e.field === 'profile' ? 'hs' : e.field}`, e.message.replace(/^[^:]+: /, ''));
      throw e;
    }
  }
  if (given.length) throw badParam(given[0], 'profile parameters go with for=params, not with a token');
  const subscriber = await subscriberForToken(store, secret, v);
  return { profile: profileOfSubscriber(subscriber), subscriber };
}

/** The shared rule (taxonomy/relevance.ts) on a stored notice: the digest's own function, so API and digest cannot drift. */
export const verdict = verdictFor;

export function matchJson(v: Verdict) {
  return {
    score: v.score,
    reasons: v.reasons,
    rank: v.rank,
    allGoods: v.allGoods,
    anyMarket: v.anyMarket,
    eligibility: v.eligibility.status,
    mayNotApply: v.eligibility.status === 'fails',
    conditions: v.eligibility.conditions,
    failedConditions: v.eligibility.failed,
    unknownConditions: v.eligibility.unknown,
  };
}
