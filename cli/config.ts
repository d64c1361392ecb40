import { existsSync, readFileSync } from 'node:fs';
import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';
import { sourceIssues } from '../crawler/source.ts';
import { trustedProxies } from '../newsletter/client-ip.ts';
import { applyEnv, configPath, resolveDatabaseUrl } from './config-file.ts';
import { UserError } from './errors.ts';

export { resolveDatabaseUrl };

/**
 * policy-radar.config.json. Environment variables win over the file for
 * secrets and endpoints (DATABASE_URL, SMTP_URL, PUBLIC_URL, POLICY_RADAR_SECRET,
 * POLICY_RADAR_USER_AGENT). Every field is optional; defaults are documented in the README.
 * Commands read it through readConfig (cli/config-file.ts), which loads this
 * module only when there is a file to validate.
 */
export const sourceOverrideSchema = z
  .object({
    baseUrl: z.string().url().optional(),
    enabled: z.boolean().optional(),
    /** minutes between scheduled crawls */
    intervalMinutes: z.number().int().positive().optional(),
    delayMs: z.number().int().nonnegative().optional(),
    concurrency: z.number().int().positive().optional(),
    maxPages: z.number().int().positive().optional(),
    /** extra request headers, e.g. { "Ocp-Apim-Subscription-Key": "…" } for wto-eping */
    headers: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/** proxies whose X-Forwarded-For is believed: addresses/CIDR ranges, or a hop count (newsletter/client-ip.ts) */
const trustProxySchema = z.union([z.number().int().min(0), z.array(z.string()), z.literal(false)]).superRefine((v, ctx) => {
  const issue = trustProxyIssue(v);
  if (issue) ctx.addIssue({ code: 'custom', message: issue });
});

export const configSchema = z
  .object({
    database: z.string().optional(),
    userAgent: z.string().min(3).optional(),
    publicUrl: z.string().url().optional(),
    secret: z.string().min(16, 'secret must be at least 16 characters').optional(),
    timezone: z.string().refine(validTimezone, 'unknown time zone; use an IANA name such as Asia/Shanghai or Europe/Berlin').optional(),
    crawler: z
      .object({
        concurrency: z.number().int().positive().optional(),
        perHostConcurrency: z.number().int().positive().optional(),
        delayMs: z.number().int().nonnegative().optional(),
        timeoutMs: z.number().int().positive().optional(),
        maxBytes: z.number().int().positive().optional(),
        retries: z.number().int().nonnegative().optional(),
        knownStreak: z.number().int().positive().optional(),
        maxPages: z.number().int().positive().optional(),
        obeyRobots: z.boolean().optional(),
        chromiumPath: z.string().optional(),
      })
      .strict()
      .optional(),
    /** per built-in source: base URL (mirror, proxy, replica), enabled, schedule, politeness */
    sourceOverrides: z.record(z.string(), sourceOverrideSchema).optional(),
    /** custom sources in the same format as crawler/sources/*.ts, validated by the crawler's schema */
    sources: z
      .array(z.unknown())
      .optional()
      .superRefine((list, ctx) => {
        list?.forEach((s, i) => {
          for (const is of sourceIssues(s)) ctx.addIssue({ code: 'custom', path: [i, ...is.path], message: is.message });
        });
      }),
    smtp: z
      .object({
        url: z
          .string()
          .regex(/^smtps?:\/\//, 'expected smtp://user:password@host:587 or smtps://…')
          .optional(),
        from: z.string().optional(),
        rateLimitPerSecond: z.number().positive().optional(),
      })
      .strict()
      .optional(),
    digest: z
      .object({
        cron: z.string().refine(validCron, 'not a cron expression; e.g. "0 8 * * 1" for Mondays 08:00').optional(),
        outbox: z.string().optional(),
        maxItems: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    server: z
      .object({
        port: z.number().int().min(1).max(65535).optional(),
        host: z.string().optional(),
        // limits against slow clients and overload (server/http-server.ts, server/limiter.ts hold the defaults)
        headersTimeoutMs: z.number().int().positive().optional(),
        requestTimeoutMs: z.number().int().positive().optional(),
        bodyTimeoutMs: z.number().int().positive().optional(),
        keepAliveTimeoutMs: z.number().int().positive().optional(),
        maxConnections: z.number().int().positive().optional(),
        // SQLite: threads answering searches and exports off the main thread (0: on the main thread)
        readThreads: z.number().int().min(0).max(64).optional(),
        trustProxy: trustProxySchema.optional(),
        // how long whole GET answers of searches, notices and feeds are reused (0: never)
        responseCacheMs: z.number().int().min(0).optional(),
      })
      .strict()
      .optional(),
    /** chat/webhook pushes: instant pushes go to notices published at most this many days ago (default 7; changed notices always) */
    channels: z.object({ instantMaxAgeDays: z.number().int().positive().optional() }).strict().optional(),
    /** limits of the public subscribe form and API (server/subscribe/routes.ts) */
    subscribe: z
      .object({ perIpPerMinute: z.number().int().positive().optional(), perAddressMinutes: z.number().min(0).optional() })
      .strict()
      .optional(),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;

function trustProxyIssue(v: unknown): string | null {
  try {
    trustedProxies(v as never);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

function validTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function validCron(expr: string): boolean {
  try {
    CronExpressionParser.parse(expr);
    return expr.trim().split(/\s+/).length >= 5;
  } catch {
    return false;
  }
}

/** Turns zod issues into "field.path: message" lines a user can act on. */
export function formatIssues(issues: z.core.$ZodIssue[]): string {
  return issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
}

/** ['sources', 2, 'list', 'item'] -> sources[2].list.item */
export function formatPath(path: PropertyKey[]): string {
  if (!path.length) return '(root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

export function parseConfig(raw: unknown, origin = 'config'): Config {
  const r = configSchema.safeParse(raw);
  if (!r.success) throw new UserError(`invalid ${origin}: ${formatIssues(r.error.issues)}`);
  return r.data;
}

export function loadConfig(file?: string, cwd = process.cwd()): { config: Config; path?: string } {
  const path = configPath(file, cwd);
  if (!existsSync(path)) {
    if (file) throw new UserError(`config file not found: ${path}`);
    return { config: applyEnv({}) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UserError(`config file ${path} is not valid JSON: ${(e as Error).message}`);
  }
  return { config: applyEnv(parseConfig(raw, `config file ${path}`)), path };
}
