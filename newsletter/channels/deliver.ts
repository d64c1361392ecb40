/**
 * Push delivery with the mail's bookkeeping (newsletter/send.ts): claim the
 * (target, key) row, send each part, record progress after each accepted
 * part, record the outcome. AT-MOST-ONCE: a row left 'sending' by a killed
 * run is not reclaimed unless staleAfterMs says so; parts already recorded
 * are never sent again (a retry resumes after them). A failed push counts
 * against the target; after `pauseAfter` consecutive failures the target is
 * paused with the last error as its reason (resume: CLI `channels resume`).
 */
import type { ChannelTarget, Notice, Store } from '../../db/types.ts';
import { selectForClient } from '../brokers/digest.ts';
import { brokerStrings } from '../brokers/strings.ts';
import { composeDigest, type MailSettings, type Week } from '../digest.ts';
import { baseUrl, noticePath, subscriberLinks } from '../links.ts';
import { NEVER_RECLAIM_MS } from '../send.ts';
import { DEFAULT_TIMEZONE } from '../../taxonomy/defaults.ts';
import { weekContaining } from '../period.ts';
import type { Lang } from '../i18n.ts';
import { prepareWeek, type Selection, weekItems } from '../select.ts';
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
 * Whom a target pushes for, and what they would be sent: a confirmed
 * subscriber (its digest selection, via the same composeDigest the mail uses)
 * or a broker's client (the client's digest selection, headed with the
 * broker's name, as the client's mail is). Null: nobody to push for (a
 * subscriber not confirmed, a client removed since).
 */
interface Audience {
  lang: Lang;
  sendEmpty: boolean;
  manageUrl: string | null;
  /** "由 XX 为您整理", for a broker's client */
  preparedBy: string | null;
  select(week: Week, maxItems?: number): Promise<Selection>;
}

async function audienceOf(store: Store, t: ChannelTarget, settings: MailSettings): Promise<Audience | null> {
  if (t.subscriberId != null) {
    const sub = await store.getSubscriber(t.subscriberId);
    if (sub?.status !== 'confirmed') return null;
    return {
      lang: sub.language,
      sendEmpty: sub.sendEmpty,
      manageUrl: subscriberLinks(settings.publicUrl, settings.secret, sub).manage,
      preparedBy: null,
      select: async (week, maxItems) => (await composeDigest(week, sub, { ...settings, maxItems: maxItems ?? settings.maxItems })).selection,
    };
  }
  if (t.brokerClientId != null) {
    const o = await store.brokers.clientWithBroker(t.brokerClientId);
    if (!o) return null;
    const lang: Lang = o.client.language === 'en' ? 'en' : 'zh';
    return {
      lang,
      sendEmpty: false,
      // the client changes what it follows through its broker, not through a link
      manageUrl: null,
      preparedBy: brokerStrings(lang).preparedBy(o.broker.name),
      select: async (week, maxItems) => selectForClient(week, o.client, maxItems ?? settings.maxItems),
    };
  }
  return null;
}

const withPreparedBy = (heading: string, a: Audience) => (a.preparedBy ? `${heading} · ${a.preparedBy}` : heading);

/**
 * The weekly pushes of a digest run: each active weekly target of a
 * confirmed subscriber or of a broker's client gets that owner's digest
 * selection (whatever selection rule the digest applies).
 */
export async function runWeeklyPushes(
  o: PushOptions & { week: Week; settings: MailSettings; concurrency?: number; subscriberId?: number; signal?: AbortSignal },
): Promise<PushRunStats> {
  const t0 = performance.now();
  const targets = await o.store.listChannelTargets({ schedule: 'weekly', status: 'active', subscriberId: o.subscriberId });
  const stats: PushRunStats = { targets: targets.length, sent: 0, skipped: 0, failed: 0, stuck: 0, elapsedMs: 0 };
  const root = baseUrl(o.settings.publicUrl);
  const one = async (t: ChannelTarget) => {
    const a = await audienceOf(o.store, t, o.settings);
    if (!a) {
      stats.skipped++;
      o.onEvent?.({ type: 'skipped', targetId: t.id, key: o.week.period.id, reason: 'not-confirmed' });
      return;
    }
    const selection = await a.select(o.week);
    if (!selection.totalMatched && !a.sendEmpty) {
      stats.skipped++;
      o.onEvent?.({ type: 'skipped', targetId: t.id, key: o.week.period.id, reason: 'empty' });
      return;
    }
    const content = digestContent({
      period: o.week.period.id,
      lang: a.lang,
      selection,
      vocab: o.week.vocab,
      noticeUrl: (n: Notice) => `${root}${noticePath(n.id)}`,
      manageUrl: a.manageUrl,
    });
    stats[await pushToTarget(o, t, { ...content, heading: withPreparedBy(content.heading, a) })]++;
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
 * confirmed subscriber or of a broker's client gets each notice that the
 * owner's digest selection would give (its topic sections, not the general
 * section), narrowed to the target's instantTopics when set. One push per
 * (target, notice version).
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
    const a = await audienceOf(o.store, t, o.settings);
    if (!a) continue;
    const selection = await a.select(week, o.notices.length);
    for (const sec of selection.sections) {
      for (const it of sec.items) {
        if (t.instantTopics.length && !it.notice.topics.some((x) => t.instantTopics.includes(x))) continue;
        const c = instantContent({
          notice: it.notice,
          kind: it.notice.versionCount > 1 ? 'changed' : 'new',
          change: it.change,
          lang: a.lang,
          noticeUrl: (n) => `${root}${noticePath(n.id)}`,
          manageUrl: a.manageUrl,
        });
        const r = await pushToTarget(o, (await o.store.getChannelTarget(t.id)) ?? t, {
          ...c,
          heading: withPreparedBy(c.heading, a),
          key: `notice:${it.notice.id}:v${it.notice.versionCount}`,
        });
        stats[r]++;
      }
    }
  }
  stats.elapsedMs = Math.round(performance.now() - t0);
  return stats;
}
