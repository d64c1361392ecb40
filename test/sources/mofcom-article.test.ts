import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIRECT_FROM, REDIRECT_TO } from '../replicas/mofcom-article.ts';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;

describe('mofcom-article (MOFCOM announcements, old layout)', () => {
  beforeAll(async () => {
    h = await openHarness('mofcom-article');
  });
  afterAll(async () => h?.close());

  it('week1: pages with ?2, drops .listline rows, reads PubDate meta', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 5, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(h.replicas.requests('mofcom-article').map((q) => q.path)).toContain('/article/b/c/?2');
    await expectNotice(
      h,
      {
        path: '/article/b/c/202405/20240528498765.shtml',
        title: '商务部公告2024年第30号 关于对原产于欧盟的进口相关猪肉及猪副产品反倾销调查的初步裁定',
        docNumber: '商务部公告2024年第30号',
        agency: '商务部',
        publishedAt: '2024-05-28',
        effectiveAt: '2024-06-01',
        contains: ['反倾销调查申请', '保证金比率（15.6%至62.4%）'],
        notContains: ['阅读次数', '打印本页'],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/article/b/c/202405/20240510476543.shtml',
        title: '商务部公告2024年第27号 关于对原产于日本和韩国的进口不锈钢钢坯和不锈钢热轧板/卷继续征收反倾销税的公告',
        docNumber: '商务部公告2024年第27号',
        agency: '商务部',
        publishedAt: '2024-05-10',
        effectiveAt: null,
        contains: ['72181000', '反倾销税征收期限为5年'],
      },
      expect,
    );
  });

  it('week2: new notice and an entity-list edit; counter noise ignored', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    const v = await h.latest('/article/b/c/202406/20240614534567.shtml');
    expect(v.version).toBe(2);
    expect(v.text).toContain('以下6家外国实体');
    expect((await h.notice('/article/b/c/202404/20240422455678.shtml')).versionCount).toBe(1);
    const added = await h.notice('/article/b/c/202406/20240620556677.shtml');
    expect([added.docNumber, added.effectiveAt]).toEqual(['商务部公告2024年第45号', '2024-07-15']);
  });

  it('the script-redirect page is served as on the real site', async () => {
    const res = await fetch(h.url(REDIRECT_FROM));
    expect(await res.text()).toMatch(/window\.location\.href='\/article\/b\/e\//);
  });

  it('follows a script-only redirect page to the article it points to (listed URL kept)', async () => {
    const hits = h.replicas.requests('mofcom-article').map((q) => q.path);
    expect(hits).toContain(REDIRECT_FROM);
    expect(hits).toContain(REDIRECT_TO);
    const v = await h.latest(REDIRECT_FROM);
    expect([v.notice.title, v.notice.docNumber, v.notice.agency, v.notice.publishedAt]).toEqual([
      '商务部办公厅关于做好2024年度纺织品出口许可管理有关工作的通知',
      '商办贸函〔2024〕156号',
      '商务部办公厅',
      '2024-06-03',
    ]);
    expect(v.text).toContain('棉制针织服装（HS 6109、6110）');
    expect(v.text).not.toContain('window.location');
    expect(await h.store.getNoticeByUrl(h.url(REDIRECT_TO))).toBeNull();
  });
});
