/**
 * Document numbers (发文字号), the one parser the crawler, the classifier and
 * the store's de-duplication share. Chinese forms: 国发〔2018〕43号,
 * 税委会公告〔2024〕8号, 商务部公告2024年第33号, co-issued
 * 商务部 海关总署公告2026年第41号 (every issuer kept, in the number and as a
 * list), 国家发展改革委 商务部令第23号, with the bracket variants real pages use
 * ([2018], 【2018】, (2018), ［2018］) and full-width spaces. Foreign forms:
 * Executive Orders, Proclamations, EU acts, FR Doc numbers, WTO notices.
 */
import { fullIssuerName, issuerOfPrefix, splitIssuers } from './issuers.ts';

export interface DocNumber {
  /** canonical form: issuers separated by one space, 〔YYYY〕 brackets, no padding */
  text: string;
  /** issuing bodies the number names, full names where the prefix is a code (税委会 -> 国务院关税税则委员会) */
  issuers: string[];
}

const CJK = '\\u4e00-\\u9fa5';
const BRACKETED = new RegExp(`([${CJK}A-Za-z]{1,16})\\s*[〔[【(]\\s*(\\d{4})\\s*[〕\\]】)]\\s*第?\\s*(\\d{1,5})\\s*号`, 'u');
const YEAR_NO = new RegExp(`([${CJK}]{0,30}?)(公告|令|公报)\\s*(\\d{4})\\s*年\\s*第\\s*(\\d{1,5})\\s*号`, 'u');
const ORDER_NO = new RegExp(`([${CJK}]{1,30}?)令\\s*第\\s*(\\d{1,5})\\s*号`, 'u');
const BARE = /(\d{4})\s*年\s*第\s*(\d{1,5})\s*号/u;
/** words before an issuer's name that are not part of it: the name starts after the last of them */
const LEAD_IN = /^.*(?:根据|按照|依据|依照|关于|参见|详见|另见|执行|落实|印发|下发|发布|现将|通知|决定|意见|经|即|见|及|与|的|为|将|按)/u;

const FOREIGN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/\b(?:Executive Order|E\.O\.|EO)\s*(?:No\.\s*)?(1\d{4})\b/, (m) => `EO ${m[1]}`],
  [/\bProclamation\s+(?:No\.\s*)?(\d{4,5})\b/, (m) => m[0]],
  [
    /\b(?:Commission |Council )?(?:Implementing |Delegated )?(?:Regulation|Decision|Directive)\s+\((?:EU|EC|EEC|CFSP)\)\s*(?:No\s*)?\d{2,4}\/\d{1,4}\b/,
    (m) => m[0],
  ],
  [/\bFR Doc\.?\s*(?:No\.\s*)?(\d{4}-\d{4,6})\b/, (m) => m[1]],
  [/\b\d{1,3}\s+FR\s+\d{3,6}\b/, (m) => m[0]],
  [/\b(?:Notification|Notice|Trade Notice|Public Notice)\s+No\.\s*[\w/.-]*\d[\w/.-]*/, (m) => m[0]],
];

function prep(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u3000]+/g, ' ');
}

/** The glued run right before a number's keyword, minus lead-in words. */
function trimRun(run: string): string {
  return run.replace(LEAD_IN, '');
}

/**
 * Issuers written before the glued one, separated by spaces or 、
 * (`财政部 海关总署 税务总局公告`): walked back while each part reads as an issuer.
 */
function earlierIssuers(before: string): string[] {
  if (!/[ 、]$/u.test(before)) return [];
  const tokens = before.slice(0, -1).split(/([ 、])/u);
  const out: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i -= 2) {
    const word = trimRun(tokens[i]);
    const names = splitIssuers(word);
    if (!names.length) break;
    out.unshift(...names);
    // a lead-in word glued to this one (根据财政部 …): the list starts here
    if (word !== tokens[i]) break;
  }
  return out;
}

function issuersOf(run: string, before: string): string[] {
  const glued = splitIssuers(run);
  if (!glued.length) return [];
  return [...new Set([...earlierIssuers(before), ...glued])];
}

function parseChinese(s: string): DocNumber | null {
  let m = BRACKETED.exec(s);
  if (m) {
    const prefix = trimRun(m[1]);
    // 财政部 税务总局公告〔2024〕3号: a full issuer name glued to 公告 may have co-issuers before it
    const named = /^(.+?)(公告|令)$/u.exec(prefix);
    const issuers = named ? issuersOf(named[1], s.slice(0, m.index + m[1].length - prefix.length)) : [];
    if (issuers.length) return { text: `${issuers.join(' ')}${named![2]}〔${m[2]}〕${m[3]}号`, issuers: issuers.map(fullIssuerName) };
    const issuer = issuerOfPrefix(prefix.replace(/(?:公告|令)$/u, ''));
    return { text: `${prefix}〔${m[2]}〕${m[3]}号`, issuers: issuer ? [issuer] : [] };
  }
  m = YEAR_NO.exec(s);
  if (m) {
    const run = trimRun(m[1]);
    const before = s.slice(0, m.index + m[1].length - run.length);
    const issuers = run ? issuersOf(run, before) : [];
    const head = issuers.length ? issuers.join(' ') : run;
    return { text: `${head}${m[2]}${m[3]}年第${m[4]}号`, issuers: issuers.map(fullIssuerName) };
  }
  m = ORDER_NO.exec(s);
  if (m) {
    const run = trimRun(m[1]);
    const issuers = issuersOf(run, s.slice(0, m.index + m[1].length - run.length));
    if (issuers.length) return { text: `${issuers.join(' ')}令第${m[2]}号`, issuers: issuers.map(fullIssuerName) };
  }
  m = BARE.exec(s);
  if (m) return { text: `${m[1]}年第${m[2]}号`, issuers: [] };
  return null;
}

/** The first document number in a piece of text (Chinese forms first), or null. */
export function parseDocNumber(text: string | null | undefined): DocNumber | null {
  if (!text) return null;
  const s = prep(text);
  const cn = parseChinese(s);
  if (cn) return cn;
  for (const [re, fmt] of FOREIGN) {
    const m = re.exec(s);
    if (m) return { text: fmt(m).replace(/\s+/g, ' ').trim(), issuers: [] };
  }
  return null;
}

/** The document number of a notice: the title's, else the first in the text (its first 20,000 chars). */
export function extractDocNumber(title: string | null | undefined, text = ''): string | null {
  const found = parseDocNumber(title) ?? parseDocNumber(text.slice(0, 20000));
  if (found) return found.text;
  // a bare Federal Register document number such as 2024-12345 (only with FR context)
  const fr = /(?:Federal Register|FR)[^.\n]{0,40}?\b(20\d{2}-\d{5})\b/.exec(`${title ?? ''}\n${text.slice(0, 20000)}`);
  return fr ? fr[1] : null;
}

/**
 * Canonical form of a number given as-is (a metadata cell, an API field, a
 * selector's match): parsed when it parses, else kept when it is short enough
 * to be a number in a form this parser does not know; null for 无, -, empty.
 */
export function normalizeDocNumber(raw: string | null | undefined): string | null {
  return parseGivenDocNumber(raw)?.text ?? null;
}

/** normalizeDocNumber with the issuers. */
export function parseGivenDocNumber(raw: string | null | undefined): DocNumber | null {
  if (!raw) return null;
  const s = prep(raw).trim();
  if (!s || /^(?:无|-|—|–|\/)$/u.test(s)) return null;
  const parsed = parseDocNumber(s);
  if (parsed) return parsed;
  return s.length <= 40 && /\d/.test(s) ? { text: s, issuers: [] } : null;
}
