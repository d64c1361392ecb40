/**
 * The browser extension's index feed: GET /api/extension/index.
 * A compact, columnar JSON of recent active notices (id, title, agency, date,
 * URL, topics, HS codes, regions), gzipped, with a strong ETag so a client
 * holding the current index gets a bodiless 304. The shape is
 * extension/utils/index-format.ts (IndexPayload, version 1).
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Notice, Store } from '../../db/types.ts';
import { isKnownHs, isKnownRegion, isKnownTopic } from '../../taxonomy/known.ts';
import type { App, Method, ServerPlugin } from '../app.ts';
import { safeHttpUrl } from '../../db/escape.ts';

export const EXTENSION_INDEX_PATH = '/api/extension/index';
const FORMAT_VERSION = 1;
const DAY_MS = 86_400_000;

export interface ExtensionIndexOptions {
  /** only notices published in the last `days` days (default 365) */
  days?: number;
  /** at most this many notices, newest first (default 10,000) */
  max?: number;
  /** rebuild the payload at most this often (default 60 s); the ETag only changes when the content does */
  ttlMs?: number;
  /** notice page on the server; {id} is replaced by the client */
  page?: string;
  now?: () => Date;
}

/** The encoded index: JSON text, its gzip and their strong ETag. */
export interface BuiltIndex {
  json: string;
  gzip: Buffer;
  etag: string;
  count: number;
}

type IndexNotice = Pick<Notice, 'id' | 'title' | 'agency' | 'publishedAt' | 'url' | 'topics' | 'hsCodes' | 'regions' | 'lastChangedAt' | 'facts'>;

const ROLE_CODE = { market: 'm', origin: 'o', issuer: 'i' } as const;

function dayOf(date: string | null): number {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return -1;
  const t = Date.parse(date.slice(0, 10) + 'T00:00:00Z');
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : -1;
}

/**
 * Pure encoder: notices (already selected and ordered) -> columnar payload object.
 * Only vocabulary tags and http(s) URLs go in: an archive may hold whatever an old
 * import let in (markup or formulas as tags, javascript: URLs), and the extension
 * shows these on every page its user visits.
 */
export function encodeIndex(notices: IndexNotice[], page = '/notices/{id}'): Record<string, unknown> {
  const dicts = { agency: new Map<string, number>(), topic: new Map<string, number>(), region: new Map<string, number>() };
  const code = (d: Map<string, number>, v: string) => {
    let i = d.get(v);
    if (i === undefined) d.set(v, (i = d.size));
    return i;
  };
  let latest = 0;
  const cols = {
    id: [] as number[],
    title: [] as string[],
    agency: [] as number[],
    day: [] as number[],
    url: [] as string[],
    topic: [] as number[][],
    hs: [] as string[][],
    region: [] as number[][],
    role: [] as string[],
    local: [] as string[],
  };
  let anyFacts = false;
  for (const n of notices) {
    if (!safeHttpUrl(n.url)) continue;
    cols.id.push(n.id);
    cols.title.push(n.title);
    cols.agency.push(n.agency ? code(dicts.agency, n.agency) : -1);
    cols.day.push(dayOf(n.publishedAt));
    cols.url.push(n.url);
    cols.topic.push(n.topics.filter(isKnownTopic).map((t) => code(dicts.topic, t)));
    cols.hs.push(n.hsCodes.filter(isKnownHs));
    const regions = n.regions.filter(isKnownRegion);
    cols.region.push(regions.map((r) => code(dicts.region, r)));
    // region roles (m market, o origin, i issuer) aligned with the regions; the local government's place
    const roles = n.facts?.regionRoles;
    cols.role.push(regions.map((r) => ROLE_CODE[roles?.[r] ?? 'market']).join(''));
    const local = n.facts?.local;
    cols.local.push(local ? (local.city ?? local.province) : '');
    if (roles || local !== undefined) anyFacts = true;
    latest = Math.max(latest, n.lastChangedAt.getTime());
  }
  return {
    v: FORMAT_VERSION,
    // derived from the data (not the clock) so an unchanged archive keeps its ETag
    generatedAt: new Date(latest).toISOString(),
    page,
    dict: { agency: [...dicts.agency.keys()], topic: [...dicts.topic.keys()], region: [...dicts.region.keys()] },
    ...cols,
    // older archives (no facts read yet): the optional columns are left out, the extension derives what it can
    ...(anyFacts ? {} : { role: undefined, local: undefined }),
  };
}

export function packIndex(payload: Record<string, unknown>, count: number): BuiltIndex {
  const json = JSON.stringify(payload);
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`;
  return { json, gzip: gzipSync(json, { level: 9 }), etag, count };
}

/** Reads recent active notices from the store, newest published first. */
export async function selectIndexNotices(store: Store, o: { days: number; max: number; now: Date }): Promise<Notice[]> {
  const from = new Date(o.now.getTime() - o.days * DAY_MS).toISOString().slice(0, 10);
  const out: Notice[] = [];
  const page = 1000;
  for (let offset = 0; out.length < o.max; offset += page) {
    const r = await store.search({ from, sort: 'date', status: 'active', limit: Math.min(page, o.max - out.length), offset });
    out.push(...r.hits.map((h) => h.notice));
    if (r.hits.length === 0 || offset + r.hits.length >= r.total) break;
  }
  return out;
}

export async function buildIndex(store: Store, o: Required<Omit<ExtensionIndexOptions, 'ttlMs'>>): Promise<BuiltIndex> {
  const notices = await selectIndexNotices(store, { days: o.days, max: o.max, now: o.now() });
  const payload = encodeIndex(notices, o.page);
  return packIndex(payload, (payload.id as number[]).length);
}

/**
 * Whether the client takes gzip (RFC 9110 12.5.3): `gzip` or `*` with a q-value above 0,
 * and not refused by a more specific entry (`gzip;q=0` with `*` is still a refusal).
 */
export function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  let gzip: number | undefined;
  let star: number | undefined;
  for (const part of value.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qp ? Number(qp.slice(2)) : 1;
    const weight = Number.isFinite(q) ? q : 0;
    if (name === 'gzip' || name === 'x-gzip') gzip = weight;
    else if (name === '*') star = weight;
  }
  return (gzip ?? star ?? 0) > 0;
}

function etagMatches(req: IncomingMessage, etag: string): boolean {
  const inm = req.headers['if-none-match'];
  if (!inm) return false;
  // weak comparison (RFC 9110 13.1.2): a proxy may have weakened our tag
  return inm.trim() === '*' || inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

function cors(res: ServerResponse): void {
  // public data, read by the extension from its own origin
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'ETag');
}

/**
 * A node:http-style handler over a store (also what the plugin mounts).
 * Caches the built payload for ttlMs; concurrent requests share one build.
 */
export function extensionIndexHandler(store: Store, options: ExtensionIndexOptions = {}) {
  const o = { days: options.days ?? 365, max: options.max ?? 10_000, page: options.page ?? '/notices/{id}', now: options.now ?? (() => new Date()) };
  const ttl = options.ttlMs ?? 60_000;
  let cached: { at: number; built: Promise<BuiltIndex> } | null = null;
  const current = () => {
    if (!cached || Date.now() - cached.at > ttl) {
      const built = buildIndex(store, o);
      cached = { at: Date.now(), built };
      built.catch(() => {
        if (cached?.built === built) cached = null;
      });
    }
    return cached.built;
  };
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    cors(res);
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
      res.setHeader('Access-Control-Allow-Headers', 'If-None-Match');
      res.setHeader('Access-Control-Max-Age', '86400');
      res.statusCode = 204;
      res.end();
      return;
    }
    const built = await current();
    res.setHeader('ETag', built.etag);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('X-Notice-Count', String(built.count));
    if (etagMatches(req, built.etag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
    const gz = acceptsGzip(req);
    const body = gz ? built.gzip : Buffer.from(built.json);
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    if (gz) res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/** Server plugin: `createApp(store, { plugins: [extensionIndexPlugin()] })`. */
export function extensionIndexPlugin(options: ExtensionIndexOptions = {}): ServerPlugin {
  return (app: App) => {
    const handle = extensionIndexHandler(app.store, options);
    app.api(
      {
        path: EXTENSION_INDEX_PATH,
        summary: "The browser extension's index: recent notices in compact columns, gzipped when accepted, with ETag (304 when unchanged) and CORS",
        responses: { 200: { description: 'the index (columns of ids, titles, tags, deadlines)' }, 304: { description: 'unchanged since If-None-Match' } },
      },
      (ctx) => handle(ctx.req, ctx.res),
    );
    // CORS preflight (If-None-Match is not a safelisted header)
    app.route('OPTIONS' as Method, EXTENSION_INDEX_PATH, (ctx) => handle(ctx.req, ctx.res));
  };
}
