import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeFn, ObservedNotice, Store } from '../../db/types.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';

const change: ChangeFn = (a, b) => ({
  diff: [
    ['-', a],
    ['+', b],
  ],
  summary: 'text changed',
});

function obs(over: Partial<ObservedNotice> & { url: string }): ObservedNotice {
  return {
    sourceId: 'mofcom-zcfb',
    title: '标题',
    language: 'zh',
    text: '正文',
    html: '<p>正文</p>',
    contentHash: `h-${over.url}-${over.text ?? ''}`,
    ...over,
  };
}

describe.each(BACKENDS)('store on %s', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
  });
  afterAll(() => cleanup());

  it('creates a notice, then a new version only when the content hash changes', async () => {
    const a = obs({
      url: 'https://x.test/a',
      title: '关于调整出口退税率的公告',
      text: '提高部分产品出口退税率。',
      docNumber: '财税〔2024〕1号',
      topics: ['export-rebates'],
      hsCodes: ['8541'],
      regions: ['EU'],
    });
    expect(await store.saveObservation(a, change)).toMatchObject({ outcome: 'new', version: 1 });
    expect(await store.saveObservation(a, change)).toMatchObject({ outcome: 'unchanged', version: 1 });
    const b = { ...a, text: '提高部分产品出口退税率至13%。', contentHash: 'changed' };
    const r = await store.saveObservation(b, change);
    expect(r).toMatchObject({ outcome: 'changed', version: 2 });
    const versions = await store.listVersions(r.noticeId);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0].diff).toBeNull();
    expect(versions[1].diff).toEqual([
      ['-', '提高部分产品出口退税率。'],
      ['+', '提高部分产品出口退税率至13%。'],
    ]);
    expect(versions[1].changeSummary).toBe('text changed');
    const n = await store.getNotice(r.noticeId);
    expect(n).toMatchObject({ versionCount: 2, contentHash: 'changed', topics: ['export-rebates'], hsCodes: ['8541'], regions: ['EU'], status: 'active' });
    expect(n!.lastChangedAt.getTime()).toBeGreaterThanOrEqual(n!.firstSeenAt.getTime());
  });

  it('keeps known metadata when a changed page no longer shows it, and exports only current versions on request', async () => {
    const o = obs({ url: 'https://x.test/meta', text: 'one', docNumber: '海关总署公告2024年第1号', agency: '海关总署', publishedAt: '2024-02-01' });
    const { noticeId } = await store.saveObservation(o, change);
    await store.saveObservation({ ...o, text: 'two', contentHash: 'meta-2', docNumber: null, agency: undefined, publishedAt: null }, change);
    expect(await store.getNotice(noticeId)).toMatchObject({
      docNumber: '海关总署公告2024年第1号',
      agency: '海关总署',
      publishedAt: '2024-02-01',
      versionCount: 2,
    });
    const latest = [];
    for await (const item of store.exportNotices({ q: '"海关总署公告2024年第1号"', withVersions: false })) latest.push(item);
    expect(latest).toHaveLength(1);
    expect(latest[0].versions.map((v) => [v.version, v.text])).toEqual([[2, 'two']]);
  });

  it('merges the same document number seen under another URL of the source', async () => {
    const first = await store.saveObservation(obs({ url: 'https://x.test/doc-1', docNumber: '商务部公告2024年第33号', text: 'A' }), change);
    const again = await store.saveObservation(
      obs({ url: 'https://x.test/list2/doc-1', docNumber: '商务部公告2024年第33号', text: 'A', contentHash: `h-https://x.test/doc-1-A` }),
      change,
    );
    expect(again.noticeId).toBe(first.noticeId);
    expect(again.outcome).toBe('unchanged');
  });

  it('stores a document number once when several sources save it at the same time', async () => {
    const doc = '商务部公告2025年第7号';
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((s) =>
        store.saveObservation(
          obs({ sourceId: `src-${s}`, url: `https://${s}.test/doc`, docNumber: doc, text: `text from ${s}`, contentHash: `hash-${s}` }),
          change,
        ),
      ),
    );
    expect(new Set(results.map((r) => r.noticeId)).size).toBe(1);
    expect(results.filter((r) => r.outcome === 'new')).toHaveLength(1);
    // a repost elsewhere is "seen", not a new version of the owner's text
    expect(results.filter((r) => r.outcome === 'changed')).toHaveLength(0);
    expect(await store.listVersions(results[0].noticeId)).toHaveLength(1);
  });

  it('marks removed notices without deleting them, and revives them when they return', async () => {
    const o = obs({ url: 'https://x.test/gone', text: 'gone soon' });
    const { noticeId } = await store.saveObservation(o, change);
    expect(await store.markRemoved(o.url)).toBe(true);
    expect(await store.markRemoved(o.url)).toBe(false);
    expect((await store.getNotice(noticeId))!.status).toBe('removed');
    expect(await store.listVersions(noticeId)).toHaveLength(1);
    await store.saveObservation(o, change);
    expect((await store.getNotice(noticeId))!.status).toBe('active');
  });

  it('never duplicates a version when the same observation is saved concurrently', async () => {
    const o = obs({ url: 'https://x.test/race', text: 'v1' });
    await store.saveObservation(o, change);
    const o2 = { ...o, text: 'v2', contentHash: 'race-2' };
    const results = await Promise.all([store.saveObservation(o2, change), store.saveObservation(o2, change), store.saveObservation(o2, change)]);
    expect(results.filter((r) => r.outcome === 'changed')).toHaveLength(1);
    expect(await store.listVersions(results[0].noticeId)).toHaveLength(2);
  });

  it('keeps source health, runs and the HTTP cache', async () => {
    await store.upsertSource({ id: 'mofcom-zcfb', name: '商务部', baseUrl: 'https://www.mofcom.gov.cn' });
    await store.updateSourceHealth('mofcom-zcfb', { status: 'alarm', alarms: ['zero items'], consecutiveFailures: 2, lastError: 'selector matched nothing' });
    const s = await store.getSource('mofcom-zcfb');
    expect(s).toMatchObject({ status: 'alarm', alarms: ['zero items'], consecutiveFailures: 2, enabled: true });
    const runId = await store.startRun('mofcom-zcfb', new Date(Date.now() - 1500));
    await store.finishRun(runId, {
      pages: 3,
      bytes: 1000,
      newCount: 2,
      changedCount: 1,
      unchangedCount: 4,
      removedCount: 0,
      errors: { timeout: 1 },
      status: 'partial',
    });
    const [run] = await store.listRuns({ sourceId: 'mofcom-zcfb' });
    expect(run).toMatchObject({ id: runId, pages: 3, newCount: 2, errors: { timeout: 1 }, status: 'partial' });
    expect(run.durationMs).toBeGreaterThanOrEqual(1400);
    const at = new Date('2026-01-01T00:00:00Z');
    await store.putHttpCache({ url: 'https://a/1', etag: '"e1"', lastModified: null, bodyHash: 'b', status: 200, fetchedAt: at });
    await store.putHttpCache({ url: 'https://a/1', etag: '"e2"', lastModified: 'Mon', bodyHash: 'c', status: 200, fetchedAt: at });
    expect(await store.getHttpCache('https://a/1')).toMatchObject({ etag: '"e2"', lastModified: 'Mon', bodyHash: 'c', status: 200 });
    expect((await store.getHttpCache('https://a/1'))!.fetchedAt.getTime()).toBe(at.getTime());
  });

  it('claims each (subscriber, period) delivery once', async () => {
    const sub = await store.upsertSubscriber({ email: ' Trade@Example.com ', interests: { hs: ['9405'] }, status: 'confirmed', language: 'zh' });
    expect(sub.email).toBe('trade@example.com');
    const again = await store.upsertSubscriber({ email: 'trade@example.com', interests: { hs: ['9405', '8541'] } });
    expect(again.id).toBe(sub.id);
    expect(again.interests.hs).toEqual(['9405', '8541']);
    const claims = await Promise.all([1, 2, 3].map(() => store.claimDelivery(sub.id, '2026-W47')));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await store.completeDelivery(claims.find(Boolean)!.id, { status: 'sent', messageId: '<m@x>' });
    expect(await store.claimDelivery(sub.id, '2026-W47')).toBeNull();
    expect((await store.listDeliveries({ period: '2026-W47' }))[0]).toMatchObject({ status: 'sent', attempts: 1, messageId: '<m@x>' });
  });
});
