import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;

describe('safe-zcfg (SAFE policies and regulations)', () => {
  beforeAll(async () => {
    h = await openHarness('safe-zcfg');
  });
  afterAll(async () => h?.close());

  it('week1: dt/dd rows over index.html + index_2.html, #content bodies', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(h.replicas.requests('safe-zcfg').map((q) => q.path)).toContain('/safe/zcfg/index_2.html');
    await expectNotice(
      h,
      {
        path: '/safe/2024/0613/24501.html',
        title: '国家外汇管理局关于进一步优化贸易外汇业务管理的通知',
        docNumber: '汇发〔2024〕11号',
        agency: '国家外汇管理局',
        publishedAt: '2024-06-13',
        effectiveAt: '2024-07-01',
        contains: ['展业三原则', '海外仓等新业态'],
        notContains: ['浏览次数', '分享到'],
        attachments: [{ name: '贸易外汇收支便利化业务操作指引.docx', type: 'docx', path: '/safe/file/file/20240613/a7b8c9d0.docx' }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/safe/2024/0516/24270.html',
        title: '国家外汇管理局综合司关于开展外汇政策宣传月活动的通知',
        docNumber: '汇综发〔2024〕30号',
        agency: '国家外汇管理局综合司',
        publishedAt: '2024-05-16',
        effectiveAt: null,
        contains: ['汇率避险'],
      },
      expect,
    );
  });

  it('week2: pilot expansion added, a ratio edited, the campaign notice withdrawn', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest('/safe/2024/0530/24388.html')).text).toContain('净资产的2.5倍');
    expect((await h.notice('/safe/2024/0516/24270.html')).status).toBe('removed');
    expect((await h.notice('/safe/2024/0620/24611.html')).docNumber).toBe('汇发〔2024〕13号');
  });
});
