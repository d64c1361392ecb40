/**
 * Shanghai Municipal Commission of Commerce (上海市商务委员会), 政策法规
 * (sww.sh.gov.cn/zcfg/).
 * Known: only the domain (SITES.md).
 * Assumed (the layout Shanghai's municipal sites share with
 * www.shanghai.gov.cn): rows `ul.uli14 li` (`a[title]` + `span.time`);
 * detail URLs `/zcfg/YYYYMMDD/<32 hex>.html`; title `#ivs_title`, body
 * `#ivs_content`; pages 2+ `index_{n}.html`; `meta[name=PubDate]`;
 * numbers like `沪商规〔2024〕3号`.
 */
import { defineSource } from '../source.ts';
import { CN_DOC_NUMBER, CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

export default defineSource({
  id: 'sh-commerce',
  name: '上海市商务委员会 政策法规',
  nameEn: 'Shanghai Municipal Commission of Commerce — policies',
  agency: '上海市商务委员会',
  agencyEn: 'Shanghai Municipal Commission of Commerce',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://sww.sh.gov.cn',
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/zcfg/index.html',
    pagination: { type: 'numbered', template: '/zcfg/index_{n}.html', start: 2 },
    maxPages: 5,
    item: 'ul.uli14 li',
    fields: { title: ['a@title', 'a'], link: 'a@href', date: 'span.time' },
    linkPattern: '/zcfg/\\d{8}/[0-9a-f]{32}\\.html$',
  },
  detail: {
    title: ['#ivs_title', 'h2', 'h1'],
    body: '#ivs_content',
    remove: ['script', 'style'],
    date: { meta: 'PubDate' },
    docNumber: { selector: '#ivs_content', pattern: CN_DOC_NUMBER },
    agency: '#ivs_content p[style*="right"]',
    effectiveDate: { selector: '#ivs_content', pattern: CN_EFFECTIVE_DATE },
    attachments: '.fujian a',
  },
  noise: { selectors: ['.view'], patterns: [CN_VIEW_COUNTER] },
});
