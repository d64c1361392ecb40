/**
 * Regular expressions shared by several Chinese sources (as strings: source
 * definitions are data). The first capture group is the value.
 */

/** 自2024年7月1日起 / 自2025年1月1日起执行 — the date a measure takes effect */
export const CN_EFFECTIVE_DATE = '自\\s*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*起';

/** view counters shown on detail pages: noise, never a change */
export const CN_VIEW_COUNTER = '(?:浏览次数|阅读次数|访问量|点击数)[:：]?\\s*\\d+';

/** the usual forms of Chinese document numbers: 国发〔2024〕6号, 商务部公告2024年第33号, 税委会公告〔2024〕8号 */
export const CN_DOC_NUMBER = '([\\u4e00-\\u9fa5]{1,12}(?:〔|\\[|［)\\d{4}(?:〕|\\]|］)\\s*\\d+\\s*号|[\\u4e00-\\u9fa5 ]{2,20}公告\\s*\\d{4}\\s*年第\\s*\\d+\\s*号)';
