/**
 * China International Trade Single Window (中国国际贸易单一窗口), 通知公告
 * (www.singlewindow.cn).
 * Known: only the domain (SITES.md). The portal is a single-page app: the
 * notice list is loaded from a JSON API by script.
 * Assumed: the API `/sw/portal/api/notice/list?type=TZGG&pageSize=10&pageNo=N`
 * answering `{code, data: {records: [{id, title, publishTime, source}], total}}`;
 * each notice also rendered as a static page `/sw/portal/notice/<id>.html`
 * (title `.notice-title`, body `.notice-content`); notices are about system
 * releases (customs declaration, certificates of origin, tax refunds) and
 * outages, issued by 国家口岸管理办公室 or 中国电子口岸数据中心.
 */
import { defineSource } from '../source.ts';
import { CN_DOC_NUMBER, CN_EFFECTIVE_DATE } from './patterns.ts';

export default defineSource({
  id: 'singlewindow-notices',
  name: '中国国际贸易单一窗口 通知公告',
  nameEn: 'China International Trade Single Window notices',
  agency: '中国国际贸易单一窗口',
  agencyEn: 'China International Trade Single Window',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://www.singlewindow.cn',
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 3000, concurrency: 1 },
  headers: { Accept: 'application/json, text/plain, */*' },
  list: {
    kind: 'json',
    url: '/sw/portal/api/notice/list?type=TZGG&pageSize=10',
    pagination: { type: 'param', param: 'pageNo', start: 1 },
    maxPages: 3,
    itemsPath: 'data.records',
    fields: {
      title: 'title',
      link: { selector: 'id', template: '/sw/portal/notice/{}.html' },
      date: 'publishTime',
      agency: 'source',
    },
  },
  detail: {
    title: '.notice-title',
    body: '.notice-content',
    remove: ['script', 'style'],
    docNumber: { selector: '.notice-content', pattern: CN_DOC_NUMBER },
    agency: '.notice-content p[style*="right"]',
    effectiveDate: { selector: '.notice-content', pattern: CN_EFFECTIVE_DATE },
    attachments: '.notice-files a',
  },
});
