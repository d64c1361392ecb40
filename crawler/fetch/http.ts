/**
 * The polite HTTP client: robots.txt, per-host queues and delays, conditional
 * GET, retries with backoff and jitter (network errors, 5xx, 429 with
 * Retry-After), timeouts, a body size cap, manual redirects with loop
 * detection, anti-bot detection, charset decoding; Chromium for sources that
 * need it.
 */
import { createHash } from 'node:crypto';
import type { BrowserPool } from './browser.ts';
import { decodeBody, isTextual } from './encoding.ts';
import { Politeness } from './politeness.ts';
import { RobotsCache } from './robots.ts';
import { scriptRedirectTarget } from './script-redirect.ts';
import { type CrawlOptions, DEFAULT_OPTIONS, FetchError, type FetchRequest, type FetchResult } from './types.ts';

/** Statuses anti-bot walls answer with (GACC 412 cookie script, WAF 405, challenge 521), and plain refusals. */
export const BLOCKED_STATUSES = new Set([403, 405, 412, 521]);

/** A small page whose job is to set a cookie by script and reload: an anti-bot challenge, not content. */
export function looksLikeChallenge(text: string): boolean {
  if (text.length > 30_000) return false;
  if (/__jsl_clearance|cf-chl-|challenge-platform|_waf_|acw_sc__v2|Just a moment\.\.\./i.test(text)) return true;
  const setsCookie = /document\.cookie\s*=/.test(text);
  const reloads = setsCookie && /location\.(reload|replace|href\s*=)|window\.location\s*=/.test(text);
  if (!reloads) return false;
  // a real page has visible text beyond the script
  const visible = text
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');
  return visible.length < 200;
}

export function parseRetryAfter(v: string | null | undefined, now = Date.now()): number | undefined {
  if (!v) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(v)) return Math.round(Number(v) * 1000);
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

export const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class RetryableError extends FetchError {
  retryAfterMs?: number;
}

function headersToObject(h: Headers): Record<string, string> {
  const o: Record<string, string> = {};
  h.forEach((v, k) => {
    o[k] = v;
  });
  return o;
}

export class Fetcher {
  readonly opts: CrawlOptions;
  private robots: RobotsCache;
  private politeness: Politeness;
  private browserPool?: BrowserPool;
  /** bytes downloaded (bodies, after decompression) */
  bytes = 0;
  requests = 0;

  constructor(opts: Partial<CrawlOptions> = {}) {
    this.opts = { ...DEFAULT_OPTIONS, ...stripUndefined(opts) };
    this.politeness = new Politeness(this.opts);
    this.robots = new RobotsCache(this.opts.userAgent, async (url) => {
      // robots.txt itself goes through the host queue, without retries
      const r = await this.politeness
        .run(url, () => this.once({ url }, 0), { delayMs: 0 })
        .catch((e: unknown) => {
          if (e instanceof FetchError && e.status) return { status: e.status, text: '' };
          throw e;
        });
      return { status: r.status, text: r.text ?? '' };
    });
  }

  async fetch(req: FetchRequest): Promise<FetchResult> {
    if (this.opts.obeyRobots && !(await this.robots.allowed(req.url))) {
      throw new FetchError('robots', `disallowed by robots.txt: ${req.url}`, req.url);
    }
    const crawlDelay = this.opts.obeyRobots ? await this.robots.crawlDelayMs(req.url) : 0;
    const delayMs = Math.max(req.delayMs ?? this.opts.delayMs, crawlDelay);
    const concurrency = req.concurrency ?? this.opts.perHostConcurrency;

    let attempt = 0;
    for (;;) {
      try {
        const r = await this.politeness.run(req.url, () => (req.browser ? this.viaBrowser(req) : this.once(req, attempt)), { delayMs, concurrency });
        r.attempts = attempt + 1;
        return r;
      } catch (e) {
        if (!(e instanceof RetryableError) || attempt >= this.opts.retries) {
          if (e instanceof FetchError) throw e;
          throw new FetchError('network', (e as Error).message, req.url);
        }
        if (e.retryAfterMs !== undefined && e.retryAfterMs > this.opts.maxRetryAfterMs) {
          throw new FetchError('rate-limited', `Retry-After ${Math.round(e.retryAfterMs / 1000)}s exceeds the limit`, req.url, 429);
        }
        const backoff = this.opts.retryBaseMs * 2 ** attempt * (0.5 + Math.random());
        await sleep(e.retryAfterMs ?? backoff);
        attempt++;
      }
    }
  }

  /** One request, following redirects by hand so they can be counted and loops caught. */
  private async once(req: FetchRequest, _attempt: number): Promise<FetchResult> {
    const redirects: string[] = [];
    const seen = new Set<string>([req.url]);
    let url = req.url;
    const signal = AbortSignal.timeout(this.opts.timeoutMs);
    const headers: Record<string, string> = {
      'user-agent': this.opts.userAgent,
      accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.8,*/*;q=0.7',
      'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8',
      ...req.headers,
    };
    if (req.conditional?.etag) headers['if-none-match'] = req.conditional.etag;
    if (req.conditional?.lastModified) headers['if-modified-since'] = req.conditional.lastModified;

    this.requests++;
    // HTTP redirects and script-only redirect pages share one budget and one loop check
    const follow = (next: string, status: number) => {
      if (seen.has(next)) throw new FetchError('redirect-loop', `redirect loop: ${[...redirects, next].join(' -> ')}`, req.url, status);
      if (redirects.length >= this.opts.maxRedirects)
        throw new FetchError('too-many-redirects', `more than ${this.opts.maxRedirects} redirects`, req.url, status);
      redirects.push(next);
      seen.add(next);
      url = next;
    };
    for (;;) {
      let res: Response;
      try {
        res = await fetch(url, { redirect: 'manual', headers, signal });
      } catch (e) {
        throw this.networkError(e, url);
      }
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const loc = res.headers.get('location');
        await res.body?.cancel().catch(() => {});
        if (!loc) throw new FetchError('http', `redirect ${res.status} without Location`, url, res.status);
        follow(new URL(loc, url).href, res.status);
        continue;
      }

      const status = res.status;
      const contentType = res.headers.get('content-type') ?? '';
      const base = {
        url: req.url,
        finalUrl: url,
        status,
        contentType,
        headers: headersToObject(res.headers),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
        redirects,
        attempts: 1,
        via: 'http' as const,
      };
      if (status === 304) {
        await res.body?.cancel().catch(() => {});
        return {
          ...base,
          etag: base.etag ?? req.conditional?.etag ?? null,
          lastModified: base.lastModified ?? req.conditional?.lastModified ?? null,
          notModified: true,
          body: Buffer.alloc(0),
          bytes: 0,
          bodyHash: req.conditional?.bodyHash ?? null,
        };
      }
      if (status === 429 || status >= 500) {
        await res.body?.cancel().catch(() => {});
        if (status === 521) throw new FetchError('blocked', `anti-bot answer ${status}`, req.url, status);
        const err = new RetryableError(status === 429 ? 'rate-limited' : 'server', `HTTP ${status}`, req.url, status);
        err.retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
        throw err;
      }
      if (status === 404 || status === 410) {
        await res.body?.cancel().catch(() => {});
        throw new FetchError('not-found', `HTTP ${status}`, req.url, status);
      }
      if (BLOCKED_STATUSES.has(status)) {
        await res.body?.cancel().catch(() => {});
        throw new FetchError('blocked', `anti-bot answer ${status}`, req.url, status);
      }
      if (status >= 400) {
        await res.body?.cancel().catch(() => {});
        throw new FetchError('http', `HTTP ${status}`, req.url, status);
      }

      const body = await this.readCapped(res, req.url, signal);
      this.bytes += body.length;
      const result: FetchResult = { ...base, notModified: false, body, bytes: body.length, bodyHash: sha256(body) };
      if (req.decode !== false && isTextual(contentType)) {
        const d = decodeBody(body, contentType, req.encoding);
        result.text = d.text;
        result.charset = d.charset;
        if (looksLikeChallenge(d.text)) throw new FetchError('blocked', 'anti-bot challenge page', req.url, status);
        // a page that only sends the browser elsewhere by script: follow it like a 302
        const target = scriptRedirectTarget(d.text);
        const next = target ? absoluteHttpUrl(target, url) : null;
        if (next) {
          follow(next, status);
          continue;
        }
      }
      return result;
    }
  }

  private async readCapped(res: Response, url: string, signal: AbortSignal): Promise<Buffer> {
    const max = this.opts.maxBytes;
    const declared = Number(res.headers.get('content-length') ?? Number.NaN);
    if (declared > max) {
      await res.body?.cancel().catch(() => {});
      throw new FetchError('too-large', `body of ${declared} bytes exceeds ${max}`, url, res.status);
    }
    if (!res.body) return Buffer.alloc(0);
    if (Number.isFinite(declared) && !res.headers.get('content-encoding')) {
      // length known and within the cap: one read, no per-chunk copying
      let ab: ArrayBuffer;
      try {
        ab = await res.arrayBuffer();
      } catch (e) {
        if (signal.aborted) throw new RetryableError('timeout', `timed out after ${this.opts.timeoutMs} ms reading the body`, url, res.status);
        throw new RetryableError('truncated', `body cut: ${(e as Error).message}`, url, res.status);
      }
      if (ab.byteLength < declared) throw new RetryableError('truncated', `body cut after ${ab.byteLength} of ${declared} bytes`, url, res.status);
      return Buffer.from(ab);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    const reader = res.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > max) {
          await reader.cancel().catch(() => {});
          throw new FetchError('too-large', `body exceeds ${max} bytes`, url, res.status);
        }
        chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
      }
    } catch (e) {
      if (e instanceof FetchError) throw e;
      if (signal.aborted) throw new RetryableError('timeout', `timed out after ${this.opts.timeoutMs} ms reading the body`, url, res.status);
      throw new RetryableError('truncated', `body cut after ${total} bytes: ${(e as Error).message}`, url, res.status);
    }
    // gzip'd bodies change length; only compare for identity encoding
    if (!res.headers.get('content-encoding') && Number.isFinite(declared) && total < declared) {
      throw new RetryableError('truncated', `body cut after ${total} of ${declared} bytes`, url, res.status);
    }
    return Buffer.concat(chunks, total);
  }

  private networkError(e: unknown, url: string): FetchError {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return new RetryableError('timeout', `timed out after ${this.opts.timeoutMs} ms`, url);
    const detail = err.cause?.code ?? err.cause?.message ?? err.message;
    return new RetryableError('network', `network error: ${detail}`, url);
  }

  private async viaBrowser(req: FetchRequest): Promise<FetchResult> {
    if (!this.browserPool) {
      const { BrowserPool } = await import('./browser.ts');
      this.browserPool ??= new BrowserPool({ executablePath: this.opts.chromiumPath, userAgent: this.opts.userAgent });
    }
    const b = req.browser || {};
    this.requests++;
    const r = await this.browserPool.fetch(req.url, { waitFor: b.waitFor, referer: b.referer, timeoutMs: b.timeoutMs ?? this.opts.timeoutMs });
    if (r.status === 404 || r.status === 410) throw new FetchError('not-found', `HTTP ${r.status}`, req.url, r.status);
    if (r.blocked) throw new FetchError('blocked', `anti-bot wall not passed (HTTP ${r.status})`, req.url, r.status);
    if (r.status >= 500) {
      const e = new RetryableError('server', `HTTP ${r.status}`, req.url, r.status);
      throw e;
    }
    if (r.status >= 400) throw new FetchError('http', `HTTP ${r.status}`, req.url, r.status);
    const body = Buffer.from(r.html);
    this.bytes += body.length;
    return {
      url: req.url,
      finalUrl: r.finalUrl,
      status: r.status,
      notModified: false,
      contentType: 'text/html; charset=utf-8',
      headers: {},
      body,
      text: r.html,
      charset: 'utf-8',
      bytes: body.length,
      etag: null,
      lastModified: null,
      bodyHash: sha256(body),
      redirects: [],
      attempts: 1,
      via: 'browser',
    };
  }

  async close(): Promise<void> {
    await this.browserPool?.close();
  }
}

function absoluteHttpUrl(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
