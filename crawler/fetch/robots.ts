/**
 * robots.txt per origin, fetched once and cached for the process (with a
 * TTL). A missing robots.txt (4xx) allows everything; an unreachable one
 * (network error, 5xx) also allows, but is not cached for long.
 */
import robotsParserModule from 'robots-parser';

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// CommonJS module.exports = function; its typings describe an ES default export
const robotsParser = ((robotsParserModule as { default?: unknown }).default ?? robotsParserModule) as (url: string, text: string) => Robot;

interface Entry {
  robot: Robot | null;
  expires: number;
}

export type RawGet = (url: string) => Promise<{ status: number; text: string }>;

export class RobotsCache {
  private entries = new Map<string, Promise<Entry>>();

  constructor(
    private readonly userAgent: string,
    private readonly get: RawGet,
    private readonly ttlMs = 3_600_000,
  ) {}

  private load(origin: string): Promise<Entry> {
    const cached = this.entries.get(origin);
    if (cached) return cached;
    const url = `${origin}/robots.txt`;
    const p = this.get(url)
      .then(({ status, text }) => {
        if (status >= 200 && status < 300) return { robot: robotsParser(url, text), expires: Date.now() + this.ttlMs };
        return { robot: null, expires: Date.now() + (status >= 500 ? 60_000 : this.ttlMs) };
      })
      .catch(() => ({ robot: null, expires: Date.now() + 60_000 }));
    this.entries.set(origin, p);
    p.then((e) => {
      // expire so long-running workers see robots.txt changes
      setTimeout(() => this.entries.get(origin) === p && this.entries.delete(origin), Math.max(0, e.expires - Date.now())).unref();
    });
    return p;
  }

  async allowed(url: string): Promise<boolean> {
    const { robot } = await this.load(new URL(url).origin);
    if (!robot) return true;
    return robot.isAllowed(url, this.userAgent) !== false;
  }

  /** Crawl-delay in ms for our user agent, if any. */
  async crawlDelayMs(url: string): Promise<number> {
    const { robot } = await this.load(new URL(url).origin);
    const d = robot?.getCrawlDelay(this.userAgent);
    return d ? d * 1000 : 0;
  }
}
