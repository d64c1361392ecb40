import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource } from '../../crawler/run.ts';
import { PDF_NOTICE_PATH } from '../replicas/gacc-announcements.ts';
import { expectNotice, openHarness, type SourceHarness } from './harness.ts';

const LIST = '/customs/302249/302266/302267/index.html';

describe('gacc-announcements over plain HTTP', () => {
  let h: SourceHarness;
  beforeAll(async () => {
    h = await openHarness('gacc-announcements');
  });
  afterAll(async () => h?.close());

  it('gets 412 + cookie script and is recorded as blocked, not as "no news"', async () => {
    const r = await crawlSource(h.store, { ...h.source, browser: false }, { delayMs: 0, classify: false });
    expect(r.status).toBe('blocked');
    expect(r.health).toBe('blocked');
    expect(r.newCount).toBe(0);
    const listHits = h.replicas.requests('gacc-announcements').filter((q) => q.path === LIST);
    expect(listHits.length).toBeGreaterThan(0);
    expect(listHits.every((q) => q.status === 412)).toBe(true);
    const src = await h.store.getSource('gacc-announcements');
    expect(src?.status).toBe('blocked');
    expect(src?.lastSuccessAt).toBeNull();
    expect(await h.store.countNotices()).toBe(0);
  });
});

describe('gacc-announcements in Chromium', () => {
  let h: SourceHarness;
  beforeAll(async () => {
    h = await openHarness('gacc-announcements');
    // a list link straight to a PDF currently goes through the browser and waits for
    // `.pubCon` until this timeout (engine gap, see report): keep it short here
    if (h.source.browser) h.source.browser = { ...h.source.browser, timeoutMs: 1500 };
  });
  // a fresh fetcher (and Chromium) per crawl: a browser kept across weeks serves the
  // list from its HTTP cache (engine gap, see report)
  afterAll(async () => h?.close());

  it('week1: passes the cookie challenge and extracts every field', async () => {
    const r = await h.crawl();
    expect([r.newCount, r.changedCount, r.removedCount, r.errors]).toEqual([5, 0, 0, {}]);
    expect(r.pages).toBe(2);
    // the challenge was really served, then passed with the cookie the script set
    const first = h.replicas.requests('gacc-announcements').filter((q) => q.path === LIST);
    expect(first[0].status).toBe(412);
    expect(first.some((q) => q.status === 200 && /HMF_CI=[0-9a-f]{16}/.test(String(q.headers.cookie)))).toBe(true);
    await expectNotice(
      h,
      {
        path: '/customs/2024-06/14/article_2024061417015921001.html',
        title: '海关总署公告2024年第60号（关于中国—沙特阿拉伯海关“经认证的经营者”互认实施的公告）',
        docNumber: '海关总署公告2024年第60号',
        agency: '海关总署',
        publishedAt: '2024-06-14',
        effectiveAt: '2024-07-01',
        contains: ['AEO', '降低进口货物查验率'],
        notContains: ['浏览次数', '打印本页', '关闭窗口'],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/customs/2024-06/03/article_2024060310305898765.html',
        title: '海关总署公告2024年第55号（关于跨境电子商务零售出口商品退货监管措施有关事项的公告）',
        docNumber: '海关总署公告2024年第55号',
        agency: '海关总署',
        publishedAt: '2024-06-03',
        effectiveAt: null,
        contains: ['出口放行之日起6个月内'],
      },
      expect,
    );
    const pdf = await h.notice(PDF_NOTICE_PATH);
    expect([pdf.title, pdf.docNumber, pdf.publishedAt]).toEqual(['海关总署公告2024年第52号（关于公布2024年关税配额商品税则号列的公告）', '海关总署公告2024年第52号', '2024-05-20']);
  });

  // engine gap: a list link to a PDF on a browser source should be fetched over plain HTTP
  // (like attachments) and stored as the notice's attachment; today Chromium opens it
  it.fails('stores a PDF listed directly as the notice attachment', async () => {
    const v = await h.latest(PDF_NOTICE_PATH);
    expect(v.attachments.map((a) => a.type)).toEqual(['pdf']);
  });

  it('week2: a new notice and the return window changed from 6 to 12 months', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect([r.newCount, r.changedCount, r.removedCount, r.errors, r.status]).toEqual([1, 1, 0, {}, 'ok']);
    expect((await h.latest('/customs/2024-06/03/article_2024060310305898765.html')).text).toContain('出口放行之日起12个月内');
    // only the view counter changed on this one
    expect((await h.notice('/customs/2024-06/14/article_2024061417015921001.html')).versionCount).toBe(1);
    const added = await h.notice('/customs/2024-06/20/article_2024062015005933333.html');
    expect([added.docNumber, added.effectiveAt]).toEqual(['海关总署公告2024年第66号', '2024-08-01']);
  });
});
