import type { Store } from '../db/types.ts';
import type { Context } from './context.ts';
import type { Logger } from './log.ts';
import { runScheduler, Scheduler } from './scheduler.ts';
import { DEFAULT_TIMEZONE } from '../taxonomy/defaults.ts';
import { pushAfterCrawl, sendWeeklyDigest } from './services.ts';
import { crawlOptionsFrom } from './commands/crawl.ts';

/** Wires the scheduler of `serve` to the crawler and the digest, with one shared fetcher. */
export async function startScheduler(ctx: Context, store: Store, o: { publicUrl: string; log: Logger; tickMs?: number; digest?: boolean }) {
  const { loadSources } = await import('../crawler/registry.ts');
  const { crawlSource } = await import('../crawler/run.ts');
  const sources = loadSources({ config: ctx.config });
  const byId = new Map(sources.map((s) => [s.id, s]));
  const scheduler = new Scheduler({
    store,
    sources,
    timezone: ctx.config.timezone ?? DEFAULT_TIMEZONE,
    digestCron: ctx.config.digest?.cron,
    log: o.log,
    async crawl(id, signal) {
      const r = await crawlSource(store, byId.get(id)!, { ...crawlOptionsFrom(ctx.config), signal });
      o.log.info('crawl finished', {
        source: id,
        status: r.status,
        health: r.health,
        new: r.newCount,
        changed: r.changedCount,
        removed: r.removedCount,
        ms: r.durationMs,
      });
      try {
        const p = await pushAfterCrawl(store, ctx.config, r.savedIds);
        if (p) o.log.info('instant pushes', { source: id, sent: p.sent, skipped: p.skipped, failed: p.failed });
      } catch (e) {
        o.log.warn('instant pushes failed', { source: id, error: String((e as Error).message) });
      }
    },
    async digest(due, signal) {
      if (o.digest === false) {
        o.log.warn('weekly digest skipped: no secret configured');
        return;
      }
      const r = await sendWeeklyDigest(store, ctx.config, { at: due, publicUrl: o.publicUrl, signal });
      o.log.info('digest sent', {
        week: r.period.id,
        sent: r.stats.sent,
        failed: r.stats.failed,
        transport: r.transport,
        pushed: r.pushes.sent,
        pushFailed: r.pushes.failed,
        brokerDigests: r.brokers.written + r.brokers.sent,
      });
    },
  });
  o.log.info('scheduler started', { sources: sources.filter((s) => s.enabled).length, nextDigest: scheduler.nextDigestAt.toISOString() });
  return runScheduler(scheduler, o.tickMs ?? 30_000, o.log);
}
