/**
 * MOFCOM policy releases, new site layout (www.mofcom.gov.cn/zcfb/).
 * Known (SITES.md): rows `ul.policy-list.f-mt20 > li` with a `span` date;
 * JavaScript pager with static `index_{n}.html` pages; body
 * `div.art-con.art-con-bottonmLine`; date from `发文日期：YYYY年M月D日`.
 * Assumed: title in `.art-title h1`; page 2 is `index_2.html`.
 */
import { defineSource } from '../source.ts';
import { CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

const BODY = 'div.art-con.art-con-bottonmLine';

export default defineSource({
  id: 'mofcom-zcfb',
  name: '商务部 政策发布',
  nameEn: 'MOFCOM policy releases',
  agency: '商务部',
  agencyEn: 'Ministry of Commerce',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://www.mofcom.gov.cn',
  schedule: { intervalMinutes: 360 },
  politeness: { delayMs: 3000, concurrency: 1 },
  browser: false,
  list: {
    kind: 'html',
    url: '/zcfb/index.html',
    pagination: { type: 'numbered', template: '/zcfb/index_{n}.html', start: 2 },
    maxPages: 5,
    item: 'ul.policy-list.f-mt20 > li',
    fields: { title: ['a@title', 'a'], link: 'a@href', date: 'span' },
  },
  detail: {
    title: ['.art-title h1', 'h1'],
    body: BODY,
    remove: ['.share', 'script', 'style'],
    date: { selector: BODY, pattern: '发文日期[:：]\\s*(\\d{4}年\\d{1,2}月\\d{1,2}日)' },
    // the attribute block reads 发文机关：… 发文字号：… 发文日期：…
    docNumber: { selector: BODY, pattern: '发文字号[:：]\\s*(.+?)\\s*发文日期' },
    agency: { selector: BODY, pattern: '发文机关[:：]\\s*(.+?)\\s*发文字号' },
    effectiveDate: { selector: BODY, pattern: CN_EFFECTIVE_DATE },
  },
  noise: { selectors: ['.view-count', '.art-info'], patterns: [CN_VIEW_COUNTER] },
});
