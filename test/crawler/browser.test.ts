import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOverride } from '../../crawler/registry.ts';
import { crawlSource } from '../../crawler/run.ts';
import type { SourceDef } from '../../crawler/source.ts';
import { openStore } from '../../db/index.ts';
import type { Store } from '../../db/types.ts';
import { type Replicas, type ReplicaSite, startReplicas } from '../helpers/replica-server.ts';

/** A list rendered by script from JSON, and a site-wide 412 cookie wall in front of everything. */
const site: ReplicaSite = {
  id: 'js-site',
  states: {
    s1: {
      '/list/index.html': `<!DOCTYPE html><html><head><meta charset="utf-8"><title>公告</title></head><body>
<ul class="conList_ul"></ul>
<script>
fetch('/list/data.json').then(function (r) { return r.json(); }).then(function (rows) {
  var ul = document.querySelector('.conList_ul');
  rows.forEach(function (row) {
    var li = document.createElement('li');
    var a = document.createElement('a'); a.href = row.url; a.title = row.title; a.textContent = row.title;
    var s = document.createElement('span'); s.textContent = row.date;
    li.appendChild(a); li.appendChild(s); ul.appendChild(li);
  });
  var done = document.createElement('div'); done.className = 'pubCon'; document.body.appendChild(done);
});
</script></body></html>`,
      '/list/data.json': JSON.stringify([
        { url: '/customs/2024-12/20/article_1001.html', title: '海关总署公告2024年第180号（关于调整进口许可证管理的公告）', date: '2024-12-20' },
        { url: '/customs/2024-12/18/article_1002.html', title: '海关总署公告2024年第178号（关于原产地证书核查的公告）', date: '2024-12-18' },
      ]),
      '/customs/2024-12/20/article_1001.html': `<html><head><meta charset="utf-8"></head><body><div class="pubCon"><h2>关于调整进口许可证管理的公告</h2><div class="easysite-news-describe">2024-12-20 10:00</div><div class="easysite-news-peruse"><p>海关总署公告2024年第180号。</p><p>自2025年1月1日起施行。</p></div></div></body></html>`,
      '/customs/2024-12/18/article_1002.html': `<html><head><meta charset="utf-8"></head><body><div class="pubCon"><h2>关于原产地证书核查的公告</h2><div class="easysite-news-describe">2024-12-18 09:00</div><div class="easysite-news-peruse"><p>海关总署公告2024年第178号。</p></div></div></body></html>`,
    },
  },
};

const def: SourceDef = {
  id: 'js-site',
  name: '脚本渲染站点',
  agency: '海关总署',
  country: 'CN',
  language: 'zh',
  baseUrl: 'http://www.customs.example.cn',
  browser: { waitFor: '.pubCon li, .pubCon h2, div.pubCon' },
  list: { kind: 'html', url: '/list/index.html', item: '.conList_ul li', fields: { title: 'a@title', link: 'a@href', date: 'span' } },
  detail: { title: 'h2', body: '.easysite-news-peruse', date: '.easysite-news-describe' },
};

describe('JS-rendered source behind a cookie wall, through Chromium', () => {
  let dir: string;
  let store: Store;
  let rep: Replicas;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-browser-'));
    store = await openStore(join(dir, 'db.sqlite'));
    rep = await startReplicas([site]);
    rep.fault('js-site', '/list/index.html', { kind: 'anti-bot' });
    rep.fault('js-site', '/customs/*', { kind: 'anti-bot' });
  });
  afterAll(async () => {
    await rep?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plain HTTP is recorded as blocked, not down', async () => {
    const plain = applyOverride({ ...def, browser: false }, { baseUrl: rep.baseUrl('js-site') }, 'builtin');
    const r = await crawlSource(store, plain, { delayMs: 0, retries: 0, classify: false });
    expect(r.status).toBe('blocked');
    expect(r.health).toBe('blocked');
    expect((await store.getSource('js-site'))?.status).toBe('blocked');
  });

  it('Chromium passes the wall, renders the list and extracts the notices', async () => {
    const src = applyOverride(def, { baseUrl: rep.baseUrl('js-site') }, 'builtin');
    const r = await crawlSource(store, src, { delayMs: 0, retries: 1, timeoutMs: 15_000, classify: false });
    expect(r.errors).toEqual({});
    expect(r.newCount).toBe(2);
    const n = await store.getNoticeByUrl(`${rep.baseUrl('js-site')}/customs/2024-12/20/article_1001.html`);
    expect(n?.title).toBe('关于调整进口许可证管理的公告');
    expect(n?.docNumber).toBe('海关总署公告2024年第180号');
    expect(n?.publishedAt).toBe('2024-12-20');
    expect((await store.getSource('js-site'))?.status).toBe('ok');
    // the first answer was the 412 challenge, then the cookie was sent
    const listReqs = rep.requests('js-site').filter((q) => q.path === '/list/index.html');
    expect(listReqs.some((q) => q.status === 412)).toBe(true);
    expect(listReqs.some((q) => q.status === 200 && /__jsl_clearance=ok/.test(String(q.headers.cookie)))).toBe(true);
  });
});
