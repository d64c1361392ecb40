/**
 * When a source is crawled again: the one rule shared by the in-process
 * scheduler of `serve` (cli/scheduler.ts) and the job queue of `worker`
 * (crawler/queue.ts). Pure; no imports, so the scheduler stays light.
 */

/** Six hours, unless a source definition or the config says otherwise. */
export const DEFAULT_INTERVAL_MINUTES = 360;

export interface Schedulable {
  enabled?: boolean;
  schedule?: { intervalMinutes: number };
}

/** How long after a run the source is due again, in milliseconds. */
export function intervalMs(source: Pick<Schedulable, 'schedule'>): number {
  return (source.schedule?.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES) * 60_000;
}

/** A source is due when it is not switched off and never ran or its last run ended at least one interval ago. */
export function isDue(source: Schedulable, lastRunAt: Date | null | undefined, now: Date): boolean {
  if (source.enabled === false) return false;
  if (!lastRunAt) return true;
  return now.getTime() - lastRunAt.getTime() >= intervalMs(source);
}
