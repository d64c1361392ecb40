import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/types.ts';
import { CSV_COLUMNS } from '../../db/export.ts';
import { CSP } from '../../server/http.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';
import { XSS_TEXT, XSS_TITLE, type Seeded, seed } from './fixtures.ts';
import { parseCsv, type Running, startServer } from './helpers.ts';

describe.each(BACKENDS)('archive API on %s', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let srv: Running;
  let ids: Seeded;

  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
    ids = await seed(store);
    srv = await startServer(store, { publicUrl: 'https://radar.example.org' });
  });
  afterAll(async () => {
    await srv?.close();
    await cleanup?.();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(srv.url + path, { headers });
  const json = async (path: string) => {
    const r = await get(path);
    return { status: r.status, body: (await r.json()) as any, headers: r.headers };
  };
  const searchIds = async (qs: string) => {
    const r = await json(`/api/notices?${qs}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return (r.body.items as { id: number }[]).map((i) => i.id).sort((a, b) => a - b);
  };

  describe('GET /api/notices', () => {
    it('searches with the query syntax and returns marked snippets', async () => {
      const r = await json(`/api/notices?q=${encodeURIComponent('退税')}`);
      expect(r.status).toBe(200);
      expect(r.body.total).toBe(2);
      const hit = r.body.items.find((i: any) => i.id === ids.rebate);
      expect(hit.title).toBe('关于提高部分产品出口退税率的公告（修订）');
      expect(hit.changed).toBe(true);
      expect(hit.versionCount).toBe(3);
      expect(hit.docNumber).toBe('财政部 税务总局公告2025年第3号');
      expect(hit.snippetMarks.length).toBeGreaterThan(0);
      for (const [a, b] of hit.snippetMarks) expect(hit.snippet.slice(a, b)).toBe('退税');
      expect(hit.snippet).not.toMatch(/[\u0001\u0002]/);
      expect(hit.links.html).toBe(`/notices/${ids.rebate}`);
      expect(await searchIds(`q=${encodeURIComponent('退税 -机电')}`)).toEqual([ids.xss]);
      expect(await searchIds(`q=${encodeURIComponent('"solar cells" OR 关税')}`)).toEqual([ids.tariff, ids.solar].sort((a, b) => a - b));
    });

    it('filters by source, agency, topic, HS prefix, region, language, dates, change time and status', async () => {
      expect(await searchIds('source=ustr')).toEqual([ids.solar]);
      expect(await searchIds('source=ustr,gacc-announcements')).toEqual([ids.tariff, ids.solar].sort((a, b) => a - b));
      expect(await searchIds(`agency=${encodeURIComponent('海关总署')}`)).toEqual([ids.tariff]);
      expect(await searchIds('topic=tariffs')).toEqual([ids.tariff, ids.solar].sort((a, b) => a - b));
      expect(await searchIds('hs=85')).toEqual([ids.rebate, ids.solar].sort((a, b) => a - b));
      expect(await searchIds('hs=8501')).toEqual([ids.rebate]);
      // a subheading filter also finds notices tagged with its heading
      expect(await searchIds('hs=8541.42')).toEqual([ids.rebate, ids.solar].sort((a, b) => a - b));
      expect(await searchIds('region=DE')).toEqual([ids.rebate]); // DE is in the EU
      expect(await searchIds('language=en')).toEqual([ids.solar]);
      expect(await searchIds('from=2025-01-01&to=2025-01-31')).toEqual([ids.rebate, ids.xss].sort((a, b) => a - b));
      expect(await searchIds('changedSince=2025-01-14')).toEqual([ids.rebate, ids.solar, ids.xss].sort((a, b) => a - b));
      expect(await searchIds('changedSince=2025-01-20T12:00:00Z')).toEqual([ids.solar, ids.xss].sort((a, b) => a - b));
      expect(await searchIds('status=removed')).toEqual([ids.removed]);
      expect(await searchIds(`q=${encodeURIComponent('退税')}&topic=export-rebates&hs=85`)).toEqual([ids.rebate]);
    });

    it('sorts, pages and follows cursors', async () => {
      const byDate = await json('/api/notices?sort=date');
      expect(byDate.body.items.map((i: any) => i.publishedAt)).toEqual(['2025-02-03', '2025-01-20', '2025-01-10', '2024-11-05', '2023-06-01']);
      const byChange = await json('/api/notices?sort=changed&limit=1');
      expect(byChange.body.items[0].id).toBe(ids.solar);
      const p2 = await json('/api/notices?sort=date&limit=2&page=2');
      expect(p2.body).toMatchObject({ total: 5, page: 2, limit: 2, offset: 2, pages: 3 });
      expect(p2.body.items.map((i: any) => i.publishedAt)).toEqual(['2025-01-10', '2024-11-05']);
      // walking the cursors visits every notice once
      const seen: number[] = [];
      let next = '/api/notices?sort=date&limit=2';
      for (let i = 0; i < 5 && next; i++) {
        const r = await json(next);
        seen.push(...r.body.items.map((x: any) => x.id));
        next = r.body.nextCursor ? `/api/notices?sort=date&limit=2&cursor=${r.body.nextCursor}` : '';
      }
      expect(seen.sort((a, b) => a - b)).toEqual(Object.values(ids).sort((a, b) => a - b));
      const first = await json('/api/notices?sort=date&limit=2');
      const wrong = await json(`/api/notices?sort=changed&limit=2&cursor=${first.body.nextCursor}`);
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.parameter).toBe('cursor');
    });

    it('returns facet counts for the current query', async () => {
      const r = await json(`/api/notices?facets=true&q=${encodeURIComponent('退税 OR tariffs')}`);
      expect(r.body.total).toBe(3);
      expect(r.body.facets.source).toEqual({ 'mofcom-zcfb': 2, ustr: 1 });
      expect(r.body.facets.topic['export-rebates']).toBe(2);
      expect(r.body.facets.region).toMatchObject({ EU: 1, US: 1 });
      expect(r.body.facets.year).toEqual({ '2025': 3 });
      expect((await json('/api/notices')).body.facets).toBeUndefined();
    });

    it.each([
      ['from=2025-13-01', 'from'],
      ['from=yesterday', 'from'],
      ['to=2025-02-30', 'to'],
      ['from=2025-02-01&to=2025-01-01', 'from'],
      ['hs=abc', 'hs'],
      ['hs=8', 'hs'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['page=0', 'page'],
      ['page=1&cursor=abc', 'cursor'],
      ['cursor=not-a-cursor', 'cursor'],
      ['sort=newest', 'sort'],
      ['status=deleted', 'status'],
      ['changedSince=soon', 'changedSince'],
      ['language=' + encodeURIComponent('<zh>'), 'language'],
      ['source=' + encodeURIComponent('a b'), 'source'],
      ['facets=maybe', 'facets'],
      ['topics=tariffs', 'topics'],
      ['q=' + encodeURIComponent('"unbalanced'), 'q'],
      ['q=' + encodeURIComponent('tariff -'), 'q'],
      ['q=' + 'x'.repeat(501), 'q'],
      ['q=a&q=b', 'q'],
    ])('rejects %s with 400 naming %s', async (qs, param) => {
      const r = await get(`/api/notices?${qs}`);
      expect(r.status).toBe(400);
      expect(r.headers.get('content-type')).toContain('application/json');
      const text = await r.text();
      const body = JSON.parse(text);
      expect(body.error.parameter).toBe(param);
      expect(body.error.message).toContain(param);
      expect(text).not.toMatch(/\.ts:\d+|at .+\(|node_modules/);
    });
  });

  describe('GET /api/notices/:id and versions', () => {
    it('returns metadata, current text, tags, attachments, original URL and versions', async () => {
      const r = await json(`/api/notices/${ids.rebate}`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        id: ids.rebate,
        sourceId: 'mofcom-zcfb',
        url: 'https://www.mofcom.gov.cn/zcfb/art/2025/1.html',
        agency: '财政部',
        publishedAt: '2025-01-10',
        effectiveAt: '2025-02-01',
        topics: ['export-rebates'],
        hsCodes: ['8501', '8541'],
        regions: ['EU'],
        versionCount: 3,
      });
      expect(r.body.text).toContain('对已申报的出口货物');
      expect(r.body.attachments[0]).toMatchObject({ name: '产品清单.xlsx', type: 'xlsx' });
      expect(r.body.versions.map((v: any) => v.version)).toEqual([1, 2, 3]);
      expect(r.body.versions[0].fetchedAt).toBe('2025-01-10T08:00:00.000Z');
    });

    it('returns any version', async () => {
      const r = await json(`/api/notices/${ids.rebate}/versions/1`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ noticeId: ids.rebate, version: 1, title: '关于提高部分产品出口退税率的公告' });
      expect(r.body.text).toContain('2025年2月1日');
    });

    it('diffs any two versions word by word', async () => {
      const r = await json(`/api/notices/${ids.rebate}/diff?from=1&to=3`);
      expect(r.status).toBe(200);
      const [v1, v3] = await Promise.all([json(`/api/notices/${ids.rebate}/versions/1`), json(`/api/notices/${ids.rebate}/versions/3`)]);
      const ops = r.body.ops as [string, string][];
      expect(
        ops
          .filter(([o]) => o !== '+')
          .map(([, s]) => s)
          .join(''),
      ).toBe(v1.body.text);
      expect(
        ops
          .filter(([o]) => o !== '-')
          .map(([, s]) => s)
          .join(''),
      ).toBe(v3.body.text);
      expect(ops).toContainEqual(['+', '机电']);
      expect(ops).toContainEqual(['-', '2']);
      expect(r.body.titleChanged).toBe(true);
      expect(r.body.stats.added).toBeGreaterThan(0);
      // default: previous version against the latest
      const d = await json(`/api/notices/${ids.rebate}/diff`);
      expect([d.body.from, d.body.to]).toEqual([2, 3]);
      // reversed range works too
      const back = await json(`/api/notices/${ids.rebate}/diff?from=3&to=1`);
      expect(back.body.ops).toContainEqual(['-', '机电']);
    });

    it.each([
      ['/api/notices/abc', 400, 'id'],
      ['/api/notices/0', 400, 'id'],
      ['/api/notices/99999', 404, undefined],
      ['/api/notices/1/versions/x', 400, 'n'],
      ['/api/notices/1/versions/9', 404, undefined],
      ['/api/notices/99999/versions/1', 404, undefined],
      ['/api/notices/1/diff?from=x', 400, 'from'],
      ['/api/notices/1/diff?from=1&to=9', 404, undefined],
      ['/api/notices/1/diff?form=1', 400, 'form'],
      ['/api/notices/99999/diff', 404, undefined],
      ['/api/nothing', 404, undefined],
    ])('%s answers %i', async (path, status, param) => {
      const r = await json(path);
      expect(r.status).toBe(status);
      expect(r.body.error.status).toBe(status);
      expect(r.body.error.parameter).toBe(param);
      expect(JSON.stringify(r.body)).not.toMatch(/\.ts:\d+|node_modules/);
    });

    it('answers 405 with Allow for other methods', async () => {
      const r = await fetch(`${srv.url}/api/notices`, { method: 'POST' });
      expect(r.status).toBe(405);
      expect(r.headers.get('allow')).toBe('GET');
    });
  });

  describe('GET /api/sources', () => {
    it('lists sources with health', async () => {
      const r = await json('/api/sources');
      expect(r.status).toBe(200);
      const byId = Object.fromEntries(r.body.sources.map((s: any) => [s.id, s]));
      expect(byId['mofcom-zcfb'].health).toMatchObject({ status: 'ok', healthy: true, itemsSeen: 120, lastSuccessAt: '2025-03-03T02:00:00.000Z' });
      expect(byId['gacc-announcements'].health).toMatchObject({
        status: 'blocked',
        healthy: false,
        consecutiveFailures: 4,
        alarms: ['no success for 11 days'],
      });
      expect(byId.ustr.health.status).toBe('never');
    });
  });

  describe('exports', () => {
    it('streams CSV with a stable column set', async () => {
      const r = await get('/api/notices.csv');
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(r.headers.get('content-disposition')).toContain('notices.csv');
      const rows = parseCsv(await r.text());
      expect(rows[0]).toEqual([...CSV_COLUMNS]);
      expect(rows).toHaveLength(6);
      const rec = (row: string[]) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]]));
      const rebate = rec(rows.find((x) => Number(x[0]) === ids.rebate)!);
      expect(rebate).toMatchObject({ source: 'mofcom-zcfb', version_count: '3', hs_codes: '8501;8541', topics: 'export-rebates', published_at: '2025-01-10' });
      expect(rebate.text).toContain('\n对已申报的出口货物');
      const evil = rec(rows.find((x) => Number(x[0]) === ids.xss)!);
      expect(evil.title).toBe(XSS_TITLE);
      // ids ascending (export order)
      expect(rows.slice(1).map((x) => Number(x[0]))).toEqual(Object.values(ids).sort((a, b) => a - b));
    });

    it('exports only what the query matches, with limit and BOM options', async () => {
      const rows = parseCsv(await (await get(`/api/notices.csv?q=${encodeURIComponent('退税')}&source=mofcom-zcfb`)).text());
      expect(rows.slice(1).map((x) => Number(x[0]))).toEqual([ids.rebate, ids.xss]);
      const limited = parseCsv(await (await get('/api/notices.csv?limit=2')).text());
      expect(limited).toHaveLength(3);
      const bom = await (await get('/api/notices.csv?bom=1&limit=1')).arrayBuffer();
      expect([...new Uint8Array(bom).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    });

    it('streams NDJSON in the import format, latest or all versions', async () => {
      const r = await get('/api/notices.ndjson?topic=export-rebates');
      expect(r.headers.get('content-type')).toContain('application/x-ndjson');
      const lines = (await r.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.id)).toEqual([ids.rebate, ids.xss]);
      expect(lines[0].versions).toHaveLength(1);
      expect(lines[0].versions[0].version).toBe(3);
      expect(lines[0].notice.title).toContain('修订');
      const all = (await (await get(`/api/notices.ndjson?versions=all&source=mofcom-zcfb&q=${encodeURIComponent('机电')}`)).text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(all[0].versions.map((v: any) => v.version)).toEqual([1, 2, 3]);
    });

    it.each([
      ['/api/notices.csv?from=nope', 'from'],
      ['/api/notices.csv?q=' + encodeURIComponent('"open'), 'q'],
      ['/api/notices.csv?limit=-1', 'limit'],
      ['/api/notices.csv?page=2', 'page'],
      ['/api/notices.ndjson?versions=some', 'versions'],
      ['/api/notices.ndjson?hs=x1', 'hs'],
    ])('%s is a 400 naming %s, before any data is sent', async (path, param) => {
      const r = await json(path);
      expect(r.status).toBe(400);
      expect(r.body.error.parameter).toBe(param);
    });
  });

  describe('Atom feed', () => {
    it('serves a well-formed feed of any query, escaping notice content', async () => {
      const r = await get('/feeds/notices.atom?topic=export-rebates');
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const xml = await r.text();
      const doc = parseDocument(xml, { xmlMode: true });
      const feed = doc.children.find((c: any) => c.name === 'feed') as any;
      expect(feed).toBeTruthy();
      const entries = feed.children.filter((c: any) => c.name === 'entry');
      expect(entries).toHaveLength(2);
      const text = (el: any, name: string) =>
        el.children
          .find((c: any) => c.name === name)
          ?.children.map((c: any) => c.data)
          .join('');
      // newest change first; titles come back intact after XML unescaping
      expect(text(entries[0], 'title')).toBe(XSS_TITLE);
      expect(xml).not.toContain('<script>');
      expect(xml).toContain(`<link rel="alternate" type="text/html" href="https://radar.example.org/notices/${ids.xss}"/>`);
      expect(xml).toContain('<category scheme="topic" term="export-rebates"/>');
      expect(text(entries[1], 'updated')).toBe('2025-01-15T08:00:00.000Z');
    });

    it('rejects bad feed parameters', async () => {
      const r = await json('/feeds/notices.atom?limit=500');
      expect(r.status).toBe(400);
      expect(r.body.error.parameter).toBe('limit');
    });
  });

  describe('HTTP behaviour', () => {
    it('serves an OpenAPI 3.1 document covering every endpoint', async () => {
      const r = await json('/api/openapi.json');
      expect(r.body.openapi).toBe('3.1.0');
      expect(Object.keys(r.body.paths).sort()).toEqual(
        [
          '/api/notices',
          '/api/notices/{id}',
          '/api/notices/{id}/versions/{n}',
          '/api/notices/{id}/diff',
          '/api/sources',
          '/api/notices.csv',
          '/api/notices.ndjson',
          '/feeds/notices.atom',
          '/feeds/deadlines.ics',
          '/api/openapi.json',
        ].sort(),
      );
      const params = r.body.paths['/api/notices'].get.parameters.map((p: any) => p.name);
      expect(params).toEqual(
        expect.arrayContaining([
          'q',
          'source',
          'agency',
          'topic',
          'hs',
          'region',
          'language',
          'from',
          'to',
          'changedSince',
          'sort',
          'limit',
          'page',
          'cursor',
          'facets',
        ]),
      );
    });

    it('sends ETag and Cache-Control on read endpoints and answers 304', async () => {
      for (const path of ['/api/notices?q=tariff', `/api/notices/${ids.rebate}`, `/api/notices/${ids.rebate}/diff`, '/api/sources', '/feeds/notices.atom']) {
        const r = await get(path);
        const etag = r.headers.get('etag');
        expect(etag, path).toMatch(/^W\/"/);
        expect(r.headers.get('cache-control'), path).toMatch(/max-age=\d+/);
        const again = await get(path, { 'If-None-Match': etag! });
        expect(again.status, path).toBe(304);
      }
      const bad = await get('/api/notices?from=x');
      expect(bad.headers.get('cache-control')).toBe('no-store');
      expect(bad.headers.get('etag')).toBeNull();
    });

    it('sends the security headers on every response', async () => {
      for (const path of ['/', '/api/notices', '/nope', `/notices/${ids.xss}`, '/static/style.css']) {
        const r = await get(path);
        expect(r.headers.get('content-security-policy'), path).toBe(CSP);
        expect(r.headers.get('x-content-type-options')).toBe('nosniff');
        expect(r.headers.get('x-frame-options')).toBe('DENY');
        expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      }
    });
  });

  describe('web pages', () => {
    const page = async (path: string, headers: Record<string, string> = {}) => {
      const r = await get(path, headers);
      return { status: r.status, html: await r.text(), type: r.headers.get('content-type') };
    };
    /** No markup from notice content survives: the only script is our static file, no handlers, no javascript: links. */
    const expectInert = (html: string) => {
      expect(html.match(/<script/g)).toHaveLength(1);
      expect(html).toContain('<script src="/static/app.js" defer></script>');
      expect(html).not.toMatch(/<(img|svg|iframe|b|i)[\s>]/i);
      expect(html).not.toMatch(/<[^>]+\son(error|load|click)=/i);
      expect(html).not.toMatch(/href="\s*javascript:/i);
      expect(html).not.toMatch(/<style|style="/i);
    };

    it('search page: results, facets, snippets, exports, pagination and escaping', async () => {
      const r = await page(`/?q=${encodeURIComponent('退税')}&lang=en`);
      expect(r.status).toBe(200);
      expect(r.type).toBe('text/html; charset=utf-8');
      expect(r.html).toContain('2 notices');
      expect(r.html).toContain('<mark>退税</mark>');
      expect(r.html).toContain(`href="/notices/${ids.rebate}?lang=en"`);
      expect(r.html).toContain('财政部 税务总局公告2025年第3号');
      expect(r.html).toContain('class="badge changed"');
      expect(r.html).toContain('Export tax rebates');
      expect(r.html).toContain(`/api/notices.csv?q=${encodeURIComponent('退税')}`);
      expect(r.html).toContain('/feeds/notices.atom?q=');
      expect(r.html).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;');
      expectInert(r.html);
      const paged = await page('/?limit=2&page=2');
      expect(paged.html).toContain('aria-current="page">2<');
      expect(paged.html).toContain('rel="next"');
    });

    it('search page shows a bad query as a message, not an error page', async () => {
      const r = await page(`/?q=${encodeURIComponent('"open')}&from=2025-01-01&lang=en`);
      expect(r.status).toBe(400);
      expect(r.html).toContain('role="alert"');
      expect(r.html).toContain('unbalanced quote');
      expect(r.html).toContain('value="&quot;open"');
    });

    it('notice page: metadata, text, attachments, original link, timeline and both diff views', async () => {
      const r = await page(`/notices/${ids.rebate}?lang=en&from=1&to=3&view=side`);
      expect(r.status).toBe(200);
      expect(r.html).toContain('href="https://www.mofcom.gov.cn/zcfb/art/2025/1.html"');
      expect(r.html).toContain('产品清单.xlsx');
      expect(r.html).toContain('Version 3');
      expect(r.html).toContain('Changes from version 1 to version 3');
      expect(r.html).toContain('class="diff-side"');
      expect(r.html).toContain('<ins>机电</ins>');
      expect(r.html).toContain('<del>2</del>');
      const inline = await page(`/notices/${ids.rebate}?from=2&to=3`);
      expect(inline.html).toContain('class="diff inline"');
      const old = await page(`/notices/${ids.rebate}?v=1&lang=en`);
      expect(old.html).toContain('2025年2月1日');
      expect(old.html).toContain('<small>(Version 1)</small>');
    });

    it('notice page renders injected title, text and attachments inert', async () => {
      const r = await page(`/notices/${ids.xss}?from=1&to=2`);
      expect(r.status).toBe(200);
      expectInert(r.html);
      expect(r.html).toContain('&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;');
      expect(r.html).toContain('&lt;svg onload=alert(6)&gt;');
      expect(r.html).toContain('&lt;script&gt;att&lt;/script&gt;'); // attachment with javascript: URL stays text
      expect(r.html).not.toContain('javascript:alert(5)"');
      expect(XSS_TEXT).toContain('<script>');
    });

    it('sources page shows health, broken sources first', async () => {
      const r = await page('/sources?lang=en');
      expect(r.status).toBe(200);
      expect(r.html.indexOf('海关总署公告')).toBeLessThan(r.html.indexOf('商务部政策发布'));
      expect(r.html).toContain('class="pill blocked">Blocked<');
      expect(r.html).toContain('HTTP 412 &lt;challenge page&gt; from anti-bot gateway');
      expect(r.html).toContain('no success for 11 days');
      expect(r.html).toContain('1 healthy, 2 need attention');
    });

    it('picks the interface language from ?lang= and Accept-Language', async () => {
      expect((await page('/sources')).html).toContain('信息源运行状况');
      expect((await page('/sources', { 'Accept-Language': 'en-GB,en;q=0.9,zh;q=0.5' })).html).toContain('Sources and their health');
      expect((await page('/sources?lang=zh', { 'Accept-Language': 'en' })).html).toContain('信息源运行状况');
      expect((await page('/sources', { 'Accept-Language': 'fr, zh-CN;q=0.8' })).html).toContain('lang="zh-CN"');
    });

    it('unknown pages and notices are HTML 404s; bad ids are 400s', async () => {
      const r = await page('/notices/99999?lang=en');
      expect(r.status).toBe(404);
      expect(r.type).toContain('text/html');
      expect(r.html).toContain('Not found');
      expect((await page('/notices/abc')).status).toBe(400);
      expect((await page('/notices/1?v=99')).status).toBe(404);
      expect((await page('/no/such/page')).status).toBe(404);
      expect((await get('/static/../../package.json')).status).toBe(404);
      expect((await get('/static/nope.js')).status).toBe(404);
    });
  });
});

describe('response cache', () => {
  it('reuses answers for a short time, one computation for concurrent misses', async () => {
    const { store, cleanup } = await freshStore('sqlite');
    await seed(store);
    let searches = 0;
    const counting = new Proxy(store, {
      get(target, prop, recv) {
        if (prop === 'search')
          return (q: any) => {
            searches++;
            return target.search(q);
          };
        const v = Reflect.get(target, prop, recv);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const srv = await startServer(counting, { responseCacheMs: 300 });
    try {
      const url = `${srv.url}/api/notices?q=${encodeURIComponent('退税')}`;
      const first = await Promise.all(
        Array.from({ length: 5 }, () => fetch(url).then(async (r) => ({ cache: r.headers.get('x-cache'), body: (await r.json()) as any }))),
      );
      expect(searches).toBe(1);
      expect(first.map((r) => r.body.total)).toEqual([2, 2, 2, 2, 2]);
      expect(first.filter((r) => r.cache === 'miss')).toHaveLength(1);
      await store.saveObservation(
        { sourceId: 'ustr', url: 'https://ustr.gov/x', title: '退税 news', language: 'zh', text: '出口退税新规。', html: '', contentHash: 'new' },
        () => ({ diff: [], summary: '' }),
      );
      expect(((await (await fetch(url)).json()) as any).total).toBe(2); // still cached
      await new Promise((r) => setTimeout(r, 350));
      const later = await fetch(url);
      expect(later.headers.get('x-cache')).toBe('miss');
      expect(((await later.json()) as any).total).toBe(3);
      // errors are never cached
      const bad = `${srv.url}/api/notices?from=x`;
      await fetch(bad);
      expect((await fetch(bad)).headers.get('x-cache')).toBe('miss');
    } finally {
      await srv.close();
      await cleanup();
    }
  });
});
