/**
 * Dates as they appear on government pages, to 'YYYY-MM-DD':
 * 2022年12月23日, 二〇二二年十二月二十三日, 2022-12-23, 2022/12/23, 2022.12.23,
 * 2022-12-23-10:20:00, ISO timestamps, 23 December 2022, December 23, 2022,
 * Dec. 23, 2022, and unix times (s or ms; the calendar date in UTC+8 by
 * default, since most sources publish in China time).
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, О: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function cnNumber(s: string): number {
  // 二十三 -> 23, 十二 -> 12, 十 -> 10, 三十一 -> 31
  if (s.includes('十')) {
    const [a, b] = s.split('十');
    return (a ? CN_DIGITS[a] : 1) * 10 + (b ? CN_DIGITS[b] : 0);
  }
  return [...s].reduce((acc, ch) => acc * 10 + (CN_DIGITS[ch] ?? 0), 0);
}

export interface DateOptions {
  /** offset used to turn unix times into a calendar date, minutes (default +480, China) */
  tzOffsetMinutes?: number;
}

export function fromUnix(n: number, opts: DateOptions = {}): string | null {
  const ms = n > 1e11 ? n : n * 1000;
  const off = (opts.tzOffsetMinutes ?? 480) * 60_000;
  const d = new Date(ms + off);
  if (Number.isNaN(d.getTime())) return null;
  return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The first date found in the text, or null. Numbers alone are read as unix times. */
export function parseDate(input: unknown, opts: DateOptions = {}): string | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return fromUnix(input, opts);
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input.toISOString().slice(0, 10);
  const s = String(input).normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!s) return null;
  if (/^\d{10}(\d{3})?$/.test(s)) return fromUnix(Number(s), opts);

  let m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = /([〇零一二三四五六七八九О]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(s);
  if (m) return valid(cnNumber(m[1]), cnNumber(m[2]), cnNumber(m[3]));
  // ISO with an offset: the date as written at the source
  m = /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]|-(?=\d{1,2}:))?/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = /(\d{4})[/.](\d{1,2})[/.](\d{1,2})/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[2].slice(0, m[2].toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()]) {
    return valid(+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1]);
  }
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[1].slice(0, 3).toLowerCase()]) return valid(+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2]);
  // 2024年3月 in titles (month only) is not a date; YYYYMMDD in URLs is handled by callers
  return null;
}

/** A date in a URL such as /202412/t20241223_123.htm or -2024-12-23_en. */
export function dateFromUrl(url: string): string | null {
  let m = /(?:^|[^\d])(20\d{2})(\d{2})(\d{2})(?:[^\d]|$)/.exec(url);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = /(20\d{2})-(\d{2})-(\d{2})/.exec(url);
  if (m) return valid(+m[1], +m[2], +m[3]);
  return null;
}
