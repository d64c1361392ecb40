import type { Command } from 'commander';
import { withContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { printJson } from '../format.ts';

export function register(program: Command) {
  program
    .command('show')
    .description('show one notice: metadata, tags, current text, and optionally its versions')
    .argument('<id>', 'notice id (as printed by search)')
    .option('--versions', 'list every version with its change summary and diff')
    .option('--json', 'print as JSON')
    .action(async (idArg: string, opts, cmd: Command) => {
      const id = Number(idArg.replace(/^#/, ''));
      if (!Number.isSafeInteger(id) || id <= 0) throw new UserError(`not a notice id: "${idArg}" (expected a positive number, e.g. 42)`);
      await withContext(cmd, async (ctx) => {
        const store = await ctx.store();
        const n = await store.getNotice(id);
        if (!n) throw new UserError(`no notice with id ${id}`, 3);
        const versions = await store.listVersions(id);
        const latest = versions.at(-1);
        if (opts.json) {
          printJson({
            notice: n,
            text: latest?.text,
            attachments: latest?.attachments ?? [],
            versions: opts.versions ? versions : versions.map((v) => ({ version: v.version, fetchedAt: v.fetchedAt, changeSummary: v.changeSummary })),
          });
          return;
        }
        const o = process.stdout;
        o.write(`#${n.id}  ${n.title}\n\n`);
        const rows: [string, string | null][] = [
          ['URL', n.url],
          ['Source', n.sourceId],
          ['Agency', n.agency],
          ['Document no.', n.docNumber],
          ['Published', n.publishedAt],
          ['Effective', n.effectiveAt],
          ['Status', n.status],
          ['First seen', n.firstSeenAt.toISOString()],
          ['Last changed', n.lastChangedAt.toISOString()],
          ['Topics', n.topics.join(', ')],
          ['HS codes', n.hsCodes.join(', ')],
          ['Regions', n.regions.join(', ')],
          ['Versions', String(versions.length)],
        ];
        for (const [k, v] of rows) if (v) o.write(`${k.padEnd(13)} ${v}\n`);
        for (const a of latest?.attachments ?? []) o.write(`Attachment    ${a.name} (${a.type}) ${a.url}\n`);
        o.write(`\n${latest?.text ?? ''}\n`);
        if (opts.versions) {
          for (const v of versions) {
            o.write(`\n--- version ${v.version}, ${v.fetchedAt.toISOString()}${v.changeSummary ? `: ${v.changeSummary}` : ''}\n`);
            if (v.diff) {
              const tty = process.stdout.isTTY;
              const text = v.diff
                .filter(([op, s]) => op !== '=' || s.length < 80)
                .map(([op, s]) =>
                  op === '=' ? s : op === '+' ? (tty ? `\x1b[32m{+${s}+}\x1b[39m` : `{+${s}+}`) : tty ? `\x1b[31m[-${s}-]\x1b[39m` : `[-${s}-]`,
                )
                .join('');
              o.write(`${text}\n`);
            }
          }
        }
      });
    });
}
