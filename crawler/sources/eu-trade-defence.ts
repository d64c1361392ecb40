/**
 * European Commission, DG Trade: trade-defence notices (initiations,
 * provisional and definitive anti-dumping / anti-subsidy / safeguard
 * measures, expiry reviews), each pointing to its Official Journal notice.
 * Known (SITES.md): DG Trade's site is policy.trade.ec.europa.eu (news,
 * RSS, slugs ending `-YYYY-MM-DD_en`).
 * Assumed: a trade-defence notices listing at
 * `/enforcement-and-protection/trade-defence/notices_en` in Europa Component
 * Library markup (`article.ecl-content-item`, title
 * `.ecl-content-block__title a`, `time[datetime]`), Drupal `?page=N` paging
 * (0-based); notice pages with `.ecl-page-header__title` and the text in
 * `article .ecl`; case numbers (AD712, AS713, R798) as document numbers, the
 * OJ reference (C/2024/3712) kept in the text.
 */
import { defineSource } from '../source.ts';

export default defineSource({
  id: 'eu-trade-defence',
  name: 'EU trade defence notices (DG Trade / Official Journal)',
  nameEn: 'EU trade defence notices (DG Trade / Official Journal)',
  agency: 'European Commission',
  agencyEn: 'European Commission (DG Trade)',
  country: 'EU',
  language: 'en',
  baseUrl: 'https://policy.trade.ec.europa.eu',
  schedule: { intervalMinutes: 360 },
  politeness: { delayMs: 2000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/enforcement-and-protection/trade-defence/notices_en',
    pagination: { type: 'param', param: 'page', start: 0 },
    maxPages: 3,
    item: 'article.ecl-content-item',
    fields: { title: '.ecl-content-block__title a', link: '.ecl-content-block__title a@href', date: 'time@datetime' },
  },
  detail: {
    title: ['h1.ecl-page-header__title', 'h1'],
    body: 'article .ecl',
    date: 'time@datetime',
    docNumber: { selector: 'article .ecl', pattern: '\\b((?:AD|AS|AC|R|SG)\\d{3,4})\\b' },
    attachments: 'article .ecl a[href$=".pdf"]',
  },
  noise: { selectors: ['.ecl-site-header', '.ecl-social-media-share'] },
});
