import { createServer, type RequestListener, type Server } from 'node:http';

/**
 * The node:http server's limits against slow or idle clients. Without them a
 * client that never finishes its headers or body holds a socket (and a file
 * descriptor) for ever; a thousand such clients exhaust the process.
 */
export interface ServerLimits {
  /** the request line and headers must arrive within this (also bounds a connection sending only blank lines) */
  headersTimeoutMs: number;
  /** the whole request, headers and body, must arrive within this; answers are not bounded (exports stream for minutes) */
  requestTimeoutMs: number;
  /** a handler reading a body (forms) gives up with 408 after this */
  bodyTimeoutMs: number;
  /** an idle keep-alive connection is closed after this */
  keepAliveTimeoutMs: number;
  /** connections beyond this many open ones are closed on arrival */
  maxConnections: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  bodyTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  // well below the usual 1,024 descriptors per process, which the database and crawls share
  maxConnections: 500,
};

/** Limits with `overrides` applied, checked (node requires headersTimeout ≤ requestTimeout). */
export function serverLimits(overrides: Partial<ServerLimits> = {}): ServerLimits {
  const l = { ...DEFAULT_LIMITS, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) } as ServerLimits;
  for (const [k, v] of Object.entries(l)) {
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`server limit ${k}: expected a positive whole number, got ${v}`);
  }
  if (l.headersTimeoutMs > l.requestTimeoutMs)
    throw new RangeError(`server limit headersTimeoutMs (${l.headersTimeoutMs}) must not exceed requestTimeoutMs (${l.requestTimeoutMs})`);
  return l;
}

/** A node:http server with `limits` applied; `listener` may be attached now or later. */
export function createLimitedServer(limits: ServerLimits, listener?: RequestListener): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // how often node looks for connections past those timeouts (default 30 s, which would stretch a 10 s timeout to 40 s)
      connectionsCheckingInterval: Math.max(250, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    listener,
  );
  server.maxConnections = limits.maxConnections;
  return server;
}

/**
 * A request listener to attach before listening, while the app is still being
 * built (its public URL may depend on the bound port): until `open` it answers
 * 503 with Retry-After, so a request arriving during start-up (a health check,
 * a rolling restart) is always answered, never left hanging.
 */
export interface StartupGate {
  listener: RequestListener;
  open(handler: RequestListener): void;
  readonly ready: boolean;
  /**
   * Resolves once every handler started so far has finished, or after `ms`.
   * A handler goes on after its client hung up (a search waiting on a read
   * thread), so closing the database when the last connection closes is too early.
   */
  settled(ms: number): Promise<void>;
}

export function startupGate(): StartupGate {
  let handler: RequestListener | null = null;
  let running = 0;
  /** the settled() calls waiting for running to reach 0 */
  const waiting = new Set<() => void>();
  const done = () => {
    if (--running === 0) for (const w of [...waiting]) w();
  };
  return {
    listener(req, res) {
      if (handler) {
        running++;
        try {
          // Hono's listener returns a promise; a plain listener is done when it returns
          Promise.resolve(handler(req, res)).then(done, done);
        } catch (e) {
          done();
          throw e;
        }
        return;
      }
      res.statusCode = 503;
      res.setHeader('Retry-After', '1');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Connection', 'close');
      res.end('starting up; try again in a second\n');
    },
    open(h) {
      handler = h;
    },
    get ready() {
      return handler !== null;
    },
    settled(ms) {
      if (running === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(finish, ms);
        function finish() {
          clearTimeout(timer);
          waiting.delete(finish);
          resolve();
        }
        waiting.add(finish);
      });
    },
  };
}

/** How long requests in progress get to finish once the server is asked to stop. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Stops accepting connections and lets the requests in progress finish: each
 * connection is closed as soon as it is idle, and whatever is still open after
 * `graceMs` (a long export, a client that stopped reading) is cut. Resolves
 * once no connection is left, so the database can close under no request.
 */
export function drain(server: Server, graceMs = SHUTDOWN_GRACE_MS): Promise<void> {
  return new Promise((resolve) => {
    // a keep-alive connection turns idle when its answer is written; close it then, not at its timeout
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}
