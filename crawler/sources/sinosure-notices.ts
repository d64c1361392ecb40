/**
 * China Export & Credit Insurance Corporation (中国出口信用保险公司, 中国信保),
 * 通知公告 (www.sinosure.com.cn/xwzx/tzgg/index.shtml).
 * Known: only the domain (SITES.md).
 * Assumed (a TRS-style CMS with `.shtml` pages): rows `ul.newsList li`
 * (`a[title]` + `span.time`); pages 2+ `index_{n}.shtml`; detail URLs
 * `/xwzx/tzgg/YYYYMM/t<YYYYMMDD>_<id>.shtml`; body `.TRS_Editor`;
 * `meta[name=PubDate]`. A state-owned insurer, not a ministry: notices seldom
 * carry document numbers (none is invented).
 */
import { defineSource } from '../source.ts';
import { CN_VIEW_COUNTER, trsDetail } from './patterns.ts';

export default defineSource({
  id: 'sinosure-notices',
  name: '中国信保 通知公告',
  nameEn: 'Sinosure notices',
  agency: '中国出口信用保险公司',
  agencyEn: 'China Export & Credit Insurance Corporation (Sinosure)',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://www.sinosure.com.cn',
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/xwzx/tzgg/index.shtml',
    pagination: { type: 'numbered', template: '/xwzx/tzgg/index_{n}.shtml', start: 1 },
    maxPages: 3,
    item: 'ul.newsList li',
    fields: { title: ['a@title', 'a'], link: 'a@href', date: 'span.time' },
    linkPattern: '/t\\d{8}_\\d+\\.shtml$',
  },
  detail: trsDetail(['.article h1', 'h1']),
  noise: { selectors: ['.view'], patterns: [CN_VIEW_COUNTER] },
});
