/**
 * Second variants of the US and EU sources. Text written for these fixtures;
 * markup and API shapes after the real sites (SITES.md).
 */
import type { ExtractionVariant } from './kit.ts';

const ustr: ExtractionVariant = {
  source: 'ustr-press',
  name: 'release with a dateline paragraph, an annex linked by text only, the title inside a span, effective date in prose',
  list: {
    path: '/about-us/policy-offices/press-office/press-releases',
    body: `<html><body><main><div class="view view-press-releases"><div class="view-content">
      <div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/about-us/policy-offices/press-office/press-releases/2026/may/ustr-extends-exclusions-solar-manufacturing-equipment" hreflang="en">USTR Extends Exclusions for Solar Manufacturing Equipment</a></span></div>
        <div class="views-field views-field-field-date"><div class="field-content"><time datetime="2026-05-21T12:00:00Z">May 21, 2026</time></div></div></div>
    </div></div></main></body></html>`,
  },
  detail: {
    path: '/about-us/policy-offices/press-office/press-releases/2026/may/ustr-extends-exclusions-solar-manufacturing-equipment',
    html: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>USTR Extends Exclusions for Solar Manufacturing Equipment | United States Trade Representative</title></head>
<body><header role="banner"><a href="/" class="site-logo">Office of the United States Trade Representative</a></header>
<main role="main"><article class="node node--type-press-release">
  <h1 class="page-title"><span class="field field--name-title">USTR Extends Exclusions for Solar Manufacturing Equipment</span></h1>
  <div class="field field--name-field-date"><time datetime="2026-05-21T12:00:00Z">May 21, 2026</time></div>
  <div class="clearfix text-formatted field field--name-body">
    <p>WASHINGTON – The Office of the United States Trade Representative today announced that 14 exclusions from the Section 301 tariffs on solar wafer and cell manufacturing equipment will be extended.</p>
    <p>The extended exclusions are effective June 1, 2026 and will expire on May 31, 2027.</p>
    <p>The list of extended exclusions is in <a href="/sites/default/files/2026-05/Annex%20I.pdf">Annex I</a>.</p>
    <p>###</p>
  </div>
</article></main><footer role="contentinfo">600 17th Street NW, Washington, DC 20508</footer></body></html>`,
  },
  expect: {
    title: 'USTR Extends Exclusions for Solar Manufacturing Equipment',
    docNumber: null,
    agency: 'Office of the United States Trade Representative',
    agencies: ['Office of the United States Trade Representative'],
    publishedAt: '2026-05-21',
    effectiveAt: '2026-06-01',
    attachments: ['Annex I|pdf'],
    contains: ['14 exclusions from the Section 301 tariffs', 'expire on May 31, 2027'],
    notContains: ['600 17th Street'],
  },
};

const eu: ExtractionVariant = {
  source: 'eu-trade-news',
  name: 'page under main .ecl (no article), no <time> in the header (date from the feed), a regulation number in the text',
  list: {
    path: '/node/2/rss_en',
    body: `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Trade - News</title><link>https://policy.trade.ec.europa.eu/news_en</link>
  <item><title>EU imposes definitive anti-dumping duties on hardwood plywood from China</title>
    <link>https://policy.trade.ec.europa.eu/news/eu-imposes-definitive-anti-dumping-duties-hardwood-plywood-china-2026-05-14_en</link>
    <description>The Commission has imposed definitive duties.</description><pubDate>Thu, 14 May 2026 09:00:00 +0200</pubDate><dc:creator>DG TRADE</dc:creator></item>
</channel></rss>`,
  },
  detail: {
    path: '/news/eu-imposes-definitive-anti-dumping-duties-hardwood-plywood-china-2026-05-14_en',
    html: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EU imposes definitive anti-dumping duties on hardwood plywood from China - European Commission</title></head>
<body><header class="ecl-site-header"><a class="ecl-link" href="/">Trade</a></header>
<main id="main-content">
  <div class="ecl-page-header"><div class="ecl-page-header__meta">News article | Directorate-General for Trade</div>
    <h1 class="ecl-page-header__title">EU imposes definitive anti-dumping duties on hardwood plywood from China</h1></div>
  <div class="ecl">
    <p>Commission Implementing Regulation (EU) 2026/1187 imposes definitive anti-dumping duties of between 15.4% and 62.5% on imports of hardwood plywood originating in China.</p>
    <p>The duties will apply for five years.</p>
  </div>
  <div class="ecl-social-media-share">Share this page</div>
</main><footer class="ecl-site-footer">European Commission</footer></body></html>`,
  },
  expect: {
    title: 'EU imposes definitive anti-dumping duties on hardwood plywood from China',
    docNumber: 'Commission Implementing Regulation (EU) 2026/1187',
    agency: 'European Commission, DG Trade',
    agencies: ['European Commission, DG Trade'],
    publishedAt: '2026-05-14',
    effectiveAt: null,
    attachments: [],
    contains: ['between 15.4% and 62.5%'],
    notContains: ['Share this page', 'European Commission\nEuropean Commission'],
  },
};

const frDoc = {
  document_number: '2026-09871',
  title: 'Certain Aluminum Extrusions From the People\u2019s Republic of China: Final Results of Antidumping Duty Administrative Review; 2024-2025',
  type: 'Notice',
  abstract:
    'Commerce determines that producers and exporters of aluminum extrusions from China sold subject merchandise at less than normal value during the period of review.',
  publication_date: '2026-05-19',
  effective_on: '2026-05-19',
  agencies: [
    { raw_name: 'DEPARTMENT OF COMMERCE', name: 'Commerce Department', slug: 'commerce-department' },
    { raw_name: 'International Trade Administration', name: 'International Trade Administration', slug: 'international-trade-administration' },
  ],
  html_url: 'https://www.federalregister.gov/documents/2026/05/19/2026-09871/certain-aluminum-extrusions-from-the-peoples-republic-of-china',
  body_html_url: 'https://www.federalregister.gov/documents/full_text/html/2026/05/19/2026-09871.html',
  raw_text_url: 'https://www.federalregister.gov/documents/full_text/text/2026/05/19/2026-09871.txt',
  pdf_url: 'https://www.govinfo.gov/content/pkg/FR-2026-05-19/pdf/2026-09871.pdf',
};

const fr: ExtractionVariant = {
  source: 'us-federal-register',
  name: 'a notice of two agencies (agencies[] of objects), effective on publication, full text from body_html_url',
  list: { path: '/api/v1/documents.json', body: JSON.stringify({ count: 1, total_pages: 1, results: [frDoc] }) },
  itemPath: '/documents/2026/05/19/2026-09871/certain-aluminum-extrusions-from-the-peoples-republic-of-china',
  fullText: `<html><head><title>Certain Aluminum Extrusions From the People’s Republic of China</title></head><body>
<div id="fulltext_content_area"><h2>AGENCY:</h2><p>Enforcement and Compliance, International Trade Administration, Department of Commerce.</p>
<h2>SUMMARY:</h2><p>${frDoc.abstract}</p>
<h2>SUPPLEMENTARY INFORMATION:</h2><p>The weighted-average dumping margin for the mandatory respondent is 27.40 percent for the period May 1, 2024, through April 30, 2025.</p>
<p>[FR Doc. 2026-09871 Filed 5-18-26; 8:45 am]</p></div></body></html>`,
  expect: {
    title: frDoc.title,
    docNumber: '2026-09871',
    agency: 'Commerce Department, International Trade Administration',
    agencies: ['Commerce Department', 'International Trade Administration'],
    publishedAt: '2026-05-19',
    effectiveAt: '2026-05-19',
    attachments: ['2026-09871.pdf|pdf'],
    summary: frDoc.abstract,
    contains: ['sold subject merchandise at less than normal value', 'dumping margin for the mandatory respondent is 27.40 percent'],
    notContains: ['Certain Aluminum Extrusions From the People’s Republic of China\nAGENCY'],
  },
};

export const intlVariants: ExtractionVariant[] = [ustr, eu, fr];
