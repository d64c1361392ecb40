import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed links for subscribers. A token is `purpose.id.issued.mac` where mac =
 * HMAC-SHA256(secret, purpose|id|email|createdAt|issued), base64url, 128 bits.
 * Binding the e-mail and creation time means a token dies with its subscriber
 * record: a deleted and re-created address (or a reused row id) gets new tokens.
 * Scoped by purpose so a confirm link cannot be replayed as a manage link.
 */

/**
 * `change`: applies a pending subscription change; its id is the change's, its subject the change's creation (subscriptions.ts).
 * `profile`: read-only use of a subscriber's profile (the API's ?for=, the deadline calendar).
 */
export type TokenPurpose = 'confirm' | 'manage' | 'unsubscribe' | 'preview' | 'change' | 'profile';

const PURPOSES: ReadonlySet<string> = new Set(['confirm', 'manage', 'unsubscribe', 'preview', 'change', 'profile']);

/** How long each kind of link stays valid; unsubscribe links never expire (RFC 8058 links live in old mails). */
export const TOKEN_MAX_AGE_MS: Record<TokenPurpose, number> = {
  confirm: 7 * 86_400_000,
  change: 7 * 86_400_000,
  manage: 365 * 86_400_000,
  unsubscribe: Number.POSITIVE_INFINITY,
  preview: 86_400_000,
  profile: 365 * 86_400_000,
};

export interface TokenSubject {
  id: number;
  email: string;
  createdAt: Date;
}

export interface ParsedToken {
  purpose: TokenPurpose;
  id: number;
  issued: number;
  mac: string;
}

const TOKEN_RE = /^([a-z]{1,12})\.([1-9][0-9]{0,15})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{22})$/;

export function assertSecret(secret: string | undefined): string {
  if (!secret || secret.length < 16)
    throw new Error('a secret of at least 16 characters is needed to sign subscriber links (config "secret" or POLICY_RADAR_SECRET)');
  return secret;
}

function mac(secret: string, purpose: string, s: TokenSubject, issued: number): string {
  return createHmac('sha256', secret)
    .update(`${purpose}|${s.id}|${s.email.toLowerCase()}|${s.createdAt.getTime()}|${issued}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

export function signToken(secret: string, purpose: TokenPurpose, subject: TokenSubject, now = Date.now()): string {
  const issued = Math.floor(now / 1000);
  return `${purpose}.${subject.id}.${issued.toString(36)}.${mac(secret, purpose, subject, issued)}`;
}

/** Reads the unsigned parts so the caller can load the subscriber; says nothing about validity. */
export function parseToken(token: unknown): ParsedToken | null {
  if (typeof token !== 'string' || token.length > 100) return null;
  const m = TOKEN_RE.exec(token);
  if (!m || !PURPOSES.has(m[1])) return null;
  const id = Number(m[2]);
  const issued = Number.parseInt(m[3], 36);
  if (!Number.isSafeInteger(id) || !Number.isSafeInteger(issued)) return null;
  return { purpose: m[1] as TokenPurpose, id, issued, mac: m[4] };
}

/** True when the token was signed with `secret` for this purpose and this very subscriber, and has not expired. */
export function verifyToken(secret: string, token: ParsedToken, purpose: TokenPurpose, subject: TokenSubject, now = Date.now()): boolean {
  if (token.purpose !== purpose || token.id !== subject.id) return false;
  const expected = Buffer.from(mac(secret, purpose, subject, token.issued));
  const given = Buffer.from(token.mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  const age = now - token.issued * 1000;
  // allow small clock skew between servers, never far-future tokens
  return age >= -5 * 60_000 && age <= TOKEN_MAX_AGE_MS[purpose];
}

/** The operator's key for /digest/preview, derived from the secret (print it with `policy-radar digest --operator-key`). */
export function operatorKey(secret: string): string {
  return createHmac('sha256', secret).update('policy-radar operator preview').digest('base64url').slice(0, 32);
}
