import type { Server } from 'node:http';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/types.ts';
import { createSmtpMailer, type Mailer } from '../../newsletter/mailer.ts';
import { parseWeek } from '../../newsletter/period.ts';
import { operatorKey } from '../../newsletter/tokens.ts';
import { subscriptionRoutes } from '../../server/subscribe/routes.ts';
import { runDigest } from '../../newsletter/send.ts';
import { createServer, listen } from '../../server/index.ts';
import { type Backend, freshStore } from '../helpers/stores.ts';
import { freePort, SECRET, seedWeek, startSmtp, type TestSmtp, TITLES } from './helpers.ts';

const period = parseWeek('2026-W10', 'Asia/Shanghai');
const FROM = 'Policy Radar <digest@radar.test>';

/** The raw List-Unsubscribe value, unfolded. */
function rawHeader(m: ParsedMail, key: string): string {
  const line = m.headerLines.find((h) => h.key === key)?.line ?? '';
  return line
    .slice(line.indexOf(':') + 1)
    .replace(/\r?\n\s+/g, ' ')
    .trim();
}

function listUnsubscribe(m: ParsedMail): string {
  return rawHeader(m, 'list-unsubscribe');
}

function mailTo(smtp: TestSmtp, email: string): ParsedMail[] {
  return smtp.messages.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.value.some((v) => v.address === email)));
}

async function addSubscribers(store: Store) {
  await store.upsertSubscriber({ email: 'alice@example.com', language: 'zh', interests: { hs: ['85'], regions: ['DE'] }, status: 'confirmed' });
  await store.upsertSubscriber({
    email: 'bob@example.com',
    language: 'en',
    interests: { hs: ['29', '84'], topics: ['trade-remedies'], regions: ['US'] },
    status: 'confirmed',
  });
  await store.upsertSubscriber({ email: 'carol@example.com', language: 'en', interests: { hs: ['61'] }, status: 'confirmed' });
  await store.upsertSubscriber({ email: 'dave@example.com', language: 'en', interests: {}, status: 'pending' });
  const erin = await store.upsertSubscriber({ email: 'erin@example.com', language: 'en', interests: {}, status: 'confirmed' });
  await store.updateSubscriber(erin.id, { status: 'unsubscribed', unsubscribedAt: new Date() });
  await store.upsertSubscriber({ email: 'frank@example.com', language: 'en', interests: { hs: ['03'] }, status: 'confirmed' });
  await store.upsertSubscriber({ email: 'gina@example.com', language: 'en', interests: { hs: ['03'] }, sendEmpty: true, status: 'confirmed' });
}

describe.each<Backend>(['sqlite', 'pg'])('digest over SMTP (%s)', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let smtp: TestSmtp;
  let mailer: Mailer;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
    await seedWeek(store, period);
    await addSubscribers(store);
    smtp = await startSmtp();
    mailer = await createSmtpMailer(smtp.url, { rateLimitPerSecond: 1000 });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    ({ server } = await createServer(store, {
      publicUrl: base,
      secret: SECRET,
      plugins: [subscriptionRoutes({ mailer, from: FROM, timezone: 'Asia/Shanghai' })],
    }));
    await listen(server, port);
  });

  afterAll(async () => {
    await mailer?.close();
    await new Promise((r) => server?.close(r));
    await smtp?.close();
    await cleanup?.();
  });

  it('sends each confirmed subscriber the notices matching their interests, once', async () => {
    const stats = await runDigest({ store, mailer, period, secret: SECRET, publicUrl: base, from: FROM });
    expect(stats).toMatchObject({ subscribers: 5, sent: 4, empty: 1, failed: 0, alreadyHandled: 0, stuck: 0 });
    expect(stats.notices).toBe(6);
    await smtp.waitFor(4);
    expect(smtp.messages).toHaveLength(4);

    const [alice] = mailTo(smtp, 'alice@example.com');
    // HS 85 covers 854140 and 8541 (the tariff plan changed this week); DE is in the EU
    expect(alice.text).toContain(TITLES.solar);
    expect(alice.text).not.toContain(TITLES.ustr);
    expect(alice.text).toContain(TITLES.tariffPlan);
    expect(alice.text).toContain('13%');
    expect(alice.text).not.toContain(TITLES.dumping);
    expect(alice.text).not.toContain(TITLES.old);
    expect(alice.subject).toContain('2026-W10');
    expect(alice.html).toContain(TITLES.solar);

    const [bob] = mailTo(smtp, 'bob@example.com');
    const bobMain = bob.text!.split('==')[0] + bob.text!.split('== Other major notices ==')[0];
    expect(bobMain).toContain(TITLES.dumping);
    expect(bobMain).toContain(TITLES.ustr);
    expect(bob.text!.indexOf(TITLES.dumping)).toBeLessThan(bob.text!.indexOf(TITLES.ustr)); // products + topic + market outrank products + market
    expect(bob.text).not.toContain(TITLES.tariffPlan);
    // the general section carries the broad notice outside bob's interests
    expect(bob.text).toMatch(/== Other major notices ==[\s\S]*关于进一步稳定外贸的若干政策措施/);

    const [carol] = mailTo(smtp, 'carol@example.com');
    expect(carol.text).toContain('Notice on knitted garments quotas');
    expect(mailTo(smtp, 'gina@example.com')[0].subject).toContain('nothing new');
    for (const e of ['dave@example.com', 'erin@example.com', 'frank@example.com']) expect(mailTo(smtp, e)).toHaveLength(0);

    // a second run sends nobody anything
    const again = await runDigest({ store, mailer, period, secret: SECRET, publicUrl: base, from: FROM });
    expect(again).toMatchObject({ sent: 0, alreadyHandled: 5 });
    expect(smtp.messages).toHaveLength(4);
    const deliveries = await store.listDeliveries({ period: period.id });
    expect(deliveries.filter((d) => d.status === 'sent')).toHaveLength(4);
    expect(deliveries.filter((d) => d.status === 'skipped')).toHaveLength(1);
  });

  it('carries From, Message-ID, RFC 8058 headers and both parts', () => {
    const [m] = mailTo(smtp, 'carol@example.com');
    expect(m.from?.value[0]).toMatchObject({ address: 'digest@radar.test', name: 'Policy Radar' });
    expect(m.messageId).toMatch(/^<digest\.2026-W10\.[A-Za-z0-9_-]{22}@127\.0\.0\.1>$/);
    expect(listUnsubscribe(m)).toMatch(new RegExp(`^<${base.replace(/\./g, '\\.')}/subscriptions/unsubscribe\\?token=unsubscribe\\.[\\w.-]+>$`));
    expect(rawHeader(m, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(m.text).toContain('Unsubscribe: ');
    expect(m.html).toContain('/subscriptions/manage?token=manage.');
  });

  it('keeps injected notice titles inert', () => {
    const [m] = mailTo(smtp, 'carol@example.com');
    const html = m.html as string;
    expect(html).not.toMatch(/<script|<img|<[^>]*onerror/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // the template placeholder in the title was not expanded
    expect(html).toContain('&#123;&#123;unsubscribeUrl&#125;&#125;');
    expect(m.text).toContain('<script>alert("x")</script> {{unsubscribeUrl}}');
  });

  it('unsubscribes with one POST to the List-Unsubscribe URL; GET only shows a page; tampered tokens are refused', async () => {
    const [m] = mailTo(smtp, 'bob@example.com');
    const url = listUnsubscribe(m).replace(/^<|>$/g, '');

    const get = await fetch(url);
    expect(get.status).toBe(200);
    expect(await get.text()).toContain('<form method="post"');
    expect((await store.getSubscriberByEmail('bob@example.com'))?.status).toBe('confirmed');

    const tampered = url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const bad = await fetch(tampered, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(bad.status).toBe(400);
    const otherId = url.replace(/token=unsubscribe\.(\d+)\./, (_, id) => `token=unsubscribe.${Number(id) + 1}.`);
    expect((await fetch(otherId, { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status).toBe(400);
    expect((await store.getSubscriberByEmail('bob@example.com'))?.status).toBe('confirmed');

    const post = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(post.status).toBe(200);
    const bob = await store.getSubscriberByEmail('bob@example.com');
    expect(bob?.status).toBe('unsubscribed');
    expect(bob?.unsubscribedAt).toBeInstanceOf(Date);
    // and the next week's run leaves bob out
    const next = parseWeek('2026-W11', 'Asia/Shanghai');
    const before = smtp.messages.length;
    await runDigest({ store, mailer, period: next, secret: SECRET, publicUrl: base, from: FROM, to: 'bob@example.com' });
    expect(smtp.messages.length).toBe(before);
  });

  it('double opt-in: subscribe by API, confirmation mail, confirm by POST only', async () => {
    const before = smtp.messages.length;
    const res = await fetch(`${base}/api/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'Hana@Example.com', language: 'zh', hs: ['8541'], regions: ['EU'], topics: ['tariffs'], products: ['光伏'] }),
    });
    expect(res.status).toBe(202);
    const body = await res.json();
    expect(body.status).toBe('pending');
    expect(body.interests.hs).toContain('8541');
    await smtp.waitFor(before + 1);
    const mail = smtp.messages[before];
    expect(mail.subject).toBe('请确认订阅政策雷达周报');
    const link = /https?:\/\/\S+\/subscriptions\/confirm\?token=[\w.-]+/.exec(mail.text!)![0];
    expect((await store.getSubscriberByEmail('hana@example.com'))?.status).toBe('pending');

    // a pending address gets no digest
    const w = parseWeek('2026-W12', 'Asia/Shanghai');
    const s1 = await runDigest({ store, mailer, period: w, secret: SECRET, publicUrl: base, from: FROM, to: 'hana@example.com' });
    expect(s1.subscribers).toBe(0);

    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect((await store.getSubscriberByEmail('hana@example.com'))?.status).toBe('pending');
    const token = new URL(link).searchParams.get('token')!;
    const ok = await fetch(`${base}/subscriptions/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${token}`,
    });
    expect(ok.status).toBe(200);
    expect((await store.getSubscriberByEmail('hana@example.com'))?.status).toBe('confirmed');

    // re-subscribing is idempotent: same answer, no change to the confirmed interests, one "already subscribed" mail
    const again = await fetch(`${base}/api/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'hana@example.com', hs: ['01'] }),
    });
    expect(again.status).toBe(202);
    const hana = await store.getSubscriberByEmail('hana@example.com');
    expect(hana?.status).toBe('confirmed');
    expect(hana?.interests.hs).toContain('8541');
    expect(hana?.interests.hs).not.toContain('01');

    // a confirm token cannot be used as a manage token
    expect((await fetch(`${base}/subscriptions/manage?token=${token}`)).status).toBe(400);
  });

  it('rejects bad input with clear 400s and rate-limits subscribe requests per IP', async () => {
    const post = (body: string, type = 'application/json') => fetch(`${base}/api/subscriptions`, { method: 'POST', headers: { 'content-type': type }, body });
    const cases: [string, RegExp][] = [
      [JSON.stringify({ email: 'not-an-address' }), /email: .*not a valid e-mail address/],
      [JSON.stringify({ email: 'a@b.example', hs: ['85x'] }), /hs: "85x" is not an HS code/],
      ['{"email": ', /not valid JSON/],
      [JSON.stringify({ email: 'a@b.example', regions: Array.from({ length: 40 }, (_, i) => `R${i}`) }), /regions: at most 30 items/],
    ];
    const statuses: number[] = [];
    for (const [b, msg] of cases) {
      const r = await post(b);
      statuses.push(r.status);
      if (r.status === 400) expect((await r.json()).error.message).toMatch(msg);
    }
    // the limit is 5 per minute and the previous test used 2 of this minute's requests
    expect(statuses.filter((s) => s === 400).length).toBeGreaterThanOrEqual(3);
    const limited = await post(JSON.stringify({ email: 'x@y.example' }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('refuses oversized bodies and serves the operator preview only with the key', async () => {
    const big = await fetch(`${base}/subscriptions/unsubscribe?token=x`, { method: 'POST', body: 'a'.repeat(20_000) });
    expect(big.status).toBe(413);
    const url = `${base}/digest/preview?email=alice@example.com&week=2026-W10`;
    const anon = await fetch(url);
    expect(anon.status).toBe(401);
    expect(anon.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await fetch(url, { headers: { authorization: `Bearer ${operatorKey(SECRET)}` } });
    expect(ok.status).toBe(200);
    const html = await ok.text();
    expect(html).toContain(TITLES.solar);
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'none'");
    const basic = Buffer.from(`op:${operatorKey(SECRET)}`).toString('base64');
    expect((await fetch(`${base}/digest/preview?email=alice@example.com&week=2026-W99`, { headers: { authorization: `Basic ${basic}` } })).status).toBe(400);
  });
});
