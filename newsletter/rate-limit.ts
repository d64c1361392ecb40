import type { Store } from '../db/types.ts';

/**
 * Fixed-window counters for the subscribe limits. In memory for one process (SQLite:
 * one server), in the shared database on PostgreSQL, where several servers behind a
 * load balancer must count together (db: hitRateCounter, table rate_counters).
 */
export interface RateCounter {
  /** counts a hit on `key`; returns the hits in its current window (this one included) and when that window ends */
  hit(key: string, windowMs: number): Promise<{ hits: number; resetMs: number }>;
}

export function memoryCounter(now: () => number = Date.now): RateCounter {
  const windows = new Map<string, { start: number; n: number; ms: number }>();
  return {
    async hit(key, windowMs) {
      const t = now();
      if (windows.size > 10_000) for (const [k, v] of windows) if (t - v.start >= v.ms) windows.delete(k);
      let w = windows.get(key);
      if (!w || t - w.start >= windowMs) windows.set(key, (w = { start: t, n: 0, ms: windowMs }));
      w.n++;
      return { hits: w.n, resetMs: w.start + windowMs - t };
    },
  };
}

/** counters older than this are dropped (every window is shorter), at most once per PRUNE_EVERY_MS per process */
const PRUNE_AFTER_MS = 86_400_000;
const PRUNE_EVERY_MS = 10 * 60_000;

export function storeCounter(store: Pick<Store, 'hitRateCounter' | 'pruneRateCounters'>, now: () => number = Date.now): RateCounter {
  let pruned = 0;
  return {
    async hit(key, windowMs) {
      const t = now();
      if (t - pruned > PRUNE_EVERY_MS) {
        pruned = t;
        // one row per address and client IP seen: without this the table only grows
        await store.pruneRateCounters(new Date(t - PRUNE_AFTER_MS));
      }
      const hits = await store.hitRateCounter(key, windowMs, new Date(now()));
      // the window's start is not returned; its end is at most a window away
      return { hits, resetMs: windowMs };
    },
  };
}

/** The counter for a store: shared on PostgreSQL, in memory otherwise. */
export function counterFor(store: Pick<Store, 'hitRateCounter' | 'pruneRateCounters' | 'dialect'>, now?: () => number): RateCounter {
  return store.dialect === 'pg' ? storeCounter(store, now) : memoryCounter(now);
}
