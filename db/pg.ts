import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { freshItems, pgBulkInsert } from './bulk.ts';
import { noticeFromRow } from './rows.ts';
import * as schema from './schema/pg.ts';
import type * as S from './schema/sqlite.ts';
import { toTsquery } from './search/query.ts';
import { exportIds, runSearch, type SearchDialect } from './search/run.ts';
import { indexTokens } from './search/tokenize.ts';
import { type Backend, DrizzleStore } from './store.ts';

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations/pg');
/** advisory lock id so that several processes starting at once migrate one at a time */
const MIGRATION_LOCK = 47_110_815;

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
      const score = sql`ts_rank_cd(s.tsv, ${tsq}, 1)`;
      return {
        from: sql`FROM notice_search s JOIN notices n ON n.id = s.notice_id`,
        match: sql`s.tsv @@ ${tsq}`,
        score,
        scoreOrder: sql`${score} DESC`,
      };
    },
    probe: (q) => sql`EXISTS (SELECT 1 FROM notice_search s WHERE s.notice_id = n.id AND s.tsv @@ to_tsquery('english', ${toTsquery(q)}))`,
    year: sql`to_char(n.published_at, 'YYYY')`,
    rows,
    time,
  };

  const upsertSearch = (d: any, id: number, title: string, doc: string, body: string) =>
    d.execute(
      sql`INSERT INTO notice_search (notice_id, title_tokens, doc_tokens, body_tokens) VALUES (${id}, ${indexTokens(title)}, ${indexTokens(doc)}, ${indexTokens(body)})
          ON CONFLICT (notice_id) DO UPDATE SET title_tokens = EXCLUDED.title_tokens, doc_tokens = EXCLUDED.doc_tokens, body_tokens = EXCLUDED.body_tokens`,
    );

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
      await upsertSearch(d, id, title, doc, body);
    },
    async importBatch(items) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const existing = await client.query<{ url: string }>('SELECT url FROM notices WHERE url = ANY($1::text[])', [items.map((i) => i.notice.url)]);
        const known = new Set(existing.rows.map((r) => r.url));
        const fresh = freshItems(items, (url) => known.has(url));
        const versions = fresh.length ? await pgBulkInsert(client, fresh) : 0;
        await client.query('COMMIT');
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

export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
