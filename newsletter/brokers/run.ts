/**
 * A broker's run: one digest per client for a period, and the clients' policy sheets.
 * Digests follow send.ts's bookkeeping: claim the (client, period) delivery, build,
 * deliver, record; a client's digest goes out at most once per period (a delivery left
 * 'sending' by a killed run is not reclaimed unless staleAfterMs says so). A client
 * with sendDirect gets it at the contact address through the mailer; the others are
 * written as files (.eml + .html, addressed to the broker) for the broker to forward.
 */
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Broker, BrokerClient, Store } from '../../db/types.ts';
import { loadWeek, type MailSettings, type Week } from '../digest.ts';
import { baseUrl, noticePath } from '../links.ts';
import { createOutboxMailer, isTransientError, type Mailer } from '../mailer.ts';
import { type Period, weekContaining } from '../period.ts';
import { NEVER_RECLAIM_MS } from '../send.ts';
import { composeClientDigest, selectForClient } from './digest.ts';
import { writePdfs } from './pdf.ts';
import { renderPolicySheet } from './sheet.ts';

export interface BrokerDigestOptions extends MailSettings {
  store: Store;
  broker: Broker;
  period: Period;
  week?: Week;
  /** folder for the digests the broker forwards (and, without record, every digest) */
  outDir: string;
  /** where sendDirect clients' digests go (SMTP or an outbox) */
  mailer: Mailer;
  /** false: preview, nothing claimed or recorded, every digest written to outDir */
  record?: boolean;
  /** only this client */
  clientId?: number;
  /** write (or send) digests with nothing matched too, saying so (default: skip them) */
  sendEmpty?: boolean;
  maxAttempts?: number;
  staleAfterMs?: number;
  onEvent?: (e: BrokerEvent) => void;
}

export type BrokerEvent =
  | { type: 'written'; client: string; file: string; items: number }
  | { type: 'sent'; client: string; to: string; items: number }
  | { type: 'skipped'; client: string; reason: 'empty' | 'done-or-busy' }
  | { type: 'failed'; client: string; error: string };

export interface BrokerDigestStats {
  period: string;
  clients: number;
  written: number;
  sent: number;
  empty: number;
  alreadyHandled: number;
  failed: number;
  files: { client: string; file: string }[];
  errors: { client: string; error: string }[];
}

function errorText(e: unknown): string {
  const err = e as { message?: string; response?: string };
  return String(err?.response || err?.message || e).slice(0, 500);
}

async function clientsOf(store: Store, brokerId: number, clientId?: number): Promise<BrokerClient[]> {
  if (clientId === undefined) return store.brokers.listClients(brokerId);
  const c = await store.brokers.getClient(brokerId, clientId);
  return c ? [c] : [];
}

export async function runBrokerDigests(o: BrokerDigestOptions): Promise<BrokerDigestStats> {
  const record = o.record ?? true;
  const week = o.week ?? (await loadWeek(o.store, o.period));
  const clients = await clientsOf(o.store, o.broker.id, o.clientId);
  const forward = await createOutboxMailer(o.outDir);
  const stats: BrokerDigestStats = {
    period: o.period.id,
    clients: clients.length,
    written: 0,
    sent: 0,
    empty: 0,
    alreadyHandled: 0,
    failed: 0,
    files: [],
    errors: [],
  };
  const emit = (e: BrokerEvent) => o.onEvent?.(e);
  const fail = (client: string, error: string) => {
    stats.failed++;
    stats.errors.push({ client, error });
    emit({ type: 'failed', client, error });
  };

  for (const client of clients) {
    const claim = record
      ? await o.store.brokers.claimDelivery(o.broker.id, client.id, o.period.id, {
          staleAfterMs: o.staleAfterMs ?? NEVER_RECLAIM_MS,
          maxAttempts: o.maxAttempts ?? 3,
        })
      : null;
    if (record && !claim) {
      stats.alreadyHandled++;
      emit({ type: 'skipped', client: client.name, reason: 'done-or-busy' });
      continue;
    }
    const done = (status: 'sent' | 'failed' | 'skipped', extra: { messageId?: string; error?: string } = {}) =>
      claim ? o.store.brokers.completeDelivery(o.broker.id, claim.id, { status, ...extra }) : Promise.resolve();
    let d: Awaited<ReturnType<typeof composeClientDigest>>;
    try {
      d = await composeClientDigest(week, o.broker, client, o);
    } catch (e) {
      await done('failed', { error: `render: ${errorText(e)}` });
      fail(client.name, errorText(e));
      continue;
    }
    if (d.empty && !o.sendEmpty) {
      await done('skipped');
      stats.empty++;
      emit({ type: 'skipped', client: client.name, reason: 'empty' });
      continue;
    }
    try {
      if (d.direct && record) {
        const r = await o.mailer.send(d.mail);
        await done('sent', { messageId: r.messageId });
        stats.sent++;
        emit({ type: 'sent', client: client.name, to: d.mail.to, items: d.rendered.count });
      } else {
        // a preview of a direct client's digest is written too, addressed as it would be sent
        const r = await forward.send(d.mail);
        await done('sent', { messageId: r.messageId });
        const file = r.files?.find((f) => f.endsWith('.html')) ?? '';
        stats.written++;
        stats.files.push({ client: client.name, file });
        emit({ type: 'written', client: client.name, file, items: d.rendered.count });
      }
    } catch (e) {
      // a failed send is retried by the next run (up to maxAttempts); transient or not, it is recorded
      await done('failed', { error: errorText(e) });
      fail(client.name, `${errorText(e)}${isTransientError(e) ? ' (transient: the next run retries it)' : ''}`);
    }
  }
  await forward.close();
  return stats;
}

/** The notices of the `weeks` ISO weeks ending with `period` (a sheet looks further back than one digest). */
export async function loadWindow(store: Store, period: Period, weeks: number): Promise<Week> {
  const first = weekContaining(new Date(period.from.getTime() - (weeks - 1) * 7 * 86_400_000 + 86_400_000), period.timezone);
  return loadWeek(store, { ...period, id: weeks > 1 ? `${first.id}..${period.id}` : period.id, from: first.from, firstDay: first.firstDay });
}

export interface SheetOptions {
  store: Store;
  broker: Broker;
  week: Week;
  outDir: string;
  publicUrl: string;
  clientId?: number;
  /** also print each sheet to PDF through this Chromium */
  pdf?: { executablePath: string };
  onEvent?: (e: { type: 'html' | 'pdf'; client: string; file: string }) => void;
}

export interface SheetFile {
  client: string;
  html: string;
  pdf: string | null;
  items: number;
}

function fileName(client: BrokerClient): string {
  return `${client.id}-${client.name}`.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 100);
}

export async function writePolicySheets(o: SheetOptions): Promise<SheetFile[]> {
  const clients = await clientsOf(o.store, o.broker.id, o.clientId);
  mkdirSync(o.outDir, { recursive: true });
  const root = baseUrl(o.publicUrl);
  const today = new Date(Math.min(Date.now(), o.week.period.to.getTime() - 1)).toISOString().slice(0, 10);
  const out: SheetFile[] = [];
  const jobs: { html: string; file: string; client: string }[] = [];
  for (const client of clients) {
    const selection = selectForClient(o.week, client);
    const html = renderPolicySheet({
      broker: o.broker,
      client,
      selection,
      firstDay: o.week.period.firstDay,
      lastDay: o.week.period.lastDay,
      today,
      noticeUrl: (n) => `${root}${noticePath(n.id)}`,
      vocab: o.week.vocab,
    });
    const base = join(o.outDir, fileName(client));
    writeFileSync(`${base}.html`, html);
    o.onEvent?.({ type: 'html', client: client.name, file: `${base}.html` });
    out.push({ client: client.name, html: `${base}.html`, pdf: o.pdf ? `${base}.pdf` : null, items: selection.totalMatched });
    jobs.push({ html, file: `${base}.pdf`, client: client.name });
  }
  if (o.pdf)
    await writePdfs(jobs, {
      executablePath: o.pdf.executablePath,
      onDone: (j) => o.onEvent?.({ type: 'pdf', client: (j as (typeof jobs)[number]).client, file: j.file }),
    });
  return out;
}
