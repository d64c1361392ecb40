import { eq } from 'drizzle-orm';
import type { HttpCacheEntry, Store } from '../types.ts';
import type { Db, StoreContext } from './backend.ts';

type HttpCacheMethods = Pick<Store, 'getHttpCache' | 'putHttpCache' | 'putHttpCaches'>;

/** The HTTP cache: validators and body hashes of fetched URLs. */
export function httpCacheMethods(ctx: StoreContext): HttpCacheMethods {
  const { b, db, t } = ctx;

  async function putCacheIn(db: Db, e: HttpCacheEntry) {
    const { httpCache } = t;
    const fast = ctx.fast();
    if (fast) {
      fast.putCache.run({
        url: e.url,
        etag: e.etag ?? null,
        lastModified: e.lastModified ?? null,
        bodyHash: e.bodyHash ?? null,
        status: e.status ?? null,
        fetchedAt: e.fetchedAt,
      });
      return;
    }
    await db
      .insert(httpCache)
      .values(e)
      .onConflictDoUpdate({
        target: httpCache.url,
        set: { etag: e.etag, lastModified: e.lastModified, bodyHash: e.bodyHash, status: e.status, fetchedAt: e.fetchedAt },
      });
  }

  return {
    async getHttpCache(url) {
      const r = await db.select().from(t.httpCache).where(eq(t.httpCache.url, url));
      return (r[0] as HttpCacheEntry) ?? null;
    },

    async putHttpCache(e) {
      await putCacheIn(db, e);
    },

    async putHttpCaches(entries) {
      if (!entries.length) return;
      await b.tx(async (c) => {
        for (const e of entries) await putCacheIn(c.q, e);
      });
    },
  };
}
