import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from './config.ts';

/**
 * The light half of cli/config.ts, which every command opens: when no config
 * file is there (the usual case) nothing else is loaded. The schema (zod,
 * cron-parser, the crawler's source schema: ~100 modules) is imported only to
 * validate a file that exists, so a command starts that much faster.
 */
export function configPath(file?: string, cwd = process.cwd()): string {
  return file ? resolve(cwd, file) : resolve(cwd, 'policy-radar.config.json');
}

/** loadConfig (cli/config.ts), importing the schema only when there is a file to read. */
export async function readConfig(file?: string, cwd = process.cwd()): Promise<{ config: Config; path?: string }> {
  if (!file && !existsSync(configPath(file, cwd))) return { config: applyEnv({}) };
  const { loadConfig } = await import('./config.ts');
  return loadConfig(file, cwd);
}

/** Environment variables win over the file for secrets and endpoints. */
export function applyEnv(c: Config): Config {
  const env = process.env;
  const out: Config = { ...c };
  if (env.SMTP_URL) out.smtp = { ...out.smtp, url: env.SMTP_URL };
  if (env.PUBLIC_URL) out.publicUrl = env.PUBLIC_URL;
  if (env.POLICY_RADAR_SECRET) out.secret = env.POLICY_RADAR_SECRET;
  if (env.POLICY_RADAR_USER_AGENT) out.userAgent = env.POLICY_RADAR_USER_AGENT;
  return out;
}

/** --db, else DATABASE_URL, else config "database", else ./data/policy-radar.db */
export function resolveDatabaseUrl(flag: string | undefined, config: Config, cwd = process.cwd()): string {
  return flag ?? process.env.DATABASE_URL ?? config.database ?? resolve(cwd, 'data/policy-radar.db');
}
