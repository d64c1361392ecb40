/**
 * Index sync: conditional GET of the server's compact index, kept in
 * extension storage so matching works offline; an unchanged index costs a 304.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n.ts';
import { decodeIndex, INDEX_PATH, type IndexPayload } from './index-format.ts';

export const PAYLOAD_KEY = 'index:payload';
export const META_KEY = 'index:meta';

export interface IndexMeta {
  serverUrl: string | null;
  etag: string | null;
  /** last 200 (new index stored) */
  fetchedAt: number | null;
  /** last successful contact (200 or 304): the index's age counts from here */
  checkedAt: number | null;
  /** last attempt, successful or not */
  attemptAt: number | null;
  lastError: string | null;
  lastStatus: number | null;
  count: number;
  generatedAt: string | null;
}

export const EMPTY_META: IndexMeta = {
  serverUrl: null,
  etag: null,
  fetchedAt: null,
  checkedAt: null,
  attemptAt: null,
  lastError: null,
  lastStatus: null,
  count: 0,
  generatedAt: null,
};

export type SyncOutcome = { kind: 'updated'; count: number } | { kind: 'unchanged' } | { kind: 'error'; error: string };

export interface SyncDeps {
  serverUrl: string;
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
}

export async function loadMeta(): Promise<IndexMeta> {
  const got = await browser.storage.local.get(META_KEY);
  return { ...EMPTY_META, ...((got[META_KEY] as Partial<IndexMeta>) ?? {}) };
}

export async function loadPayload(): Promise<IndexPayload | null> {
  const got = await browser.storage.local.get(PAYLOAD_KEY);
  return (got[PAYLOAD_KEY] as IndexPayload | undefined) ?? null;
}

export function indexUrl(serverUrl: string): string {
  return new URL(INDEX_PATH, serverUrl.replace(/\/+$/, '') + '/').href;
}

/** One sync attempt. Never throws: failures are recorded in the meta and the cached index stays. */
export async function syncIndex(deps: SyncDeps): Promise<SyncOutcome> {
  const now = deps.now ?? Date.now;
  const doFetch = deps.fetch ?? fetch;
  const meta = await loadMeta();
  const sameServer = meta.serverUrl === deps.serverUrl;
  const headers: Record<string, string> = { Accept: 'application/json' };
  const havePayload = sameServer && meta.etag && (await loadPayload()) != null;
  if (havePayload) headers['If-None-Match'] = meta.etag!;
  const attemptAt = now();
  const fail = async (error: string, status: number | null = null): Promise<SyncOutcome> => {
    await browser.storage.local.set({ [META_KEY]: { ...meta, attemptAt, lastError: error, lastStatus: status } satisfies IndexMeta });
    return { kind: 'error', error };
  };
  let res: Response;
  try {
    // no-store: bypass the HTTP cache so a 304 reaches us and we know the stored copy is current
    res = await doFetch(indexUrl(deps.serverUrl), { headers, cache: 'no-store', signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000) });
  } catch (e) {
    return fail(`server unreachable: ${(e as Error).message}`);
  }
  if (res.status === 304 && havePayload) {
    await browser.storage.local.set({ [META_KEY]: { ...meta, checkedAt: attemptAt, attemptAt, lastError: null, lastStatus: 304 } satisfies IndexMeta });
    return { kind: 'unchanged' };
  }
  if (!res.ok) return fail(`server answered ${res.status}`, res.status);
  let payload: IndexPayload;
  let count: number;
  try {
    payload = (await res.json()) as IndexPayload;
    count = decodeIndex(payload).notices.length;
  } catch (e) {
    return fail(`bad index: ${(e as Error).message}`, res.status);
  }
  const next: IndexMeta = {
    serverUrl: deps.serverUrl,
    etag: res.headers.get('ETag'),
    fetchedAt: attemptAt,
    checkedAt: attemptAt,
    attemptAt,
    lastError: null,
    lastStatus: res.status,
    count,
    generatedAt: payload.generatedAt ?? null,
  };
  await browser.storage.local.set({ [PAYLOAD_KEY]: payload, [META_KEY]: next });
  return { kind: 'updated', count };
}

export interface IndexStatus {
  hasIndex: boolean;
  /** ms since the last successful contact, null if never */
  ageMs: number | null;
  stale: boolean;
  offline: boolean;
  count: number;
  lastError: string | null;
}

/** Stale: no index, not confirmed for longer than two sync periods, or the last attempt failed. */
export function indexStatus(meta: IndexMeta, now: number, syncHours: number): IndexStatus {
  const ageMs = meta.checkedAt != null ? Math.max(0, now - meta.checkedAt) : null;
  const offline = meta.lastError != null;
  const tooOld = ageMs == null || ageMs > 2 * syncHours * 3_600_000;
  return { hasIndex: meta.fetchedAt != null, ageMs, stale: tooOld || offline || meta.fetchedAt == null, offline, count: meta.count, lastError: meta.lastError };
}

export function formatAge(ms: number | null): string {
  if (ms == null) return t('ageNever');
  const min = Math.floor(ms / 60_000);
  if (min < 1) return t('ageJustNow');
  if (min < 60) return t('ageMinutes', min);
  const h = Math.floor(min / 60);
  if (h < 48) return t('ageHours', h);
  return t('ageDays', Math.floor(h / 24));
}

/** The toolbar button's title for a tab. */
export function badgeTitle(count: number, status: Pick<IndexStatus, 'stale' | 'offline'>): string {
  const base = count === 1 ? t('badgeTitleOne') : t('badgeTitleMany', count);
  return base + (status.stale ? (status.offline ? t('badgeOffline') : t('badgeStale')) : '');
}

/** Badge text and colour for a tab: count, empty when none, '!' suffix when stale/offline. */
export function badgeFor(count: number, status: Pick<IndexStatus, 'stale'>): { text: string; color: string } {
  const n = count > 99 ? '99+' : count > 0 ? String(count) : '';
  if (status.stale) return { text: n + '!', color: '#b45309' };
  return { text: n, color: '#1d4ed8' };
}
