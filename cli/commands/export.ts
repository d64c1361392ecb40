import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, Option } from 'commander';
import { csvHeader, csvRow, ndjsonLine } from '../../db/export.ts';
import { withContext } from '../context.ts';
import { addFilterOptions, filtersFrom } from '../filters.ts';

export function register(program: Command) {
  const cmd = new Command('export')
    .description('stream notices matching the filters as CSV (current state) or NDJSON (with every version, for import)')
    .argument('[query...]', 'optional search query, same syntax as search')
    .addOption(new Option('--format <format>', 'csv or ndjson').choices(['csv', 'ndjson']).default('ndjson'))
    .option('--out <file>', 'write to this file instead of standard output');
  addFilterOptions(cmd);
  program.addCommand(cmd);
  cmd.action(async (words: string[], opts, c: Command) => {
    await withContext(c, async (ctx) => {
      const store = await ctx.store();
      const out = opts.out ? createWriteStream(opts.out) : process.stdout;
      const write = async (s: string) => {
        if (!out.write(s)) await once(out, 'drain');
      };
      const q = { ...filtersFrom(opts), q: words.join(' ').trim() || undefined, withVersions: opts.format === 'ndjson', withHtml: opts.format === 'ndjson' };
      let n = 0;
      if (opts.format === 'csv') await write(csvHeader());
      for await (const item of store.exportNotices(q)) {
        await write(opts.format === 'csv' ? csvRow(item) : ndjsonLine(item));
        n++;
        if (opts.out && process.stderr.isTTY && n % 1000 === 0) process.stderr.write(`\rexported ${n}`);
      }
      if (opts.out) {
        out.end();
        await once(out, 'finish');
        process.stderr.write(`${process.stderr.isTTY ? '\r' : ''}exported ${n} notices to ${opts.out}\n`);
      }
    });
  });
}
