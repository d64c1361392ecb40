import { sql } from 'drizzle-orm';
import type { Store } from '../types.ts';
import type { StoreContext } from './backend.ts';

type RateCounterMethods = Pick<Store, 'hitRateCounter' | 'pruneRateCounters'>;

/** Fixed-window counters shared by every process using the database (the public form's rate limit). */
export function rateCounterMethods({ b, db, t }: StoreContext): RateCounterMethods {
  return {
    async hitRateCounter(key, windowMs, now = new Date()) {
      const { rateCounters: rc } = t;
      const since = b.time(new Date(now.getTime() - windowMs));
      // one atomic upsert: concurrent processes each get their own count
      const r = await db
        .insert(rc)
        .values({ key, windowStart: now, hits: 1 })
        .onConflictDoUpdate({
          target: rc.key,
          set: {
            hits: sql`CASE WHEN ${rc.windowStart} <= ${since} THEN 1 ELSE ${rc.hits} + 1 END`,
            windowStart: sql`CASE WHEN ${rc.windowStart} <= ${since} THEN ${b.time(now)} ELSE ${rc.windowStart} END`,
          },
        })
        .returning({ hits: rc.hits });
      return Number(r[0].hits);
    },

    async pruneRateCounters(before) {
      const { rateCounters: rc } = t;
      const r = await db
        .delete(rc)
        .where(sql`${rc.windowStart} < ${b.time(before)}`)
        .returning({ key: rc.key });
      return r.length;
    },
  };
}
