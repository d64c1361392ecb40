import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const P = '/about-us/policy-offices/press-office/press-releases/2024';
const AGENCY = 'Office of the United States Trade Representative';

describe('ustr-press (USTR press releases, Drupal)', () => {
  beforeAll(async () => {
    h = await openHarness('ustr-press');
  });
  afterAll(async () => h?.close());

  it('week1: Drupal ?page=N pager and views rows', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 5, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(h.replicas.requests('ustr-press').map((q) => q.path)).toContain('/about-us/policy-offices/press-office/press-releases?page=1');
    await expectNotice(
      h,
      {
        path: `${P}/may/ustr-announces-four-year-review-results-section-301-tariffs-china`,
        title: 'USTR Announces Results of the Four-Year Review of Section 301 Tariffs on Imports from China',
        docNumber: null,
        agency: AGENCY,
        publishedAt: '2024-05-14',
        effectiveAt: null,
        contains: ['electric vehicles (HTS 8703) will increase from 25 percent to 100 percent', 'lithium-ion electric vehicle batteries (HTS 8507)'],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: `${P}/december/ustr-initiates-section-301-investigation-chinas-acts-policies-and-practices-related-targeting`,
        title: "USTR Initiates Section 301 Investigation of China's Acts, Policies, and Practices Related to Targeting of the Semiconductor Industry",
        docNumber: null,
        agency: AGENCY,
        publishedAt: '2024-12-23',
        effectiveAt: null,
        contains: ['foundational (legacy) chips'],
        notContains: ['600 17th Street'],
      },
      expect,
    );
  });

  it('week2: new release, an extended exclusion date, a release taken down', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest(`${P}/may/ustr-extends-exclusions-china-section-301-tariffs-related-forced-technology-transfer`)).text).toContain(
      'extended until May 31, 2025',
    );
    expect((await h.notice(`${P}/march/joint-statement-united-states-and-japan-critical-minerals-agreement`)).status).toBe('removed');
  });
});
