import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;

describe('sd-commerce (Shandong Department of Commerce, Hanweb datastore)', () => {
  beforeAll(async () => {
    h = await openHarness('sd-commerce');
  });
  afterAll(async () => h?.close());

  it('week1: datastore records, numbers and issuers from the info table', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 3, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    await expectNotice(
      h,
      {
        path: '/art/2024/6/7/art_15736_4512345.html',
        title: '山东省商务厅关于印发《山东省推进对日韩贸易高质量发展行动方案》的通知',
        docNumber: '鲁商字〔2024〕58号',
        agency: '山东省商务厅',
        publishedAt: '2024-06-07',
        effectiveAt: null,
        contains: ['RCEP关税减让安排', 'HS 03'],
        notContains: ['浏览次数'],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/art/2024/5/6/art_15736_4490099.html',
        title: '山东省商务厅 青岛海关 济南海关关于优化农产品出口通关服务的通知',
        docNumber: '鲁商发〔2024〕6号',
        agency: '山东省商务厅 青岛海关 济南海关',
        publishedAt: '2024-05-06',
        effectiveAt: null,
        contains: ['即报即放'],
      },
      expect,
    );
    expect((await h.notice('/art/2024/5/22/art_15736_4501111.html')).effectiveAt).toBe('2024-06-01');
  });

  it('week2: a port-logistics notice added, the trade-fair targets edited', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest('/art/2024/5/22/art_15736_4501111.html')).text).toContain('1200家以上企业');
  });
});
