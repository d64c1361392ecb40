/**
 * Source health from one run: a run that finds zero items, items without
 * dates, or detail pages where the body selector matches nothing raises an
 * alarm instead of passing as "no news". Anti-bot walls are "blocked",
 * unreachable sites "down". Each run also gets an outcome for the health
 * history: ok, degraded (selectors rotted, structure detection stood in),
 * blocked, down, or moved (list page gone or redirected, or no list found).
 */
import type { CrawlRunStats, RunOutcome, SourceStatus } from '../db/types.ts';

export interface HealthCounters {
  listPagesOk: number;
  listRowsMatched: number;
  items: number;
  itemsWithoutDate: number;
  detailPages: number;
  detailBodyMissing: number;
  /** first list page failed, and how */
  listFailure?: { kind: string; message: string; status?: number };
  detailBlocked: number;
  detailOk: number;
  /** list pages whose items came from structure detection, and the row selector it found */
  listDetected: number;
  listDetectedItem?: string;
  /** detail pages whose body came from structure detection, and the block it took */
  detailDetected: number;
  detailDetectedBody?: string;
  /** the first list page answered from another address (redirected) */
  listMovedTo?: string;
}

export function emptyCounters(): HealthCounters {
  return {
    listPagesOk: 0,
    listRowsMatched: 0,
    items: 0,
    itemsWithoutDate: 0,
    detailPages: 0,
    detailBodyMissing: 0,
    detailBlocked: 0,
    detailOk: 0,
    listDetected: 0,
    detailDetected: 0,
  };
}

/** Statuses a WAF or an access rule answers with (the fetcher calls these "blocked"). */
const BLOCKED = new Set([403, 405, 412, 521]);
const GONE = new Set([301, 308, 404, 410]);

export interface HealthVerdict {
  status: SourceStatus;
  runStatus: CrawlRunStats['status'];
  alarms: string[];
  lastError: string | null;
  /** what the run amounts to for the health history, and why */
  outcome: RunOutcome;
  reason: string | null;
}

const sel = (s: string | string[] | undefined) => (Array.isArray(s) ? s.join(', ') : (s ?? ''));

export function judgeHealth(c: HealthCounters, errors: Record<string, number>, selectors: { item?: string; body?: string | string[] }): HealthVerdict {
  const alarms: string[] = [];
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  if (c.listFailure && c.listPagesOk === 0) {
    const status = c.listFailure.status;
    const blocked = c.listFailure.kind === 'blocked' || (status !== undefined && BLOCKED.has(status));
    const gone = !blocked && (c.listFailure.kind === 'not-found' || (status !== undefined && GONE.has(status)));
    const lastError = `${c.listFailure.kind}: ${c.listFailure.message}`;
    return {
      status: blocked ? 'blocked' : 'down',
      runStatus: blocked ? 'blocked' : 'failed',
      alarms,
      lastError,
      outcome: blocked ? 'blocked' : gone ? 'moved' : 'down',
      reason: blocked ? `list page blocked (${lastError})` : gone ? `list page gone (${lastError})` : `list page unreachable (${lastError})`,
    };
  }
  let moved: string | null = null;
  if (c.listPagesOk > 0 && c.items === 0) {
    const none = c.listRowsMatched === 0 && selectors.item;
    alarms.push(none ? `zero items: list selector "${selectors.item}" matched nothing` : 'zero items on the list pages');
    if (none) moved = `list selector "${selectors.item}" matched nothing and structure detection found no list`;
  }
  if (c.listDetected > 0)
    alarms.push(
      `list selector "${selectors.item ?? ''}" matched nothing on ${c.listDetected} page(s); used structure detection (rows "${c.listDetectedItem ?? ''}")`,
    );
  if (c.items > 0 && c.itemsWithoutDate > 0 && c.itemsWithoutDate / c.items >= 0.5) {
    alarms.push(`${c.itemsWithoutDate} of ${c.items} items without a date`);
  }
  if (c.detailBodyMissing > 0) {
    const how = c.detailDetected > 0 ? `; used structure detection (body "${c.detailDetectedBody ?? ''}")` : '';
    alarms.push(`detail body selector "${sel(selectors.body)}" matched nothing on ${c.detailBodyMissing} of ${c.detailPages} pages${how}`);
  }
  if (c.detailBlocked > 0 && c.detailOk === 0) {
    return {
      status: 'blocked',
      runStatus: 'blocked',
      alarms,
      lastError: `blocked: ${c.detailBlocked} detail pages answered with an anti-bot wall`,
      outcome: 'blocked',
      reason: `${c.detailBlocked} detail pages answered with an anti-bot wall`,
    };
  }
  const lastError = errorCount
    ? Object.entries(errors)
        .map(([k, n]) => `${k}×${n}`)
        .join(', ')
    : null;
  const status: SourceStatus = alarms.length ? 'alarm' : 'ok';
  const runStatus: CrawlRunStats['status'] = errorCount ? 'partial' : 'ok';
  if (moved) return { status, runStatus, alarms, lastError, outcome: 'moved', reason: moved };
  if (c.listMovedTo) return { status, runStatus, alarms, lastError, outcome: 'moved', reason: `list page redirects to ${c.listMovedTo}` };
  if (c.listDetected > 0 || c.detailDetected > 0) {
    const why = alarms.filter((a) => a.includes('structure detection')).join('; ');
    return { status, runStatus, alarms, lastError, outcome: 'degraded', reason: why };
  }
  return { status, runStatus, alarms, lastError, outcome: 'ok', reason: alarms.length ? alarms.join('; ') : lastError };
}
