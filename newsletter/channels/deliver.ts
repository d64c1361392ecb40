/**
 * Push delivery with the mail's bookkeeping (newsletter/send.ts): claim the
 * (target, key) row, send each part, record progress after each accepted
 * part, record the outcome. AT-MOST-ONCE: a row left 'sending' by a killed
 * run is not reclaimed unless staleAfterMs says so; parts already recorded
 * are never sent again (a retry resumes after them). A failed push counts
 * against the target; after `pauseAfter` consecutive failures the target is
 * paused with the last error as its reason (resume: CLI `channels resume`).
 */
import type { ChannelTarget, Notice, Store, Subscriber } from '../../db/types.ts';
import { composeDigest, type MailSettings, type Week } from '../digest.ts';
import { baseUrl, noticePath, subscriberLinks } from '../links.ts';
import { NEVER_RECLAIM_MS } from '../send.ts';
import { DEFAULT_TIMEZONE } from '../../taxonomy/defaults.ts';
import { weekContaining } from '../period.ts';
import { prepareWeek, weekItems } from '../select.ts';
import { loadVocabulary, type Vocabulary } from '../taxonomy.ts';
import { digestContent, instantContent, type PushContent } from './content.ts';
import { formatPush, isChannelKind } from './formats.ts';
import { checkTargetUrl, type RetryOptions, sendWithRetry } from './sender.ts';
import { signRequest } from './sign.ts';

export interface PushOptions {
  store: Store;
  retry?: RetryOptions;
  /** pause a target after this many consecutive failed pushes (default 3) */
  pauseAfter?: number;
  maxAttempts?: number;
  staleAfterMs?: number;
  allowLoopbackHttp?: boolean;
  onEvent?: (e: PushEvent) => void;
}

export type PushEvent =
  | { type: 'sent'; targetId: number; key: string; parts: number }
  | { type: 'skipped'; targetId: number; key: string; reason: 'done-or-busy' | 'empty' | 'paused' | 'not-confirmed' }
  | { type: 'failed'; targetId: number; key: string; error: string; paused: boolean };

export type PushResult = 'sent' | 'skipped' | 'failed';

function errText(e: unknown): string {
  return String((e as Error)?.message ?? e).slice(0, 500);
}

/** Claims and sends one push to one target. */
export async function pushToTarget(o: PushOptions, target: ChannelTarget, content: PushContent): Promise<PushResult> {
  const emit = (e: PushEvent) => o.onEvent?.(e);
  const key = content.key;
  if (target.status !== 'active') {
    emit({ type: 'skipped', targetId: target.id, key, reason: 'paused' });
    return 'skipped';
  }
  const claim = await o.store.claimChannelDelivery(target.id, key, { staleAfterMs: o.staleAfterMs ?? NEVER_RECLAIM_MS, maxAttempts: o.maxAttempts ?? 3 });
  if (!claim) {
    emit({ type: 'skipped', targetId: target.id, key, reason: 'done-or-busy' });
    return 'skipped';
  }
  const fail = async (error: string): Promise<PushResult> => {
    await o.store.completeChannelDelivery(claim.id, { status: 'failed', error });
    const failures = target.failures + 1;
    const pause = failures >= (o.pauseAfter ?? 3);
    await o.store.updateChannelTarget(target.id, pause ? { failures, status: 'paused', pauseReason: error } : { failures });
    emit({ type: 'failed', targetId: target.id, key, error, paused: pause });
    return 'failed';
  };
  let bodies: ReturnType<typeof formatPush>;
  let url: string;
  try {
    if (!isChannelKind(target.kind)) throw new Error(`unknown channel kind ${target.kind}`);
    url = checkTargetUrl(target.url, { allowLoopbackHttp: o.allowLoopbackHttp });
    bodies = formatPush(target.kind, content);
  } catch (e) {
    return fail(errText(e));
  }
  for (let i = claim.partsSent; i < bodies.length; i++) {
    const r = await sendWithRetry(
      target.kind,
      () => signRequest(target.kind, { url, secret: target.secret }, bodies[i], { deliveryId: `${target.id}.${key}.${i + 1}` }),
      o.retry,
    );
    if (!r.ok) return fail(bodies.length > 1 ? `part ${i + 1}/${bodies.length}: ${r.error}` : r.error);
    await o.store.progressChannelDelivery(claim.id, i + 1, bodies.length);
  }
  await o.store.completeChannelDelivery(claim.id, { status: 'sent' });
  await o.store.updateChannelTarget(target.id, { failures: 0, lastSuccessAt: new Date() });
  emit({ type: 'sent', targetId: target.id, key, parts: bodies.length });
  return 'sent';
}

export interface PushRunStats {
  targets: number;
  sent: number;
  skipped: number;
  failed: number;
  /** claimed by a run that died mid-send: not re-sent (at-most-once), reported */
  stuck: number;
  elapsedMs: number;
}

/**
 * The weekly pushes of a digest run: each active weekly target of a
 * confirmed subscriber gets that subscriber's digest selection (the same
 * composeDigest the mail uses, so whatever selection rule it applies).
 */
export async function runWeeklyPushes(
  o: PushOptions & { week: Week; settings: MailSettings; concurrency?: number; subscriberId?: number; signal?: AbortSignal },
): Promise<PushRunStats> {
  const t0 = performance.now();
  const targets = await o.store.listChannelTargets({ schedule: 'weekly', status: 'active', subscriberId: o.subscriberId });
  const stats: PushRunStats = { targets: targets.length, sent: 0, skipped: 0, failed: 0, stuck: 0, elapsedMs: 0 };
  const subs = new Map<number, Subscriber | null>();
  const root = baseUrl(o.settings.publicUrl);
  const one = async (t: ChannelTarget) => {
    if (!subs.has(t.subscriberId)) subs.set(t.subscriberId, await o.store.getSubscriber(t.subscriberId));
    const sub = subs.get(t.subscriberId);
    if (sub?.status !== 'confirmed') {
      stats.skipped++;
      o.onEvent?.({ type: 'skipped', targetId: t.id, key: o.week.period.id, reason: 'not-confirmed' });
      return;
    }
    const d = await composeDigest(o.week, sub, o.settings);
    if (d.empty && !sub.sendEmpty) {
      stats.skipped++;
      o.onEvent?.({ type: 'skipped', targetId: t.id, key: o.week.period.id, reason: 'empty' });
      return;
    }
    const content = digestContent({
      period: o.week.period.id,
      lang: sub.language,
      selection: d.selection,
      vocab: o.week.vocab,
      noticeUrl: (n: Notice) => `${root}${noticePath(n.id)}`,
      manageUrl: subscriberLinks(o.settings.publicUrl, o.settings.secret, sub).manage,
    });
    stats[await pushToTarget(o, t, content)]++;
  };
  let next = 0;
  const worker = async () => {
    while (next < targets.length && !o.signal?.aborted) await one(targets[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 4) }, worker));
  for (const t of targets)
    stats.stuck += (await o.store.listChannelDeliveries({ targetId: t.id, key: o.week.period.id })).filter((d) => d.status === 'sending').length;
  stats.elapsedMs = Math.round(performance.now() - t0);
  return stats;
}

/**
 * Instant pushes for notices just saved (cli/services.ts pushAfterCrawl calls
 * this after each source's crawl). Each active instant target of a
 * confirmed subscriber gets each notice that the digest selection would give
 * that subscriber (its topic sections, not the general section), narrowed to
 * the target's instantTopics when set. One push per (target, notice version).
 */
export async function pushInstant(
  o: PushOptions & { notices: Notice[]; settings: MailSettings; vocab?: Vocabulary; timezone?: string },
): Promise<PushRunStats> {
  const t0 = performance.now();
  const targets = await o.store.listChannelTargets({ schedule: 'instant', status: 'active' });
  const stats: PushRunStats = { targets: targets.length, sent: 0, skipped: 0, failed: 0, stuck: 0, elapsedMs: 0 };
  if (!targets.length || !o.notices.length) return stats;
  const vocab = o.vocab ?? (await loadVocabulary());
  const period = weekContaining(new Date(), o.timezone ?? DEFAULT_TIMEZONE);
  const week: Week = { period, prepared: prepareWeek(weekItems(o.notices, new Date(0)), vocab), vocab };
  const root = baseUrl(o.settings.publicUrl);
  for (const t of targets) {
    const sub = await o.store.getSubscriber(t.subscriberId);
    if (sub?.status !== 'confirmed') continue;
    const d = await composeDigest(week, sub, { ...o.settings, maxItems: o.notices.length });
    for (const sec of d.selection.sections) {
      for (const it of sec.items) {
        if (t.instantTopics.length && !it.notice.topics.some((x) => t.instantTopics.includes(x))) continue;
        const c = instantContent({
          notice: it.notice,
          kind: it.notice.versionCount > 1 ? 'changed' : 'new',
          change: it.change,
          lang: sub.language,
          noticeUrl: (n) => `${root}${noticePath(n.id)}`,
          manageUrl: subscriberLinks(o.settings.publicUrl, o.settings.secret, sub).manage,
        });
        const r = await pushToTarget(o, (await o.store.getChannelTarget(t.id)) ?? t, { ...c, key: `notice:${it.notice.id}:v${it.notice.versionCount}` });
        stats[r]++;
      }
    }
  }
  stats.elapsedMs = Math.round(performance.now() - t0);
  return stats;
}
