import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/types.ts';
import { freshStore } from '../helpers/stores.ts';
import { type Seeded, seed } from './fixtures.ts';
import { type Running, startServer } from './helpers.ts';

const OUT = join(process.cwd(), 'test-output', 'server');

describe('web UI in Chromium', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let srv: Running;
  let ids: Seeded;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    ({ store, cleanup } = await freshStore('sqlite'));
    ids = await seed(store);
    srv = await startServer(store);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    await cleanup?.();
  });

  /** A page that records dialogs, page errors and CSP violations, so injected script would be noticed. */
  async function open(width: number, height: number, locale = 'en-US'): Promise<{ page: Page; problems: string[] }> {
    const ctx = await browser.newContext({ viewport: { width, height }, locale, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    const problems: string[] = [];
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    return { page, problems };
  }

  it('search → open a notice → view the diff between two versions', async () => {
    const { page, problems } = await open(1280, 900);
    await page.goto(`${srv.url}/?lang=en`);
    await page.fill('input[name=q]', '退税');
    await Promise.all([page.waitForURL(/q=/), page.press('input[name=q]', 'Enter')]);
    await expect.poll(() => page.locator('.summary .total').textContent()).toBe('2 notices');
    expect(await page.locator('.hit mark').first().textContent()).toBe('退税');
    await page.screenshot({ path: join(OUT, 'search-desktop.png'), fullPage: true });

    await Promise.all([page.waitForURL(/\/notices\/\d+/), page.click(`a[href^="/notices/${ids.rebate}"]`)]);
    expect(await page.locator('h1').textContent()).toContain('关于提高部分产品出口退税率的公告（修订）');
    expect(await page.locator('ol.timeline li').count()).toBe(3);

    // compare version 1 with version 3, side by side, through the form
    await page.selectOption('form.compare select[name=from]', '1');
    await page.selectOption('form.compare select[name=to]', '3');
    await page.check('form.compare input[value=side]');
    await Promise.all([page.waitForURL(/from=1&to=3/), page.click('form.compare button')]);
    expect(await page.locator('#diff h2').textContent()).toBe('Changes from version 1 to version 3');
    expect(await page.locator('.diff-side .col').count()).toBe(2);
    expect(await page.locator('.diff-side ins').allTextContents()).toContain('机电');
    expect(await page.locator('.diff-side del').allTextContents()).toContain('2');
    // deletions are struck through and additions highlighted by the stylesheet (CSP allows it)
    expect(
      await page
        .locator('.diff-side del')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('line-through');
    await page.screenshot({ path: join(OUT, 'notice-diff-desktop.png'), fullPage: true });

    // inline view from the timeline's link
    await Promise.all([page.waitForURL(/from=2&to=3/), page.click('ol.timeline li:first-child a[href*="from=2"]')]);
    expect(await page.locator('.diff.inline ins').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('injected markup stays inert in the browser', async () => {
    const { page, problems } = await open(1280, 900);
    await page.goto(`${srv.url}/notices/${ids.xss}?from=1&to=2&lang=en`);
    expect(await page.title()).toContain('<script>alert("t")</script>');
    expect(await page.locator('h1').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('main script, main img, main svg, main iframe').count()).toBe(0);
    expect(await page.locator('.notice-text').textContent()).toContain('<script>document.title="pwned"</script>');
    const hrefs = await page.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.filter((h) => h.startsWith('javascript:'))).toEqual([]);
    await page.goto(`${srv.url}/?q=${encodeURIComponent('恶意')}&lang=en`);
    expect(await page.locator('.hit h2 a').first().textContent()).toContain('<script>');
    expect(problems).toEqual([]);
  });

  it('saves screenshots of the three pages at desktop and phone widths', async () => {
    for (const [label, w, h] of [
      ['desktop', 1280, 900],
      ['phone', 390, 844],
    ] as const) {
      const { page, problems } = await open(w, h, 'zh-CN');
      await page.goto(`${srv.url}/?q=${encodeURIComponent('退税 OR tariffs')}`);
      await page.screenshot({ path: join(OUT, `search-${label}-zh.png`), fullPage: true });
      await page.goto(`${srv.url}/notices/${ids.rebate}?from=1&to=3`);
      await page.screenshot({ path: join(OUT, `notice-${label}-zh.png`), fullPage: true });
      await page.goto(`${srv.url}/sources`);
      await page.screenshot({ path: join(OUT, `sources-${label}-zh.png`), fullPage: true });
      if (label === 'phone') {
        // nothing wider than the phone's screen
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.goto(`${srv.url}/notices/${ids.rebate}?from=1&to=3&view=side`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await page.goto(`${srv.url}/?q=${encodeURIComponent('退税 OR tariffs')}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      }
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });
});
