import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { NoticeExport } from '../../db/types.ts';
import { withContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { printJson } from '../format.ts';

async function* lines(file: string): AsyncGenerator<[string, number]> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (line.trim()) yield [line, n];
  }
}

export function register(program: Command) {
  program
    .command('import')
    .description('import notices with their versions from an NDJSON export (e.g. to move an archive from SQLite to PostgreSQL)')
    .argument('<file>', 'NDJSON file written by `policy-radar export --format ndjson`')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nThe whole file is validated first: a bad line stops the import before anything is written.\nNotice URLs must be http(s) (attachments without one are dropped); topics, regions and HS codes that are not vocabulary ids are dropped with a warning naming the line.\nNotices whose URL is already in the archive are skipped.',
    )
    .action(async (file: string, opts, cmd: Command) => {
      if (!existsSync(file) || !statSync(file).isFile()) throw new UserError(`file not found: ${file}`);
      // the format's schema and the vocabularies load only here, so other commands (and --help) start faster
      const { parseExportLine } = await import('../../db/import-format.ts');
      const { vetImportItem } = await import('../import-vet.ts');
      // pass 1: validate everything, so a bad line changes nothing
      let count = 0;
      const warnings: string[] = [];
      for await (const [line, n] of lines(file)) {
        warnings.push(...vetImportItem(parseExportLine(line, n), n).warnings);
        count++;
      }
      for (const w of warnings.slice(0, 100)) process.stderr.write(`warning: ${w}\n`);
      if (warnings.length > 100) process.stderr.write(`warning: … and ${warnings.length - 100} more\n`);
      if (!count) throw new UserError(`${file} holds no notices (expected one JSON object per line)`);
      await withContext(cmd, async (ctx) => {
        const store = await ctx.store();
        let done = 0;
        async function* items(): AsyncGenerator<NoticeExport> {
          for await (const [line, n] of lines(file)) {
            yield vetImportItem(parseExportLine(line, n), n).item;
            done++;
            if (process.stderr.isTTY && done % 2000 === 0) process.stderr.write(`\rimported ${done}/${count}`);
          }
        }
        const t0 = performance.now();
        const r = await store.importNotices(items());
        const secs = (performance.now() - t0) / 1000;
        if (process.stderr.isTTY) process.stderr.write('\r');
        if (opts.json) printJson({ ...r, warnings: warnings.length, seconds: Number(secs.toFixed(2)) });
        else process.stdout.write(`imported ${r.notices} notices (${r.versions} versions), skipped ${r.skipped} already present, in ${secs.toFixed(1)} s\n`);
      });
    });
}
