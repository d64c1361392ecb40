import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;

describe('js-commerce (Jiangsu Department of Commerce, Hanweb datastore)', () => {
  beforeAll(async () => {
    h = await openHarness('js-commerce');
  });
  afterAll(async () => h?.close());

  it('week1: records read from the <datastore> block, xxgk_table metadata, #zoom bodies', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    await expectNotice(
      h,
      {
        path: '/art/2024/6/12/art_78447_11234567.html',
        title: '江苏省商务厅关于做好2024年出口信用保险统保工作的通知',
        docNumber: '苏商贸〔2024〕301号',
        agency: '江苏省商务厅',
        publishedAt: '2024-06-12',
        effectiveAt: null,
        contains: ['1000万美元以下', '全额承担'],
        notContains: ['浏览次数', '信息内容', '索引号'],
        attachments: [{ name: '2024年统保企业名单.xlsx', type: 'xlsx', path: '/module/download/downfile.jsp?classid=0&filename=11234567.xlsx' }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/art/2024/5/28/art_78447_11220011.html',
        title: '江苏省商务厅 南京海关关于推进RCEP原产地证书智能审核的通知',
        docNumber: '苏商贸〔2024〕266号',
        agency: '江苏省商务厅 南京海关',
        publishedAt: '2024-05-28',
        effectiveAt: '2024-06-15',
        contains: ['智能审核、自助打印'],
      },
      expect,
    );
  });

  it('week2: CBAM notice added, the threshold edited, the trade-fair notice withdrawn', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest('/art/2024/6/12/art_78447_11234567.html')).text).toContain('2000万美元以下');
    expect((await h.notice('/art/2024/5/15/art_78447_11208888.html')).status).toBe('removed');
    expect((await h.notice('/art/2024/6/19/art_78447_11240001.html')).docNumber).toBe('苏商贸函〔2024〕88号');
  });
});
