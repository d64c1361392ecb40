import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const N = '/enforcement-and-protection/trade-defence/notices/';

describe('eu-trade-defence (DG Trade trade-defence notices, ECL markup)', () => {
  beforeAll(async () => {
    h = await openHarness('eu-trade-defence');
  });
  afterAll(async () => h?.close());

  it('week1: ECL content items over ?page=0,1, case numbers, OJ references, effective dates', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(h.replicas.requests('eu-trade-defence').map((q) => q.path)).toContain('/enforcement-and-protection/trade-defence/notices_en?page=1');
    await expectNotice(
      h,
      {
        path: `${N}notice-initiation-anti-dumping-proceeding-imports-hardwood-plywood-china_en`,
        title: 'Notice of initiation of an anti-dumping proceeding concerning imports of hardwood plywood originating in the People’s Republic of China',
        docNumber: 'AD712',
        agency: 'European Commission',
        publishedAt: '2024-06-12',
        effectiveAt: null,
        contains: ['CN codes 4412 31 10', 'OJ C, C/2024/3712'],
        notContains: ['Share this page', 'Trade and Economic Security'],
        attachments: [{ name: 'Notice of initiation (OJ C/2024/3712)', type: 'pdf', path: '/document/download/ad712-initiation_en.pdf' }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: `${N}provisional-countervailing-duty-imports-battery-electric-vehicles-china_en`,
        title: 'Provisional countervailing duty on imports of new battery electric vehicles designed for the transport of persons originating in China',
        docNumber: 'AS689',
        agency: 'European Commission',
        publishedAt: '2024-06-05',
        effectiveAt: '2024-07-05',
        contains: ['17.4% to 37.6%'],
      },
      expect,
    );
    expect((await h.notice(`${N}notice-safeguard-steel-products-quota-allocation_en`)).docNumber).toBeNull();
  });

  it('week2: glass-fibre initiation added, BEV rates edited, the expiry review withdrawn', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest(`${N}provisional-countervailing-duty-imports-battery-electric-vehicles-china_en`)).text).toContain('not sampled: 20.8%');
    expect((await h.notice(`${N}expiry-review-anti-dumping-measures-ceramic-tableware-china_en`)).status).toBe('removed');
    expect((await h.notice(`${N}notice-initiation-anti-dumping-proceeding-imports-glass-fibre-yarns-china_en`)).docNumber).toBe('AD715');
  });
});
