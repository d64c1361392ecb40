/**
 * Subscription flows over the store, independent of HTTP: subscribe (double
 * opt-in), confirm, change interests, pause/resume, unsubscribe, export and
 * delete. Every flow after subscribe is authorised by a signed token.
 */
import type { Interests, Store, Subscriber, SubscriptionChange } from '../db/types.ts';
import { parseProfile, ProfileError } from '../taxonomy/profile.ts';
import { PATHS, tokenUrl } from './links.ts';
import type { Mailer } from './mailer.ts';
import { renderConfirm } from './render.ts';
import type { Vocabulary } from './taxonomy.ts';
import { parseToken, TOKEN_MAX_AGE_MS, type TokenPurpose, type TokenSubject, verifyToken } from './tokens.ts';

export class InputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'InputError';
  }
}

export const LIMITS = { listItems: 30, itemLength: 60, emailLength: 254, keywords: 10 } as const;

// Deliberately simple: one @, a dotted domain of letters/digits/hyphens, no spaces or quotes.
const EMAIL_RE = /^[A-Za-z0-9.!#$%&*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function validEmail(s: unknown): string {
  if (typeof s !== 'string' || !s.trim()) throw new InputError('email', 'an e-mail address is required');
  const e = s.trim();
  if (e.length > LIMITS.emailLength) throw new InputError('email', `at most ${LIMITS.emailLength} characters`);
  const local = e.split('@')[0];
  if (!EMAIL_RE.test(e) || local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..') || !/\.[A-Za-z]{2,}$/.test(e)) {
    throw new InputError('email', `"${e.slice(0, 80)}" is not a valid e-mail address`);
  }
  return e.toLowerCase();
}

/** Accepts an array of strings or one string of comma/space/newline-separated items. */
function list(v: unknown, field: string, splitSpaces = true): string[] {
  if (v === undefined || v === null || v === '') return [];
  const raw = Array.isArray(v) ? v : typeof v === 'string' ? v.split(splitSpaces ? /[,，;；\s]+/ : /[,，;；\n]+/) : null;
  if (!raw) throw new InputError(field, 'a list of strings or a comma-separated string is expected');
  const out: string[] = [];
  for (const x of raw) {
    if (typeof x !== 'string') throw new InputError(field, 'every item must be a string');
    const t = x.trim();
    if (!t) continue;
    if (t.length > LIMITS.itemLength) throw new InputError(field, `items are at most ${LIMITS.itemLength} characters`);
    if (!out.includes(t)) out.push(t);
  }
  if (out.length > LIMITS.listItems) throw new InputError(field, `at most ${LIMITS.listItems} items`);
  return out;
}

function each(items: string[], field: string, re: RegExp, what: string, map: (s: string) => string = (s) => s): string[] {
  return items.map((s) => {
    const m = map(s);
    if (!re.test(m)) throw new InputError(field, `"${s}" is not ${what}`);
    return m;
  });
}

export interface SubscriptionInput {
  email: string;
  language: 'zh' | 'en';
  interests: Interests;
  sendEmpty: boolean;
  /** product words that matched no HS code (shown back to the user) */
  unknownProducts: string[];
}

function bool(v: unknown, field: string): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'on' || v === '1' || v === 'yes') return true;
  if (v === 'false' || v === 'off' || v === '0' || v === 'no') return false;
  throw new InputError(field, 'true or false expected');
}

/** Validates interests (HS codes or prefixes, product words, regions, topics, sources, keywords). */
export function parseInterests(raw: Record<string, unknown>, vocab: Pick<Vocabulary, 'lookupProducts'>): { interests: Interests; unknownProducts: string[] } {
  const hs = each(list(raw.hs, 'hs'), 'hs', /^\d{2,10}$/, 'an HS code or prefix of 2 to 10 digits', (s) => s.replace(/[.\s]/g, ''));
  const unknownProducts: string[] = [];
  for (const word of list(raw.products, 'products', false)) {
    const found = vocab.lookupProducts(word).slice(0, 5);
    if (!found.length) unknownProducts.push(word);
    for (const f of found) if (/^\d{2,10}$/.test(f.hs) && !hs.includes(f.hs)) hs.push(f.hs);
  }
  if (hs.length > LIMITS.listItems) throw new InputError('hs', `at most ${LIMITS.listItems} HS codes`);
  const interests: Interests = {
    hs,
    regions: each(list(raw.regions, 'regions'), 'regions', /^[A-Z][A-Z0-9-]{1,11}$/, 'a region code such as US, EU or ASEAN', (s) => s.toUpperCase()),
    topics: each(list(raw.topics, 'topics'), 'topics', /^[a-z0-9][a-z0-9-]{0,39}$/, 'a topic id such as tariffs', (s) => s.toLowerCase()),
    sources: each(list(raw.sources, 'sources'), 'sources', /^[a-z0-9][a-z0-9_-]{0,39}$/, 'a source id', (s) => s.toLowerCase()),
    keywords: list(raw.keywords, 'keywords', false),
  };
  if (interests.keywords.length > LIMITS.keywords) throw new InputError('keywords', `at most ${LIMITS.keywords} keywords`);
  Object.assign(interests, companyFacts(raw));
  return { interests, unknownProducts };
}

/** Where the company is and its size facts (validated by taxonomy/profile.ts); only the keys given. */
function companyFacts(raw: Record<string, unknown>): Pick<Interests, 'location' | 'size'> {
  const given = (k: string) => raw[k] !== undefined && raw[k] !== null && raw[k] !== '';
  if (!given('location') && !given('exportValueUsd') && !given('sme') && !given('size')) return {};
  try {
    const { profile } = parseProfile({
      location: raw.location,
      exportValueUsd: raw.exportValueUsd,
      sme: raw.sme,
      ...(given('size') ? { size: raw.size } : {}),
    });
    return { ...(profile.location ? { location: profile.location } : {}), ...(profile.size ? { size: profile.size } : {}) };
  } catch (e) {
    if (e instanceof ProfileError) throw new InputError(e.field, e.message.replace(/^[^:]+: /, ''));
    throw e;
  }
}

export function parseSubscription(raw: unknown, vocab: Pick<Vocabulary, 'lookupProducts'>): SubscriptionInput {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new InputError('body', 'a JSON object is expected');
  const r = raw as Record<string, unknown>;
  const allowed = new Set([
    'email',
    'language',
    'lang',
    'hs',
    'products',
    'regions',
    'topics',
    'sources',
    'keywords',
    'sendEmpty',
    'interests',
    'token',
    'location',
    'exportValueUsd',
    'sme',
    'size',
  ]);
  for (const k of Object.keys(r)) if (!allowed.has(k)) throw new InputError(k, 'unknown field');
  const nested = r.interests && typeof r.interests === 'object' ? (r.interests as Record<string, unknown>) : r;
  const language = (r.language ?? r.lang ?? 'en') as unknown;
  if (language !== 'zh' && language !== 'en') throw new InputError('language', 'zh or en');
  const { interests, unknownProducts } = parseInterests(
    {
      ...nested,
      products: nested.products ?? r.products,
      location: nested.location ?? r.location,
      exportValueUsd: nested.exportValueUsd ?? r.exportValueUsd,
      sme: nested.sme ?? r.sme,
      size: nested.size ?? r.size,
    },
    vocab,
  );
  return { email: validEmail(r.email), language, interests, sendEmpty: bool(r.sendEmpty, 'sendEmpty'), unknownProducts };
}

export interface FlowDeps {
  store: Store;
  secret: string;
  publicUrl: string;
  /** for confirmation mails */
  mailer?: Mailer;
  from?: string;
  now?: () => number;
  /** the per-address limit: false when this address had its confirmation mail too recently (routes.ts) */
  mayMail?: (email: string) => Promise<boolean>;
}

export type SubscribeOutcome = 'confirmation-sent' | 'already-subscribed' | 'not-sent';

/** What a `change` token is signed for: the change, bound to its subscriber's address (it dies with the subscriber). */
const changeSubject = (c: SubscriptionChange, sub: Subscriber): TokenSubject => ({ id: c.id, email: sub.email, createdAt: c.createdAt });

/**
 * Subscribes an address. Idempotent, and safe against strangers: the answer
 * is the same whatever the address's state, and nothing stored about an
 * existing address changes from the public form. A confirmed (or paused)
 * subscriber gets a mail with their manage link; for a pending or
 * unsubscribed one the requested settings wait as a pending change, applied
 * only through the signed link mailed to the address (until then a pending
 * subscriber stays pending and an unsubscribed one stays unsubscribed, with
 * the settings they had). Nothing is sent before confirmation.
 */
export async function subscribe(d: FlowDeps, input: SubscriptionInput): Promise<{ outcome: SubscribeOutcome; subscriber: Subscriber | null }> {
  // an address mailed too recently gets nothing, and nothing is recorded (its mail could not confirm it)
  if (d.mailer && d.from && d.mayMail && !(await d.mayMail(input.email)))
    return { outcome: 'not-sent', subscriber: await d.store.getSubscriberByEmail(input.email) };
  const existing = await d.store.getSubscriberByEmail(input.email);
  let sub: Subscriber;
  let kind: 'confirm' | 'already';
  let link: () => string;
  if (existing && (existing.status === 'confirmed' || existing.status === 'paused')) {
    sub = existing;
    kind = 'already';
    link = () => tokenUrl(d.publicUrl, PATHS.manage, d.secret, 'manage', sub, d.now?.());
  } else if (existing) {
    sub = existing;
    kind = 'confirm';
    const change = await d.store.addSubscriptionChange(
      { subscriberId: existing.id, language: input.language, interests: input.interests, sendEmpty: input.sendEmpty },
      { maxAgeMs: TOKEN_MAX_AGE_MS.change, now: d.now ? new Date(d.now()) : undefined },
    );
    link = () => tokenUrl(d.publicUrl, PATHS.confirm, d.secret, 'change', changeSubject(change, existing), d.now?.());
  } else {
    sub = await d.store.upsertSubscriber({
      email: input.email,
      language: input.language,
      interests: input.interests,
      sendEmpty: input.sendEmpty,
      status: 'pending',
    });
    kind = 'confirm';
    link = () => tokenUrl(d.publicUrl, PATHS.confirm, d.secret, 'confirm', sub, d.now?.());
  }
  if (!d.mailer || !d.from) return { outcome: 'not-sent', subscriber: sub };
  // a pending change is written in the language it asked for; the address's owner may not have chosen it
  const mail = await renderConfirm({ lang: kind === 'confirm' ? input.language : sub.language, kind, url: link() });
  await d.mailer.send({
    from: d.from,
    to: sub.email,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    messageId: `<${kind}.${sub.id}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}@policy-radar>`,
    fileStem: `${kind}-${sub.id}-${sub.email}`,
  });
  return { outcome: kind === 'confirm' ? 'confirmation-sent' : 'already-subscribed', subscriber: sub };
}

/**
 * The subscriber a token was signed for, or null for anything tampered, expired, of another purpose,
 * or of a deleted subscriber. A `change` token also gives the pending change it applies (null once
 * applied or superseded).
 */
export async function authenticate(
  d: Pick<FlowDeps, 'store' | 'secret' | 'now'>,
  token: unknown,
  purposes: TokenPurpose[],
): Promise<{ subscriber: Subscriber; purpose: TokenPurpose; change?: SubscriptionChange } | null> {
  const parsed = parseToken(token);
  if (!parsed || !purposes.includes(parsed.purpose)) return null;
  if (parsed.purpose === 'change') {
    const change = await d.store.getSubscriptionChange(parsed.id);
    const sub = change && (await d.store.getSubscriber(change.subscriberId));
    if (!change || !sub) return null;
    return verifyToken(d.secret, parsed, 'change', changeSubject(change, sub), d.now?.()) ? { subscriber: sub, purpose: 'change', change } : null;
  }
  const sub = await d.store.getSubscriber(parsed.id);
  if (!sub) return null;
  return verifyToken(d.secret, parsed, parsed.purpose, sub, d.now?.()) ? { subscriber: sub, purpose: parsed.purpose } : null;
}

/** Applies a pending change from the owner's mailbox (a `change` link): its settings, and the address confirmed. */
export async function applyChange(d: FlowDeps, change: SubscriptionChange): Promise<Subscriber | null> {
  return d.store.applySubscriptionChange(change.id, new Date(d.now?.() ?? Date.now()));
}

export async function confirm(d: FlowDeps, sub: Subscriber): Promise<Subscriber> {
  if (sub.status === 'confirmed') return sub;
  if (sub.status === 'paused') return sub;
  return (await d.store.updateSubscriber(sub.id, { status: 'confirmed', confirmedAt: new Date(d.now?.() ?? Date.now()), unsubscribedAt: null }))!;
}

export async function unsubscribe(d: FlowDeps, sub: Subscriber): Promise<Subscriber> {
  if (sub.status === 'unsubscribed') return sub;
  return (await d.store.updateSubscriber(sub.id, { status: 'unsubscribed', unsubscribedAt: new Date(d.now?.() ?? Date.now()) }))!;
}

export async function setPaused(d: FlowDeps, sub: Subscriber, paused: boolean): Promise<Subscriber> {
  if (paused && sub.status === 'confirmed') return (await d.store.updateSubscriber(sub.id, { status: 'paused' }))!;
  // resuming from the manage page re-activates an unsubscribed address too: the token proves ownership
  if (!paused && (sub.status === 'paused' || sub.status === 'unsubscribed'))
    return (await d.store.updateSubscriber(sub.id, { status: 'confirmed', unsubscribedAt: null, confirmedAt: sub.confirmedAt ?? new Date() }))!;
  return sub;
}

export async function updatePreferences(
  d: FlowDeps,
  sub: Subscriber,
  p: { interests: Interests; language: 'zh' | 'en'; sendEmpty: boolean },
): Promise<Subscriber> {
  return (await d.store.updateSubscriber(sub.id, { interests: p.interests, language: p.language, sendEmpty: p.sendEmpty }))!;
}

/** Everything stored about a subscriber (GDPR-style access request). */
export async function exportData(d: FlowDeps, sub: Subscriber) {
  const deliveries = await d.store.listDeliveries({ subscriberId: sub.id });
  return {
    subscriber: {
      email: sub.email,
      language: sub.language,
      interests: sub.interests,
      sendEmpty: sub.sendEmpty,
      status: sub.status,
      createdAt: sub.createdAt,
      confirmedAt: sub.confirmedAt,
      unsubscribedAt: sub.unsubscribedAt,
    },
    deliveries: deliveries.map((x) => ({ period: x.period, status: x.status, sentAt: x.sentAt, attempts: x.attempts })),
    exportedAt: new Date(d.now?.() ?? Date.now()),
  };
}

export async function deleteData(d: FlowDeps, sub: Subscriber): Promise<boolean> {
  return d.store.deleteSubscriber(sub.id);
}
