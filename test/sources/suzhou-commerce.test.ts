import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;

describe('suzhou-commerce (Suzhou Bureau of Commerce)', () => {
  beforeAll(async () => {
    h = await openHarness('suzhou-commerce');
  });
  afterAll(async () => h?.close());

  it('week1: nav_list.shtml pages, infoList rows, .article-content bodies', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 3, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(h.replicas.requests('suzhou-commerce').map((q) => q.path)).toContain('/szsww/tzgg/nav_list_2.shtml');
    await expectNotice(
      h,
      {
        path: '/szsww/tzgg/202406/8c7d6e5f4a3b21900a1b2c3d4e5f6a7b.shtml',
        title: '苏州市商务局关于组织申报2024年度苏州市外经贸发展专项资金的通知',
        docNumber: '苏商贸〔2024〕45号',
        agency: '苏州市商务局',
        publishedAt: '2024-06-10',
        effectiveAt: null,
        contains: ['建设海外仓和应对贸易摩擦'],
        notContains: ['浏览次数'],
        attachments: [{ name: '专项资金申报指南.pdf', type: 'pdf', path: '/szsww/tzgg/202406/8c7d6e5f/files/zn.pdf' }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/szsww/tzgg/202405/1a2b3c4d5e6f708192a3b4c5d6e7f809.shtml',
        title: '苏州市商务局 苏州海关关于推广“保税+”跨境电商模式的通知',
        docNumber: '苏商电〔2024〕17号',
        agency: '苏州市商务局 苏州海关',
        publishedAt: '2024-05-24',
        effectiveAt: '2024-06-01',
        contains: ['保税备货+直播'],
      },
      expect,
    );
  });

  it('week2: a rail-freight notice added, the processing-trade notice edited', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest('/szsww/tzgg/202405/abcdefabcdefabcdefabcdefabcdef12.shtml')).text).toContain('“保税+”模式');
    expect((await h.notice('/szsww/tzgg/202406/fedcba9876543210fedcba9876543210.shtml')).docNumber).toBe('苏商贸〔2024〕52号');
  });
});
