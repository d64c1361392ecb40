import type { Command } from 'commander';
import { UserError } from '../errors.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function register(program: Command) {
  program
    .command('classify')
    .description('classify a notice text: topics, HS codes, regions, agencies, document number, effective date')
    .option('--file <file>', 'read the notice text from a file instead of stdin')
    .option('--title <title>', 'notice title (default: the first line of the text)')
    .option('--agency <agency>', 'issuing agency, if known')
    .option('--lang <lang>', 'zh or en (default: detected)')
    .option('--json', 'print the full classification and tags as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  policy-radar classify --file notice.txt\n  cat notice.txt | policy-radar classify --title "关于调整出口退税政策的公告" --json\n\nRows marked * pass the tagging thresholds and would be stored as tags.',
    )
    .action(async (opts: { file?: string; title?: string; agency?: string; lang?: string; json?: boolean }) => {
      let raw: string;
      if (opts.file) {
        const { readFile } = await import('node:fs/promises');
        try {
          raw = await readFile(opts.file, 'utf8');
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          throw new UserError(code === 'ENOENT' ? `file not found: ${opts.file}` : `cannot read ${opts.file}: ${(err as Error).message}`);
        }
      } else {
        if (process.stdin.isTTY) throw new UserError('no input: pipe a notice text on stdin or pass --file <file>');
        raw = await readStdin();
      }
      raw = raw.replace(/^\uFEFF/, '');
      if (!raw.trim() && !opts.title?.trim()) throw new UserError('the notice text is empty');
      if (opts.lang && !/^(zh|en)/i.test(opts.lang)) throw new UserError(`--lang must be zh or en, not "${opts.lang}"`);

      let title = opts.title?.trim() ?? '';
      let text = raw;
      if (!title) {
        const lines = raw.split(/\r?\n/);
        const first = lines.findIndex((l) => l.trim());
        if (first >= 0 && lines[first].trim().length <= 200) {
          title = lines[first].trim();
          text = lines.slice(first + 1).join('\n');
        }
      }

      const { classify, tagsOf, topicName, regionName, hsName } = await import('../../taxonomy/index.ts');
      const c = classify({ title, text, agency: opts.agency ?? null, language: opts.lang });
      const tags = tagsOf(c);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ title, ...c, tags }, null, 2)}\n`);
        return;
      }
      const lang = /[\u3400-\u9fff]/.test(title + text.slice(0, 2000)) ? 'zh' : 'en';
      const o = process.stdout;
      o.write(`Title:          ${title || '(none)'}\n`);
      o.write(`Document no.:   ${c.docNumber ?? '-'}\n`);
      o.write(`Effective date: ${c.effectiveDate ?? '-'}\n\n`);
      const rows: string[][] = [['', 'kind', 'id', 'score', 'name', 'evidence']];
      const add = (kind: string, list: typeof c.topics, tagged: string[], name: (id: string) => string | undefined) => {
        for (const s of list)
          rows.push([tagged.includes(s.id) ? '*' : '', kind, s.id, s.score.toFixed(2), name(s.id) ?? '', (s.evidence ?? []).slice(0, 4).join(', ')]);
      };
      add('topic', c.topics, tags.topics, (id) => topicName(id, lang));
      add('hs', c.hsCodes, tags.hsCodes, (id) => hsName(id, lang));
      add('region', c.regions, tags.regions, (id) => regionName(id, lang));
      add(
        'agency',
        c.agencies,
        c.agencies.slice(0, 1).map((a) => a.id),
        () => '',
      );
      if (rows.length === 1) {
        o.write('No topics, HS codes, regions or agencies recognised.\n');
        return;
      }
      const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
      const cols = rows[0].length - 1;
      const widths = Array.from({ length: cols }, (_, i) => Math.max(...rows.map((r) => width(r[i]))));
      for (const r of rows) {
        const cells = r.slice(0, cols).map((cell, i) => cell + ' '.repeat(widths[i] - width(cell)));
        o.write(`${cells.join('  ')}  ${r[cols]}`.trimEnd() + '\n');
      }
      o.write(`\nTags: topics [${tags.topics.join(', ')}]  hs [${tags.hsCodes.join(', ')}]  regions [${tags.regions.join(', ')}]\n`);
    });
}
