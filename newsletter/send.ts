/**
 * A digest run: for each confirmed subscriber, claim the (subscriber, period)
 * delivery in the store, build and send the mail, record the outcome.
 *
 * Exactly-once is impossible over SMTP: a process can die after the server
 * accepted a message and before we record it. We choose AT-MOST-ONCE by
 * default: a delivery left in 'sending' by a killed run is not reclaimed
 * (staleAfterMs defaults to "never"), so a rerun sends everyone else and
 * nobody twice; the few rows stuck in 'sending' (at most `concurrency` per
 * crash) are reported, and an operator who prefers at-least-once for them
 * passes a finite staleAfterMs (CLI --reclaim-after) — a mail accepted just
 * before the crash is then sent again, with the same Message-ID so receivers
 * can tell. Rows that failed with an error are retried up to maxAttempts.
 */
import type { Delivery, Store, Subscriber } from '../db/types.ts';
import { composeDigest, loadWeek, type MailSettings, type Week } from './digest.ts';
import { isTransientError, type Mailer } from './mailer.ts';
import type { Period } from './period.ts';
import type { Vocabulary } from './taxonomy.ts';

/** ~10 years: in practice "never reclaim a delivery that may have been sent". */
export const NEVER_RECLAIM_MS = 10 * 365 * 86_400_000;

export interface RunOptions extends MailSettings {
  store: Store;
  mailer: Mailer;
  period: Period;
  vocab?: Vocabulary;
  /** only this address */
  to?: string;
  /** parallel sends (default 4); the SMTP pool also limits connections and rate */
  concurrency?: number;
  maxAttempts?: number;
  staleAfterMs?: number;
  /** wait before retrying a transient failure within the run (default 1000 ms, doubled each time) */
  retryDelayMs?: number;
  /** false: dry run, nothing claimed or recorded (previews into an outbox) */
  record?: boolean;
  onEvent?: (e: RunEvent) => void;
  /** stop taking new subscribers (graceful shutdown) */
  signal?: AbortSignal;
}

export type RunEvent =
  | { type: 'sent'; email: string; subscriberId: number; messageId: string; items: number }
  | { type: 'skipped'; email: string; subscriberId: number; reason: 'empty' | 'not-confirmed' | 'done-or-busy' }
  | { type: 'failed'; email: string; subscriberId: number; error: string; willRetry: boolean };

export interface RunStats {
  period: string;
  notices: number;
  subscribers: number;
  sent: number;
  /** nothing new and the subscriber did not ask for empty digests */
  empty: number;
  /** already sent, being sent, or out of attempts */
  alreadyHandled: number;
  failed: number;
  /** deliveries still 'sending' after the run: from killed runs (see header comment) */
  stuck: number;
  errors: { email: string; error: string }[];
  elapsedMs: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function errorText(e: unknown): string {
  const err = e as { message?: string; response?: string };
  return String(err?.response || err?.message || e).slice(0, 500);
}

export async function runDigest(o: RunOptions): Promise<RunStats> {
  const t0 = performance.now();
  const record = o.record ?? true;
  const maxAttempts = o.maxAttempts ?? 3;
  const staleAfterMs = o.staleAfterMs ?? NEVER_RECLAIM_MS;
  const week = await loadWeek(o.store, o.period, o.vocab);
  let subs = await o.store.listSubscribers({ status: 'confirmed' });
  if (o.to) {
    const want = o.to.trim().toLowerCase();
    subs = subs.filter((s) => s.email === want);
  }
  const stats: RunStats = {
    period: o.period.id,
    notices: week.prepared.items.length,
    subscribers: subs.length,
    sent: 0,
    empty: 0,
    alreadyHandled: 0,
    failed: 0,
    stuck: 0,
    errors: [],
    elapsedMs: 0,
  };
  const emit = (e: RunEvent) => o.onEvent?.(e);

  const one = async (sub: Subscriber) => {
    if (!record) {
      const d = await composeDigest(week, sub, o);
      if (d.empty && !sub.sendEmpty) {
        stats.empty++;
        emit({ type: 'skipped', email: sub.email, subscriberId: sub.id, reason: 'empty' });
        return;
      }
      const r = await o.mailer.send(d.mail);
      stats.sent++;
      emit({ type: 'sent', email: sub.email, subscriberId: sub.id, messageId: r.messageId, items: d.rendered.count });
      return;
    }
    for (let attempt = 0; ; attempt++) {
      const claim: Delivery | null = await o.store.claimDelivery(sub.id, o.period.id, { staleAfterMs, maxAttempts });
      if (!claim) {
        if (attempt === 0) {
          stats.alreadyHandled++;
          emit({ type: 'skipped', email: sub.email, subscriberId: sub.id, reason: 'done-or-busy' });
        }
        return;
      }
      // the list was read at the start: someone may have unsubscribed since
      const fresh = await o.store.getSubscriber(sub.id);
      if (fresh?.status !== 'confirmed') {
        await o.store.completeDelivery(claim.id, { status: 'skipped', error: 'not confirmed at send time' });
        emit({ type: 'skipped', email: sub.email, subscriberId: sub.id, reason: 'not-confirmed' });
        return;
      }
      let d: Awaited<ReturnType<typeof composeDigest>>;
      try {
        d = await composeDigest(week, fresh, o);
      } catch (e) {
        // a rendering bug is not transient: record it and move on
        await o.store.completeDelivery(claim.id, { status: 'failed', error: `render: ${errorText(e)}` });
        stats.failed++;
        stats.errors.push({ email: sub.email, error: errorText(e) });
        emit({ type: 'failed', email: sub.email, subscriberId: sub.id, error: errorText(e), willRetry: false });
        return;
      }
      if (d.empty && !fresh.sendEmpty) {
        await o.store.completeDelivery(claim.id, { status: 'skipped', error: null });
        stats.empty++;
        emit({ type: 'skipped', email: sub.email, subscriberId: sub.id, reason: 'empty' });
        return;
      }
      try {
        const r = await o.mailer.send(d.mail);
        await o.store.completeDelivery(claim.id, { status: 'sent', messageId: r.messageId });
        stats.sent++;
        emit({ type: 'sent', email: sub.email, subscriberId: sub.id, messageId: r.messageId, items: d.rendered.count });
        return;
      } catch (e) {
        const error = errorText(e);
        await o.store.completeDelivery(claim.id, { status: 'failed', error });
        const willRetry = isTransientError(e) && claim.attempts < maxAttempts && !o.signal?.aborted;
        emit({ type: 'failed', email: sub.email, subscriberId: sub.id, error, willRetry });
        if (!willRetry) {
          stats.failed++;
          stats.errors.push({ email: sub.email, error });
          return;
        }
        await sleep((o.retryDelayMs ?? 1000) * 2 ** attempt);
      }
    }
  };

  let next = 0;
  const worker = async () => {
    while (next < subs.length && !o.signal?.aborted) await one(subs[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 4) }, worker));

  if (record) stats.stuck = (await o.store.listDeliveries({ period: o.period.id })).filter((d) => d.status === 'sending').length;
  stats.elapsedMs = Math.round(performance.now() - t0);
  return stats;
}

/** Renders one subscriber's digest without sending or recording anything (operator preview). */
export async function previewDigest(store: Store, period: Period, sub: Subscriber, settings: MailSettings, week?: Week) {
  const w = week ?? (await loadWeek(store, period));
  return composeDigest(w, sub, settings);
}
