import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/index.ts';
import type { Store } from '../../db/types.ts';
import { builtinSources } from '../../crawler/sources/index.ts';
import { runCli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/stores.ts';

/** The README's main job, end to end, as CI runs it. */
describe('policy-radar demo --once', () => {
  const dir = join(tempDir(), 'demo');
  let result: any;
  let store: Store;

  beforeAll(async () => {
    const r = await runCli(['demo', '--once', '--json', '--dir', dir], { timeoutMs: 240_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    result = JSON.parse(r.stdout);
    store = await openStore(result.database);
  }, 300_000);
  afterAll(() => store?.close());

  it('stores notices from every built-in source', () => {
    const counts = Object.fromEntries(result.sources.map((s: any) => [s.id, s.notices]));
    for (const s of builtinSources) expect(counts[s.id], s.id).toBeGreaterThan(0);
    expect(result.notices).toBeGreaterThanOrEqual(40);
  });

  it('keeps versions with word-level diffs and marks removed notices', async () => {
    expect(result.changed).toBeGreaterThanOrEqual(5);
    expect(result.removed).toBeGreaterThanOrEqual(1);
    const versions = await store.listVersions(result.noticeWithDiff);
    expect(versions.length).toBeGreaterThanOrEqual(2);
    const diff = versions[1].diff!;
    expect(diff.some(([op]) => op === '+') || diff.some(([op]) => op === '-')).toBe(true);
    expect(diff.some(([op]) => op === '=')).toBe(true);
    expect(versions[1].changeSummary).toBeTruthy();
  });

  it('writes a digest for each sample subscriber to the outbox', () => {
    expect(result.digests).toHaveLength(3);
    for (const d of result.digests) {
      expect(d.file, d.email).toBeTruthy();
      expect(existsSync(d.file)).toBe(true);
      expect(existsSync(d.file.replace(/\.html$/, '.eml'))).toBe(true);
      const html = readFileSync(d.file, 'utf8');
      expect(html).toContain('/notices/');
    }
    const eml = readFileSync(result.digests[0].file.replace(/\.html$/, '.eml'), 'utf8');
    expect(eml).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
  });

  it('adds a customs broker with three clients and writes their digests and policy sheets (HTML + PDF)', () => {
    const b = result.broker;
    expect(existsSync(b.clientsCsv)).toBe(true);
    expect(b.digests.map((d: any) => d.client).sort()).toEqual(['宁波森林家具有限公司', '深圳光明灯饰有限公司', '青岛海之味水产有限公司'].sort());
    for (const d of b.digests) {
      const html = readFileSync(d.file, 'utf8');
      expect(html, d.client).toContain('由 深圳通关报关行 为您整理');
      expect(html).toContain('/notices/');
    }
    expect(b.sheets).toHaveLength(3);
    for (const s of b.sheets) {
      expect(readFileSync(s.html, 'utf8')).toContain(s.client);
      expect(readFileSync(s.pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('classified what it crawled', async () => {
    const tagged = await store.search({ topics: ['tariffs'], limit: 5 });
    expect(tagged.total).toBeGreaterThan(0);
    const zh = await store.search({ q: '关税', limit: 5 });
    expect(zh.total).toBeGreaterThan(0);
  });
});
