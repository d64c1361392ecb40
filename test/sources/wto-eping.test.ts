import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOverride, loadSources, selectSources } from '../../crawler/registry.ts';
import { crawlSource } from '../../crawler/run.ts';
import { builtinSources } from '../../crawler/sources/index.ts';
import { runCli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/stores.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { counts, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const PAGE = 'https://epingalert.org/en/notifications/';

describe('wto-eping (WTO SPS/TBT notifications; API key as a source option)', () => {
  beforeAll(async () => {
    h = await openHarness('wto-eping');
  });
  afterAll(async () => h?.close());

  it('is off by default, and enabling it without the key names the missing setting', () => {
    expect(loadSources().find((s) => s.id === 'wto-eping')?.enabled).toBe(false);
    expect(() => loadSources({ config: { sourceOverrides: { 'wto-eping': { enabled: true } } } })).toThrow(
      /sourceOverrides\.wto-eping\.headers: "Ocp-Apim-Subscription-Key" is required/,
    );
    expect(() => selectSources(loadSources(), ['wto-eping'])).toThrow(/Ocp-Apim-Subscription-Key/);
    const ok = loadSources({ config: { sourceOverrides: { 'wto-eping': { enabled: true, headers: { 'ocp-apim-subscription-key': 'k' } } } } });
    expect(ok.find((s) => s.id === 'wto-eping')?.headers).toMatchObject({ Accept: 'application/json', 'ocp-apim-subscription-key': 'k' });
  });

  it('from the command line: enabled without a key is a one-line configuration error', async () => {
    const dir = tempDir();
    const config = join(dir, 'policy-radar.config.json');
    writeFileSync(config, JSON.stringify({ sourceOverrides: { 'wto-eping': { enabled: true, baseUrl: h.replicas.baseUrl('wto-eping') } } }));
    const r = await runCli(['--config', config, 'sources', 'test', 'wto-eping']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sourceOverrides\.wto-eping\.headers: "Ocp-Apim-Subscription-Key" is required/);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('a rejected key: 401, the run fails as "down" with the status, nothing stored', async () => {
    const def = builtinSources.find((s) => s.id === 'wto-eping')!;
    const wrong = applyOverride(def, { baseUrl: h.replicas.baseUrl('wto-eping'), delayMs: 0, headers: { 'Ocp-Apim-Subscription-Key': 'expired' } }, 'builtin');
    const r = await crawlSource(h.store, wrong, { delayMs: 0, timeoutMs: 10_000, classify: false });
    expect([r.status, r.health, r.newCount]).toEqual(['failed', 'down', 0]);
    expect((await h.store.getSource('wto-eping'))?.lastError).toBe('http: HTTP 401');
    const sent = h.replicas.requests('wto-eping').at(-1);
    expect(sent?.headers['ocp-apim-subscription-key']).toBe('expired');
    h.replicas.clearRequests();
  });

  it('week1 with the key: records over two pages, every field from the record', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    const api = h.replicas.requests('wto-eping').filter((q) => q.path.startsWith('/eping/'));
    expect(api.map((q) => [new URL(q.path, 'http://x').searchParams.get('page'), q.headers['ocp-apim-subscription-key']])).toEqual([
      ['1', 'replica-eping-key'],
      ['2', 'replica-eping-key'],
    ]);
    const n = await h.store.getNoticeByUrl(`${PAGE}90001`);
    expect(
      n && { title: n.title, docNumber: n.docNumber, agency: n.agency, publishedAt: n.publishedAt, effectiveAt: n.effectiveAt, language: n.language },
    ).toEqual({
      title: 'Draft Commission Implementing Regulation laying down rules for the battery passport (batteries, HS 8507)',
      docNumber: 'G/TBT/N/EU/1062',
      agency: 'European Union',
      publishedAt: '2024-06-12',
      effectiveAt: '2025-02-18',
      language: 'en',
    });
    const v = await h.store.getVersion(n!.id, 1);
    expect(v?.text).toContain('battery passport for industrial and electric-vehicle batteries');
    expect(v?.attachments).toEqual([]);
    const cn = await h.store.getNoticeByUrl(`${PAGE}90002`);
    expect([cn?.docNumber, cn?.agency, cn?.effectiveAt]).toEqual(['G/SPS/N/CHN/1311', 'China', null]);
    // only the API was asked: the records carry everything
    expect([...new Set(h.replicas.requests('wto-eping').map((q) => q.path.split('?')[0]))].sort()).toEqual(['/eping/notifications/search', '/robots.txt']);
  });

  it('week2: a new EU SPS notification and a revised description', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    const cn = await h.store.getNoticeByUrl(`${PAGE}90002`);
    expect((await h.store.getVersion(cn!.id, 2))?.text).toContain('Comments until 4 August 2024');
  });
});
