import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from '../app.ts';
import { send } from '../http.ts';
import { noticePage } from './notice.ts';
import { searchPage } from './search.ts';
import { sourcesPage } from './sources.ts';

const staticDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'static');
const TYPES: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8', svg: 'image/svg+xml' };

/** The static files, read once: only these names are served, so no path can escape the folder. */
function loadStatic(): Map<string, { body: Buffer; type: string }> {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const name of ['style.css', 'app.js', 'favicon.svg']) {
    const ext = name.split('.').pop()!;
    files.set(name, { body: readFileSync(join(staticDir, name)), type: TYPES[ext] });
  }
  return files;
}

export function registerUi(app: App): void {
  const files = loadStatic();
  app.route('GET', '/', searchPage, { cost: 'query' });
  app.route('GET', '/notices/:id', noticePage, { cost: 'query' });
  app.route('GET', '/sources', sourcesPage);
  app.route('GET', '/static/:file', (ctx) => {
    const f = files.get(ctx.params.file);
    if (!f) {
      ctx.res.statusCode = 404;
      ctx.res.end();
      return;
    }
    send(ctx.req, ctx.res, f.body, { type: f.type, cache: 'public, max-age=3600' });
  });
  app.route('GET', '/favicon.ico', (ctx) => {
    const f = files.get('favicon.svg')!;
    send(ctx.req, ctx.res, f.body, { type: f.type, cache: 'public, max-age=86400' });
  });
  app.route('GET', '/healthz', async (ctx) => {
    ctx.json({ ok: true, notices: await ctx.store.countNotices() }, { cache: 'no-store' });
  });
}
