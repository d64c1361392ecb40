/**
 * GACC (海关总署) announcements: www.customs.gov.cn/customs/302249/302266/302267/.
 * Known (SITES.md): items `[class^="conList_ul"] li`, title `a[title]`, date
 * `span`; detail date `.easysite-news-describe` (`YYYY-MM-DD HH:mm`), body
 * `.easysite-news-peruse` minus `.easysite-news-operation`; some list links
 * go straight to `.pdf`/`.doc`; plain HTTP gets 412 (cookie set by
 * JavaScript), foreign IPs may get 405, challenge pages 521 → needs a real
 * browser waiting for `.pubCon`, with a Referer.
 * Assumed: page 2 is `index_2.html`; title `.easysite-news-title`.
 * Sister lists (海关法规 …/302266/index.html, 最新文件 …/2480148/index.html)
 * can be added as list.extraUrls.
 */
import { defineSource } from '../source.ts';
import { CN_DOC_NUMBER, CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

const BODY = '.easysite-news-peruse';

export default defineSource({
  id: 'gacc-announcements',
  name: '海关总署 公告',
  nameEn: 'GACC customs announcements',
  agency: '海关总署',
  agencyEn: 'General Administration of Customs',
  country: 'CN',
  language: 'zh',
  baseUrl: 'http://www.customs.gov.cn',
  schedule: { intervalMinutes: 720 },
  // a browser page per request is heavy and the WAF is touchy: go slowly
  politeness: { delayMs: 5000, concurrency: 1 },
  browser: { waitFor: '.pubCon', referer: 'http://www.customs.gov.cn/', timeoutMs: 30000 },
  list: {
    kind: 'html',
    url: '/customs/302249/302266/302267/index.html',
    pagination: { type: 'numbered', template: '/customs/302249/302266/302267/index_{n}.html', start: 2 },
    maxPages: 3,
    item: '[class^="conList_ul"] li',
    fields: { title: 'a@title', link: 'a@href', date: 'span', docNumber: { selector: 'a@title', pattern: CN_DOC_NUMBER } },
  },
  detail: {
    title: ['.easysite-news-title', 'h2'],
    body: BODY,
    remove: ['.easysite-news-operation'],
    date: { selector: '.easysite-news-describe', pattern: '(\\d{4}-\\d{2}-\\d{2})' },
    docNumber: { selector: BODY, pattern: CN_DOC_NUMBER },
    effectiveDate: { selector: BODY, pattern: CN_EFFECTIVE_DATE },
  },
  noise: { selectors: ['.easysite-news-operation'], patterns: [CN_VIEW_COUNTER] },
});
