/**
 * Bounds how much expensive work (uncached searches, exports) runs at once, per
 * client and in total. Work over the bound waits in a queue; when the queue is
 * full, or the wait would be too long, the caller is told to come back later
 * (the server answers 503 with Retry-After). Waiting clients take turns: a slot
 * that frees goes to the next client in rotation, not to whoever queued the
 * most, so one client looping searches on 50 connections cannot stall another.
 * Independent of the HTTP layer: a key in, a release function out.
 */

export interface LimiterOptions {
  /** at most this much work at once in total */
  total: number;
  /** at most this much at once for one client */
  perClient: number;
  /** waiting work allowed in total, and per client, before refusing */
  queueTotal: number;
  queuePerClient: number;
  /** refuse work that waited this long for a slot */
  queueTimeoutMs: number;
  /** what a refusal tells the client to wait, in seconds */
  retryAfterSeconds: number;
}

/** Work refused because the server is busy; `retryAfter` is in seconds. */
export class BusyError extends Error {
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super(message);
    this.name = 'BusyError';
  }
}

interface Waiter {
  grant(): void;
  timer: NodeJS.Timeout;
}

export class Limiter {
  readonly options: LimiterOptions;
  private activeTotal = 0;
  private readonly active = new Map<string, number>();
  /** waiting work per client; Map order is the rotation */
  private readonly waiting = new Map<string, Waiter[]>();
  private queued = 0;

  constructor(options: LimiterOptions) {
    for (const [k, v] of Object.entries(options)) if (!(Number.isFinite(v) && v >= 0)) throw new RangeError(`limiter ${k}: expected a number ≥ 0, got ${v}`);
    if (options.total < 1 || options.perClient < 1) throw new RangeError('limiter total and perClient must be at least 1');
    this.options = options;
  }

  /** Work running now (total, or for one client) and waiting. */
  stats(client?: string): { active: number; queued: number } {
    if (client === undefined) return { active: this.activeTotal, queued: this.queued };
    return { active: this.active.get(client) ?? 0, queued: this.waiting.get(client)?.length ?? 0 };
  }

  private canRun(client: string): boolean {
    return this.activeTotal < this.options.total && (this.active.get(client) ?? 0) < this.options.perClient;
  }

  private start(client: string): () => void {
    this.activeTotal++;
    this.active.set(client, (this.active.get(client) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.activeTotal--;
      const n = (this.active.get(client) ?? 1) - 1;
      if (n) this.active.set(client, n);
      else this.active.delete(client);
      this.next();
    };
  }

  /** Grants freed slots to waiting clients in rotation. */
  private next(): void {
    let progress = true;
    while (progress && this.queued && this.activeTotal < this.options.total) {
      progress = false;
      for (const [client, list] of this.waiting) {
        if (!this.canRun(client)) continue;
        const w = list.shift()!;
        this.queued--;
        // to the back of the rotation
        this.waiting.delete(client);
        if (list.length) this.waiting.set(client, list);
        clearTimeout(w.timer);
        w.grant();
        progress = true;
        break;
      }
    }
  }

  /** Resolves with a release function once `client` may run; rejects with BusyError when refused. */
  acquire(client: string): Promise<() => void> {
    if (!this.queued && this.canRun(client)) return Promise.resolve(this.start(client));
    const mine = this.waiting.get(client)?.length ?? 0;
    const o = this.options;
    if (this.queued >= o.queueTotal || mine >= o.queuePerClient) {
      return Promise.reject(new BusyError(mine >= o.queuePerClient ? 'too many requests from this client at once' : 'server busy', o.retryAfterSeconds));
    }
    return new Promise((resolve, reject) => {
      const w: Waiter = {
        grant: () => resolve(this.start(client)),
        timer: setTimeout(() => {
          const list = this.waiting.get(client);
          const i = list?.indexOf(w) ?? -1;
          if (i < 0) return;
          list!.splice(i, 1);
          if (!list!.length) this.waiting.delete(client);
          this.queued--;
          reject(new BusyError('server busy: waited too long', o.retryAfterSeconds));
        }, o.queueTimeoutMs),
      };
      const list = this.waiting.get(client);
      if (list) list.push(w);
      else this.waiting.set(client, [w]);
      this.queued++;
      // a slot may be free for this client even though others wait (their own per-client bound)
      this.next();
    });
  }

  /** Runs `fn` within a slot for `client`. */
  async run<T>(client: string, fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire(client);
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

/** Defaults: uncached searches and pages (a few ms to tens of ms each) and exports (seconds to minutes). */
export const QUERY_LIMITS: LimiterOptions = { total: 8, perClient: 4, queueTotal: 512, queuePerClient: 64, queueTimeoutMs: 10_000, retryAfterSeconds: 2 };
export const EXPORT_LIMITS: LimiterOptions = { total: 4, perClient: 2, queueTotal: 16, queuePerClient: 2, queueTimeoutMs: 30_000, retryAfterSeconds: 10 };
