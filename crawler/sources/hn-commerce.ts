/**
 * Department of Commerce of Hainan Province (海南省商务厅), 政策文件
 * (dofcom.hainan.gov.cn/dofcom/zcwj/). Hainan Free Trade Port measures
 * (零关税 lists, processing value-added duty exemption) appear here.
 * Known: only the domain (SITES.md).
 * Assumed (TRS WCM conventions, as the other provinces): `index_{n}.html`
 * paging; rows `ul.list-ul li` with `a[title]` and the date in `em`;
 * `./YYYYMM/tYYYYMMDD_<id>.html` links; body `.TRS_UEDITOR` (the newer TRS
 * editor's class); `meta[name=PubDate]`.
 */
import { defineSource } from '../source.ts';
import { CN_DOC_NUMBER, CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

export default defineSource({
  id: 'hn-commerce',
  name: '海南省商务厅 政策文件',
  nameEn: 'Hainan Department of Commerce — policy documents',
  agency: '海南省商务厅',
  agencyEn: 'Department of Commerce of Hainan Province',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://dofcom.hainan.gov.cn',
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/dofcom/zcwj/index.html',
    pagination: { type: 'numbered', template: '/dofcom/zcwj/index_{n}.html', start: 1 },
    maxPages: 5,
    item: 'ul.list-ul li',
    fields: { title: ['a@title', 'a'], link: 'a@href', date: 'em' },
    linkPattern: '/t\\d{8}_\\d+\\.html$',
  },
  detail: {
    title: ['h2.zx-title', 'h1'],
    body: '.TRS_UEDITOR',
    remove: ['script', 'style'],
    date: { meta: 'PubDate' },
    docNumber: { selector: '.TRS_UEDITOR', pattern: CN_DOC_NUMBER },
    agency: '.TRS_UEDITOR p[style*="right"]',
    effectiveDate: { selector: '.TRS_UEDITOR', pattern: CN_EFFECTIVE_DATE },
    attachments: '.fujian a',
  },
  noise: { selectors: ['.view'], patterns: [CN_VIEW_COUNTER] },
});
