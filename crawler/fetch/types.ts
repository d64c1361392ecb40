/** Shared types of the fetch layer. */

export const DEFAULT_USER_AGENT = 'PolicyRadar/0.1 (+https://github.com/policy-radar/policy-radar)';

export interface CrawlOptions {
  /** identifying User-Agent; default PolicyRadar/0.1 (+https://github.com/policy-radar/policy-radar) */
  userAgent: string;
  /** minimum delay between requests to one host, ms (default 1000; robots Crawl-delay wins if larger) */
  delayMs: number;
  /** requests in flight per host (default 1) */
  perHostConcurrency: number;
  /** requests in flight overall (default 8) */
  globalConcurrency: number;
  /** per-request timeout, ms (default 20000) */
  timeoutMs: number;
  /** retries on network errors, 5xx and 429 (default 3) */
  retries: number;
  /** first backoff delay, ms; doubles per attempt, with jitter (default 500) */
  retryBaseMs: number;
  /** longest Retry-After honoured, ms (default 60000); longer answers count as failures */
  maxRetryAfterMs: number;
  /** response size cap, bytes (default 5 MB) */
  maxBytes: number;
  /** redirects followed per request (default 5) */
  maxRedirects: number;
  /** obey robots.txt (default true) */
  obeyRobots: boolean;
  /** consecutive already-known list items that stop paging (default 10) */
  knownStreak: number;
  /** list pages per source and run (default 20; source and override values win when lower) */
  maxPages: number;
  /** Chromium binary for sources that need a browser (default /usr/bin/chromium) */
  chromiumPath: string;
  /** download attachments to hash them (default true) */
  hashAttachments: boolean;
  /** attachments downloaded per notice at most (default 5) */
  maxAttachments: number;
}

export const DEFAULT_OPTIONS: CrawlOptions = {
  userAgent: DEFAULT_USER_AGENT,
  delayMs: 1000,
  perHostConcurrency: 1,
  globalConcurrency: 8,
  timeoutMs: 20_000,
  retries: 3,
  retryBaseMs: 500,
  maxRetryAfterMs: 60_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  obeyRobots: true,
  knownStreak: 10,
  maxPages: 20,
  chromiumPath: '/usr/bin/chromium',
  hashAttachments: true,
  maxAttachments: 5,
};

export type FetchErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'server'
  | 'rate-limited'
  | 'blocked'
  | 'robots'
  | 'too-large'
  | 'truncated'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'not-found'
  | 'browser';

export class FetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface ConditionalInfo {
  etag?: string | null;
  lastModified?: string | null;
  bodyHash?: string | null;
}

export interface FetchRequest {
  url: string;
  headers?: Record<string, string>;
  /** validators from the HTTP cache: send If-None-Match / If-Modified-Since */
  conditional?: ConditionalInfo | null;
  /** per-source politeness overrides */
  delayMs?: number;
  concurrency?: number;
  /** forced charset */
  encoding?: string;
  /** use Chromium (sources with browser: {…}) */
  browser?: { waitFor?: string; referer?: string; timeoutMs?: number } | false;
  /** decode the body as text (default true for text types) */
  decode?: boolean;
}

export interface FetchResult {
  /** URL requested */
  url: string;
  /** URL after redirects */
  finalUrl: string;
  status: number;
  notModified: boolean;
  contentType: string;
  headers: Record<string, string>;
  body: Buffer;
  /** decoded text for textual bodies */
  text?: string;
  charset?: string;
  bytes: number;
  etag: string | null;
  lastModified: string | null;
  /** sha256 of the body (or the cached one on 304) */
  bodyHash: string | null;
  redirects: string[];
  attempts: number;
  via: 'http' | 'browser';
}
