/**
 * Storing a batch of extracted notices: one transaction for the batch, then
 * the HTTP validators of the pages they came from. Shared by the crawl's two
 * writers (crawler/writer.ts): inline on the caller's store, or on a writer
 * thread with its own connection.
 */
import type { HttpCacheEntry, ObservedNotice, SaveResult, Store } from '../db/types.ts';
import { changeFn } from './detect/change.ts';

export interface SaveItem {
  observed: ObservedNotice;
  /** validators of the pages it came from, written once it is stored (never before: see run.ts) */
  cacheWrites: HttpCacheEntry[];
}

/** Per item: what the store did, or why it refused that one notice. Never rejects. */
export async function saveBatch(store: Store, items: SaveItem[]): Promise<(SaveResult | Error)[]> {
  let results: (SaveResult | Error)[];
  try {
    results = await store.saveObservations(
      items.map((p) => p.observed),
      changeFn,
    );
  } catch {
    // one notice the store refuses must not cost the others theirs
    results = [];
    for (const p of items) results.push(await store.saveObservation(p.observed, changeFn).catch(asError));
  }
  const cache = items.flatMap((p, i) => (results[i] instanceof Error ? [] : p.cacheWrites));
  if (cache.length) {
    try {
      await store.putHttpCaches(cache);
    } catch (e) {
      // the notices are stored; without validators their pages are only fetched in full next time
      return results.map((r, i) => (r instanceof Error || !items[i].cacheWrites.length ? r : asError(e)));
    }
  }
  return results;
}

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/** One of a crawl's writes as data, as it crosses to the writer thread. */
export type Op =
  | { op: 'save'; items: SaveItem[] }
  | { op: 'putHttpCache'; entry: HttpCacheEntry }
  | { op: 'touchSeen'; urls: string[]; at: Date }
  | { op: 'markRemoved'; url: string; at: Date }
  | { op: 'close' };

/** Performs one write on a store: the thread's own, or the caller's once the thread is gone. */
export function performWrite(store: Store, msg: Op): Promise<unknown> {
  switch (msg.op) {
    case 'save':
      return saveBatch(store, msg.items);
    case 'putHttpCache':
      return store.putHttpCache(msg.entry);
    case 'touchSeen':
      return store.touchSeen(msg.urls, msg.at);
    case 'markRemoved':
      return store.markRemoved(msg.url, msg.at);
    case 'close':
      return Promise.resolve();
  }
}
