import { etagOf } from './http.ts';

/**
 * A small in-process cache of whole GET responses. Searches over a large
 * archive cost tens of milliseconds of synchronous database work, while the
 * same few queries (saved searches, feed readers, the extension) arrive over
 * and over. Entries live at most `ttlMs`, which is kept below the max-age the
 * responses already advertise, so clients see nothing staler than they would
 * from their own caches. Concurrent misses for one key wait for a single
 * computation (single flight).
 */
export interface CachedResponse {
  body: string | Buffer;
  /** computed once when stored, so hits do not hash the body again */
  etag?: string;
  type: string;
  cache?: string;
  headers?: Record<string, string>;
}

interface Entry extends CachedResponse {
  expires: number;
  size: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<void>>();
  private bytes = 0;

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 2000,
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(key: string): CachedResponse | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires <= this.now()) {
      this.delete(key);
      return undefined;
    }
    // refresh LRU position
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  set(key: string, r: CachedResponse): void {
    const body = typeof r.body === 'string' ? Buffer.from(r.body) : r.body;
    const size = body.length;
    if (size > this.maxBytes / 8) return;
    this.delete(key);
    this.entries.set(key, { ...r, body, etag: r.etag ?? etagOf(body), size, expires: this.now() + this.ttlMs });
    this.bytes += size;
    for (const [k] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(k);
    }
  }

  private delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.bytes -= e.size;
    this.entries.delete(key);
  }

  /** The computation under way for this key, if any. */
  inflight(key: string): Promise<void> | undefined {
    return this.pending.get(key);
  }

  /** Marks a computation for `key` as under way until `done` settles. */
  track(key: string, done: Promise<unknown>): void {
    const p = done.then(
      () => {},
      () => {},
    );
    this.pending.set(key, p);
    void p.then(() => {
      if (this.pending.get(key) === p) this.pending.delete(key);
    });
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}
