/**
 * A small Chromium pool for sites that only answer a real browser (script
 * cookies, JS-rendered lists). One browser, one context (cookies earned by
 * passing a challenge are reused, the HTTP cache is off so every crawl sees
 * the live site), a few pages reused and recycled after N
 * navigations; the browser restarts after M pages and closes when idle, so
 * memory stays bounded in long runs.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import PQueue from 'p-queue';
import { BLOCKED_STATUSES } from './http.ts';

export interface BrowserPoolOptions {
  executablePath: string;
  userAgent: string;
  /** pages open at once (default 2) */
  maxPages?: number;
  /** navigations before a page is closed and replaced (default 20) */
  recyclePageAfter?: number;
  /** pages before the whole browser restarts (default 200) */
  recycleBrowserAfter?: number;
  /** close the browser after this long without work (default 30 s) */
  idleMs?: number;
}

export interface BrowserFetchResult {
  status: number;
  html: string;
  finalUrl: string;
  /** the answer is still an anti-bot wall after waiting */
  blocked: boolean;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

interface PooledPage {
  page: Page;
  uses: number;
}

export class BrowserPool {
  private browser?: Promise<{ browser: Browser; context: BrowserContext }>;
  private free: PooledPage[] = [];
  private queue: PQueue;
  private served = 0;
  private idleTimer?: NodeJS.Timeout;
  private readonly o: Required<BrowserPoolOptions>;

  constructor(opts: BrowserPoolOptions) {
    this.o = { maxPages: 2, recyclePageAfter: 20, recycleBrowserAfter: 200, idleMs: 30_000, ...opts };
    this.queue = new PQueue({ concurrency: this.o.maxPages });
  }

  private launch() {
    this.browser ??= (async () => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: this.o.executablePath, headless: true, args: CHROMIUM_ARGS });
      const context = await browser.newContext({ userAgent: this.o.userAgent, locale: 'zh-CN' });
      return { browser, context };
    })();
    return this.browser;
  }

  private async take(): Promise<PooledPage> {
    const p = this.free.pop();
    if (p && !p.page.isClosed()) return p;
    const { context } = await this.launch();
    const page = await context.newPage();
    // no HTTP cache: a browser kept between crawls would otherwise serve last week's list
    // (pages sent with Last-Modified and no Cache-Control are heuristically fresh for days)
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    return { page, uses: 0 };
  }

  private async give(p: PooledPage): Promise<void> {
    p.uses++;
    this.served++;
    if (p.uses >= this.o.recyclePageAfter || p.page.isClosed()) await p.page.close().catch(() => {});
    else this.free.push(p);
    if (this.served >= this.o.recycleBrowserAfter && this.queue.pending <= 1) {
      this.served = 0;
      await this.close();
    }
  }

  fetch(url: string, opts: { waitFor?: string; referer?: string; timeoutMs: number }): Promise<BrowserFetchResult> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    return this.queue
      .add(async () => {
        const pooled = await this.take();
        const { page } = pooled;
        let status = 0;
        let finalUrl = url;
        const onResponse = (r: import('playwright-core').Response) => {
          if (r.request().isNavigationRequest() && r.frame() === page.mainFrame()) {
            status = r.status();
            finalUrl = r.url();
          }
        };
        page.on('response', onResponse);
        try {
          const resp = await page.goto(url, { referer: opts.referer, waitUntil: 'domcontentloaded', timeout: opts.timeoutMs });
          if (resp && !status) status = resp.status();
          // a plain error page (404, 500) will never show the selector; an anti-bot status might
          const plainError = status >= 400 && !BLOCKED_STATUSES.has(status) && status !== 429;
          if (opts.waitFor && !plainError) {
            // waitForSelector survives the reloads a cookie challenge triggers
            const ok = await page
              .waitForSelector(opts.waitFor, { timeout: opts.timeoutMs, state: 'attached' })
              .then(() => true)
              .catch(() => false);
            if (!ok) {
              const html = await page.content().catch(() => '');
              return { status, html, finalUrl, blocked: BLOCKED_STATUSES.has(status) || status === 0 };
            }
          }
          let html = '';
          for (let i = 0; i < 3; i++) {
            try {
              html = await page.content();
              break;
            } catch {
              // navigation in progress: let it settle
              await page.waitForLoadState('domcontentloaded').catch(() => {});
            }
          }
          return { status, html, finalUrl, blocked: BLOCKED_STATUSES.has(status) };
        } finally {
          page.off('response', onResponse);
          await this.give(pooled);
        }
      })
      .finally(() => this.armIdle()) as Promise<BrowserFetchResult>;
  }

  private armIdle() {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.queue.pending === 0 && this.queue.size === 0) void this.close();
    }, this.o.idleMs);
    this.idleTimer.unref();
  }

  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const b = this.browser;
    this.browser = undefined;
    const pages = this.free.splice(0);
    if (!b) return;
    await Promise.all(pages.map((p) => p.page.close().catch(() => {})));
    const { browser } = await b.catch(() => ({ browser: undefined }));
    await browser?.close().catch(() => {});
  }
}
