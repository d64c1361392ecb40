/**
 * National Development and Reform Commission (国家发展和改革委员会), 通知
 * (www.ndrc.gov.cn/xxgk/zcfb/tz/).
 * Known (SITES.md): 通知 / 公告 columns on a TRS-style CMS with
 * `tYYYYMMDD_<id>.html` detail URLs.
 * Assumed (TRS WCM conventions): pages `index.html`, `index_1.html` …; rows
 * `ul.u-list li` with `a[title]` and a `span` date `YYYY/MM/DD`; body
 * `.TRS_Editor` (older pages `.article_con`); `meta[name=PubDate]`;
 * signature paragraphs right-aligned. The 公告 column (`/xxgk/zcfb/gg/`)
 * has the same layout; it is not read here (extra lists share the first
 * list's page template).
 */
import { defineSource } from '../source.ts';
import { CN_DOC_NUMBER, CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

const BODY = ['.TRS_Editor', '.article_con'];

export default defineSource({
  id: 'ndrc-tz',
  name: '国家发展改革委 通知',
  nameEn: 'NDRC notices (通知)',
  agency: '国家发展和改革委员会',
  agencyEn: 'National Development and Reform Commission',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://www.ndrc.gov.cn',
  schedule: { intervalMinutes: 360 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/xxgk/zcfb/tz/index.html',
    pagination: { type: 'numbered', template: '/xxgk/zcfb/tz/index_{n}.html', start: 1 },
    maxPages: 5,
    item: 'ul.u-list li',
    fields: { title: ['a@title', 'a'], link: 'a@href', date: 'span' },
    linkPattern: '/t\\d{8}_\\d+\\.html$',
  },
  detail: {
    title: ['.article_title', 'h1'],
    body: BODY,
    remove: ['script', 'style'],
    date: { meta: 'PubDate' },
    docNumber: { selector: BODY.join(', '), pattern: CN_DOC_NUMBER },
    agency: '.TRS_Editor p[style*="right"], .article_con p[style*="right"]',
    effectiveDate: { selector: BODY.join(', '), pattern: CN_EFFECTIVE_DATE },
    attachments: '.fujian a',
  },
  noise: { selectors: ['.view'], patterns: [CN_VIEW_COUNTER] },
});
