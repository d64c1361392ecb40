/**
 * State Administration of Foreign Exchange (国家外汇管理局), 政策法规
 * (www.safe.gov.cn/safe/zcfg/index.html).
 * Known: only the domain (SITES.md).
 * Assumed (as public scrapers describe the SAFE portal): rows
 * `.list_conr li` with the link in `dt a` and the date in `dd`; detail URLs
 * `/safe/YYYY/MMDD/<id>.html`; body `#content` (older `.detail_content`);
 * pages 2+ `index_{n}.html`; numbers like `汇发〔2024〕11号` in the body;
 * `meta[name=PubDate]`.
 */
import { defineSource } from '../source.ts';
import { CN_DOC_NUMBER, CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

const BODY = ['#content', '.detail_content'];

export default defineSource({
  id: 'safe-zcfg',
  name: '国家外汇管理局 政策法规',
  nameEn: 'SAFE policies and regulations',
  agency: '国家外汇管理局',
  agencyEn: 'State Administration of Foreign Exchange',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://www.safe.gov.cn',
  schedule: { intervalMinutes: 360 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/safe/zcfg/index.html',
    pagination: { type: 'numbered', template: '/safe/zcfg/index_{n}.html', start: 2 },
    maxPages: 5,
    item: '.list_conr li',
    fields: { title: ['dt a@title', 'dt a'], link: 'dt a@href', date: 'dd' },
    linkPattern: '/safe/\\d{4}/\\d{4}/\\d+\\.html$',
  },
  detail: {
    title: ['.detail_tit', 'h1'],
    body: BODY,
    remove: ['script', 'style'],
    date: { meta: 'PubDate' },
    docNumber: { selector: BODY.join(', '), pattern: CN_DOC_NUMBER },
    agency: '#content p[style*="right"], .detail_content p[style*="right"]',
    effectiveDate: { selector: BODY.join(', '), pattern: CN_EFFECTIVE_DATE },
    attachments: '.fujian a',
  },
  noise: { selectors: ['.view'], patterns: [CN_VIEW_COUNTER] },
});
