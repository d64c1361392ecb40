/** Renders the toolbar/store icons (public/icon/*.png) with Chromium: `npx tsx extension/scripts/make-icons.ts`. */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  const dataUrl = await page.evaluate((s) => {
    const c = document.createElement('canvas');
    c.width = c.height = s;
    const g = c.getContext('2d')!;
    const r = s / 2;
    const grad = g.createLinearGradient(0, 0, s, s);
    grad.addColorStop(0, '#1e3a8a');
    grad.addColorStop(1, '#2563eb');
    g.fillStyle = grad;
    g.beginPath();
    g.arc(r, r, r, 0, Math.PI * 2);
    g.fill();
    // radar rings and sweep
    g.strokeStyle = 'rgba(255,255,255,.85)';
    g.lineWidth = Math.max(1, s / 20);
    for (const f of [0.62, 0.36]) {
      g.beginPath();
      g.arc(r, r, r * f, 0, Math.PI * 2);
      g.stroke();
    }
    g.fillStyle = 'rgba(251,191,36,.55)';
    g.beginPath();
    g.moveTo(r, r);
    g.arc(r, r, r * 0.8, -Math.PI / 2, -Math.PI / 8);
    g.closePath();
    g.fill();
    g.fillStyle = '#fbbf24';
    g.beginPath();
    g.arc(r + r * 0.42, r - r * 0.3, Math.max(1.5, s / 10), 0, Math.PI * 2);
    g.fill();
    return c.toDataURL('image/png');
  }, size);
  writeFileSync(join(out, `${size}.png`), Buffer.from(dataUrl.split(',')[1], 'base64'));
}
await browser.close();
console.log('icons written to', out);
