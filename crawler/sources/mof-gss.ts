/**
 * MOF Tariff Policy Department (关税司), which publishes the notices of the
 * Customs Tariff Commission of the State Council (国务院关税税则委员会):
 * gss.mof.gov.cn/gzdt/zhengcefabu/ (interpretations: /gzdt/zhengcejiedu/).
 * Known (SITES.md): items `ul.liBox li`, `a[title]` + `span` date; body
 * `div.my_doccontent`; issuer `div.zzName`; detail URLs
 * `…/YYYYMM/tYYYYMMDD_<id>.htm`; numbers like `税委会公告〔2024〕8号`.
 * Assumed (common TRS pattern): pages `index.htm`, `index_1.htm` …; title
 * `.title_con`; `meta[name=PubDate]`.
 */
import { defineSource } from '../source.ts';
import { CN_DOC_NUMBER, CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

export default defineSource({
  id: 'mof-gss',
  name: '财政部关税司 政策发布（国务院关税税则委员会）',
  nameEn: 'MOF Tariff Policy Dept. / Customs Tariff Commission releases',
  agency: '国务院关税税则委员会',
  agencyEn: 'Customs Tariff Commission of the State Council',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://gss.mof.gov.cn',
  schedule: { intervalMinutes: 360 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/gzdt/zhengcefabu/index.htm',
    pagination: { type: 'numbered', template: '/gzdt/zhengcefabu/index_{n}.htm', start: 1 },
    maxPages: 5,
    item: 'ul.liBox li',
    fields: { title: 'a@title', link: 'a@href', date: 'span' },
    linkPattern: '/t\\d{8}_\\d+\\.htm$',
  },
  detail: {
    title: ['.title_con', 'h2'],
    body: 'div.my_doccontent',
    remove: ['script', 'style'],
    date: { meta: 'PubDate' },
    docNumber: { selector: 'div.my_doccontent', pattern: CN_DOC_NUMBER },
    agency: 'div.zzName',
    effectiveDate: { selector: 'div.my_doccontent', pattern: CN_EFFECTIVE_DATE },
  },
  noise: { selectors: ['.fwcs'], patterns: [CN_VIEW_COUNTER] },
});
