import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { withContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { printJson, table, truncate } from '../format.ts';

/** Crawler options from the config file ("crawler", "userAgent"); defaults live in crawler/fetch/types.ts. */
export function crawlOptionsFrom(config: Config) {
  const c = config.crawler ?? {};
  return {
    userAgent: config.userAgent,
    globalConcurrency: c.concurrency,
    perHostConcurrency: c.perHostConcurrency,
    delayMs: c.delayMs,
    timeoutMs: c.timeoutMs,
    maxBytes: c.maxBytes,
    retries: c.retries,
    knownStreak: c.knownStreak,
    maxPages: c.maxPages,
    obeyRobots: c.obeyRobots,
    chromiumPath: c.chromiumPath,
  };
}

function kb(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`;
}

export function register(program: Command) {
  program
    .command('crawl')
    .description('crawl sources: fetch list and detail pages, store new notices and new versions of changed ones')
    .option('-s, --source <id...>', 'only these sources (default: every enabled source)')
    .option('--max-pages <n>', 'list pages per source for this run (overrides source and config limits)')
    .option('--json', 'print the summary as JSON (no progress output)')
    .addHelpText(
      'after',
      `
Politeness: identifying User-Agent, robots.txt, 1 request per host at a time
and 1 s apart unless the config says otherwise ("crawler" section, per-source
"sourceOverrides"). Ctrl-C stops after the pages in flight; everything already
stored is kept and the next run continues.

Examples:
  policy-radar crawl
  policy-radar crawl --source mofcom-zcfb gacc-announcements --max-pages 2`,
    )
    .action(async (opts: { source?: string[]; maxPages?: string; json?: boolean }, cmd: Command) => {
      let maxPages: number | undefined;
      if (opts.maxPages !== undefined) {
        maxPages = Number(opts.maxPages);
        if (!Number.isInteger(maxPages) || maxPages < 1) throw new UserError(`--max-pages must be a positive integer, got "${opts.maxPages}"`);
      }
      await withContext(cmd, async (ctx) => {
        const { loadSources, selectSources } = await import('../../crawler/registry.ts');
        const { crawlSources } = await import('../../crawler/run.ts');
        const { pushAfterCrawl } = await import('../services.ts');
        const all = loadSources({ config: ctx.config });
        const ids = (opts.source ?? []).flatMap((s) => s.split(',')).filter(Boolean);
        const sources = selectSources(all, ids);
        if (!sources.length) throw new UserError('no enabled sources to crawl (see: policy-radar sources)');
        const store = await ctx.store();
        // runs left `running` by a crawl process that died (crawler/run-owner.ts)
        const interrupted = await (await import('../../crawler/run-owner.ts')).markInterruptedRuns(store);
        if (interrupted) process.stderr.write(`marked ${interrupted} crawl run(s) of a stopped process as interrupted\n`);
        const ac = new AbortController();
        const onSigint = () => {
          if (ac.signal.aborted) process.exit(130);
          process.stderr.write('\nstopping after the requests in flight (Ctrl-C again to quit now)…\n');
          ac.abort();
        };
        process.on('SIGINT', onSigint);
        const tty = !opts.json && process.stderr.isTTY;
        const lines = new Map<string, string>(sources.map((s) => [s.id, `${s.id}: waiting`]));
        let drawn = 0;
        const redraw = () => {
          if (!tty) return;
          if (drawn) process.stderr.write(`\x1b[${drawn}A`);
          for (const l of lines.values()) process.stderr.write(`\x1b[2K${truncate(l, (process.stderr.columns ?? 100) - 1)}\n`);
          drawn = lines.size;
        };
        redraw();
        try {
          const summary = await crawlSources(store, sources, { ...crawlOptionsFrom(ctx.config), maxPagesOverride: maxPages, signal: ac.signal }, (e) => {
            if (opts.json) return;
            const s = 'stats' in e ? e.stats : undefined;
            const counts = s ? `pages ${s.pages}, new ${s.newCount}, changed ${s.changedCount}, unchanged ${s.unchangedCount}, removed ${s.removedCount}` : '';
            if (e.type === 'start') lines.set(e.sourceId, `${e.sourceId}: starting`);
            else if (e.type === 'page' || e.type === 'item') lines.set(e.sourceId, `${e.sourceId}: ${counts}`);
            else if (e.type === 'done')
              lines.set(e.sourceId, `${e.sourceId}: ${e.result.status} (${e.result.health}) in ${(e.result.durationMs / 1000).toFixed(1)} s`);
            else if (e.type === 'error') lines.set(e.sourceId, `${e.sourceId}: error: ${e.error}`);
            if (tty) redraw();
            else if (e.type === 'page') process.stderr.write(`${e.sourceId}: page ${e.url} (${e.items} items) — ${counts}\n`);
            else if (e.type !== 'item') process.stderr.write(`${lines.get(e.sourceId)}\n`);
          });
          // instant pushes (channels add … --schedule instant) for what this crawl stored
          let pushes: Awaited<ReturnType<typeof pushAfterCrawl>> = null;
          let pushError: string | null = null;
          try {
            pushes = await pushAfterCrawl(
              store,
              ctx.config,
              summary.sources.flatMap((r) => r.savedIds),
            );
          } catch (e) {
            pushError = (e as Error).message;
            process.stderr.write(`instant pushes failed: ${pushError}\n`);
          }
          if (opts.json) {
            printJson({ ...summary, pushes, ...(pushError ? { pushError } : {}) });
          } else {
            const rows = summary.sources.map((r) => [
              r.sourceId,
              r.status,
              r.health,
              String(r.pages),
              kb(r.bytes),
              String(r.newCount),
              String(r.changedCount),
              String(r.unchangedCount),
              String(r.removedCount),
              Object.entries(r.errors)
                .map(([k, n]) => `${k}×${n}`)
                .join(' ') || '-',
              `${(r.durationMs / 1000).toFixed(1)}s`,
            ]);
            process.stdout.write(`\n${table(rows, ['source', 'run', 'health', 'pages', 'bytes', 'new', 'changed', 'same', 'removed', 'errors', 'time'])}`);
            const t = summary.totals;
            process.stdout.write(
              `\n${t.newCount} new, ${t.changedCount} changed, ${t.removedCount} removed across ${summary.sources.length} source(s) in ${(summary.durationMs / 1000).toFixed(1)} s\n`,
            );
            for (const r of summary.sources) for (const a of r.alarms) process.stdout.write(`ALARM ${r.sourceId}: ${a}\n`);
            if (pushes)
              process.stdout.write(
                `instant pushes: ${pushes.sent} sent to ${pushes.targets} targets; ${pushes.skipped} already sent; ${pushes.failed} failed${pushes.stuck ? `; ${pushes.stuck} still "sending" from an interrupted run (not re-sent)` : ''}\n`,
              );
          }
          // non-zero only when nothing could be crawled at all
          if (summary.sources.every((r) => r.status === 'failed' || r.status === 'blocked')) process.exitCode = 1;
        } finally {
          process.off('SIGINT', onSigint);
        }
      });
    });
}
