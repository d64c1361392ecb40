import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNotices } from '../../bench/generate.ts';
import { threadEntry } from '../../crawler/threads.ts';
import { ReadPool, withReadPool } from '../../db/read-pool.ts';
import type { NoticeExport, Store } from '../../db/types.ts';
import { freshStore } from '../helpers/stores.ts';

const N = 600;

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('SQLite read pool on worker threads', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let pool: ReadPool;
  let pooled: Store;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore('sqlite'));
    await store.importNotices(generateNotices(N, 3));
    const e = threadEntry('reader');
    pool = await ReadPool.open(store.file!, { url: e.url, options: e.options }, 2);
    pooled = withReadPool(store, pool);
  }, 60_000);
  afterAll(async () => {
    await pool?.close();
    await cleanup?.();
  });

  it('answers searches, notices and versions exactly as the store does', async () => {
    for (const q of [{ q: '关税' }, { q: 'tariff', sort: 'date' as const, limit: 5 }, { q: '出口', facets: true }, { language: 'en', offset: 10, limit: 10 }]) {
      expect(await pooled.search(q)).toEqual(await store.search(q));
    }
    const hit = (await store.search({ q: '关税', limit: 1 })).hits[0].notice;
    expect(await pooled.getNotice(hit.id)).toEqual(await store.getNotice(hit.id));
    expect(await pooled.listVersions(hit.id)).toEqual(await store.listVersions(hit.id));
    expect(await pooled.getVersion(hit.id, 1)).toEqual(await store.getVersion(hit.id, 1));
    expect(await pooled.getNotice(10 ** 9)).toBeNull();
    expect(await pooled.countNotices()).toBe(N);
    expect(await pooled.listSources()).toEqual(await store.listSources());
  });

  it('warms every thread with the start-up searches, a bad one included, and answers the same after', async () => {
    const ms = await pool.warm([{ q: '关税', facets: true }, { q: '"unclosed' }, { facets: true }]);
    expect(ms).toBeGreaterThan(0);
    expect(await pooled.search({ q: '关税', facets: true })).toEqual(await store.search({ q: '关税', facets: true }));
  });

  it('runs searches side by side on its threads', async () => {
    const qs = ['关税', '出口', 'tariff', 'steel', '稀土', '补贴', 'customs', '海关'].map((q) => ({ q }));
    const [a, b] = await Promise.all([Promise.all(qs.map((q) => pooled.search(q))), Promise.all(qs.map((q) => store.search(q)))]);
    expect(a).toEqual(b);
  });

  it('passes a bad query back as the same user-facing error', async () => {
    const err = await pooled.search({ q: '"unclosed' }).then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/unbalanced quote/);
    // the server turns userFacing errors into 400s naming the parameter
    expect((err as { userFacing?: boolean }).userFacing).toBe(true);
    await expect(store.search({ q: '"unclosed' })).rejects.toThrow(err!.message);
  });

  it('streams an export in batches with the same rows as the store, and stops cleanly when abandoned', async () => {
    const q = { q: '出口', withVersions: false, withHtml: false };
    const viaPool = await all(pooled.exportNotices(q));
    const direct = await all(store.exportNotices(q));
    expect(viaPool.length).toBeGreaterThan(200);
    expect(viaPool).toEqual(direct);
    const everything: (NoticeExport & { id: number })[] = await all(pooled.exportNotices({}));
    expect(everything).toHaveLength(N);
    // abandon one after a few rows: the thread's cursor is closed and the pool keeps answering
    for await (const row of pooled.exportNotices({})) if (row.id > 3) break;
    expect(await pooled.countNotices()).toBe(N);
  });

  it('sees what the main connection commits', async () => {
    const before = await pooled.countNotices();
    const g = generateNotices(1, 99).next().value as NoticeExport;
    const r = await store.importNotices([{ ...g, notice: { ...g.notice, url: 'https://example.gov.cn/new-one' } }]);
    expect(r.notices).toBe(1);
    expect(await pooled.countNotices()).toBe(before + 1);
  });

  it('replaces a thread that dies and fails only the requests it held', async () => {
    const threads = (pool as unknown as { threads: { worker: { terminate(): Promise<number> } }[] }).threads;
    await threads[0].worker.terminate();
    // the next requests are answered (by the survivor or the replacement)
    for (let i = 0; i < 6; i++) expect(await pooled.countNotices()).toBeGreaterThan(0);
    expect(pool.size).toBe(2);
  });
});
