import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;

describe('hn-commerce (Hainan Department of Commerce, TRS_UEDITOR)', () => {
  beforeAll(async () => {
    h = await openHarness('hn-commerce');
  });
  afterAll(async () => h?.close());

  it('week1: list-ul rows with em dates, Free Trade Port notices', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 3, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(h.replicas.requests('hn-commerce').map((q) => q.path)).toContain('/dofcom/zcwj/index_1.html');
    await expectNotice(
      h,
      {
        path: '/dofcom/zcwj/202406/t20240606_3561234.html',
        title: '海南省商务厅关于海南自由贸易港加工增值货物内销免征关税政策实施有关事项的通知',
        docNumber: '琼商务〔2024〕88号',
        agency: '海南省商务厅',
        publishedAt: '2024-06-06',
        effectiveAt: '2024-07-01',
        contains: ['加工增值达到或超过30%', '免征进口关税'],
        notContains: ['浏览次数'],
        attachments: [{ name: '加工增值计算方法说明.pdf', type: 'pdf', path: '/dofcom/zcwj/202406/P020240606356123400001.pdf' }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/dofcom/zcwj/202405/t20240508_3540001.html',
        title: '海南省商务厅 海口海关关于“零关税”原辅料清单调整的公告',
        docNumber: '琼商务〔2024〕61号',
        agency: '海南省商务厅 海口海关',
        publishedAt: '2024-05-08',
        effectiveAt: null,
        contains: ['咖啡生豆'],
      },
      expect,
    );
  });

  it('week2: the island-wide customs closure notice added, an evaluation notice edited', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest('/dofcom/zcwj/202405/t20240522_3550011.html')).text).toContain('消费者投诉处理情况');
    expect((await h.notice('/dofcom/zcwj/202406/t20240617_3570099.html')).docNumber).toBe('琼商务〔2024〕95号');
  });
});
