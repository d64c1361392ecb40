/**
 * One HTTP POST of a push, with the platform's answer classified, and
 * retries with exponential backoff on transient failures.
 *
 * Transient (retried): network errors and timeouts, HTTP 5xx, HTTP 429
 * (waiting for Retry-After when given), and the platforms' rate-limit codes
 * (WeCom 45009, DingTalk 130101, Feishu 11232). Permanent (not retried):
 * other 4xx, and a 200 whose body carries an error code (WeCom/DingTalk
 * `errcode ≠ 0`, Feishu `code ≠ 0`), e.g. a wrong signature or a deleted robot.
 *
 * Address rule (SSRF): a target URL must be https, to a host name or a
 * public IP address; loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
 * link-local (169.254/16, fe80::/10, the cloud metadata address), CGNAT and
 * unspecified addresses are refused, as is "localhost". `allowLoopbackHttp`
 * (tests, local development) permits http://127.0.0.1, ::1 and localhost and
 * nothing else. Names are not resolved here, so a public name pointing at an
 * internal address is not caught: deployments that need that run the sender
 * behind an egress proxy.
 */
import { isIP } from 'node:net';
import type { ChannelKind } from './formats.ts';
import type { SignedRequest } from './sign.ts';

export class TargetUrlError extends Error {}

function internalV4(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224
  );
}

function internalV6(ip: string): boolean {
  const s = ip.toLowerCase();
  if (s === '::' || s === '::1') return true;
  const mapped = s.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped) return internalV4(mapped[1]);
  if (s.startsWith('::ffff:')) return true;
  return /^(fc|fd|fe[89ab]|ff)/.test(s);
}

/** Checks a target URL against the address rule above; returns it normalised. */
export function checkTargetUrl(raw: string, o: { allowLoopbackHttp?: boolean } = {}): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new TargetUrlError(`not a URL: ${JSON.stringify(raw)}`);
  }
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const loopback = host === '127.0.0.1' || host === '::1' || host === 'localhost';
  if (u.username || u.password) throw new TargetUrlError('a target URL must not carry a user name or password');
  if (o.allowLoopbackHttp && loopback && (u.protocol === 'http:' || u.protocol === 'https:')) return u.href;
  if (u.protocol !== 'https:') throw new TargetUrlError(`a target URL must be https (got ${u.protocol.replace(':', '')})`);
  if (host === 'localhost' || host.endsWith('.localhost')) throw new TargetUrlError('a target URL must not point at this machine');
  const v = isIP(host);
  if ((v === 4 && internalV4(host)) || (v === 6 && internalV6(host))) throw new TargetUrlError(`a target URL must not point at an internal address (${host})`);
  return u.href;
}

export type SendOutcome = { ok: true; status: number } | { ok: false; transient: boolean; error: string; retryAfterMs?: number };

const RATE_LIMIT_CODES: Record<ChannelKind, number[]> = { wecom: [45009], dingtalk: [130101], feishu: [11232], webhook: [] };

function retryAfter(h: string | null): number | undefined {
  if (!h) return undefined;
  if (/^\d+$/.test(h.trim())) return Number(h) * 1000;
  const t = Date.parse(h);
  return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now());
}

/** Classifies a platform's answer. */
export function classify(kind: ChannelKind, status: number, text: string, retryAfterHeader: string | null = null): SendOutcome {
  if (status === 429 || status >= 500)
    return { ok: false, transient: true, error: `HTTP ${status}${text ? `: ${text.slice(0, 200)}` : ''}`, retryAfterMs: retryAfter(retryAfterHeader) };
  if (status < 200 || status >= 300) return { ok: false, transient: false, error: `HTTP ${status}${text ? `: ${text.slice(0, 200)}` : ''}` };
  if (kind === 'webhook') return { ok: true, status };
  let j: { errcode?: number; errmsg?: string; code?: number; msg?: string; StatusCode?: number; StatusMessage?: string };
  try {
    j = JSON.parse(text);
  } catch {
    return { ok: false, transient: false, error: `HTTP ${status} with a body that is not JSON: ${text.slice(0, 200)}` };
  }
  const code = kind === 'feishu' ? (j.code ?? j.StatusCode) : j.errcode;
  if (code === 0) return { ok: true, status };
  const msg = kind === 'feishu' ? (j.msg ?? j.StatusMessage) : j.errmsg;
  return {
    ok: false,
    transient: RATE_LIMIT_CODES[kind].includes(Number(code)),
    error: `${kind === 'feishu' ? 'code' : 'errcode'} ${code ?? '(missing)'}: ${String(msg ?? '').slice(0, 200)}`,
  };
}

export async function postOnce(kind: ChannelKind, req: SignedRequest, timeoutMs = 10_000): Promise<SendOutcome> {
  try {
    const res = await fetch(req.url, { method: 'POST', headers: req.headers, body: req.body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return classify(kind, res.status, await res.text(), res.headers.get('retry-after'));
  } catch (e) {
    const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    const why = err.name === 'TimeoutError' ? `timeout after ${timeoutMs} ms` : err.cause?.code || err.cause?.message || err.message || String(e);
    return { ok: false, transient: true, error: `network: ${why}` };
  }
}

export interface RetryOptions {
  /** tries in all (default 4) */
  tries?: number;
  /** first backoff (default 1000 ms), doubled each time */
  baseDelayMs?: number;
  /** no single wait longer than this (default 60 s), Retry-After included */
  maxDelayMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (e: { attempt: number; waitMs: number; error: string }) => void;
}

/** Sends with retries; `sign` is called per try so timestamps stay fresh. */
export async function sendWithRetry(kind: ChannelKind, sign: () => SignedRequest, o: RetryOptions = {}): Promise<SendOutcome & { tries: number }> {
  const tries = Math.max(1, o.tries ?? 4);
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    const r = await postOnce(kind, sign(), o.timeoutMs);
    if (r.ok || !r.transient || attempt >= tries) return { ...r, tries: attempt };
    const backoff = (o.baseDelayMs ?? 1000) * 2 ** (attempt - 1);
    const waitMs = Math.min(o.maxDelayMs ?? 60_000, Math.max(backoff, r.retryAfterMs ?? 0));
    o.onRetry?.({ attempt, waitMs, error: r.error });
    await sleep(waitMs);
  }
}
