import { join, resolve } from 'node:path';
import type { Store } from '../db/types.ts';
import type { ServerPlugin } from '../server/index.ts';
import { DEFAULT_TIMEZONE } from '../taxonomy/defaults.ts';
import type { Config } from './config.ts';
import { UserError } from './errors.ts';

/**
 * The long-lived pieces that `serve`, `demo` and the scheduler share: the web
 * server with its plugins, and one weekly digest run. Heavy modules are loaded
 * on first use.
 */

export function requireSecret(config: Config): string {
  const secret = config.secret;
  if (!secret || secret.length < 16) {
    throw new UserError('set a secret of at least 16 characters (config "secret" or POLICY_RADAR_SECRET): it signs subscription, manage and unsubscribe links');
  }
  return secret;
}

export function fromAddress(config: Config): string {
  return config.smtp?.from ?? 'Policy Radar <digest@localhost>';
}

/** Server plugins: subscription pages and API, the extension's index feed. */
export async function webPlugins(config: Config, publicUrl: string): Promise<ServerPlugin[]> {
  const { subscriptionRoutes } = await import('../server/subscribe/routes.ts');
  const { createMailer } = await import('../newsletter/mailer.ts');
  const { extensionIndexPlugin } = await import('../server/plugins/extension-index.ts');
  const { brokerRoutes } = await import('../server/brokers/routes.ts');
  const outbox = resolve(config.digest?.outbox ?? 'outbox');
  const mailer = await createMailer({ smtpUrl: config.smtp?.url, outbox: join(outbox, 'confirmations'), rateLimitPerSecond: config.smtp?.rateLimitPerSecond });
  return [
    subscriptionRoutes({
      secret: requireSecret(config),
      publicUrl,
      mailer,
      from: fromAddress(config),
      timezone: config.timezone ?? DEFAULT_TIMEZONE,
      maxItems: config.digest?.maxItems,
      trustProxy: config.server?.trustProxy,
      ratePerMinute: config.subscribe?.perIpPerMinute,
      perAddressMinutes: config.subscribe?.perAddressMinutes,
      allowLoopbackHttp: (await import('./commands/channels.ts')).allowLoopback({}),
    }) as unknown as ServerPlugin,
    extensionIndexPlugin() as unknown as ServerPlugin,
    brokerRoutes({
      timezone: config.timezone ?? DEFAULT_TIMEZONE,
      chromiumPath: config.crawler?.chromiumPath,
      allowLoopbackHttp: (await import('./commands/channels.ts')).allowLoopback({}),
    }) as unknown as ServerPlugin,
  ];
}

/**
 * Sends (or, without SMTP, writes to the outbox) the digest of the ISO week
 * before `at` (or the one containing it), recording deliveries so each
 * subscriber gets it once.
 */
export async function sendWeeklyDigest(
  store: Store,
  config: Config,
  o: { at: Date; publicUrl: string; outbox?: string; signal?: AbortSignal; week?: 'previous' | 'current' },
) {
  const { previousWeek, weekContaining } = await import('../newsletter/period.ts');
  const { createMailer } = await import('../newsletter/mailer.ts');
  const { runDigest } = await import('../newsletter/send.ts');
  const tz = config.timezone ?? DEFAULT_TIMEZONE;
  const period = o.week === 'current' ? weekContaining(o.at, tz) : previousWeek(o.at, tz);
  const outbox = resolve(o.outbox ?? config.digest?.outbox ?? 'outbox');
  const mailer = await createMailer({ smtpUrl: config.smtp?.url, outbox: join(outbox, period.id), rateLimitPerSecond: config.smtp?.rateLimitPerSecond });
  try {
    const stats = await runDigest({
      store,
      mailer,
      period,
      secret: requireSecret(config),
      publicUrl: o.publicUrl,
      from: fromAddress(config),
      maxItems: config.digest?.maxItems,
      record: true,
      signal: o.signal,
    });
    const pushes = await sendWeeklyPushes(store, config, { period, publicUrl: o.publicUrl, signal: o.signal });
    const brokers = await sendWeeklyBrokerDigests(store, config, { period, publicUrl: o.publicUrl, outbox });
    return { period, stats, pushes, brokers, transport: mailer.kind, outbox: mailer.kind === 'outbox' ? join(outbox, period.id) : null };
  } finally {
    await mailer.close();
  }
}

/** A crawl's new notices older than this are a backfill (a new source, a first crawl): not pushed instantly (config channels.instantMaxAgeDays). */
const INSTANT_MAX_AGE_DAYS = 7;

/**
 * Instant pushes (channels add … --schedule instant) for the notices a crawl
 * just stored: every changed notice, and every new one published in the last
 * channels.instantMaxAgeDays days (default 7), so a first crawl of a source does not flood chat
 * groups with its archive. At most once per (target, notice version), so a
 * crawl that is run again never pushes twice. Null when there is nothing to
 * do (no ids, no instant targets).
 */
export async function pushAfterCrawl(
  store: Store,
  config: Config,
  savedIds: number[],
  o: { now?: Date } = {},
): Promise<import('../newsletter/channels/deliver.ts').PushRunStats | null> {
  if (!savedIds.length) return null;
  if (!(await store.listChannelTargets({ schedule: 'instant', status: 'active' })).length) return null;
  const { pushInstant } = await import('../newsletter/channels/deliver.ts');
  const { allowLoopback } = await import('./commands/channels.ts');
  const { DEFAULT_SERVER_URL } = await import('../taxonomy/defaults.ts');
  const now = o.now ?? new Date();
  const oldest = new Date(now.getTime() - (config.channels?.instantMaxAgeDays ?? INSTANT_MAX_AGE_DAYS) * 86_400_000).toISOString().slice(0, 10);
  const notices = [];
  for (const id of [...new Set(savedIds)]) {
    const n = await store.getNotice(id);
    if (n && (n.versionCount > 1 || (n.publishedAt ?? '') >= oldest)) notices.push(n);
  }
  if (!notices.length) return null;
  return pushInstant({
    store,
    notices,
    settings: {
      secret: requireSecret(config),
      publicUrl: config.publicUrl ?? DEFAULT_SERVER_URL,
      from: fromAddress(config),
      maxItems: config.digest?.maxItems,
    },
    allowLoopbackHttp: allowLoopback({}),
    timezone: config.timezone ?? DEFAULT_TIMEZONE,
  });
}

/**
 * The weekly chat/webhook pushes (channels add … --schedule weekly) of one
 * week, with the mail's selection; at most once per (target, week), so every
 * digest path (digest --send, serve's scheduler, each worker's digest part)
 * may call it.
 */
export async function sendWeeklyPushes(
  store: Store,
  config: Config,
  o: {
    period: import('../newsletter/period.ts').Period;
    publicUrl: string;
    staleAfterMs?: number;
    signal?: AbortSignal;
    onEvent?: (e: import('../newsletter/channels/deliver.ts').PushEvent) => void;
  },
): Promise<import('../newsletter/channels/deliver.ts').PushRunStats> {
  const { runWeeklyPushes } = await import('../newsletter/channels/deliver.ts');
  const { loadWeek } = await import('../newsletter/digest.ts');
  const { allowLoopback } = await import('./commands/channels.ts');
  // most installations have no chat targets: do not load the week for nothing
  if (!(await store.listChannelTargets({ schedule: 'weekly', status: 'active' })).length)
    return { targets: 0, sent: 0, skipped: 0, failed: 0, stuck: 0, elapsedMs: 0 };
  return runWeeklyPushes({
    store,
    week: await loadWeek(store, o.period),
    settings: { secret: requireSecret(config), publicUrl: o.publicUrl, from: fromAddress(config), maxItems: config.digest?.maxItems },
    staleAfterMs: o.staleAfterMs,
    allowLoopbackHttp: allowLoopback({}),
    signal: o.signal,
    onEvent: o.onEvent,
  });
}

/**
 * Every broker's client digests of one week (as `brokers digest --send`), for
 * the scheduled digest: files to forward under <outbox>/brokers/<id>/<week>/,
 * send-direct clients by SMTP (or that folder's sent-direct/ without SMTP);
 * at most once per client and week.
 */
export async function sendWeeklyBrokerDigests(
  store: Store,
  config: Config,
  o: { period: import('../newsletter/period.ts').Period; publicUrl: string; outbox: string },
): Promise<{ brokers: number; written: number; sent: number; failed: number }> {
  const out = { brokers: 0, written: 0, sent: 0, failed: 0 };
  const brokers = (await store.brokers.list()).filter((b) => b.clients > 0);
  if (!brokers.length) return out;
  const { createMailer } = await import('../newsletter/mailer.ts');
  const { runBrokerDigests } = await import('../newsletter/brokers/run.ts');
  const { loadWeek } = await import('../newsletter/digest.ts');
  const week = await loadWeek(store, o.period);
  for (const b of brokers) {
    const dir = join(o.outbox, 'brokers', String(b.id), o.period.id);
    const mailer = await createMailer({ smtpUrl: config.smtp?.url, outbox: join(dir, 'sent-direct'), rateLimitPerSecond: config.smtp?.rateLimitPerSecond });
    try {
      const s = await runBrokerDigests({
        store,
        broker: b,
        period: o.period,
        week,
        outDir: dir,
        mailer,
        record: true,
        secret: requireSecret(config),
        publicUrl: o.publicUrl,
        from: fromAddress(config),
        maxItems: config.digest?.maxItems,
      });
      out.brokers++;
      out.written += s.written;
      out.sent += s.sent;
      out.failed += s.failed;
    } finally {
      await mailer.close();
    }
  }
  return out;
}
