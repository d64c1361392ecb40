import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const C = '/xxgk/zcfb/tz/';

describe('ndrc-tz (NDRC 通知, TRS WCM)', () => {
  beforeAll(async () => {
    h = await openHarness('ndrc-tz');
  });
  afterAll(async () => h?.close());

  it('week1: u-list rows over two pages, TRS bodies, attachments, numbers and dates', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(h.replicas.requests('ndrc-tz').map((q) => q.path)).toContain(`${C}index_1.html`);
    await expectNotice(
      h,
      {
        path: `${C}202406/t20240612_1387654.html`,
        title: '国家发展改革委 商务部关于做好2024年鼓励外商投资产业目录申报工作的通知',
        docNumber: '发改外资〔2024〕812号',
        agency: '国家发展改革委 商务部',
        publishedAt: '2024-06-12',
        effectiveAt: null,
        contains: ['2024年7月31日前', '中西部地区特色产业'],
        notContains: ['浏览次数', '打印本页', '当前位置'],
        attachments: [{ name: '鼓励外商投资产业目录修订建议表.xlsx', type: 'xlsx', path: `${C}202406/P020240612551234567890.xlsx` }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: `${C}202405/t20240528_1381122.html`,
        title: '国家发展改革委关于2024年粮食进口关税配额申请和分配细则的通知',
        docNumber: '发改贸易〔2024〕701号',
        agency: '国家发展和改革委员会',
        publishedAt: '2024-05-28',
        effectiveAt: '2024-06-15',
        contains: ['小麦963.6万吨'],
      },
      expect,
    );
    expect((await h.notice(`${C}202404/t20240422_1370001.html`)).docNumber).toBeNull();
  });

  it('week2: the negative list added, a deadline moved, the China-Europe rail notice withdrawn', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest(`${C}202406/t20240612_1387654.html`)).text).toContain('2024年8月15日前');
    expect((await h.notice(`${C}202405/t20240510_1376543.html`)).status).toBe('removed');
    expect((await h.notice(`${C}202405/t20240528_1381122.html`)).versionCount).toBe(1);
    const added = await h.notice(`${C}202406/t20240619_1392200.html`);
    expect([added.effectiveAt, added.publishedAt]).toEqual(['2024-11-01', '2024-06-19']);
  });
});
