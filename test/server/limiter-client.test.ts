/**
 * The per-client limits key on the real client (issue 19): behind a trusted proxy
 * (server.trustProxy) on the address it forwarded, so that clients behind one proxy
 * do not share one client's slots; X-Forwarded-For from a peer that is not a trusted
 * proxy, or with no proxy trusted, is ignored (a client cannot pick its own key).
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { App, ServerOptions } from '../../server/app.ts';
import { freshStore } from '../helpers/stores.ts';
import { type Running, startServer } from './helpers.ts';

function get(base: string, from: string, xff?: string): Promise<{ status: number; body: string }> {
  const u = new URL('/slow', base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, path: u.pathname, localAddress: from, agent: false, headers: xff ? { 'x-forwarded-for': xff } : {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A server whose /slow query holds its limiter slot until released; one slot per client, no queue. */
async function slowServer(trustProxy: ServerOptions['trustProxy']) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const entered: (() => void)[] = [];
  let inside = 0;
  const entering = (n: number) => new Promise<void>((r) => (inside >= n ? r() : entered.push(() => inside >= n && r())));
  const plugin = (app: App) =>
    app.route(
      'GET',
      '/slow',
      async (ctx) => {
        inside++;
        for (const f of entered) f();
        await gate;
        ctx.res.end('ok');
      },
      { cost: 'query' },
    );
  const { store, cleanup } = await freshStore('sqlite');
  const srv = await startServer(store, { trustProxy, plugins: [plugin], concurrency: { query: { total: 10, perClient: 1, queuePerClient: 0 } } });
  return { srv, release, entering, cleanup };
}

/** r's answer, or 'running' once the handler count reaches n (it got a slot and is held) */
const outcome = (r: Promise<{ status: number }>, held: Promise<void>) => Promise.race([r.then((x) => x.status), held.then(() => 'running' as const)]);

describe('per-client limits and trusted proxies', () => {
  let running: { srv: Running; release: () => void; cleanup: () => Promise<void> } | undefined;
  afterEach(async () => {
    running?.release();
    await running?.srv.close();
    await running?.cleanup();
    running = undefined;
  });

  it('behind a trusted proxy, each forwarded client has its own slots', async () => {
    const s = (running = await slowServer(['127.0.0.1']));
    const first = get(s.srv.url, '127.0.0.1', '203.0.113.1');
    await s.entering(1);
    // the same forwarded client: over its one slot, refused at once
    expect((await get(s.srv.url, '127.0.0.1', '203.0.113.1')).status).toBe(503);
    // another client through the same proxy gets a slot of its own
    const second = get(s.srv.url, '127.0.0.1', '198.51.100.7, 203.0.113.9');
    expect(await outcome(second, s.entering(2))).toBe('running');
    s.release();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
  });

  it('without a trusted proxy, X-Forwarded-For does not make a new client', async () => {
    const s = (running = await slowServer(undefined));
    const first = get(s.srv.url, '127.0.0.1', '203.0.113.1');
    await s.entering(1);
    expect(await outcome(get(s.srv.url, '127.0.0.1', '198.51.100.7'), s.entering(2))).toBe(503);
    s.release();
    expect((await first).status).toBe(200);
  });

  it('a peer that is not a trusted proxy cannot pick its key by X-Forwarded-For', async () => {
    const s = (running = await slowServer(['127.0.0.1']));
    const first = get(s.srv.url, '127.0.0.2', '203.0.113.1');
    await s.entering(1);
    expect(await outcome(get(s.srv.url, '127.0.0.2', '198.51.100.7'), s.entering(2))).toBe(503);
    // while a client behind the trusted proxy is unaffected
    const proxied = get(s.srv.url, '127.0.0.1', '198.51.100.7');
    expect(await outcome(proxied, s.entering(2))).toBe('running');
    s.release();
    expect((await first).status).toBe(200);
    expect((await proxied).status).toBe(200);
  });
});
