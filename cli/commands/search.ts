import type { Command } from 'commander';
import { withContext } from '../context.ts';
import { addFilterOptions, filtersFrom, intOption } from '../filters.ts';
import { plainSnippet, printJson, terminalSnippet, truncate } from '../format.ts';

export function register(program: Command) {
  const cmd = program
    .command('search')
    .description('search the notice archive')
    .argument('[query...]', 'words, "quoted phrases", OR, -excluded (Chinese and English)')
    .option('--sort <order>', 'relevance | date | changed (default: relevance with a query, else date)')
    .option('--limit <n>', 'results per page (1-1000)', '20')
    .option('--offset <n>', 'skip this many results', '0')
    .option('--facets', 'also print counts per source, topic, region and year')
    .option('--json', 'print the result as JSON');
  addFilterOptions(cmd).addHelpText(
    'after',
    `
Examples:
  policy-radar search 关税
  policy-radar search '"出口信用保险"' --from 2024-01-01
  policy-radar search 'tariff OR 关税 -steel' --hs 85 --region EU --json`,
  );
  cmd.action(async (words: string[], opts, c: Command) => {
    await withContext(c, async (ctx) => {
      const store = await ctx.store();
      const q = words.join(' ').trim() || undefined;
      const res = await store.search({
        ...filtersFrom(opts),
        q,
        sort: opts.sort,
        limit: intOption('--limit', opts.limit, 1, 1000),
        offset: intOption('--offset', opts.offset, 0, Number.MAX_SAFE_INTEGER),
        facets: !!opts.facets,
      });
      if (opts.json) {
        printJson({ total: res.total, facets: res.facets, hits: res.hits.map((h) => ({ ...h, snippet: plainSnippet(h.snippet), highlighted: h.snippet })) });
        return;
      }
      const out = process.stdout;
      out.write(`${res.total} notice${res.total === 1 ? '' : 's'}${q ? ` for ${q}` : ''}\n\n`);
      for (const h of res.hits) {
        const n = h.notice;
        const meta = [
          n.publishedAt,
          n.agency,
          n.docNumber,
          n.sourceId,
          n.status === 'removed' ? 'REMOVED' : n.versionCount > 1 ? `changed (v${n.versionCount})` : null,
        ]
          .filter(Boolean)
          .join(' · ');
        out.write(`#${n.id}  ${truncate(n.title, 90)}\n     ${meta}\n`);
        if (h.snippet) out.write(`     ${terminalSnippet(truncate(h.snippet, 160))}\n`);
        out.write(`     ${n.url}\n\n`);
      }
      if (res.facets) {
        for (const [k, v] of Object.entries(res.facets)) {
          const parts = Object.entries(v).map(([a, b]) => `${a} ${b}`);
          if (parts.length) out.write(`${k}: ${parts.join(', ')}\n`);
        }
      }
    });
  });
}
