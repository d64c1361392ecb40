import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/types.ts';
import { createApp } from '../../server/index.ts';
import { extensionIndexPlugin } from '../../server/plugins/extension-index.ts';
import { freshStore } from '../helpers/stores.ts';
import { seed } from './fixtures.ts';
import { type Running, startServer, testLabels } from './helpers.ts';

/**
 * The OpenAPI document is generated from the zod schemas that validate the API's
 * parameters: every documented route answers, every API route is documented, and
 * every documented parameter is checked the way the document says (400 naming it).
 */
interface Param {
  name: string;
  in: 'query' | 'path';
  schema: { type?: string; enum?: string[]; minimum?: number; maximum?: number; format?: string };
}
type Doc = { paths: Record<string, Record<string, { parameters?: Param[] }>>; components: { schemas: Record<string, unknown> } };

const API = /^\/(api|feeds)\//;
const concrete = (path: string, id: number) => path.replace('{id}', String(id)).replace('{n}', '1');

/** values the document says are invalid for a parameter, or none when any string is allowed */
function invalidValues(p: Param): string[] {
  const s = p.schema;
  if (s.enum) return [`not-${s.enum[0]}`];
  if (s.type === 'integer') return ['ten', '1.5', String((s.minimum ?? 1) - 1), ...(s.maximum !== undefined ? [String(s.maximum + 1)] : [])];
  if (s.type === 'boolean') return ['maybe'];
  if (s.format === 'date') return ['yesterday'];
  return [];
}

describe('OpenAPI document generated from the validating schemas', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let srv: Running;
  let doc: Doc;
  let id: number;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore('sqlite'));
    id = (await seed(store)).rebate;
    srv = await startServer(store, { publicUrl: 'https://radar.example.org', plugins: [extensionIndexPlugin()] });
    doc = (await (await fetch(`${srv.url}/api/openapi.json`)).json()) as Doc;
  });
  afterAll(async () => {
    await srv?.close();
    await cleanup?.();
  });

  it('documents every API and feed route the app has, and nothing else', async () => {
    const app = await createApp(store, { labels: testLabels, plugins: [extensionIndexPlugin()] });
    const routes = app
      .routes()
      .filter((r) => r.method === 'GET' && API.test(r.path))
      .map((r) => r.path.replace(/:(\w+)/g, '{$1}'))
      .sort();
    expect(Object.keys(doc.paths).sort()).toEqual(routes);
    expect(routes).toContain('/api/extension/index');
    for (const ops of Object.values(doc.paths)) expect(Object.keys(ops)).toEqual(['get']);
  });

  it('every documented route answers (no 404 or 405 from the router)', async () => {
    for (const path of Object.keys(doc.paths)) {
      const r = await fetch(srv.url + concrete(path, id));
      const text = await r.text();
      const body = (r.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : {}) as { error?: { code: string } };
      expect([path, r.status]).not.toEqual([path, 405]);
      expect([path, body.error?.code]).not.toEqual([path, 'not_found']);
      // the deadline calendar needs a profile; everything else answers 200 without parameters
      expect([path, r.status]).toEqual([path, path === '/feeds/deadlines.ics' ? 400 : 200]);
    }
  });

  it('every $ref points at a component', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
  });

  it('rejects an undocumented parameter on every route that declares its parameters, with a 400 naming it', async () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get.parameters?.some((p) => p.in === 'query') && path !== '/api/sources' && !path.includes('{')) continue;
      const r = await fetch(`${srv.url}${concrete(path, id)}?colour=red`);
      expect([path, r.status]).toEqual([path, 400]);
      const body = (await r.json()) as { error: { status: number; code: string; parameter: string; message: string } };
      expect(body.error).toMatchObject({ status: 400, code: 'bad_parameter', parameter: 'colour' });
      expect(body.error.message).toContain('unknown parameter');
    }
  });

  it('rejects every value the document rules out, with a 400 JSON error naming the parameter', async () => {
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const p of ops.get.parameters ?? []) {
        for (const bad of invalidValues(p)) {
          const url =
            p.in === 'path'
              ? srv.url + path.replace(`{${p.name}}`, encodeURIComponent(bad)).replace(/\{\w+\}/g, String(id))
              : `${srv.url}${concrete(path, id)}?${new URLSearchParams({ [p.name]: bad })}`;
          const r = await fetch(url);
          expect([url, r.status]).toEqual([url, 400]);
          expect(r.headers.get('content-type')).toContain('application/json');
          const body = (await r.json()) as { error: { parameter: string; message: string } };
          expect([url, body.error.parameter]).toEqual([url, p.name]);
          expect(body.error.message).toContain(p.name);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('a single-valued parameter given twice is a 400, a list parameter may repeat', async () => {
    const twice = (await (await fetch(`${srv.url}/api/notices?sort=date&sort=changed`)).json()) as { error: { parameter: string; message: string } };
    expect(twice.error).toMatchObject({ parameter: 'sort', message: 'sort: given more than once' });
    const repeated = await fetch(`${srv.url}/api/notices?topic=export-rebates&topic=export-control`);
    expect(repeated.status).toBe(200);
    // blank values (empty form fields) count as absent, as before
    expect((await fetch(`${srv.url}/api/notices?limit=&sort=&facets=`)).status).toBe(200);
  });
});
