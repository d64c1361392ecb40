import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const P = '/sw/portal/notice/';

describe('singlewindow-notices (China International Trade Single Window)', () => {
  beforeAll(async () => {
    h = await openHarness('singlewindow-notices');
  });
  afterAll(async () => h?.close());

  it('week1: JSON list over pageNo 1-2, static notice pages, issuer per notice', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    await expectNotice(
      h,
      {
        path: `${P}20240612001.html`,
        title: '关于“单一窗口”原产地证书申领系统上线RCEP经核准出口商声明功能的公告',
        docNumber: null,
        agency: '国家口岸管理办公室',
        publishedAt: '2024-06-12',
        effectiveAt: '2024-06-20',
        contains: ['经核准出口商原产地声明功能', '东盟成员国进口商'],
        notContains: ['主办单位', '发布时间'],
        attachments: [{ name: '原产地声明功能操作指南.pdf', type: 'pdf', path: '/sw/portal/files/20240612001.pdf' }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: `${P}20240603002.html`,
        title: '关于“单一窗口”出口退税申报系统版本升级的通知',
        docNumber: null,
        agency: '中国电子口岸数据中心',
        publishedAt: '2024-06-03',
        effectiveAt: null,
        contains: ['V3.2版本'],
      },
      expect,
    );
  });

  it('week2: manifest notice added, version edited, outage notice withdrawn', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest(`${P}20240603002.html`)).text).toContain('V3.3版本');
    expect((await h.notice(`${P}20240521003.html`)).status).toBe('removed');
  });
});
