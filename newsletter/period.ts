/**
 * Digest periods are ISO weeks ("2026-W47") in the configured timezone:
 * Monday 00:00 local time up to the next Monday 00:00. Pure functions; time
 * zone offsets come from Intl, so DST zones work too.
 */

export interface Period {
  /** "YYYY-Www" */
  id: string;
  year: number;
  week: number;
  timezone: string;
  /** inclusive start instant (Monday 00:00 local) */
  from: Date;
  /** exclusive end instant (next Monday 00:00 local) */
  to: Date;
  /** local calendar dates of Monday and Sunday, 'YYYY-MM-DD' */
  firstDay: string;
  lastDay: string;
}

const WEEK_RE = /^(\d{4})-W(\d{2})$/;
const DAY_MS = 86_400_000;

export class PeriodError extends Error {}

export function isValidTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const partsCache = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = partsCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsCache.set(tz, f);
  }
  return f;
}

/** Local wall-clock fields of an instant in a timezone. */
function localFields(at: Date, tz: string): { y: number; m: number; d: number; h: number; mi: number; s: number } {
  const p: Record<string, number> = {};
  for (const part of formatter(tz).formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { y: p.year, m: p.month, d: p.day, h: p.hour, mi: p.minute, s: p.second };
}

/** Offset (ms) of local time from UTC at an instant. */
function offsetAt(at: Date, tz: string): number {
  const f = localFields(at, tz);
  return Date.UTC(f.y, f.m - 1, f.d, f.h, f.mi, f.s) - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant of local midnight starting the given calendar day in tz. */
export function localMidnight(y: number, m: number, d: number, tz: string): Date {
  const guess = Date.UTC(y, m - 1, d);
  let t = guess - offsetAt(new Date(guess), tz);
  // a second pass settles days where the offset changes near midnight (DST)
  t = guess - offsetAt(new Date(t), tz);
  return new Date(t);
}

/** ISO year and week of a calendar date (given as a UTC date of that day). */
function isoWeekOf(dayUtc: number): { year: number; week: number } {
  const d = new Date(dayUtc);
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(dayUtc + (3 - dow) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan4 = Date.UTC(year, 0, 4);
  const jan4dow = (new Date(jan4).getUTCDay() + 6) % 7;
  const week1Monday = jan4 - jan4dow * DAY_MS;
  return { year, week: Math.floor((thursday.getTime() - week1Monday) / (7 * DAY_MS)) + 1 };
}

function weeksInYear(year: number): number {
  // a year has 53 ISO weeks when Dec 28 falls in week 53
  return isoWeekOf(Date.UTC(year, 11, 28)).week;
}

function ymd(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

function build(year: number, week: number, tz: string): Period {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4dow = (new Date(jan4).getUTCDay() + 6) % 7;
  const monday = jan4 - jan4dow * DAY_MS + (week - 1) * 7 * DAY_MS;
  const next = monday + 7 * DAY_MS;
  const a = new Date(monday);
  const b = new Date(next);
  return {
    id: `${year}-W${String(week).padStart(2, '0')}`,
    year,
    week,
    timezone: tz,
    from: localMidnight(a.getUTCFullYear(), a.getUTCMonth() + 1, a.getUTCDate(), tz),
    to: localMidnight(b.getUTCFullYear(), b.getUTCMonth() + 1, b.getUTCDate(), tz),
    firstDay: ymd(monday),
    lastDay: ymd(next - DAY_MS),
  };
}

/** Parses "2026-W47" (case-insensitive W) into the period in tz; throws PeriodError with a clear message. */
export function parseWeek(s: string, tz: string): Period {
  if (!isValidTimezone(tz)) throw new PeriodError(`unknown timezone "${tz}"`);
  const m = WEEK_RE.exec(s.trim().toUpperCase());
  if (!m) throw new PeriodError(`a week looks like 2026-W47, got "${s}"`);
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (year < 1970 || year > 9999) throw new PeriodError(`year out of range in "${s}"`);
  if (week < 1 || week > weeksInYear(year)) throw new PeriodError(`${year} has weeks 01 to ${weeksInYear(year)}, got "${s}"`);
  return build(year, week, tz);
}

/** The ISO week containing the instant `at`, in tz. */
export function weekContaining(at: Date, tz: string): Period {
  if (!isValidTimezone(tz)) throw new PeriodError(`unknown timezone "${tz}"`);
  const f = localFields(at, tz);
  const { year, week } = isoWeekOf(Date.UTC(f.y, f.m - 1, f.d));
  return build(year, week, tz);
}

/** The last complete week before `at`: what a Monday-morning digest run covers. */
export function previousWeek(at: Date, tz: string): Period {
  const current = weekContaining(at, tz);
  return weekContaining(new Date(current.from.getTime() - 1), tz);
}
