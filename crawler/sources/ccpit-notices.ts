/**
 * China Council for the Promotion of International Trade (中国国际贸易促进委员会,
 * CCPIT), 通知公告 (www.ccpit.org/tzgg/).
 * Known: only the domain (SITES.md).
 * Assumed (TRS WCM conventions): `index.html`, `index_1.html` …; rows
 * `.list_box ul li` (`a[title]` + `span.date`); detail URLs
 * `./YYYYMM/tYYYYMMDD_<id>.html`; body `.TRS_Editor`; `meta[name=PubDate]`.
 * CCPIT notices are about trade fairs, certificates of origin, ATA carnets
 * and trade-remedy help desks; numbers like `贸促办发〔2024〕28号` when present.
 */
import { defineSource } from '../source.ts';
import { CN_VIEW_COUNTER, trsDetail } from './patterns.ts';

export default defineSource({
  id: 'ccpit-notices',
  name: '中国贸促会 通知公告',
  nameEn: 'CCPIT notices',
  agency: '中国国际贸易促进委员会',
  agencyEn: 'China Council for the Promotion of International Trade',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://www.ccpit.org',
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/tzgg/index.html',
    pagination: { type: 'numbered', template: '/tzgg/index_{n}.html', start: 1 },
    maxPages: 3,
    item: '.list_box ul li',
    fields: { title: ['a@title', 'a'], link: 'a@href', date: 'span.date' },
    linkPattern: '/t\\d{8}_\\d+\\.html$',
  },
  detail: trsDetail(['h1.article-title', 'h1']),
  noise: { selectors: ['.view'], patterns: [CN_VIEW_COUNTER] },
});
