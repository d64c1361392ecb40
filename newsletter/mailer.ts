/**
 * Where mails go: an SMTP server through a pooled, rate-limited nodemailer
 * transport, or an outbox folder (one .eml with both parts, plus the .html for
 * a browser) when no SMTP server is configured.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Transporter } from 'nodemailer';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  /** extra headers, e.g. List-Unsubscribe-Post */
  headers?: Record<string, string>;
  /** List-Unsubscribe URL (https), rendered as `<url>` */
  listUnsubscribe?: string;
  /** outbox file name without extension */
  fileStem?: string;
}

export interface SendResult {
  messageId: string;
  /** where the outbox writer put the files */
  files?: string[];
}

export interface Mailer {
  readonly kind: 'smtp' | 'outbox';
  send(m: OutgoingMail): Promise<SendResult>;
  close(): Promise<void>;
}

/** An SMTP error worth retrying: connection trouble or a 4xx reply. */
export function isTransientError(err: unknown): boolean {
  const e = err as { responseCode?: number; code?: string };
  if (typeof e?.responseCode === 'number') return e.responseCode >= 400 && e.responseCode < 500;
  return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'ECONNRESET', 'ECONNREFUSED', 'EDNS'].includes(String(e?.code));
}

function nodemailerMessage(m: OutgoingMail) {
  return {
    from: m.from,
    to: m.to,
    subject: m.subject,
    html: m.html,
    text: m.text,
    messageId: m.messageId,
    headers: m.headers,
    list: m.listUnsubscribe ? { unsubscribe: m.listUnsubscribe } : undefined,
    // base64 is native-speed; nodemailer's quoted-printable detection and encoding of a
    // 150 KB digest dominated send time (and QP triples CJK text anyway)
    textEncoding: 'base64' as const,
  };
}

export interface SmtpOptions {
  /** messages per second across the pool (default 10) */
  rateLimitPerSecond?: number;
  /** parallel SMTP connections (default 3) */
  maxConnections?: number;
  /** reconnect after this many messages per connection (default 100) */
  maxMessages?: number;
}

const BOOL_PARAMS = ['ignoreTLS', 'requireTLS', 'secure'] as const;

/** smtp://user:pass@host:port (or smtps://); query flags ignoreTLS, requireTLS, tlsRejectUnauthorized=false. */
export function smtpTransportOptions(url: string, opts: SmtpOptions = {}): Record<string, unknown> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`SMTP URL is not a URL: ${url.replace(/\/\/[^@/]*@/, '//***@')}`);
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') throw new Error(`SMTP URL must start with smtp:// or smtps://, got ${u.protocol}//`);
  const o: Record<string, unknown> = {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : u.protocol === 'smtps:' ? 465 : 587,
    secure: u.protocol === 'smtps:',
    pool: true,
    maxConnections: opts.maxConnections ?? 3,
    maxMessages: opts.maxMessages ?? 100,
    // rateLimit messages per rateDelta ms: the pool waits instead of flooding the relay
    rateDelta: 1000,
    rateLimit: Math.max(1, Math.round(opts.rateLimitPerSecond ?? 10)),
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
  };
  if (u.username) o.auth = { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) };
  for (const k of BOOL_PARAMS) {
    const v = u.searchParams.get(k);
    if (v !== null) o[k] = v !== 'false' && v !== '0';
  }
  if (u.searchParams.get('tlsRejectUnauthorized') === 'false') o.tls = { rejectUnauthorized: false };
  return o;
}

export async function createSmtpMailer(url: string, opts: SmtpOptions = {}): Promise<Mailer> {
  const { default: nodemailer } = await import('nodemailer');
  const transport: Transporter = nodemailer.createTransport(smtpTransportOptions(url, opts) as any);
  return {
    kind: 'smtp',
    async send(m) {
      const info = await transport.sendMail(nodemailerMessage(m));
      return { messageId: info.messageId ?? m.messageId };
    },
    async close() {
      transport.close();
    },
  };
}

function safeStem(s: string): string {
  // letters of any script stay (a broker's client 宁波家具), everything else that could mean a path goes
  return s.replace(/[^\p{L}\p{N}._@+-]+/gu, '_').slice(0, 120) || 'mail';
}

/** Writes each mail as `<stem>.eml` (the full MIME message) and `<stem>.html` into dir. */
export async function createOutboxMailer(dir: string): Promise<Mailer> {
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  mkdirSync(dir, { recursive: true });
  return {
    kind: 'outbox',
    async send(m) {
      const info = (await transport.sendMail(nodemailerMessage(m))) as unknown as { message: Buffer; messageId: string };
      const stem = join(dir, safeStem(m.fileStem ?? m.to));
      writeFileSync(`${stem}.eml`, info.message);
      writeFileSync(`${stem}.html`, m.html);
      return { messageId: info.messageId ?? m.messageId, files: [`${stem}.eml`, `${stem}.html`] };
    },
    async close() {},
  };
}

/** SMTP when a URL is configured, else the outbox folder. */
export function createMailer(o: { smtpUrl?: string; outbox: string } & SmtpOptions): Promise<Mailer> {
  return o.smtpUrl ? createSmtpMailer(o.smtpUrl, o) : createOutboxMailer(o.outbox);
}
