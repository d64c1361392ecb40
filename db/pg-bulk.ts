import type pg from 'pg';
import { type Field, type Lexizer, TsvectorBuilder } from './search/pg-tsvector.ts';
import { indexTokens } from './search/tokenize.ts';
import type { NoticeExport } from './types.ts';

/**
 * PostgreSQL writes of the search index, and the bulk import path (unnest()
 * arrays, one statement per table and batch). Column lists mirror ./schema/pg.ts.
 */

/** runs parameterised SQL on one connection (a pool client, or a drizzle transaction) */
export type Exec = <T = any>(text: string, params: unknown[]) => Promise<T[]>;

export interface SearchDoc {
  id: number;
  title: string;
  doc: string;
  body: string;
}

const LEXIZE = 'SELECT t.tok, d.token, d.lexemes FROM unnest($1::text[]) AS t(tok) CROSS JOIN LATERAL ts_debug($2::regconfig, t.tok) AS d';

function lexizer(exec: Exec): Lexizer {
  return async (config, tokens) => {
    const out = new Map<string, { token: string; lexemes: string[] | null }[]>();
    for (const r of await exec<{ tok: string; token: string; lexemes: string[] | null }>(LEXIZE, [tokens, config])) {
      let list = out.get(r.tok);
      if (!list) out.set(r.tok, (list = []));
      list.push({ token: r.token, lexemes: r.lexemes });
    }
    return out;
  };
}

// The index's two vectors: `head` (title A, document number B) ranks, `tsv` (all text) matches.
// The expressions are the fallback for vectors the builder leaves to PostgreSQL.
const HEAD_SQL = `setweight(to_tsvector('english'::regconfig, x.tt), 'A') || setweight(to_tsvector('simple'::regconfig, x.dt), 'B')`;
const UPSERT = `INSERT INTO notice_search (notice_id, head, tsv)
  SELECT x.id, COALESCE(x.head::tsvector, ${HEAD_SQL}), COALESCE(x.tsv::tsvector, ${HEAD_SQL} || setweight(to_tsvector('english'::regconfig, x.bt), 'D'))
  FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS x(id, head, tsv, tt, dt, bt)
  ON CONFLICT (notice_id) DO UPDATE SET head = EXCLUDED.head, tsv = EXCLUDED.tsv`;

/** Keeps the token cache of one store; writes search rows on any connection. */
export class SearchIndexWriter {
  private readonly builder = new TsvectorBuilder();

  /** Tokenises the documents and builds their vectors (pure work, plus lookups of new tokens). */
  async vectors(docs: SearchDoc[], exec: Exec): Promise<unknown[][]> {
    const fields = docs.map((d): Field[] => [
      { tokens: indexTokens(d.title), config: 'english', weight: 'A' },
      { tokens: indexTokens(d.doc), config: 'simple', weight: 'B' },
      { tokens: indexTokens(d.body), config: 'english', weight: 'D' },
    ]);
    await this.builder.prepare(fields.flat(), lexizer(exec));
    const cols: unknown[][] = [[], [], [], [], [], []];
    docs.forEach((d, i) => {
      const f = fields[i];
      const head = this.builder.build(f.slice(0, 2));
      const tsv = head === null ? null : this.builder.build(f);
      const fallback = head === null || tsv === null;
      const row = [d.id, head, tsv, fallback ? f[0].tokens : null, fallback ? f[1].tokens : null, fallback ? f[2].tokens : null];
      row.forEach((v, c) => cols[c].push(v));
    });
    return cols;
  }

  async write(docs: SearchDoc[], exec: Exec): Promise<void> {
    if (!docs.length) return;
    await exec(UPSERT, await this.vectors(docs, exec));
  }
}

const uniq = (xs: string[]) => [...new Set(xs)];

/** Inserts fresh notices with their versions, tags and search rows; returns the number of versions. */
export async function pgImport(client: pg.PoolClient | pg.Client, items: NoticeExport[], search: SearchIndexWriter): Promise<number> {
  const exec: Exec = async (text, params) => (await client.query(text, params)).rows;
  const cols = (f: (x: NoticeExport) => unknown) => items.map(f);
  // sent before the search vectors are built, so that PostgreSQL inserts while JavaScript tokenises
  const inserted = client.query<{ id: number; url: string }>(
    `INSERT INTO notices (source_id, url, title, doc_number, agency, language, published_at, effective_at, first_seen_at, last_seen_at, last_changed_at, status, topics, hs_codes, regions, version_count, content_hash)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $12::text[], $13::jsonb[], $14::jsonb[], $15::jsonb[], $16::int[], $17::text[])
     RETURNING id, url`,
    [
      cols((x) => x.notice.sourceId),
      cols((x) => x.notice.url),
      cols((x) => x.notice.title),
      cols((x) => x.notice.docNumber ?? null),
      cols((x) => x.notice.agency ?? null),
      cols((x) => x.notice.language),
      cols((x) => x.notice.publishedAt ?? null),
      cols((x) => x.notice.effectiveAt ?? null),
      cols((x) => x.notice.firstSeenAt.toISOString()),
      cols((x) => x.notice.lastSeenAt.toISOString()),
      cols((x) => x.notice.lastChangedAt.toISOString()),
      cols((x) => x.notice.status),
      cols((x) => JSON.stringify(uniq(x.notice.topics))),
      cols((x) => JSON.stringify(uniq(x.notice.hsCodes))),
      cols((x) => JSON.stringify(uniq(x.notice.regions))),
      cols((x) => Math.max(1, x.versions.length)),
      cols((x) => x.notice.contentHash),
    ],
  );
  inserted.catch(() => {}); // awaited below; avoids an unhandled rejection while the vectors are built
  const docs = items.map((x) => ({ id: 0, title: x.notice.title, doc: x.notice.docNumber ?? '', body: x.versions.at(-1)?.text ?? '' }));
  const vectors = await search.vectors(docs, exec);
  const idOf = new Map((await inserted).rows.map((r) => [r.url, Number(r.id)]));
  const ids = items.map((x) => idOf.get(x.notice.url)!);
  vectors[0] = ids;

  const vs = items.flatMap((x, i) => x.versions.map((v) => ({ id: ids[i], v })));
  const tags: [number, string, string][] = [];
  items.forEach((x, i) => {
    for (const [kind, values] of [['topic', x.notice.topics], ['hs', x.notice.hsCodes], ['region', x.notice.regions]] as const) for (const v of uniq(values)) tags.push([ids[i], kind, v]);
  });
  // queued on the connection together: no waiting in JavaScript between them
  await Promise.all([
    client.query(
      `INSERT INTO notice_versions (notice_id, version, fetched_at, content_hash, title, text, html, attachments, diff, change_summary)
       SELECT * FROM unnest($1::int[], $2::int[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::jsonb[], $10::text[])`,
      [
        vs.map((x) => x.id),
        vs.map((x) => x.v.version),
        vs.map((x) => x.v.fetchedAt.toISOString()),
        vs.map((x) => x.v.contentHash),
        vs.map((x) => x.v.title),
        vs.map((x) => x.v.text),
        vs.map((x) => x.v.html),
        vs.map((x) => JSON.stringify(x.v.attachments ?? [])),
        vs.map((x) => (x.v.diff ? JSON.stringify(x.v.diff) : null)),
        vs.map((x) => x.v.changeSummary ?? null),
      ],
    ),
    tags.length
      ? client.query('INSERT INTO notice_tags (notice_id, kind, value) SELECT * FROM unnest($1::int[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING', [tags.map((t) => t[0]), tags.map((t) => t[1]), tags.map((t) => t[2])])
      : null,
    client.query(UPSERT, vectors),
  ]);
  return vs.length;
}
