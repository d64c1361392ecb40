/**
 * Document numbers (发文字号): 国发〔2018〕43号, 税委会公告〔2024〕8号,
 * 商务部公告2024年第33号, 海关总署公告2024年第123号, with the bracket
 * variants real pages use ([2018], 【2018】, (2018), ［2018］).
 */

const BRACKETED = /([\u4e00-\u9fa5A-Za-z]{1,24})\s*[〔[［【(（]\s*(\d{4})\s*[〕\]］】)）]\s*第?\s*(\d{1,5})\s*号/;
const YEAR_NO = /([\u4e00-\u9fa5]{0,24}?(?:公告|令|通知|公报|决定|批复))\s*(\d{4})\s*年\s*第\s*(\d{1,5})\s*号/;
const BARE = /(\d{4})\s*年\s*第\s*(\d{1,5})\s*号/;

/** The first document number in the text, in canonical form, or null. */
export function extractDocNumber(text: string | null | undefined): string | null {
  if (!text) return null;
  const s = text.normalize('NFKC').replace(/[\s\u3000]+/g, ' ');
  let m = BRACKETED.exec(s);
  if (m) return `${m[1]}〔${m[2]}〕${m[3]}号`;
  m = YEAR_NO.exec(s);
  if (m) return `${m[1]}${m[2]}年第${m[3]}号`;
  m = BARE.exec(s);
  if (m) return `${m[1]}年第${m[2]}号`;
  return null;
}

/** Canonical form of a number given as-is (a metadata table cell, an API field). */
export function normalizeDocNumber(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.normalize('NFKC').replace(/[\s\u3000]+/g, '').trim();
  if (!s || s === '无' || s === '-' || s === '—') return null;
  return extractDocNumber(s) ?? s.replace(/[[［【(（](\d{4})[\]］】)）]/, '〔$1〕');
}
