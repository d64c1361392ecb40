/** GET /api/extension/index: compact gzipped index, strong ETag, 304, CORS, limits; mounted as a server plugin. */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/types.ts';
import { decodeIndex } from '../../extension/utils/index-format.ts';
import { encodeIndex, extensionIndexHandler, extensionIndexPlugin, packIndex } from '../../server/plugins/extension-index.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';
import { SEED, seedStore } from './seed.ts';

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request(base + path, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe.each(BACKENDS)('extension index feed (%s)', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let server: Server;
  let url: string;
  let ids: Map<string, number>;

  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
    ids = await seedStore(store);
    const handle = extensionIndexHandler(store, { ttlMs: 0 });
    ({ server, url } = await listen((req, res) => void handle(req, res)));
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await cleanup?.();
  });

  it('serves recent notices gzipped, with tags, newest first', async () => {
    const r = await get(url, '/api/extension/index', { 'Accept-Encoding': 'gzip' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.headers['access-control-allow-origin']).toBe('*');
    expect(r.headers.etag).toMatch(/^"[\w-]{32}"$/);
    const idx = decodeIndex(JSON.parse(gunzipSync(r.body).toString('utf8')));
    expect(idx.notices).toHaveLength(SEED.length - 1); // the 900-day-old one is left out
    expect(idx.notices.map((n) => n.id)).not.toContain(ids.get('old-lamps'));
    const dates = idx.notices.map((n) => n.date!);
    expect(dates).toEqual([...dates].sort().reverse());
    const eco = idx.notices.find((n) => n.id === ids.get('eu-ecodesign'))!;
    expect(eco).toMatchObject({
      agency: 'European Commission',
      hsCodes: ['9405'],
      regions: ['EU'],
      topics: ['standards'],
      url: 'https://gov.example/notices/eu-ecodesign.html',
    });
    expect(idx.page).toBe('/notices/{id}');
  });

  it('sends plain JSON to clients that refuse gzip (gzip;q=0, identity, *;q=0) and gzip to those that take it', async () => {
    const plain = ['gzip;q=0', 'identity', 'gzip;q=0, identity', 'gzip; q=0.000, deflate', '*;q=0', '*, gzip;q=0', 'br', ''];
    for (const ae of plain) {
      const r = await get(url, '/api/extension/index', { 'Accept-Encoding': ae });
      expect(r.headers['content-encoding'], ae).toBeUndefined();
      expect(decodeIndex(JSON.parse(r.body.toString('utf8'))).notices.length, ae).toBe(SEED.length - 1);
    }
    for (const ae of ['gzip', 'GZIP;q=0.5', 'deflate, gzip;q=0.1', '*', 'identity;q=0.5, *;q=1', 'x-gzip']) {
      const r = await get(url, '/api/extension/index', { 'Accept-Encoding': ae });
      expect(r.headers['content-encoding'], ae).toBe('gzip');
      expect(gunzipSync(r.body).length).toBeGreaterThan(0);
    }
  });

  it('answers 304 to a matching If-None-Match (also weak), 200 to a stale one', async () => {
    const first = await get(url, '/api/extension/index');
    const etag = first.headers.etag as string;
    expect(first.headers['content-encoding']).toBeUndefined(); // no gzip unless asked
    const again = await get(url, '/api/extension/index', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get(url, '/api/extension/index', { 'If-None-Match': `W/${etag}` })).status).toBe(304);
    expect((await get(url, '/api/extension/index', { 'If-None-Match': '"something-else"' })).status).toBe(200);
  });

  it('changes the ETag when the archive changes, and only then', async () => {
    const a = (await get(url, '/api/extension/index')).headers.etag;
    expect((await get(url, '/api/extension/index')).headers.etag).toBe(a);
    await store.setTags(ids.get('no-fish')!, { topics: ['customs'], hsCodes: ['0303', '0304'], regions: ['NO'] });
    const b = (await get(url, '/api/extension/index')).headers.etag;
    expect(b).not.toBe(a);
  });

  it('answers CORS preflights and HEAD', async () => {
    const pre = await get(
      url,
      '/api/extension/index',
      { Origin: 'chrome-extension://abc', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
      'OPTIONS',
    );
    expect(pre.status).toBe(204);
    expect(String(pre.headers['access-control-allow-headers'])).toMatch(/If-None-Match/i);
    const head = await get(url, '/api/extension/index', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('limits the count and the age', async () => {
    const handle = extensionIndexHandler(store, { ttlMs: 0, max: 2, days: 30 });
    const s = await listen((req, res) => void handle(req, res));
    try {
      const idx = decodeIndex(JSON.parse((await get(s.url, '/api/extension/index')).body.toString('utf8')));
      expect(idx.notices.map((n) => n.id)).toEqual([ids.get('us-batteries'), ids.get('eu-ecodesign')]);
    } finally {
      await new Promise((r) => s.server.close(r));
    }
  });
});

describe('index encoding', () => {
  it('dictionary-codes repeated strings', () => {
    const at = new Date('2025-01-02T00:00:00Z');
    const payload = encodeIndex([
      {
        id: 1,
        title: 'a',
        agency: 'X',
        publishedAt: '2025-01-01',
        url: 'https://a.gov.cn/1',
        topics: ['tariffs'],
        hsCodes: ['85', 'bad'],
        regions: ['EU'],
        lastChangedAt: at,
      },
      {
        id: 2,
        title: 'b',
        agency: null,
        publishedAt: null,
        url: 'http://a.gov.cn/2',
        topics: ['tariffs'],
        hsCodes: [],
        regions: ['EU', 'US'],
        lastChangedAt: at,
      },
    ]);
    expect(payload.dict).toEqual({ agency: ['X'], topic: ['tariffs'], region: ['EU', 'US'] });
    expect(payload.generatedAt).toBe(at.toISOString());
    const d = decodeIndex(JSON.parse(packIndex(payload, 2).json));
    expect(d.notices[0]).toMatchObject({ agency: 'X', date: '2025-01-01', hsCodes: ['85'], regions: ['EU'] });
    expect(d.notices[1]).toMatchObject({ agency: null, date: null, regions: ['EU', 'US'] });
  });

  it('carries no unknown tag and no notice without an http(s) URL, whatever the archive holds', () => {
    const at = new Date('2025-01-02T00:00:00Z');
    const hostile = ['=HYPERLINK("http://evil.example","x")', '<img src=x onerror=alert(1)>', 'EU<script>'];
    const payload = encodeIndex([
      { id: 1, title: 'js', agency: null, publishedAt: null, url: 'javascript:alert(1)', topics: ['tariffs'], hsCodes: [], regions: [], lastChangedAt: at },
      {
        id: 2,
        title: 'data',
        agency: null,
        publishedAt: null,
        url: 'data:text/html,<script>alert(1)</script>',
        topics: [],
        hsCodes: [],
        regions: [],
        lastChangedAt: at,
      },
      {
        id: 3,
        title: 'ok',
        agency: null,
        publishedAt: null,
        url: 'https://a.gov.cn/3',
        topics: ['tariffs', ...hostile],
        hsCodes: ['8541', '=1+1'],
        regions: ['US', ...hostile],
        lastChangedAt: at,
      },
    ]);
    expect(payload.id).toEqual([3]);
    expect(payload.dict).toMatchObject({ topic: ['tariffs'], region: ['US'] });
    expect(payload.hs).toEqual([['8541']]);
    expect(JSON.stringify(payload)).not.toMatch(/HYPERLINK|onerror|javascript:|data:text/);
  });
});

describe('as a server plugin', () => {
  it('is mounted by createApp', async () => {
    const { createApp } = await import('../../server/app.ts');
    const { store, cleanup } = await freshStore('sqlite');
    try {
      await seedStore(store);
      const app = await createApp(store, { plugins: [extensionIndexPlugin({ ttlMs: 0 })] });
      const s = await listen(app.handler);
      try {
        const r = await get(s.url, '/api/extension/index', { 'Accept-Encoding': 'gzip' });
        expect(r.status).toBe(200);
        expect(decodeIndex(JSON.parse(gunzipSync(r.body).toString('utf8'))).notices).toHaveLength(SEED.length - 1);
        expect((await get(s.url, '/api/extension/index', { 'If-None-Match': r.headers.etag as string })).status).toBe(304);
        expect((await get(s.url, '/api/extension/index', { Origin: 'chrome-extension://x', 'Access-Control-Request-Method': 'GET' }, 'OPTIONS')).status).toBe(
          204,
        );
      } finally {
        await new Promise((r) => s.server.close(r));
      }
    } finally {
      await cleanup();
    }
  });
});
