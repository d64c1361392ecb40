import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An error answered with its status and a message meant for the client. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function badParam(parameter: string, message: string): HttpError {
  return new HttpError(400, 'bad_parameter', `${parameter}: ${message}`, parameter);
}

export function notFound(message = 'not found'): HttpError {
  return new HttpError(404, 'not_found', message);
}

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Headers every response carries. */
export function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
}

export function etagOf(body: string | Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

function matchesEtag(req: IncomingMessage, etag: string): boolean {
  const inm = req.headers['if-none-match'];
  if (!inm) return false;
  return inm === '*' || inm.split(',').some((t) => t.trim() === etag || t.trim() === etag.slice(2));
}

export interface SendOptions {
  status?: number;
  type: string;
  /** Cache-Control value; read endpoints get an ETag too */
  cache?: string;
  /** precomputed ETag of body */
  etag?: string;
  headers?: Record<string, string>;
}

/** Sends a complete body, with ETag and 304 handling for cacheable 200s. */
export function send(req: IncomingMessage, res: ServerResponse, text: string | Buffer, o: SendOptions): void {
  const status = o.status ?? 200;
  // encoded once: hashing, measuring and writing a string would each encode it again
  const body = typeof text === 'string' ? Buffer.from(text) : text;
  res.setHeader('Content-Type', o.type);
  for (const [k, v] of Object.entries(o.headers ?? {})) res.setHeader(k, v);
  if (o.cache) res.setHeader('Cache-Control', o.cache);
  if (status === 200 && o.cache && !o.cache.includes('no-store')) {
    const etag = o.etag ?? etagOf(body);
    res.setHeader('ETag', etag);
    if (matchesEtag(req, etag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
  }
  res.statusCode = status;
  res.setHeader('Content-Length', body.length);
  res.end(body);
}

/** Writes a chunk and waits for the socket to drain when its buffer is full. */
export async function writeChunk(res: ServerResponse, chunk: string): Promise<void> {
  if (res.write(chunk)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Reads a small request body (forms); rejects bodies over `limit` bytes (413), and
 * bodies not complete within `timeoutMs` (408: a client trickling or never finishing
 * its body must not hold the handler and its socket).
 */
export async function readBody(req: IncomingMessage, limit = 64 * 1024, timeoutMs = 10_000): Promise<string> {
  // a declared length over the limit is refused before reading anything
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new HttpError(413, 'too_large', `request body over ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HttpError(408, 'body_timeout', `request body not received within ${timeoutMs} ms`)), timeoutMs);
  });
  const read = (async () => {
    for await (const c of req as AsyncIterable<Buffer>) {
      size += c.length;
      if (size > limit) throw new HttpError(413, 'too_large', `request body over ${limit} bytes`);
      chunks.push(c);
    }
    return Buffer.concat(chunks).toString('utf8');
  })();
  try {
    return await Promise.race([read, timedOut]);
  } catch (e) {
    // the rest of the body is never read (the answer closes the connection)
    read.catch(() => {});
    throw e;
  } finally {
    clearTimeout(timer);
  }
}
