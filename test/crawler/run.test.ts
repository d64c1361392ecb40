import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDiff } from '../../db/diff.ts';
import { applyOverride } from '../../crawler/registry.ts';
import { crawlSource } from '../../crawler/run.ts';
import { openStore } from '../../db/index.ts';
import type { Store } from '../../db/types.ts';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { detailPath, engineSite } from './fixtures/engine-site.ts';

const fast = { delayMs: 0, retries: 1, retryBaseMs: 10, timeoutMs: 3000, classify: false };

describe('crawl runs against a replica site', () => {
  let dir: string;
  let store: Store;
  let rep: Replicas;
  const es = engineSite({ notices: 30, perPage: 10 });
  let source: ReturnType<typeof applyOverride>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-crawl-'));
    store = await openStore(join(dir, 'db.sqlite'));
    rep = await startReplicas([es.site]);
    source = applyOverride(es.source, { baseUrl: rep.baseUrl(es.site.id) }, 'builtin');
  });
  afterAll(async () => {
    await rep?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('first run stores every notice as version 1 with fields and attachments', async () => {
    const r = await crawlSource(store, source, fast);
    expect(r.errors).toEqual({});
    expect(r.pages).toBe(3);
    expect(r.newCount).toBe(30);
    expect(r.health).toBe('ok');
    expect(await store.countNotices()).toBe(30);
    const n = await store.getNoticeByUrl(`${rep.baseUrl(es.site.id)}${detailPath(3)}`);
    expect(n).not.toBeNull();
    expect(n!.docNumber).toBe('商务部公告2024年第4号');
    expect(n!.publishedAt).toBe('2024-12-25');
    expect(n!.agency).toBe('商务部对外贸易司');
    const [v] = await store.listVersions(n!.id);
    expect(v.text).toContain('本通知自2025年1月1日起施行');
    expect(v.text).not.toContain('分享到'); // detail.remove
    expect(v.text).not.toContain('浏览次数'); // noise
    expect(v.html).not.toContain('<script');
    expect(v.attachments).toHaveLength(1);
    expect(v.attachments[0]).toMatchObject({ type: 'pdf', url: `${rep.baseUrl(es.site.id)}/zcfb/files/annex_3.pdf` });
    expect(v.attachments[0].hash).toMatch(/^[0-9a-f]{64}$/);
    const src = await store.getSource(es.site.id);
    expect(src?.status).toBe('ok');
    expect(src?.lastSuccessAt).toBeInstanceOf(Date);
  });

  it('an immediate recrawl uses conditional GET and stops paging at known items', async () => {
    rep.clearRequests();
    const r = await crawlSource(store, source, fast);
    expect(r.newCount + r.changedCount).toBe(0);
    expect(r.unchangedCount).toBe(10);
    expect(r.pages).toBe(1);
    const details = rep.requests(es.site.id).filter((q) => q.path.endsWith('.htm'));
    expect(details.length).toBe(10);
    expect(details.every((q) => q.status === 304 && q.headers['if-none-match'])).toBe(true);
    const versions = await store.listVersions((await store.getNoticeByUrl(`${rep.baseUrl(es.site.id)}${detailPath(1)}`))!.id);
    expect(versions).toHaveLength(1);
  });

  it('week 2: a new notice, an edited notice with a word diff, a removed notice; noise ignored', async () => {
    rep.setState('week2');
    const r = await crawlSource(store, source, fast);
    expect(r.newCount).toBe(1);
    expect(r.changedCount).toBe(1);
    expect(r.removedCount).toBe(1);
    const base = rep.baseUrl(es.site.id);
    const edited = await store.getNoticeByUrl(`${base}${detailPath(3)}`);
    expect(edited?.versionCount).toBe(2);
    const v2 = await store.getVersion(edited!.id, 2);
    expect(v2?.diff).toBeTruthy();
    const removedOps = v2!.diff!.filter(([op]) => op === '-').map(([, s]) => s);
    const addedOps = v2!.diff!.filter(([op]) => op === '+').map(([, s]) => s);
    // word-level: the changed words, not the whole line
    expect(addedOps.join('')).toContain('3');
    expect(addedOps.join('').length).toBeLessThan(10);
    expect(removedOps.join('').length).toBeLessThan(10);
    const v1 = await store.getVersion(edited!.id, 1);
    expect(applyDiff(v2!.diff!, 'prev')).toBe(v1!.text);
    expect(applyDiff(v2!.diff!, 'next')).toBe(v2!.text);
    expect(v2!.changeSummary).toMatch(/1 changed/);
    const removed = await store.getNoticeByUrl(`${base}${detailPath(5)}`);
    expect(removed?.status).toBe('removed');
    // view counters changed on every page, but only the edited one has a new version
    const other = await store.getNoticeByUrl(`${base}${detailPath(2)}`);
    expect(other?.versionCount).toBe(1);
    const runs = await store.listRuns({ sourceId: es.site.id });
    expect(runs).toHaveLength(3);
    expect(runs[0]).toMatchObject({ newCount: 1, changedCount: 1, removedCount: 1 });
  });
});
