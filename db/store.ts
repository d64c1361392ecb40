import { and, asc, desc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type * as S from './schema/sqlite.ts';
import {
  channelDeliveryFromRow,
  channelTargetFromRow,
  deliveryFromRow as toDelivery,
  EMPTY_INTERESTS,
  normaliseEmail,
  noticeFromRow as toNotice,
  sourceFromRow as toSource,
  subscriberFromRow as toSubscriber,
  versionFromRow as toVersion,
} from './rows.ts';
import type {
  ChangeFn,
  CrawlRun,
  CrawlRunStats,
  Dialect,
  HttpCacheEntry,
  Notice,
  NoticeExport,
  NoticeFacts,
  NoticeTags,
  NoticeVersion,
  ObservedNotice,
  SaveResult,
  SearchQuery,
  SearchResult,
  SourceHealthPatch,
  SourcePage,
  Store,
  SubscriberStatus,
  SubscriptionChange,
  ChannelStore,
} from './types.ts';

const toChange = (r: any): SubscriptionChange => ({
  ...r,
  id: Number(r.id),
  subscriberId: Number(r.subscriberId),
  interests: { ...EMPTY_INTERESTS, ...(r.interests ?? {}) },
  sendEmpty: !!r.sendEmpty,
});

export interface ImportCounts {
  notices: number;
  versions: number;
  skipped: number;
}

/** A batch being imported (pipelined backends): what the batch after it needs to know of it. */
export class ImportTicket {
  /** its outcome; set once the backend has started the batch */
  done!: Promise<ImportCounts>;
  /** settles once the batch holds every lock it takes, or has ended without them */
  readonly locked: Promise<void>;
  readonly markLocked: () => void;
  /** the backend's notes for the next batch (PostgreSQL: its lock key and transaction id) */
  readonly handle: { key?: string; txid?: string } = {};
  constructor(readonly urls: Set<string>) {
    let mark!: () => void;
    this.locked = new Promise<void>((r) => {
      mark = r;
    });
    this.markLocked = mark;
  }
}

/** Backend-specific pieces; everything else is shared drizzle code. */
export interface Backend {
  dialect: Dialect;
  /** SQLite: the database file (null in memory) */
  file?: string | null;
  db: any;
  t: typeof S;
  /** runs fn in one write transaction (serialised on SQLite) */
  tx<T>(fn: (db: any) => Promise<T>): Promise<T>;
  rows<T = Record<string, unknown>>(db: any, q: SQL): Promise<T[]>;
  exec(db: any, q: SQL): Promise<void>;
  /** replace the search-index entry of one notice; bodyTokens, when given, is ftsTokens(body) computed ahead (SQLite) */
  indexNotice(db: any, id: number, title: string, doc: string, body: string, replace: boolean, bodyTokens?: string): Promise<void>;
  /**
   * Inserts exported notices whose URL is not stored yet, in one transaction. With
   * `after` (backends with pipelinedImport), the batch is prepared, and may be written,
   * while that earlier one is still writing: it leaves out the earlier batch's URLs, and
   * commits only after the earlier batch has (failing, without writing, if that one
   * failed). `self` is this batch's own ticket, for the batch after it.
   */
  importBatch(items: NoticeExport[], after?: ImportTicket, self?: ImportTicket): Promise<ImportCounts>;
  /** whether importBatch() takes `after`: two batches in flight, one prepared while the other is written */
  pipelinedImport?: boolean;
  /** runs a whole import (many batches) with settings for bulk writes, restored afterwards */
  importSession?<T>(fn: () => Promise<T>): Promise<T>;
  search(q: SearchQuery): Promise<SearchResult>;
  /** id-ordered batch of notice ids matching q after `afterId` */
  exportIds(q: SearchQuery, afterId: number, limit: number): Promise<number[]>;
  /** for a Date/ms column in raw SQL */
  time(d: Date): unknown;
  isUniqueViolation(e: unknown): boolean;
  close(): Promise<void>;
}

function tagRows(noticeId: number, tags: NoticeTags) {
  const rows: { noticeId: number; kind: string; value: string }[] = [];
  for (const v of new Set(tags.topics)) rows.push({ noticeId, kind: 'topic', value: v });
  for (const v of new Set(tags.hsCodes)) rows.push({ noticeId, kind: 'hs', value: v });
  for (const v of new Set(tags.regions)) rows.push({ noticeId, kind: 'region', value: v });
  return rows;
}

const uniq = (xs: string[] | undefined) => [...new Set(xs ?? [])];

/** The facts column and the last open day derived from its deadlines. */
function factCols(f: NoticeFacts | undefined): { facts: NoticeFacts; openUntil: string | null } {
  const facts = f ?? {};
  let open: string | null = null;
  for (const d of facts.deadlines ?? []) if (d.kind !== 'effective' && /^\d{4}-\d{2}-\d{2}$/.test(d.date) && (!open || d.date > open)) open = d.date;
  return { facts, openUntil: open };
}

/**
 * Optional hint on an ObservedNotice: `{ text, tokens }` with tokens =
 * ftsTokens(text) (db/search/tokenize.ts), computed ahead by the crawler off
 * the main thread. Used only while `text` is still the notice's text; never stored.
 */
export const BODY_TOKENS = Symbol.for('policy-radar.bodyTokens');
type WithTokens = ObservedNotice & { [BODY_TOKENS]?: { text: string; tokens: string } };

function bodyTokensOf(o: WithTokens): string | undefined {
  const pre = o[BODY_TOKENS];
  return pre && pre.text === o.text ? pre.tokens : undefined;
}

export class DrizzleStore implements Store {
  readonly dialect: Dialect;
  readonly file: string | null;
  constructor(private readonly b: Backend) {
    this.dialect = b.dialect;
    this.file = b.file ?? null;
  }

  private preparedSave?: ReturnType<DrizzleStore['prepareSave']>;

  /**
   * SQLite: the crawler's save path (notice lookups and inserts, HTTP cache
   * writes) as statements compiled once, rather than built and compiled per
   * call. Same SQL as the query builders below; one connection, so they run
   * inside the caller's transaction. PostgreSQL keeps the builders (a
   * transaction has its own client there).
   */
  private saveStatements() {
    if (this.dialect !== 'sqlite') return null;
    this.preparedSave ??= this.prepareSave();
    return this.preparedSave;
  }

  private prepareSave() {
    const { notices, noticeVersions, noticeTags, httpCache } = this.t;
    const p = (name: string) => sql.placeholder(name);
    const byDoc = (where: SQL | undefined) => this.db.select().from(notices).where(where).orderBy(asc(notices.id)).limit(1).prepare();
    const noticeCols = [
      'sourceId',
      'url',
      'title',
      'docNumber',
      'agency',
      'agencies',
      'agencySignal',
      'dateSignal',
      'summary',
      'language',
      'publishedAt',
      'effectiveAt',
      'topics',
      'hsCodes',
      'regions',
      'facts',
      'openUntil',
      'firstSeenAt',
      'lastSeenAt',
      'lastChangedAt',
      'status',
      'versionCount',
      'contentHash',
      'degraded',
    ] as const;
    // a first version: no diff, no summary (literal NULLs; a JSON placeholder would store the text 'null')
    const versionCols = ['noticeId', 'version', 'fetchedAt', 'contentHash', 'title', 'text', 'html', 'attachments'] as const;
    const placeholders = (cols: readonly string[]) => Object.fromEntries(cols.map((c) => [c, p(c)]));
    return {
      byUrl: this.db
        .select()
        .from(notices)
        .where(eq(notices.url, p('url')))
        .prepare(),
      byDocAnySource: byDoc(eq(notices.docNumber, p('docNumber'))),
      byDocThisSource: byDoc(and(eq(notices.docNumber, p('docNumber')), eq(notices.sourceId, p('sourceId')))),
      insertNotice: this.db.insert(notices).values(placeholders(noticeCols)).returning({ id: notices.id }).prepare(),
      insertVersion: this.db
        .insert(noticeVersions)
        .values({ ...placeholders(versionCols), diff: null, changeSummary: null })
        .prepare(),
      insertTag: this.db
        .insert(noticeTags)
        .values(placeholders(['noticeId', 'kind', 'value']))
        .onConflictDoNothing()
        .prepare(),
      seen: this.db
        .update(notices)
        .set({ lastSeenAt: p('lastSeenAt'), status: 'active', degraded: p('degraded') })
        .where(eq(notices.id, p('id')))
        .prepare(),
      putCache: this.db
        .insert(httpCache)
        .values(placeholders(['url', 'etag', 'lastModified', 'bodyHash', 'status', 'fetchedAt']))
        .onConflictDoUpdate({
          target: httpCache.url,
          set: {
            etag: sql`excluded.etag`,
            lastModified: sql`excluded.last_modified`,
            bodyHash: sql`excluded.body_hash`,
            status: sql`excluded.status`,
            fetchedAt: sql`excluded.fetched_at`,
          },
        })
        .prepare(),
    };
  }

  close() {
    return this.b.close();
  }

  private get db() {
    return this.b.db;
  }
  private get t() {
    return this.b.t;
  }

  // ---- sources --------------------------------------------------------------

  async upsertSource(s: Parameters<Store['upsertSource']>[0]) {
    const { sources } = this.t;
    const values = {
      id: s.id,
      name: s.name,
      baseUrl: s.baseUrl,
      agency: s.agency ?? null,
      country: s.country ?? null,
      language: s.language ?? null,
      enabled: s.enabled ?? true,
    };
    await this.db
      .insert(sources)
      .values(values)
      .onConflictDoUpdate({
        target: sources.id,
        set: { name: values.name, baseUrl: values.baseUrl, agency: values.agency, country: values.country, language: values.language, enabled: values.enabled },
      });
  }

  async getSource(id: string) {
    const r = await this.db.select().from(this.t.sources).where(eq(this.t.sources.id, id));
    return r[0] ? toSource(r[0]) : null;
  }

  async listSources() {
    const { sources, notices } = this.t;
    const counts: { sourceId: string; n: number }[] = await this.db
      .select({ sourceId: notices.sourceId, n: sql<number>`count(*)` })
      .from(notices)
      .groupBy(notices.sourceId);
    const byId = new Map(counts.map((c) => [c.sourceId, Number(c.n)]));
    const rows = await this.db.select().from(sources).orderBy(asc(sources.id));
    return rows.map((r: any) => ({ ...toSource(r), noticeCount: byId.get(r.id) ?? 0 }));
  }

  async updateSourceHealth(id: string, patch: SourceHealthPatch) {
    if (!Object.keys(patch).length) return;
    await this.db.update(this.t.sources).set(patch).where(eq(this.t.sources.id, id));
  }

  // ---- crawl runs -------------------------------------------------------------

  async startRun(sourceId: string, startedAt = new Date(), owner?: string) {
    const r = await this.db
      .insert(this.t.crawlRuns)
      .values({ sourceId, startedAt, status: 'running', owner: owner ?? null, heartbeatAt: new Date() })
      .returning({ id: this.t.crawlRuns.id });
    return Number(r[0].id);
  }

  async listRunningRuns() {
    const { crawlRuns: c } = this.t;
    const rows = await this.db
      .select({ id: c.id, sourceId: c.sourceId, startedAt: c.startedAt, owner: c.owner, heartbeatAt: c.heartbeatAt })
      .from(c)
      .where(eq(c.status, 'running'))
      .orderBy(asc(c.id));
    return rows.map((r: any) => ({ ...r, id: Number(r.id) }));
  }

  async heartbeatRuns(runIds: number[], at = new Date()) {
    if (!runIds.length) return;
    const { crawlRuns: c } = this.t;
    await this.db
      .update(c)
      .set({ heartbeatAt: at })
      .where(and(inArray(c.id, runIds), eq(c.status, 'running')));
  }

  async markRunsInterrupted(runIds: number[], message: string) {
    if (!runIds.length) return 0;
    const { crawlRuns: c } = this.t;
    // conditional on `running`: a run that finished meanwhile keeps its verdict. It ended, at the
    // latest, at its last sign of life, not when it was found dead (runs after it did not overlap it)
    const r = await this.db
      .update(c)
      .set({ status: 'interrupted', message, finishedAt: sql`coalesce(${c.heartbeatAt}, ${c.startedAt})` })
      .where(and(inArray(c.id, runIds), eq(c.status, 'running')))
      .returning({ id: c.id });
    return r.length;
  }

  async finishRun(runId: number, stats: CrawlRunStats, finishedAt = new Date()) {
    const { crawlRuns } = this.t;
    const r = await this.db.select({ startedAt: crawlRuns.startedAt }).from(crawlRuns).where(eq(crawlRuns.id, runId));
    const durationMs = r[0] ? finishedAt.getTime() - r[0].startedAt.getTime() : null;
    await this.db
      .update(crawlRuns)
      .set({ ...stats, message: stats.message ?? null, finishedAt, durationMs })
      .where(eq(crawlRuns.id, runId));
  }

  async listRuns(opts: { sourceId?: string; limit?: number } = {}): Promise<CrawlRun[]> {
    const { crawlRuns } = this.t;
    const rows = await this.db
      .select()
      .from(crawlRuns)
      .where(opts.sourceId ? eq(crawlRuns.sourceId, opts.sourceId) : undefined)
      .orderBy(desc(crawlRuns.id))
      .limit(opts.limit ?? 50);
    return rows.map((r: any) => ({ ...r, id: Number(r.id) }));
  }

  // ---- HTTP cache -------------------------------------------------------------

  async getHttpCache(url: string) {
    const r = await this.db.select().from(this.t.httpCache).where(eq(this.t.httpCache.url, url));
    return (r[0] as HttpCacheEntry) ?? null;
  }

  async putHttpCache(e: HttpCacheEntry) {
    await this.putCacheIn(this.db, e);
  }

  async putHttpCaches(entries: HttpCacheEntry[]) {
    if (!entries.length) return;
    await this.b.tx(async (db) => {
      for (const e of entries) await this.putCacheIn(db, e);
    });
  }

  private async putCacheIn(db: any, e: HttpCacheEntry) {
    const { httpCache } = this.t;
    const fast = this.saveStatements();
    if (fast) {
      fast.putCache.run({
        url: e.url,
        etag: e.etag ?? null,
        lastModified: e.lastModified ?? null,
        bodyHash: e.bodyHash ?? null,
        status: e.status ?? null,
        fetchedAt: e.fetchedAt,
      });
      return;
    }
    await db
      .insert(httpCache)
      .values(e)
      .onConflictDoUpdate({
        target: httpCache.url,
        set: { etag: e.etag, lastModified: e.lastModified, bodyHash: e.bodyHash, status: e.status, fetchedAt: e.fetchedAt },
      });
  }

  // ---- notices ----------------------------------------------------------------

  async saveObservation(o: ObservedNotice, change: ChangeFn): Promise<SaveResult> {
    try {
      return await this.b.tx((db) => this.saveIn(db, o, change));
    } catch (e) {
      // another writer inserted the same notice or version first: its row is there now
      if (this.b.isUniqueViolation(e)) return this.b.tx((db) => this.saveIn(db, o, change));
      throw e;
    }
  }

  async saveObservations(items: ObservedNotice[], change: ChangeFn): Promise<SaveResult[]> {
    if (!items.length) return [];
    // in input order, so duplicates inside the batch behave as consecutive saveObservation calls
    const all = async (db: any) => {
      const out: SaveResult[] = [];
      for (const o of items) out.push(await this.saveIn(db, o, change));
      return out;
    };
    try {
      return await this.b.tx(all);
    } catch (e) {
      if (!this.retryable(e)) throw e;
    }
    try {
      // another writer inserted one of these notices or versions first: its rows are there now
      return await this.b.tx(all);
    } catch (e) {
      if (!this.retryable(e)) throw e;
      // still racing (several writers sharing the batch's notices): one transaction per notice
      const out: SaveResult[] = [];
      for (const o of items) out.push(await this.saveObservation(o, change));
      return out;
    }
  }

  /** A lost race with another writer: unique violation, or (PostgreSQL) a deadlock between two batches' row locks. */
  private retryable(e: unknown) {
    const code = (x: unknown) => (x as { code?: string } | undefined)?.code;
    return this.b.isUniqueViolation(e) || (this.dialect === 'pg' && (code(e) === '40P01' || code((e as { cause?: unknown })?.cause) === '40P01'));
  }

  private async findForUpdate(db: any, url: string, docNumber: string | null | undefined, sourceId: string) {
    const { notices } = this.t;
    const lock = (q: any) => (this.dialect === 'pg' ? q.for('update') : q);
    // PostgreSQL: two crawls saving one document number under different URLs at once would
    // both miss each other's uncommitted row; a per-number lock makes the second one wait
    if (docNumber && this.dialect === 'pg') await this.b.exec(db, sql`SELECT pg_advisory_xact_lock(hashtext(${docNumber}))`);
    const fast = this.saveStatements();
    let r = fast ? fast.byUrl.all({ url }) : await lock(db.select().from(notices).where(eq(notices.url, url)));
    if (!r[0] && docNumber) {
      // the same document listed under another URL (list pages, mirrors, other sources): one notice.
      // Across sources only numbers that name their issuer (商务部公告2024年第30号, 国发〔2018〕43号):
      // a bare "2024年第5号" or "公告2024年第5号", or an API id, means something else on another site.
      const namesIssuer = /^[\u4e00-\u9fa5A-Za-z]{2,}/.test(docNumber) && !/^(?:公告|令|通知|公报|决定|批复)(?:\d|〔)/.test(docNumber);
      // the first source that stored it keeps it (lowest id), and the notice keeps its first URL
      if (fast) return (namesIssuer ? fast.byDocAnySource.all({ docNumber }) : fast.byDocThisSource.all({ docNumber, sourceId }))[0] ?? null;
      r = await lock(
        db
          .select()
          .from(notices)
          .where(namesIssuer ? eq(notices.docNumber, docNumber) : and(eq(notices.docNumber, docNumber), eq(notices.sourceId, sourceId)))
          .orderBy(asc(notices.id))
          .limit(1),
      );
    }
    return r[0] ?? null;
  }

  private async saveIn(db: any, o: ObservedNotice, change: ChangeFn): Promise<SaveResult> {
    const { notices, noticeVersions } = this.t;
    const now = o.fetchedAt ?? new Date();
    const existing = await this.findForUpdate(db, o.url, o.docNumber, o.sourceId);
    const tags: NoticeTags = { topics: uniq(o.topics), hsCodes: uniq(o.hsCodes), regions: uniq(o.regions) };
    const meta: {
      title: string;
      docNumber: string | null;
      agency: string | null;
      agencies: string[];
      agencySignal: string | null;
      dateSignal: string | null;
      summary: string | null;
      language: string;
      publishedAt: string | null;
      effectiveAt: string | null;
    } = {
      title: o.title,
      docNumber: o.docNumber ?? null,
      agency: o.agency ?? null,
      agencies: o.agencies?.length ? uniq(o.agencies) : o.agency ? [o.agency] : [],
      agencySignal: o.agency ? (o.agencySignal ?? null) : null,
      dateSignal: o.publishedAt ? (o.dateSignal ?? null) : null,
      summary: o.summary ?? null,
      language: o.language,
      publishedAt: o.publishedAt ?? null,
      effectiveAt: o.effectiveAt ?? null,
    };
    const version = (noticeId: number, n: number, diff: any, summary: string | null) => ({
      noticeId,
      version: n,
      fetchedAt: now,
      contentHash: o.contentHash,
      title: o.title,
      text: o.text,
      html: o.html,
      attachments: o.attachments ?? [],
      diff,
      changeSummary: summary,
    });

    const fast = this.saveStatements();
    if (!existing) {
      const row = {
        sourceId: o.sourceId,
        url: o.url,
        ...meta,
        ...tags,
        ...factCols(o.facts),
        firstSeenAt: now,
        lastSeenAt: now,
        lastChangedAt: now,
        status: 'active',
        versionCount: 1,
        contentHash: o.contentHash,
        degraded: !!o.degraded,
      };
      const ins = fast ? fast.insertNotice.all(row) : await db.insert(notices).values(row).returning({ id: notices.id });
      const id = Number(ins[0].id);
      if (fast) {
        const { diff: _d, changeSummary: _s, ...first } = version(id, 1, null, null);
        fast.insertVersion.run(first);
        for (const t of tagRows(id, tags)) fast.insertTag.run(t);
      } else {
        await db.insert(noticeVersions).values(version(id, 1, null, null));
        await this.writeTags(db, id, tags, false);
      }
      await this.b.indexNotice(db, id, meta.title, meta.docNumber ?? '', o.text, false, bodyTokensOf(o));
      return { noticeId: id, outcome: 'new', version: 1 };
    }

    const id = Number(existing.id);
    const hasTags = o.topics !== undefined || o.hsCodes !== undefined || o.regions !== undefined;
    // the same document seen on another source (a repost): it counts as seen, not as a new version
    // of the owner's text, which may differ in layout and boilerplate
    if (existing.contentHash === o.contentHash || existing.sourceId !== o.sourceId) {
      // the flag follows the owner's own pages, not a repost elsewhere
      const degraded = existing.sourceId === o.sourceId ? !!o.degraded : !!existing.degraded;
      if (fast) fast.seen.run({ lastSeenAt: now, id, degraded });
      else await db.update(notices).set({ lastSeenAt: now, status: 'active', degraded }).where(eq(notices.id, id));
      return { noticeId: id, outcome: 'unchanged', version: Number(existing.versionCount) };
    }
    // a page that no longer shows a field (list-only metadata, a failed date parse) keeps what we knew
    for (const k of ['docNumber', 'publishedAt', 'effectiveAt', 'summary'] as const) meta[k] ??= existing[k] ?? null;
    // the signal travels with its value: a kept agency or date keeps the signal that gave it
    if (!meta.agency) Object.assign(meta, { agency: existing.agency ?? null, agencies: existing.agencies ?? [], agencySignal: existing.agencySignal ?? null });
    if (!o.publishedAt) meta.dateSignal = existing.dateSignal ?? null;
    const prev = await db
      .select({ text: noticeVersions.text })
      .from(noticeVersions)
      .where(and(eq(noticeVersions.noticeId, id), eq(noticeVersions.version, existing.versionCount)));
    const { diff, summary } = change(prev[0]?.text ?? '', o.text);
    const n = Number(existing.versionCount) + 1;
    await db.insert(noticeVersions).values(version(id, n, diff, summary));
    await db
      .update(notices)
      .set({
        ...meta,
        ...(hasTags ? tags : {}),
        ...(o.facts ? factCols(o.facts) : {}),
        lastSeenAt: now,
        lastChangedAt: now,
        status: 'active',
        versionCount: n,
        contentHash: o.contentHash,
        degraded: !!o.degraded,
      })
      .where(eq(notices.id, id));
    if (hasTags) await this.writeTags(db, id, tags, true);
    await this.b.indexNotice(db, id, meta.title, meta.docNumber ?? '', o.text, true, bodyTokensOf(o));
    return { noticeId: id, outcome: 'changed', version: n };
  }

  private async writeTags(db: any, id: number, tags: NoticeTags, replace: boolean) {
    const { noticeTags } = this.t;
    if (replace) await db.delete(noticeTags).where(eq(noticeTags.noticeId, id));
    const rows = tagRows(id, tags);
    if (rows.length) await db.insert(noticeTags).values(rows).onConflictDoNothing();
  }

  async setTags(noticeId: number, tags: NoticeTags) {
    const clean = { topics: uniq(tags.topics), hsCodes: uniq(tags.hsCodes), regions: uniq(tags.regions) };
    await this.b.tx(async (db) => {
      await db.update(this.t.notices).set(clean).where(eq(this.t.notices.id, noticeId));
      await this.writeTags(db, noticeId, clean, true);
      // the search index holds the tags too (SQLite: as filter words)
      const { notices, noticeVersions } = this.t;
      const r = await db
        .select({ title: notices.title, docNumber: notices.docNumber, text: noticeVersions.text })
        .from(notices)
        .innerJoin(noticeVersions, and(eq(noticeVersions.noticeId, notices.id), eq(noticeVersions.version, notices.versionCount)))
        .where(eq(notices.id, noticeId));
      if (r[0]) await this.b.indexNotice(db, noticeId, r[0].title, r[0].docNumber ?? '', r[0].text, true);
    });
  }

  async markRemoved(url: string, at = new Date()) {
    const { notices } = this.t;
    const r = await this.db
      .update(notices)
      .set({ status: 'removed', lastChangedAt: at })
      .where(and(eq(notices.url, url), eq(notices.status, 'active')))
      .returning({ id: notices.id });
    return r.length > 0;
  }

  async touchSeen(urls: string[], at = new Date()) {
    const { notices } = this.t;
    for (let i = 0; i < urls.length; i += 500) {
      await this.db
        .update(notices)
        .set({ lastSeenAt: at })
        .where(inArray(notices.url, urls.slice(i, i + 500)));
    }
  }

  async getNotice(id: number) {
    if (!Number.isSafeInteger(id)) return null;
    const r = await this.db.select().from(this.t.notices).where(eq(this.t.notices.id, id));
    return r[0] ? toNotice(r[0]) : null;
  }

  async getNoticeByUrl(url: string) {
    const r = await this.db.select().from(this.t.notices).where(eq(this.t.notices.url, url));
    return r[0] ? toNotice(r[0]) : null;
  }

  async knownUrls(sourceId: string, urls: string[]) {
    const { notices } = this.t;
    const out = new Set<string>();
    for (let i = 0; i < urls.length; i += 500) {
      const r = await this.db
        .select({ url: notices.url })
        .from(notices)
        .where(and(eq(notices.sourceId, sourceId), inArray(notices.url, urls.slice(i, i + 500))));
      for (const x of r) out.add(x.url);
    }
    return out;
  }

  async listVersions(noticeId: number) {
    const { noticeVersions } = this.t;
    const r = await this.db.select().from(noticeVersions).where(eq(noticeVersions.noticeId, noticeId)).orderBy(asc(noticeVersions.version));
    return r.map(toVersion);
  }

  async getVersion(noticeId: number, version: number) {
    const { noticeVersions } = this.t;
    if (!Number.isSafeInteger(noticeId) || !Number.isSafeInteger(version)) return null;
    const r = await this.db
      .select()
      .from(noticeVersions)
      .where(and(eq(noticeVersions.noticeId, noticeId), eq(noticeVersions.version, version)));
    return r[0] ? toVersion(r[0]) : null;
  }

  async countNotices() {
    const r = await this.db.select({ n: sql<number>`count(*)` }).from(this.t.notices);
    return Number(r[0].n);
  }

  // ---- search, export, import -----------------------------------------------------

  search(q: SearchQuery) {
    return this.b.search(q);
  }

  async *exportNotices(q: SearchQuery & { withVersions?: boolean; withHtml?: boolean }): AsyncIterable<NoticeExport & { id: number }> {
    const { notices, noticeVersions } = this.t;
    let after = 0;
    const batch = 1000;
    for (;;) {
      const ids = await this.b.exportIds(q, after, batch);
      if (!ids.length) return;
      after = ids.at(-1)!;
      const ns: Notice[] = (await this.db.select().from(notices).where(inArray(notices.id, ids)).orderBy(asc(notices.id))).map(toNotice);
      // only the current versions unless all are asked for: a CSV of 100,000 rows needs no history
      const versionFilter =
        q.withVersions === false
          ? sql`(${noticeVersions.noticeId}, ${noticeVersions.version}) IN (SELECT id, version_count FROM notices WHERE id IN (${sql.join(
              ids.map((i) => sql`${i}`),
              sql`, `,
            )}))`
          : inArray(noticeVersions.noticeId, ids);
      // CSV needs no HTML: leaving it out halves what a full export reads
      const { html: _html, ...withoutHtml } = getTableColumns(noticeVersions);
      const vs: NoticeVersion[] = (
        await this.db
          .select(q.withHtml === false ? withoutHtml : getTableColumns(noticeVersions))
          .from(noticeVersions)
          .where(versionFilter)
          .orderBy(asc(noticeVersions.noticeId), asc(noticeVersions.version))
      ).map((r: any) => toVersion({ html: '', ...r }));
      const byNotice = new Map<number, NoticeVersion[]>();
      for (const v of vs) {
        const list = byNotice.get(v.noticeId);
        if (list) list.push(v);
        else byNotice.set(v.noticeId, [v]);
      }
      for (const n of ns) {
        const { id, versionCount: _vc, ...notice } = n;
        yield { id, notice, versions: (byNotice.get(id) ?? []).map(({ noticeId: _n, ...v }) => v) };
      }
      if (ids.length < batch) return;
    }
  }

  async importNotices(items: AsyncIterable<NoticeExport> | Iterable<NoticeExport>, opts: { batchSize?: number } = {}) {
    return this.b.importSession ? this.b.importSession(() => this.importAll(items, opts)) : this.importAll(items, opts);
  }

  private async importAll(items: AsyncIterable<NoticeExport> | Iterable<NoticeExport>, opts: { batchSize?: number }) {
    const size = opts.batchSize ?? 500;
    const totals = { notices: 0, versions: 0, skipped: 0 };
    const add = (r: ImportCounts) => {
      totals.notices += r.notices;
      totals.versions += r.versions;
      totals.skipped += r.skipped;
    };
    let batch: NoticeExport[] = [];
    /** the batch in flight (pipelined backends): the next one starts before it commits */
    let inFlight: ImportTicket | null = null;
    const flush = async () => {
      if (!batch.length) return;
      const b = batch;
      batch = [];
      if (!this.b.pipelinedImport) return add(await this.b.importBatch(b));
      const before = inFlight;
      const ticket = new ImportTicket(new Set(b.map((x) => x.notice.url)));
      ticket.done = this.b.importBatch(b, before ?? undefined, ticket);
      ticket.done.catch(() => {}).finally(ticket.markLocked); // awaited by the next flush, or at the end
      inFlight = ticket;
      if (before) {
        // at most two batches at once; batches commit in order, so an error leaves a prefix stored
        try {
          add(await before.done);
        } catch (e) {
          await ticket.done.catch(() => {});
          inFlight = null;
          throw e;
        }
      }
    };
    try {
      for await (const item of items as AsyncIterable<NoticeExport>) {
        batch.push(item);
        if (batch.length >= size) await flush();
      }
      await flush();
    } catch (e) {
      // never throw with a batch still writing (it commits: a full batch read before the error)
      await (inFlight as ImportTicket | null)?.done.catch(() => {});
      throw e;
    }
    const last = inFlight as ImportTicket | null;
    if (last) add(await last.done);
    return totals;
  }

  // ---- subscribers & deliveries ----------------------------------------------

  async upsertSubscriber(s: Parameters<Store['upsertSubscriber']>[0]) {
    const { subscribers } = this.t;
    const email = normaliseEmail(s.email);
    const interests = { ...EMPTY_INTERESTS, ...(s.interests ?? {}) };
    const now = new Date();
    const set: Record<string, unknown> = { interests };
    if (s.language) set.language = s.language;
    if (s.sendEmpty !== undefined) set.sendEmpty = s.sendEmpty;
    if (s.status) set.status = s.status;
    if (s.status === 'confirmed') set.confirmedAt = now;
    const r = await this.db
      .insert(subscribers)
      .values({
        email,
        language: s.language ?? 'en',
        interests,
        sendEmpty: s.sendEmpty ?? false,
        status: s.status ?? 'pending',
        createdAt: now,
        confirmedAt: s.status === 'confirmed' ? now : null,
      })
      .onConflictDoUpdate({ target: subscribers.email, set })
      .returning();
    return toSubscriber(r[0]);
  }

  async getSubscriber(id: number) {
    if (!Number.isSafeInteger(id)) return null;
    const r = await this.db.select().from(this.t.subscribers).where(eq(this.t.subscribers.id, id));
    return r[0] ? toSubscriber(r[0]) : null;
  }

  async getSubscriberByEmail(email: string) {
    const r = await this.db
      .select()
      .from(this.t.subscribers)
      .where(eq(this.t.subscribers.email, normaliseEmail(email)));
    return r[0] ? toSubscriber(r[0]) : null;
  }

  async listSubscribers(opts: { status?: SubscriberStatus } = {}) {
    const { subscribers } = this.t;
    const r = await this.db
      .select()
      .from(subscribers)
      .where(opts.status ? eq(subscribers.status, opts.status) : undefined)
      .orderBy(asc(subscribers.id));
    return r.map(toSubscriber);
  }

  async updateSubscriber(id: number, patch: Parameters<Store['updateSubscriber']>[1]) {
    const { subscribers } = this.t;
    const set: Record<string, unknown> = { ...patch };
    if (patch.interests) set.interests = { ...EMPTY_INTERESTS, ...patch.interests };
    if (!Object.keys(set).length) return this.getSubscriber(id);
    const r = await this.db.update(subscribers).set(set).where(eq(subscribers.id, id)).returning();
    return r[0] ? toSubscriber(r[0]) : null;
  }

  async deleteSubscriber(id: number) {
    const r = await this.db.delete(this.t.subscribers).where(eq(this.t.subscribers.id, id)).returning({ id: this.t.subscribers.id });
    return r.length > 0;
  }

  async addSubscriptionChange(c: Omit<SubscriptionChange, 'id' | 'createdAt'>, opts: { keep?: number; maxAgeMs?: number; now?: Date } = {}) {
    const { subscriptionChanges: sc } = this.t;
    const now = opts.now ?? new Date();
    const keep = opts.keep ?? 5;
    return this.b.tx(async (db) => {
      const r = await db
        .insert(sc)
        .values({
          subscriberId: c.subscriberId,
          language: c.language,
          interests: { ...EMPTY_INTERESTS, ...c.interests },
          sendEmpty: c.sendEmpty,
          createdAt: now,
        })
        .returning();
      // bounded: a stranger posting the form again and again cannot grow the table
      const ids: { id: number }[] = await db.select({ id: sc.id }).from(sc).where(eq(sc.subscriberId, c.subscriberId)).orderBy(desc(sc.id));
      const old = ids.slice(keep).map((x) => Number(x.id));
      if (old.length) await db.delete(sc).where(inArray(sc.id, old));
      if (opts.maxAgeMs !== undefined) await db.delete(sc).where(sql`${sc.createdAt} < ${this.b.time(new Date(now.getTime() - opts.maxAgeMs))}`);
      return toChange(r[0]);
    });
  }

  async getSubscriptionChange(id: number) {
    if (!Number.isSafeInteger(id)) return null;
    const r = await this.db.select().from(this.t.subscriptionChanges).where(eq(this.t.subscriptionChanges.id, id));
    return r[0] ? toChange(r[0]) : null;
  }

  async applySubscriptionChange(id: number, now = new Date()) {
    if (!Number.isSafeInteger(id)) return null;
    const { subscriptionChanges: sc, subscribers } = this.t;
    return this.b.tx(async (db) => {
      // deleting first decides between two concurrent confirmations: one gets the row
      const gone = await db.delete(sc).where(eq(sc.id, id)).returning();
      if (!gone[0]) return null;
      const c = toChange(gone[0]);
      await db.delete(sc).where(eq(sc.subscriberId, c.subscriberId));
      const r = await db
        .update(subscribers)
        .set({ language: c.language, interests: c.interests, sendEmpty: c.sendEmpty, status: 'confirmed', confirmedAt: now, unsubscribedAt: null })
        .where(eq(subscribers.id, c.subscriberId))
        .returning();
      return r[0] ? toSubscriber(r[0]) : null;
    });
  }

  async hitRateCounter(key: string, windowMs: number, now = new Date()) {
    const { rateCounters: rc } = this.t;
    const since = this.b.time(new Date(now.getTime() - windowMs));
    // one atomic upsert: concurrent processes each get their own count
    const r = await this.db
      .insert(rc)
      .values({ key, windowStart: now, hits: 1 })
      .onConflictDoUpdate({
        target: rc.key,
        set: {
          hits: sql`CASE WHEN ${rc.windowStart} <= ${since} THEN 1 ELSE ${rc.hits} + 1 END`,
          windowStart: sql`CASE WHEN ${rc.windowStart} <= ${since} THEN ${this.b.time(now)} ELSE ${rc.windowStart} END`,
        },
      })
      .returning({ hits: rc.hits });
    return Number(r[0].hits);
  }

  async pruneRateCounters(before: Date) {
    const { rateCounters: rc } = this.t;
    const r = await this.db
      .delete(rc)
      .where(sql`${rc.windowStart} < ${this.b.time(before)}`)
      .returning({ key: rc.key });
    return r.length;
  }

  async putSourcePage(p: SourcePage) {
    const { sourcePages: sp } = this.t;
    const values = { sourceId: p.sourceId, kind: p.kind, url: p.url, html: p.html, runId: p.runId, seenAt: p.seenAt };
    await this.db
      .insert(sp)
      .values(values)
      .onConflictDoUpdate({ target: [sp.sourceId, sp.kind], set: { url: p.url, html: p.html, runId: p.runId, seenAt: p.seenAt } });
  }

  async getSourcePages(sourceId: string) {
    const { sourcePages: sp } = this.t;
    const r = await this.db.select().from(sp).where(eq(sp.sourceId, sourceId)).orderBy(sp.kind);
    return r.map((x: typeof sp.$inferSelect) => ({
      sourceId: x.sourceId,
      kind: x.kind as SourcePage['kind'],
      url: x.url,
      html: x.html,
      runId: x.runId,
      seenAt: x.seenAt instanceof Date ? x.seenAt : new Date(x.seenAt),
    }));
  }

  async noticesInPeriod(from: Date, to: Date) {
    const { notices } = this.t;
    const r = await this.db
      .select()
      .from(notices)
      .where(and(sql`${notices.lastChangedAt} >= ${this.b.time(from)}`, sql`${notices.lastChangedAt} < ${this.b.time(to)}`))
      .orderBy(desc(notices.lastChangedAt));
    return r.map(toNotice);
  }

  async claimDelivery(subscriberId: number, period: string, opts: { staleAfterMs?: number; maxAttempts?: number } = {}) {
    const { deliveries } = this.t;
    const stale = opts.staleAfterMs ?? 10 * 60_000;
    const max = opts.maxAttempts ?? 3;
    const now = new Date();
    await this.db.insert(deliveries).values({ subscriberId, period, status: 'pending', attempts: 0 }).onConflictDoNothing();
    // one conditional UPDATE decides the winner, on both backends
    const r = await this.db
      .update(deliveries)
      .set({ status: 'sending', claimedAt: now, attempts: sql`${deliveries.attempts} + 1` })
      .where(
        and(
          eq(deliveries.subscriberId, subscriberId),
          eq(deliveries.period, period),
          sql`${deliveries.attempts} < ${max}`,
          sql`(${deliveries.status} IN ('pending', 'failed') OR (${deliveries.status} = 'sending' AND ${deliveries.claimedAt} < ${this.b.time(new Date(now.getTime() - stale))}))`,
        ),
      )
      .returning();
    return r[0] ? toDelivery(r[0]) : null;
  }

  async completeDelivery(id: number, result: { status: 'sent' | 'failed' | 'skipped'; messageId?: string | null; error?: string | null }) {
    await this.db
      .update(this.t.deliveries)
      .set({
        status: result.status,
        messageId: result.messageId ?? null,
        lastError: result.error ?? null,
        sentAt: result.status === 'sent' ? new Date() : null,
      })
      .where(eq(this.t.deliveries.id, id));
  }

  async listDeliveries(opts: { period?: string; subscriberId?: number } = {}) {
    const { deliveries } = this.t;
    const conds = [
      opts.period ? eq(deliveries.period, opts.period) : undefined,
      opts.subscriberId ? eq(deliveries.subscriberId, opts.subscriberId) : undefined,
    ];
    const r = await this.db
      .select()
      .from(deliveries)
      .where(and(...conds))
      .orderBy(asc(deliveries.id));
    return r.map(toDelivery);
  }
  // ---- push channel targets & deliveries (newsletter/channels/) -------------

  async addChannelTarget(t: Parameters<ChannelStore['addChannelTarget']>[0]) {
    const r = await this.db
      .insert(this.t.channelTargets)
      .values({
        subscriberId: t.subscriberId,
        kind: t.kind,
        url: t.url,
        secret: t.secret ?? null,
        label: t.label ?? null,
        schedule: t.schedule ?? 'weekly',
        instantTopics: t.instantTopics ?? [],
        status: 'active',
        failures: 0,
        createdAt: new Date(),
      })
      .returning();
    return channelTargetFromRow(r[0]);
  }

  async getChannelTarget(id: number) {
    if (!Number.isSafeInteger(id)) return null;
    const r = await this.db.select().from(this.t.channelTargets).where(eq(this.t.channelTargets.id, id));
    return r[0] ? channelTargetFromRow(r[0]) : null;
  }

  async listChannelTargets(opts: Parameters<ChannelStore['listChannelTargets']>[0] = {}) {
    const c = this.t.channelTargets;
    const conds = [
      opts.subscriberId !== undefined ? eq(c.subscriberId, opts.subscriberId) : undefined,
      opts.status ? eq(c.status, opts.status) : undefined,
      opts.schedule ? eq(c.schedule, opts.schedule) : undefined,
    ];
    const r = await this.db
      .select()
      .from(c)
      .where(and(...conds))
      .orderBy(asc(c.id));
    return r.map(channelTargetFromRow);
  }

  async updateChannelTarget(id: number, patch: Parameters<ChannelStore['updateChannelTarget']>[1]) {
    if (!Object.keys(patch).length) return this.getChannelTarget(id);
    const r = await this.db.update(this.t.channelTargets).set(patch).where(eq(this.t.channelTargets.id, id)).returning();
    return r[0] ? channelTargetFromRow(r[0]) : null;
  }

  async removeChannelTarget(id: number) {
    const r = await this.db.delete(this.t.channelTargets).where(eq(this.t.channelTargets.id, id)).returning({ id: this.t.channelTargets.id });
    return r.length > 0;
  }

  async claimChannelDelivery(targetId: number, key: string, opts: { staleAfterMs?: number; maxAttempts?: number } = {}) {
    const d = this.t.channelDeliveries;
    const stale = opts.staleAfterMs ?? 10 * 60_000;
    const max = opts.maxAttempts ?? 3;
    const now = new Date();
    await this.db.insert(d).values({ targetId, key, status: 'pending', attempts: 0, partsSent: 0 }).onConflictDoNothing();
    // one conditional UPDATE decides the winner, as claimDelivery
    const r = await this.db
      .update(d)
      .set({ status: 'sending', claimedAt: now, attempts: sql`${d.attempts} + 1` })
      .where(
        and(
          eq(d.targetId, targetId),
          eq(d.key, key),
          sql`${d.attempts} < ${max}`,
          sql`(${d.status} IN ('pending', 'failed') OR (${d.status} = 'sending' AND ${d.claimedAt} < ${this.b.time(new Date(now.getTime() - stale))}))`,
        ),
      )
      .returning();
    return r[0] ? channelDeliveryFromRow(r[0]) : null;
  }

  async progressChannelDelivery(id: number, partsSent: number, parts: number) {
    await this.db.update(this.t.channelDeliveries).set({ partsSent, parts }).where(eq(this.t.channelDeliveries.id, id));
  }

  async completeChannelDelivery(id: number, result: { status: 'sent' | 'failed' | 'skipped'; error?: string | null }) {
    await this.db
      .update(this.t.channelDeliveries)
      .set({ status: result.status, lastError: result.error ?? null, sentAt: result.status === 'sent' ? new Date() : null })
      .where(eq(this.t.channelDeliveries.id, id));
  }

  async listChannelDeliveries(opts: { targetId?: number; key?: string } = {}) {
    const d = this.t.channelDeliveries;
    const r = await this.db
      .select()
      .from(d)
      .where(and(opts.targetId !== undefined ? eq(d.targetId, opts.targetId) : undefined, opts.key ? eq(d.key, opts.key) : undefined))
      .orderBy(asc(d.id));
    return r.map(channelDeliveryFromRow);
  }
}
