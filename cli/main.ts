import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Every file in cli/commands/ exports `register(program)`; files stay light and
 * import heavy modules (browser, mailer) inside their actions, so `--help` is fast.
 */
/** Global options that take a value: skipped when looking for the subcommand's name. */
const VALUE_OPTIONS = new Set(['--db', '--config', '--log-level']);

/** The subcommand named on the command line, if any (so only its module is loaded). */
export function commandName(argv: string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    if (VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command('policy-radar')
    .description('Watch trade-policy notices on ministry and bureau websites: crawl, search, digest, serve.')
    .version('0.1.0')
    .option('--db <url>', 'database: SQLite file path or postgres:// URL (default: $DATABASE_URL, else ./data/policy-radar.db)')
    .option('--config <file>', 'configuration file (default: ./policy-radar.config.json if present)')
    .option('--log-level <level>', 'debug | info | warn | error', 'info')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const dir = join(here, 'commands');
  let files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  // `policy-radar search …` needs only search.ts: startup stays fast as commands grow
  if (only && files.includes(`${only}.ts`)) files = [`${only}.ts`];
  for (const f of files) {
    const mod = await import(pathToFileURL(join(dir, f)).href);
    if (typeof mod.register === 'function') mod.register(program);
  }
  for (const sub of program.commands) sub.exitOverride();
  return program;
}

/** Errors meant for the user (bad input, bad config) print one line; anything else is a bug. */
export function isUserFacing(err: unknown): err is Error {
  return err instanceof Error && (err as { userFacing?: boolean }).userFacing === true;
}

export async function main(argv: string[]): Promise<void> {
  let program: Command;
  try {
    program = await buildProgram(commandName(argv));
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander already printed help or the usage error.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (isUserFacing(err)) {
      process.stderr.write(`policy-radar: ${err.message}\n`);
      process.exitCode = (err as { exitCode?: number }).exitCode ?? 2;
      return;
    }
    process.stderr.write(`policy-radar: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  }
}
