const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1949 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ZH_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const ZH_AFTER_STRONG = /^\s*(?:零时|0时|起|开始)?\s*(?:起\s*)?(?:正式)?(?:施行|实施|执行|生效|起施行|起实施|起执行|起生效)/;
const ZH_AFTER_QI = /^\s*(?:零时|0时)?\s*(?:起|开始)/;
const ZH_BEFORE = /(?:自|于|从|定于|将于|并于)\s*$/;
const EN_DATE = new RegExp(`\\b(?:(${MONTH})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+(${MONTH})\\.?,?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`, 'gi');
const EN_TRIGGER =
  /(?:effective|take[s]? effect|took effect|enter(?:s|ed)? into (?:force|application)|entry into force|in force (?:from|on)|appl(?:y|ies) (?:from|as of|on)|on or after|with effect from|commenc(?:e|es|ing) on|implemented on|from)\b[^.;]{0,80}$/i;

/** The date a notice takes effect, as YYYY-MM-DD, from 自2025年1月1日起施行 / effective January 1, 2025 style phrases. */
export function extractEffectiveDate(text: string): string | null {
  let best: { score: number; pos: number; date: string } | null = null;
  const consider = (score: number, pos: number, date: string | null) => {
    if (date && (!best || score > best.score || (score === best.score && pos < best.pos))) best = { score, pos, date };
  };
  for (const m of text.matchAll(ZH_DATE)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 12);
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    let score = 0;
    if (ZH_AFTER_STRONG.test(after)) score = ZH_BEFORE.test(before) ? 4 : 3;
    else if (ZH_AFTER_QI.test(after) && ZH_BEFORE.test(before)) score = 2;
    else if (/(?:生效|施行|实施)\s*$/.test(text.slice(Math.max(0, m.index - 10), m.index)) && /[于为]\s*$/.test(before)) score = 2;
    if (score) consider(score, m.index, iso(+m[1], +m[2], +m[3]));
  }
  for (const m of text.matchAll(EN_DATE)) {
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    if (!EN_TRIGGER.test(before)) continue;
    const strong = /(?:effective|take[s]? effect|enter(?:s)? into (?:force|application)|entry into force|appl(?:y|ies) from)/i.test(before.slice(-60));
    let y: number;
    let mo: number;
    let d: number;
    if (m[1]) [y, mo, d] = [+m[3], MONTHS[m[1].toLowerCase().replace('.', '')], +m[2]];
    else if (m[4]) [y, mo, d] = [+m[6], MONTHS[m[5].toLowerCase().replace('.', '')], +m[4]];
    else [y, mo, d] = [+m[7], +m[8], +m[9]];
    consider(strong ? 3 : 2, m.index, iso(y, mo, d));
  }
  return best ? (best as { date: string }).date : null;
}
