import { eq } from 'drizzle-orm';
import type { SourcePage, Store } from '../types.ts';
import type { StoreContext } from './backend.ts';

type SourcePageMethods = Pick<Store, 'putSourcePage' | 'getSourcePages'>;

/** The list and detail page a degraded crawl saw, one of each per source (for `sources doctor`). */
export function sourcePageMethods({ db, t }: StoreContext): SourcePageMethods {
  return {
    async putSourcePage(p) {
      const { sourcePages: sp } = t;
      await db
        .insert(sp)
        .values({ sourceId: p.sourceId, kind: p.kind, url: p.url, html: p.html, runId: p.runId, seenAt: p.seenAt })
        .onConflictDoUpdate({ target: [sp.sourceId, sp.kind], set: { url: p.url, html: p.html, runId: p.runId, seenAt: p.seenAt } });
    },

    async getSourcePages(sourceId) {
      const { sourcePages: sp } = t;
      const r = await db.select().from(sp).where(eq(sp.sourceId, sourceId)).orderBy(sp.kind);
      return r.map((x) => ({
        sourceId: x.sourceId,
        kind: x.kind as SourcePage['kind'],
        url: x.url,
        html: x.html,
        runId: x.runId,
        seenAt: x.seenAt instanceof Date ? x.seenAt : new Date(x.seenAt),
      }));
    },
  };
}
