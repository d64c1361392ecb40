import { CronExpressionParser } from 'cron-parser';
import { isDue } from '../crawler/schedule.ts';
import type { Store } from '../db/types.ts';
import { DEFAULT_TIMEZONE } from '../taxonomy/defaults.ts';
import type { Logger } from './log.ts';

/**
 * The in-process scheduler of `policy-radar serve`: each enabled source is
 * crawled on its own interval, never twice at once, and the weekly digest goes
 * out at a cron time in the configured timezone. Time comes from `now()` and
 * ticks are driven by the caller's timer, so tests run it on a fake clock.
 */

export const DEFAULT_DIGEST_CRON = '0 8 * * 1'; // Mondays 08:00, for the week just ended

export interface ScheduledSource {
  id: string;
  enabled: boolean;
  schedule?: { intervalMinutes: number };
}

/** Sources due at `now`: enabled, and never run or last run at least one interval ago. */
export function dueSources(sources: ScheduledSource[], lastRun: Map<string, Date | null>, now: Date): string[] {
  return sources.filter((s) => isDue(s, lastRun.get(s.id), now)).map((s) => s.id);
}

export class CronError extends Error {
  readonly userFacing = true;
}

export function parseCron(expr: string, tz: string) {
  try {
    return CronExpressionParser.parse(expr, { tz });
  } catch (e) {
    throw new CronError(`digest.cron: "${expr}" is not a valid cron expression (${(e as Error).message}); e.g. "0 8 * * 1" for Mondays 08:00`);
  }
}

/** The next digest time strictly after `after`. */
export function nextCronTime(expr: string, tz: string, after: Date): Date {
  return CronExpressionParser.parse(expr, { tz, currentDate: after }).next().toDate();
}

/** The latest digest time at or before `at`. */
export function previousCronTime(expr: string, tz: string, at: Date): Date {
  return CronExpressionParser.parse(expr, { tz, currentDate: new Date(at.getTime() + 1) })
    .prev()
    .toDate();
}

export interface SchedulerOptions {
  store: Store;
  sources: ScheduledSource[];
  /** runs one crawl of one source; gets an AbortSignal for shutdown */
  crawl(sourceId: string, signal: AbortSignal): Promise<void>;
  /** sends the digest that was due at `due` (idempotent per subscriber and week) */
  digest(due: Date, signal: AbortSignal): Promise<void>;
  digestCron?: string;
  timezone?: string;
  now?: () => Date;
  log?: Logger;
  /** a digest whose time passed less than this long ago is still sent at start-up (default 24 h) */
  catchUpMs?: number;
}

export class Scheduler {
  private readonly running = new Map<string, Promise<void>>();
  private readonly abort = new AbortController();
  private digestRun: Promise<void> | null = null;
  private nextDigest: Date;
  private stopped = false;
  private readonly now: () => Date;
  private readonly cron: string;
  private readonly tz: string;

  constructor(private readonly o: SchedulerOptions) {
    this.now = o.now ?? (() => new Date());
    this.cron = o.digestCron ?? DEFAULT_DIGEST_CRON;
    this.tz = o.timezone ?? DEFAULT_TIMEZONE;
    parseCron(this.cron, this.tz);
    const now = this.now();
    const last = previousCronTime(this.cron, this.tz, now);
    // catch up a digest missed by a restart shortly after its time; sending is idempotent
    this.nextDigest = now.getTime() - last.getTime() < (o.catchUpMs ?? 24 * 3_600_000) ? last : nextCronTime(this.cron, this.tz, now);
  }

  get nextDigestAt(): Date {
    return this.nextDigest;
  }

  get activeCrawls(): string[] {
    return [...this.running.keys()];
  }

  /** Starts what is due now; returns without waiting for it to finish. */
  async tick(): Promise<{ started: string[]; digest: boolean }> {
    if (this.stopped) return { started: [], digest: false };
    const now = this.now();
    const lastRun = new Map((await this.o.store.listSources()).map((s) => [s.id, s.lastRunAt]));
    const started: string[] = [];
    for (const id of dueSources(this.o.sources, lastRun, now)) {
      if (this.running.has(id)) continue; // one crawl of a source at a time
      started.push(id);
      const p = this.o
        .crawl(id, this.abort.signal)
        .catch((e) => this.o.log?.error('scheduled crawl failed', { source: id, error: String((e as Error)?.message ?? e) }))
        .finally(() => this.running.delete(id));
      this.running.set(id, p);
    }
    let digest = false;
    if (now.getTime() >= this.nextDigest.getTime() && !this.digestRun) {
      const due = this.nextDigest;
      this.nextDigest = nextCronTime(this.cron, this.tz, now);
      digest = true;
      this.o.log?.info('weekly digest due', { due: due.toISOString(), next: this.nextDigest.toISOString() });
      this.digestRun = this.o
        .digest(due, this.abort.signal)
        .catch((e) => this.o.log?.error('digest run failed', { error: String((e as Error)?.message ?? e) }))
        .finally(() => {
          this.digestRun = null;
        });
    }
    if (started.length) this.o.log?.info('scheduled crawls started', { sources: started });
    return { started, digest };
  }

  /** Waits for everything started so far (tests). */
  async idle(): Promise<void> {
    await Promise.all([...this.running.values(), this.digestRun]);
  }

  /** Stops starting work, asks running work to stop at its next safe point, and waits for it. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    await this.idle();
  }
}

/** Drives a scheduler with a real timer until stopped. */
export function runScheduler(s: Scheduler, everyMs = 30_000, log?: Logger): { stop(): Promise<void> } {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await s.tick();
    } catch (e) {
      log?.error('scheduler tick failed', { error: String((e as Error)?.message ?? e) });
    } finally {
      busy = false;
    }
  };
  void tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await s.stop();
    },
  };
}
