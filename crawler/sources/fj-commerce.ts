/**
 * Department of Commerce of Fujian Province (福建省商务厅), 政策法规
 * (swt.fujian.gov.cn/xxgk/zcfg/).
 * Known: only the domain (SITES.md).
 * Assumed (TRS WCM conventions with `.htm` pages, as Fujian's government
 * sites use): `index.htm`, `index_1.htm` …; rows `.gl_list li` (`a[title]`
 * + `span.time`); `./YYYYMM/tYYYYMMDD_<id>.htm` links; body `.TRS_Editor`;
 * `meta[name=PubDate]`.
 */
import { defineSource } from '../source.ts';
import { CN_VIEW_COUNTER, trsDetail } from './patterns.ts';

export default defineSource({
  id: 'fj-commerce',
  name: '福建省商务厅 政策法规',
  nameEn: 'Fujian Department of Commerce — policies',
  agency: '福建省商务厅',
  agencyEn: 'Department of Commerce of Fujian Province',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://swt.fujian.gov.cn',
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/xxgk/zcfg/index.htm',
    pagination: { type: 'numbered', template: '/xxgk/zcfg/index_{n}.htm', start: 1 },
    maxPages: 5,
    item: '.gl_list li',
    fields: { title: ['a@title', 'a'], link: 'a@href', date: 'span.time' },
    linkPattern: '/t\\d{8}_\\d+\\.htm$',
  },
  detail: trsDetail(['.xl_tit', 'h1']),
  noise: { selectors: ['.view'], patterns: [CN_VIEW_COUNTER] },
});
