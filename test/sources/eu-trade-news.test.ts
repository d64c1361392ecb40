import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const AGENCY = 'European Commission, DG Trade';

describe('eu-trade-news (DG Trade RSS + ECL pages)', () => {
  beforeAll(async () => {
    h = await openHarness('eu-trade-news');
  });
  afterAll(async () => h?.close());

  it('week1: RSS items with absolute links to the real host are crawled on the mirror', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    await expectNotice(
      h,
      {
        path: '/news/commission-imposes-provisional-countervailing-duties-imports-battery-electric-vehicles-china-2024-07-04_en',
        title: 'Commission imposes provisional countervailing duties on imports of battery electric vehicles from China',
        docNumber: null,
        agency: AGENCY,
        publishedAt: '2024-07-04',
        effectiveAt: null,
        contains: ['CN 8703 80', 'from 17.4% to 37.6%'],
        notContains: ['Share this page', 'News article'],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/news/eu-new-zealand-trade-agreement-enters-force-2024-05-01_en',
        title: 'EU-New Zealand trade agreement enters into force',
        docNumber: null,
        agency: AGENCY,
        publishedAt: '2024-05-01',
        effectiveAt: null,
        contains: ['self-certify the origin'],
      },
      expect,
    );
  });

  it('week2: a new dual-use item and edited duty rates', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest('/news/commission-imposes-provisional-countervailing-duties-imports-battery-electric-vehicles-china-2024-07-04_en')).text).toContain(
      'from 17.0% to 35.3%',
    );
    expect((await h.notice('/news/commission-updates-eu-list-dual-use-items-2024-09-06_en')).publishedAt).toBe('2024-09-06');
  });
});
