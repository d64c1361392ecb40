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
    }) as unknown as ServerPlugin,
    extensionIndexPlugin() as unknown as ServerPlugin,
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
    return { period, stats, transport: mailer.kind, outbox: mailer.kind === 'outbox' ? join(outbox, period.id) : null };
  } finally {
    await mailer.close();
  }
}
