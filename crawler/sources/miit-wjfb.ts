/**
 * Ministry of Industry and Information Technology (工业和信息化部), 文件发布 通知
 * (www.miit.gov.cn/zwgk/zcwj/wjfb/tz/index.html).
 * Known (SITES.md): the site answers **403 to some clients** (foreign IPs,
 * unknown user agents); public scrapers of MIIT broke repeatedly between
 * 2020 and 2026. A 403 is recorded as "blocked" (own state, not "site
 * down"), and the notices already stored are kept.
 * Assumed: the jpaas platform MOFCOM's new site also uses: article URLs
 * `/zwgk/zcwj/wjfb/tz/art/YYYY/art_<32 hex>.html`, a static rendering of
 * the column (`ul.list_ul li`, `a` + `span.fr` date) at `index.html`, body
 * `#con_con`, `meta[name=PubDate]`; numbers like `工信部联通装〔2024〕95号`.
 * The live column is also rendered from
 * `/api-gateway/jpaas-publish-server/front/page/build/unit` (JSON carrying
 * HTML): the fallback if the static page goes away.
 */
import { defineSource } from '../source.ts';
import { CN_DOC_NUMBER, CN_EFFECTIVE_DATE, CN_VIEW_COUNTER } from './patterns.ts';

export default defineSource({
  id: 'miit-wjfb',
  name: '工业和信息化部 文件发布',
  nameEn: 'MIIT documents — notices',
  agency: '工业和信息化部',
  agencyEn: 'Ministry of Industry and Information Technology',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://www.miit.gov.cn',
  schedule: { intervalMinutes: 360 },
  politeness: { delayMs: 4000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/zwgk/zcwj/wjfb/tz/index.html',
    pagination: { type: 'numbered', template: '/zwgk/zcwj/wjfb/tz/index_{n}.html', start: 1 },
    maxPages: 3,
    item: 'ul.list_ul li',
    fields: { title: ['a@title', 'a'], link: 'a@href', date: 'span.fr' },
    linkPattern: '/art/\\d{4}/art_[0-9a-f]{32}\\.html$',
  },
  detail: {
    title: ['#con_title', 'h1'],
    body: '#con_con',
    remove: ['script', 'style'],
    date: { meta: 'PubDate' },
    docNumber: { selector: '#con_con', pattern: CN_DOC_NUMBER },
    agency: '#con_con p[style*="right"]',
    effectiveDate: { selector: '#con_con', pattern: CN_EFFECTIVE_DATE },
    attachments: '.fujian a',
  },
  noise: { selectors: ['.view'], patterns: [CN_VIEW_COUNTER] },
});
