/**
 * The compact index the server publishes at GET /api/extension/index.
 * Columnar arrays keep the JSON small and gzip-friendly: repeated strings
 * (agencies, topics, regions) are dictionary-coded and dates are day numbers.
 * The server side (server/plugins/extension-index.ts) writes this shape.
 */

export const INDEX_FORMAT_VERSION = 1;
export const INDEX_PATH = '/api/extension/index';

export interface IndexPayload {
  v: number;
  generatedAt: string;
  /** notice page on the server, with {id} standing for the notice id, e.g. '/notices/{id}' */
  page: string;
  dict: { agency: string[]; topic: string[]; region: string[] };
  id: number[];
  title: string[];
  /** index into dict.agency, -1 when unknown */
  agency: number[];
  /** days since 1970-01-01 (UTC) of the published date, -1 when unknown */
  day: number[];
  url: string[];
  topic: number[][];
  hs: string[][];
  region: number[][];
  /** optional: per notice, the role of each region (m market, o origin, i issuer), aligned with `region` */
  role?: string[];
  /** optional: per notice, the local government's place id, '' for none */
  local?: string[];
}

export interface IndexNotice {
  id: number;
  title: string;
  agency: string | null;
  /** 'YYYY-MM-DD' or null */
  date: string | null;
  url: string;
  topics: string[];
  hsCodes: string[];
  regions: string[];
  /** role of each region: export market, origin of imports, foreign issuer (absent in older indexes) */
  regionRoles?: Record<string, 'market' | 'origin' | 'issuer'>;
  /** the local government's place (CN-GD-shenzhen), null for national and foreign issuers; absent: derived from the agency */
  local?: { province: string; city?: string } | null;
}

export interface DecodedIndex {
  generatedAt: string;
  page: string;
  notices: IndexNotice[];
}

const DAY_MS = 86_400_000;

export function dateToDay(date: string | null | undefined): number {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return -1;
  const t = Date.parse(date.slice(0, 10) + 'T00:00:00Z');
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : -1;
}

export function dayToDate(day: number): string | null {
  return day >= 0 ? new Date(day * DAY_MS).toISOString().slice(0, 10) : null;
}

export class IndexFormatError extends Error {}

function isArr(x: unknown, n: number): x is unknown[] {
  return Array.isArray(x) && x.length === n;
}

/** Validates a payload received from the network and expands it into notices. */
export function decodeIndex(raw: unknown): DecodedIndex {
  const p = raw as Partial<IndexPayload> | null;
  if (!p || typeof p !== 'object') throw new IndexFormatError('index is not an object');
  if (p.v !== INDEX_FORMAT_VERSION) throw new IndexFormatError(`unsupported index version ${String(p.v)}`);
  if (!Array.isArray(p.id)) throw new IndexFormatError('index has no id column');
  const n = p.id.length;
  for (const col of ['title', 'agency', 'day', 'url', 'topic', 'hs', 'region'] as const) {
    if (!isArr(p[col], n)) throw new IndexFormatError(`index column ${col} missing or of wrong length`);
  }
  const dict = p.dict;
  if (!dict || !Array.isArray(dict.agency) || !Array.isArray(dict.topic) || !Array.isArray(dict.region)) {
    throw new IndexFormatError('index dictionary missing');
  }
  const str = (x: unknown) => (typeof x === 'string' ? x : '');
  const pick = (list: string[], idx: unknown) =>
    Array.isArray(idx) ? idx.map((i) => list[i as number]).filter((s): s is string => typeof s === 'string') : [];
  const ROLE: Record<string, 'market' | 'origin' | 'issuer'> = { m: 'market', o: 'origin', i: 'issuer' };
  const roles = isArr(p.role, n) ? p.role : null;
  const locals = isArr(p.local, n) ? p.local : null;
  const notices: IndexNotice[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const id = p.id[i];
    if (typeof id !== 'number' || !Number.isInteger(id)) throw new IndexFormatError(`bad notice id at ${i}`);
    const a = p.agency![i];
    const hs = p.hs![i];
    notices[i] = {
      id,
      title: str(p.title![i]),
      agency: typeof a === 'number' && a >= 0 ? (dict.agency[a] ?? null) : null,
      date: typeof p.day![i] === 'number' ? dayToDate(p.day![i]) : null,
      url: str(p.url![i]),
      topics: pick(dict.topic, p.topic![i]),
      hsCodes: Array.isArray(hs) ? hs.filter((c): c is string => typeof c === 'string' && /^\d{2,10}$/.test(c)) : [],
      regions: pick(dict.region, p.region![i]),
    };
    const rc = roles?.[i];
    if (typeof rc === 'string' && rc.length === notices[i].regions.length) {
      notices[i].regionRoles = Object.fromEntries(notices[i].regions.map((r, k) => [r, ROLE[rc[k]] ?? 'market']));
    }
    const lc = locals?.[i];
    if (typeof lc === 'string')
      notices[i].local = /^CN-[A-Z]{2}(?:-[a-z-]{2,20})?$/.test(lc) ? { province: lc.slice(0, 5), ...(lc.length > 5 ? { city: lc } : {}) } : null;
  }
  return { generatedAt: str(p.generatedAt), page: typeof p.page === 'string' && p.page.includes('{id}') ? p.page : '/notices/{id}', notices };
}

/** The server's page for a notice; only http(s) URLs are ever returned. */
export function noticePageUrl(serverUrl: string, page: string, id: number): string | null {
  try {
    const u = new URL(page.replace('{id}', String(id)), serverUrl.endsWith('/') ? serverUrl : serverUrl + '/');
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
