import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { freshItems } from './bulk.ts';
import { type Exec, pgImport, SearchIndexWriter } from './pg-bulk.ts';
import { noticeFromRow } from './rows.ts';
import * as schema from './schema/pg.ts';
import type * as S from './schema/sqlite.ts';
import { toTsquery } from './search/query.ts';
import { exportIds, RANK_LIMIT, runSearch, type SearchDialect } from './search/run.ts';
import { type Backend, DrizzleStore } from './store.ts';

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations/pg');
/** advisory lock id so that several processes starting at once migrate one at a time */
const MIGRATION_LOCK = 47_110_815;
/** imports of at least this many notices (and at least the archive's size at the last ANALYZE) refresh statistics */
const ANALYZE_EVERY = 5000;

export async function openPostgres(url: string, opts: { poolSize?: number } = {}): Promise<DrizzleStore> {
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
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
  const rows = async <T>(q: SQL) => ((await db.execute(q)) as { rows: T[] }).rows;
  const time = (d: Date) => d.toISOString();

  const dialect: SearchDialect = {
    textFrom(q) {
      const tsq = sql`to_tsquery('english', ${toTsquery(q)})`;
      // rank by title and document number (the small head vector), newest first among equals:
      // ranking on the text vector would read every match's large tsv; 1: shorter titles first, as bm25
      const score = sql`ts_rank(s.head, ${tsq}, 1)`;
      return {
        // The planner does not count decompressing a tsv to test it, and would often test
        // @@ row by row after the filters (tens of thousands of rows) instead of asking the
        // GIN index once; OFFSET 0 keeps the match a subquery, planned on its own.
        from: sql`FROM (SELECT s.notice_id, s.head FROM notice_search s WHERE s.tsv @@ ${tsq} OFFSET 0) s JOIN notices n ON n.id = s.notice_id`,
        match: sql`TRUE`,
        score,
        scoreOrder: sql`${score} DESC, n.published_at DESC NULLS LAST`,
      };
    },
    probe: (q) => sql`EXISTS (SELECT 1 FROM notice_search s WHERE s.notice_id = n.id AND s.tsv @@ to_tsquery('english', ${toTsquery(q)}))`,
    countCap: RANK_LIMIT + 1,
    // the matches (at most cap) once, materialised: counted, and sorted for the page
    rankWithTotal: (o) => sql`WITH m AS MATERIALIZED (SELECT n.id, ${o.score} AS score, n.published_at ${o.from} ${o.where} LIMIT ${o.cap})
      SELECT c.total, p.id, p.score FROM (SELECT count(*) AS total FROM m) c
      LEFT JOIN LATERAL (SELECT m.id, m.score FROM m ORDER BY m.score DESC, m.published_at DESC NULLS LAST, m.id DESC LIMIT ${o.limit} OFFSET ${o.offset}) p ON TRUE`,
    async archiveSize() {
      // the planner's estimate (kept by ANALYZE and autovacuum) is enough to choose a plan
      const r = await rows<{ n: number }>(sql`SELECT GREATEST(reltuples, 0)::bigint AS n FROM pg_class WHERE oid = 'notices'::regclass`);
      return Number(r[0]?.n ?? 0);
    },
    year: sql`to_char(n.published_at, 'YYYY')`,
    rows,
    time,
  };

  const search = new SearchIndexWriter();
  /** token look-ups during imports, on a connection of their own */
  const lookup: Exec = async (text, params) => (await pool.query(text, params)).rows;
  const onDrizzle =
    (d: any): Exec =>
    async (text, params) =>
      ((await d.execute(paramSql(text, params))) as { rows: any[] }).rows;

  // Statistics after bulk imports: the planner needs them to choose between index and scan
  // plans for search; autovacuum would get there, but only after a while.
  let analyzedAt = -1;
  let imported = 0;
  async function maintainAfterImport(n: number) {
    imported += n;
    if (analyzedAt < 0) analyzedAt = Number((await pool.query('SELECT GREATEST(reltuples, 0)::bigint AS n FROM pg_class WHERE oid = $1::regclass', ['notices'])).rows[0]?.n ?? 0);
    if (imported < Math.max(ANALYZE_EVERY, analyzedAt)) return;
    await pool.query('ANALYZE notices, notice_search, notice_tags');
    // merge the GIN index's pending list, which every search would otherwise scan
    await pool.query("SELECT gin_clean_pending_list('notice_search_tsv_idx'::regclass)");
    analyzedAt += imported;
    imported = 0;
  }

  const backend: Backend = {
    dialect: 'pg',
    db,
    t: schema as unknown as typeof S,
    tx: (fn) => db.transaction((tx) => fn(tx)),
    rows: async (d, q) => ((await d.execute(q)) as { rows: any[] }).rows,
    async exec(d, q) {
      await d.execute(q);
    },
    async indexNotice(d, id, title, doc, body) {
      await search.write([{ id, title, doc, body }], onDrizzle(d));
    },
    async importBatch(items) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const existing = await client.query<{ url: string }>('SELECT url FROM notices WHERE url = ANY($1::text[])', [items.map((i) => i.notice.url)]);
        const known = new Set(existing.rows.map((r) => r.url));
        const fresh = freshItems(items, (url) => known.has(url));
        const versions = fresh.length ? await pgImport(client, fresh, search, lookup) : 0;
        await client.query('COMMIT');
        await maintainAfterImport(fresh.length);
        return { notices: fresh.length, versions, skipped: items.length - fresh.length };
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
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
  return new DrizzleStore(backend);
}

/** `$n` placeholders of `text` bound to `params`, as a drizzle SQL object (for a drizzle transaction). */
function paramSql(text: string, params: unknown[]): SQL {
  return sql.join(
    text.split(/\$(\d+)/).map((part, i) => (i % 2 ? sql`${sql.param(params[Number(part) - 1])}` : sql.raw(part))),
    sql``,
  );
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
