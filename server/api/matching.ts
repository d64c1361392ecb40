/**
 * Notices for a profile (GET /api/notices?for=…): the shared rule of taxonomy/relevance.ts
 * applied to a search's candidates, each item saying why it matched and how it ranks.
 * The profile comes from a subscriber's signed `profile` token (for=<token>: read-only, it
 * reveals nothing but the matches) or from `profile.*` parameters (for=params).
 */
import type { Notice, SearchQuery, Store, Subscriber } from '../../db/types.ts';
import { parseToken, verifyToken } from '../../newsletter/tokens.ts';
import { isOpen } from '../../taxonomy/deadlines.ts';
import { parseProfile, type Profile, ProfileError } from '../../taxonomy/profile.ts';
import type { Verdict } from '../../taxonomy/relevance.ts';
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
/** how many of the newest matching notices a profile is ranked among */
export const MATCH_CANDIDATES = 1000;

/** The notices a profile is judged among: the newest MATCH_CANDIDATES matches of the other filters, no facets. */
export function matchCandidates(store: Store, q: SearchQuery) {
  return store.search({ ...q, limit: MATCH_CANDIDATES, offset: 0, facets: false });
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

/** Still open for applications or comments on `today`. */
export function openForApplication(n: Notice, today: string): boolean {
  return isOpen(n.facts?.deadlines ?? [], today);
}
