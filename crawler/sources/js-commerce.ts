/**
 * Department of Commerce of Jiangsu Province (江苏省商务厅), 通知公告
 * (swt.jiangsu.gov.cn/col/col78447/index.html).
 * Known (SITES.md): Hanweb CMS family: column pages `col/col{ID}/index.html`,
 * articles `art/YYYY/M/D/art_{col}_{id}.html`, lists delivered in a
 * `<script type="text/xml"><datastore>` block of `<record>`s wrapping the
 * `<li>` HTML (lifted into the page by the list extractor).
 * Assumed: the column id 78447; rows `li` with `a[title]` and a
 * `span.bt-data-time` date; the first page's datastore carries the latest
 * records (no paging read); body `#zoom`; the 信息公开 info table
 * `table.xxgk_table` (发布机构, 文号, 成文日期, 发布日期); `meta[name=PubDate]`.
 */
import { defineSource } from '../source.ts';
import { CN_VIEW_COUNTER, hanwebDetail } from './patterns.ts';

export default defineSource({
  id: 'js-commerce',
  name: '江苏省商务厅 通知公告',
  nameEn: 'Jiangsu Department of Commerce — notices',
  agency: '江苏省商务厅',
  agencyEn: 'Department of Commerce of Jiangsu Province',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://swt.jiangsu.gov.cn',
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/col/col78447/index.html',
    pagination: { type: 'none' },
    item: '.datastore-records li',
    fields: { title: ['a@title', 'a'], link: 'a@href', date: 'span.bt-data-time' },
    linkPattern: '/art/\\d{4}/\\d{1,2}/\\d{1,2}/art_\\d+_\\d+\\.html$',
  },
  detail: hanwebDetail(),
  noise: { selectors: ['.count'], patterns: [CN_VIEW_COUNTER] },
});
