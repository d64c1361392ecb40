import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;

describe('uk-dbt (Department for Business and Trade, GOV.UK Atom feed)', () => {
  beforeAll(async () => {
    h = await openHarness('uk-dbt');
  });
  afterAll(async () => h?.close());

  it('week1: Atom entries on www.gov.uk rewritten to the replica, NTE numbers, effective dates', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 3, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    await expectNotice(
      h,
      {
        path: '/government/publications/notice-to-exporters-202415-russia-sanctions-new-export-prohibitions',
        title: 'Notice to exporters 2024/15: Russia sanctions – new export prohibitions',
        docNumber: 'NTE 2024/15',
        agency: 'Department for Business and Trade',
        publishedAt: '2024-06-13',
        effectiveAt: '2024-06-20',
        contains: ['CNC machine tools (commodity code 8457)'],
        notContains: ['Cookies on GOV.UK', 'Skip to main content'],
        attachments: [
          {
            name: 'List of newly controlled goods',
            type: 'pdf',
            path: '/government/uploads/system/uploads/attachment_data/file/1240001/nte-2024-15-goods.pdf',
          },
        ],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/government/news/uk-suspends-tariffs-on-over-100-products',
        title: 'UK suspends tariffs on over 100 products',
        docNumber: null,
        agency: 'Department for Business and Trade',
        publishedAt: '2024-05-15',
        effectiveAt: null,
        contains: ['more than 100 products'],
      },
      expect,
    );
  });

  it('week2: a new notice to exporters and an edited DCTS guide', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest('/guidance/trading-with-developing-nations')).text).toContain('simplified rules apply to garments');
    expect((await h.notice('/government/publications/notice-to-exporters-202416-changes-to-open-general-export-licences')).docNumber).toBe('NTE 2024/16');
  });
});
