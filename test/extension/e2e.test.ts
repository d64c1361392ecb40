/**
 * The built extension in real Chromium: index sync (200 then 304), badge counts,
 * in-page marks and card, the popup's list, per-site switches, dynamic pages and
 * the stale mark when the server fails. Screenshots go to test-output/extension/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/types.ts';
import { freshStore } from '../helpers/stores.ts';
import { ensureExtensionBuilt, ROOT, startTradeServer, type TradeServer } from './harness.ts';
import { ON_DYNAMIC_PAGE, ON_PRODUCT_PAGE, SEED, seedStore } from './seed.ts';

// the extension APIs, as seen inside the service worker and extension pages
declare const chrome: any;

const SHOTS = join(ROOT, 'test-output', 'extension');

async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > until) throw new Error(`timed out waiting; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let store: Store;
let cleanup: () => Promise<void>;
let server: TradeServer;
let context: BrowserContext;
let sw: Worker;
let extId: string;
let ids: Map<string, number>;

const titleOf = (key: string) => SEED.find((n) => n.key === key)!.title;

async function badge(tabId: number): Promise<string> {
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function tabIdOf(url: string): Promise<number> {
  const id = await sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id ?? -1, url);
  expect(id).toBeGreaterThan(0);
  return id;
}

async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => (CSS.highlights.get('policy-radar') as Highlight | undefined)?.size ?? 0);
}

/** Moves the mouse over the product page's HS code and returns the hover card once shown. */
async function hoverHsCode(page: Page) {
  const box = await page.evaluate(() => {
    const r = document.createRange();
    r.selectNodeContents(document.getElementById('hs')!.firstChild!);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  const card = page.locator('policy-radar-layer .card');
  await card.waitFor({ state: 'visible', timeout: 5000 });
  return card;
}

async function openPopup(tabId: number): Promise<Page> {
  const p = await context.newPage();
  await p.setViewportSize({ width: 400, height: 640 });
  await p.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  await p.locator('#summary').filter({ hasNotText: '…' }).waitFor();
  return p;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const dir = ensureExtensionBuilt('e2e');
  ({ store, cleanup } = await freshStore('sqlite'));
  ids = await seedStore(store);
  server = await startTradeServer(store);
  context = await chromium.launchPersistentContext('', {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 720 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extId = new URL(sw.url()).host;
  // the install-time sync against the default server has run (and failed: nothing there)
  await waitFor(
    () => sw.evaluate(async () => (await chrome.storage.local.get('index:meta'))['index:meta']?.attemptAt ?? null),
    (v) => v != null,
  );
  await sw.evaluate(async (url) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, serverUrl: url } });
  }, server.url);
  await waitFor(
    () => sw.evaluate(async () => (await chrome.storage.local.get('index:meta'))['index:meta']?.count ?? 0),
    (n) => n === SEED.length - 1,
  );
}, 90_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  await cleanup?.();
});

describe('extension in Chromium', () => {
  it('fetched the index once, gzipped, and keeps it in storage', async () => {
    const gets = server.log.filter((r) => r.method === 'GET');
    expect(gets).toHaveLength(1);
    expect(gets[0]).toMatchObject({ status: 200, encoding: 'gzip', ifNoneMatch: null });
    const meta = await sw.evaluate(async () => (await chrome.storage.local.get('index:meta'))['index:meta']);
    expect(meta.etag).toMatch(/^"[\w-]+"$/);
    expect(meta.lastError).toBeNull();
  });

  it('counts and marks the notices for a product page, and shows them on hover', async () => {
    const page = await context.newPage();
    const url = `${server.url}/trade/led-lamps.html`;
    await page.goto(url);
    const tabId = await tabIdOf(url);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe(String(ON_PRODUCT_PAGE.length));
    await expect.poll(() => highlightCount(page)).toBeGreaterThan(0);
    expect(await page.title()).not.toBe('pwned');

    // marked ranges cover the HS code and markets, never the form field, editable area, hidden spec or script
    const marked = await page.evaluate(() => [...((CSS.highlights.get('policy-radar') as Highlight).values() as Iterable<Range>)].map((r) => r.toString()));
    expect(marked).toEqual(expect.arrayContaining(['9405.40', 'Germany', 'European Union']));
    expect(marked.join(' ')).not.toMatch(/lithium|photovoltaic|solar/i);

    // hover the HS code: the card lists the matching notices (as text)
    const card = await hoverHsCode(page);
    await expect.poll(() => card.innerText()).toContain(titleOf('rebate-lamps'));
    expect(await card.innerText()).toContain('Lamp recall'); // markup shown as text
    expect(await page.locator('policy-radar-layer img').count()).toBe(0);
    // page styles (Georgia serif, orange !important links) do not reach the card
    const font = await card.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).not.toMatch(/Georgia/);
    const linkColor = await page
      .locator('policy-radar-layer .card a')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(linkColor).not.toBe('rgb(194, 65, 12)');
    await page.screenshot({ path: join(SHOTS, 'product-page-marks.png') });

    // popup for this tab: ranked list with reasons, links to the server's notice pages
    const popup = await openPopup(tabId);
    const items = popup.locator('#list li');
    await expect.poll(() => items.count()).toBe(ON_PRODUCT_PAGE.length);
    const titles = await popup.locator('#list li a.title').allInnerTexts();
    expect(new Set(titles)).toEqual(new Set(ON_PRODUCT_PAGE.map(titleOf)));
    expect(titles[0]).toBe(titleOf('eu-ecodesign')); // HS + EU beats HS alone
    const href = await popup.locator('#list li a.title').first().getAttribute('href');
    expect(href).toBe(`${server.url}/notices/${ids.get('eu-ecodesign')}`);
    expect(await popup.locator('#list li').first().locator('.chip').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^HS 9405/), expect.stringMatching(/European Union/)]),
    );
    expect(await popup.locator('#list img').count()).toBe(0);
    expect(await popup.locator('#age').innerText()).toMatch(/Index: 8 notices · checked just now/);
    await popup.locator('body').screenshot({ path: join(SHOTS, 'popup.png') });

    // refresh: revalidated with the stored ETag, answered 304
    await popup.locator('#refresh').click();
    await expect.poll(() => server.log.filter((r) => r.method === 'GET').map((r) => r.status)).toEqual([200, 304]);
    const second = server.log.filter((r) => r.method === 'GET')[1];
    expect(second.ifNoneMatch).toMatch(/^"/);

    // per-site switches: marks off keeps the count; site off clears both
    await popup.locator('label:has(#marks-on)').click();
    await expect.poll(() => highlightCount(page)).toBe(0);
    expect(await badge(tabId)).toBe(String(ON_PRODUCT_PAGE.length));
    await popup.locator('label:has(#marks-on)').click();
    await expect.poll(() => highlightCount(page)).toBeGreaterThan(0);
    await popup.locator('label:has(#site-on)').click();
    await expect.poll(() => badge(tabId)).toBe('');
    await expect.poll(() => highlightCount(page)).toBe(0);
    await expect.poll(() => popup.locator('#summary').innerText()).toBe('Switched off on this site');
    await popup.locator('label:has(#site-on)').click();
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe(String(ON_PRODUCT_PAGE.length));
    await popup.close();
    await page.close();
  });

  it('leaves a page with nothing relevant unbadged and unmarked', async () => {
    const page = await context.newPage();
    const url = `${server.url}/trade/about.html`;
    await page.goto(url);
    const tabId = await tabIdOf(url);
    // the background has the tab's (empty) result
    await expect
      .poll(() =>
        sw.evaluate(async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { total: number } | undefined)?.total ?? null, tabId),
      )
      .toBe(0);
    expect(await badge(tabId)).toBe('');
    expect(await highlightCount(page)).toBe(0);
    const popup = await openPopup(tabId);
    expect(await popup.locator('#summary').innerText()).toBe('No relevant notices');
    expect(await popup.locator('#list li').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('matches content a page adds after load', async () => {
    const page = await context.newPage();
    const url = `${server.url}/trade/dynamic.html?delay=1500`;
    await page.goto(url);
    const tabId = await tabIdOf(url);
    await expect
      .poll(() =>
        sw.evaluate(async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { total: number } | undefined)?.total ?? null, tabId),
      )
      .toBe(0);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe(String(ON_DYNAMIC_PAGE.length));
    await expect.poll(() => highlightCount(page)).toBeGreaterThan(0);
    const popup = await openPopup(tabId);
    expect(await popup.locator('#list li a.title').allInnerTexts()).toEqual(ON_DYNAMIC_PAGE.map(titleOf));
    await popup.close();
    await page.close();
  });

  it('marks the badge when the server fails and keeps working from the cached index', async () => {
    server.mode = 'down';
    const page = await context.newPage();
    const url = `${server.url}/trade/led-lamps.html`;
    await page.goto(url);
    const tabId = await tabIdOf(url);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe(String(ON_PRODUCT_PAGE.length));
    const popup = await openPopup(tabId);
    await popup.locator('#refresh').click();
    await expect.poll(() => badge(tabId)).toBe(`${ON_PRODUCT_PAGE.length}!`);
    await expect.poll(() => popup.locator('#banner').innerText()).toMatch(/unreachable|server/i);
    expect(await popup.locator('#list li').count()).toBe(ON_PRODUCT_PAGE.length);
    await popup.locator('body').screenshot({ path: join(SHOTS, 'popup-offline.png') });
    server.mode = 'up';
    await popup.close();
    await page.close();
  });
});

describe('extension in Chromium: the background does the matching', () => {
  // runs after the offline test: the badge may still carry the stale-index mark ("4!")
  it('ignores malformed page messages and keeps serving pages', async () => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html`);
    const replies = await popup.evaluate(async () => {
      const send = (m: unknown) =>
        chrome.runtime.sendMessage(m).then(
          (r: unknown) => r ?? null,
          (e: Error) => `error: ${e.message}`,
        );
      return [
        // from an extension page, not a tab: no tab to badge
        await send({ type: 'page-text', host: 'a.example', text: 'LED lamps HS 9405', terms: { hs: [], regions: [], topics: [] } }),
        await send({ type: 'page-text', host: 'a.example', text: 5, terms: null }),
        await send({ type: 'page-text' }),
        await send('page-text'),
      ];
    });
    // the popup is an extension page in a tab: it may ask (and gets spans and that tab's state)
    expect(replies[0]).toMatchObject({ spans: expect.any(Array), state: { host: 'a.example' } });
    for (const r of replies.slice(1)) expect(r === null || String(r).startsWith('error:'), JSON.stringify(r)).toBe(true);
    await popup.close();
    const page = await context.newPage();
    const url = `${server.url}/trade/led-lamps.html?after-junk`;
    await page.goto(url);
    const tabId = await tabIdOf(url);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toMatch(new RegExp(`^${ON_PRODUCT_PAGE.length}!?$`));
    await page.close();
  });

  it('marks a page after the service worker was stopped (MV3 stops idle workers)', async () => {
    const helper = await context.newPage();
    await helper.goto(`chrome-extension://${extId}/popup.html`);
    const cdp = await context.newCDPSession(helper);
    await cdp.send('ServiceWorker.enable');
    // a mark in the worker's globals: a restarted worker starts without it
    await sw.evaluate(() => {
      (self as unknown as { prMark: number }).prMark = 1;
    });
    await cdp.send('ServiceWorker.stopAllWorkers');
    await helper.close();
    const page = await context.newPage();
    const url = `${server.url}/trade/led-lamps.html?after-restart`;
    await page.goto(url);
    // the page's message woke a fresh worker (Playwright keeps the same Worker object across restarts)
    await expect.poll(() => sw.evaluate(() => (self as unknown as { prMark?: number }).prMark ?? 'fresh'), { timeout: 15_000 }).toBe('fresh');
    const tabId = await tabIdOf(url);
    await expect.poll(() => badge(tabId), { timeout: 15_000 }).toMatch(new RegExp(`^${ON_PRODUCT_PAGE.length}!?$`));
    await expect.poll(() => highlightCount(page)).toBeGreaterThan(0);
    await page.close();
  });
});

describe('extension in Chromium with a Chinese UI', () => {
  let zh: BrowserContext;
  let zhSw: Worker;
  let zhId: string;

  beforeAll(async () => {
    const dir = ensureExtensionBuilt('e2e');
    zh = await chromium.launchPersistentContext('', {
      executablePath: '/usr/bin/chromium',
      headless: true,
      locale: 'zh-CN',
      env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
      viewport: { width: 1100, height: 720 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--lang=zh-CN',
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
      ],
    });
    zhSw = zh.serviceWorkers()[0] ?? (await zh.waitForEvent('serviceworker'));
    zhId = new URL(zhSw.url()).host;
    await waitFor(
      () => zhSw.evaluate(async () => (await chrome.storage.local.get('index:meta'))['index:meta']?.attemptAt ?? null),
      (v) => v != null,
    );
  }, 90_000);
  afterAll(async () => {
    await zh?.close();
  });

  it('installs with the server `policy-radar serve` starts by default, as versioned settings', async () => {
    const { DEFAULT_SERVER_URL } = await import('../../taxonomy/defaults.ts');
    const got = await zhSw.evaluate(async () => chrome.storage.local.get(['settings', 'settings$']));
    expect(got.settings.serverUrl).toBe(DEFAULT_SERVER_URL);
    expect(got.settings$).toEqual({ v: 3 });
  });

  it('shows popup, badge title, hover card and options in Chinese', async () => {
    expect(await zhSw.evaluate(() => chrome.i18n.getMessage('lang'))).toBe('zh');
    // the manifest's own texts (name, toolbar title before any page) are localised too
    expect(await zhSw.evaluate(() => chrome.runtime.getManifest().name)).toBe('政策雷达');
    expect(await zhSw.evaluate(() => chrome.action.getTitle({}))).toBe('政策雷达');
    await zhSw.evaluate(async (url) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, serverUrl: url } });
    }, server.url);
    await waitFor(
      () => zhSw.evaluate(async () => (await chrome.storage.local.get('index:meta'))['index:meta']?.count ?? 0),
      (n) => n === SEED.length - 1,
    );
    const page = await zh.newPage();
    const url = `${server.url}/trade/led-lamps.html`;
    await page.goto(url);
    const tabId = await waitFor(
      () => zhSw.evaluate(async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id ?? -1, url),
      (id) => id > 0,
    );
    await expect.poll(() => zhSw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 10_000 }).toBe(String(ON_PRODUCT_PAGE.length));
    expect(await zhSw.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe(`政策雷达：${ON_PRODUCT_PAGE.length} 条相关公告`);

    // the hover card over the HS code
    await expect.poll(() => page.evaluate(() => (CSS.highlights.get('policy-radar') as Highlight | undefined)?.size ?? 0)).toBeGreaterThan(0);
    const card = await hoverHsCode(page);
    await expect.poll(() => card.innerText()).toMatch(/政策雷达 · \d+ 条公告/);

    const popup = await zh.newPage();
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.goto(`chrome-extension://${zhId}/popup.html?tab=${tabId}`);
    await popup.locator('#summary').filter({ hasNotText: '…' }).waitFor();
    expect(await popup.locator('#summary').innerText()).toBe(`${ON_PRODUCT_PAGE.length} 条相关公告`);
    expect(await popup.locator('#refresh').innerText()).toBe('刷新');
    expect(await popup.locator('#age').innerText()).toMatch(/^索引：\d+ 条公告 · 检查于/);
    expect(await popup.locator('html').getAttribute('lang')).toBe('zh-CN');
    await popup.locator('body').screenshot({ path: join(SHOTS, 'popup-zh.png') });
    await popup.goto(`chrome-extension://${zhId}/options.html`);
    expect(await popup.locator('h1').innerText()).toBe('政策雷达设置');
    expect(await popup.locator('button[type=submit]').innerText()).toBe('保存');
    await popup.close();
    await page.close();
  });
});
