import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { MiddlewareHandler } from 'hono';
import type { RequestContext } from './app.ts';
import type { CachedResponse, ResponseCache } from './cache.ts';
import { HttpError, securityHeaders, send } from './http.ts';
import { type Lang, pickLang } from './i18n.ts';

/**
 * The app's Hono middleware. Handlers write to the node response themselves
 * (streaming exports, backpressure), so these set headers on it and answer
 * with RESPONSE_ALREADY_SENT rather than building Response objects.
 */

/** Hono's environment on @hono/node-server: the node request and response, the language and our request context. */
export type HonoEnv = { Bindings: HttpBindings; Variables: { lang: Lang; ctx: RequestContext } };

/** Our security headers (CSP etc., server/http.ts) on every answer, errors included. */
export const secureHeaders = (): MiddlewareHandler<HonoEnv> => async (c, next) => {
  securityHeaders(c.env.outgoing);
  await next();
};

/** Language negotiation: ?lang=, then Accept-Language, then the configured default. */
export const language =
  (fallback: Lang): MiddlewareHandler<HonoEnv> =>
  async (c, next) => {
    const lang = c.req.query('lang') ?? null;
    c.set('lang', pickLang(lang, c.env.incoming.headers['accept-language'], fallback));
    await next();
  };

/**
 * The request context routes get (app.ts builds it); a URL that does not parse is a
 * bare 400, a path with malformed %-escapes a 400 page or JSON error.
 */
export const requestContext =
  (
    build: (req: IncomingMessage, res: ServerResponse, url: URL, lang: Lang) => RequestContext,
    fail: (ctx: RequestContext, err: HttpError) => void,
  ): MiddlewareHandler<HonoEnv> =>
  async (c, next) => {
    const { incoming: req, outgoing: res } = c.env;
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      res.statusCode = 400;
      res.end();
      return RESPONSE_ALREADY_SENT;
    }
    const ctx = build(req, res, url, c.get('lang'));
    c.set('ctx', ctx);
    try {
      for (const seg of url.pathname.split('/')) decodeURIComponent(seg);
    } catch {
      fail(ctx, new HttpError(400, 'bad_path', 'malformed URL path'));
      return RESPONSE_ALREADY_SENT;
    }
    await next();
  };

/**
 * Response cache as route middleware, before the parameter checks (their 400s are
 * never kept, and still say X-Cache: miss): a hit is answered here; a miss
 * registers (`capture`) where the route's 200 is kept, and concurrent misses wait for it.
 */
export const responseCache =
  (
    cache: ResponseCache,
    publicUrl: string | undefined,
    capture: (ctx: RequestContext, keep: (r: CachedResponse) => void) => void,
  ): MiddlewareHandler<HonoEnv> =>
  async (c, next) => {
    const ctx = c.get('ctx');
    if (!cache.enabled) return next();
    // Host matters for absolute links when no publicUrl is configured
    const key = `${ctx.lang} ${publicUrl ? '' : ctx.req.headers.host} ${ctx.url.pathname}${ctx.url.search}`;
    if (!cache.get(key)) await cache.inflight(key);
    const hit = cache.get(key);
    if (hit) {
      ctx.res.setHeader('X-Cache', 'hit');
      send(ctx.req, ctx.res, hit.body, hit);
      return RESPONSE_ALREADY_SENT;
    }
    ctx.res.setHeader('X-Cache', 'miss');
    capture(ctx, (entry) => cache.set(key, entry));
    const run = next();
    cache.track(key, run);
    await run;
  };
