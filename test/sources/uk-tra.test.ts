import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const UP = '/government/uploads/system/uploads/attachment_data/file/';

describe('uk-tra (Trade Remedies Authority via the GOV.UK search API)', () => {
  beforeAll(async () => {
    h = await openHarness('uk-tra');
  });
  afterAll(async () => h?.close());

  it('week1: search results (only known parameters), GOV.UK pages, case numbers, attachments', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    await expectNotice(
      h,
      {
        path: '/government/publications/notice-of-initiation-anti-dumping-investigation-into-aluminium-extrusions-from-china',
        title: 'Notice of initiation: anti-dumping investigation into aluminium extrusions from China',
        docNumber: 'AD0034',
        agency: 'Trade Remedies Authority',
        publishedAt: '2024-06-11',
        effectiveAt: null,
        contains: ['commodity codes 7604 10 and 7604 29', 'register interest within 15 days'],
        notContains: ['Cookies on GOV.UK', 'Print this page', 'Open Government Licence'],
        attachments: [{ name: 'Notice of initiation AD0034', type: 'pdf', path: `${UP}1234567/AD0034_notice_of_initiation.pdf` }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/guidance/trade-remedies-investigations-a-guide-for-smaller-businesses',
        title: 'Trade remedies investigations: a guide for smaller businesses',
        docNumber: null,
        agency: 'Trade Remedies Authority',
        publishedAt: '2024-04-25',
        effectiveAt: null,
        contains: ['SME helpdesk'],
      },
      expect,
    );
  });

  it('the replica answers 422 to parameters the real API does not know (the source sends none)', async () => {
    const res = await fetch(h.url('/api/search.json?filter_organisations=trade-remedies-authority&page=2'));
    expect(res.status).toBe(422);
  });

  it('week2: e-bike initiation added, safeguard notice edited, a transition review withdrawn', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest('/government/publications/steel-safeguard-measure-extension-review-final-determination')).text).toContain(
      'quota volumes rise by 2% a year',
    );
    expect((await h.notice('/government/publications/transition-review-of-countervailing-duties-on-biodiesel-from-the-usa')).status).toBe('removed');
    expect((await h.notice('/government/publications/notice-of-initiation-anti-dumping-investigation-into-electric-bicycles-from-china')).docNumber).toBe(
      'AD0036',
    );
  });
});
