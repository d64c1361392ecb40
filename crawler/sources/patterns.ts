/**
 * Regular expressions shared by several Chinese sources (as strings: source
 * definitions are data). The first capture group is the value.
 */

/** 自2024年7月1日起 / 自2025年1月1日起执行 — the date a measure takes effect */
export const CN_EFFECTIVE_DATE = '自\\s*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*起';

/** view counters shown on detail pages: noise, never a change */
export const CN_VIEW_COUNTER = '(?:浏览次数|阅读次数|访问量|点击数)[:：]?\\s*\\d+';

/**
 * the usual forms of Chinese document numbers: 国发〔2024〕6号, 商务部公告2024年第33号, 税委会公告〔2024〕8号,
 * co-issued 商务部 海关总署公告2026年第41号 / 财政部、税务总局公告… (every issuer kept: the match is read
 * by taxonomy/docnumber.ts, which trims words before the first issuer), 国家发展改革委 商务部令第23号
 */
export const CN_DOC_NUMBER =
  '([\\u4e00-\\u9fa5]{1,12}\\s*(?:〔|\\[|［|【)\\s*\\d{4}\\s*(?:〕|\\]|］|】)\\s*第?\\s*\\d+\\s*号|[\\u4e00-\\u9fa5 \\u3000、]{2,40}(?:公告|令)\\s*\\d{4}\\s*年\\s*第\\s*\\d+\\s*号|[\\u4e00-\\u9fa5 \\u3000、]{2,40}令\\s*第\\s*\\d+\\s*号)';

/**
 * The detail page of a TRS WCM site (the CCPIT, Sinosure and several provincial departments): body
 * `.TRS_Editor`, date from `meta[name=PubDate]`, the issuer in the right-aligned signature, annexes in
 * `.fujian`. `title` lists the site's own heading selectors, most specific first.
 */
export function trsDetail(title: string[]) {
  return {
    title,
    body: '.TRS_Editor',
    remove: ['script', 'style'],
    date: { meta: 'PubDate' },
    docNumber: { selector: '.TRS_Editor', pattern: CN_DOC_NUMBER },
    agency: '.TRS_Editor p[style*="right"]',
    effectiveDate: { selector: '.TRS_Editor', pattern: CN_EFFECTIVE_DATE },
    attachments: '.fujian a',
  };
}

/**
 * The article page of a Hanweb site (Jiangsu, Shandong): body `#zoom`, the 政务公开 metadata table
 * `table.xxgk_table` (索引号, 发布机构, 文号, 成文日期, 发布日期), annexes in `.fujian`.
 * A fresh object per source, as trsDetail's: overrides and repairs of one source never reach another.
 */
export function hanwebDetail() {
  return {
    title: ['.sp_title', 'h1'],
    body: '#zoom',
    remove: ['script', 'style'],
    metaTable: { selector: 'table.xxgk_table', labels: { index: '索引号', agency: '发布机构', docNumber: '文号', written: '成文日期', published: '发布日期' } },
    effectiveDate: { selector: '#zoom', pattern: CN_EFFECTIVE_DATE },
    attachments: '.fujian a',
  };
}
