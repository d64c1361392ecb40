import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { type HonoEnv, language, requestContext, responseCache, secureHeaders } from './middleware.ts';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { type ApiRoute, validationError } from './api/query-schemas.ts';
import type { Store } from '../db/types.ts';
import { type CachedResponse, ResponseCache } from './cache.ts';
import { HttpError, readBody, type SendOptions, send } from './http.ts';
import { type Lang, STRINGS, type Strings } from './i18n.ts';
import { idLabels, type Labels, loadLabels } from './labels.ts';
import { html } from './html.ts';
import { registerApi } from './api/index.ts';
import { registerUi } from './ui/index.ts';
import { layout, type PageOptions } from './ui/layout.ts';
import { BusyError, EXPORT_LIMITS, Limiter, type LimiterOptions, QUERY_LIMITS } from './limiter.ts';
import { clientIp, type TrustProxy, trustedProxies } from '../newsletter/client-ip.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Everything a route handler needs about one request. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  query: URLSearchParams;
  /** values of the route's :params, already URL-decoded */
  params: Record<string, string>;
  store: Store;
  app: App;
  /** interface language (?lang=, Accept-Language, default) and its strings */
  lang: Lang;
  t: Strings;
  /** sends JSON; `cache` adds Cache-Control + ETag (read endpoints) */
  json(body: unknown, opts?: { status?: number; cache?: string }): void;
  /** sends a complete body (ETag/304 when `cache` is set); cacheable routes keep 200s in the response cache */
  send(body: string | Buffer, opts: SendOptions): void;
  /** sends a full HTML page in the site layout */
  page(p: PageOptions & { status?: number; cache?: string }): void;
  /** reads an application/x-www-form-urlencoded body (at most 64 KiB, within bodyTimeoutMs) */
  form(): Promise<URLSearchParams>;
  /** reads a small body as text: 413 over `limit` bytes (default 64 KiB), 408 after bodyTimeoutMs */
  text(limit?: number): Promise<string>;
}

export type Handler = (ctx: RequestContext) => void | Promise<void>;

/** Adds routes (and nav links) to the app; how other areas extend the server without editing it. */
export type ServerPlugin = (app: App) => void | Promise<void>;

export interface ServerOptions {
  /** absolute base URL used in feeds and API links, e.g. https://radar.example.org */
  publicUrl?: string;
  /** interface language when neither ?lang= nor Accept-Language decides */
  lang?: Lang;
  /** for plugins that sign tokens (subscription links) */
  secret?: string;
  plugins?: ServerPlugin[];
  /** taxonomy labels; loaded from taxonomy/ when omitted */
  labels?: Labels;
  /** Cache-Control for JSON/feeds read endpoints */
  apiCache?: string;
  /** how long GET answers of cacheable routes (search, notices, feeds) are reused; 0 disables (default 30 s) */
  responseCacheMs?: number;
  /** a handler reading a request body gives up with 408 after this (default 10 s; server/http-server.ts) */
  bodyTimeoutMs?: number;
  /** bounds on concurrent expensive work per client and in total (server/limiter.ts holds the defaults) */
  concurrency?: { query?: Partial<LimiterOptions>; export?: Partial<LimiterOptions> };
  /**
   * proxies whose X-Forwarded-For names the client (newsletter/client-ip.ts; config
   * server.trustProxy): the per-client limits then key on that client, not on the proxy.
   * Absent or false: the connection's address, X-Forwarded-For ignored.
   */
  trustProxy?: TrustProxy;
  /** called with unexpected errors (default: stderr) */
  onError?: (err: unknown, req: IncomingMessage) => void;
}

/** What a route's work costs: a search-like query, or an export streaming many rows. */
export type Cost = 'query' | 'export';

export interface NavLink {
  href: string;
  label: Record<Lang, string>;
}

export interface App {
  readonly store: Store;
  readonly options: Required<Pick<ServerOptions, 'lang' | 'apiCache'>> & ServerOptions;
  readonly labels: Labels;
  /** extra links shown in the header navigation (plugins add theirs) */
  readonly nav: NavLink[];
  /**
   * `pattern` segments are literals or :name, e.g. /api/notices/:id/versions/:n.
   * `cache: true` lets whole 200 answers be reused for responseCacheMs (only for
   * GETs whose answer depends on nothing but the URL and the interface language).
   * `cost`: expensive work that waits for a slot of the query or export limiter
   * (cached routes are queries: their misses wait, their hits never do).
   */
  route(method: Method, pattern: string, handler: Handler, opts?: { cache?: boolean; cost?: Cost }): void;
  /**
   * A documented GET route (server/api/query-schemas.ts): its query and path parameters
   * are validated by the route's zod schemas (400 naming the parameter) before `handler`
   * runs, and the same schemas describe it in /api/openapi.json. Path in OpenAPI form: /api/notices/{id}.
   */
  api(route: ApiRoute, handler: Handler, opts?: { cache?: boolean; cost?: Cost }): void;
  /** the OpenAPI 3.1 document of the routes added with `api` */
  openApiDocument(): object;
  /** every route added so far (method and Hono path), e.g. to check that the API ones are documented */
  routes(): { method: string; path: string }[];
  /** the limiters behind `cost` (their stats() show what runs and waits, e.g. for a status route) */
  readonly limiters: Record<Cost, Limiter>;
  /** the response cache (tests and plugins that write data may clear it) */
  readonly cache: ResponseCache;
  /** the node:http request listener */
  readonly handler: RequestListener;
  /** absolute URL for a path (publicUrl, else the request's Host) */
  absoluteUrl(ctx: RequestContext, path: string): string;
}

interface Route {
  method: Method | 'OPTIONS';
  segments: string[];
}

function splitPath(p: string): string[] {
  return p.split('/').filter(Boolean);
}

/** Whether `route` has the shape of the path: only for the Allow header of a 405 (Hono routes the rest). */
function matches(route: Route, segs: string[]): boolean {
  return route.segments.length === segs.length && route.segments.every((r, i) => r.startsWith(':') || r === segs[i]);
}

const isApiPath = (p: string) => p.startsWith('/api/') || p.startsWith('/feeds/');

const OPENAPI_INFO = {
  title: 'Policy Radar archive API',
  version: '1.0.0',
  description:
    'Search and export the archive of trade-policy notices, with every version and word-level diffs. Errors are JSON objects naming the bad parameter; read endpoints send ETag and Cache-Control.',
  license: { name: 'MIT', identifier: 'MIT' },
};

/** Builds the app: built-in API, feeds, UI and static routes, then plugins. */
export async function createApp(store: Store, options: ServerOptions = {}): Promise<App> {
  const routes: Route[] = [];
  const opts = { lang: 'zh' as Lang, apiCache: 'public, max-age=60', ...options };
  const labels = options.labels ?? (await loadLabels().catch(() => idLabels));
  const onError =
    options.onError ?? ((err: unknown) => process.stderr.write(`server error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`));

  const cache = new ResponseCache(options.responseCacheMs ?? 30_000);
  const limiters: Record<Cost, Limiter> = {
    query: new Limiter({ ...QUERY_LIMITS, ...options.concurrency?.query }),
    export: new Limiter({ ...EXPORT_LIMITS, ...options.concurrency?.export }),
  };
  // per client: behind trusted proxies the address they forwarded, else the connection's
  // (every client behind one proxy would otherwise share its slots)
  const trust = trustedProxies(options.trustProxy);
  const clientOf = (req: IncomingMessage) => clientIp(req, trust);

  // strict: false keeps /api/notices/ the same route as /api/notices (as before Hono)
  const hono = new OpenAPIHono<HonoEnv>({ strict: false });

  const app: App = {
    store,
    options: opts,
    labels,
    nav: [],
    cache,
    limiters,
    route(method, pattern, handler, o = {}) {
      routes.push({ method, segments: splitPath(pattern) });
      const { middleware, final } = routeHandlers(handler, !!o.cache, o.cost);
      hono.on(method, pattern, ...([...middleware, final] as [MiddlewareHandler<HonoEnv>]));
    },
    api(r, handler, o = {}) {
      const pattern = r.path.replace(/\{(\w+)\}/g, ':$1');
      routes.push({ method: 'GET', segments: splitPath(pattern) });
      const known = Object.keys((r.request?.query as { shape?: object } | undefined)?.shape ?? {});
      // the hook throws, so onError answers the 400 as every other error
      const hook = (result: { success: boolean; error?: { issues: Parameters<typeof validationError>[0] } }) => {
        if (!result.success && result.error) throw validationError(result.error.issues, known);
      };
      const { middleware, final } = routeHandlers(handler, !!o.cache, o.cost);
      hono.openapi(createRoute({ method: 'get', ...r, middleware }), final as never, hook as never);
    },
    openApiDocument() {
      return hono.getOpenAPI31Document({ openapi: '3.1.0', info: OPENAPI_INFO });
    },
    routes() {
      return routes.map((r) => ({ method: r.method, path: `/${r.segments.join('/')}` }));
    },
    handler: getRequestListener(hono.fetch),
    absoluteUrl(ctx, path) {
      const base = opts.publicUrl?.replace(/\/$/, '') ?? `http://${ctx.req.headers.host ?? 'localhost'}`;
      return base + path;
    },
  };

  const cached = responseCache(cache, opts.publicUrl, (ctx, keep) => captures.set(ctx, keep));

  /** A route's handlers on Hono: the response cache when cacheable, then the handler (in a limiter slot when it costs) writing to the node response. */
  function routeHandlers(
    handler: Handler,
    cacheable: boolean,
    routeCost?: Cost,
  ): { middleware: MiddlewareHandler<HonoEnv>[]; final: MiddlewareHandler<HonoEnv> } {
    const cost = routeCost ?? (cacheable ? 'query' : undefined);
    const final: MiddlewareHandler<HonoEnv> = async (c) => {
      const ctx = c.get('ctx');
      ctx.params = c.req.param() as Record<string, string>;
      await (cost ? limiters[cost].run(clientOf(ctx.req), async () => handler(ctx)) : handler(ctx));
      return RESPONSE_ALREADY_SENT;
    };
    return { middleware: cacheable ? [cached] : [], final };
  }

  /** where a cacheable route's 200 is kept (set per request by routeHandler) */
  const captures = new WeakMap<RequestContext, (r: CachedResponse) => void>();

  function errorResponse(ctx: RequestContext, err: unknown): void {
    let status = 500;
    let code = 'internal';
    let message = 'internal server error';
    let parameter: string | undefined;
    if (err instanceof HttpError) {
      ({ status, code, message, parameter } = err);
    } else if (err instanceof BusyError) {
      status = 503;
      code = 'busy';
      message = `${err.message}; try again in ${err.retryAfter} s`;
      if (!ctx.res.headersSent) ctx.res.setHeader('Retry-After', String(err.retryAfter));
    } else if (err instanceof Error && (err as { userFacing?: boolean }).userFacing) {
      // the store's QuerySyntaxError: "from: …" names a filter, anything else is the query text
      status = 400;
      code = 'bad_parameter';
      const m = /^(\w+): /.exec(err.message);
      parameter = m && ['from', 'to', 'hs', 'limit', 'offset', 'changedSince', 'sort', 'status'].includes(m[1]) ? m[1] : 'q';
      message = parameter === 'q' ? `q: ${err.message}` : err.message;
    } else onError(err, ctx.req);
    if (ctx.res.headersSent) {
      ctx.res.destroy();
      return;
    }
    // a body left unread (too slow, too large) cannot be followed by another request on this connection
    if (status === 408 || status === 413) ctx.res.setHeader('Connection', 'close');
    if (isApiPath(ctx.url.pathname)) {
      ctx.json({ error: { status, code, message, ...(parameter ? { parameter } : {}) } }, { status });
    } else {
      // a 5xx the code raised on purpose (busy, no Chromium) says what to do; a crash says nothing
      const crash = status >= 500 && !(err instanceof HttpError || err instanceof BusyError);
      const title = status === 404 ? ctx.t.notFound : status >= 500 ? ctx.t.serverError : ctx.t.badRequest;
      const text = status === 404 ? ctx.t.notFoundText : crash ? ctx.t.serverError : message;
      ctx.page({
        status,
        title,
        body: html`<section class="panel error"><h1>${title}</h1><p>${text}</p><p><a href="/">${ctx.t.backToSearch}</a></p></section>`,
      });
    }
  }

  /** The request context every route gets, on the node request and response. */
  function buildContext(req: IncomingMessage, res: ServerResponse, url: URL, lang: Lang): RequestContext {
    const ctx: RequestContext = {
      req,
      res,
      url,
      query: url.searchParams,
      params: {},
      store,
      app,
      lang,
      t: STRINGS[lang],
      send(body, o) {
        if ((o.status ?? 200) === 200 && o.cache) captures.get(ctx)?.({ body, type: o.type, cache: o.cache, headers: o.headers });
        send(req, res, body, o);
      },
      json(body, o = {}) {
        ctx.send(JSON.stringify(body), {
          status: o.status,
          type: 'application/json; charset=utf-8',
          cache: o.status && o.status !== 200 ? 'no-store' : o.cache,
        });
      },
      page(p) {
        res.setHeader('Vary', 'Accept-Language');
        send(req, res, layout(ctx, p).toString(), { status: p.status, type: 'text/html; charset=utf-8', cache: p.cache ?? 'no-cache' });
      },
      async form() {
        return new URLSearchParams(await ctx.text());
      },
      text(limit) {
        return readBody(req, limit, opts.bodyTimeoutMs);
      },
    };
    return ctx;
  }

  // middleware, in order: security headers, language, the request context; routes then write to the node response
  hono.use(secureHeaders(), language(opts.lang), requestContext(buildContext, errorResponse));

  hono.notFound((c) => {
    const ctx = c.get('ctx');
    const segs = splitPath(ctx.url.pathname).map(decodeURIComponent);
    const allowed = [...new Set(routes.filter((r) => matches(r, segs)).map((r) => r.method))];
    if (allowed.length) {
      ctx.res.setHeader('Allow', allowed.join(', '));
      errorResponse(ctx, new HttpError(405, 'method_not_allowed', `use ${allowed.join(' or ')}`));
    } else errorResponse(ctx, new HttpError(404, 'not_found', 'no such endpoint or page'));
    return RESPONSE_ALREADY_SENT;
  });

  hono.onError((err, c) => {
    const ctx = c.get('ctx');
    try {
      errorResponse(ctx, err);
    } catch (e2) {
      onError(e2, ctx.req);
      ctx.res.destroy();
    }
    return RESPONSE_ALREADY_SENT;
  });

  registerApi(app);
  registerUi(app);
  for (const plugin of options.plugins ?? []) await plugin(app);
  return app;
}

export type { PageOptions };
