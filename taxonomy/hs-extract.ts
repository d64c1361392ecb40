import { isValidChapter, isValidHeading } from './hs.ts';

/** An HS code found in text: digits only (2 for a chapter, 4–10 for headings and lines). */
export interface HsHit {
  code: string;
  start: number;
  end: number;
  text: string;
}

// Words that announce an HS code shortly after them (same clause).
const CONTEXT_BEFORE =
  /(?:税则号列|税则号|税号|商品编码|商品编号|海关编码|商品税号|HS\s*编码|税目|品目|子目|协调制度|海关商品编码|(?<![A-Za-z])(?:HS|HTS|HTSUS|CN)(?![A-Za-z])|\b(?:hs|hts|htsus)\s+codes?\b|\bheadings?\b|\bsubheadings?\b|\btariff\s+(?:lines?|items?|headings?|codes?)\b|\bcn\s+codes?\b|\bclassifi(?:ed|able)\s+(?:under|in)\b|\bcommodity\s+codes?\b)/i;
// Words right after a code that mark it as a tariff position.
const CONTEXT_AFTER = /^\s*(?:项下|项目下|品目|税号|税目|子目|税则号列|商品编码|(?:of|under) the (?:HTS|HTSUS|Harmonized|CN|Combined Nomenclature))/;
const CLAUSE_BREAK = /[。；;！!？?\n]|\.\s/g;
const LIST_GAP = /^\s*(?:[、,，;；/]|和|及|与|或|以及|and|or|as well as)?\s*(?:ex\s+)?$/i;
const RANGE_GAP = /^\s*(?:至|到|-|–|—|~|～|to|through)\s*$/i;
const UNIT_AFTER = /^\s*(?:年|月|日|号|万|亿|元|美元|欧元|吨|千克|公斤|个|件|家|项(?!下|目下)|人|%|％|percent|km|kg|t\b|USD|RMB|EUR)/;
const MONEY_BEFORE = /(?:[$¥€£]|USD|RMB|EUR|No\.|第|(?<!商品|海关)编号|电话|传真|Tel|Fax|邮编|P\.O\.)\s*$/i;
const URL = /(?:https?:\/\/|www\.)[^\s"'<>，。（）()]+/gi;
// The preceding character is checked in code (a look-behind here slows the scan of long pages).
// Forms: 8501, 8501.10, 8501.10.00, 8501.10.0010, 8501.1000 (Chinese 8-digit lines), 8501 10 00, 85011000.
const CODE = /\d{4}(?:\.\d{2}\.\d{4}|\.\d{4}(?:\.\d{2})?|(?:\.\d{2}){1,3}|(?: \d{2}){1,3}|\d{6}|\d{4}|\d{2})?(?!\d)(?!\.\d)/g;
const BAD_BEFORE = /[\d./:@A-Za-z]/;
const ZH_CHAPTER = /第\s*(\d{1,2}(?:\s*(?:至|到|-|–|—|~|、|，|,|和|及)\s*第?\s*\d{1,2})*)\s*章/g;
const EN_CHAPTER = /\b((?:HS|HTS|HTSUS|CN|tariff)\s+)?chapters?\s+(\d{1,2}(?:\s*(?:,|and|or|to|through|-|–)\s*\d{1,2})*)\b/gi;
const CHAPTER_CONTEXT_ZH = /(?:税则|税目|商品|HS|协调制度|海关|编码|品目)/;
// "HS codes 07, 08 and 12", "(HS 02, 16)": two-digit chapters right after HS.
const HS_CHAPTERS = /\b(?:HS|HTS)(?:\s+(?:codes?|chapters?))?\s+(\d{2}(?:\s*(?:,|and|or)\s*\d{2})*)(?![\d.]|\s\d)/g;
// "articles of chapters 84, 85 and 87": goods named by their chapters.
const GOODS_OF = /\b(?:goods|articles|products|items|merchandise)\s+(?:of|in|under|classified in)\s+$/i;

interface Cand {
  start: number;
  end: number;
  text: string;
  digits: string;
  dotted: boolean;
  spaced: boolean;
  anchored: boolean;
}

function clause(text: string, pos: number, span = 40): string {
  const from = Math.max(0, pos - span);
  let w = text.slice(from, pos);
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  let cut = -1;
  while ((m = CLAUSE_BREAK.exec(w))) cut = m.index + m[0].length;
  if (cut >= 0) w = w.slice(cut);
  return w;
}

function yearLike(d: string): boolean {
  const y = Number(d.slice(0, 4));
  return y >= 1990 && y <= 2039;
}

function expandRange(a: string, b: string, len: number): string[] {
  const x = Number(a.slice(0, len));
  const y = Number(b.slice(0, len));
  if (!(y > x) || y - x > 60) return [];
  const out: string[] = [];
  for (let i = x + 1; i < y; i++) {
    const s = String(i).padStart(len, '0');
    if (len === 2 ? isValidChapter(i) : isValidHeading(s)) out.push(s);
  }
  return out;
}

/**
 * HS codes and chapters in a text. Bare numbers count only with tariff context (税则号列,
 * HS, heading, …项下) or when chained in a list with such a code; dotted codes need a
 * plausible heading; dates, amounts, document numbers, phone numbers and URLs are skipped.
 */
export function extractHsCodes(text: string): HsHit[] {
  const urls: [number, number][] = [];
  for (const m of text.matchAll(URL)) urls.push([m.index, m.index + m[0].length]);
  const inUrl = (p: number) => urls.some(([a, b]) => p >= a && p < b);

  const cands: Cand[] = [];
  for (const m of text.matchAll(CODE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && BAD_BEFORE.test(text[start - 1])) continue;
    if (inUrl(start)) continue;
    const after = text.slice(end, end + 6);
    if (UNIT_AFTER.test(after)) continue;
    if (MONEY_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    const digits = m[0].replace(/[.\s]/g, '');
    if (!isValidHeading(digits)) continue;
    const dotted = m[0].includes('.');
    const spaced = m[0].includes(' ');
    const ctx = CONTEXT_BEFORE.test(clause(text, start)) || CONTEXT_AFTER.test(after + text.slice(end + 6, end + 30));
    // A dotted code with a valid heading is itself the evidence, unless it could be a date.
    const anchored = ctx || (dotted && !yearLike(digits));
    cands.push({ start, end, text: m[0], digits, dotted, spaced, anchored });
  }

  // An 8- or 10-digit number in a text that already gives tariff positions is a tariff line too
  // (税则号列29155010 … 另有28。 lists far from their context word); not after a dash (phone numbers).
  if (cands.some((c) => c.anchored))
    for (const c of cands)
      if (!c.anchored && !c.dotted && !c.spaced && (c.digits.length === 8 || c.digits.length === 10) && text[c.start - 1] !== '-') c.anchored = true;

  // Chains: codes separated only by list or range separators share their anchoring.
  const hits: HsHit[] = [];
  let i = 0;
  while (i < cands.length) {
    let j = i;
    const gaps: boolean[] = []; // true when the gap before cands[k+1] is a range
    while (j + 1 < cands.length) {
      const gap = text.slice(cands[j].end, cands[j + 1].start);
      if (LIST_GAP.test(gap)) gaps.push(false);
      else if (RANGE_GAP.test(gap)) gaps.push(true);
      else break;
      j++;
    }
    const chain = cands.slice(i, j + 1);
    if (chain.some((c) => c.anchored)) {
      chain.forEach((c, k) => {
        if (c.digits.length === 6 && !c.anchored && !chain.some((o) => o.dotted || o.digits.length !== 6)) return;
        hits.push({ code: c.digits, start: c.start, end: c.end, text: c.text });
        if (k > 0 && gaps[k - 1] && chain[k - 1].digits.length >= 4 && c.digits.length >= 4) {
          for (const h of expandRange(chain[k - 1].digits, c.digits, 4))
            hits.push({ code: h, start: chain[k - 1].start, end: c.end, text: text.slice(chain[k - 1].start, c.end) });
        }
      });
    }
    i = j + 1;
  }

  // Chapters: 第84至85章, HS chapters 61 and 62, chapter 63 (after another chapter mention).
  let lastChapterEnd = -1000;
  const chapterHit = (nums: string, start: number, end: number) => {
    const parts = nums.split(/\s*(至|到|-|–|—|~|to|through|、|，|,|和|及|and|or)\s*第?\s*/i);
    const found: string[] = [];
    for (let k = 0; k < parts.length; k += 2) {
      const n = Number(parts[k]);
      if (!isValidChapter(n)) return;
      const code = String(n).padStart(2, '0');
      if (k > 0 && /^(至|到|-|–|—|~|to|through)$/i.test(parts[k - 1])) found.push(...expandRange(found[found.length - 1], code, 2));
      found.push(code);
    }
    for (const c of found) hits.push({ code: c, start, end, text: text.slice(start, end) });
    lastChapterEnd = end;
  };
  for (const m of text.matchAll(ZH_CHAPTER)) {
    const start = m.index;
    const end = start + m[0].length;
    const nums = m[1].match(/\d+/g)!.map(Number);
    const ctx =
      CHAPTER_CONTEXT_ZH.test(clause(text, start, 20)) || /^\s*(?:项下|商品|产品|的商品)/.test(text.slice(end, end + 6)) || nums.every((n) => n >= 15);
    if (ctx) chapterHit(m[1], start, end);
  }
  for (const m of text.matchAll(EN_CHAPTER)) {
    const start = m.index;
    const end = start + m[0].length;
    const ctx =
      !!m[1] ||
      /^\s*of\s+(?:the\s+)?(?:ITC\s*\(HS\)|HS\b|HTS|HTSUS|Harmoni[sz]ed|CN\b|Combined|tariff|customs tariff|nomenclature)/i.test(text.slice(end, end + 40)) ||
      /\b(?:HS|HTS|HTSUS|tariff)\b/.test(clause(text, start, 30)) ||
      GOODS_OF.test(text.slice(Math.max(0, start - 30), start)) ||
      start - lastChapterEnd < 200;
    if (ctx) chapterHit(m[2], start, end);
  }
  for (const m of text.matchAll(HS_CHAPTERS)) {
    if (/^\s*(?:[.\d]|\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    const start = m.index + m[0].indexOf(m[1]);
    chapterHit(m[1], start, start + m[1].length);
  }
  hits.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
  return hits;
}
