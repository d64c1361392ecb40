import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/types.ts';
import { writeChunk } from '../../server/http.ts';
import type { ServerPlugin } from '../../server/index.ts';
import { freshStore } from '../helpers/stores.ts';
import { seed } from './fixtures.ts';
import { type Running, startServer } from './helpers.ts';

/** A form route (reads its body like the subscription pages do) and a slow streamed answer. */
const routes: ServerPlugin = (app) => {
  app.route('POST', '/test/form', async (ctx) => {
    const f = await ctx.form();
    ctx.json({ fields: [...f.keys()] });
  });
  app.route('GET', '/test/slow-stream', async (ctx) => {
    ctx.res.setHeader('Content-Type', 'text/plain');
    for (let i = 0; i < 6; i++) {
      await writeChunk(ctx.res, `part ${i}\n`);
      await new Promise((r) => setTimeout(r, 300));
    }
    ctx.res.end('end\n');
  });
};

interface Conn {
  socket: Socket;
  /** everything received */
  data: () => string;
  /** resolves when the server closes (or resets) the connection */
  closed: Promise<void>;
}

async function open(port: number): Promise<Conn> {
  const socket = connect(port, '127.0.0.1');
  let data = '';
  socket.on('data', (d) => (data += d));
  socket.on('error', () => {});
  const closed = new Promise<void>((r) => socket.on('close', () => r()));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return { socket, data: () => data, closed };
}

/** One keep-alive GET over an open connection; resolves with the raw answer's status line. */
function getOver(c: Conn, path: string): Promise<string> {
  const start = c.data().length;
  c.socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
  return new Promise((resolve, reject) => {
    const check = () => {
      const got = c.data().slice(start);
      const m = /^HTTP\/1\.1 (\d{3})[^\r]*\r\n[\s\S]*?content-length: (\d+)\r\n[\s\S]*?\r\n\r\n/i.exec(got);
      if (m && Buffer.byteLength(got.slice(m[0].length)) >= Number(m[2])) {
        c.socket.off('data', check);
        resolve(m[1]);
      }
    };
    c.socket.on('data', check);
    c.socket.once('close', () => reject(new Error(`closed before answering; got ${JSON.stringify(c.data().slice(start, start + 200))}`)));
    check();
  });
}

const port = (r: Running) => Number(new URL(r.url).port);

describe('slow and idle clients', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let srv: Running;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore('sqlite'));
    await seed(store);
    srv = await startServer(store, { plugins: [routes], limits: { headersTimeoutMs: 600, requestTimeoutMs: 1_500, bodyTimeoutMs: 800, maxConnections: 400 } });
  });
  afterAll(async () => {
    await srv?.close();
    await cleanup?.();
  });

  it('closes POSTs whose bodies never finish (408), and keeps answering others meanwhile', { timeout: 30_000 }, async () => {
    const conns = await Promise.all(Array.from({ length: 300 }, () => open(port(srv))));
    for (const c of conns)
      c.socket.write('POST /test/form HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nemail=a%40b.c&');
    // others are served while those hang on
    const r = await fetch(`${srv.url}/api/notices?q=${encodeURIComponent('退税')}`);
    expect(r.status).toBe(200);
    await Promise.all(conns.map((c) => c.closed));
    // every one was answered 408 (body timeout) before its connection closed
    for (const c of conns) expect(c.data()).toMatch(/^HTTP\/1\.1 408 /);
    // a complete form still works
    const ok = await fetch(`${srv.url}/test/form`, { method: 'POST', body: 'a=1&b=2', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(await ok.json()).toEqual({ fields: ['a', 'b'] });
  });

  it('closes a connection that sends only blank lines', { timeout: 15_000 }, async () => {
    const c = await open(port(srv));
    const drip = setInterval(() => c.socket.writable && c.socket.write('\r\n'), 50);
    try {
      await c.closed;
    } finally {
      clearInterval(drip);
    }
    expect(c.socket.destroyed).toBe(true);
  });

  it('closes a request whose headers never finish', { timeout: 15_000 }, async () => {
    const c = await open(port(srv));
    c.socket.write('GET /api/notices HTTP/1.1\r\nHost: x\r\n');
    const drip = setInterval(() => c.socket.writable && c.socket.write('X-Slow: 1\r\n'), 100);
    try {
      await c.closed;
    } finally {
      clearInterval(drip);
    }
    expect(c.data()).not.toMatch(/^HTTP\/1\.1 200/);
  });

  it('does not cut off an answer that streams for longer than the request timeout', { timeout: 30_000 }, async () => {
    const r = await fetch(`${srv.url}/test/slow-stream`);
    const text = await r.text();
    expect(text.trim().split('\n')).toEqual(['part 0', 'part 1', 'part 2', 'part 3', 'part 4', 'part 5', 'end']);
  });
});

describe('connection cap', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let srv: Running;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore('sqlite'));
    await seed(store);
    srv = await startServer(store, { limits: { maxConnections: 3, keepAliveTimeoutMs: 20_000 } });
  });
  afterAll(async () => {
    await srv?.close();
    await cleanup?.();
  });

  it('refuses connections beyond the cap while serving the ones it holds', { timeout: 30_000 }, async () => {
    const held = await Promise.all([open(port(srv)), open(port(srv)), open(port(srv))]);
    for (const c of held) expect(await getOver(c, '/api/sources')).toBe('200');
    const extra = await open(port(srv));
    extra.socket.write('GET /api/sources HTTP/1.1\r\nHost: x\r\n\r\n');
    await extra.closed;
    expect(extra.data()).toBe('');
    // the held connections still work
    for (const c of held) expect(await getOver(c, '/api/sources')).toBe('200');
    for (const c of held) c.socket.destroy();
    await Promise.all(held.map((c) => c.closed));
    // the server notices those closes asynchronously
    const count = () => new Promise<number>((r) => srv.server.getConnections((_e, n) => r(n)));
    while ((await count()) > 0) await new Promise((r) => setTimeout(r, 20));
    // and once they are gone, new ones are served again
    const later = await open(port(srv));
    expect(await getOver(later, '/api/sources')).toBe('200');
    later.socket.destroy();
  });
});
