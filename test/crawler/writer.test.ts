/**
 * The crawl's writer thread (crawler/writer.ts): a crawl into a SQLite file
 * writes through its own connection on another thread and ends with exactly
 * what the inline writer stores; a notice the database refuses costs only
 * itself; a thread that cannot start or dies hands its writes back to the
 * caller's store, nothing lost.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOverride } from '../../crawler/registry.ts';
import { crawlSource } from '../../crawler/run.ts';
import { crawlWriter, inlineWriter, ThreadWriter } from '../../crawler/writer.ts';
import { openStore } from '../../db/index.ts';
import type { ObservedNotice, Store } from '../../db/types.ts';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { freshStore } from '../helpers/stores.ts';
import { engineSite } from './fixtures/engine-site.ts';

const obs = (url: string, text: string, over: Partial<ObservedNotice> = {}): ObservedNotice => ({
  sourceId: 'w-src',
  url,
  title: `关于出口退税的通知 ${url.split('/').pop()}`,
  language: 'zh',
  text,
  html: `<p>${text}</p>`,
  contentHash: `h:${text}`,
  fetchedAt: new Date('2026-03-01T00:00:00Z'),
  ...over,
});
const cache = (url: string) => ({
  url,
  etag: `"${url.length}"`,
  lastModified: null,
  bodyHash: `b:${url}`,
  status: 200,
  fetchedAt: new Date('2026-03-01T00:00:00Z'),
});

/** What a store holds for these URLs, comparable across stores (no ids). */
async function contents(store: Store, urls: string[]) {
  const out: unknown[] = [];
  for (const url of urls) {
    const n = await store.getNoticeByUrl(url);
    const versions = n ? (await store.listVersions(n.id)).map((v) => [v.version, v.title, v.text, v.html, v.contentHash, v.attachments]) : null;
    const c = await store.getHttpCache(url);
    out.push({
      url,
      notice: n && {
        title: n.title,
        docNumber: n.docNumber,
        publishedAt: n.publishedAt,
        topics: n.topics,
        hsCodes: n.hsCodes,
        status: n.status,
        versionCount: n.versionCount,
        contentHash: n.contentHash,
      },
      versions,
      cache: c && { etag: c.etag, bodyHash: c.bodyHash },
    });
  }
  return out;
}

describe('the writer thread', () => {
  let dir: string;
  let rep: Replicas;
  const es = engineSite({ id: 'writer-site', notices: 45, perPage: 15 });
  let source: ReturnType<typeof applyOverride>;
  const fast = { delayMs: 0, retries: 1, retryBaseMs: 10, timeoutMs: 3000, perHostConcurrency: 6, globalConcurrency: 6, hashAttachments: false };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-writer-'));
    rep = await startReplicas([es.site]);
    source = applyOverride(es.source, { baseUrl: rep.baseUrl(es.site.id) }, 'builtin');
  });
  afterAll(async () => {
    await rep?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is what a crawl into a SQLite file uses, and stores exactly what the inline writer stores', async () => {
    const viaThread = await openStore(join(dir, 'thread.db'));
    const viaInline = await openStore(join(dir, 'inline.db'));
    try {
      const writer = crawlWriter(viaThread);
      expect(writer).toBeInstanceOf(ThreadWriter);
      expect(writer.tokensAhead).toBe(false);
      const a = await crawlSource(viaThread, source, { ...fast, writer });
      await writer.close();
      expect((writer as ThreadWriter).counts).toEqual({ thread: expect.any(Number), inline: 0 });
      expect((writer as ThreadWriter).counts.thread).toBeGreaterThanOrEqual(3); // batches of at most 25
      const b = await crawlSource(viaInline, source, { ...fast, writer: inlineWriter(viaInline) });
      expect(a.newCount).toBe(45);
      expect(b.newCount).toBe(45);
      expect(a.errors).toEqual({});
      const urls = (await viaInline.search({ q: '', limit: 100, sort: 'date' })).hits.map((h) => h.notice.url);
      expect(urls).toHaveLength(45);
      expect(await contents(viaThread, urls)).toEqual(await contents(viaInline, urls));
      // the full-text index the thread wrote answers like the inline one (tokens computed on the thread)
      for (const q of ['出口退税', '"加强对"', '第3-1项']) {
        const ids = async (s: Store) => (await s.search({ q, limit: 100 })).hits.map((h) => h.notice.url).sort();
        const want = await ids(viaInline);
        expect(want.length).toBeGreaterThan(0);
        expect(await ids(viaThread)).toEqual(want);
      }
      // a recrawl through a new thread: nothing new (it stops at the first page of known notices)
      const again = await crawlSource(viaThread, source, fast);
      expect([again.newCount, again.changedCount, again.unchangedCount, again.errors]).toEqual([0, 0, 15, {}]);
    } finally {
      await viaThread.close();
      await viaInline.close();
    }
  });

  it('PostgreSQL and in-memory SQLite write inline', async () => {
    const mem = await openStore(':memory:');
    try {
      const w = crawlWriter(mem);
      expect(w).not.toBeInstanceOf(ThreadWriter);
      expect(w.tokensAhead).toBe(true);
    } finally {
      await mem.close();
    }
    const { store, cleanup } = await freshStore('pg');
    try {
      const w = crawlWriter(store);
      expect(w).not.toBeInstanceOf(ThreadWriter);
      expect(w.tokensAhead).toBe(false);
    } finally {
      await cleanup();
    }
  });

  it('a notice the database refuses costs only itself, and its validators are not written', async () => {
    const store = await openStore(join(dir, 'refuse.db'));
    const w = new ThreadWriter(store.file!, store);
    try {
      await store.upsertSource({ id: 'w-src', name: 'w', baseUrl: 'https://w.test' });
      const bad = obs('https://w.test/2', 'bad', { title: null as unknown as string }); // NOT NULL
      const r = await w.saveBatch([
        { observed: obs('https://w.test/1', '跨境电商 零售进口'), cacheWrites: [cache('https://w.test/1')] },
        { observed: bad, cacheWrites: [cache('https://w.test/2')] },
        { observed: obs('https://w.test/3', '加工贸易 手册'), cacheWrites: [cache('https://w.test/3')] },
      ]);
      expect(r[0]).toMatchObject({ outcome: 'new', version: 1 });
      expect(r[1]).toBeInstanceOf(Error);
      expect((r[1] as Error).message).toMatch(/NOT NULL/);
      expect(r[2]).toMatchObject({ outcome: 'new', version: 1 });
      expect(w.counts).toEqual({ thread: 1, inline: 0 });
      // written by the thread, visible to the caller's connection once answered
      expect((await store.getHttpCache('https://w.test/1'))?.bodyHash).toBe('b:https://w.test/1');
      expect(await store.getHttpCache('https://w.test/2')).toBeNull();
      expect(await store.getNoticeByUrl('https://w.test/2')).toBeNull();
      expect((await store.search({ q: '跨境电商' })).hits.map((h) => h.notice.url)).toEqual(['https://w.test/1']);
      expect(await w.markRemoved('https://w.test/3', new Date('2026-03-02T00:00:00Z'))).toBe(true);
      expect(await w.markRemoved('https://w.test/3', new Date('2026-03-02T00:00:00Z'))).toBe(false);
      expect((await store.getNoticeByUrl('https://w.test/3'))?.status).toBe('removed');
    } finally {
      await w.close();
      await store.close();
    }
  });

  it('a thread that cannot open the database hands every write to the caller, in order', async () => {
    const store = await openStore(join(dir, 'fallback.db'));
    // a directory where the database file should be: the thread's connection fails to open
    const notAFile = join(dir, 'is-a-dir.db');
    mkdirSync(notAFile);
    const w = new ThreadWriter(notAFile, store);
    try {
      await store.upsertSource({ id: 'w-src', name: 'w', baseUrl: 'https://w.test' });
      const first = w.saveBatch([{ observed: obs('https://w.test/f1', '原产地证书 第一版'), cacheWrites: [cache('https://w.test/f1')] }]);
      const second = w.saveBatch([{ observed: obs('https://w.test/f1', '原产地证书 第二版'), cacheWrites: [] }]);
      expect((await first)[0]).toMatchObject({ outcome: 'new', version: 1 });
      expect((await second)[0]).toMatchObject({ outcome: 'changed', version: 2 });
      await w.putHttpCache(cache('https://w.test/f2'));
      expect(w.counts).toEqual({ thread: 0, inline: 3 });
      expect((await store.getHttpCache('https://w.test/f2'))?.etag).toBe(cache('https://w.test/f2').etag);
      expect((await store.getNoticeByUrl('https://w.test/f1'))?.versionCount).toBe(2);
    } finally {
      await w.close();
      await store.close();
    }
  });

  it('a thread that dies with writes in flight: they run on the caller, nothing is lost', async () => {
    const store = await openStore(join(dir, 'dies.db'));
    const w = new ThreadWriter(store.file!, store);
    try {
      await store.upsertSource({ id: 'w-src', name: 'w', baseUrl: 'https://w.test' });
      await w.putHttpCache(cache('https://w.test/warm')); // the thread is up
      const urls = Array.from({ length: 40 }, (_, i) => `https://w.test/d${i}`);
      const saves = urls.map((u) => w.saveBatch([{ observed: obs(u, `进口许可证 ${u}`), cacheWrites: [cache(u)] }]));
      await (Reflect.get(w, 'worker') as Worker).terminate();
      const results = (await Promise.all(saves)).flat();
      // committed by the thread before it died (new), or saved again here (new or, if it had committed, unchanged)
      for (const r of results) expect(r).toMatchObject({ outcome: expect.stringMatching(/^(new|unchanged)$/) });
      expect(w.counts.inline).toBeGreaterThan(0);
      for (const u of urls) {
        expect((await store.getNoticeByUrl(u))?.versionCount).toBe(1);
        expect((await store.getHttpCache(u))?.bodyHash).toBe(`b:${u}`);
      }
      // later writes go straight to the caller's store
      await w.putHttpCache(cache('https://w.test/after'));
      expect(await store.getHttpCache('https://w.test/after')).not.toBeNull();
    } finally {
      await w.close();
      await store.close();
    }
  });
});
