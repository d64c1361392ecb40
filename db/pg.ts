import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { freshItems } from './bulk.ts';
import { encodeImport, type Exec, pgImportArrays, reserveIds, SearchIndexWriter, writeImport } from './pg-bulk.ts';
import { noticeFromRow } from './rows.ts';
import * as schema from './schema/pg.ts';
import type * as S from './schema/sqlite.ts';
import { filterQuery } from './search/pg-facets.ts';
import { toTsquery } from './search/query.ts';
import { redact } from './url.ts';
import { exportIds, RANK_LIMIT, runSearch, type SearchDialect } from './search/run.ts';
import { drizzleStore } from './store.ts';
import { type Backend, type Conn, type ImportCounts, type ImportTicket, type PgDb, pgConn } from './store/backend.ts';
import type { NoticeExport, Store } from './types.ts';

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations/pg');
/** advisory lock id so that several processes starting at once migrate one at a time */
const MIGRATION_LOCK = 47_110_815;
/** serialises imports that defer the text index */
const IMPORT_LOCK = 47_110_816;

/** A pipelined import batch found the batch before it not committed (see importBatch). */
class EarlierBatchUnfinished extends Error {}

/** Another session stored one of the batch's URLs first. */
const isUrlTaken = (e: unknown) =>
  (e as { code?: string; constraint?: string })?.code === '23505' && (e as { constraint?: string }).constraint === 'notices_url_uq';
/** below this many notices an import drops the text index and builds it at its end */
const DEFER_INDEX_BELOW = 20_000;
const TSV_INDEX = 'notice_search_tsv_idx';
/** as in the migrations (0000_init.sql) */
const TSV_INDEX_SQL = `CREATE INDEX IF NOT EXISTS ${TSV_INDEX} ON notice_search USING gin (tsv)`;
/** imports of at least this many notices (and at least the archive's size at the last ANALYZE) refresh statistics */
const ANALYZE_EVERY = 5000;

export async function openPostgres(url: string, opts: { poolSize?: number } = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10 });
  pool.on('error', () => {
    /* idle client errors (server restart) surface on the next query instead */
  });
  const db = drizzle(pool, { schema });
  const client = await pool.connect().catch((e: Error) => {
    throw Object.assign(new Error(`cannot connect to PostgreSQL at ${redact(url)}: ${e.message}`), { userFacing: true });
  });
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle(client, { schema }), { migrationsFolder });
    // an import that deferred the text index (importSession) and did not finish left it dropped;
    // unless that import is still running (it builds the index at its end), build it now
    if (
      !(await client.query('SELECT to_regclass($1) AS i', [TSV_INDEX])).rows[0].i &&
      (await client.query('SELECT pg_try_advisory_lock($1) AS ok', [IMPORT_LOCK])).rows[0].ok
    ) {
      await client.query(TSV_INDEX_SQL);
      await client.query('SELECT pg_advisory_unlock($1)', [IMPORT_LOCK]);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
  const rows = async <T>(q: SQL) => ((await db.execute(q)) as { rows: T[] }).rows;
  const time = (d: Date) => d.toISOString();

  const dialect: SearchDialect = {
    textFrom(q, filters) {
      const text = sql`to_tsquery('english', ${toTsquery(q)})`;
      // the filters held by the vector (./search/pg-facets.ts) join the text query, for one GIN lookup
      const f = filters ? filterQuery(filters) : null;
      const match = f?.tsquery ? sql`(${text} && ${f.tsquery}::tsquery)` : text;
      // rank by title and document number (the small head vector), newest first among equals:
      // ranking on the text vector would read every match's large tsv; 1: shorter titles first, as bm25
      const score = sql`ts_rank(n.head, ${text}, 1)`;
      return {
        // `n` is the search row, with the notice's columns that filters and sorts name; the
        // LEFT JOIN to notices is unique, so PostgreSQL drops it from queries that use none
        // of its columns (residual filters on status or change time, sort by change)
        from: sql`FROM (SELECT s.notice_id AS id, s.head, s.published_at, s.source_id, x.language, x.agency, x.status, x.last_changed_at
          FROM notice_search s LEFT JOIN notices x ON x.id = s.notice_id WHERE s.tsv @@ ${match}) n`,
        match: sql`TRUE`,
        score,
        scoreOrder: sql`${score} DESC, n.published_at DESC NULLS LAST`,
        residual: f?.residual,
      };
    },
    probe: (q, filters) => {
      const text = sql`to_tsquery('english', ${toTsquery(q)})`;
      const f = filters ? filterQuery(filters).tsquery : null;
      // Probes serve walks in date order, which stop at the page end. OFFSET 0 keeps the probe a
      // test per row: the planner would otherwise join it, and misjudging how many notices
      // match (phrases, filters: it multiplies the lexemes' frequencies) fetch and sort them all.
      return sql`EXISTS (SELECT 1 FROM notice_search s WHERE s.notice_id = n.id AND s.tsv @@ ${f ? sql`(${text} && ${f}::tsquery)` : text} OFFSET 0)`;
    },
    countCap: RANK_LIMIT + 1,
    // The matches (at most cap) once, materialised, and counted; only when they are few enough
    // to rank are they scored (ts_rank per match) and sorted for the page.
    rankWithTotal: (o) => sql`WITH m AS MATERIALIZED (SELECT n.id, n.head, n.published_at ${o.from} ${o.where} LIMIT ${o.cap})
      SELECT c.total, p.id, p.score FROM (SELECT count(*) AS total FROM m) c
      LEFT JOIN LATERAL (SELECT n.id, ${o.score} AS score FROM m n WHERE c.total <= ${RANK_LIMIT}
        ORDER BY 2 DESC, n.published_at DESC NULLS LAST, n.id DESC LIMIT ${o.limit} OFFSET ${o.offset}) p ON TRUE`,
    async archiveSize() {
      // the planner's estimate (kept by ANALYZE and autovacuum) is enough to choose a plan
      const r = await rows<{ n: number }>(sql`SELECT GREATEST(reltuples, 0)::bigint AS n FROM pg_class WHERE oid = 'notices'::regclass`);
      return Number(r[0]?.n ?? 0);
    },
    year: sql`to_char(n.published_at, 'YYYY')`,
    rows,
    time,
    hasAgency: (v) => sql`n.agencies @> jsonb_build_array(${v}::text)`,
  };

  const search = new SearchIndexWriter();
  /** token look-ups during imports, on a connection of their own */
  const lookup: Exec = async (text, params) => (await pool.query(text, params)).rows;
  /** search-index writes inside a drizzle transaction (or on the pool) */
  const onDrizzle = (c: Conn): Exec => {
    if (c.kind !== 'pg') throw new Error('a SQLite connection handed to the PostgreSQL store');
    const d: PgDb = c.db;
    return async <T>(text: string, params: unknown[]) => (await d.execute(paramSql(text, params))).rows as T[];
  };

  /**
   * Whether imports may skip the child tables' foreign-key triggers (pgImport: the batch's
   * references hold by construction): only for a role allowed to set session_replication_role
   * (a superuser, or granted SET on it: PostgreSQL 15+). Asked once per store.
   */
  let trustReferences: Promise<boolean> | null = null;
  const mayTrustReferences = () =>
    (trustReferences ??= (async () => {
      if ((await pool.query("SELECT current_setting('is_superuser') = 'on' AS ok")).rows[0].ok) return true;
      try {
        return !!(await pool.query("SELECT has_parameter_privilege('session_replication_role', 'SET') AS ok")).rows[0].ok;
      } catch {
        return false; // before PostgreSQL 15
      }
    })().catch(() => false));

  // Statistics after bulk imports: the planner needs them to choose between index and scan
  // plans for search; autovacuum would get there, but only after a while.
  let analyzedAt = -1;
  let imported = 0;
  /** inside importSession(): statistics wait for its end */
  let inSession = false;
  /** settles once the last importBatch() started has reserved its ids */
  let reserving: Promise<void> = Promise.resolve();
  async function maintainAfterImport(n: number) {
    imported += n;
    if (inSession) return;
    if (analyzedAt < 0)
      analyzedAt = Number((await pool.query('SELECT GREATEST(reltuples, 0)::bigint AS n FROM pg_class WHERE oid = $1::regclass', ['notices'])).rows[0]?.n ?? 0);
    if (imported < Math.max(ANALYZE_EVERY, analyzedAt)) return;
    await refreshAfterImport();
  }
  async function refreshAfterImport() {
    await pool.query('ANALYZE notices, notice_search, notice_tags');
    // merge the GIN index's pending list, which every search would otherwise scan
    await pool.query(`SELECT gin_clean_pending_list(oid) FROM pg_class WHERE oid = to_regclass('${TSV_INDEX}')`);
    analyzedAt += imported;
    imported = 0;
  }

  /**
   * One try at importing a batch. `after`: the earlier batch still in flight, which must
   * have committed before this one commits; `mayOverlap`: whether this one may write
   * while that one still is (a retry waits for it to end before writing at all).
   */
  async function importOnce(
    items: NoticeExport[],
    after: ImportTicket | undefined,
    self: ImportTicket | undefined,
    mayOverlap: boolean,
  ): Promise<ImportCounts> {
    // ids follow the batches' order (as on SQLite: search ties are ordered by id), although
    // the next batch may start before this one has reserved them
    const previous = reserving;
    let reserved = () => {};
    reserving = new Promise<void>((r) => {
      reserved = r;
    });
    let client: pg.PoolClient | undefined;
    try {
      const trust = await mayTrustReferences();
      client = await pool.connect();
      const c = client;
      const existing = await c.query<{ url: string }>('SELECT url FROM notices WHERE url = ANY($1::text[])', [items.map((i) => i.notice.url)]);
      const known = new Set(existing.rows.map((r) => r.url));
      // the batch still writing, invisible here, takes its own URLs
      const fresh = freshItems(items, (url) => known.has(url) || !!after?.urls.has(url));
      await previous;
      const ids = await reserveIds(c, fresh.length).finally(reserved);
      // JavaScript's half (encoding) overlaps the earlier batch's writing
      const encoded = fresh.length ? await encodeImport(fresh, ids, search, lookup) : null;
      /**
       * One try at writing the batch. Overlapping: it writes while the earlier batch is
       * still writing, and before committing waits for that one's transaction inside
       * PostgreSQL (a lock it can see: any cycle with other sessions' locks is a deadlock
       * it detects and breaks, never a hang). Serial: it begins only once the earlier
       * batch has ended. Either way it never holds a lock while waiting in JavaScript.
       */
      const attempt = async (overlap: boolean): Promise<ImportCounts> => {
        if (overlap && after) await after.locked;
        else await after?.done;
        // the earlier batch ended before it began a transaction (it failed): nothing to overlap
        if (overlap && after && !after.handle.txid) {
          await after.done;
          overlap = false;
        }
        let versions = 0;
        await c.query('BEGIN');
        try {
          // a crash loses the last batches' commits, never corrupts: they are imported again
          await c.query('SET LOCAL synchronous_commit = off');
          if (self) {
            // every table lock up front: from here on this batch takes no table lock, so
            // the batch after it may start writing; its key tells that batch when it ends
            await c.query('LOCK TABLE notices, notice_versions, notice_tags, notice_search IN ROW EXCLUSIVE MODE');
            self.handle.key ??= randomBytes(8).readBigInt64BE().toString();
            self.handle.txid = (
              await c.query<{ txid: string }>('SELECT pg_advisory_xact_lock($1::bigint), txid_current()::text AS txid', [self.handle.key])
            ).rows[0].txid;
            self.markLocked();
          }
          if (encoded) versions = await writeImport(c, encoded, { trustReferences: trust });
          else if (fresh.length) versions = await pgImportArrays(c, fresh, search, lookup, ids);
          if (overlap && after) {
            await c.query('SELECT pg_advisory_xact_lock($1::bigint)', [after.handle.key]);
            const status = (await c.query<{ s: string | null }>('SELECT txid_status($1::bigint) AS s', [after.handle.txid])).rows[0].s;
            if (status !== 'committed') throw new EarlierBatchUnfinished();
          }
          await c.query('COMMIT');
        } catch (e) {
          await c.query('ROLLBACK').catch(() => {});
          throw e;
        }
        await maintainAfterImport(fresh.length);
        return { notices: fresh.length, versions, skipped: items.length - fresh.length };
      };
      const overlapFirst = mayOverlap && !!after;
      try {
        return await attempt(overlapFirst);
      } catch (e) {
        // the earlier batch did not commit (it failed, or is trying again), or PostgreSQL broke
        // a deadlock by failing this one: once the earlier batch has ended (its failure is
        // this one's), write again, serially
        if (overlapFirst && (e instanceof EarlierBatchUnfinished || (e as { code?: string })?.code === '40P01')) return await attempt(false);
        throw e;
      }
    } finally {
      reserved();
      client?.release();
    }
  }

  const backend: Backend = {
    dialect: 'pg',
    conn: pgConn(db, schema),
    // the shared code's view of the schema (db/store/backend.ts: same tables, columns and values)
    t: schema as unknown as typeof S,
    tx: (fn) => db.transaction((tx) => fn(pgConn(tx, schema))),
    async indexNotice(c, id, title, doc, body) {
      await search.write([{ id, title, doc, body }], onDrizzle(c));
    },
    async importSession(fn) {
      // A large import into a small archive builds the text index once at the end (a GIN
      // build sorts all entries: a fraction of the cost of inserting them one notice at a
      // time). Searches meanwhile stay correct, only slower; one importer at a time does
      // this (advisory lock), and a store opened later rebuilds an index left dropped.
      // That importer also keeps autovacuum off the tables until its end: autovacuum would
      // analyze and vacuum them over and over as they fill (its lock conflicts with the one
      // held here, so it skips them; inserts and searches are not blocked). The import
      // analyzes them at its end; a dropped connection releases the lock.
      const lockClient = await pool.connect();
      let deferred = false;
      let holding = false;
      try {
        const small =
          Number((await lockClient.query('SELECT count(*)::int AS c FROM (SELECT 1 FROM notice_search LIMIT $1) s', [DEFER_INDEX_BELOW])).rows[0].c) <
          DEFER_INDEX_BELOW;
        if (small && (await lockClient.query('SELECT pg_try_advisory_lock($1) AS ok', [IMPORT_LOCK])).rows[0].ok) {
          await lockClient.query(`DROP INDEX IF EXISTS ${TSV_INDEX}`);
          deferred = true;
          await lockClient.query('BEGIN');
          holding = true;
          await lockClient.query('LOCK TABLE notices, notice_versions, notice_tags, notice_search IN SHARE UPDATE EXCLUSIVE MODE NOWAIT').catch(async () => {
            // a VACUUM or ANALYZE is running: import without holding autovacuum off
            await lockClient.query('ROLLBACK');
            holding = false;
          });
        }
        inSession = true;
        return await fn();
      } finally {
        inSession = false;
        try {
          if (holding) await lockClient.query('COMMIT');
          if (deferred) await lockClient.query(TSV_INDEX_SQL);
          if (imported > 0) await refreshAfterImport();
        } finally {
          if (deferred) await lockClient.query('SELECT pg_advisory_unlock($1)', [IMPORT_LOCK]).catch(() => {});
          lockClient.release();
        }
      }
    },
    pipelinedImport: true,
    async importBatch(items, after, self) {
      // another session importing the same notices may take a URL first (a unique-key error
      // once it commits): look again at what is stored, and write the rest
      for (let tries = 1; ; tries++) {
        try {
          return await importOnce(items, after, self, tries === 1);
        } catch (e) {
          if (!(tries < 5 && isUrlTaken(e))) throw e;
        }
      }
    },
    search: (q) => runSearch(q, { db, t: schema as unknown as typeof S, d: dialect, toNotice: noticeFromRow }),
    exportIds: (q, after, limit) => exportIds(q, after, limit, dialect),
    time,
    isUniqueViolation: (e) => (e as { code?: string })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505',
    async close() {
      await pool.end();
    },
  };
  return drizzleStore(backend);
}

/** `$n` placeholders of `text` bound to `params`, as a drizzle SQL object (for a drizzle transaction). */
function paramSql(text: string, params: unknown[]): SQL {
  return sql.join(
    text.split(/\$(\d+)/).map((part, i) => (i % 2 ? sql`${sql.param(params[Number(part) - 1])}` : sql.raw(part))),
    sql``,
  );
}
