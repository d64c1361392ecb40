import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { freshItems, sqliteBulkInsert } from './bulk.ts';
import { noticeFromRow } from './rows.ts';
import * as schema from './schema/sqlite.ts';
import { toFts5 } from './search/query.ts';
import { exportIds, runSearch, type SearchDialect } from './search/run.ts';
import { indexTokens } from './search/tokenize.ts';
import { type Backend, DrizzleStore } from './store.ts';

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

export function openSqlite(path: string): DrizzleStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const conn = new Database(path);
  conn.pragma('journal_mode = WAL');
  conn.pragma('foreign_keys = ON');
  conn.pragma('busy_timeout = 10000');
  conn.pragma('synchronous = NORMAL');
  // 16 MB page cache; bulk imports raise it while they run (index and FTS inserts stay in memory)
  conn.pragma('cache_size = -16384');
  const db = drizzle(conn, { schema });
  migrate(db, { migrationsFolder });
  const lock = new Mutex();
  const rows = async <T>(q: SQL) => db.all(q) as T[];
  const bulk = sqliteBulkInsert(conn);
  const hasUrl = conn.prepare('SELECT 1 FROM notices WHERE url = ?');
  const time = (d: Date) => d.getTime();

  const dialect: SearchDialect = {
    textFrom(q) {
      return {
        from: sql`FROM notice_fts JOIN notices n ON n.id = notice_fts.rowid`,
        match: sql`notice_fts MATCH ${toFts5(q)}`,
        score: sql`bm25(notice_fts, 10.0, 5.0, 1.0)`,
        // bm25 is lower-is-better
        scoreOrder: sql`bm25(notice_fts, 10.0, 5.0, 1.0)`,
      };
    },
    textOnly: (q) => ({
      count: sql`SELECT count(*) AS c FROM notice_fts WHERE notice_fts MATCH ${toFts5(q)}`,
      ranked: (limit, offset) =>
        sql`SELECT notice_fts.rowid AS id, bm25(notice_fts, 10.0, 5.0, 1.0) AS score FROM notice_fts WHERE notice_fts MATCH ${toFts5(q)} ORDER BY score, notice_fts.rowid DESC LIMIT ${limit} OFFSET ${offset}`,
    }),
    // one pass: count the matches (up to cap) and rank the page; bm25 is lower-is-better
    rankWithTotal: (o) => sql`WITH m AS MATERIALIZED (SELECT n.id AS id, ${o.score} AS score, n.published_at AS published_at ${o.from} ${o.where} LIMIT ${o.cap})
      SELECT c.total AS total, p.id AS id, p.score AS score FROM (SELECT count(*) AS total FROM m) c
      LEFT JOIN (SELECT id, score FROM m ORDER BY score, published_at DESC, id DESC LIMIT ${o.limit} OFFSET ${o.offset}) p ON 1`,
    probe: (q) => sql`EXISTS (SELECT 1 FROM notice_fts WHERE notice_fts MATCH ${toFts5(q)} AND notice_fts.rowid = n.id)`,
    year: sql`substr(n.published_at, 1, 4)`,
    rows,
    time,
  };
  const backend: Backend = {
    dialect: 'sqlite',
    db,
    t: schema,
    async tx(fn) {
      return lock.run(async () => {
        conn.exec('BEGIN IMMEDIATE');
        try {
          const r = await fn(db);
          conn.exec('COMMIT');
          return r;
        } catch (e) {
          if (conn.inTransaction) conn.exec('ROLLBACK');
          throw e;
        }
      });
    },
    rows: async (_db, q) => rows(q),
    async exec(_db, q) {
      db.run(q);
    },
    async indexNotice(_db, id, title, doc, body, replace) {
      if (replace) db.run(sql`DELETE FROM notice_fts WHERE rowid = ${id}`);
      db.run(sql`INSERT INTO notice_fts(rowid, title, doc, body) VALUES (${id}, ${indexTokens(title)}, ${indexTokens(doc)}, ${indexTokens(body)})`);
    },
    async importBatch(items) {
      return backend.tx(async () => {
        conn.pragma('cache_size = -65536');
        const fresh = freshItems(items, (url) => !!hasUrl.get(url));
        const versions = fresh.length ? bulk(fresh) : 0;
        return { notices: fresh.length, versions, skipped: items.length - fresh.length };
      });
    },
    search: (q) => runSearch(q, { db, t: schema, d: dialect, toNotice: noticeFromRow }),
    exportIds: (q, after, limit) => exportIds(q, after, limit, dialect),
    time,
    isUniqueViolation: (e) => /UNIQUE constraint failed/.test(String((e as Error)?.message)),
    async close() {
      if (conn.open) conn.close();
    },
  };
  return new DrizzleStore(backend);
}
