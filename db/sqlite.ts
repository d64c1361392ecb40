import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { freshItems, ftsWriter } from './bulk.ts';
import { noticeFromRow } from './rows.ts';
import * as schema from './schema/sqlite.ts';
import { SqliteMemory } from './sqlite-memory.ts';
import { type FacetFields, facetQuery, facetWords } from './search/facets.ts';
import { type ParsedQuery, toFts5 } from './search/query.ts';
import { exportIds, facetRows, runSearch, type SearchDialect } from './search/run.ts';
import { drizzleStore } from './store.ts';
import { type Backend, sqliteConn } from './store/backend.ts';
import type { NoticeExport, Store } from './types.ts';

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations/sqlite');

/** A simple FIFO lock: better-sqlite3 has one connection, so write transactions take turns. */
class Mutex {
  private last: Promise<void> = Promise.resolve();
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const prev = this.last;
    let release!: () => void;
    this.last = new Promise((r) => (release = r));
    await prev;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

interface FacetRow {
  source_id: string;
  language: string;
  agency: string | null;
  agencies: string | null;
  published_at: string | null;
  topics: string;
  hs_codes: string;
  regions: string;
}

const facetFields = (r: FacetRow): FacetFields => ({
  sourceId: r.source_id,
  language: r.language,
  agency: r.agency,
  agencies: r.agencies ? JSON.parse(r.agencies) : [],
  publishedAt: r.published_at,
  topics: JSON.parse(r.topics),
  hsCodes: JSON.parse(r.hs_codes),
  regions: JSON.parse(r.regions),
});

/**
 * A migration that changes the full-text index recreates it empty and leaves a
 * marker; the index is then refilled here from the stored texts, in one
 * transaction (a process killed meanwhile leaves the marker for the next open).
 */
function rebuildSearchIndexIfMarked(conn: Database.Database) {
  if (!conn.prepare("SELECT 1 FROM search_state WHERE key = 'rebuild_fts'").get()) return;
  const total = (conn.prepare('SELECT count(*) AS c FROM notices').get() as { c: number }).c;
  if (total > 1000) process.stderr.write(`policy-radar: rebuilding the search index of ${total} notices (once, after an upgrade)…\n`);
  const page = conn.prepare<[number], FacetRow & { id: number; title: string; doc_number: string | null; text: string | null }>(
    `SELECT n.id, n.title, n.doc_number, n.source_id, n.language, n.agency, n.agencies, n.published_at, n.topics, n.hs_codes, n.regions, v.text
     FROM notices n LEFT JOIN notice_versions v ON v.notice_id = n.id AND v.version = n.version_count
     WHERE n.id > ? ORDER BY n.id LIMIT 1000`,
  );
  const writeFts = ftsWriter(conn);
  conn.transaction(() => {
    conn.exec("INSERT INTO notice_fts(notice_fts) VALUES ('delete-all')");
    for (let after = 0; ; ) {
      const rows = page.all(after);
      if (!rows.length) break;
      for (const r of rows) writeFts(r.id, r.title, r.doc_number ?? '', r.text ?? '', facetWords(facetFields(r)));
      after = rows.at(-1)!.id;
    }
    conn.exec("DELETE FROM search_state WHERE key = 'rebuild_fts'");
  })();
}

/**
 * Opens (creating, migrating) a SQLite store. `attach`: a second connection to a
 * database another one has opened and migrated (the crawl's writer thread): it
 * neither creates nor migrates the file.
 */
export interface SqliteOptions {
  /** a thread's second connection to a file the caller's has created and migrated */
  attach?: boolean;
  /**
   * Loads the bulk insert (./sqlite-import.ts and the import format's schema) when
   * the first import starts. openStore passes it; the threads' connections, which
   * never import, leave it out, so their bundles (crawler/threads.ts) do not load zod.
   */
  loadImport?: () => Promise<typeof import('./sqlite-import.ts')>;
}

export function openSqlite(path: string, opts: SqliteOptions = {}): Store {
  if (path !== ':memory:' && !opts.attach) mkdirSync(dirname(path), { recursive: true });
  const conn = new Database(path, { fileMustExist: !!opts.attach });
  conn.pragma('journal_mode = WAL');
  conn.pragma('busy_timeout = 10000');
  conn.pragma('synchronous = NORMAL');
  // 16 MB page cache; bulk imports raise it while they run (index and FTS inserts stay in memory)
  conn.pragma('cache_size = -16384');
  const db = drizzle(conn, { schema });
  if (!opts.attach) {
    // foreign keys off while migrating (SQLite's rule for rebuilding a table: a DROP
    // would otherwise cascade into the rows that reference it), checked after
    conn.pragma('foreign_keys = OFF');
    migrate(db, { migrationsFolder });
    const broken = conn.pragma('foreign_key_check') as unknown[];
    if (broken.length)
      throw new Error(`${path}: ${broken.length} rows break a foreign key after migrating; the database needs repair (sqlite3 PRAGMA foreign_key_check)`);
    rebuildSearchIndexIfMarked(conn);
  }
  conn.pragma('foreign_keys = ON');
  const lock = new Mutex();
  const rows = async <T>(q: SQL) => db.all(q) as T[];
  /** the bulk insert, prepared when the first import starts (it loads the import format's schema) */
  let bulk: ((items: NoticeExport[]) => number) | undefined;
  const hasUrl = conn.prepare('SELECT 1 FROM notices WHERE url = ?');
  let writeFts: ReturnType<typeof ftsWriter> | undefined;
  const facetRow = conn.prepare<[number], FacetRow>(
    'SELECT source_id, language, agency, agencies, published_at, topics, hs_codes, regions FROM notices WHERE id = ?',
  );
  /** the facet words of a stored notice, from its row as just written */
  const facetsOf = (id: number) => {
    const r = facetRow.get(id);
    return r ? facetWords(facetFields(r)) : '';
  };
  let ftsDelete: Database.Statement | undefined;
  const time = (d: Date) => d.getTime();

  /** the text columns only: the facets column holds filter words (db/search/facets.ts) */
  const textMatch = (q: ParsedQuery) => `{title doc body} : ${toFts5(q)}`;
  // bm25 is lower-is-better; the facets column does not count
  const bm25 = sql`bm25(notice_fts, 10.0, 5.0, 1.0, 0.0)`;

  const statements = new Map<string, Database.Statement>();
  /** the first column of every row of q (ids), without an object per row */
  const column = (q: SQL): number[] => {
    const { sql: text, params } = (db as unknown as { dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } } }).dialect.sqlToQuery(q);
    let st = statements.get(text);
    if (!st) {
      if (statements.size > 200) statements.clear();
      st = conn.prepare(text).pluck();
      statements.set(text, st);
    }
    return st.all(...params) as number[];
  };
  const memory = new SqliteMemory(conn);

  const dialect: SearchDialect = {
    textFrom(q) {
      return {
        from: sql`FROM notice_fts JOIN notices n ON n.id = notice_fts.rowid`,
        match: sql`notice_fts MATCH ${textMatch(q)}`,
        score: bm25,
        scoreOrder: bm25,
      };
    },
    textIndex(q, filters) {
      const f = facetQuery(filters);
      const expr = f.expr ? `${textMatch(q)} AND ${f.expr}` : textMatch(q);
      return {
        from: sql`FROM notice_fts`,
        id: sql`notice_fts.rowid`,
        match: sql`notice_fts MATCH ${expr}`,
        residual: f.residual,
        rankIds: (ids, limit, offset) => memory.rankPage(q, () => column(ids), limit, offset),
        // filters SQL applies (changed since, a status) leave the plan to SQL
        plan: f.residual.changedSince || (f.residual.status && f.residual.status !== 'all') ? undefined : (o) => memory.search(q, f.groups, o),
        // ties go to the newer notice; only rows scoring at most the page end's score are joined for that
        rank: (o) => sql`WITH m AS MATERIALIZED (SELECT notice_fts.rowid AS id, ${bm25} AS score FROM notice_fts ${o.where}),
          k AS (SELECT score FROM m ORDER BY score LIMIT 1 OFFSET ${o.limit + o.offset - 1})
          SELECT m.id AS id, m.score AS score FROM m JOIN notices n ON n.id = m.id
          WHERE m.score <= coalesce((SELECT score FROM k), 1e308)
          ORDER BY m.score, n.published_at DESC, m.id DESC LIMIT ${o.limit} OFFSET ${o.offset}`,
      };
    },
    unindexed: (e) => sql`+${e}`,
    year: sql`substr(n.published_at, 1, 4)`,
    rows,
    time,
    hasAgency: (v) => sql`EXISTS (SELECT 1 FROM json_each(n.agencies) j WHERE j.value = ${v})`,
    async facetCounts(ids, list) {
      // a write landed in between: the columns may not hold every match; count in SQL this once
      return memory.facetCounts(() => list ?? column(ids)) ?? facetRows(ids, dialect);
    },
  };
  // a search page's rows: one statement compiled once (the query builder and SQLite's compiler
  // cost more than the reads themselves); ids as one JSON array, so any page size fits. The
  // newest text is the version numbered version_count (the full-text rebuild relies on it too):
  // a direct index lookup, where max(version) per row read every version's key
  const v = schema.noticeVersions;
  const n = schema.notices;
  const pageStatement = db
    .select({ notice: n, text: v.text })
    .from(n)
    .leftJoin(v, and(eq(v.noticeId, n.id), eq(v.version, n.versionCount)))
    .where(sql`${n.id} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`)
    .prepare();
  const main = sqliteConn(db);
  const backend: Backend = {
    dialect: 'sqlite',
    file: path === ':memory:' ? null : path,
    conn: main,
    t: schema,
    async tx(fn) {
      return lock.run(async () => {
        conn.exec('BEGIN IMMEDIATE');
        try {
          const r = await fn(main);
          conn.exec('COMMIT');
          return r;
        } catch (e) {
          if (conn.inTransaction) conn.exec('ROLLBACK');
          throw e;
        }
      });
    },
    async indexNotice(_c, id, title, doc, body, replace, bodyTokens) {
      // statements compiled once: this runs for every saved notice
      ftsDelete ??= conn.prepare('DELETE FROM notice_fts WHERE rowid = ?');
      writeFts ??= ftsWriter(conn);
      if (replace) ftsDelete.run(id);
      writeFts(id, title, doc, body, facetsOf(id), bodyTokens);
    },
    async importSession(fn) {
      // Bulk settings while an import runs: a bigger page cache, and fewer WAL
      // checkpoints (each one syncs; fewer, larger ones also write hot pages once) and
      // full-text merges (more segments per level before merging); queries stay correct.
      conn.pragma('cache_size = -65536');
      conn.pragma('wal_autocheckpoint = 20000');
      conn.exec("INSERT INTO notice_fts(notice_fts, rank) VALUES ('automerge', 8)");
      try {
        return await fn();
      } finally {
        if (conn.open) {
          conn.exec("INSERT INTO notice_fts(notice_fts, rank) VALUES ('automerge', 4)");
          conn.pragma('wal_autocheckpoint = 1000');
          conn.pragma('cache_size = -16384');
        }
      }
    },
    async importBatch(items) {
      if (!opts.loadImport) throw new Error('this SQLite connection does not import: open the store with openStore');
      const insert = (bulk ??= (await opts.loadImport()).sqliteBulkInsert(conn));
      return backend.tx(async () => {
        const fresh = freshItems(items, (url) => !!hasUrl.get(url));
        const versions = fresh.length ? insert(fresh) : 0;
        return { notices: fresh.length, versions, skipped: items.length - fresh.length };
      });
    },
    pageRows(ids) {
      const rows = pageStatement.all({ ids: JSON.stringify(ids) });
      return {
        notices: rows.map((r) => r.notice),
        texts: rows.flatMap((r) => (r.text === null ? [] : [{ noticeId: r.notice.id, text: r.text }])),
      };
    },
    search: (q) => runSearch(q, { db, t: schema, d: dialect, toNotice: noticeFromRow, page: backend.pageRows }),
    exportIds: (q, after, limit) => exportIds(q, after, limit, dialect),
    time,
    isUniqueViolation: (e) => /UNIQUE constraint failed/.test(String((e as Error)?.message)),
    async close() {
      if (conn.open) conn.close();
    },
  };
  const store = drizzleStore(backend);
  // the search page lists the sources with their notice counts (a count over the whole archive,
  // more than a search costs): kept until the file changes
  const listSources = store.listSources.bind(store);
  store.listSources = async () => (await memory.memo('sources', listSources)).map((x) => ({ ...x }));
  return store;
}
