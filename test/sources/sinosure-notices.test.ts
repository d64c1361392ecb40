import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const C = '/xwzx/tzgg/';

describe('sinosure-notices (China Export & Credit Insurance)', () => {
  beforeAll(async () => {
    h = await openHarness('sinosure-notices');
  });
  afterAll(async () => h?.close());

  it('week1: .shtml pages, bracketed dates, no numbers invented', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(h.replicas.requests('sinosure-notices').map((q) => q.path)).toContain(`${C}index_1.shtml`);
    await expectNotice(
      h,
      {
        path: `${C}202406/t20240611_301.shtml`,
        title: '中国信保关于发布《2024年国家风险分析报告》的公告',
        docNumber: null,
        agency: '中国出口信用保险公司',
        publishedAt: '2024-06-11',
        effectiveAt: null,
        contains: ['192个国家和地区', '汇兑限制风险'],
        notContains: ['浏览次数', '关闭窗口'],
        attachments: [{ name: '2024年国家风险分析报告摘要.pdf', type: 'pdf', path: `${C}202406/W020240611301.pdf` }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: `${C}202405/t20240527_288.shtml`,
        title: '中国信保关于小微企业出口信用保险统保平台费率优惠的通知',
        docNumber: null,
        agency: '中国出口信用保险公司',
        publishedAt: '2024-05-27',
        effectiveAt: '2024-06-01',
        contains: ['费率下调10%'],
      },
      expect,
    );
  });

  it('week2: tariff-risk notice added, the rate cut edited', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest(`${C}202405/t20240527_288.shtml`)).text).toContain('费率下调15%');
    expect((await h.notice(`${C}202406/t20240619_315.shtml`)).publishedAt).toBe('2024-06-19');
  });
});
