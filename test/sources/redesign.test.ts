/**
 * Every built-in source against its replica's redesigned variant (classes
 * and ids renamed, a wrapper added: test/helpers/redesign.ts). Data-driven
 * over the registry, so sources added later are covered without a line here.
 * Per source: the undisturbed crawl; the redesigned crawl, which must still
 * store the same notices, flagged degraded, with the alarm raised; then
 * `sources doctor` on the redesigned pages, whose proposed selectors must
 * extract the same notices (URLs, titles, dates) with nothing degraded.
 * One replica server, in-process crawls, a fresh SQLite file per crawl.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPatch, doctorSource } from '../../crawler/doctor.ts';
import { applyOverride, type ResolvedSource } from '../../crawler/registry.ts';
import { Fetcher } from '../../crawler/fetch/http.ts';
import { crawlSource } from '../../crawler/run.ts';
import { builtinSources } from '../../crawler/sources/index.ts';
import { openStore } from '../../db/index.ts';
import type { Store } from '../../db/types.ts';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { tempDir } from '../helpers/stores.ts';
import { demoReplicaSites, replicaOverrides } from '../replicas/index.ts';

let replicas: Replicas;
/** one fetcher (one browser, for the sources that need it) for every crawl */
let fetcher: Fetcher;
const dirs: string[] = [];

beforeAll(async () => {
  // the demo's variant: date-windowed APIs answer for the real clock
  replicas = await startReplicas(demoReplicaSites(), { state: 'week1' });
  fetcher = new Fetcher({ delayMs: 0, timeoutMs: 10_000 });
});
afterAll(async () => {
  await fetcher?.close();
  await replicas?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function resolved(id: string): ResolvedSource {
  const def = builtinSources.find((s) => s.id === id)!;
  return applyOverride(def, replicaOverrides(replicas, { delayMs: 0 })[id], 'builtin');
}

/**
 * A browser source waits for its selector on every page; after a redesign it never
 * appears: on the redesigned site, do not wait long. The crawls where it does appear
 * keep the source's own timeout, so a slow page load on a busy machine is no failure.
 */
const shortWait = (s: ResolvedSource): ResolvedSource => (s.browser ? { ...s, browser: { ...s.browser, timeoutMs: 2000 } } : s);

interface Seen {
  url: string;
  title: string;
  publishedAt: string | null;
  degraded: boolean;
}

/** Crawls into a fresh store; what it stored, the run and the source's health. */
async function crawlFresh(source: ResolvedSource) {
  const dir = tempDir('pr-redesign-');
  dirs.push(dir);
  const store: Store = await openStore(join(dir, 'db.sqlite'));
  try {
    const run = await crawlSource(store, source, { fetcher, classify: false });
    const hits = (await store.search({ sources: [source.id], status: 'all', limit: 1000 })).hits;
    const notices: Seen[] = hits
      .map((h) => ({ url: h.notice.url, title: h.notice.title, publishedAt: h.notice.publishedAt, degraded: !!h.notice.degraded }))
      .sort((a, b) => a.url.localeCompare(b.url));
    const health = await store.getSource(source.id);
    const lastRun = (await store.listRuns({ sourceId: source.id, limit: 1 }))[0];
    return { run, notices, health, lastRun };
  } finally {
    await store.close();
  }
}

/** Whether the redesign can touch the source at all: it reads HTML with selectors somewhere. */
const usesHtmlSelectors = (s: ResolvedSource) => s.list.kind === 'html' || (!s.detail?.fromList && s.detail?.body !== undefined);

const fields = (xs: Seen[]) => xs.map(({ url, title, publishedAt }) => ({ url, title, publishedAt }));

describe('sources survive a redesign of their site', () => {
  it.each(builtinSources.map((s) => s.id))(
    '%s: its redesigned replica is still crawled (degraded, alarmed), and sources doctor repairs the selectors',
    async (id) => {
      const source = resolved(id);
      replicas.redesign(id, false);
      const before = await crawlFresh(source);
      expect(before.notices.length).toBeGreaterThan(0);
      expect(before.notices.every((n) => !n.degraded)).toBe(true);
      expect(before.lastRun.outcome).toBe('ok');

      replicas.redesign(id, true);
      try {
        const after = await crawlFresh(shortWait(source));
        // still crawled: the same notices, none lost
        expect(after.notices.map((n) => n.url)).toEqual(before.notices.map((n) => n.url));
        expect(after.run.errors).toEqual({});
        if (!usesHtmlSelectors(source)) {
          // nothing the redesign renames is read: the run stays clean
          expect(after.notices.every((n) => !n.degraded)).toBe(true);
          expect(after.lastRun.outcome).toBe('ok');
          return;
        }
        expect(after.notices.every((n) => n.degraded)).toBe(true);
        expect(after.health?.status).toBe('alarm');
        expect(after.health?.alarms.join('\n')).toMatch(/matched nothing.*used structure detection/);
        expect(after.lastRun.outcome).toBe('degraded');
        expect(after.lastRun.reason).toMatch(/structure detection/);
        // list titles and dates survive structure detection where the list carried them
        expect(after.notices.filter((n) => n.title && n.publishedAt).length).toBe(after.notices.length);

        // the doctor looks at the redesigned pages and proposes selectors that work again
        const doc = await doctorSource(shortWait(source), { fetcher });
        expect(doc.problems).toEqual([]);
        expect(doc.verified).toBe(true);
        expect(Object.keys(doc.patch).length).toBeGreaterThan(0);
        const repaired = await crawlFresh(applyPatch(source, doc.patch));
        expect(repaired.run.errors).toEqual({});
        expect(repaired.notices.every((n) => !n.degraded)).toBe(true);
        expect(repaired.lastRun.outcome).toBe('ok');
        expect(fields(repaired.notices)).toEqual(fields(before.notices));
      } finally {
        replicas.redesign(id, false);
      }
    },
  );
});
