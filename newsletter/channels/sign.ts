/**
 * Turns a push body into the signed HTTP request of its channel kind.
 * - DingTalk: sign = urlencode(base64(HMAC-SHA256(key = secret,
 *   msg = timestamp + "\n" + secret))), timestamp in milliseconds; both go in
 *   the query string (`&timestamp=…&sign=…`). Checked within an hour.
 * - Feishu/Lark: sign = base64(HMAC-SHA256(key = timestamp + "\n" + secret,
 *   msg = empty)), timestamp in seconds, both as strings in the JSON body.
 * - WeCom: no signature; the robot's key in its URL is the credential.
 * - Generic webhook: headers `X-Policy-Radar-Timestamp: <unix seconds>` and
 *   `X-Policy-Radar-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>`
 *   (the raw body bytes as sent), plus `X-Policy-Radar-Delivery` (a stable
 *   id per target, push and part, for receivers to deduplicate).
 */
import { createHmac } from 'node:crypto';
import type { ChannelKind, PushBody } from './formats.ts';

export interface SignedRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

export function feishuSign(secret: string, timestampS: number): string {
  return createHmac('sha256', `${timestampS}\n${secret}`).update('').digest('base64');
}

export function webhookSignature(secret: string, timestampS: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestampS}.${body}`).digest('hex')}`;
}

export function signRequest(
  kind: ChannelKind,
  target: { url: string; secret: string | null },
  body: PushBody,
  o: { now?: number; deliveryId?: string } = {},
): SignedRequest {
  const now = o.now ?? Date.now();
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'policy-radar-push/1' };
  switch (kind) {
    case 'dingtalk': {
      if (!target.secret) return { url: target.url, headers, body: JSON.stringify(body) };
      const u = new URL(target.url);
      u.searchParams.set('timestamp', String(now));
      u.searchParams.set('sign', dingtalkSign(target.secret, now));
      return { url: u.href, headers, body: JSON.stringify(body) };
    }
    case 'feishu': {
      if (!target.secret) return { url: target.url, headers, body: JSON.stringify(body) };
      const t = Math.floor(now / 1000);
      return { url: target.url, headers, body: JSON.stringify({ timestamp: String(t), sign: feishuSign(target.secret, t), ...body }) };
    }
    case 'webhook': {
      const raw = JSON.stringify(body);
      const t = Math.floor(now / 1000);
      headers['x-policy-radar-timestamp'] = String(t);
      if (o.deliveryId) headers['x-policy-radar-delivery'] = o.deliveryId;
      if (target.secret) headers['x-policy-radar-signature'] = webhookSignature(target.secret, t, raw);
      return { url: target.url, headers, body: raw };
    }
    case 'wecom':
      return { url: target.url, headers, body: JSON.stringify(body) };
  }
}
