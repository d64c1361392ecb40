/** Test server (index API + fixture trade pages) and the E2E extension build. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import type { Store } from '../../db/types.ts';
import { EXTENSION_INDEX_PATH, extensionIndexHandler } from '../../server/plugins/extension-index.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXT_DIR = join(ROOT, 'extension');
export const FIXTURES = join(import.meta.dirname, 'fixtures');

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of readdirSync(path)) {
    if (e === '.output' || e === '.wxt' || e === 'node_modules' || e.endsWith('.test.ts')) continue;
    max = Math.max(max, newestMtime(join(path, e)));
  }
  return max;
}

/** Builds the E2E flavour of the extension when missing or older than its sources; returns its folder. */
export function ensureExtensionBuilt(mode = 'e2e'): string {
  const out = join(EXT_DIR, '.output', `chrome-mv3-${mode}`);
  const manifest = join(out, 'manifest.json');
  const sources = Math.max(
    ...['entrypoints', 'utils', 'public', 'wxt.config.ts'].map((p) => newestMtime(join(EXT_DIR, p))),
    newestMtime(join(ROOT, 'taxonomy')),
  );
  if (!existsSync(manifest) || statSync(manifest).mtimeMs < sources) {
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', EXT_DIR, '--mode', mode], { cwd: ROOT, stdio: 'pipe' });
  }
  return out;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  ifNoneMatch: string | null;
  encoding: string | null;
}

export interface TradeServer {
  url: string;
  log: LoggedRequest[];
  /** 'down' answers 503 to the index API (server trouble) */
  mode: 'up' | 'down';
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

export async function startTradeServer(store: Store): Promise<TradeServer> {
  const index = extensionIndexHandler(store, { ttlMs: 0 });
  const state: TradeServer = { url: '', log: [], mode: 'up', close: async () => {} };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    res.on('finish', () => {
      if (path === EXTENSION_INDEX_PATH) {
        state.log.push({
          method: req.method ?? '',
          path,
          status: res.statusCode,
          ifNoneMatch: (req.headers['if-none-match'] as string) ?? null,
          encoding: (res.getHeader('content-encoding') as string) ?? null,
        });
      }
    });
    if (path === EXTENSION_INDEX_PATH) {
      if (state.mode === 'down') {
        res.statusCode = 503;
        res.end('maintenance');
        return;
      }
      index(req, res).catch(() => {
        res.statusCode = 500;
        res.end();
      });
      return;
    }
    const m = path.match(/^\/notices\/(\d+)$/);
    if (m) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>Notice ${m[1]}</title><h1>Notice ${m[1]}</h1>`);
      return;
    }
    const t = path.match(/^\/trade\/([a-z0-9-]+\.(?:html|css|js))$/);
    if (t && existsSync(join(FIXTURES, t[1]))) {
      res.setHeader('Content-Type', TYPES[extname(t[1])]);
      // a strict CSP like real marketplaces: inline styles/scripts blocked
      if (t[1].endsWith('.html')) res.setHeader('Content-Security-Policy', "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:");
      res.end(readFileSync(join(FIXTURES, t[1])));
      return;
    }
    res.statusCode = 404;
    res.end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((r) => server.close(() => r()));
  return state;
}
