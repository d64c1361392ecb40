import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;

describe('gd-commerce (Guangdong Department of Commerce, gkmlpt)', () => {
  beforeAll(async () => {
    h = await openHarness('gd-commerce');
  });
  afterAll(async () => h?.close());

  it('week1: gkmlpt JSON pages (sid 757), links on the real host rewritten, introduce table', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    const api = h.replicas.requests('gd-commerce').filter((q) => q.path.startsWith('/gkmlpt/api/'));
    expect(api.map((q) => q.path)).toEqual(expect.arrayContaining(['/gkmlpt/api/all/0?sid=757&page=1', '/gkmlpt/api/all/0?sid=757&page=2']));
    await expectNotice(
      h,
      {
        path: '/gkmlpt/content/4/4412/post_4412345.html',
        title: '广东省商务厅关于印发《广东省推动外贸稳规模优结构若干措施》的通知',
        docNumber: '粤商务贸函〔2024〕66号',
        agency: '广东省商务厅',
        publishedAt: '2024-06-14',
        effectiveAt: '2024-07-01',
        contains: ['展位费给予最高70%的补助', '短期出口信用保险'],
        notContains: ['浏览次数', '索引号'],
        attachments: [{ name: '广东省推动外贸稳规模优结构若干措施.pdf', type: 'pdf', path: '/attachment/0/544/544123/4412345.pdf' }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/gkmlpt/content/4/4390/post_4390001.html',
        title: '广东省商务厅 广东省财政厅关于开展2024年加工贸易转型升级示范企业认定的通知',
        docNumber: '粤商务贸字〔2024〕9号',
        agency: '广东省商务厅 广东省财政厅',
        publishedAt: '2024-05-17',
        effectiveAt: null,
        contains: ['研发设计和品牌营销'],
      },
      expect,
    );
    expect((await h.notice('/gkmlpt/content/4/4378/post_4378800.html')).docNumber).toBeNull();
  });

  it('week2: overseas-warehouse notice added, a deadline edited, one withdrawn', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest('/gkmlpt/content/4/4401/post_4401122.html')).text).toContain('2024年7月15日');
    expect((await h.notice('/gkmlpt/content/4/4390/post_4390001.html')).status).toBe('removed');
  });
});
