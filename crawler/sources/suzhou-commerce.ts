/**
 * Suzhou Municipal Bureau of Commerce (苏州市商务局), 通知公告
 * (sww.suzhou.gov.cn/szsww/tzgg/nav_list.shtml).
 * Known: only the domain (SITES.md).
 * Assumed (the `.shtml` layout of Suzhou's municipal sites): list page
 * `nav_list.shtml`, pages 2+ `nav_list_{n}.shtml`; rows `ul.infoList li`
 * (`a[title]` + `span.date`); detail URLs
 * `/szsww/tzgg/YYYYMM/<32 hex>.shtml`; body `.article-content`;
 * `meta[name=PubDate]`; numbers like `苏商贸〔2024〕45号` (Suzhou's bureau
 * shares the 苏商 prefix with the province: the issuer comes from the page).
 */
import { defineSource } from '../source.ts';
import { CN_DOC_NUMBER, CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

export default defineSource({
  id: 'suzhou-commerce',
  name: '苏州市商务局 通知公告',
  nameEn: 'Suzhou Municipal Bureau of Commerce — notices',
  agency: '苏州市商务局',
  agencyEn: 'Suzhou Municipal Bureau of Commerce',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://sww.suzhou.gov.cn',
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/szsww/tzgg/nav_list.shtml',
    pagination: { type: 'numbered', template: '/szsww/tzgg/nav_list_{n}.shtml', start: 2 },
    maxPages: 5,
    item: 'ul.infoList li',
    fields: { title: ['a@title', 'a'], link: 'a@href', date: 'span.date' },
    linkPattern: '/szsww/tzgg/\\d{6}/[0-9a-f]{32}\\.shtml$',
  },
  detail: {
    title: ['.article-title', 'h1'],
    body: '.article-content',
    remove: ['script', 'style'],
    date: { meta: 'PubDate' },
    docNumber: { selector: '.article-content', pattern: CN_DOC_NUMBER },
    agency: '.article-content p[style*="right"]',
    effectiveDate: { selector: '.article-content', pattern: CN_EFFECTIVE_DATE },
    attachments: '.fujian a',
  },
  noise: { selectors: ['.view'], patterns: [CN_VIEW_COUNTER] },
});
