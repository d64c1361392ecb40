import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const C = '/zwgk/zcwj/wjfb/tz/art/2024/';
const LIST = '/zwgk/zcwj/wjfb/tz/index.html';

describe('miit-wjfb (MIIT notices; 403 to some clients)', () => {
  beforeAll(async () => {
    h = await openHarness('miit-wjfb');
  });
  afterAll(async () => h?.close());

  it('week1: list_ul rows over two pages, #con_con bodies, attachments', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    await expectNotice(
      h,
      {
        path: `${C}art_3f2a9c0d51e84b7c9a6e0b1d2c3f4a5b.html`,
        title: '工业和信息化部 商务部 海关总署关于加强新能源汽车出口管理的通知',
        docNumber: '工信部联通装〔2024〕95号',
        agency: '工业和信息化部 商务部 海关总署',
        publishedAt: '2024-06-13',
        effectiveAt: null,
        contains: ['海外售后服务体系', 'HS 8703 80'],
        notContains: ['浏览次数', '分享到'],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: `${C}art_7b1c2d3e4f5061728394a5b6c7d8e9f0.html`,
        title: '工业和信息化部关于印发《工业领域碳达峰碳中和标准体系建设指南》的通知',
        docNumber: '工信部科〔2024〕88号',
        agency: '工业和信息化部',
        publishedAt: '2024-05-29',
        effectiveAt: null,
        contains: ['欧盟碳边境调节机制'],
        attachments: [{ name: '工业领域碳达峰碳中和标准体系建设指南.pdf', type: 'pdf', path: '/cms_files/filemanager/1226211233/attach/20245/c0ffee1234.pdf' }],
      },
      expect,
    );
    expect((await h.notice(`${C}art_0a0b0c0d0e0f10111213141516171819.html`)).effectiveAt).toBe('2024-06-01');
  });

  it('a 403 wall is "blocked", not "down", and nothing stored is lost', async () => {
    h.replicas.fault('miit-wjfb', LIST, { kind: 'status', status: 403, body: '<html><body><h1>403 Forbidden</h1></body></html>' });
    const r = await h.crawl();
    expect([r.status, r.health, r.newCount, r.removedCount]).toEqual(['blocked', 'blocked', 0, 0]);
    const src = await h.store.getSource('miit-wjfb');
    expect(src?.status).toBe('blocked');
    expect(src?.lastError).toMatch(/blocked: anti-bot answer 403/);
    expect((await h.notice(`${C}art_ffeeddccbbaa99887766554433221100.html`)).status).toBe('active');
    h.replicas.clearFaults('miit-wjfb');
  });

  it('week2, unblocked: the export-control notice added, the NEV notice edited', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest(`${C}art_3f2a9c0d51e84b7c9a6e0b1d2c3f4a5b.html`)).text).toContain('动力电池回收渠道');
    expect((await h.store.getSource('miit-wjfb'))?.status).toBe('ok');
  });
});
