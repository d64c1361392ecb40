/**
 * Shenzhen Municipal Bureau of Commerce, policy documents
 * (commerce.sz.gov.cn/xxgk/zcfgjzcjd/zcfg/).
 * Known (SITES.md): items `span.lb_title a` + `span.lb_date`; article links
 * contain `post_`; body `.acontent`, `.pagecontent` or `.articbox`;
 * attachments in `div.fjdown`; dates prefixed `信息提供日期：`. Foreign
 * hosts may time out or get 403. All Shenzhen bureaus also expose the
 * gkmlpt JSON API (`/gkmlpt/api/all/{column}?page={n}&sid={sid}`), a
 * possible alternative list if the HTML changes.
 * Assumed: rows are `li` elements; pages 2+ `index_{n}.html`; title `h1`.
 */
import { defineSource } from '../source.ts';
import { CN_DOC_NUMBER, CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

const BODY = ['.acontent', '.pagecontent', '.articbox'];

export default defineSource({
  id: 'sz-commerce',
  name: '深圳市商务局 政策法规',
  nameEn: 'Shenzhen Municipal Bureau of Commerce — policies',
  agency: '深圳市商务局',
  agencyEn: 'Shenzhen Municipal Bureau of Commerce',
  country: 'CN',
  language: 'zh',
  baseUrl: 'http://commerce.sz.gov.cn',
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/xxgk/zcfgjzcjd/zcfg/index.html',
    pagination: { type: 'numbered', template: '/xxgk/zcfgjzcjd/zcfg/index_{n}.html', start: 2 },
    maxPages: 5,
    item: 'li:has(span.lb_title)',
    fields: { title: ['span.lb_title a@title', 'span.lb_title a'], link: 'span.lb_title a@href', date: 'span.lb_date' },
    linkPattern: 'post_\\d+',
  },
  detail: {
    title: ['h1', '.tit'],
    body: BODY,
    remove: ['script', 'style', '.fjdown'],
    date: { pattern: '信息提供日期[:：]\\s*(\\d{4}-\\d{1,2}-\\d{1,2})' },
    // the signature line names the issuer (the municipal government's office for some measures)
    agency: '.acontent p[style*="right"], .articbox p[style*="right"]',
    docNumber: { selector: BODY.join(', '), pattern: CN_DOC_NUMBER },
    effectiveDate: { selector: BODY.join(', '), pattern: CN_EFFECTIVE_DATE },
    attachments: 'div.fjdown a',
  },
  noise: { selectors: ['.hits'], patterns: [CN_VIEW_COUNTER] },
});
