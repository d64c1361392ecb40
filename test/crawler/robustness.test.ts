import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOverride } from '../../crawler/registry.ts';
import { crawlSource, crawlSources } from '../../crawler/run.ts';
import type { SourceDef } from '../../crawler/source.ts';
import { openStore } from '../../db/index.ts';
import type { Store } from '../../db/types.ts';
import { gbk, type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { detailPath, engineSite, listHtml } from './fixtures/engine-site.ts';

const fast = { delayMs: 0, retries: 1, retryBaseMs: 10, timeoutMs: 2000, classify: false };

describe('crawling real-world breakage', () => {
  let dir: string;
  let store: Store;
  let rep: Replicas;
  const a = engineSite({ id: 'site-a', notices: 12, perPage: 4 });
  // its own issuer: the same numbers as site-a would merge its notices into site-a's
  const b = engineSite({ id: 'site-b', notices: 5, perPage: 5, issuer: '测试局' });
  const gbkSite = {
    id: 'gbk-site',
    states: {
      s1: {
        '/list/index.htm': gbk(
          `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><ul class="liBox"><li><a href="/list/202412/t20241220_1.htm" title="财政部关于调整部分商品进口关税的通知">财政部关于…</a><span>2024-12-20</span></li></ul></body></html>`,
        ),
        '/list/202412/t20241220_1.htm': gbk(
          `<html><head><meta charset="gbk"></head><body><div class="my_doccontent"><p>税委会公告〔2024〕10号</p><p>自2025年1月1日起，对部分商品的进口关税进行调整。</p></div><div class="zzName">国务院关税税则委员会</div></body></html>`,
        ),
      },
    },
  };
  const api = {
    id: 'api-site',
    states: {
      s1: {},
    },
    handle(req: { path: string; query: URLSearchParams }) {
      if (req.path !== '/api/all/2') return undefined;
      const page = Number(req.query.get('page') ?? '1');
      const articles =
        page > 2
          ? []
          : [1, 2].map((k) => ({
              id: page * 10 + k,
              title: `深圳市商务局关于开展外贸企业培训的通知 ${page}-${k}`,
              date: 1734886800 - page * 86400,
              publisher: '深圳市商务局',
              url: `/gkmlpt/content/11/${page * 10 + k}/post_${page * 10 + k}.html`,
              content: `<p>各外贸企业：第${page}-${k}期培训。</p>`,
            }));
      return { body: JSON.stringify({ articles }), headers: { 'content-type': 'application/json' } };
    },
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-robust-'));
    store = await openStore(join(dir, 'db.sqlite'));
    rep = await startReplicas([a.site, b.site, gbkSite, api]);
  });
  afterAll(async () => {
    await rep?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const at = (s: SourceDef, id = s.id) => applyOverride(s, { baseUrl: rep.baseUrl(id) }, 'builtin');

  it('infinite pagination is bounded by the page limit and by repeated-page detection', async () => {
    rep.fault('site-a', '/zcfb/index_*', { kind: 'infinite-pagination', page: '/zcfb/index_1.html' });
    const r = await crawlSource(store, at(a.source), { ...fast, maxPagesOverride: 50 });
    // page 0, page 1, then the same page again: stop
    expect(r.pages).toBe(3);
    const r2 = await crawlSource(store, at({ ...a.source, id: 'site-a' }), { ...fast, maxPagesOverride: 2 });
    expect(r2.pages).toBe(2);
    rep.clearFaults();
  });

  it('errors on some detail pages make a partial run, counted by kind', async () => {
    rep.fault('site-b', detailPath(2), { kind: 'status', status: 500 });
    rep.fault('site-b', detailPath(3), { kind: 'status', status: 412 });
    const r = await crawlSource(store, at(b.source), fast);
    expect(r.status).toBe('partial');
    expect(r.errors).toEqual({ 'detail-server': 1, 'detail-blocked': 1 });
    expect(r.newCount).toBe(3);
    rep.clearFaults();
    // the next run picks up what failed
    const r2 = await crawlSource(store, at(b.source), fast);
    expect(r2.newCount).toBe(2);
    expect(r2.status).toBe('ok');
  });

  it('malformed list markup still yields the items', async () => {
    rep.fault('site-b', '/zcfb/index.html', { kind: 'malformed' });
    const r = await crawlSource(store, at(b.source), fast);
    expect(r.errors).toEqual({});
    expect(r.unchangedCount).toBe(5);
    rep.clearFaults();
  });

  it('raises alarms for zero items, missing body selectors and missing dates', async () => {
    const broken = { ...b.source, id: 'site-b-broken', list: { ...b.source.list, item: 'ul.new-list > li' } };
    const r = await crawlSource(store, applyOverride(broken, { baseUrl: rep.baseUrl('site-b') }, 'builtin'), fast);
    // the rows are still found by their structure (link + date, repeated): crawled, alarmed
    // (the notices are site-b's, stored by the tests above: seen again, not new)
    expect(r.health).toBe('alarm');
    expect(r.itemsSeen).toBe(5);
    expect(r.errors).toEqual({});
    expect(r.alarms[0]).toMatch(/list selector "ul.new-list > li" matched nothing on \d page\(s\); used structure detection/);
    const src = await store.getSource('site-b-broken');
    expect(src?.status).toBe('alarm');
    expect(src?.alarms[0]).toMatch(/structure detection/);
    expect((await store.listRuns({ sourceId: 'site-b-broken', limit: 1 }))[0].outcome).toBe('degraded');

    const noBody = {
      ...b.source,
      id: 'site-b-nobody',
      detail: { ...b.source.detail, body: '.redesigned-body', metaTable: undefined },
      list: { ...b.source.list, fields: { title: 'a@title', link: 'a@href' } },
    };
    const r2 = await crawlSource(store, applyOverride(noBody, { baseUrl: rep.baseUrl('site-b') }, 'builtin'), fast);
    expect(r2.alarms.some((x) => /detail body selector ".redesigned-body" matched nothing on 5 of 5 pages/.test(x))).toBe(true);
  });

  it('decodes a GBK site end to end', async () => {
    const def: SourceDef = {
      id: 'gbk-site',
      name: '财政部关税司',
      agency: '财政部',
      country: 'CN',
      language: 'zh',
      baseUrl: 'http://gss.mof.gov.cn',
      list: { kind: 'html', url: '/list/index.htm', item: 'ul.liBox li', fields: { title: 'a@title', link: 'a@href', date: 'span' } },
      detail: { body: 'div.my_doccontent', agency: 'div.zzName' },
    };
    const r = await crawlSource(store, at(def), fast);
    expect(r.errors).toEqual({});
    expect(r.newCount).toBe(1);
    const n = await store.getNoticeByUrl(`${rep.baseUrl('gbk-site')}/list/202412/t20241220_1.htm`);
    expect(n).toMatchObject({
      title: '财政部关于调整部分商品进口关税的通知',
      docNumber: '税委会公告〔2024〕10号',
      agency: '国务院关税税则委员会',
      publishedAt: '2024-12-20',
      effectiveAt: '2025-01-01',
    });
  });

  it('reads a paged JSON API whose items carry the content (fromList)', async () => {
    const def: SourceDef = {
      id: 'api-site',
      name: '深圳市商务局',
      agency: '深圳市商务局',
      country: 'CN',
      language: 'zh',
      baseUrl: 'http://commerce.sz.gov.cn',
      list: {
        kind: 'json',
        url: '/api/all/2',
        pagination: { type: 'param', param: 'page', start: 1 },
        itemsPath: 'articles',
        fields: { title: 'title', link: 'url', date: 'date', agency: 'publisher', body: 'content' },
      },
      detail: { fromList: true },
    };
    const r = await crawlSource(store, at(def), fast);
    expect(r.newCount).toBe(4);
    expect(r.pages).toBe(3);
    const n = await store.getNoticeByUrl(`${rep.baseUrl('api-site')}/gkmlpt/content/11/11/post_11.html`);
    expect(n?.publishedAt).toBe('2024-12-22');
    expect((await store.listVersions(n!.id))[0].text).toBe('各外贸企业：第1-1期培训。');
  });

  it('one bad source never stops the others', async () => {
    const down: SourceDef = { ...b.source, id: 'down-site' };
    const events: string[] = [];
    const sum = await crawlSources(store, [applyOverride(down, { baseUrl: 'http://127.0.0.1:9' }, 'builtin'), at(b.source)], fast, (e) =>
      events.push(`${e.type}:${e.sourceId}`),
    );
    expect(sum.sources.map((s) => [s.sourceId, s.health])).toEqual([
      ['down-site', 'down'],
      ['site-b', 'ok'],
    ]);
    expect(sum.sources[0].errors).toEqual({ 'list-network': 1 });
    expect(events).toContain('done:site-b');
    expect((await store.getSource('down-site'))?.consecutiveFailures).toBe(1);
  });

  it('list pages are written in the fixture format the list helper expects', () => {
    expect(listHtml([1], 0, 1)).toContain(detailPath(1));
  });
});
