import type { Command } from 'commander';
import { redact } from '../../db/url.ts';
import { withContext } from '../context.ts';
import { printJson } from '../format.ts';

export function register(program: Command) {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('create or upgrade the database schema (also done automatically on first use)')
    .option('--json', 'print the result as JSON')
    .action(async (opts, cmd: Command) => {
      await withContext(cmd, async (ctx) => {
        const store = await ctx.store();
        const notices = await store.countNotices();
        const info = { database: redact(ctx.dbUrl), backend: store.dialect, notices, migrated: true };
        if (opts.json) printJson(info);
        else process.stdout.write(`migrated ${info.backend} database ${info.database} (${notices} notices)\n`);
      });
    });
}
