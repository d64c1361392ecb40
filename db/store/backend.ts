import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as P from '../schema/pg.ts';
import type * as S from '../schema/sqlite.ts';
import type { Dialect, NoticeExport, SearchQuery, SearchResult } from '../types.ts';
import type { SaveStatements } from './prepared.ts';
import type { PageReader } from '../search/run.ts';

/** The SQLite database (better-sqlite3: one connection, synchronous underneath). */
export type SqliteDb = BetterSQLite3Database<typeof S>;
/** The PostgreSQL database: the pool's, or one of its transactions. */
export type PgDb = PgDatabase<NodePgQueryResultHKT, typeof P>;

/**
 * What the shared store code queries through: drizzle's builders typed over the SQLite schema,
 * in async mode (every call awaited). The two schemas have the same tables, columns and JS
 * values, and the shared code uses only builders both dialects have with the same meaning
 * (select, insert, update, delete, returning, onConflictDo…), so one typed view serves both;
 * what only one backend has goes through its own handle in `Conn`.
 */
export type Db = BaseSQLiteDatabase<'async', unknown, typeof S>;

/** A connection (or a transaction on one): the shared view, and the backend's own typed handle. */
export type Conn = { kind: 'sqlite'; q: Db; db: SqliteDb } | { kind: 'pg'; q: Db; db: PgDb; t: typeof P };

/** The view of the schema the shared code uses (the PostgreSQL one has the same names and values). */
export type Tables = typeof S;

export function sqliteConn(db: SqliteDb): Conn {
  // the one place the SQLite database is seen as the shared view (see Db)
  return { kind: 'sqlite', q: db as unknown as Db, db };
}

export function pgConn(db: PgDb, t: typeof P): Conn {
  // the one place a PostgreSQL database or transaction is seen as the shared view (see Db)
  return { kind: 'pg', q: db as unknown as Db, db, t };
}

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

/** Backend-specific pieces; everything else is shared drizzle code (db/store/*). */
export interface Backend {
  dialect: Dialect;
  /** SQLite: the database file (null in memory) */
  file?: string | null;
  /** the store's own connection (PostgreSQL: the pool) */
  conn: Conn;
  t: Tables;
  /** runs fn in one write transaction (serialised on SQLite) */
  tx<T>(fn: (c: Conn) => Promise<T>): Promise<T>;
  /** replace the search-index entry of one notice; bodyTokens, when given, is ftsTokens(body) computed ahead (SQLite) */
  indexNotice(c: Conn, id: number, title: string, doc: string, body: string, replace: boolean, bodyTokens?: string): Promise<void>;
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
  /** a search page's rows from statements compiled once (db/search/run.ts readPage); absent: built per call */
  pageRows?: PageReader;
  /** id-ordered batch of notice ids matching q after `afterId` */
  exportIds(q: SearchQuery, afterId: number, limit: number): Promise<number[]>;
  /** for a Date/ms column in raw SQL */
  time(d: Date): unknown;
  isUniqueViolation(e: unknown): boolean;
  close(): Promise<void>;
}

/** What each entity module of the store is built from. */
export interface StoreContext {
  b: Backend;
  /** the store's connection, as the shared view */
  db: Db;
  t: Tables;
  /** SQLite: the save path's statements, compiled on first use; null on PostgreSQL */
  fast(): SaveStatements | null;
}
