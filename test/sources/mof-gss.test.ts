import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;

describe('mof-gss (Customs Tariff Commission releases on gss.mof.gov.cn)', () => {
  beforeAll(async () => {
    h = await openHarness('mof-gss');
  });
  afterAll(async () => h?.close());

  it('week1: TRS paging (index.htm, index_1.htm), relative links, issuer from div.zzName', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 5, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(h.replicas.requests('mof-gss').map((q) => q.path)).toContain('/gzdt/zhengcefabu/index_1.htm');
    await expectNotice(
      h,
      {
        path: '/gzdt/zhengcefabu/202412/t20241220_3950101.htm',
        title: '国务院关税税则委员会关于2025年关税调整方案的公告',
        docNumber: '税委会公告〔2024〕11号',
        agency: '国务院关税税则委员会',
        publishedAt: '2024-12-20',
        effectiveAt: '2025-01-01',
        contains: ['LED灯具零部件（税则号列9405）进口暂定税率为5%', 'RCEP成员国'],
        notContains: ['访问量'],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/gzdt/zhengcefabu/202411/t20241125_3941234.htm',
        title: '国务院关税税则委员会关于给予最不发达国家100%税目产品零关税待遇的公告',
        docNumber: '税委会公告〔2024〕8号',
        agency: '国务院关税税则委员会',
        publishedAt: '2024-11-25',
        effectiveAt: '2024-12-01',
        contains: ['零关税待遇', '特惠税率'],
      },
      expect,
    );
  });

  it('week2: new RCEP notice, tariff rate edited, withdrawn notice removed', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    const v = await h.latest('/gzdt/zhengcefabu/202412/t20241220_3950101.htm');
    expect(v.version).toBe(2);
    expect(v.text).toContain('进口暂定税率为3%');
    expect(v.changeSummary).toBeTruthy();
    expect((await h.notice('/gzdt/zhengcefabu/202410/t20241028_3930555.htm')).status).toBe('removed');
    expect((await h.notice('/gzdt/zhengcefabu/202411/t20241125_3941234.htm')).versionCount).toBe(1);
    expect((await h.notice('/gzdt/zhengcefabu/202412/t20241227_3958888.htm')).docNumber).toBe('税委会公告〔2024〕12号');
  });
});
