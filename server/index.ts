import type { Server } from 'node:http';
import type { Store } from '../db/types.ts';
import { DEFAULT_HOST } from '../taxonomy/defaults.ts';
import { type App, createApp, type ServerOptions } from './app.ts';
import { createLimitedServer, type ServerLimits, serverLimits } from './http-server.ts';

export type { App, Handler, Method, RequestContext, ServerOptions, ServerPlugin } from './app.ts';
export { createApp } from './app.ts';
export { escapeHtml } from '../db/escape.ts';
export { html, raw, type SafeHtml } from './html.ts';
export { HttpError, badParam, notFound } from './http.ts';
export { DEFAULT_LIMITS, type ServerLimits } from './http-server.ts';

/** Creates the app and its node:http server (not yet listening). */
export async function createServer(store: Store, options: ServerOptions & { limits?: Partial<ServerLimits> } = {}): Promise<{ app: App; server: Server }> {
  const { limits: overrides, ...appOptions } = options;
  const limits = serverLimits(overrides);
  const app = await createApp(store, { bodyTimeoutMs: limits.bodyTimeoutMs, ...appOptions });
  const server = createLimitedServer(limits, app.handler);
  return { app, server };
}

/** Listens and resolves with the bound address (port 0 picks a free one). */
export function listen(server: Server, port: number, host = DEFAULT_HOST): Promise<{ port: number; host: string; url: string }> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      const h = host.includes(':') ? `[${host}]` : host;
      resolve({ port: p, host, url: `http://${h === '0.0.0.0' ? '127.0.0.1' : h}:${p}` });
    });
  });
}
