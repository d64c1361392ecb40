/**
 * Department of Commerce of Sichuan Province (四川省商务厅), 通知公告
 * (swt.sc.gov.cn/sccom/tzgg/).
 * Known (SITES.md): only that Sichuan, like the other provinces in the
 * seeds, runs a TRS/NFCMS-style CMS: `index_{n}.html` paging and
 * `.TRS_Editor`-style bodies.
 * Assumed (TRS WCM conventions): the column path; rows `div.listBox ul li`
 * (`a[title]` + `span` date); `./YYYYMM/tYYYYMMDD_<id>.html` links;
 * `meta[name=PubDate]`; issuer = right-aligned signature.
 */
import { defineSource } from '../source.ts';
import { CN_VIEW_COUNTER, trsDetail } from './patterns.ts';

export default defineSource({
  id: 'sc-commerce',
  name: '四川省商务厅 通知公告',
  nameEn: 'Sichuan Department of Commerce — notices',
  agency: '四川省商务厅',
  agencyEn: 'Department of Commerce of Sichuan Province',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://swt.sc.gov.cn',
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/sccom/tzgg/index.html',
    pagination: { type: 'numbered', template: '/sccom/tzgg/index_{n}.html', start: 1 },
    maxPages: 5,
    item: 'div.listBox ul li',
    fields: { title: ['a@title', 'a'], link: 'a@href', date: 'span' },
    linkPattern: '/t\\d{8}_\\d+\\.html$',
  },
  detail: trsDetail(['h2.article-title', 'h1']),
  noise: { selectors: ['.view'], patterns: [CN_VIEW_COUNTER] },
});
