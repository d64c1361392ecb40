/**
 * State Council "latest policies" (www.gov.cn/zhengce/zuixin/).
 * Known (SITES.md): the page is rendered by script from
 * `./ZUIXINZHENGCE.json`, an array of {TITLE, SUB_TITLE, URL, DOCRELPUBTIME};
 * so the source reads the JSON directly (one list "page", no paging).
 * Detail: body `#UCAP-CONTENT` (or `div.TRS_UEDITOR`); metadata `table.bd1`
 * with padded labels; meta `firstpublishedtime` (`YYYY-MM-DD-HH:mm:ss`);
 * a mobile duplicate of the body is ignored (first match only, hidden).
 * Short 印发通知 notices carry the real text in a PDF attachment (recorded,
 * hashed). The search API (sousuo.www.gov.cn) rejects default user agents:
 * not used here.
 */
import { defineSource } from '../source.ts';

export default defineSource({
  id: 'gov-zuixin',
  name: '中国政府网 最新政策',
  nameEn: 'State Council latest policies',
  agency: '国务院',
  agencyEn: 'State Council',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://www.gov.cn',
  schedule: { intervalMinutes: 240 },
  politeness: { delayMs: 2000, concurrency: 1 },
  list: {
    kind: 'json',
    url: '/zhengce/zuixin/ZUIXINZHENGCE.json',
    pagination: { type: 'none' },
    fields: { title: 'TITLE', link: 'URL', date: 'DOCRELPUBTIME' },
    linkPattern: '/content_\\d+\\.html?$',
  },
  detail: {
    body: ['#UCAP-CONTENT', 'div.TRS_UEDITOR'],
    remove: ['.mobile_box', 'script', 'style'],
    metaTable: {
      selector: 'table.bd1',
      labels: {
        index: '索 引 号',
        topic: '主题分类',
        agency: '发文机关',
        written: '成文日期',
        title: '标　　题',
        docNumber: '发文字号',
        published: '发布日期',
      },
    },
    date: { meta: 'firstpublishedtime' },
    attachments:
      '#UCAP-CONTENT a[href$=".pdf"], #UCAP-CONTENT a[href$=".doc"], #UCAP-CONTENT a[href$=".docx"], #UCAP-CONTENT a[href$=".xls"], #UCAP-CONTENT a[href$=".xlsx"]',
  },
  noise: { selectors: ['.pages_print'] },
});
