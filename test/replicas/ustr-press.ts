/**
 * Replica of USTR press releases (ustr.gov/about-us/policy-offices/press-office/press-releases).
 * Drupal markup per SITES.md: `.view-content .views-row`, title
 * `.views-field-title a`, date `time[datetime]`, body `.field--name-body`;
 * Drupal pager `?page=N` (0-based: `?page=1` is the second page).
 * week2: one new release, one edited (an exclusion date extended), one
 * release taken down (404).
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { esc, type FixtureNotice, paras, type WeekChanges, type WeekState, weeklyStates, pagedFiles } from './kit.ts';

const LIST = '/about-us/policy-offices/press-office/press-releases';
const PAGE_SIZE = 3;
const P = `${LIST}/2024`;

export const week1: FixtureNotice[] = [
  {
    key: 'legacy-chips',
    path: `${P}/december/ustr-initiates-section-301-investigation-chinas-acts-policies-and-practices-related-targeting`,
    title: "USTR Initiates Section 301 Investigation of China's Acts, Policies, and Practices Related to Targeting of the Semiconductor Industry",
    date: '2024-12-23',
    paras: [
      'The Office of the United States Trade Representative today initiated an investigation into China’s targeting of the semiconductor industry for dominance, with a focus on foundational (legacy) chips.',
      'USTR will accept written comments and requests to appear at a public hearing, to be held on March 11-12, 2025.',
    ],
  },
  {
    key: 'exclusions-extended',
    path: `${P}/may/ustr-extends-exclusions-china-section-301-tariffs-related-forced-technology-transfer`,
    title: 'USTR Extends Exclusions of Certain Products from Section 301 Tariffs',
    date: '2024-05-28',
    paras: [
      'The Office of the United States Trade Representative announced today that it will extend 164 exclusions from the Section 301 tariffs on products of China, including 77 exclusions for COVID-related medical products.',
      'The exclusions, which were scheduled to expire on May 31, 2024, are extended until June 14, 2024, to facilitate an orderly transition.',
    ],
  },
  {
    key: 'four-year-review',
    path: `${P}/may/ustr-announces-four-year-review-results-section-301-tariffs-china`,
    title: 'USTR Announces Results of the Four-Year Review of Section 301 Tariffs on Imports from China',
    date: '2024-05-14',
    paras: [
      'WASHINGTON – United States Trade Representative today released the findings of the statutory four-year review of the tariff actions taken under Section 301 of the Trade Act of 1974.',
      'Tariff rates on electric vehicles (HTS 8703) will increase from 25 percent to 100 percent in 2024. Tariffs on solar cells (HTS 8541) will rise to 50 percent, and tariffs on lithium-ion electric vehicle batteries (HTS 8507) will rise from 7.5 percent to 25 percent.',
      'Tariffs on certain steel and aluminum products will increase to 25 percent. The modifications take effect on August 1, 2024.',
    ],
  },
  {
    key: 'japan-minerals',
    path: `${P}/march/joint-statement-united-states-and-japan-critical-minerals-agreement`,
    title: 'Joint Statement on the United States–Japan Critical Minerals Agreement Implementation',
    date: '2024-03-08',
    paras: [
      'The United States and Japan reaffirmed their commitment to strengthening critical minerals supply chains for electric vehicle batteries, including lithium, nickel, cobalt, graphite and manganese.',
      'Both sides will cooperate on labor standards, investment screening and responses to non-market policies and practices in the critical minerals sector.',
    ],
  },
  {
    key: 'agoa-comments',
    path: `${P}/february/ustr-requests-comments-african-growth-and-opportunity-act-eligibility`,
    title: 'USTR Requests Comments on Eligibility of Sub-Saharan African Countries for AGOA Trade Preferences',
    date: '2024-02-20',
    paras: [
      'USTR requests public comments on the eligibility of sub-Saharan African countries for trade benefits under the African Growth and Opportunity Act (AGOA) for calendar year 2025.',
      'Written comments are due by July 1, 2024. The AGOA Implementation Subcommittee will hold a public hearing.',
    ],
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: 'ship-fees',
      path: `${P}/december/ustr-proposes-action-chinas-targeting-maritime-logistics-and-shipbuilding-sectors`,
      title: "USTR Proposes Action in Section 301 Investigation of China's Targeting of the Maritime, Logistics, and Shipbuilding Sectors",
      date: '2024-12-30',
      paras: [
        'USTR is proposing service fees on Chinese-built vessels entering U.S. ports and requests comments on the proposed action to support U.S. shipbuilding and maritime logistics.',
        'Comments may be submitted until February 28, 2025.',
      ],
    },
  ],
  edit: {
    'exclusions-extended': [
      'The Office of the United States Trade Representative announced today that it will extend 164 exclusions from the Section 301 tariffs on products of China, including 77 exclusions for COVID-related medical products.',
      'The exclusions, which were scheduled to expire on May 31, 2024, are extended until May 31, 2025, to facilitate an orderly transition.',
    ],
  },
  remove: ['japan-minerals'],
};

function listPage(rows: FixtureNotice[], page: number, pages: number): string {
  const items = rows
    .map(
      (n) => `      <div class="views-row">
        <div class="views-field views-field-title"><span class="field-content"><a href="${n.path}" hreflang="en">${esc(n.title)}</a></span></div>
        <div class="views-field views-field-field-date"><div class="field-content"><time datetime="${n.date}T12:00:00Z">${longDate(n.date)}</time></div></div>
      </div>`,
    )
    .join('\n');
  const next = page < pages ? `<li class="pager__item pager__item--next"><a href="?page=${page}" title="Go to next page" rel="next">Next ›</a></li>` : '';
  return `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Press Releases | United States Trade Representative</title></head>
<body class="path-node page-node-type-page">
<header role="banner"><a href="/" class="site-logo">Office of the United States Trade Representative</a></header>
<main role="main">
  <h1 class="page-title">Press Releases</h1>
  <div class="view view-press-releases view-id-press_releases">
    <div class="view-content">
${items}
    </div>
    <nav class="pager" role="navigation"><ul class="pager__items js-pager__items">${next}</ul></nav>
  </div>
</main>
<footer role="contentinfo">600 17th Street NW, Washington, DC 20508</footer>
</body></html>`;
}

function longDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

function detailPage(n: FixtureNotice, _state: WeekState): string {
  return `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${esc(n.title)} | United States Trade Representative</title>
<meta property="og:title" content="${esc(n.title)}"></head>
<body class="path-node page-node-type-press-release">
<header role="banner"><a href="/" class="site-logo">Office of the United States Trade Representative</a></header>
<main role="main">
  <article class="node node--type-press-release">
    <h1 class="page-title"><span class="field field--name-title">${esc(n.title)}</span></h1>
    <div class="field field--name-field-date"><time datetime="${n.date}T12:00:00Z">${longDate(n.date)}</time></div>
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${paras(n.paras)}
      <p>###</p>
    </div>
  </article>
</main>
<footer role="contentinfo">600 17th Street NW, Washington, DC 20508</footer>
</body></html>`;
}

function render(notices: FixtureNotice[], state: WeekState): Record<string, ReplicaFile> {
  return pagedFiles(
    notices,
    PAGE_SIZE,
    (i) => (i === 0 ? LIST : `${LIST}?page=${i}`),
    listPage,
    (n) => detailPage(n, state),
  );
}

export const site: ReplicaSite = {
  id: 'ustr-press',
  states: weeklyStates(week1, changes, render),
  robotsTxt: 'User-agent: *\nDisallow: /search/\n',
};
