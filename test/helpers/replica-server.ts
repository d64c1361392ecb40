/**
 * Replica sites: local HTTP servers that imitate real government sites for
 * tests, the demo and benchmarks. One port per site (root-relative links
 * work), named states with inheritance ('week1' -> 'week2': new, edited and
 * removed notices), per-path fault injection and a request log.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import iconv from 'iconv-lite';
import { redesignBody } from './redesign.ts';

export interface ReplicaRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}
export interface ReplicaResponse {
  status?: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}
export type ReplicaFile = string | Buffer | ReplicaResponse | null;

export interface ReplicaSite {
  id: string;
  /** files per state, in order; a later state inherits earlier files unless overridden; null = removed (404) */
  states: Record<string, Record<string, ReplicaFile>>;
  /** dynamic handler (JSON APIs with params, challenges); return undefined to fall through to files */
  handle?(req: ReplicaRequest, state: string): ReplicaResponse | undefined | Promise<ReplicaResponse | undefined>;
  robotsTxt?: string;
  /** answer conditional GETs with 304 (ETag + Last-Modified); default true */
  conditional?: boolean;
}

export type Fault =
  /** answer this status `times` times (default: always) */
  | { kind: 'status'; status: number; times?: number; headers?: Record<string, string>; body?: string }
  /** 429 with Retry-After */
  | { kind: 'retry-after'; seconds: number; times?: number }
  /** accept the request and never answer (client must time out) */
  | { kind: 'timeout'; times?: number }
  /** delay the answer */
  | { kind: 'delay'; ms: number; times?: number }
  /** close the connection without an answer (network error) */
  | { kind: 'reset'; times?: number }
  /** announce the full length, send only `bytes`, then cut the connection */
  | { kind: 'truncate'; bytes: number; times?: number }
  /** path -> path?loop=1 -> path … */
  | { kind: 'redirect-loop' }
  /** serve the body unchanged but declare this charset in Content-Type */
  | { kind: 'charset'; declare: string }
  /** stream this many bytes of valid-looking HTML */
  | { kind: 'huge'; bytes: number }
  /** break the markup: unclosed tags, stray brackets, cut at the end */
  | { kind: 'malformed' }
  /** 412 with a script that sets a cookie and reloads (like GACC); passes once the cookie is sent */
  | { kind: 'anti-bot'; cookie?: string; status?: number }
  /** every page number exists: serve `page`'s content for any path matching the fault's glob */
  | { kind: 'infinite-pagination'; page: string };

export interface ReplicaLogEntry {
  site: string;
  method: string;
  path: string;
  status: number;
  bytes: number;
  headers: IncomingHttpHeaders;
}

export interface Replicas {
  baseUrl(siteId: string): string;
  setState(state: string): void;
  readonly state: string;
  /** path may end with '*' to match a prefix (e.g. '/list/index_*') */
  fault(siteId: string, path: string, f: Fault): void;
  clearFaults(siteId?: string): void;
  /**
   * Serve a site's redesigned variant (classes and ids renamed, a wrapper div
   * added: see redesign.ts) on every HTML answer, or its normal pages again.
   * '*' = every site.
   */
  redesign(siteId: string, on?: boolean): void;
  requests(siteId?: string): ReplicaLogEntry[];
  clearRequests(): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  shtml: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

function contentTypeFor(path: string, body: string | Buffer): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path.split('?')[0])?.[1]?.toLowerCase();
  const t = (ext && TYPES[ext]) ?? (path.split('?')[0].endsWith('/') ? TYPES.html : 'text/html; charset=utf-8');
  // Buffers carry their own encoding (GBK pages): declare no charset, let the client detect it.
  return Buffer.isBuffer(body) ? t.replace(/; charset=utf-8$/, '') : t;
}

/** Encodes text as GBK (for GB2312/GBK fixture pages). */
export function gbk(text: string): Buffer {
  return iconv.encode(text, 'gbk');
}

/** A fixed Last-Modified per state keeps conditional GETs deterministic. */
const STATE_EPOCH = Date.UTC(2024, 0, 1);

interface ActiveFault {
  path: string;
  f: Fault;
  used: number;
}

function matches(pattern: string, path: string, pathOnly: string): boolean {
  if (pattern.endsWith('*')) {
    const p = pattern.slice(0, -1);
    return path.startsWith(p) || pathOnly.startsWith(p);
  }
  return pattern === path || pattern === pathOnly;
}

export async function startReplicas(sites: ReplicaSite[], opts: { state?: string } = {}): Promise<Replicas> {
  const stateOrder = [...new Set(sites.flatMap((s) => Object.keys(s.states)))];
  let state = opts.state ?? stateOrder[0] ?? 'default';
  const faults = new Map<string, ActiveFault[]>();
  const log: ReplicaLogEntry[] = [];
  const servers = new Map<string, { server: Server; port: number; sockets: Set<Socket> }>();
  const redesigned = new Set<string>();

  /** The file for `path` in the current state, following inheritance (latest state wins). */
  function lookup(site: ReplicaSite, key: string): ReplicaFile | undefined {
    const idx = stateOrder.indexOf(state);
    const own = Object.keys(site.states);
    let order = own.filter((s) => stateOrder.indexOf(s) <= idx);
    // a site without the current state (or anything before it) shows its first state
    if (!order.length) order = own.slice(0, 1);
    for (let i = order.length - 1; i >= 0; i--) {
      const files = site.states[order[i]];
      if (key in files) return files[key];
    }
    return undefined;
  }

  function stateIndex(): number {
    return Math.max(0, stateOrder.indexOf(state));
  }

  async function serve(site: ReplicaSite, req: IncomingMessage, res: ServerResponse): Promise<number> {
    const url = new URL(req.url ?? '/', 'http://replica');
    const pathWithQuery = url.pathname + url.search;
    const pathOnly = url.pathname;
    const send = (status: number, headers: Record<string, string>, body: string | Buffer): number => {
      const buf = typeof body === 'string' ? Buffer.from(body) : body;
      res.writeHead(status, { 'content-length': String(buf.length), ...headers });
      res.end(req.method === 'HEAD' ? undefined : buf);
      return status;
    };

    // faults first: they simulate what sits in front of the site
    const active = (faults.get(site.id) ?? []).find((a) => matches(a.path, pathWithQuery, pathOnly));
    let charsetOverride: string | undefined;
    let truncateAt: number | undefined;
    let malformed = false;
    let bodyOverride: string | undefined;
    if (active) {
      const f = active.f;
      const times = 'times' in f ? f.times : undefined;
      const live = times === undefined || active.used < times;
      if (live) {
        active.used++;
        switch (f.kind) {
          case 'status':
            return send(f.status, { 'content-type': 'text/html; charset=utf-8', ...f.headers }, f.body ?? `<html><body><h1>${f.status}</h1></body></html>`);
          case 'retry-after':
            return send(429, { 'retry-after': String(f.seconds), 'content-type': 'text/plain' }, 'Too Many Requests');
          case 'timeout':
            // hold the socket open; the client's timeout must fire
            await new Promise<void>((r) => res.on('close', () => r()));
            return 0;
          case 'delay':
            await new Promise((r) => setTimeout(r, f.ms));
            break;
          case 'reset':
            req.socket.destroy();
            return 0;
          case 'truncate':
            truncateAt = f.bytes;
            break;
          case 'redirect-loop': {
            const next = url.searchParams.has('loop') ? pathOnly : `${pathOnly}?loop=1`;
            return send(302, { location: next }, '');
          }
          case 'charset':
            charsetOverride = f.declare;
            break;
          case 'huge': {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(f.bytes) });
            const chunk = Buffer.from('<p>'.padEnd(8192, 'x'));
            let sent = 0;
            while (sent < f.bytes && !res.destroyed) {
              const n = Math.min(chunk.length, f.bytes - sent);
              const ok = res.write(n === chunk.length ? chunk : chunk.subarray(0, n));
              sent += n;
              if (!ok) await new Promise<void>((r) => (res.destroyed ? r() : res.once('drain', () => r()).once('close', () => r())));
            }
            res.end();
            return 200;
          }
          case 'malformed':
            malformed = true;
            break;
          case 'anti-bot': {
            const name = f.cookie ?? '__jsl_clearance';
            const cookies = req.headers.cookie ?? '';
            if (!new RegExp(`(?:^|;\\s*)${name}=ok`).test(cookies)) {
              const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>安全验证</title></head><body><script>document.cookie='${name}=ok; path=/';setTimeout(function(){location.reload()},50);</script><p>正在进行安全验证…</p></body></html>`;
              return send(f.status ?? 412, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, page);
            }
            break;
          }
          case 'infinite-pagination': {
            const file = lookup(site, f.page);
            if (file === undefined || file === null) return send(404, { 'content-type': 'text/plain' }, 'not found');
            bodyOverride = typeof file === 'string' ? file : Buffer.isBuffer(file) ? file.toString('utf8') : String(file.body);
            break;
          }
        }
      }
    }

    if (pathOnly === '/robots.txt' && bodyOverride === undefined) {
      if (site.robotsTxt === undefined) return send(404, { 'content-type': 'text/plain' }, 'not found');
      return send(200, { 'content-type': 'text/plain; charset=utf-8' }, site.robotsTxt);
    }

    let resp: ReplicaResponse | undefined;
    if (bodyOverride !== undefined) resp = { body: bodyOverride };
    if (!resp && site.handle) {
      resp = await site.handle({ method: req.method ?? 'GET', path: pathOnly, query: url.searchParams, headers: req.headers }, state);
    }
    if (!resp) {
      let file = lookup(site, pathWithQuery);
      if (file === undefined && pathWithQuery !== pathOnly) file = lookup(site, pathOnly);
      // directory URLs serve their index page
      if (file === undefined && pathOnly.endsWith('/')) file = lookup(site, `${pathOnly}index.html`) ?? lookup(site, `${pathOnly}index.htm`);
      if (file === undefined || file === null) {
        return send(404, { 'content-type': 'text/html; charset=utf-8' }, '<html><body><h1>404 Not Found</h1></body></html>');
      }
      resp = typeof file === 'string' || Buffer.isBuffer(file) ? { body: file } : file;
    }

    let body = typeof resp.body === 'string' ? Buffer.from(resp.body) : resp.body;
    const status = resp.status ?? 200;
    const headers: Record<string, string> = { 'content-type': contentTypeFor(pathOnly, resp.body), ...resp.headers };
    if (charsetOverride) headers['content-type'] = `${headers['content-type'].split(';')[0]}; charset=${charsetOverride}`;
    if (redesigned.has(site.id) && /^text\/html/i.test(headers['content-type'])) body = redesignBody(headers['content-type'], body);
    if (malformed) {
      const s = body
        .toString('utf8')
        .replace(/<\/(p|div|li|ul|table|tr|td)>/g, '')
        .replace(/<body/i, '<body><<div class="x"');
      body = Buffer.from(s.slice(0, Math.max(1, s.length - 7)));
    }

    if (status === 200 && site.conditional !== false && truncateAt === undefined) {
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      const lastModified = new Date(STATE_EPOCH + stateIndex() * 7 * 86_400_000).toUTCString();
      headers.etag = etag;
      headers['last-modified'] = lastModified;
      const inm = req.headers['if-none-match'];
      if (inm?.split(',').some((t) => t.trim() === etag)) {
        res.writeHead(304, { etag, 'last-modified': lastModified });
        res.end();
        return 304;
      }
    }

    if (truncateAt !== undefined && truncateAt < body.length) {
      res.writeHead(status, { ...headers, 'content-length': String(body.length) });
      res.write(body.subarray(0, truncateAt));
      // give the partial chunk time to leave, then cut the connection
      await new Promise((r) => setTimeout(r, 20));
      req.socket.destroy();
      return status;
    }
    return send(status, headers, body);
  }

  for (const site of sites) {
    const sockets = new Set<Socket>();
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://replica');
      const entry: ReplicaLogEntry = { site: site.id, method: req.method ?? 'GET', path: url.pathname + url.search, status: 0, bytes: 0, headers: req.headers };
      log.push(entry);
      const write = res.write.bind(res);
      const end = res.end.bind(res);
      // count body bytes actually sent (for the recrawl bandwidth figures)
      res.write = ((chunk: unknown, ...rest: unknown[]) => {
        if (chunk && typeof chunk !== 'function') entry.bytes += Buffer.byteLength(chunk as Buffer);
        return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof res.write;
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        if (chunk && typeof chunk !== 'function') entry.bytes += Buffer.byteLength(chunk as Buffer);
        return (end as (...a: unknown[]) => ServerResponse)(chunk, ...rest);
      }) as typeof res.end;
      serve(site, req, res)
        .then((status) => {
          entry.status = status;
        })
        .catch((err) => {
          entry.status = 500;
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(err));
        });
    });
    server.keepAliveTimeout = 5000;
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    servers.set(site.id, { server, port: (server.address() as AddressInfo).port, sockets });
  }

  return {
    baseUrl(siteId) {
      const s = servers.get(siteId);
      if (!s) throw new Error(`no replica site "${siteId}"`);
      return `http://127.0.0.1:${s.port}`;
    },
    setState(next) {
      if (!stateOrder.includes(next)) throw new Error(`unknown replica state "${next}" (known: ${stateOrder.join(', ')})`);
      state = next;
    },
    get state() {
      return state;
    },
    fault(siteId, path, f) {
      if (!servers.has(siteId)) throw new Error(`no replica site "${siteId}"`);
      const list = faults.get(siteId) ?? [];
      list.unshift({ path, f, used: 0 });
      faults.set(siteId, list);
    },
    clearFaults(siteId) {
      if (siteId) faults.delete(siteId);
      else faults.clear();
    },
    redesign(siteId, on = true) {
      const ids = siteId === '*' ? [...servers.keys()] : [siteId];
      for (const id of ids) {
        if (!servers.has(id)) throw new Error(`no replica site "${id}"`);
        if (on) redesigned.add(id);
        else redesigned.delete(id);
      }
    },
    requests(siteId) {
      return siteId ? log.filter((e) => e.site === siteId) : [...log];
    },
    clearRequests() {
      log.length = 0;
    },
    async close() {
      await Promise.all(
        [...servers.values()].map(
          ({ server, sockets }) =>
            new Promise<void>((r) => {
              for (const s of sockets) s.destroy();
              server.close(() => r());
            }),
        ),
      );
    },
  };
}
