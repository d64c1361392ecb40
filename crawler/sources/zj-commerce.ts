/**
 * Zhejiang Provincial Department of Commerce (浙江省商务厅), policy documents.
 * SITES.md only records that the provincial commerce departments named in
 * the seeds (Zhejiang, Guangdong, Jiangsu, Sichuan, Shandong) run similar
 * TRS/NFCMS CMSes: list pages with `index_{n}.html` paging and
 * `.TRS_Editor`-style bodies. Everything below — the column path, the
 * `ul.zcwj_list` rows, `span.date`, `meta[name=PubDate]` — is ASSUMED from
 * that common TRS pattern and must be checked against the live site (the
 * source health check raises an alarm when the item selector matches
 * nothing). Copy this file for the other provinces.
 */
import { defineSource } from '../source.ts';
import { CN_DOC_NUMBER, CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

export default defineSource({
  id: 'zj-commerce',
  name: '浙江省商务厅 政策文件',
  nameEn: 'Zhejiang Department of Commerce — policy documents',
  agency: '浙江省商务厅',
  agencyEn: 'Department of Commerce of Zhejiang Province',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://zcom.zj.gov.cn',
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/zwgk/zcwj/index.html',
    pagination: { type: 'numbered', template: '/zwgk/zcwj/index_{n}.html', start: 1 },
    maxPages: 5,
    item: 'ul.zcwj_list li',
    fields: { title: ['a@title', 'a'], link: 'a@href', date: 'span.date' },
  },
  detail: {
    title: ['h1.art_title', 'h1'],
    body: ['.TRS_Editor', '.TRS_UEDITOR'],
    remove: ['script', 'style'],
    date: { meta: 'PubDate' },
    docNumber: { selector: '.TRS_Editor', pattern: CN_DOC_NUMBER },
    agency: '.TRS_Editor p[style*="right"]',
    effectiveDate: { selector: '.TRS_Editor', pattern: CN_EFFECTIVE_DATE },
  },
  noise: { selectors: ['.view'], patterns: [CN_VIEW_COUNTER] },
});
