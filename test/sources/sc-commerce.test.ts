import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;

describe('sc-commerce (Sichuan Department of Commerce, TRS)', () => {
  beforeAll(async () => {
    h = await openHarness('sc-commerce');
  });
  afterAll(async () => h?.close());

  it('week1: listBox rows over two pages, TRS bodies, co-issued notice', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(h.replicas.requests('sc-commerce').map((q) => q.path)).toContain('/sccom/tzgg/index_1.html');
    await expectNotice(
      h,
      {
        path: '/sccom/tzgg/202406/t20240611_4001234.html',
        title: '四川省商务厅关于申报2024年度外经贸发展专项资金项目的通知',
        docNumber: '川商贸〔2024〕52号',
        agency: '四川省商务厅',
        publishedAt: '2024-06-11',
        effectiveAt: null,
        contains: ['2024年7月10日', '投保出口信用保险'],
        notContains: ['浏览次数', '打印本页'],
        attachments: [{ name: '项目申报指南.docx', type: 'docx', path: '/sccom/tzgg/202406/W020240611400123.docx' }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/sccom/tzgg/202405/t20240527_3990011.html',
        title: '四川省商务厅 成都海关关于推进中欧班列（成渝）运贸一体化发展的通知',
        docNumber: '川商贸〔2024〕44号',
        agency: '四川省商务厅 成都海关',
        publishedAt: '2024-05-27',
        effectiveAt: '2024-06-01',
        contains: ['电子信息产品和汽车零部件'],
      },
      expect,
    );
  });

  it('week2: 西部陆海新通道 notice added, a deadline moved, the 川货出海 notice withdrawn', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest('/sccom/tzgg/202406/t20240611_4001234.html')).text).toContain('2024年7月25日');
    expect((await h.notice('/sccom/tzgg/202405/t20240514_3981111.html')).status).toBe('removed');
  });
});
