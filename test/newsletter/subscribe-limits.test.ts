import { type IncomingMessage, request, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/index.ts';
import type { Store } from '../../db/types.ts';
import { clientIp, trustedProxies } from '../../newsletter/client-ip.ts';
import { createSmtpMailer, type Mailer } from '../../newsletter/mailer.ts';
import { storeCounter } from '../../newsletter/rate-limit.ts';
import { type SubscriptionRoutesOptions, subscriptionRoutes } from '../../server/subscribe/routes.ts';
import { createServer, listen } from '../../server/index.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';
import { SECRET, startSmtp, type TestSmtp } from './helpers.ts';

const FROM = 'Policy Radar <digest@radar.test>';

/** POSTs a subscription from a chosen local address (127.0.0.N are all this host on Linux), with optional headers. */
function post(base: string, email: string, o: { from?: string; headers?: Record<string, string> } = {}): Promise<number> {
  const body = JSON.stringify({ email, hs: ['85'] });
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/api/subscriptions`,
      {
        method: 'POST',
        localAddress: o.from,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close', ...o.headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const mailsTo = (smtp: TestSmtp, email: string) =>
  smtp.messages.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.value.some((v) => v.address === email))).length;

describe('client IP behind proxies', () => {
  const req = (peer: string, xff?: string) =>
    ({ socket: { remoteAddress: peer }, headers: xff ? { 'x-forwarded-for': xff } : {} }) as unknown as IncomingMessage;
  it('ignores X-Forwarded-For unless the peer is a trusted proxy, then walks back to the first untrusted hop', () => {
    const none = trustedProxies(undefined);
    expect(clientIp(req('203.0.113.9', '1.2.3.4'), none)).toBe('203.0.113.9');
    const lb = trustedProxies(['10.0.0.0/8', '::1']);
    expect(clientIp(req('10.1.2.3', '198.51.100.7'), lb)).toBe('198.51.100.7');
    // a client forging XFF behind the proxy: its forged entries are left of its real address
    expect(clientIp(req('10.1.2.3', '1.1.1.1, 198.51.100.7'), lb)).toBe('198.51.100.7');
    expect(clientIp(req('10.1.2.3', '1.1.1.1, 198.51.100.7, 10.9.9.9'), lb)).toBe('198.51.100.7');
    expect(clientIp(req('::ffff:10.1.2.3', '198.51.100.7'), lb)).toBe('198.51.100.7');
    // not through the proxy: XFF is the client's own claim
    expect(clientIp(req('203.0.113.9', '1.1.1.1'), lb)).toBe('203.0.113.9');
  });
  it('counts hops from the right with a hop count', () => {
    expect(clientIp(req('10.0.0.1', '1.1.1.1, 198.51.100.7'), trustedProxies(1))).toBe('198.51.100.7');
    expect(clientIp(req('10.0.0.1', '1.1.1.1, 198.51.100.7, 10.0.0.2'), trustedProxies(2))).toBe('198.51.100.7');
    expect(clientIp(req('10.0.0.1'), trustedProxies(1))).toBe('10.0.0.1');
  });
  it('refuses bad settings clearly', () => {
    expect(() => trustedProxies(['10.0.0.0/33'])).toThrow(/bad prefix length/);
    expect(() => trustedProxies(['proxy.internal'])).toThrow(/"proxy.internal" is not an IP address or CIDR range/);
    expect(() => trustedProxies(-1)).toThrow(/hop count/);
  });
});

describe.each(BACKENDS)('subscribe limits over HTTP (%s)', (backend) => {
  let store: Store;
  let url: string;
  let cleanup: () => Promise<void>;
  let smtp: TestSmtp;
  let mailer: Mailer;
  const servers: Server[] = [];
  const stores: Store[] = [];

  beforeAll(async () => {
    ({ store, url, cleanup } = await freshStore(backend));
    smtp = await startSmtp();
    mailer = await createSmtpMailer(smtp.url, { rateLimitPerSecond: 1000 });
  });
  afterAll(async () => {
    for (const s of servers) await new Promise((r) => s.close(r));
    for (const s of stores) await s.close();
    await mailer?.close();
    await smtp?.close();
    await cleanup?.();
  });

  async function serve(o: SubscriptionRoutesOptions, on: Store = store): Promise<string> {
    const { server } = await createServer(on, {
      publicUrl: 'https://radar.example',
      secret: SECRET,
      onError: () => {},
      plugins: [subscriptionRoutes({ mailer, from: FROM, ...o })],
    });
    servers.push(server);
    return (await listen(server, 0, '0.0.0.0')).url.replace('0.0.0.0', '127.0.0.1');
  }

  it('sends one confirmation mail to an address posted from 30 IPs', async () => {
    const base = await serve({});
    const victim = `victim-${backend}@example.com`;
    const statuses: number[] = [];
    for (let i = 2; i < 32; i++) statuses.push(await post(base, victim, { from: `127.0.0.${i}` }));
    // every client gets the same answer (no enumeration), the address one mail
    expect(statuses).toEqual(Array(30).fill(202));
    expect(mailsTo(smtp, victim)).toBe(1);
  });

  it('tells clients behind a trusted proxy apart by X-Forwarded-For', async () => {
    const base = await serve({ trustProxy: ['127.0.0.40'], ratePerMinute: 2 });
    const via = (client: string, n: number) => post(base, `p${n}-${backend}@example.com`, { from: '127.0.0.40', headers: { 'x-forwarded-for': client } });
    expect([await via('198.51.100.1', 1), await via('198.51.100.1', 2), await via('198.51.100.1', 3)]).toEqual([202, 202, 429]);
    // another visitor behind the same proxy is not limited by the first
    expect(await via('198.51.100.2', 4)).toBe(202);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const base = await serve({ trustProxy: ['127.0.0.40'], ratePerMinute: 2 });
    const forged = (n: number) => post(base, `f${n}-${backend}@example.com`, { from: '127.0.0.41', headers: { 'x-forwarded-for': `203.0.113.${n}` } });
    expect([await forged(1), await forged(2), await forged(3)]).toEqual([202, 202, 429]);
  });

  it('drops counters of windows long over, so the table does not only grow', async () => {
    const day = 86_400_000;
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    await store.hitRateCounter('old-a', 60_000, new Date(t0));
    await store.hitRateCounter('old-b', 600_000, new Date(t0));
    await store.hitRateCounter('recent', 60_000, new Date(t0 + 2 * day - 1000));
    const counter = storeCounter(store, () => t0 + 2 * day);
    expect((await counter.hit('new', 60_000)).hits).toBe(1);
    // the hit pruned everything older than a day: only the recent and new counters are left
    expect(await store.pruneRateCounters(new Date(t0 + day))).toBe(0);
    expect(await store.hitRateCounter('recent', 60_000, new Date(t0 + 2 * day))).toBe(2);
    expect(await store.hitRateCounter('old-a', 60_000, new Date(t0 + 2 * day))).toBe(1);
  });

  it.runIf(backend === 'pg')('shares the counters between servers on one PostgreSQL database', async () => {
    const other = await openStore(url);
    stores.push(other);
    const a = await serve({ ratePerMinute: 2 });
    const b = await serve({ ratePerMinute: 2 }, other);
    const addr = 'shared@example.com';
    expect(await post(a, addr, { from: '127.0.0.50' })).toBe(202);
    expect(await post(b, addr, { from: '127.0.0.51' })).toBe(202);
    expect(mailsTo(smtp, addr)).toBe(1);
    // one client alternating between the two servers: the third request is over the limit
    expect([
      await post(a, 'x1@example.com', { from: '127.0.0.52' }),
      await post(b, 'x2@example.com', { from: '127.0.0.52' }),
      await post(a, 'x3@example.com', { from: '127.0.0.52' }),
    ]).toEqual([202, 202, 429]);
  });
});

describe('configuration', () => {
  it('takes server.trustProxy and subscribe limits, and names a bad proxy entry', async () => {
    const { parseConfig } = await import('../../cli/config.ts');
    const c = parseConfig({ server: { trustProxy: ['10.0.0.0/8', '::1'] }, subscribe: { perIpPerMinute: 20, perAddressMinutes: 15 } });
    expect(c.server?.trustProxy).toEqual(['10.0.0.0/8', '::1']);
    expect(parseConfig({ server: { trustProxy: 2 } }).server?.trustProxy).toBe(2);
    expect(() => parseConfig({ server: { trustProxy: ['lb.internal'] } })).toThrow(/server\.trustProxy.*"lb.internal" is not an IP address or CIDR range/);
    expect(() => parseConfig({ subscribe: { perAddressMinutes: -1 } })).toThrow(/subscribe\.perAddressMinutes/);
  });
});
