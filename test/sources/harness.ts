/**
 * Crawls one built-in source against its replica with a fresh SQLite store:
 * the real definition, only the base URL (and the politeness delay) overridden.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../db/index.ts';
import type { Notice, NoticeVersion, Store } from '../../db/types.ts';
import { applyOverride, type ResolvedSource } from '../../crawler/registry.ts';
import { type CrawlRunOptions, crawlSource, type SourceRunResult } from '../../crawler/run.ts';
import { builtinSources } from '../../crawler/sources/index.ts';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { replicaOverrides, replicaSites } from '../replicas/index.ts';

export interface SourceHarness {
  store: Store;
  replicas: Replicas;
  source: ResolvedSource;
  crawl(opts?: CrawlRunOptions): Promise<SourceRunResult>;
  /** the replica URL of a root-relative path */
  url(path: string): string;
  notice(path: string): Promise<Notice>;
  latest(path: string): Promise<NoticeVersion & { notice: Notice }>;
  close(): Promise<void>;
}

export async function openHarness(id: string): Promise<SourceHarness> {
  const def = builtinSources.find((s) => s.id === id);
  const site = replicaSites.find((s) => s.id === id);
  if (!def || !site) throw new Error(`no built-in source or replica "${id}"`);
  const replicas = await startReplicas([site], { state: 'week1' });
  const dir = mkdtempSync(join(tmpdir(), `pr-src-${id}-`));
  const store = await openStore(join(dir, 'db.sqlite'));
  const source = applyOverride(def, replicaOverrides(replicas, { delayMs: 0 })[id], 'builtin');
  const base = replicas.baseUrl(id);
  const h: SourceHarness = {
    store,
    replicas,
    source,
    crawl: (opts = {}) => crawlSource(store, source, { delayMs: 0, timeoutMs: 10_000, classify: false, ...opts }),
    url: (path) => base + path,
    async notice(path) {
      const n = await store.getNoticeByUrl(base + path);
      if (!n) throw new Error(`no notice stored for ${path}`);
      return n;
    },
    async latest(path) {
      const n = await h.notice(path);
      const v = await store.getVersion(n.id, n.versionCount);
      if (!v) throw new Error(`no version ${n.versionCount} for ${path}`);
      return { ...v, notice: n };
    },
    async close() {
      await store.close();
      await replicas.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

export interface ExpectedNotice {
  path: string;
  title: string;
  docNumber: string | null;
  agency: string | null;
  publishedAt: string | null;
  effectiveAt: string | null;
  /** snippets the stored text must contain */
  contains: string[];
  /** snippets it must not contain (noise, chrome, duplicates) */
  notContains?: string[];
  /** attachments: name, type and replica path (downloaded and hashed) */
  attachments?: { name: string; type: string; path: string }[];
}

/** Checks every stored field of one notice against what the fixture page says. */
export async function expectNotice(h: SourceHarness, e: ExpectedNotice, expectFn: (v: unknown) => any): Promise<void> {
  const v = await h.latest(e.path);
  const n = v.notice;
  expectFn({
    url: n.url,
    title: n.title,
    docNumber: n.docNumber,
    agency: n.agency,
    publishedAt: n.publishedAt,
    effectiveAt: n.effectiveAt,
    status: n.status,
    language: n.language,
  }).toEqual({
    url: h.url(e.path),
    title: e.title,
    docNumber: e.docNumber,
    agency: e.agency,
    publishedAt: e.publishedAt,
    effectiveAt: e.effectiveAt,
    status: 'active',
    language: h.source.language,
  });
  expectFn(v.title).toBe(e.title);
  for (const s of e.contains) expectFn(v.text).toContain(s);
  for (const s of e.notContains ?? []) expectFn(v.text).not.toContain(s);
  const atts = e.attachments ?? [];
  expectFn(v.attachments.map((a) => ({ name: a.name, type: a.type, url: a.url }))).toEqual(
    atts.map((a) => ({ name: a.name, type: a.type, url: h.url(a.path) })),
  );
  for (const a of v.attachments) {
    expectFn(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expectFn(a.size).toBeGreaterThan(0);
  }
}

/** Run counts worth asserting (errors must be empty on replicas). */
export function counts(r: SourceRunResult) {
  return { new: r.newCount, changed: r.changedCount, removed: r.removedCount, errors: r.errors, status: r.status, health: r.health };
}
