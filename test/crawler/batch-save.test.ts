/**
 * Batched saves: Store.saveObservations on both backends (same meaning as
 * saveObservation, one transaction), and the crawler's use of it (batches,
 * validators only after their notices are stored, one bad notice isolated).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOverride } from '../../crawler/registry.ts';
import { type CrawlEvent, crawlSource, SAVE_BATCH } from '../../crawler/run.ts';
import { inlineWriter } from '../../crawler/writer.ts';
import { openStore } from '../../db/index.ts';
import type { ChangeFn, HttpCacheEntry, ObservedNotice, SaveResult, Store } from '../../db/types.ts';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';
import { detailPath, engineSite } from './fixtures/engine-site.ts';

const change: ChangeFn = (a, b) => ({
  diff: [
    ['-', a],
    ['+', b],
  ],
  summary: `${a.length} -> ${b.length}`,
});

function obs(url: string, text: string, over: Partial<ObservedNotice> = {}): ObservedNotice {
  return {
    sourceId: 'batch-src',
    url,
    title: `出口退税通知 ${url.split('/').pop()}`,
    language: 'zh',
    text,
    html: `<p>${text}</p>`,
    contentHash: `h:${text}`,
    ...over,
  };
}

/** What a store holds, comparable across stores (no ids, no times). */
async function snapshot(store: Store, urls: string[]) {
  const out: unknown[] = [];
  for (const url of urls) {
    const n = await store.getNoticeByUrl(url);
    if (!n) {
      out.push({ url, missing: true });
      continue;
    }
    const versions = (await store.listVersions(n.id)).map((v) => [v.version, v.text, v.contentHash, v.diff, v.changeSummary]);
    out.push({ url, title: n.title, docNumber: n.docNumber, versionCount: n.versionCount, contentHash: n.contentHash, topics: n.topics, versions });
  }
  return out;
}

describe.each(BACKENDS)('saveObservations on %s', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
    await store.upsertSource({ id: 'batch-src', name: 'batch source', baseUrl: 'https://b.test' });
  });
  afterAll(() => cleanup());

  it('stores new, changed and unchanged notices in one call, results in input order, searchable', async () => {
    await store.saveObservations([obs('https://b.test/1', '稀土 出口 管制 第一版'), obs('https://b.test/2', '跨境电商 零售 出口')], change);
    const r = await store.saveObservations(
      [obs('https://b.test/3', '集成电路 进口 关税'), obs('https://b.test/1', '稀土 出口 管制 第二版'), obs('https://b.test/2', '跨境电商 零售 出口')],
      change,
    );
    expect(r.map((x) => [x.outcome, x.version])).toEqual([
      ['new', 1],
      ['changed', 2],
      ['unchanged', 1],
    ]);
    expect(r[1].noticeId).toBe((await store.getNoticeByUrl('https://b.test/1'))!.id);
    const vs = await store.listVersions(r[1].noticeId);
    expect(vs.map((v) => v.text)).toEqual(['稀土 出口 管制 第一版', '稀土 出口 管制 第二版']);
    expect(vs[1].diff).toEqual([
      ['-', '稀土 出口 管制 第一版'],
      ['+', '稀土 出口 管制 第二版'],
    ]);
    // the full-text index got every item of the batch, and the changed one's new text
    expect((await store.search({ q: '集成电路' })).hits.map((h) => h.notice.url)).toEqual(['https://b.test/3']);
    expect((await store.search({ q: '第二版' })).hits.map((h) => h.notice.url)).toEqual(['https://b.test/1']);
    expect((await store.search({ q: '第一版' })).hits).toHaveLength(0);
  });

  it('is idempotent: the same batch again changes nothing', async () => {
    const batch = [obs('https://b.test/idem-1', '原产地证书 签证'), obs('https://b.test/idem-2', '加工贸易 手册')];
    expect((await store.saveObservations(batch, change)).map((x) => x.outcome)).toEqual(['new', 'new']);
    const again = await store.saveObservations(batch, change);
    expect(again.map((x) => [x.outcome, x.version])).toEqual([
      ['unchanged', 1],
      ['unchanged', 1],
    ]);
    for (const x of again) expect(await store.listVersions(x.noticeId)).toHaveLength(1);
  });

  it('applies duplicates inside one batch in turn: same URL, and the same document number under two URLs', async () => {
    const r = await store.saveObservations(
      [
        obs('https://b.test/dup', 'v1'),
        obs('https://b.test/dup', 'v1'),
        obs('https://b.test/dup', 'v2'),
        obs('https://b.test/doc-a', '关税配额 管理', { docNumber: '商务部公告2031年第9号' }),
        obs('https://b.test/list2/doc-a', '关税配额 管理', { docNumber: '商务部公告2031年第9号' }),
      ],
      change,
    );
    expect(r.map((x) => [x.outcome, x.version])).toEqual([
      ['new', 1],
      ['unchanged', 1],
      ['changed', 2],
      ['new', 1],
      ['unchanged', 1],
    ]);
    expect(new Set(r.slice(0, 3).map((x) => x.noticeId)).size).toBe(1);
    expect(r[4].noticeId).toBe(r[3].noticeId);
    expect(await store.getNoticeByUrl('https://b.test/list2/doc-a')).toBeNull(); // the notice keeps its first URL
    expect((await store.listVersions(r[0].noticeId)).map((v) => v.text)).toEqual(['v1', 'v2']);
  });

  it('means the same as one saveObservation per item (compared with a second store)', async () => {
    const other = await freshStore(backend);
    try {
      await other.store.upsertSource({ id: 'batch-src', name: 'batch source', baseUrl: 'https://b.test' });
      const seq = [
        obs('https://b.test/eq-1', '一', { topics: ['export-rebates'], docNumber: '海关总署公告2031年第1号', agency: '海关总署', publishedAt: '2031-01-02' }),
        obs('https://b.test/eq-2', '二'),
        obs('https://b.test/eq-1', '一改', { docNumber: null, agency: null, publishedAt: null }),
        obs('https://b.test/eq-3', '三', { docNumber: '海关总署公告2031年第1号' }),
        obs('https://b.test/eq-2', '二'),
        obs('https://b.test/eq-2', '二改', { topics: [], hsCodes: ['8541'] }),
      ];
      const one: SaveResult[] = [];
      for (const o of seq) one.push(await other.store.saveObservation(o, change));
      const batched = [...(await store.saveObservations(seq.slice(0, 4), change)), ...(await store.saveObservations(seq.slice(4), change))];
      expect(batched.map((x) => [x.outcome, x.version])).toEqual(one.map((x) => [x.outcome, x.version]));
      const urls = ['https://b.test/eq-1', 'https://b.test/eq-2', 'https://b.test/eq-3'];
      expect(await snapshot(store, urls)).toEqual(await snapshot(other.store, urls));
      expect((await store.getNoticeByUrl('https://b.test/eq-1'))!).toMatchObject({
        docNumber: '海关总署公告2031年第1号',
        agency: '海关总署',
        publishedAt: '2031-01-02',
      });
    } finally {
      await other.cleanup();
    }
  });

  it('concurrent batches over the same notices never duplicate a notice or a version', async () => {
    const urls = Array.from({ length: 6 }, (_, i) => `https://b.test/race-${i}`);
    await store.saveObservation(obs(urls[0], 'race v1'), change);
    // the same new and changed notices, in opposite orders (lock-order races on PostgreSQL)
    const forward = [obs(urls[0], 'race v2'), ...urls.slice(1).map((u) => obs(u, `fresh ${u}`))];
    const backward = [...forward].reverse();
    const results = await Promise.all([
      store.saveObservations(forward, change),
      store.saveObservations(backward, change),
      store.saveObservations(forward, change),
    ]);
    const all = results.flat();
    expect(all).toHaveLength(18);
    expect(all.filter((r) => r.outcome === 'changed')).toHaveLength(1);
    expect(all.filter((r) => r.outcome === 'new')).toHaveLength(5);
    for (const u of urls) {
      const n = (await store.getNoticeByUrl(u))!;
      expect(n.versionCount).toBe(u === urls[0] ? 2 : 1);
      expect(await store.listVersions(n.id)).toHaveLength(n.versionCount);
    }
    // every batch's answers are in its own input order
    expect(results[1].map((r) => r.noticeId)).toEqual([...results[0].map((r) => r.noticeId)].reverse());
  });

  it('an empty batch is a no-op; a batch with an invalid item stores none of it', async () => {
    expect(await store.saveObservations([], change)).toEqual([]);
    const before = await store.countNotices();
    const bad = { ...obs('https://b.test/bad', 'no title'), title: null } as unknown as ObservedNotice;
    await expect(store.saveObservations([obs('https://b.test/ok-before-bad', '好的'), bad], change)).rejects.toThrow();
    expect(await store.countNotices()).toBe(before);
    expect(await store.getNoticeByUrl('https://b.test/ok-before-bad')).toBeNull();
    // the store still works after the rollback
    expect((await store.saveObservations([obs('https://b.test/ok-before-bad', '好的')], change))[0].outcome).toBe('new');
  });
});

describe('the crawler saves in batches', () => {
  let dir: string;
  let rep: Replicas;
  const es = engineSite({ id: 'batch-site', notices: 60, perPage: 30 });
  let source: ReturnType<typeof applyOverride>;
  const fast = { delayMs: 0, retries: 1, retryBaseMs: 10, timeoutMs: 3000, classify: false, perHostConcurrency: 8, globalConcurrency: 8 };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-batch-'));
    rep = await startReplicas([es.site]);
    source = applyOverride(es.source, { baseUrl: rep.baseUrl(es.site.id) }, 'builtin');
  });
  afterAll(async () => {
    await rep?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The real store, recording batches and validator writes, refusing notices whose URL matches `poison`. */
  function recording(real: Store, poison?: RegExp) {
    const log: ({ op: 'batch'; urls: string[] } | { op: 'cache'; url: string })[] = [];
    const refuse = (o: ObservedNotice) => {
      if (poison?.test(o.url)) throw new Error(`refused ${o.url}`);
    };
    const store = new Proxy(real, {
      get(target, prop, receiver) {
        if (prop === 'saveObservations')
          return async (items: ObservedNotice[], c: ChangeFn) => {
            items.forEach(refuse);
            const r = await target.saveObservations(items, c);
            log.push({ op: 'batch', urls: items.map((o) => o.url) });
            return r;
          };
        if (prop === 'saveObservation')
          return async (o: ObservedNotice, c: ChangeFn) => {
            refuse(o);
            const r = await target.saveObservation(o, c);
            log.push({ op: 'batch', urls: [o.url] });
            return r;
          };
        if (prop === 'putHttpCache')
          return async (e: HttpCacheEntry) => {
            log.push({ op: 'cache', url: e.url });
            return target.putHttpCache(e);
          };
        if (prop === 'putHttpCaches')
          return async (es: HttpCacheEntry[]) => {
            for (const e of es) log.push({ op: 'cache', url: e.url });
            return target.putHttpCaches(es);
          };
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    return { store, log };
  }

  it('stores every notice in batches of at most SAVE_BATCH, validators after their notice, events and stats exact', async () => {
    const real = await openStore(join(dir, 'a.sqlite'));
    try {
      const { store, log } = recording(real);
      const events: CrawlEvent[] = [];
      // inline writer: every write goes through the recording store (the thread would open its own)
      const r = await crawlSource(store, source, { ...fast, writer: inlineWriter(store) }, (e) => events.push(e));
      expect(r.errors).toEqual({});
      expect(r.newCount).toBe(60);
      expect(await real.countNotices()).toBe(60);
      const batches = log.filter((x) => x.op === 'batch');
      expect(batches.every((b) => b.urls.length >= 1 && b.urls.length <= SAVE_BATCH)).toBe(true);
      expect(batches.flatMap((b) => b.urls).sort()).toEqual(Array.from({ length: 60 }, (_, i) => `${rep.baseUrl(es.site.id)}${detailPath(i + 1)}`).sort());
      expect(batches.length).toBeLessThan(60 / 2); // really batched, not one transaction per notice
      // resume safety: no page's validators before the notice it carried is stored
      const savedAt = new Map<string, number>();
      log.forEach((x, i) => {
        if (x.op === 'batch') for (const u of x.urls) savedAt.set(u, i);
      });
      for (const [i, x] of log.entries()) if (x.op === 'cache' && /\.htm$/.test(x.url)) expect(savedAt.get(x.url)).toBeLessThan(i);
      expect(log.filter((x) => x.op === 'cache' && /\.htm$/.test(x.url))).toHaveLength(60);
      // one item event per notice, counts rising to the totals; page events after their notices
      const items = events.filter((e) => e.type === 'item');
      expect(items).toHaveLength(60);
      expect(items.every((e) => e.type === 'item' && e.outcome === 'new')).toBe(true);
      const pages = events.filter((e) => e.type === 'page');
      expect(pages).toHaveLength(2);
      const last = events.findLast((e) => e.type === 'page');
      expect(last?.type === 'page' && last.stats.newCount).toBe(60);
      for (const p of pages) if (p.type === 'page') expect(p.stats.newCount).toBeGreaterThanOrEqual(30);
    } finally {
      await real.close();
    }
  });

  it('a notice the store refuses costs only itself; it is fetched again next run, never skipped', async () => {
    const real = await openStore(join(dir, 'b.sqlite'));
    try {
      const poisoned = `${rep.baseUrl(es.site.id)}${detailPath(7)}`;
      const { store } = recording(real, /t\d+_1007\.htm$/);
      const r = await crawlSource(store, source, { ...fast, writer: inlineWriter(store) });
      expect(r.newCount).toBe(59);
      expect(r.errors).toEqual({ extract: 1 });
      expect(await real.getNoticeByUrl(poisoned)).toBeNull();
      expect(await real.getHttpCache(poisoned)).toBeNull(); // its validators were not written
      // the next run (store accepts it now) fetches it in full and stores it; the rest stays unchanged
      rep.clearRequests();
      const again = await crawlSource(real, source, fast);
      expect(again.newCount).toBe(1);
      expect(again.errors).toEqual({});
      expect(await real.getNoticeByUrl(poisoned)).not.toBeNull();
      const detailGets = rep.requests(es.site.id).filter((q) => q.path === detailPath(7));
      expect(detailGets.length).toBeGreaterThanOrEqual(1);
      expect(detailGets.every((q) => q.status === 200)).toBe(true);
    } finally {
      await real.close();
    }
  });
});
