import type { Command } from 'commander';
import type { Store } from '../db/types.ts';
import type { Config } from './config.ts';
import { readConfig, resolveDatabaseUrl } from './config-file.ts';

export interface GlobalOptions {
  db?: string;
  config?: string;
  logLevel?: string;
}

export interface Context {
  config: Config;
  configPath?: string;
  dbUrl: string;
  /** opened on first use, so commands that need no database never create one */
  store(): Promise<Store>;
  close(): Promise<void>;
}

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

export async function openContext(cmd: Command): Promise<Context> {
  const g = globals(cmd);
  const { config, path } = await readConfig(g.config);
  const dbUrl = resolveDatabaseUrl(g.db, config);
  let store: Promise<Store> | undefined;
  return {
    config,
    configPath: path,
    dbUrl,
    // the store's modules load on first use too: --help and commands that need no database skip them
    store: () => (store ??= import('../db/index.ts').then((m) => m.openStore(dbUrl))),
    async close() {
      if (store) await (await store).close();
    },
  };
}

/** Runs a command body with a context and always closes the database. */
export async function withContext<T>(cmd: Command, fn: (ctx: Context) => Promise<T>): Promise<T> {
  const ctx = await openContext(cmd);
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}
