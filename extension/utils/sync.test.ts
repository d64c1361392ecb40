import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { badgeFor, formatAge, indexStatus, loadMeta, loadPayload, syncIndex } from './sync.ts';

const payload = {
  v: 1,
  generatedAt: 'g',
  page: '/notices/{id}',
  dict: { agency: [], topic: [], region: [] },
  id: [1],
  title: ['a'],
  agency: [-1],
  day: [-1],
  url: ['u'],
  topic: [[]],
  hs: [[]],
  region: [[]],
};

/** A fake server: answers with the payload and an ETag, 304 when revalidated, and records requests. */
function fakeServer() {
  const calls: { url: string; inm: string | null }[] = [];
  let mode: 'ok' | 'down' | 'junk' | 'error' = 'ok';
  const fetchFn = (async (url: string, init?: RequestInit) => {
    const inm = new Headers(init?.headers).get('If-None-Match');
    calls.push({ url: String(url), inm });
    if (mode === 'down') throw new TypeError('Failed to fetch');
    if (mode === 'error') return new Response('no', { status: 500 });
    if (mode === 'junk') return new Response('{"v":1}', { status: 200, headers: { ETag: '"j"' } });
    if (inm === '"e1"') return new Response(null, { status: 304, headers: { ETag: '"e1"' } });
    return new Response(JSON.stringify(payload), { status: 200, headers: { ETag: '"e1"', 'Content-Type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { calls, fetchFn, set: (m: typeof mode) => (mode = m) };
}

describe('syncIndex', () => {
  beforeEach(() => fakeBrowser.reset());

  it('downloads once, then revalidates with the ETag (304)', async () => {
    const s = fakeServer();
    let now = 1000;
    expect(await syncIndex({ serverUrl: 'http://srv', fetch: s.fetchFn, now: () => now })).toEqual({ kind: 'updated', count: 1 });
    expect(s.calls[0]).toEqual({ url: 'http://srv/api/extension/index', inm: null });
    expect(await loadPayload()).toEqual(payload);
    now = 5000;
    expect(await syncIndex({ serverUrl: 'http://srv', fetch: s.fetchFn, now: () => now })).toEqual({ kind: 'unchanged' });
    expect(s.calls[1].inm).toBe('"e1"');
    const meta = await loadMeta();
    expect(meta).toMatchObject({ etag: '"e1"', fetchedAt: 1000, checkedAt: 5000, lastStatus: 304, count: 1, lastError: null });
  });

  it('keeps the cached index when the server is unreachable, fails or sends junk', async () => {
    const s = fakeServer();
    await syncIndex({ serverUrl: 'http://srv', fetch: s.fetchFn, now: () => 1 });
    for (const mode of ['down', 'error', 'junk'] as const) {
      s.set(mode);
      const out = await syncIndex({ serverUrl: 'http://srv', fetch: s.fetchFn, now: () => 2 });
      expect(out.kind).toBe('error');
      expect(await loadPayload()).toEqual(payload);
      const meta = await loadMeta();
      expect(meta.checkedAt).toBe(1);
      expect(meta.lastError).toMatch(mode === 'down' ? /unreachable/ : mode === 'error' ? /500/ : /bad index/);
    }
    s.set('ok');
    await syncIndex({ serverUrl: 'http://srv', fetch: s.fetchFn, now: () => 3 });
    expect((await loadMeta()).lastError).toBeNull();
  });

  it('does not revalidate against another server', async () => {
    const s = fakeServer();
    await syncIndex({ serverUrl: 'http://a', fetch: s.fetchFn });
    await syncIndex({ serverUrl: 'http://b/', fetch: s.fetchFn });
    expect(s.calls[1]).toEqual({ url: 'http://b/api/extension/index', inm: null });
  });
});

describe('status and badge', () => {
  const base = { serverUrl: 'x', etag: '"e"', fetchedAt: 0, checkedAt: 0, attemptAt: 0, lastError: null, lastStatus: 200, count: 3, generatedAt: null };
  it('is fresh within two sync periods, stale after or when the server failed', () => {
    expect(indexStatus(base, 3 * 3_600_000, 4).stale).toBe(false);
    expect(indexStatus(base, 9 * 3_600_000, 4).stale).toBe(true);
    expect(indexStatus({ ...base, lastError: 'server unreachable' }, 1, 4)).toMatchObject({ stale: true, offline: true });
    expect(indexStatus({ ...base, fetchedAt: null, checkedAt: null }, 1, 4)).toMatchObject({ stale: true, hasIndex: false, ageMs: null });
  });
  it('shows the count, nothing when none, and a mark when stale', () => {
    expect(badgeFor(4, { stale: false }).text).toBe('4');
    expect(badgeFor(0, { stale: false }).text).toBe('');
    expect(badgeFor(0, { stale: true }).text).toBe('!');
    expect(badgeFor(250, { stale: true }).text).toBe('99+!');
    expect(badgeFor(1, { stale: true }).color).not.toBe(badgeFor(1, { stale: false }).color);
  });
  it('formats ages', () => {
    expect(formatAge(null)).toBe('never');
    expect(formatAge(30_000)).toBe('just now');
    expect(formatAge(5 * 60_000)).toBe('5 min ago');
    expect(formatAge(3 * 3_600_000)).toBe('3 h ago');
    expect(formatAge(72 * 3_600_000)).toBe('3 days ago');
  });
});
