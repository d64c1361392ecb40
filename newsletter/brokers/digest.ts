/**
 * One client's digest, prepared by a broker: the same selection as a subscriber's
 * (select.ts over taxonomy/relevance.ts judge(): products AND markets AND place,
 * closing-soon deadlines), rendered with the broker's name on it and the broker,
 * not a subscription, in the footer.
 */
import { createHmac } from 'node:crypto';
import type { Broker, BrokerClient, Notice } from '../../db/types.ts';
import type { MailSettings, Week } from '../digest.ts';
import type { Lang } from '../i18n.ts';
import { baseUrl, noticePath } from '../links.ts';
import type { OutgoingMail } from '../mailer.ts';
import { type RenderedMail, renderDigest } from '../render.ts';
import { type Selection, selectFor } from '../select.ts';
import { brokerStrings } from './strings.ts';

export interface ClientDigest {
  selection: Selection;
  rendered: RenderedMail;
  mail: OutgoingMail;
  /** nothing matched */
  empty: boolean;
  /** the client's contact gets it (sendDirect), else the broker forwards it */
  direct: boolean;
}

/** One Message-ID per (client, period), unguessable, distinct from subscribers' digests. */
function clientMessageId(secret: string, clientId: number, period: string, publicUrl: string): string {
  const h = createHmac('sha256', secret).update(`broker-client|${clientId}|${period}`).digest('base64url').slice(0, 22);
  let host = 'policy-radar.local';
  try {
    host = new URL(baseUrl(publicUrl)).hostname || host;
  } catch {}
  return `<client-digest.${period}.${h}@${host}>`;
}

/** The client's selection for the week (deadlines counted from the end of the period, as subscribers'). */
export function selectForClient(week: Week, client: Pick<BrokerClient, 'profile'>, maxItems?: number): Selection {
  return selectFor(week.prepared, client.profile, { maxItems, today: week.period.to.toISOString().slice(0, 10) });
}

export async function composeClientDigest(week: Week, broker: Broker, client: BrokerClient, s: MailSettings): Promise<ClientDigest> {
  const lang: Lang = client.language === 'en' ? 'en' : 'zh';
  const t = brokerStrings(lang);
  const selection = selectForClient(week, client, s.maxItems);
  const root = baseUrl(s.publicUrl);
  const contact = `mailto:${broker.email}`;
  const direct = client.sendDirect && !!client.contactEmail;
  const rendered = await renderDigest({
    subscriber: { email: client.contactEmail ?? broker.email, language: lang },
    period: week.period,
    selection,
    links: { notice: (n: Notice) => `${root}${noticePath(n.id)}`, manage: contact, unsubscribe: contact },
    vocab: week.vocab,
    preparedBy: {
      note: t.preparedBy(broker.name),
      subjectPrefix: t.subjectPrefix(broker.name),
      footer: t.footer(broker.name, client.name),
      contactUrl: contact,
      contactLabel: t.contact(broker.name),
    },
  });
  const mail: OutgoingMail = {
    from: s.from,
    to: direct ? (client.contactEmail as string) : broker.email,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    messageId: clientMessageId(s.secret, client.id, week.period.id, s.publicUrl),
    // the client answers the broker, not the system
    headers: { 'Reply-To': broker.email },
    fileStem: `${week.period.id}-${client.id}-${client.name}`,
  };
  return { selection, rendered, mail, empty: rendered.count === 0, direct };
}
