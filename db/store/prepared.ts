import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { SqliteDb, Tables } from './backend.ts';

/**
 * SQLite: the crawler's save path (notice lookups and inserts, HTTP cache
 * writes) as statements compiled once, rather than built and compiled per
 * call. Same SQL as the query builders of db/store/*; one connection, so they
 * run inside the caller's transaction. PostgreSQL keeps the builders (a
 * transaction has its own client there).
 */
export function prepareSave(db: SqliteDb, t: Tables) {
  const { notices, noticeVersions, noticeTags, httpCache } = t;
  const p = (name: string) => sql.placeholder(name);
  const byDoc = (where: SQL | undefined) => db.select().from(notices).where(where).orderBy(asc(notices.id)).limit(1).prepare();
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
  const placeholders = <K extends string>(cols: readonly K[]) => Object.fromEntries(cols.map((c) => [c, p(c)])) as Record<K, ReturnType<typeof p>>;
  return {
    byUrl: db
      .select()
      .from(notices)
      .where(eq(notices.url, p('url')))
      .prepare(),
    byDocAnySource: byDoc(eq(notices.docNumber, p('docNumber'))),
    byDocThisSource: byDoc(and(eq(notices.docNumber, p('docNumber')), eq(notices.sourceId, p('sourceId')))),
    insertNotice: db.insert(notices).values(placeholders(noticeCols)).returning({ id: notices.id }).prepare(),
    insertVersion: db
      .insert(noticeVersions)
      .values({ ...placeholders(versionCols), diff: null, changeSummary: null })
      .prepare(),
    insertTag: db
      .insert(noticeTags)
      .values(placeholders(['noticeId', 'kind', 'value']))
      .onConflictDoNothing()
      .prepare(),
    seen: db
      .update(notices)
      // drizzle binds placeholders in `set` as in `values`, but its types leave them out of `set`
      .set({ lastSeenAt: p('lastSeenAt'), status: 'active', degraded: p('degraded') } as unknown as Partial<typeof notices.$inferInsert>)
      .where(eq(notices.id, p('id')))
      .prepare(),
    putCache: db
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

export type SaveStatements = ReturnType<typeof prepareSave>;
