/**
 * MOFCOM announcements (公告), old site layout: www.mofcom.gov.cn/article/b/c/.
 * Known (SITES.md): items `.txtList_01 li` minus `.listline`, title
 * `a[title]`, date `span` (`YYYY-MM-DD[ HH:mm:ss]`); detail body `.art-con`,
 * `meta[name=PubDate]` (`YYYY-MM-DD HH:mm`, UTC+8); URLs
 * `/article/<col>/YYYYMM/YYYYMMDDnnnnnn.shtml`; some detail pages only
 * redirect by script (`window.location.href='…'`). Same layout on
 * sub-sites such as exportcontrol.mofcom.gov.cn (copy this file, change
 * baseUrl/url). Assumed: later list pages are `?2`, `?3` …; title `h1`.
 */
import { defineSource } from '../source.ts';
import { CN_DOC_NUMBER, CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

export default defineSource({
  id: 'mofcom-article',
  name: '商务部 公告',
  nameEn: 'MOFCOM announcements',
  agency: '商务部',
  agencyEn: 'Ministry of Commerce',
  country: 'CN',
  language: 'zh',
  baseUrl: 'http://www.mofcom.gov.cn',
  schedule: { intervalMinutes: 360 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/article/b/c/',
    pagination: { type: 'numbered', template: '/article/b/c/?{n}', start: 2 },
    maxPages: 5,
    item: '.txtList_01 li',
    exclude: '.listline',
    fields: { title: 'a@title', link: 'a@href', date: 'span' },
    linkPattern: '\\.s?html?$',
  },
  detail: {
    title: ['h1#artitle', 'h1'],
    body: '.art-con',
    remove: ['script', 'style'],
    date: { meta: 'PubDate' },
    docNumber: { selector: '.art-con', pattern: CN_DOC_NUMBER },
    agency: { meta: 'ContentSource' },
    effectiveDate: { selector: '.art-con', pattern: CN_EFFECTIVE_DATE },
  },
  noise: { selectors: ['.hits'], patterns: [CN_VIEW_COUNTER] },
});
