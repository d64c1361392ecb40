import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const B = '/accounts/USDHSCBP/bulletins/';

describe('us-cbp-csms (CBP CSMS messages on GovDelivery)', () => {
  beforeAll(async () => {
    h = await openHarness('us-cbp-csms');
  });
  afterAll(async () => h?.close());

  it('week1: RSS items rewritten to the replica, bulletin bodies, CSMS numbers, dates from pubDate', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 3, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    await expectNotice(
      h,
      {
        path: `${B}3a1f2c4`,
        title: 'CSMS # 60887423 - GUIDANCE: Section 301 tariff increases on Chinese electric vehicles, batteries and semiconductors',
        docNumber: 'CSMS # 60887423',
        agency: 'U.S. Customs and Border Protection',
        publishedAt: '2024-06-13',
        effectiveAt: null,
        contains: ['HTS 8703.80', '9903.91.01'],
        notContains: ['Subscriber Preferences', 'Subscribe to updates'],
        attachments: [{ name: 'Section 301 HTS list.pdf', type: 'pdf', path: '/attachments/USDHSCBP/2024/06/13/file_attachments/2901234/301_list.pdf' }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: `${B}39ffabc`,
        title: 'CSMS # 60801234 - UFLPA Entity List additions',
        docNumber: 'CSMS # 60801234',
        agency: 'U.S. Customs and Border Protection',
        publishedAt: '2024-05-23',
        effectiveAt: null,
        contains: ['presumed to be prohibited from entry'],
      },
      expect,
    );
  });

  it('week2: a new exclusions message and a corrected deployment date', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest(`${B}3a0e111`)).text).toContain('June 29, 2024 (corrected date)');
    expect((await h.notice(`${B}3a2b999`)).docNumber).toBe('CSMS # 60912345');
  });
});
