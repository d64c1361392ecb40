/**
 * MOF policy releases: www.mof.gov.cn/zhengwuxinxi/zhengcefabu/.
 * Known (SITES.md): pages `index.htm`, `index_1.htm`, `index_2.htm` …;
 * newer list `ul.xwfb_listbox li` (older `table#id_bl td.ZITI`, kept as an
 * alternative item selector); body `.TRS_Editor`; some pages are GB2312
 * (the fetcher detects the charset per page: header, then <meta>, then sniffing).
 * Assumed: title `.title_con`; `meta[name=PubDate]`.
 */
import { defineSource } from '../source.ts';
import { CN_DOC_NUMBER, CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

export default defineSource({
  id: 'mof-zcfb',
  name: '财政部 政策发布',
  nameEn: 'MOF policy releases',
  agency: '财政部',
  agencyEn: 'Ministry of Finance',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://www.mof.gov.cn',
  schedule: { intervalMinutes: 360 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/zhengwuxinxi/zhengcefabu/index.htm',
    pagination: { type: 'numbered', template: '/zhengwuxinxi/zhengcefabu/index_{n}.htm', start: 1 },
    maxPages: 5,
    item: 'ul.xwfb_listbox li, table#id_bl td.ZITI',
    fields: { title: ['a@title', 'a'], link: 'a@href', date: 'span' },
    linkPattern: '/t\\d{8}_\\d+\\.htm$',
  },
  detail: {
    title: ['.title_con', 'h2'],
    body: '.TRS_Editor',
    remove: ['script', 'style'],
    date: { meta: 'PubDate' },
    docNumber: { selector: '.TRS_Editor', pattern: CN_DOC_NUMBER },
    // the signature line(s) at the end of the body name the issuing bodies
    agency: { selector: '.TRS_Editor p[style*="right"]' },
    effectiveDate: { selector: '.TRS_Editor', pattern: CN_EFFECTIVE_DATE },
  },
  noise: { selectors: ['.wzfwcs'], patterns: [CN_VIEW_COUNTER] },
});
