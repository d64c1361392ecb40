/**
 * Second variants of the foreign sources added in the second round (EU trade
 * defence, UK TRA and DBT, CBP CSMS, WTO ePing). Text written for these
 * fixtures; markup after the sites' other page types and years.
 */
import type { ExtractionVariant } from './kit.ts';

const euTradeDefence: ExtractionVariant = {
  source: 'eu-trade-defence',
  name: 'expiry-review notice: extra ecl-row wrappers, date written "14 October 2026" beside a machine datetime with an offset, case number only in the text, two PDFs named by link text',
  list: {
    path: '/enforcement-and-protection/trade-defence/notices_en',
    body: `<!DOCTYPE html><html lang="en"><body><main><div class="ecl-container"><div class="ecl-row"><div class="ecl-col-l-9">
  <ul class="ecl-content-item-block">
    <li class="ecl-content-item-block__item"><article class="ecl-content-item ecl-content-item--divider">
      <div class="ecl-content-block">
        <ul class="ecl-content-block__primary-meta-container"><li class="ecl-content-block__primary-meta-item">Notice of initiation</li><li class="ecl-content-block__primary-meta-item"><time datetime="2026-10-14T08:00:00+02:00">14 October 2026</time></li></ul>
        <div class="ecl-content-block__title"><a href="/enforcement-and-protection/trade-defence/notices/notice-initiation-expiry-review-anti-dumping-measures-ceramic-tiles-china_en" class="ecl-link ecl-link--standalone">Notice of initiation of an expiry review of the anti-dumping measures applicable to imports of ceramic tiles originating in the People’s Republic of China</a></div>
      </div>
    </article></li>
  </ul>
</div></div></div></main></body></html>`,
  },
  detail: {
    path: '/enforcement-and-protection/trade-defence/notices/notice-initiation-expiry-review-anti-dumping-measures-ceramic-tiles-china_en',
    html: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Notice of initiation of an expiry review - ceramic tiles - European Commission</title></head>
<body><header class="ecl-site-header"><div class="ecl-site-header__header">Trade and Economic Security</div></header>
<div class="ecl-page-header"><div class="ecl-container">
  <h1 class="ecl-page-header__title">Notice of initiation of an expiry review of the anti-dumping measures applicable to imports of ceramic tiles originating in the People’s Republic of China</h1>
  <ul class="ecl-page-header__meta"><li class="ecl-page-header__meta-item">Notice of initiation</li><li class="ecl-page-header__meta-item">Publication date <time datetime="2026-10-14T08:00:00+02:00">14 October 2026</time></li></ul>
</div></div>
<main class="ecl-container"><div class="ecl-row"><div class="ecl-col-l-9"><article><div class="ecl">
  <h2>Case R812</h2>
  <p>Following a request lodged by the European ceramic tile industry, the Commission initiates an expiry review (R812) of the anti-dumping duties on ceramic tiles (CN 6907 21, 6907 22, 6907 23) originating in China.</p>
  <p>Interested parties should make themselves known within 15 days of the publication of this notice in the Official Journal.</p>
  <p><a href="/system/files/2026-10/r812-notice-of-initiation.pdf" class="ecl-link">Notice of initiation (OJ C)</a></p>
  <p><a href="/system/files/2026-10/r812-sampling-form.pdf" class="ecl-link">Sampling form for exporting producers</a></p>
</div></article></div></div>
<div class="ecl-social-media-share">Share this page</div></main></body></html>`,
  },
  expect: {
    title:
      'Notice of initiation of an expiry review of the anti-dumping measures applicable to imports of ceramic tiles originating in the People’s Republic of China',
    docNumber: 'R812',
    agency: 'European Commission',
    agencies: ['European Commission'],
    publishedAt: '2026-10-14',
    effectiveAt: null,
    attachments: ['Notice of initiation (OJ C)|pdf', 'Sampling form for exporting producers|pdf'],
    contains: ['initiates an expiry review (R812)', 'within 15 days'],
    notContains: ['Share this page', 'Trade and Economic Security'],
  },
};

const ukTra: ExtractionVariant = {
  source: 'uk-tra',
  name: 'case page with a "Last updated" line beside "Published", two organisations in From:, a case number in the title, a CSV attachment named by text',
  list: {
    path: '/api/search.json?filter_organisations=trade-remedies-authority&order=-public_timestamp&count=20',
    body: JSON.stringify({
      results: [
        {
          title: 'TS0071: transition review of safeguard measures on steel wire rod',
          link: '/government/publications/ts0071-transition-review-steel-wire-rod',
          description: 'The TRA has started a review of the safeguard on steel wire rod.',
          format: 'notice',
          public_timestamp: '2026-03-09T09:30:00.000+00:00',
          organisations: [
            { title: 'Trade Remedies Authority', slug: 'trade-remedies-authority' },
            { title: 'Department for Business and Trade', slug: 'department-for-business-and-trade' },
          ],
        },
      ],
      total: 1,
      start: 0,
    }),
  },
  detail: {
    path: '/government/publications/ts0071-transition-review-steel-wire-rod',
    html: `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>TS0071: transition review of safeguard measures on steel wire rod - GOV.UK</title>
<meta name="govuk:first-published-at" content="2026-03-09T09:30:00+00:00"><meta name="govuk:updated-at" content="2026-04-02T14:05:11+01:00"></head>
<body class="govuk-template__body"><div class="gem-c-cookie-banner" data-nosnippet><p>Cookies on GOV.UK</p></div>
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="content">
  <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
    <div class="gem-c-title"><span class="govuk-caption-xl gem-c-title__context">Notice</span><h1 class="gem-c-title__text govuk-heading-l">TS0071: transition review of safeguard measures on steel wire rod</h1></div>
  </div></div>
  <div class="gem-c-metadata"><dl>
    <dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/trade-remedies-authority" class="govuk-link">Trade Remedies Authority</a> and <a href="/government/organisations/department-for-business-and-trade" class="govuk-link">Department for Business and Trade</a></dd>
    <dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">9 March 2026</dd>
    <dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">2 April 2026 — <a href="#full-history">See all updates</a></dd>
  </dl></div>
  <section class="gem-c-attachment"><div class="gem-c-attachment__details"><h3 class="gem-c-attachment__title"><a class="govuk-link gem-c-attachment__link" href="https://assets.publishing.service.gov.uk/media/65f0a1/ts0071-import-data.csv">Import volumes, 2021 to 2025</a></h3>
    <p class="gem-c-attachment__metadata"><abbr title="Comma-separated Values">CSV</abbr>, 18.2 KB</p></div></section>
  <div class="govuk-govspeak direction-ltr">
    <h2>Review</h2>
    <p>The Trade Remedies Authority has initiated a transition review of the safeguard measure on steel wire rod (commodity codes 7213 91 10 and 7213 91 20).</p>
    <p>Interested parties may register interest within 15 days.</p>
  </div>
</main></div></body></html>`,
  },
  expect: {
    title: 'TS0071: transition review of safeguard measures on steel wire rod',
    docNumber: 'TS0071',
    agency: 'Trade Remedies Authority',
    agencies: ['Trade Remedies Authority'],
    publishedAt: '2026-03-09',
    effectiveAt: null,
    attachments: ['Import volumes, 2021 to 2025|csv'],
    contains: ['transition review of the safeguard measure on steel wire rod', 'register interest within 15 days'],
    notContains: ['Cookies on GOV.UK', 'See all updates'],
  },
};

const ukDbt: ExtractionVariant = {
  source: 'uk-dbt',
  name: 'Notice to Exporters in a guidance page: summary-only Atom entry with a non-UTC offset, NTE number in the text, "Updated" instead of "Published", an ODT attachment',
  list: {
    path: '/government/organisations/department-for-business-and-trade.atom',
    body: `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>https://www.gov.uk/government/organisations/department-for-business-and-trade</id>
  <title>Department for Business and Trade - Activity on GOV.UK</title>
  <updated>2026-07-21T16:00:03+01:00</updated>
  <author><name>HM Government</name></author>
  <entry>
    <id>https://www.gov.uk/government/publications/notice-to-exporters-2026-14-russia-sanctions-common-high-priority-items#2026-07-21T16:00:03+01:00</id>
    <updated>2026-07-21T16:00:03+01:00</updated>
    <link rel="alternate" type="text/html" href="https://www.gov.uk/government/publications/notice-to-exporters-2026-14-russia-sanctions-common-high-priority-items"/>
    <title>Notice to exporters 2026/14: Russia sanctions and common high priority items</title>
    <summary type="html">&lt;p&gt;Guidance: updated list of common high priority items.&lt;/p&gt;</summary>
  </entry>
</feed>`,
  },
  detail: {
    path: '/government/publications/notice-to-exporters-2026-14-russia-sanctions-common-high-priority-items',
    html: `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>Notice to exporters 2026/14: Russia sanctions and common high priority items - GOV.UK</title>
<meta name="govuk:first-published-at" content="2026-07-21T16:00:03+01:00"></head>
<body class="govuk-template__body"><div class="gem-c-cookie-banner" data-nosnippet><p>Cookies on GOV.UK</p></div>
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="content">
  <div class="gem-c-title"><span class="govuk-caption-xl gem-c-title__context">Guidance</span><h1 class="gem-c-title__text govuk-heading-l">Notice to exporters 2026/14: Russia sanctions and common high priority items</h1></div>
  <div class="gem-c-metadata"><dl>
    <dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/export-control-joint-unit" class="govuk-link">Export Control Joint Unit</a></dd>
    <dt class="gem-c-metadata__term">Updated</dt><dd class="gem-c-metadata__definition">21 July 2026</dd>
  </dl></div>
  <section class="gem-c-attachment"><div class="gem-c-attachment__details"><h3 class="gem-c-attachment__title"><a class="govuk-link gem-c-attachment__link" href="https://assets.publishing.service.gov.uk/media/66a1b2/common-high-priority-items.odt">Common high priority items list</a></h3>
    <p class="gem-c-attachment__metadata">OpenDocument Text, 41 KB</p></div></section>
  <div class="govuk-govspeak direction-ltr">
    <p>This is NTE 2026/14. It replaces NTE 2025/22.</p>
    <p>Exporters must not supply the common high priority items listed to Russia or for use in Russia, including via third countries.</p>
    <div class="call-to-action"><p>Contact the Export Control Joint Unit helpline for advice.</p></div>
  </div>
</main></div></body></html>`,
  },
  expect: {
    title: 'Notice to exporters 2026/14: Russia sanctions and common high priority items',
    docNumber: 'NTE 2026/14',
    agency: 'Export Control Joint Unit',
    agencies: ['Export Control Joint Unit'],
    publishedAt: '2026-07-21',
    effectiveAt: null,
    attachments: ['Common high priority items list|odt'],
    contains: ['common high priority items listed to Russia', 'Export Control Joint Unit helpline'],
    notContains: ['Cookies on GOV.UK'],
  },
};

const cbp: ExtractionVariant = {
  source: 'us-cbp-csms',
  name: 'bulletin whose subject line puts the CSMS number after the title, dateline in long US form, table wrappers around the body, PDF named by link text',
  list: {
    path: '/accounts/USDHSCBP/bulletins.rss',
    body: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>U.S. Customs and Border Protection bulletins</title>
  <link>https://content.govdelivery.com/accounts/USDHSCBP/bulletins</link>
  <item>
    <title>GUIDANCE: Section 232 duties on copper articles – CSMS # 66012345</title>
    <link>https://content.govdelivery.com/accounts/USDHSCBP/bulletins/3f2a9c1</link>
    <guid isPermaLink="true">https://content.govdelivery.com/accounts/USDHSCBP/bulletins/3f2a9c1</guid>
    <pubDate>Tue, 04 Aug 2026 14:12:00 -0500</pubDate>
    <description>Effective August 1, 2026, copper articles are subject to Section 232 duties.</description>
  </item>
</channel></rss>`,
  },
  detail: {
    path: '/accounts/USDHSCBP/bulletins/3f2a9c1',
    html: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>GUIDANCE: Section 232 duties on copper articles – CSMS # 66012345</title></head>
<body><div id="gd_top_banner"><a href="#">Subscribe to updates from U.S. Customs and Border Protection</a></div>
<table class="bulletin_wrapper" width="100%"><tr><td>
  <div class="bulletin_header"><img src="/images/cbp_logo.png" alt="CBP"></div>
  <h1 class="bulletin_subject">GUIDANCE: Section 232 duties on copper articles – CSMS # 66012345</h1>
  <div class="dateline">August 4, 2026 3:12 PM EDT</div>
  <table width="100%"><tr><td><div class="bulletin_body">
    <p><strong>Background:</strong> Effective August 1, 2026, imported copper semi-finished products and derivative articles are subject to an additional 50% ad valorem duty under Section 232.</p>
    <p>Importers should report HTS 9903.78.01 in addition to the Chapter 74 classification.</p>
    <p><a href="https://content.govdelivery.com/attachments/USDHSCBP/2026/08/04/file_attachments/3012345/Copper%20232%20FAQ.pdf">Frequently asked questions</a></p>
  </div></td></tr></table>
</td></tr></table>
<div class="gd_footer">Update your subscriptions, modify your password or email address, or stop subscriptions at any time on your Subscriber Preferences Page.</div>
</body></html>`,
  },
  expect: {
    title: 'GUIDANCE: Section 232 duties on copper articles – CSMS # 66012345',
    docNumber: 'CSMS # 66012345',
    agency: 'U.S. Customs and Border Protection',
    agencies: ['U.S. Customs and Border Protection'],
    publishedAt: '2026-08-04',
    effectiveAt: '2026-08-01',
    attachments: ['Frequently asked questions|pdf'],
    contains: ['additional 50% ad valorem duty under Section 232', 'HTS 9903.78.01'],
    notContains: ['Subscriber Preferences', 'Subscribe to updates'],
  },
};

const eping: ExtractionVariant = {
  source: 'wto-eping',
  name: 'TBT addendum record: symbol with /Add.1, dates with a time and an offset, a multi-line description, no proposed entry-into-force date',
  list: {
    path: '/eping/notifications/search?page=1',
    body: JSON.stringify({
      items: [
        {
          id: 102233,
          documentSymbol: 'G/TBT/N/USA/2101/Add.1',
          notifyingMember: 'United States of America',
          area: 'TBT',
          title: 'Energy conservation program: test procedures for external power supplies — final rule',
          description:
            'The notified final rule amends the test procedure for external power supplies.\nIt adopts the latest IEC 62301 standby power measurement method.',
          distributionDate: '2026-02-17T00:00:00+01:00',
          proposedEntryIntoForceDate: null,
          finalDateForComments: null,
        },
      ],
      totalItems: 1,
      page: 1,
      pageSize: 50,
    }),
  },
  itemPath: 'https://epingalert.org/en/notifications/102233',
  expect: {
    title: 'Energy conservation program: test procedures for external power supplies — final rule',
    docNumber: 'G/TBT/N/USA/2101/Add.1',
    agency: 'United States of America',
    agencies: ['United States of America'],
    publishedAt: '2026-02-17',
    effectiveAt: null,
    attachments: [],
    contains: ['amends the test procedure for external power supplies', 'IEC 62301'],
    notContains: ['finalDateForComments'],
  },
};

export const intlSecondVariants: ExtractionVariant[] = [euTradeDefence, ukTra, ukDbt, cbp, eping];
