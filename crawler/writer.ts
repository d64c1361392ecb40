/**
 * Where a crawl's writes go. Inline, they run on the caller's store. For a
 * SQLite file they run on a writer thread with its own connection: storing a
 * notice (its rows, the full-text index, the commit) is most of a crawl's
 * main-thread work, and on its own thread it overlaps fetching and parsing.
 * All of a crawl's writes take that one path, in order, so the main
 * connection only reads while the thread writes (never waiting on its lock),
 * and a write the crawl awaited is visible to its next read.
 *
 * If the thread cannot start or dies, its unanswered writes run inline on
 * the caller's store instead: a crawl never depends on the thread.
 */
import { Worker } from 'node:worker_threads';
import type { HttpCacheEntry, SaveResult, Store } from '../db/types.ts';
import { threadEntry } from './threads.ts';
import { type Op, performWrite, type SaveItem, saveBatch } from './save-batch.ts';
import { fromWireError, type WireError } from './thread-error.ts';

export interface CrawlWriter {
  /**
   * whether a new notice's full-text tokens are worth computing ahead on a detail
   * worker (SQLite on this thread); the writer thread computes them itself, off
   * the main thread, and PostgreSQL has its own path
   */
  readonly tokensAhead: boolean;
  /** stores extracted notices, then their pages' validators; per item the result or the error */
  saveBatch(items: SaveItem[]): Promise<(SaveResult | Error)[]>;
  putHttpCache(e: HttpCacheEntry): Promise<void>;
  touchSeen(urls: string[], at: Date): Promise<void>;
  markRemoved(url: string, at: Date): Promise<boolean>;
  /** waits for the writes in flight, then stops the thread (if any) */
  close(): Promise<void>;
}

/** The crawl's writes on the store itself. */
export function inlineWriter(store: Store): CrawlWriter {
  return {
    tokensAhead: store.dialect === 'sqlite',
    saveBatch: (items) => saveBatch(store, items),
    putHttpCache: (e) => store.putHttpCache(e),
    touchSeen: (urls, at) => store.touchSeen(urls, at),
    markRemoved: (url, at) => store.markRemoved(url, at),
    close: async () => {},
  };
}

interface Pending {
  msg: Op;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

/** The crawl's writes on a thread with its own connection to the SQLite file `file`. */
export class ThreadWriter implements CrawlWriter {
  readonly tokensAhead = false;
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private dead = false;
  /** writes that fell back to the store because the thread died, in their order */
  private fallback: Promise<unknown> = Promise.resolve();
  private exited: Promise<void>;
  /** writes the thread answered, and writes that ran on the caller's store because it could not */
  readonly counts = { thread: 0, inline: 0 };

  constructor(
    file: string,
    private readonly store: Store,
  ) {
    const entry = threadEntry('writer');
    this.worker = new Worker(entry.url, { ...entry.options, workerData: { file } });
    this.worker.on('message', (m: { id: number; ok?: unknown; error?: WireError }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      this.counts.thread++;
      if (m.error) p.reject(fromWireError(m.error));
      else p.resolve(m.ok);
    });
    let exit!: () => void;
    this.exited = new Promise((r) => (exit = r));
    const die = () => {
      if (this.dead) return;
      this.dead = true;
      exit();
      // its unanswered writes run here, in order (a save it did commit comes back "unchanged")
      const left = [...this.pending.values()];
      this.pending.clear();
      for (const p of left) this.inline(p.msg).then(p.resolve, p.reject);
    };
    this.worker.on('error', die);
    this.worker.on('exit', die);
  }

  private send<T>(msg: Op): Promise<T> {
    if (this.dead) return this.inline(msg) as Promise<T>;
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { msg, resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, ...msg });
    });
  }

  private inline(msg: Op): Promise<unknown> {
    this.counts.inline++;
    const run = () => performWrite(this.store, msg);
    const r = this.fallback.then(run, run);
    this.fallback = r.catch(() => {});
    return r;
  }

  async saveBatch(items: SaveItem[]): Promise<(SaveResult | Error)[]> {
    // (a token hint, BODY_TOKENS, would not cross: the thread computes the tokens itself, see tokensAhead)
    const out = await this.send<(SaveResult | { error: WireError } | Error)[]>({ op: 'save', items });
    return out.map((r) => (r instanceof Error ? r : 'error' in r ? fromWireError(r.error) : r));
  }

  putHttpCache(entry: HttpCacheEntry): Promise<void> {
    return this.send({ op: 'putHttpCache', entry });
  }

  touchSeen(urls: string[], at: Date): Promise<void> {
    return this.send({ op: 'touchSeen', urls, at });
  }

  markRemoved(url: string, at: Date): Promise<boolean> {
    return this.send({ op: 'markRemoved', url, at });
  }

  async close(): Promise<void> {
    if (!this.dead) await this.send({ op: 'close' }).catch(() => {});
    await this.worker.terminate();
    await this.exited;
    await this.fallback;
  }
}

/**
 * The writer for a crawl on `store`: a thread for a SQLite file (unless
 * `thread` is false or POLICY_RADAR_WRITER_THREAD=0), else inline.
 */
export function crawlWriter(store: Store, thread = process.env.POLICY_RADAR_WRITER_THREAD !== '0'): CrawlWriter {
  return thread && store.dialect === 'sqlite' && store.file ? new ThreadWriter(store.file, store) : inlineWriter(store);
}
