/**
 * Per-host politeness: a p-queue per host (concurrency) plus a minimum
 * gap between request starts to that host, and one global queue bounding
 * requests in flight across all hosts.
 */
import PQueue from 'p-queue';

interface Host {
  queue: PQueue;
  nextStart: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Politeness {
  private hosts = new Map<string, Host>();
  private global: PQueue;

  constructor(private readonly defaults: { delayMs: number; perHostConcurrency: number; globalConcurrency: number }) {
    this.global = new PQueue({ concurrency: defaults.globalConcurrency });
  }

  private host(key: string, concurrency: number): Host {
    let h = this.hosts.get(key);
    if (!h) {
      h = { queue: new PQueue({ concurrency }), nextStart: 0 };
      this.hosts.set(key, h);
    } else if (h.queue.concurrency !== concurrency) h.queue.concurrency = concurrency;
    return h;
  }

  /**
   * Runs fn in the host's queue once the host's delay has passed, and within
   * the global limit. The host slot is taken first so a slow host does not
   * hold global slots while waiting out its delay.
   */
  run<T>(url: string, fn: () => Promise<T>, opts: { delayMs?: number; concurrency?: number } = {}): Promise<T> {
    const key = new URL(url).host;
    const delay = opts.delayMs ?? this.defaults.delayMs;
    const h = this.host(key, opts.concurrency ?? this.defaults.perHostConcurrency);
    return h.queue.add(async () => {
      const wait = h.nextStart - Date.now();
      h.nextStart = Math.max(Date.now(), h.nextStart) + delay;
      if (wait > 0) await sleep(wait);
      return this.global.add(fn) as Promise<T>;
    }) as Promise<T>;
  }

  get pending(): number {
    let n = this.global.size + this.global.pending;
    for (const h of this.hosts.values()) n += h.queue.size;
    return n;
  }
}
