import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from '../../crawler/fetch/http.ts';
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
  // one fetcher (one Chromium) for both weeks, as a long-running scheduler keeps it:
  // week2 must see the live list, not Chromium's cached copy of week1's
  let fetcher: Fetcher;
  beforeAll(async () => {
    h = await openHarness('gacc-announcements');
    fetcher = new Fetcher({ delayMs: 0, timeoutMs: 10_000 });
  });
  afterAll(async () => {
    await fetcher?.close();
    await h?.close();
  });

  it('week1: passes the cookie challenge and extracts every field', async () => {
    const r = await h.crawl({ fetcher });
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
    expect([pdf.title, pdf.docNumber, pdf.publishedAt]).toEqual([
      '海关总署公告2024年第52号（关于公布2024年关税配额商品税则号列的公告）',
      '海关总署公告2024年第52号',
      '2024-05-20',
    ]);
  });

  it('stores a PDF listed directly as the notice attachment, fetched over plain HTTP', async () => {
    const v = await h.latest(PDF_NOTICE_PATH);
    expect([v.title, v.text]).toEqual(['海关总署公告2024年第52号（关于公布2024年关税配额商品税则号列的公告）', '']);
    expect(v.attachments).toHaveLength(1);
    expect(v.attachments[0]).toMatchObject({ name: v.title, type: 'pdf', url: h.url(PDF_NOTICE_PATH) });
    expect(v.attachments[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(v.attachments[0].size).toBeGreaterThan(100);
    // one plain request with our own User-Agent, not Chromium's
    const pdfHits = h.replicas.requests('gacc-announcements').filter((q) => q.path === PDF_NOTICE_PATH);
    expect(pdfHits).toHaveLength(1);
    expect(String(pdfHits[0].headers['user-agent'])).toMatch(/^PolicyRadar\//);
    // no body-selector alarm for the PDF
    const src = await h.store.getSource('gacc-announcements');
    expect([src?.status, src?.alarms]).toEqual(['ok', []]);
  });

  it('week2: a new notice and the return window changed from 6 to 12 months', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl({ fetcher });
    expect([r.newCount, r.changedCount, r.removedCount, r.errors, r.status]).toEqual([1, 1, 0, {}, 'ok']);
    expect((await h.latest('/customs/2024-06/03/article_2024060310305898765.html')).text).toContain('出口放行之日起12个月内');
    // only the view counter changed on this one
    expect((await h.notice('/customs/2024-06/14/article_2024061417015921001.html')).versionCount).toBe(1);
    const added = await h.notice('/customs/2024-06/20/article_2024062015005933333.html');
    expect([added.docNumber, added.effectiveAt]).toEqual(['海关总署公告2024年第66号', '2024-08-01']);
  });
});
