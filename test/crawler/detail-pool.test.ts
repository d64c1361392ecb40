import { describe, expect, it } from 'vitest';
import { type DetailJob, detailSource, runDetailJob } from '../../crawler/detail-job.ts';
import { DetailPool } from '../../crawler/detail-pool.ts';
import { contentHashNormalized, contentHash } from '../../crawler/detect/hash.ts';
import { compileNoise } from '../../crawler/detect/normalize.ts';
import { ftsTokens } from '../../db/search/tokenize.ts';
import { detailHtml, detailPath, engineSource } from './fixtures/engine-site.ts';

const source = engineSource();
const job = (i: number, fresh = true): DetailJob => {
  const url = `https://www.example.gov.cn${detailPath(i)}`;
  return {
    html: detailHtml(i, { bytes: 4000 }),
    url,
    source: detailSource(source)!,
    item: { url, title: '', date: null, docNumber: null, agency: null, effectiveDate: null, body: null },
    language: 'zh',
    fresh,
    classify: true,
  };
};

describe('detail jobs in worker threads', () => {
  it('a worker gives what the job gives inline: fields, hash input, tags and index tokens', async () => {
    const pool = new DetailPool(1);
    try {
      const jobs = [1, 2, 3, 4].map((i) => job(i, i !== 4));
      const viaPool = await Promise.all(jobs.map((j) => pool.run(j)));
      expect(pool.counts).toEqual({ worker: 4, inline: 0 });
      for (const [k, j] of jobs.entries()) {
        const inline = await runDetailJob(j);
        expect(viaPool[k]).toEqual(inline);
      }
      const o = viaPool[0];
      expect(o.fields.docNumber).toBe('商务部公告2024年第2号');
      expect(o.fields.text).not.toMatch(/浏览次数/);
      expect(o.tags?.topics?.length).toBeGreaterThan(0);
      expect(o.bodyTokens).toBe(ftsTokens(o.fields.text));
      const noise = compileNoise(source.noise?.patterns);
      expect(contentHashNormalized(o.normTitle, o.normText, o.fields.attachments)).toBe(
        contentHash({ title: o.title, text: o.fields.text, attachments: o.fields.attachments }, noise),
      );
      // a known notice: no tags or tokens ahead (the crawler classifies it only if it changed)
      expect(viaPool[3].tags).toBeUndefined();
      expect(viaPool[3].bodyTokens).toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  it('errors come back as rejections, and jobs of a dead worker finish inline', async () => {
    const pool = new DetailPool(1);
    try {
      const bad = { ...job(1), source: { ...detailSource(source)!, detail: { ...source.detail, body: ':::not a selector' } } };
      await expect(pool.run(bad)).rejects.toThrow();
      const pending = [pool.run(job(5)), pool.run(job(6))];
      await pool.close(); // kills the worker with both jobs in flight
      const done = await Promise.all(pending);
      expect(done.map((d) => d.fields.docNumber)).toEqual(['商务部公告2024年第6号', '商务部公告2024年第7号']);
      expect(pool.counts.inline).toBeGreaterThanOrEqual(1);
    } finally {
      await pool.close();
    }
  });

  it('sources with a hook function are not sent to threads', () => {
    expect(detailSource({ ...source, detail: { ...source.detail, extract: () => undefined } })).toBeNull();
    expect(detailSource(source)).not.toBeNull();
  });

  it('warm() starts a worker ahead of the first job, once', async () => {
    const pool = new DetailPool(1);
    try {
      pool.warm();
      pool.warm();
      const slots = Reflect.get(pool, 'slots') as unknown[];
      expect(slots).toHaveLength(1);
      const o = await pool.run(job(8));
      expect(o.fields.title).toContain('第8号');
      expect(pool.counts).toEqual({ worker: 1, inline: 0 });
      expect(Reflect.get(pool, 'slots')).toHaveLength(1);
    } finally {
      await pool.close();
    }
    const none = new DetailPool(0);
    none.warm();
    expect(Reflect.get(none, 'slots')).toHaveLength(0);
  });

  it('threads = 0 runs inline', async () => {
    const pool = new DetailPool(0);
    const o = await pool.run(job(7));
    expect(o.fields.title).toContain('第7号');
    expect(pool.counts).toEqual({ worker: 0, inline: 1 });
  });
});

describe('index tokens computed ahead (BODY_TOKENS)', () => {
  it('are used for the text they were made from, and ignored for any other text', async () => {
    const { openStore } = await import('../../db/index.ts');
    const { BODY_TOKENS } = await import('../../db/store.ts');
    const { changeFn } = await import('../../crawler/run.ts');
    const store = await openStore(':memory:');
    try {
      await store.upsertSource({ id: 's', name: 's', baseUrl: 'https://s.example' });
      const base = { sourceId: 's', language: 'zh', html: '<p>x</p>', contentHash: 'h1' };
      const text = '出口退税政策调整';
      const good = { ...base, url: 'https://s.example/1', title: '一', text, [BODY_TOKENS]: { text, tokens: ftsTokens(text) } };
      // a hint that does not belong to this text: the store tokenises the text itself
      const stale = {
        ...base,
        url: 'https://s.example/2',
        title: '二',
        text: '跨境电商综合试验区',
        contentHash: 'h2',
        [BODY_TOKENS]: { text: 'other', tokens: 'zzzqqq' },
      };
      const r = await store.saveObservations([good, stale], changeFn);
      expect(r.map((x) => x.outcome)).toEqual(['new', 'new']);
      expect((await store.search({ q: '退税' })).hits.map((h) => h.notice.url)).toEqual(['https://s.example/1']);
      expect((await store.search({ q: '电商' })).hits.map((h) => h.notice.url)).toEqual(['https://s.example/2']);
      expect((await store.search({ q: 'zzzqqq' })).total).toBe(0);
      // first versions: no diff, no summary (SQL NULL, as before)
      const v = await store.getVersion(r[0].noticeId, 1);
      expect(v?.diff ?? null).toBeNull();
      expect(v?.changeSummary ?? null).toBeNull();
    } finally {
      await store.close();
    }
  });
});
