import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClassifyError, tagNotice, taxonomyTagger } from '../../crawler/classify.ts';
import { applyOverride } from '../../crawler/registry.ts';
import { crawlSource } from '../../crawler/run.ts';
import { fromWireError, toWireError } from '../../crawler/thread-error.ts';
import { openStore } from '../../db/index.ts';
import type { Store } from '../../db/types.ts';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { engineSite } from './fixtures/engine-site.ts';

const fast = { delayMs: 0, retries: 1, retryBaseMs: 10, timeoutMs: 3000 };

describe('a failing classifier', () => {
  let dir: string;
  let store: Store;
  let rep: Replicas;
  const es = engineSite({ notices: 6, perPage: 10 });
  let source: ReturnType<typeof applyOverride>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-classify-'));
    store = await openStore(join(dir, 'db.sqlite'));
    rep = await startReplicas([es.site]);
    source = applyOverride(es.source, { baseUrl: rep.baseUrl(es.site.id) }, 'builtin');
  });
  afterAll(async () => {
    await rep?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails the save of every notice it could not tag, loudly, instead of storing it untagged', async () => {
    const said = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = await crawlSource(store, source, {
      ...fast,
      tagger: () => {
        throw new TypeError('vocabulary missing');
      },
    });
    const lines = said.mock.calls.map((c) => String(c[0]));
    said.mockRestore();
    expect(r.errors).toEqual({ classify: 6 });
    expect(r.newCount).toBe(0);
    expect(await store.countNotices()).toBe(0);
    expect(lines[0]).toMatch(/ClassifyError: classifier failed on "关于做好.*": vocabulary missing/);
  });

  it('stores the notices with their tags on the next run once it works again', async () => {
    const r = await crawlSource(store, source, { ...fast, tagger: taxonomyTagger });
    expect(r.errors).toEqual({});
    expect(r.newCount).toBe(6);
    const all = await store.search({ sources: [es.site.id], limit: 10 });
    expect(all.hits.length).toBe(6);
    // the engine site's titles name export rebates, cross-border e-commerce, … : the classifier tags them
    expect(all.hits.filter((h) => h.notice.topics.length > 0).length).toBeGreaterThan(0);
  });
});

describe('ClassifyError', () => {
  it('wraps what the tagger threw and keeps its name across threads', () => {
    const e = (() => {
      try {
        tagNotice({ title: '关于调整出口退税率的公告', text: '', language: 'zh' }, () => {
          throw new Error('boom');
        });
      } catch (x) {
        return x as Error;
      }
    })();
    expect(e).toBeInstanceOf(ClassifyError);
    expect(e?.message).toBe('classifier failed on "关于调整出口退税率的公告": boom');
    expect(fromWireError(toWireError(e)).name).toBe('ClassifyError');
  });

  it('is not raised by the real classifier on an ordinary notice', () => {
    expect(tagNotice({ title: '关于调整部分商品出口退税率的公告', text: '对机电产品提高出口退税率。', language: 'zh' }).topics).toContain('export-rebates');
  });
});
