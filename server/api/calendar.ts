/**
 * GET /feeds/deadlines.ics?for=<profile token>: an iCalendar feed (RFC 5545) of the
 * application windows, comment deadlines and effective dates of the notices that concern
 * a profile, for a calendar app to subscribe to. The signed URL is the only credential.
 */
import type { Notice } from '../../db/types.ts';
import type { App, RequestContext } from '../app.ts';
import { badParam } from '../http.ts';
import { calendarQuery, query } from './query-schemas.ts';
import { errorResponse, textResponse } from './schemas.ts';
import { profileMatches, requestProfile } from './matching.ts';

/** notices with deadlines in one calendar (hitsFor's batch) */
const CALENDAR_MAX = 1000;

export interface CalendarEvent {
  uid: string;
  /** YYYY-MM-DD, all-day */
  date: string;
  summary: string;
  description: string;
  url: string;
}

/** Text value escaping of RFC 5545 §3.3.11. */
function esc(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character. */
function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const b = Buffer.byteLength(ch);
    if (bytes + b > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += b;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const day = (d: string) => d.replace(/-/g, '');
function nextDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

export function icalendar(name: string, events: CalendarEvent[], now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Policy Radar//Deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${esc(name)}`,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${esc(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day(e.date)}`,
      `DTEND;VALUE=DATE:${day(nextDay(e.date))}`,
      `SUMMARY:${esc(e.summary)}`,
      `DESCRIPTION:${esc(e.description)}`,
      `URL:${esc(e.url)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

const LABEL = {
  zh: { application: '申报截止', comments: '意见截止', deadline: '截止', effective: '施行', opens: '申报开始' },
  en: { application: 'Applications close', comments: 'Comments due', deadline: 'Deadline', effective: 'Takes effect', opens: 'Applications open' },
} as const;

export function deadlineEvents(notices: Notice[], link: (n: Notice) => string, lang: 'zh' | 'en'): CalendarEvent[] {
  const L = LABEL[lang];
  const out: CalendarEvent[] = [];
  for (const n of notices) {
    for (const d of n.facts?.deadlines ?? []) {
      const base = { description: `${n.agency ?? n.sourceId}\n${d.text}\n${n.url}`, url: link(n) };
      out.push({ ...base, uid: `notice-${n.id}-${d.kind}-${d.date}@policy-radar`, date: d.date, summary: `${L[d.kind]}: ${n.title}` });
      if (d.from) out.push({ ...base, uid: `notice-${n.id}-opens-${d.from}@policy-radar`, date: d.from, summary: `${L.opens}: ${n.title}` });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

async function deadlines(ctx: RequestContext): Promise<void> {
  const who = await requestProfile(ctx.query, ctx.store, ctx.app.options.secret);
  if (!who) throw badParam('for', 'a profile token or for=params with profile.* parameters is required');
  const today = new Date().toISOString().slice(0, 10);
  const r = await profileMatches(ctx.store, { status: 'active' }, who, { today, deadlinesOnly: true });
  // newest change first among equals, as many as one calendar holds
  const ids = r.matches.slice(0, CALENDAR_MAX).map((m) => m.id);
  const mine = (await ctx.store.hitsFor(ids)).map((h) => h.notice);
  const lang = ctx.lang === 'zh' ? 'zh' : 'en';
  const events = deadlineEvents(mine, (n) => ctx.app.absoluteUrl(ctx, `/notices/${n.id}`), lang);
  const name =
    lang === 'zh'
      ? `政策雷达：申报与截止日期${who.subscriber ? `（${who.subscriber.email}）` : ''}`
      : `Policy Radar deadlines${who.subscriber ? ` (${who.subscriber.email})` : ''}`;
  ctx.send(icalendar(name, events), { type: 'text/calendar; charset=utf-8', cache: who.subscriber ? 'private, no-store' : ctx.app.options.apiCache });
}

export function registerCalendar(app: App): void {
  app.api(
    {
      path: '/feeds/deadlines.ics',
      summary: "iCalendar feed of a profile's deadlines: application windows, comment deadlines and effective dates of the notices that concern it",
      request: { query: query(calendarQuery) },
      responses: {
        200: textResponse('text/calendar', 'text/calendar (RFC 5545), one all-day event per deadline'),
        400: errorResponse('No profile, or a bad one.'),
        403: errorResponse('The for= token is invalid or expired.'),
      },
    },
    deadlines,
    { cache: false },
  );
}
