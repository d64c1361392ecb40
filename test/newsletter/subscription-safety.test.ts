import type { Server } from 'node:http';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store, Subscriber } from '../../db/types.ts';
import { createSmtpMailer, type Mailer } from '../../newsletter/mailer.ts';
import { subscriptionRoutes } from '../../server/subscribe/routes.ts';
import { createServer, listen } from '../../server/index.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';
import { freePort, SECRET, startSmtp, type TestSmtp } from './helpers.ts';

const FROM = 'Policy Radar <digest@radar.test>';

const mailTo = (smtp: TestSmtp, email: string): ParsedMail[] =>
  smtp.messages.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.value.some((v) => v.address === email)));
const linkIn = (m: ParsedMail, path: string) => new RegExp(`https?://\\S+${path}\\?token=[\\w.-]+`).exec(m.text!)![0];
/** what a stranger could want to rewrite */
const stored = (s: Subscriber | null) =>
  s && { language: s.language, interests: s.interests, sendEmpty: s.sendEmpty, status: s.status, unsubscribedAt: s.unsubscribedAt?.getTime() ?? null };

describe.each(BACKENDS)('a stranger subscribing an existing address (%s)', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let smtp: TestSmtp;
  let mailer: Mailer;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
    smtp = await startSmtp();
    mailer = await createSmtpMailer(smtp.url, { rateLimitPerSecond: 1000 });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    ({ server } = await createServer(store, {
      publicUrl: base,
      secret: SECRET,
      plugins: [subscriptionRoutes({ mailer, from: FROM, ratePerMinute: 1000, perAddressMinutes: 0 })],
    }));
    await listen(server, port);
  });
  afterAll(async () => {
    await mailer?.close();
    await new Promise((r) => server?.close(r));
    await smtp?.close();
    await cleanup?.();
  });

  const strangerPosts = (email: string) =>
    fetch(`${base}/api/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, language: 'en', hs: ['01'], topics: ['sanctions'], sendEmpty: true }),
    });
  const confirmBy = (link: string) => {
    const token = new URL(link).searchParams.get('token')!;
    return fetch(`${base}/subscriptions/confirm`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `token=${token}` });
  };

  it('leaves a confirmed subscriber as stored; the mail carries only their manage link', async () => {
    const sub = await store.upsertSubscriber({ email: 'conf@example.com', language: 'zh', interests: { hs: ['85'] }, status: 'confirmed' });
    const before = stored(sub);
    const r = await strangerPosts('conf@example.com');
    expect(r.status).toBe(202);
    await smtp.waitFor(1);
    expect(stored(await store.getSubscriberByEmail('conf@example.com'))).toEqual(before);
    expect(mailTo(smtp, 'conf@example.com')[0].text).toContain('/subscriptions/manage?token=');
  });

  it('keeps a pending subscriber pending with its own settings until the change link from the mailbox is used', async () => {
    const sub = await store.upsertSubscriber({ email: 'pend@example.com', language: 'zh', interests: { hs: ['85'], regions: ['EU'] }, status: 'pending' });
    const before = stored(sub);
    const n = smtp.messages.length;
    expect((await strangerPosts('pend@example.com')).status).toBe(202);
    await smtp.waitFor(n + 1);
    expect(stored(await store.getSubscriberByEmail('pend@example.com'))).toEqual(before);

    // the change link shows a page on GET and changes nothing
    const link = linkIn(mailTo(smtp, 'pend@example.com').at(-1)!, '/subscriptions/confirm');
    expect(new URL(link).searchParams.get('token')).toMatch(/^change\./);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    // it says what confirming will set
    const html = await page.text();
    expect(html).toContain('hs: 01');
    expect(html).toContain('topics: sanctions');
    expect(stored(await store.getSubscriberByEmail('pend@example.com'))).toEqual(before);

    // a forged or tampered change token is refused
    const tampered = link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await confirmBy(tampered)).status).toBe(400);
    expect(stored(await store.getSubscriberByEmail('pend@example.com'))).toEqual(before);

    // the owner confirms from their mailbox: the requested settings apply, once
    expect((await confirmBy(link)).status).toBe(200);
    const after = await store.getSubscriberByEmail('pend@example.com');
    expect(after).toMatchObject({ status: 'confirmed', language: 'en', sendEmpty: true });
    expect(after!.interests).toMatchObject({ hs: ['01'], topics: ['sanctions'], regions: [] });
    expect((await confirmBy(link)).status).toBe(400);
  });

  it('keeps an unsubscribed address unsubscribed with its old settings until confirmation', async () => {
    const sub = await store.upsertSubscriber({ email: 'gone@example.com', language: 'zh', interests: { hs: ['61'] }, status: 'confirmed' });
    const left = await store.updateSubscriber(sub.id, { status: 'unsubscribed', unsubscribedAt: new Date('2026-01-05T00:00:00Z') });
    const before = stored(left);
    const n = smtp.messages.length;
    expect((await strangerPosts('gone@example.com')).status).toBe(202);
    await smtp.waitFor(n + 1);
    expect(stored(await store.getSubscriberByEmail('gone@example.com'))).toEqual(before);
    expect(await store.listSubscribers({ status: 'pending' })).not.toContainEqual(expect.objectContaining({ email: 'gone@example.com' }));

    // two requests: only the newest link's settings are applied, and using it kills the older link
    const first = linkIn(mailTo(smtp, 'gone@example.com').at(-1)!, '/subscriptions/confirm');
    await fetch(`${base}/api/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'gone@example.com', language: 'zh', hs: ['72'] }),
    });
    await smtp.waitFor(n + 2);
    const second = linkIn(mailTo(smtp, 'gone@example.com').at(-1)!, '/subscriptions/confirm');
    expect(second).not.toBe(first);
    expect(stored(await store.getSubscriberByEmail('gone@example.com'))).toEqual(before);
    expect((await confirmBy(second)).status).toBe(200);
    const after = await store.getSubscriberByEmail('gone@example.com');
    expect(after).toMatchObject({ status: 'confirmed', language: 'zh', unsubscribedAt: null });
    expect(after!.interests.hs).toEqual(['72']);
    expect((await confirmBy(first)).status).toBe(400);
    expect((await store.getSubscriberByEmail('gone@example.com'))!.interests.hs).toEqual(['72']);
  });

  it('a change link dies with its subscriber (deleted address)', async () => {
    const sub = await store.upsertSubscriber({ email: 'del@example.com', language: 'en', interests: {}, status: 'pending' });
    const n = smtp.messages.length;
    await strangerPosts('del@example.com');
    await smtp.waitFor(n + 1);
    const link = linkIn(mailTo(smtp, 'del@example.com').at(-1)!, '/subscriptions/confirm');
    await store.deleteSubscriber(sub.id);
    await store.upsertSubscriber({ email: 'del@example.com', language: 'en', interests: {}, status: 'pending' });
    expect((await confirmBy(link)).status).toBe(400);
    expect((await store.getSubscriberByEmail('del@example.com'))!.status).toBe('pending');
  });
});
