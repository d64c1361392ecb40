/**
 * Source health from one run: a run that finds zero items, items without
 * dates, or detail pages where the body selector matches nothing raises an
 * alarm instead of passing as "no news". Anti-bot walls are "blocked",
 * unreachable sites "down".
 */
import type { CrawlRunStats, SourceStatus } from '../db/types.ts';

export interface HealthCounters {
  listPagesOk: number;
  listRowsMatched: number;
  items: number;
  itemsWithoutDate: number;
  detailPages: number;
  detailBodyMissing: number;
  /** first list page failed, and how */
  listFailure?: { kind: string; message: string };
  detailBlocked: number;
  detailOk: number;
}

export function emptyCounters(): HealthCounters {
  return { listPagesOk: 0, listRowsMatched: 0, items: 0, itemsWithoutDate: 0, detailPages: 0, detailBodyMissing: 0, detailBlocked: 0, detailOk: 0 };
}

export interface HealthVerdict {
  status: SourceStatus;
  runStatus: CrawlRunStats['status'];
  alarms: string[];
  lastError: string | null;
}

export function judgeHealth(c: HealthCounters, errors: Record<string, number>, selectors: { item?: string; body?: string | string[] }): HealthVerdict {
  const alarms: string[] = [];
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  if (c.listFailure && c.listPagesOk === 0) {
    const blocked = c.listFailure.kind === 'blocked';
    return { status: blocked ? 'blocked' : 'down', runStatus: blocked ? 'blocked' : 'failed', alarms, lastError: `${c.listFailure.kind}: ${c.listFailure.message}` };
  }
  if (c.listPagesOk > 0 && c.items === 0) {
    alarms.push(c.listRowsMatched === 0 && selectors.item ? `zero items: list selector "${selectors.item}" matched nothing` : 'zero items on the list pages');
  }
  if (c.items > 0 && c.itemsWithoutDate > 0 && c.itemsWithoutDate / c.items >= 0.5) {
    alarms.push(`${c.itemsWithoutDate} of ${c.items} items without a date`);
  }
  if (c.detailBodyMissing > 0) {
    const sel = Array.isArray(selectors.body) ? selectors.body.join(', ') : selectors.body;
    alarms.push(`detail body selector "${sel}" matched nothing on ${c.detailBodyMissing} of ${c.detailPages} pages`);
  }
  if (c.detailBlocked > 0 && c.detailOk === 0) {
    return { status: 'blocked', runStatus: 'blocked', alarms, lastError: `blocked: ${c.detailBlocked} detail pages answered with an anti-bot wall` };
  }
  const lastError = errorCount ? Object.entries(errors).map(([k, n]) => `${k}×${n}`).join(', ') : null;
  return { status: alarms.length ? 'alarm' : 'ok', runStatus: errorCount ? 'partial' : 'ok', alarms, lastError };
}
