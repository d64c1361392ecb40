import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/types.ts';
import { html, type ServerPlugin } from '../../server/index.ts';
import { freshStore } from '../helpers/stores.ts';
import { type Running, startServer } from './helpers.ts';

/** What the newsletter and extension areas do: add routes and a nav link without editing server files. */
const subscribe: ServerPlugin = (app) => {
  app.nav.push({ href: '/subscribe', label: { zh: '订阅', en: 'Subscribe' } });
  app.route('GET', '/subscribe', (ctx) => ctx.page({ title: 'Subscribe', nav: '/subscribe', body: html`<form method="post"><input name="email"></form>` }));
  app.route('POST', '/subscribe', async (ctx) => {
    const form = await ctx.form();
    ctx.page({ title: 'Thanks', body: html`<p>Thanks, ${form.get('email') ?? ''}</p>` });
  });
  app.route('GET', '/api/extension/index', (ctx) => ctx.json({ version: 1, lang: ctx.lang }, { cache: 'public, max-age=300' }));
};

describe('server plugins', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let srv: Running;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore('sqlite'));
    srv = await startServer(store, { plugins: [subscribe] });
  });
  afterAll(async () => {
    await srv?.close();
    await cleanup?.();
  });

  it('adds pages in the site layout, with nav link, forms and JSON routes', async () => {
    const page = await (await fetch(`${srv.url}/subscribe?lang=en`)).text();
    expect(page).toContain('<a href="/subscribe?lang=en" aria-current="page">Subscribe</a>');
    const posted = await fetch(`${srv.url}/subscribe?lang=en`, { method: 'POST', body: new URLSearchParams({ email: '<b>a@example.org</b>' }) });
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain('Thanks, &lt;b&gt;a@example.org&lt;/b&gt;');
    const idx = await fetch(`${srv.url}/api/extension/index`);
    expect(await idx.json()).toEqual({ version: 1, lang: 'zh' });
    expect(idx.headers.get('etag')).toBeTruthy();
    expect(idx.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('rejects oversized form bodies with 413', async () => {
    const r = await fetch(`${srv.url}/subscribe`, { method: 'POST', body: 'x'.repeat(70 * 1024) });
    expect(r.status).toBe(413);
  });
});
