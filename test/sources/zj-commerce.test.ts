import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;

describe('zj-commerce (Zhejiang Department of Commerce, TRS pattern)', () => {
  beforeAll(async () => {
    h = await openHarness('zj-commerce');
  });
  afterAll(async () => h?.close());

  it('week1: index.html + index_1.html, .TRS_Editor bodies', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(h.replicas.requests('zj-commerce').map((q) => q.path)).toContain('/zwgk/zcwj/index_1.html');
    await expectNotice(
      h,
      {
        path: '/zwgk/zcwj/202406/t20240605_6123456.html',
        title: '浙江省商务厅关于印发《浙江省加快培育外贸新动能若干措施》的通知',
        docNumber: '浙商务发〔2024〕56号',
        agency: '浙江省商务厅',
        publishedAt: '2024-06-05',
        effectiveAt: '2024-07-01',
        contains: ['RCEP市场', '统保平台保费给予全额补助'],
        notContains: ['浏览次数'],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/zwgk/zcwj/202404/t20240424_6087654.html',
        title: '浙江省商务厅 中国出口信用保险公司浙江分公司关于推广“浙贸保”小微企业统保平台的通知',
        docNumber: '浙商务联发〔2024〕19号',
        agency: '浙江省商务厅 中国出口信用保险公司浙江分公司',
        publishedAt: '2024-04-24',
        effectiveAt: null,
        contains: ['年出口额300万美元以下'],
      },
      expect,
    );
  });

  it('week2: new EU countervailing notice and an edited processing time', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest('/zwgk/zcwj/202405/t20240520_6109876.html')).text).toContain('3个工作日内');
    expect((await h.notice('/zwgk/zcwj/202406/t20240605_6123456.html')).versionCount).toBe(1);
  });
});
