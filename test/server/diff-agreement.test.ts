import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeFn } from '../../crawler/detect/change.ts';
import type { DiffOp, Store } from '../../db/types.ts';
import { changeExcerpt } from '../../newsletter/changes.ts';
import { freshStore } from '../helpers/stores.ts';
import { type Running, startServer } from './helpers.ts';

/** Small deterministic PRNG (mulberry32), so a failing pair can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZH = ['关税', '出口', '退税', '海关', '总署', '公告', '商品', '锂电池', '光伏', '调整', '的', '和', '。', '，', '自', '起'];
const EN = ['tariff', 'duty', 'rate', 'the', 'on', 'cells', 'solar', '25', '50', 'percent', 'of', ' ', ' ', '.', ','];

/** A text of repeated short words (the case where alignments can differ) and an edited copy of it. */
function pair(r: () => number): [string, string] {
  const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)];
  const words: string[] = [];
  const n = 5 + Math.floor(r() * 40);
  for (let i = 0; i < n; i++) words.push(r() < 0.1 ? '\n' : pick(r() < 0.5 ? ZH : EN));
  const edited = [...words];
  const edits = 1 + Math.floor(r() * 5);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (edited.length + 1));
    const kind = r();
    if (kind < 0.33) edited.splice(at, 1);
    else if (kind < 0.66) edited.splice(at, 0, pick(r() < 0.5 ? ZH : EN));
    else edited.splice(at, 1, pick(r() < 0.5 ? ZH : EN));
  }
  return [words.join(''), edited.join('')];
}

describe('stored and displayed diffs', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let srv: Running;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore('sqlite'));
    await store.upsertSource({
      id: 'mofcom-zcfb',
      name: '商务部政策发布',
      baseUrl: 'https://www.mofcom.gov.cn/zcfb/',
      agency: '商务部',
      country: 'CN',
      language: 'zh',
    });
    srv = await startServer(store);
  });
  afterAll(async () => {
    await srv?.close();
    await cleanup?.();
  });

  it('are the same on 60 random text pairs (what the crawler stores is what the API and web UI show)', async () => {
    const r = rng(17);
    let compared = 0;
    for (let i = 0; i < 60; i++) {
      const [a, b] = pair(r);
      if (a === b) continue;
      const url = `https://www.mofcom.gov.cn/zcfb/art/2025/${i}.html`;
      const o = { sourceId: 'mofcom-zcfb', url, title: `公告${i}`, language: 'zh', html: '', fetchedAt: new Date('2025-01-01T00:00:00Z') };
      const first = await store.saveObservation({ ...o, text: a, contentHash: `a${i}` }, changeFn);
      await store.saveObservation({ ...o, text: b, contentHash: `b${i}`, fetchedAt: new Date('2025-01-02T00:00:00Z') }, changeFn);
      const stored = (await store.getVersion(first.noticeId, 2))?.diff;
      const res = await fetch(`${srv.url}/api/notices/${first.noticeId}/diff?from=1&to=2`);
      expect(res.status).toBe(200);
      const shown = ((await res.json()) as { ops: DiffOp[] }).ops;
      expect(shown, `pair ${i}: ${JSON.stringify([a, b])}`).toEqual(stored);
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('still reads and shows rows stored by the former engine, whose alignment differed', async () => {
    const a = '起25和 ，锂电池起';
    const b = '25和 ，锂电池起the';
    // the former server engine aligned this pair another way; rows like it stay in old archives
    const former: DiffOp[] = [
      ['-', '起'],
      ['=', '25和 ，锂电池起'],
      ['+', 'the'],
    ];
    const o = {
      sourceId: 'mofcom-zcfb',
      url: 'https://www.mofcom.gov.cn/zcfb/art/2024/old.html',
      title: '旧公告',
      language: 'zh',
      html: '',
      fetchedAt: new Date('2024-01-01T00:00:00Z'),
    };
    const first = await store.saveObservation({ ...o, text: a, contentHash: 'old-a' }, changeFn);
    await store.saveObservation({ ...o, text: b, contentHash: 'old-b', fetchedAt: new Date('2024-01-02T00:00:00Z') }, () => ({ diff: former, summary: '' }));
    const v2 = await store.getVersion(first.noticeId, 2);
    expect(v2?.diff).toEqual(former);
    expect(changeExcerpt(v2)).toBe('+ the  − 起');
    const page = await fetch(`${srv.url}/notices/${first.noticeId}?from=1&to=2`);
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('<ins>the</ins>');
    expect(body).toMatch(/<del>起<\/del>/);
  });
});
