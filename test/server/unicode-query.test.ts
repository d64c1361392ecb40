import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/types.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';
import { seed } from './fixtures.ts';
import { type Running, startServer } from './helpers.ts';

/** The five endpoints that take the query syntax; each must answer any Unicode query with 200 or 400. */
const ENDPOINTS = ['/api/notices', '/', '/feeds/notices.atom', '/api/notices.csv', '/api/notices.ndjson'];

describe.each(BACKENDS)('Unicode queries over HTTP on %s', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let srv: Running;

  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
    await seed(store);
    srv = await startServer(store, { publicUrl: 'https://radar.example.org' });
  });
  afterAll(async () => {
    await srv?.close();
    await cleanup?.();
  });

  const status = async (path: string, q: string) => {
    const r = await fetch(`${srv.url}${path}?q=${encodeURIComponent(q)}`);
    return { status: r.status, body: await r.text() };
  };

  it.each(ENDPOINTS)('%s searches for the CJK radicals ⺀⺁ (once a 500)', async (path) => {
    const r = await status(path, '⺀⺁');
    expect(r.status, r.body.slice(0, 300)).toBe(200);
  });

  it('refuses a query with nothing searchable with a 400 naming the reason', async () => {
    const r = await status('/api/notices', '⿰⿱');
    expect(r.status).toBe(400);
    expect(r.body).toContain('no searchable words');
  });

  it('answers random Unicode queries with 200 or 400 on every endpoint, never 500', async () => {
    const cp = fc.oneof(
      fc.integer({ min: 0x2e80, max: 0x2fdf }),
      fc.integer({ min: 0x0300, max: 0x036f }),
      fc.integer({ min: 0xe000, max: 0xf8ff }),
      fc.integer({ min: 1, max: 0x10ffff }),
    );
    const query = fc.array(
      fc.oneof(
        cp.map((c) => (c >= 0xd800 && c <= 0xdfff ? '' : String.fromCodePoint(c))),
        fc.constantFrom(' ', '"', '-', ' OR ', '出口'),
      ),
      { minLength: 1, maxLength: 12 },
    );
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom(...ENDPOINTS), async (parts, path) => {
        const q = parts.join('');
        const r = await status(path, q);
        expect([200, 400], `${path} ${JSON.stringify(q)}: ${r.body.slice(0, 200)}`).toContain(r.status);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
