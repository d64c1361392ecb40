/**
 * The crawl's threads start from cached plain-JS bundles (crawler/threads.ts):
 * built once, reused while their sources are unchanged, rebuilt when one
 * changes, and the tsx entry when no bundle can be made.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { type DetailJob, detailSource, runDetailJob } from '../../crawler/detail-job.ts';
import { bundled, forgetThreadEntries, threadEntry, withoutLoaders } from '../../crawler/threads.ts';
import { detailHtml, detailPath, engineSource } from './fixtures/engine-site.ts';

const dirs: string[] = [];
// inside the project's node_modules, as the real cache: a bundle resolves its packages from where it lies
const cacheDir = () => {
  mkdirSync(join(import.meta.dirname, '../../node_modules/.cache'), { recursive: true });
  const d = mkdtempSync(join(import.meta.dirname, '../../node_modules/.cache/policy-radar-test-'));
  dirs.push(d);
  return join(d, 'cache');
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function job(i: number): DetailJob {
  const url = `https://www.example.gov.cn${detailPath(i)}`;
  return {
    html: detailHtml(i, { bytes: 3000 }),
    url,
    source: detailSource(engineSource())!,
    item: { url, title: '', date: null, docNumber: null, agency: null, effectiveDate: null, body: null },
    language: 'zh',
    fresh: true,
    classify: true,
  };
}

describe('thread bundles', () => {
  it('bundles a thread once; a worker started from the bundle, without tsx, does the same work', async () => {
    const dir = cacheDir();
    const file = bundled('detail', dir);
    expect(file).toBe(join(dir, 'detail-loop.mjs'));
    const meta = JSON.parse(readFileSync(`${file}.json`, 'utf8'));
    const inputs = Object.keys(meta.inputs);
    expect(inputs.some((f) => f.endsWith('crawler/detail-loop.ts'))).toBe(true);
    expect(inputs.some((f) => f.endsWith('taxonomy/classify.ts'))).toBe(true); // the classifier is inside, not loaded by URL
    expect(inputs.every((f) => !f.includes('node_modules'))).toBe(true); // packages stay imports
    const w = new Worker(file!, { execArgv: withoutLoaders(process.execArgv) });
    try {
      const answer = new Promise<{ ok?: unknown; error?: unknown }>((resolve, reject) => {
        w.on('message', (m) => m.id === 1 && resolve(m));
        w.on('error', reject);
      });
      w.postMessage({ id: 1, job: job(3) });
      const got = await answer;
      expect(got.error).toBeUndefined();
      expect(got.ok).toEqual(await runDetailJob(job(3)));
      expect((got.ok as { tags?: { topics?: string[] } }).tags?.topics?.length).toBeGreaterThan(0);
    } finally {
      await w.terminate();
    }
  });

  it('reuses a bundle whose sources are unchanged, and rebuilds a stale one', () => {
    const dir = cacheDir();
    const file = bundled('writer', dir)!;
    const built = statSync(file).mtimeMs;
    expect(bundled('writer', dir)).toBe(file);
    expect(statSync(file).mtimeMs).toBe(built);
    // a source changed since the build (its recorded hash no longer matches)
    const meta = JSON.parse(readFileSync(`${file}.json`, 'utf8'));
    const first = Object.keys(meta.inputs)[0];
    meta.inputs[first] = 'not the hash of its content';
    writeFileSync(`${file}.json`, JSON.stringify(meta));
    writeFileSync(file, '// stale\n');
    expect(bundled('writer', dir)).toBe(file);
    expect(readFileSync(file, 'utf8')).not.toBe('// stale\n');
    expect(JSON.parse(readFileSync(`${file}.json`, 'utf8')).inputs[first]).not.toBe('not the hash of its content');
  });

  it('rebuilds a bundle made from another checkout whose files are unchanged (node_modules shared between worktrees)', () => {
    const dir = cacheDir();
    const file = bundled('writer', dir)!;
    const meta = JSON.parse(readFileSync(`${file}.json`, 'utf8'));
    // the same files under another checkout's path, with hashes that match them
    const elsewhere = mkdtempSync(join(tmpdir(), 'pr-checkout-'));
    const moved: Record<string, string> = {};
    for (const [f, h] of Object.entries(meta.inputs as Record<string, string>)) {
      const copy = join(elsewhere, f.replace(/^\//, ''));
      mkdirSync(dirname(copy), { recursive: true });
      writeFileSync(copy, readFileSync(f));
      moved[copy] = h;
    }
    writeFileSync(`${file}.json`, JSON.stringify({ ...meta, inputs: moved }));
    writeFileSync(file, '// built elsewhere\n');
    expect(bundled('writer', dir)).toBe(file);
    expect(readFileSync(file, 'utf8')).not.toBe('// built elsewhere\n');
    expect(Object.keys(JSON.parse(readFileSync(`${file}.json`, 'utf8')).inputs).some((f) => f.startsWith(elsewhere))).toBe(false);
    rmSync(elsewhere, { recursive: true, force: true });
  });

  it('no usable cache folder: no bundle, and the thread loads its TypeScript through tsx', () => {
    const dir = cacheDir();
    writeFileSync(dir, 'a file where the folder should be');
    expect(bundled('detail', dir)).toBeNull();
    const before = process.env.POLICY_RADAR_THREAD_BUNDLE;
    process.env.POLICY_RADAR_THREAD_BUNDLE = '0';
    forgetThreadEntries();
    try {
      const e = threadEntry('detail');
      expect(e.bundled).toBe(false);
      expect(e.url.pathname.endsWith('/crawler/detail-worker.mjs')).toBe(true);
    } finally {
      if (before === undefined) delete process.env.POLICY_RADAR_THREAD_BUNDLE;
      else process.env.POLICY_RADAR_THREAD_BUNDLE = before;
      forgetThreadEntries();
    }
    const e = threadEntry('detail');
    expect(e.bundled).toBe(true);
    // a heap limit of its own, so that V8 collects as the thread goes (see LIMITS)
    expect(e.options.resourceLimits).toEqual({ maxOldGenerationSizeMb: 512 });
  });

  it('starts bundled threads without the TypeScript loader, other options kept', () => {
    expect(withoutLoaders(['--import', 'tsx', '--max-old-space-size=512'])).toEqual(['--max-old-space-size=512']);
    expect(withoutLoaders(['--import=tsx/esm', '--cpu-prof', '--require', 'tsx/cjs'])).toEqual(['--cpu-prof']);
    expect(withoutLoaders(['--import', './my-otel.mjs', '--loader', 'tsx'])).toEqual(['--import', './my-otel.mjs']);
    expect(withoutLoaders([])).toEqual([]);
  });
});
