/**
 * Department of Commerce of Guangdong Province (广东省商务厅), 政府信息公开
 * (com.gd.gov.cn/gkmlpt/index).
 * Known (SITES.md): Guangdong's government sites share the gkmlpt platform
 * (as Shenzhen's bureaus do): JSON `/gkmlpt/api/all/{column}?page={n}&sid={sid}`,
 * `articles[]` with `id, title, date (unix), publisher, classify_main_name,
 * url, identifier (索引号), first_publish_time`; article URLs
 * `/gkmlpt/content/<a>/<b>/post_<id>.html`.
 * Assumed: this department's `sid` (757) and column 0 = all documents; the
 * `document_number` field; the article page's `div.introduce` metadata
 * table (发布机构, 成文日期, 名称, 文号, 发布日期) and `div.article-content`
 * body (the platform's usual template).
 */
import { defineSource } from '../source.ts';
import { CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

export default defineSource({
  id: 'gd-commerce',
  name: '广东省商务厅 政府信息公开',
  nameEn: 'Guangdong Department of Commerce — public documents',
  agency: '广东省商务厅',
  agencyEn: 'Department of Commerce of Guangdong Province',
  country: 'CN',
  language: 'zh',
  baseUrl: 'http://com.gd.gov.cn',
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'json',
    url: '/gkmlpt/api/all/0?sid=757',
    pagination: { type: 'param', param: 'page', start: 1 },
    maxPages: 3,
    itemsPath: 'articles',
    fields: { title: 'title', link: 'url', date: 'first_publish_time', docNumber: 'document_number', agency: 'publisher' },
    linkPattern: '/post_\\d+\\.html',
  },
  detail: {
    title: ['.content h1.title', 'h1'],
    body: 'div.article-content',
    remove: ['script', 'style'],
    metaTable: {
      selector: 'div.introduce',
      labels: { index: '索引号', topic: '分类', agency: '发布机构', written: '成文日期', title: '名称', docNumber: '文号', published: '发布日期' },
    },
    effectiveDate: { selector: 'div.article-content', pattern: CN_EFFECTIVE_DATE },
  },
  noise: { selectors: ['.count'], patterns: [CN_VIEW_COUNTER] },
});
