/** Builds one subscriber's digest mail from a prepared week: select → render → envelope. */
import type { Notice, Store, Subscriber } from '../db/types.ts';
import { changeExcerpt } from './changes.ts';
import { baseUrl, digestMessageId, noticePath, subscriberLinks } from './links.ts';
import type { OutgoingMail } from './mailer.ts';
import type { Period } from './period.ts';
import { type RenderedMail, renderDigest } from './render.ts';
import { type PreparedWeek, prepareWeek, type Selection, selectFor, weekItems } from './select.ts';
import { loadVocabulary, type Vocabulary } from './taxonomy.ts';

export interface Week {
  period: Period;
  prepared: PreparedWeek;
  vocab: Vocabulary;
}

/** Loads the period's notices and their "what changed" excerpts, and indexes them once for all subscribers. */
export async function loadWeek(store: Store, period: Period, vocab?: Vocabulary): Promise<Week> {
  const v = vocab ?? (await loadVocabulary());
  const notices = await store.noticesInPeriod(period.from, period.to);
  const changes = new Map<number, string | null>();
  for (const n of notices) {
    if (n.firstSeenAt.getTime() >= period.from.getTime() || n.versionCount < 2) continue;
    const latest = await store.getVersion(n.id, n.versionCount);
    changes.set(n.id, changeExcerpt(latest));
  }
  return { period, prepared: prepareWeek(weekItems(notices, period.from, changes), v), vocab: v };
}

export interface MailSettings {
  secret: string;
  publicUrl: string;
  from: string;
  maxItems?: number;
}

export interface ComposedDigest {
  selection: Selection;
  rendered: RenderedMail;
  mail: OutgoingMail;
  /** nothing matched (the general section does not count) */
  empty: boolean;
}

export async function composeDigest(week: Week, sub: Subscriber, s: MailSettings): Promise<ComposedDigest> {
  // deadlines count from the end of the period (when the digest goes out)
  const selection = selectFor(week.prepared, sub.interests, { maxItems: s.maxItems, today: week.period.to.toISOString().slice(0, 10) });
  const links = subscriberLinks(s.publicUrl, s.secret, sub);
  const root = baseUrl(s.publicUrl);
  const rendered = await renderDigest({
    subscriber: sub,
    period: week.period,
    selection,
    links: { ...links, notice: (n: Notice) => `${root}${noticePath(n.id)}` },
    vocab: week.vocab,
  });
  const mail: OutgoingMail = {
    from: s.from,
    to: sub.email,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    messageId: digestMessageId(s.secret, sub.id, week.period.id, s.publicUrl),
    listUnsubscribe: links.unsubscribe,
    // RFC 8058: the List-Unsubscribe URL accepts this exact POST body and unsubscribes at once
    headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    fileStem: `${week.period.id}-${sub.id}-${sub.email}`,
  };
  return { selection, rendered, mail, empty: rendered.count === 0 };
}
