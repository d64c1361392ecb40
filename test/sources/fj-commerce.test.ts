import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;

describe('fj-commerce (Fujian Department of Commerce, TRS .htm)', () => {
  beforeAll(async () => {
    h = await openHarness('fj-commerce');
  });
  afterAll(async () => h?.close());

  it('week1: gl_list rows over index.htm + index_1.htm, attachments', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(h.replicas.requests('fj-commerce').map((q) => q.path)).toContain('/xxgk/zcfg/index_1.htm');
    await expectNotice(
      h,
      {
        path: '/xxgk/zcfg/202405/t20240529_6440011.htm',
        title: '福建省商务厅 福州海关 厦门海关关于推进对台贸易便利化的通知',
        docNumber: '闽商务外贸〔2024〕19号',
        agency: '福建省商务厅 福州海关 厦门海关',
        publishedAt: '2024-05-29',
        effectiveAt: '2024-06-15',
        contains: ['快速验放'],
        notContains: ['浏览次数'],
        attachments: [{ name: '快速验放商品目录.xls', type: 'xls', path: '/xxgk/zcfg/202405/P020240529644001100001.xls' }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/xxgk/zcfg/202404/t20240430_6420000.htm',
        title: '福建省商务厅关于公布2024年省级外贸综合服务企业名单的通知',
        docNumber: null,
        agency: '福建省商务厅',
        publishedAt: '2024-04-30',
        effectiveAt: null,
        contains: ['20家企业'],
      },
      expect,
    );
  });

  it('week2: a cross-strait notice added, a subsidy raised, the tea notice withdrawn', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest('/xxgk/zcfg/202406/t20240613_6451234.htm')).text).toContain('最高300万元补助');
    expect((await h.notice('/xxgk/zcfg/202405/t20240515_6430000.htm')).status).toBe('removed');
  });
});
