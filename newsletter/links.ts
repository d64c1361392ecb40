/** URL paths of the subscription pages, and signed links for one subscriber. */
import { createHmac } from 'node:crypto';
import type { Subscriber } from '../db/types.ts';
import { DEFAULT_SERVER_URL } from '../taxonomy/defaults.ts';
import { signToken, type TokenPurpose } from './tokens.ts';

export const PATHS = {
  subscribePage: '/subscribe',
  api: '/api/subscriptions',
  confirm: '/subscriptions/confirm',
  manage: '/subscriptions/manage',
  unsubscribe: '/subscriptions/unsubscribe',
  exportData: '/subscriptions/export',
  deleteData: '/subscriptions/delete',
  preview: '/digest/preview',
} as const;

/** The server's page for one notice (server/ serves /notices/:id). */
export function noticePath(id: number): string {
  return `/notices/${id}`;
}

export function baseUrl(publicUrl: string | undefined): string {
  return (publicUrl ?? DEFAULT_SERVER_URL).replace(/\/+$/, '');
}

export function tokenUrl(
  publicUrl: string,
  path: string,
  secret: string,
  purpose: TokenPurpose,
  sub: Pick<Subscriber, 'id' | 'email' | 'createdAt'>,
  now?: number,
): string {
  return `${baseUrl(publicUrl)}${path}?token=${signToken(secret, purpose, sub, now)}`;
}

export interface SubscriberLinks {
  manage: string;
  unsubscribe: string;
  /** iCalendar feed of the subscriber's deadlines (read-only profile token) */
  calendar: string;
  /** Atom feed of the notices that concern the subscriber (same token) */
  feed: string;
}

export function subscriberLinks(publicUrl: string, secret: string, sub: Pick<Subscriber, 'id' | 'email' | 'createdAt'>, now?: number): SubscriberLinks {
  return {
    manage: tokenUrl(publicUrl, PATHS.manage, secret, 'manage', sub, now),
    unsubscribe: tokenUrl(publicUrl, PATHS.unsubscribe, secret, 'unsubscribe', sub, now),
    calendar: `${baseUrl(publicUrl)}/feeds/deadlines.ics?for=${signToken(secret, 'profile', sub, now)}`,
    feed: `${baseUrl(publicUrl)}/feeds/notices.atom?for=${signToken(secret, 'profile', sub, now)}`,
  };
}

/**
 * One Message-ID per (subscriber, period): if a digest is ever sent twice
 * (the at-least-once case after a crash), receivers see the same message and
 * many deduplicate it. Unguessable, so it reveals nothing about subscriber ids.
 */
export function digestMessageId(secret: string, subscriberId: number, period: string, publicUrl: string): string {
  const h = createHmac('sha256', secret).update(`message-id|${subscriberId}|${period}`).digest('base64url').slice(0, 22);
  let host = 'policy-radar.local';
  try {
    host = new URL(baseUrl(publicUrl)).hostname || host;
  } catch {}
  return `<digest.${period}.${h}@${host}>`;
}
