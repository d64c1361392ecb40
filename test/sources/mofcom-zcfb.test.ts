import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

const P = '/zcfb/zcwg/art/2024/';
let h: SourceHarness;

describe('mofcom-zcfb (MOFCOM policy releases, new layout)', () => {
  beforeAll(async () => {
    h = await openHarness('mofcom-zcfb');
  });
  afterAll(async () => h?.close());

  it('week1: crawls both list pages and every notice', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 5, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(r.pages).toBe(2);
    const paths = h.replicas.requests('mofcom-zcfb').map((q) => q.path);
    expect(paths).toContain('/zcfb/index_2.html');
  });

  it('extracts every field of the export-control notice', async () => {
    await expectNotice(
      h,
      {
        path: `${P}art_5b7c9d1e3f2a4b6c8d0e1f2a3b4c5d6e.html`,
        title: '商务部 海关总署公告2024年第18号 关于对部分稀土加工技术相关物项实施出口管制的公告',
        docNumber: '商务部 海关总署公告2024年第18号',
        agency: '商务部 海关总署',
        publishedAt: '2024-05-28',
        effectiveAt: '2024-07-01',
        contains: ['稀土冶炼分离技术', '两用物项出口许可证', '本公告自2024年7月1日起正式实施。'],
        notContains: ['浏览次数', '分享到'],
      },
      expect,
    );
  });

  it('extracts every field of the credit-insurance notice (no effective date)', async () => {
    await expectNotice(
      h,
      {
        path: `${P}art_e1f0a7c2b9d84e5f8a6b3c1d2e4f5a60.html`,
        title: '商务部 中国出口信用保险公司关于加大出口信用保险支持力度稳定外贸的通知',
        docNumber: '商财函〔2024〕210号',
        agency: '商务部 中国出口信用保险公司',
        publishedAt: '2024-06-12',
        effectiveAt: null,
        contains: ['短期险费率平均降低10%', '光伏组件（HS 8541）', '锂离子电池（HS 8507）'],
        notContains: ['浏览次数'],
      },
      expect,
    );
  });

  it('week2: one new, one changed (rate), one removed (404); counters alone are no change', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    const edited = await h.latest(`${P}art_e1f0a7c2b9d84e5f8a6b3c1d2e4f5a60.html`);
    expect(edited.version).toBe(2);
    expect(edited.text).toContain('短期险费率平均降低15%');
    expect(edited.diff?.some(([op, w]) => op === '+' && w.includes('15'))).toBe(true);
    expect((await h.notice(`${P}art_9f8e7d6c5b4a39281706f5e4d3c2b1a0.html`)).status).toBe('removed');
    const added = await h.notice(`${P}art_c0ffee00aa11bb22cc33dd44ee55ff66.html`);
    expect([added.docNumber, added.publishedAt, added.effectiveAt]).toEqual(['商务部公告2024年第47号', '2024-06-19', '2024-08-01']);
    // the view counter changed on this page, nothing else did
    expect((await h.notice(`${P}art_5b7c9d1e3f2a4b6c8d0e1f2a3b4c5d6e.html`)).versionCount).toBe(1);
    const again = await h.crawl();
    expect(counts(again)).toEqual({ new: 0, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
  });
});
