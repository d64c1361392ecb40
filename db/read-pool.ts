import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { NoticeExport, SearchQuery, Store } from './types.ts';

/**
 * A pool of read connections to one SQLite file, each on a worker thread
 * (db/read-loop.ts). better-sqlite3 is synchronous: on the main thread a 50 ms
 * search blocks every other request, cached ones included, for those 50 ms.
 * Here the main thread only sends the request and receives the answer, and
 * searches run in parallel on as many threads as there are cores (WAL lets
 * readers run beside the one writer). Exports are read in small batches, each
 * its own request, on a thread of their own, so no search waits behind one.
 * PostgreSQL needs none of this: its client is already asynchronous over a pool.
 */

type ExportQuery = SearchQuery & { withVersions?: boolean; withHtml?: boolean };
/** rows formatted on the read thread: CSV (db/export.ts csvRow) or one JSON line each */
export type ExportFormat = 'csv' | 'ndjson';

export type ReadRequest =
  | { id: number; op: 'search'; args: [SearchQuery] }
  | { id: number; op: 'matchFields'; args: [SearchQuery, number] }
  | { id: number; op: 'hitsFor'; args: [number[], string | undefined] }
  | { id: number; op: 'getNotice'; args: [number] }
  | { id: number; op: 'listVersions'; args: [number] }
  | { id: number; op: 'getVersion'; args: [number, number] }
  | { id: number; op: 'countNotices'; args: [] }
  | { id: number; op: 'listSources'; args: [] }
  | { id: number; op: 'exportOpen'; args: [number, ExportQuery, ExportFormat | undefined, number | undefined] }
  | { id: number; op: 'exportNext'; args: [number, number] }
  | { id: number; op: 'exportClose'; args: [number] }
  | { id: number; op: 'close'; args: [] };

export interface ReadReply {
  id: number;
  value?: unknown;
  error?: { name: string; message: string; stack?: string; userFacing: boolean };
}

/** Where the read thread's code is (crawler/threads.ts bundles it) and how to start it. */
export interface ReadThreadCode {
  url: URL;
  options?: Pick<WorkerOptions, 'execArgv' | 'resourceLimits'>;
}

type Op = ReadRequest['op'];
type ArgsOf<O extends Op> = Extract<ReadRequest, { op: O }>['args'];

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  ready: Promise<void>;
}

/** Rows per export request (the store reads 1,000 at a time): pieces of about 1 MB of text. */
const EXPORT_ROWS = 1000;
/** the export thread's nice value (Linux) */
const EXPORT_NICE = 10;

export class ReadPool {
  /** search threads */
  private readonly threads: Thread[] = [];
  /** the thread all exports share, at a lower CPU priority (replaced like the others when it dies) */
  private exporter!: Thread;
  private nextId = 1;
  private closing = false;

  private constructor(
    private readonly file: string,
    private readonly code: ReadThreadCode,
  ) {}

  /**
   * Starts `size` search threads and one export thread on the SQLite file `file`
   * (already migrated by the main connection).
   */
  static async open(file: string, code: ReadThreadCode, size: number): Promise<ReadPool> {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`read threads: expected a positive whole number, got ${size}`);
    const pool = new ReadPool(file, code);
    for (let i = 0; i < size; i++) pool.threads.push(pool.spawn());
    pool.exporter = pool.spawn(EXPORT_NICE);
    try {
      await Promise.all([...pool.threads, pool.exporter].map((t) => t.ready));
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  get size(): number {
    return this.threads.length;
  }

  /**
   * Runs `queries` on every search thread, so that each loads what it keeps in memory
   * (facet columns, ranking data, postings) before the first user waits for it: on a
   * 50,000-notice archive the first searches after a start otherwise take seconds.
   * Resolves with the time taken; a failing query is not an error here (the user's own
   * search will report it).
   */
  async warm(queries: readonly SearchQuery[]): Promise<number> {
    const t0 = performance.now();
    await Promise.all(
      this.threads.map(async (t) => {
        for (const q of queries) await this.send(t, 'search', [q] as ArgsOf<'search'>).catch(() => {});
      }),
    );
    return performance.now() - t0;
  }

  private spawn(nice = 0): Thread {
    const worker = new Worker(this.code.url, { ...this.code.options, workerData: { file: this.file, nice } });
    const pending = new Map<number, Pending>();
    let started!: () => void;
    let failed!: (e: Error) => void;
    const ready = new Promise<void>((res, rej) => {
      started = res;
      failed = rej;
    });
    const t: Thread = { worker, pending, ready };
    worker.on('message', (m: ReadReply) => {
      if (m.id === 0) return started();
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.error)
        p.reject(Object.assign(new Error(m.error.message), { name: m.error.name, stack: m.error.stack, ...(m.error.userFacing ? { userFacing: true } : {}) }));
      else p.resolve(m.value);
    });
    const die = (e: Error) => {
      failed(e);
      for (const p of pending.values()) p.reject(new Error(`read thread stopped: ${e.message}`));
      pending.clear();
      // replace a thread that died (out of memory, a native fault), unless closing
      if (this.closing) return;
      const i = this.threads.indexOf(t);
      if (i >= 0) this.threads[i] = this.spawn();
      else if (this.exporter === t) this.exporter = this.spawn(EXPORT_NICE);
    };
    worker.on('error', die);
    worker.on('exit', (code) => die(new Error(`exit code ${code}`)));
    return t;
  }

  /** The thread with the fewest requests waiting. */
  private pick(): Thread {
    let best = this.threads[0];
    for (const t of this.threads) if (t.pending.size < best.pending.size) best = t;
    return best;
  }

  private send<O extends Op>(t: Thread, op: O, args: ArgsOf<O>): Promise<unknown> {
    if (this.closing) return Promise.reject(new Error('read pool is closed'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      t.pending.set(id, { resolve, reject });
      t.worker.postMessage({ id, op, args });
    });
  }

  call<O extends Exclude<Op, 'exportOpen' | 'exportNext' | 'exportClose' | 'close'>>(op: O, ...args: ArgsOf<O>): Promise<unknown> {
    return this.send(this.pick(), op, args);
  }

  /** Rows of an export, fetched EXPORT_ROWS at a time from one thread (which holds the export's cursor). */
  async *exportNotices(q: ExportQuery): AsyncGenerator<NoticeExport & { id: number }> {
    for await (const batch of this.exportBatches(q)) yield* batch.rows;
  }

  /**
   * An export as text, formatted on the read thread: the main thread only writes
   * it out (unpacking and formatting 50,000 rows there would delay every other
   * request for seconds). At most `max` rows.
   */
  async *exportText(q: ExportQuery, format: ExportFormat, max?: number): AsyncGenerator<string> {
    for await (const batch of this.exportBatches(q, format, max)) if (batch.text) yield batch.text;
  }

  private async *exportBatches(q: ExportQuery, format?: ExportFormat, max?: number): AsyncGenerator<{ rows: (NoticeExport & { id: number })[]; text: string }> {
    // every export on the export thread: however many run, they share one core at a lower
    // priority, and the search threads are never queued behind an export batch
    const t = this.exporter;
    const id = this.nextId++;
    await this.send(t, 'exportOpen', [id, q, format, max]);
    let done = false;
    try {
      while (!done) {
        const r = (await this.send(t, 'exportNext', [id, EXPORT_ROWS])) as { rows: (NoticeExport & { id: number })[]; text: string; done: boolean };
        done = r.done;
        yield r;
      }
    } finally {
      if (!done && this.exporter === t) await this.send(t, 'exportClose', [id]).catch(() => {});
    }
  }

  async close(): Promise<void> {
    if (this.closing) return;
    const all = [...this.threads, this.exporter];
    await Promise.all(all.map((t) => this.send(t, 'close', []).catch(() => {})));
    this.closing = true;
    await Promise.all(all.map((t) => t.worker.terminate()));
  }
}

/** A store whose exports can come as formatted text (withReadPool's). */
export interface TextExports {
  exportText(q: ExportQuery, format: ExportFormat, max?: number): AsyncIterable<string>;
}

export const hasTextExports = (s: Store): s is Store & TextExports => typeof (s as Partial<TextExports>).exportText === 'function';

/**
 * `store` with its notice reads (search, notices, versions, exports, the source list) answered by
 * the pool; everything else, writes included, still goes to `store`.
 */
export function withReadPool(store: Store, pool: ReadPool): Store & TextExports {
  const reads: Partial<Store> = {
    search: (q) => pool.call('search', q) as ReturnType<Store['search']>,
    matchFields: (q, cap) => pool.call('matchFields', q, cap) as ReturnType<Store['matchFields']>,
    hitsFor: (ids, q) => pool.call('hitsFor', ids, q) as ReturnType<Store['hitsFor']>,
    getNotice: (id) => pool.call('getNotice', id) as ReturnType<Store['getNotice']>,
    listVersions: (id) => pool.call('listVersions', id) as ReturnType<Store['listVersions']>,
    getVersion: (id, n) => pool.call('getVersion', id, n) as ReturnType<Store['getVersion']>,
    countNotices: () => pool.call('countNotices') as ReturnType<Store['countNotices']>,
    // the search page lists the sources with their notice counts: a count over the whole archive
    listSources: () => pool.call('listSources') as ReturnType<Store['listSources']>,
    exportNotices: (q) => pool.exportNotices(q),
  };
  const extra: TextExports = { exportText: (q, format, max) => pool.exportText(q, format, max) };
  return new Proxy(store as Store & TextExports, {
    get(target, key) {
      if (Object.hasOwn(reads, key)) return reads[key as keyof Store];
      if (key === 'exportText') return extra.exportText;
      const v = Reflect.get(target, key, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}
