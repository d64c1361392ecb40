import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store, Subscriber } from '../../db/types.ts';
import { composeDigest, loadWeek, type Week } from '../../newsletter/digest.ts';
import { parseWeek } from '../../newsletter/period.ts';
import { freshStore } from '../helpers/stores.ts';
import { SECRET, seedWeek } from './helpers.ts';

const OUT = join(process.cwd(), 'test-output', 'newsletter');
let browser: Browser;
let store: Store;
let cleanup: () => Promise<void>;
let week: Week;
const subs: Subscriber[] = [];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ({ store, cleanup } = await freshStore('sqlite'));
  const period = parseWeek('2026-W10', 'Asia/Shanghai');
  await seedWeek(store, period);
  // a notice with a very long unbroken title and doc number: the classic overflow case
  await store.saveObservation(
    {
      sourceId: 'mofcom',
      url: 'https://www.mofcom.gov.cn/n/long',
      title: `Notice_${'X'.repeat(160)}`,
      docNumber: 'DOC-'.repeat(30),
      agency: 'Ministry of Commerce',
      language: 'en',
      text: 'x',
      html: 'x',
      contentHash: 'long',
      topics: ['tariffs'],
      hsCodes: ['850440'],
      regions: ['EU'],
      fetchedAt: new Date(period.from.getTime() + 3_600_000),
    },
    () => ({ diff: [], summary: '' }),
  );
  subs.push(
    await store.upsertSubscriber({
      email: 'zh@example.com',
      language: 'zh',
      interests: { hs: ['85'], regions: ['DE'], topics: ['tariffs'] },
      status: 'confirmed',
    }),
  );
  subs.push(
    await store.upsertSubscriber({
      email: 'en@example.com',
      language: 'en',
      interests: { hs: ['61', '85'], regions: ['US'], topics: ['trade-remedies'] },
      status: 'confirmed',
    }),
  );
  subs.push(await store.upsertSubscriber({ email: 'empty@example.com', language: 'en', interests: { hs: ['03'] }, sendEmpty: true, status: 'confirmed' }));
  week = await loadWeek(store, period);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await cleanup?.();
});

describe('digest HTML in Chromium', () => {
  for (const width of [600, 375]) {
    it(`nothing overflows at ${width}px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      try {
        for (const sub of subs) {
          const d = await composeDigest(week, sub, { secret: SECRET, publicUrl: 'https://radar.example.org', from: 'x@y.z' });
          const name = `${sub.email.split('@')[0]}-${width}`;
          writeFileSync(join(OUT, `${name}.html`), d.rendered.html);
          await page.setContent(d.rendered.html, { waitUntil: 'load' });
          const m = await page.evaluate(() => {
            const doc = document.documentElement;
            const vw = window.innerWidth;
            // every element's right edge must stay inside the viewport
            const over = [...document.querySelectorAll('body *')]
              .filter((el) => {
                const r = el.getBoundingClientRect();
                return r.width > 0 && r.right > vw + 1;
              })
              .map((el) => `${el.tagName}.${(el as HTMLElement).className}`);
            return { scrollWidth: doc.scrollWidth, vw, over: over.slice(0, 5), scripts: document.scripts.length, imgs: document.images.length };
          });
          expect(m.scrollWidth, name).toBeLessThanOrEqual(width);
          expect(m.over, name).toEqual([]);
          expect(m.scripts).toBe(0);
          expect(m.imgs).toBe(0); // the injected <img onerror> stayed text
          await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
        }
      } finally {
        await page.close();
      }
    });
  }
});
