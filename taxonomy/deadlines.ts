/**
 * Application windows and deadlines as data: 申报时间：2026年11月1日至2026年11月30日,
 * 截止日期, 请于…前报送, "comments due", "applications close", and the effective date.
 * Pure; dates are YYYY-MM-DD.
 */
import { extractEffectiveDate } from './dates.ts';

export type DeadlineKind = 'application' | 'comments' | 'deadline' | 'effective';

export interface Deadline {
  kind: DeadlineKind;
  /** the last day (inclusive) */
  date: string;
  /** the first day of an application window */
  from?: string;
  /** the words it was read from (for display) */
  text: string;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ZD = '(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日';
const ZD_NOYEAR = '(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日';
// 申报时间：2026年11月1日至2026年11月30日 / 自2026年11月1日起至11月30日止
const ZH_WINDOW = new RegExp(
  `(申报|申请|报名|受理|征集|提交)[^。；\\n]{0,12}?(?:时间|期限|日期|期间)?[为：:\\s]*(?:自|从)?\\s*${ZD}\\s*(?:起)?\\s*(?:至|到|—|–|-|～|~)\\s*${ZD_NOYEAR}`,
  'g',
);
// 自2026年11月1日起至11月30日止受理申请
const ZH_WINDOW_AFTER = new RegExp(
  `(?:自|从)\\s*${ZD}\\s*(?:起)?\\s*(?:至|到|—|–|-|～|~)\\s*${ZD_NOYEAR}\\s*(?:止)?[，,]?\\s*(?:[^。；\\n]{0,8}?)(申报|申请|报名|受理|征集|提交)`,
  'g',
);
// 截止日期为2026年11月30日 / 请于2026年11月30日前报送 / 截至2026年11月30日
const ZH_BY = new RegExp(
  `(截止日期|截止时间|截止|截至|请于|务必于|须于|应于|于)[为是：:\\s]*${ZD}\\s*(前|之前|止|截止|24时前|17:00前|17时前)?([^。；\\n]{0,16})`,
  'g',
);
const EN_DATE =
  '(?:(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?,?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))';
const EN_COMMENTS = new RegExp(
  `\\b(?:comments?|written (?:comments|submissions)|submissions|rebuttal comments|case briefs)\\b[^.;]{0,60}?\\b(?:due|received|submitted|filed)?[^.;]{0,20}?\\b(?:by|on or before|no later than|before|on)\\s+${EN_DATE}`,
  'gi',
);
const EN_APPLY = new RegExp(
  `\\b(?:applications?|registrations?|requests?)\\b[^.;]{0,60}?\\b(?:by|on or before|no later than|before|until|close[sd]? on|due on|due by)\\s+${EN_DATE}|\\bdeadline for (?:applications?|registration|submissions?)\\b[^.;]{0,20}?\\b${EN_DATE}`,
  'gi',
);

function enIso(m: RegExpMatchArray, at: number): string | null {
  const g = (i: number) => m[at + i];
  if (g(0)) return iso(+g(2), MONTHS[g(0).slice(0, 3).toLowerCase()], +g(1));
  if (g(3)) return iso(+g(5), MONTHS[g(4).slice(0, 3).toLowerCase()], +g(3));
  return iso(+g(6), +g(7), +g(8));
}

const APPLY_WORDS = /申报|申请|报名|报送|提交|受理|征集|参展|备案材料/;

/** Application windows, deadlines and the effective date stated in a notice, earliest first. */
export function extractDeadlines(title: string, text: string): Deadline[] {
  const s = `${title}\n${text}`;
  const out: Deadline[] = [];
  const seen = new Set<string>();
  const put = (d: Deadline) => {
    const key = `${d.kind}|${d.date}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(d);
  };
  for (const m of s.matchAll(ZH_WINDOW)) {
    const from = iso(+m[2], +m[3], +m[4]);
    const to = iso(m[5] ? +m[5] : +m[2], +m[6], +m[7]);
    if (from && to && to >= from) put({ kind: 'application', date: to, from, text: m[0].trim() });
  }
  for (const m of s.matchAll(ZH_WINDOW_AFTER)) {
    const from = iso(+m[1], +m[2], +m[3]);
    const to = iso(m[4] ? +m[4] : +m[1], +m[5], +m[6]);
    if (from && to && to >= from) put({ kind: 'application', date: to, from, text: m[0].trim() });
  }
  for (const m of s.matchAll(ZH_BY)) {
    const date = iso(+m[2], +m[3], +m[4]);
    if (!date) continue;
    const word = m[1];
    // a bare 于 (于2026年1月1日起施行) is an effective date, not a deadline
    if (word === '于' && !m[5]) continue;
    if (!m[5] && !/截止|截至/.test(word)) continue;
    const around = s.slice(Math.max(0, (m.index ?? 0) - 16), (m.index ?? 0) + m[0].length);
    if (out.some((d) => d.kind === 'application' && d.date === date)) continue;
    put({ kind: APPLY_WORDS.test(around) ? 'application' : 'deadline', date, text: m[0].trim() });
  }
  for (const m of s.matchAll(EN_COMMENTS)) {
    const date = enIso(m, 1);
    if (date) put({ kind: 'comments', date, text: m[0].trim() });
  }
  for (const m of s.matchAll(EN_APPLY)) {
    const date = enIso(m, 1) ?? enIso(m, 10);
    if (date) put({ kind: 'application', date, text: m[0].trim() });
  }
  const eff = extractEffectiveDate(s);
  // the first day of an application window is not the day a rule takes effect
  if (eff && !out.some((d) => d.from === eff)) put({ kind: 'effective', date: eff, text: 'effective' });
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

/** The last day anything can still be submitted (applications, comments, other deadlines); null when nothing is open. */
export function openUntil(deadlines: readonly Deadline[]): string | null {
  let best: string | null = null;
  for (const d of deadlines) if (d.kind !== 'effective' && (!best || d.date > best)) best = d.date;
  return best;
}

/** True when an application or submission is still possible on `today` (YYYY-MM-DD). */
export function isOpen(deadlines: readonly Deadline[], today: string): boolean {
  return deadlines.some((d) => d.kind !== 'effective' && d.date >= today && (!d.from || d.from <= today));
}
