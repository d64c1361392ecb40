import { createServer as createHttpServer, type Server } from 'node:http';
import type { Store } from '../db/types.ts';
import { DEFAULT_HOST } from '../taxonomy/defaults.ts';
import { type App, createApp, type ServerOptions } from './app.ts';

export type { App, Handler, Method, RequestContext, ServerOptions, ServerPlugin } from './app.ts';
export { createApp } from './app.ts';
export { escapeHtml } from '../db/escape.ts';
export { html, raw, type SafeHtml } from './html.ts';
export { HttpError, badParam, notFound } from './http.ts';

/** Creates the app and its node:http server (not yet listening). */
export async function createServer(store: Store, options: ServerOptions = {}): Promise<{ app: App; server: Server }> {
  const app = await createApp(store, options);
  const server = createHttpServer(app.handler);
  // slow clients must not hold sockets forever; exports stream so no overall timeout
  server.headersTimeout = 20_000;
  server.requestTimeout = 0;
  server.keepAliveTimeout = 5_000;
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
