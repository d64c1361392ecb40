/**
 * Policy sheets as PDF: Chromium (Debian's, through playwright-core, as the crawler
 * uses it) prints each sheet's HTML with its own A4 @page rules. One browser launch
 * for all sheets of a run; nothing is fetched (the sheet has no external resources).
 */
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'];

export interface PdfJob {
  html: string;
  file: string;
}

export class PdfError extends Error {}

/** Starts Chromium and hands `use` a print-ready page; closes the browser after. */
async function withPrintPage<T>(executablePath: string, use: (print: (html: string) => Promise<Buffer>) => Promise<T>): Promise<T> {
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
  } catch (e) {
    throw new PdfError(
      `cannot start Chromium at ${executablePath} (install it with "apt-get install chromium", or set crawler.chromiumPath): ${(e as Error).message.split('\n')[0]}`,
    );
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    return await use(async (html) => {
      await page.setContent(html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      return page.pdf({ preferCSSPageSize: true, printBackground: true });
    });
  } finally {
    await browser.close();
  }
}

/** Writes each job's PDF; `onDone` after each (progress on long runs). */
export async function writePdfs(jobs: PdfJob[], opts: { executablePath: string; onDone?: (job: PdfJob, i: number) => void }): Promise<void> {
  if (!jobs.length) return;
  await withPrintPage(opts.executablePath, async (print) => {
    let i = 0;
    for (const job of jobs) {
      writeFileSync(job.file, await print(job.html));
      opts.onDone?.(job, i++);
    }
  });
}

/** One sheet's PDF bytes (the broker pages' "PDF" link). */
export function printPdf(html: string, opts: { executablePath: string }): Promise<Buffer> {
  return withPrintPage(opts.executablePath, (print) => print(html));
}
