import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { CrawlRun, Store } from '../types.ts';
import type { StoreContext } from './backend.ts';

type RunMethods = Pick<Store, 'startRun' | 'listRunningRuns' | 'heartbeatRuns' | 'markRunsInterrupted' | 'finishRun' | 'listRuns'>;

/** Crawl runs: started, kept alive by heartbeats, finished or found interrupted. */
export function runMethods({ db, t }: StoreContext): RunMethods {
  return {
    async startRun(sourceId, startedAt = new Date(), owner) {
      const r = await db
        .insert(t.crawlRuns)
        .values({ sourceId, startedAt, status: 'running', owner: owner ?? null, heartbeatAt: new Date() })
        .returning({ id: t.crawlRuns.id });
      return Number(r[0].id);
    },

    async listRunningRuns() {
      const { crawlRuns: c } = t;
      const rows = await db
        .select({ id: c.id, sourceId: c.sourceId, startedAt: c.startedAt, owner: c.owner, heartbeatAt: c.heartbeatAt })
        .from(c)
        .where(eq(c.status, 'running'))
        .orderBy(asc(c.id));
      return rows.map((r) => ({ ...r, id: Number(r.id) }));
    },

    async heartbeatRuns(runIds, at = new Date()) {
      if (!runIds.length) return;
      const { crawlRuns: c } = t;
      await db
        .update(c)
        .set({ heartbeatAt: at })
        .where(and(inArray(c.id, runIds), eq(c.status, 'running')));
    },

    async markRunsInterrupted(runIds, message) {
      if (!runIds.length) return 0;
      const { crawlRuns: c } = t;
      // conditional on `running`: a run that finished meanwhile keeps its verdict. It ended, at the
      // latest, at its last sign of life, not when it was found dead (runs after it did not overlap it)
      const r = await db
        .update(c)
        .set({ status: 'interrupted', message, finishedAt: sql`coalesce(${c.heartbeatAt}, ${c.startedAt})` })
        .where(and(inArray(c.id, runIds), eq(c.status, 'running')))
        .returning({ id: c.id });
      return r.length;
    },

    async finishRun(runId, stats, finishedAt = new Date()) {
      const { crawlRuns } = t;
      const r = await db.select({ startedAt: crawlRuns.startedAt }).from(crawlRuns).where(eq(crawlRuns.id, runId));
      const durationMs = r[0] ? finishedAt.getTime() - r[0].startedAt.getTime() : null;
      await db
        .update(crawlRuns)
        .set({ ...stats, message: stats.message ?? null, finishedAt, durationMs })
        .where(eq(crawlRuns.id, runId));
    },

    async listRuns(opts = {}): Promise<CrawlRun[]> {
      const { crawlRuns } = t;
      const rows = await db
        .select()
        .from(crawlRuns)
        .where(opts.sourceId ? eq(crawlRuns.sourceId, opts.sourceId) : undefined)
        .orderBy(desc(crawlRuns.id))
        .limit(opts.limit ?? 50);
      return rows.map((r) => ({ ...r, id: Number(r.id), status: r.status as CrawlRun['status'], outcome: r.outcome as CrawlRun['outcome'] }));
    },
  };
}
