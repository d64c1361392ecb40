/**
 * People's Bank of China (中国人民银行), 条法司 规范性文件
 * (www.pbc.gov.cn/tiaofasi/144941/3581332/index.html).
 * Known: only the domain (SITES.md). Public scrapers describe the PBC
 * portal as numeric column folders (`/<dept>/<id>/<id>/index.html`) with
 * every article in its own folder (`…/<articleId>/index.html`), rows whose
 * link sits in `font.newslist_style` with the date in `span.hui12`, and the
 * body in `#zoom`; some reports mention a JavaScript cookie wall (then the
 * run reads "blocked", not "down").
 * Assumed: the paging scheme is not known, so only the first page is read
 * (it holds the latest 20 rows); `meta[name=PubDate]`; the document number from the
 * body (`银发〔2024〕112号`); the issuer from the right-aligned signature.
 */
import { defineSource } from '../source.ts';
import { CN_DOC_NUMBER, CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

export default defineSource({
  id: 'pbc-tiaofasi',
  name: '中国人民银行 规范性文件',
  nameEn: "People's Bank of China — normative documents",
  agency: '中国人民银行',
  agencyEn: "People's Bank of China",
  country: 'CN',
  language: 'zh',
  baseUrl: 'http://www.pbc.gov.cn',
  schedule: { intervalMinutes: 360 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/tiaofasi/144941/3581332/index.html',
    pagination: { type: 'none' },
    item: 'td:has(font.newslist_style)',
    fields: { title: ['font.newslist_style a@title', 'font.newslist_style a'], link: 'font.newslist_style a@href', date: 'span.hui12' },
    linkPattern: '/\\d+/index\\.html$',
  },
  detail: {
    title: ['h2.zw_title', 'h1'],
    body: '#zoom',
    remove: ['script', 'style'],
    date: { meta: 'PubDate' },
    docNumber: { selector: '#zoom', pattern: CN_DOC_NUMBER },
    agency: '#zoom p[style*="right"]',
    effectiveDate: { selector: '#zoom', pattern: CN_EFFECTIVE_DATE },
    attachments: '#zoom a[href$=".pdf"], #zoom a[href$=".doc"], #zoom a[href$=".docx"], .fujian a',
  },
  noise: { selectors: ['.view'], patterns: [CN_VIEW_COUNTER] },
});
