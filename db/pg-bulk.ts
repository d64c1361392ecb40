import type pg from 'pg';
import { CopyWriter, copyIn, isoDays } from './pg-copy.ts';
import { filterLexemes, filterVector } from './search/pg-facets.ts';
import { type Field, type Lexizer, TsvectorBuilder, tokensOf } from './search/pg-tsvector.ts';
import { importedAgencies } from './export.ts';
import type { importedFacts as FactsOf } from './import-format.ts';
import type { NoticeExport } from './types.ts';

/**
 * PostgreSQL writes of the search index, and the bulk import path (binary COPY, one
 * per table and batch; unnest() arrays for input COPY would not take as it is). Column
 * lists mirror ./schema/pg.ts.
 */

/** runs parameterised SQL on one connection (a pool client, or a drizzle transaction) */
export type Exec = <T = Record<string, unknown>>(text: string, params: unknown[]) => Promise<T[]>;

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

// The index's two vectors: `head` (title A, document number B) ranks, `tsv` (all text, and
// the notice's filter words: ./search/pg-facets.ts) matches. The expressions are the
// fallback for vectors the builder leaves to PostgreSQL.
const HEAD_SQL = `setweight(to_tsvector('english'::regconfig, x.tt), 'A') || setweight(to_tsvector('simple'::regconfig, x.dt), 'B')`;
const TSV_SQL = `${HEAD_SQL} || setweight(to_tsvector('english'::regconfig, x.bt), 'D')`;
const VECTORS = `unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS x(id, head, tsv, tt, dt, bt)`;
/** a stored notice's search row; its filter words, date and source come from its row in `notices` */
const UPSERT = `INSERT INTO notice_search (notice_id, head, tsv, published_at, source_id)
  SELECT x.id, COALESCE(x.head::tsvector, ${HEAD_SQL}),
    COALESCE(x.tsv::tsvector, ${TSV_SQL}) || notice_filter_words(n.source_id, n.language, n.agency, n.published_at, n.topics, n.hs_codes, n.regions, n.agencies),
    n.published_at, n.source_id
  FROM ${VECTORS} JOIN notices n ON n.id = x.id
  ON CONFLICT (notice_id) DO UPDATE SET head = EXCLUDED.head, tsv = EXCLUDED.tsv, published_at = EXCLUDED.published_at, source_id = EXCLUDED.source_id`;
/**
 * New notices' search rows, in the statement that inserts the notices: the vectors'
 * columns from $at (as build() makes them) then the filter words, and the date and
 * source as the parameters `published` and `source` of the notices' insert.
 */
const insertNew = (at: number, published: number, source: number) => `INSERT INTO notice_search (notice_id, head, tsv, published_at, source_id)
  SELECT x.id, COALESCE(x.head::tsvector, ${HEAD_SQL}), COALESCE(x.tsv::tsvector, ${TSV_SQL} || x.fw::tsvector), x.pub, x.src
  FROM unnest(${args(at, ['int', 'text', 'text', 'text', 'text', 'text', 'text'])}, $${published}::date[], $${source}::text[]) AS x(id, head, tsv, tt, dt, bt, fw, pub, src)`;

/** Keeps the token cache of one store; writes search rows on any connection. */
export class SearchIndexWriter {
  private readonly builder = new TsvectorBuilder();

  /** Tokenises the documents and looks up tokens not seen before; build() then makes the vectors. */
  async prepare(docs: SearchDoc[], exec: Exec): Promise<Field[][]> {
    const fields = docs.map((d): Field[] => [
      { text: d.title, config: 'english', weight: 'A' },
      { text: d.doc, config: 'simple', weight: 'B' },
      { text: d.body, config: 'english', weight: 'D' },
    ]);
    await this.builder.prepare(fields.flat(), lexizer(exec));
    return fields;
  }

  /**
   * The vectors' parameter columns for prepared documents (pure work). With `filters`
   * (each document's filter-word literal), `tsv` ends with them.
   */
  build(ids: number[], fields: Field[][], filters?: string[]): unknown[][] {
    const cols: unknown[][] = [[], [], [], [], [], []];
    fields.forEach((f, i) => {
      const head = this.builder.build(f.slice(0, 2));
      let tsv = head === null ? null : this.builder.build(f);
      const fallback = head === null || tsv === null;
      if (tsv !== null && filters?.[i]) tsv = tsv ? `${tsv} ${filters[i]}` : filters[i];
      const row = [ids[i], head, tsv, fallback ? tokensOf(f[0]) : null, fallback ? tokensOf(f[1]) : null, fallback ? tokensOf(f[2]) : null];
      row.forEach((v, c) => {
        cols[c].push(v);
      });
    });
    return cols;
  }

  /**
   * New notices' search rows in binary COPY form, one buffer per CHUNK notices (tokenised
   * and looked up as they go: the server reads one chunk while the next is built). A
   * notice whose vectors PostgreSQL must compute is left out and added to `fallback`.
   */
  async *copyRows(
    items: NoticeExport[],
    ids: number[],
    days: (number | null)[],
    lookup: Exec,
    fallback: { i: number; fields: Field[] }[],
  ): AsyncGenerator<Buffer> {
    const out = new CopyWriter(items.length * 2048);
    let from = 0;
    for (let at = 0; at < items.length; at += CHUNK) {
      const chunk = items.slice(at, at + CHUNK);
      const fields = await this.prepare(chunk.map(docOf), lookup);
      for (let j = 0; j < chunk.length; j++) {
        const i = at + j;
        const start = out.at;
        out.row(5);
        out.int(ids[i]);
        if (!this.builder.buildBinaryPair(fields[j], 2, out, filterLexemes(chunk[j].notice))) {
          out.at = start;
          fallback.push({ i, fields: fields[j] });
          continue;
        }
        out.date(days[i]);
        out.text(chunk[j].notice.sourceId);
      }
      const last = at + CHUNK >= items.length;
      yield out.take(from, last);
      from = out.at;
    }
  }

  async write(docs: SearchDoc[], exec: Exec): Promise<void> {
    if (!docs.length) return;
    const fields = await this.prepare(docs, exec);
    await exec(
      UPSERT,
      this.build(
        docs.map((d) => d.id),
        fields,
      ),
    );
  }
}

const uniq = (xs: string[]) => [...new Set(xs)];
const docOf = (x: NoticeExport): SearchDoc => ({ id: 0, title: x.notice.title, doc: x.notice.docNumber ?? '', body: x.versions.at(-1)?.text ?? '' });
/** notices per statement: small enough that JavaScript builds the next chunk while PostgreSQL writes this one */
const CHUNK = 250;

/** `$n, $n+1, …` casts for unnest() */
const args = (from: number, types: string[]) => types.map((t, i) => `$${from + i}::${t}[]`).join(', ');
const NOTICE_TYPES = [
  'int',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'date',
  'date',
  'timestamptz',
  'timestamptz',
  'timestamptz',
  'text',
  'jsonb',
  'jsonb',
  'jsonb',
  'int',
  'text',
  'jsonb',
  'text',
  'text',
  'text',
  'jsonb',
  'date',
  'bool',
];
const VERSION_TYPES = ['int', 'int', 'timestamptz', 'text', 'text', 'text', 'text', 'jsonb', 'jsonb', 'text'];
// One statement per chunk (the foreign keys are checked at its end, when all rows are in).
const IMPORT = `WITH n AS (
    INSERT INTO notices (id, source_id, url, title, doc_number, agency, language, published_at, effective_at, first_seen_at, last_seen_at, last_changed_at, status, topics, hs_codes, regions, version_count, content_hash, agencies, agency_signal, date_signal, summary, facts, open_until, degraded)
    SELECT * FROM unnest(${args(1, NOTICE_TYPES)})),
  v AS (
    INSERT INTO notice_versions (notice_id, version, fetched_at, content_hash, title, text, html, attachments, diff, change_summary)
    SELECT * FROM unnest(${args(1 + NOTICE_TYPES.length, VERSION_TYPES)})),
  t AS (INSERT INTO notice_tags (notice_id, kind, value) SELECT * FROM unnest(${args(1 + NOTICE_TYPES.length + VERSION_TYPES.length, ['int', 'text', 'text'])}))
${insertNew(4 + NOTICE_TYPES.length + VERSION_TYPES.length, 8, 2)}`;

/**
 * Inserts fresh notices with their versions, tags and search rows through unnest() arrays:
 * pgImport() for batches with values that binary COPY does not take as they are (dates
 * not in YYYY-MM-DD form, …), which PostgreSQL parses (or rejects) here. Exported for
 * tests, which compare the two paths.
 */
export async function pgImportArrays(
  client: pg.PoolClient | pg.Client,
  items: NoticeExport[],
  search: SearchIndexWriter,
  lookup: Exec,
  reserved?: number[],
): Promise<number> {
  const { importedFacts } = await import('./import-format.ts');
  const ids = reserved ?? (await reserveIds(client, items.length));
  let versions = 0;
  let inFlight: Promise<unknown> | null = null;
  try {
    for (let at = 0; at < items.length; at += CHUNK) {
      const chunk = items.slice(at, at + CHUNK);
      const cids = ids.slice(at, at + CHUNK);
      const fields = await search.prepare(chunk.map(docOf), lookup);
      const filters = chunk.map((x) => filterVector(x.notice));
      // the date ($8) and source ($2) of the search rows are the notices'
      const params = [
        ...noticeColumns(chunk, cids, importedFacts),
        ...versionColumns(chunk, cids),
        ...tagColumns(chunk, cids),
        ...search.build(cids, fields, filters),
        filters,
      ];
      versions += chunk.reduce((a, x) => a + x.versions.length, 0);
      if (inFlight) await inFlight;
      inFlight = client.query(IMPORT, params);
    }
  } finally {
    // never leave a statement running behind an error
    if (inFlight) await inFlight.catch(() => {});
  }
  await inFlight;
  return versions;
}

const NOTICE_COLUMNS =
  'notices (id, source_id, url, title, doc_number, agency, language, published_at, effective_at, first_seen_at, last_seen_at, last_changed_at, status, topics, hs_codes, regions, version_count, content_hash, agencies, agency_signal, date_signal, summary, facts, open_until, degraded)';
const VERSION_COLUMNS = 'notice_versions (notice_id, version, fetched_at, content_hash, title, text, html, attachments, diff, change_summary)';
const TAG_COLUMNS = 'notice_tags (notice_id, kind, value)';
const SEARCH_COLUMNS = 'notice_search (notice_id, head, tsv, published_at, source_id)';
/** search rows of the notices whose vectors PostgreSQL computes (see TsvectorBuilder) */
const INSERT_FALLBACK = insertNew(1, 8, 9);

const isStr = (v: unknown): v is string => typeof v === 'string';
const isOptStr = (v: unknown) => v === null || v === undefined || typeof v === 'string';
const isDate = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && isoDays(v) !== null);
const isTime = (v: unknown) => v instanceof Date && !Number.isNaN(v.getTime());
const isInt4 = (v: unknown) => Number.isInteger(v) && (v as number) >= -2_147_483_648 && (v as number) <= 2_147_483_647;
/** whether binary COPY takes the item's values as they are (else PostgreSQL parses them: pgImportArrays) */
function copyable(x: NoticeExport): boolean {
  const n = x.notice;
  return (
    isStr(n.sourceId) &&
    isStr(n.url) &&
    isStr(n.title) &&
    isOptStr(n.docNumber) &&
    isOptStr(n.agency) &&
    isOptStr(n.agencySignal) &&
    isOptStr(n.dateSignal) &&
    isOptStr(n.summary) &&
    (n.agencies === undefined || (Array.isArray(n.agencies) && n.agencies.every(isStr))) &&
    isStr(n.language) &&
    isDate(n.publishedAt) &&
    isDate(n.effectiveAt) &&
    isTime(n.firstSeenAt) &&
    isTime(n.lastSeenAt) &&
    isTime(n.lastChangedAt) &&
    isStr(n.status) &&
    isStr(n.contentHash) &&
    [n.topics, n.hsCodes, n.regions].every((a) => Array.isArray(a) && a.every(isStr)) &&
    x.versions.every(
      (v) => isInt4(v.version) && isTime(v.fetchedAt) && isStr(v.contentHash) && isStr(v.title) && isStr(v.text) && isStr(v.html) && isOptStr(v.changeSummary),
    )
  );
}

/** `n` new notice ids from the sequence, in order */
export async function reserveIds(client: pg.PoolClient | pg.Client, n: number): Promise<number[]> {
  return (await client.query<{ id: number }>("SELECT nextval(pg_get_serial_sequence('notices', 'id'))::int AS id FROM generate_series(1, $1)", [n])).rows.map(
    (r) => r.id,
  );
}

export interface ImportOptions {
  /** ids for the items, reserved ahead (reserveIds); else reserved here */
  ids?: number[];
  /**
   * Skip the per-row foreign-key triggers of the child tables (session_replication_role =
   * replica, for this transaction only): for a role that may set it (see pgImport).
   */
  trustReferences?: boolean;
}

/**
 * Inserts fresh notices with their versions, tags and search rows, on `client` (in its
 * transaction); returns the number of versions. Each table gets one binary COPY, queued
 * at once on the connection: the server reads the notices while JavaScript encodes the
 * versions and tags and builds the search vectors. New tokens are looked up through
 * `lookup`, another connection, so that JavaScript never waits for the import's one.
 */
export async function pgImport(
  client: pg.PoolClient | pg.Client,
  items: NoticeExport[],
  search: SearchIndexWriter,
  lookup: Exec,
  opts: ImportOptions = {},
): Promise<number> {
  const ids = opts.ids ?? (await reserveIds(client, items.length));
  const encoded = await encodeImport(items, ids, search, lookup);
  return encoded ? writeImport(client, encoded, opts) : pgImportArrays(client, items, search, lookup, ids);
}

/** A batch's rows in binary COPY form (encodeImport), ready to be written (writeImport). */
export interface EncodedImport {
  items: NoticeExport[];
  notices: Buffer;
  versions: Buffer;
  tags: Buffer;
  search: Buffer[];
  /** parameters of INSERT_FALLBACK for the notices whose vectors PostgreSQL computes (see TsvectorBuilder), if any */
  fallback: unknown[] | null;
}

/**
 * Encodes a batch for writeImport() without touching the tables (new tokens are looked
 * up through `lookup`): null if binary COPY cannot take it as it is (pgImportArrays then).
 * This is the JavaScript half of an import, which can run while another batch writes.
 */
export async function encodeImport(items: NoticeExport[], ids: number[], search: SearchIndexWriter, lookup: Exec): Promise<EncodedImport | null> {
  if (!items.every(copyable)) return null;
  // the import format's schema (zod) loads with the first import, not with every store
  const { importedFacts } = await import('./import-format.ts');
  const days = items.map((x) => (x.notice.publishedAt ? isoDays(x.notice.publishedAt) : null));
  const left: { i: number; fields: Field[] }[] = [];
  const searchRows: Buffer[] = [];
  for await (const b of search.copyRows(items, ids, days, lookup, left)) searchRows.push(b);
  let fallback: unknown[] | null = null;
  if (left.length) {
    const fitems = left.map((f) => items[f.i]);
    const filters = fitems.map((x) => filterVector(x.notice));
    fallback = [
      ...search.build(
        left.map((f) => ids[f.i]),
        left.map((f) => f.fields),
        filters,
      ),
      filters,
      fitems.map((x) => x.notice.publishedAt ?? null),
      fitems.map((x) => x.notice.sourceId),
    ];
  }
  return {
    items,
    notices: noticeRows(items, ids, days, importedFacts),
    versions: versionRows(items, ids),
    tags: tagRows(items, ids),
    search: searchRows,
    fallback,
  };
}

/** Writes an encoded batch on `client`, in its transaction; returns the number of versions. */
export async function writeImport(client: pg.PoolClient | pg.Client, e: EncodedImport, opts: ImportOptions = {}): Promise<number> {
  const { items } = e;
  if (opts.trustReferences) {
    // Safety of skipping the foreign-key checks (notice_versions, notice_tags and notice_search
    // each reference notices.id): every child row written below names one of `ids`, the ids
    // just reserved from the sequence for this batch, and the COPY into `notices`, in this
    // same transaction, writes exactly one notice per id: that is checked (its row count)
    // before the transaction may commit, and any failure rolls the whole batch back. No
    // other session can delete or change notices it cannot see yet, so every reference holds
    // at commit, as the triggers would have verified row by row. SET LOCAL ends with the
    // transaction; the import touches only these four tables, which have no other triggers
    // (unique and primary keys are indexes: still enforced).
    await client.query('SET LOCAL session_replication_role = replica');
  }
  const copied = await copyIn(client, NOTICE_COLUMNS, [e.notices]);
  await copyIn(client, VERSION_COLUMNS, [e.versions]);
  await copyIn(client, TAG_COLUMNS, [e.tags]);
  await copyIn(client, SEARCH_COLUMNS, e.search);
  if (copied !== items.length) throw new Error(`import: ${copied} of ${items.length} notices copied`);
  if (e.fallback) await client.query(INSERT_FALLBACK, e.fallback);
  return items.reduce((a, x) => a + x.versions.length, 0);
}

function noticeRows(items: NoticeExport[], ids: number[], days: (number | null)[], importedFacts: typeof FactsOf): Buffer {
  const out = new CopyWriter(items.length * 512);
  items.forEach((x, i) => {
    const n = x.notice;
    const f = importedFacts(n.facts);
    out.row(25);
    out.int(ids[i]);
    out.text(n.sourceId);
    out.text(n.url);
    out.text(n.title);
    out.text(n.docNumber ?? null);
    out.text(n.agency ?? null);
    out.text(n.language);
    out.date(days[i]);
    out.date(n.effectiveAt ? isoDays(n.effectiveAt) : null);
    out.timestamptz(n.firstSeenAt);
    out.timestamptz(n.lastSeenAt);
    out.timestamptz(n.lastChangedAt);
    out.text(n.status);
    out.jsonb(JSON.stringify(uniq(n.topics)));
    out.jsonb(JSON.stringify(uniq(n.hsCodes)));
    out.jsonb(JSON.stringify(uniq(n.regions)));
    out.int(Math.max(1, x.versions.length));
    out.text(n.contentHash);
    out.jsonb(JSON.stringify(importedAgencies(n)));
    out.text(n.agencySignal ?? null);
    out.text(n.dateSignal ?? null);
    out.text(n.summary ?? null);
    out.jsonb(JSON.stringify(f.facts));
    out.date(f.openUntil ? isoDays(f.openUntil) : null);
    out.bool(!!n.degraded);
  });
  return out.take();
}

function versionRows(items: NoticeExport[], ids: number[]): Buffer {
  const out = new CopyWriter(items.length * 4096);
  items.forEach((x, i) => {
    for (const v of x.versions) {
      out.row(10);
      out.int(ids[i]);
      out.int(v.version);
      out.timestamptz(v.fetchedAt);
      out.text(v.contentHash);
      out.text(v.title);
      out.text(v.text);
      out.text(v.html);
      out.jsonb(JSON.stringify(v.attachments ?? []));
      out.jsonb(v.diff ? JSON.stringify(v.diff) : null);
      out.text(v.changeSummary ?? null);
    }
  });
  return out.take();
}

function tagRows(items: NoticeExport[], ids: number[]): Buffer {
  const out = new CopyWriter(items.length * 256);
  const [cols0, cols1, cols2] = tagColumns(items, ids);
  for (let r = 0; r < cols0.length; r++) {
    out.row(3);
    out.int(cols0[r]);
    out.text(cols1[r]);
    out.text(cols2[r]);
  }
  return out.take();
}

function noticeColumns(items: NoticeExport[], ids: number[], importedFacts: typeof FactsOf): unknown[][] {
  const cols = (f: (x: NoticeExport['notice'], i: number) => unknown) => items.map((x, i) => f(x.notice, i));
  const facts = items.map((x) => importedFacts(x.notice.facts));
  return [
    ids,
    cols((n) => n.sourceId),
    cols((n) => n.url),
    cols((n) => n.title),
    cols((n) => n.docNumber ?? null),
    cols((n) => n.agency ?? null),
    cols((n) => n.language),
    cols((n) => n.publishedAt ?? null),
    cols((n) => n.effectiveAt ?? null),
    cols((n) => n.firstSeenAt.toISOString()),
    cols((n) => n.lastSeenAt.toISOString()),
    cols((n) => n.lastChangedAt.toISOString()),
    cols((n) => n.status),
    cols((n) => JSON.stringify(uniq(n.topics))),
    cols((n) => JSON.stringify(uniq(n.hsCodes))),
    cols((n) => JSON.stringify(uniq(n.regions))),
    items.map((x) => Math.max(1, x.versions.length)),
    cols((n) => n.contentHash),
    cols((n) => JSON.stringify(importedAgencies(n))),
    cols((n) => n.agencySignal ?? null),
    cols((n) => n.dateSignal ?? null),
    cols((n) => n.summary ?? null),
    facts.map((f) => JSON.stringify(f.facts)),
    facts.map((f) => f.openUntil),
    cols((n) => !!n.degraded),
  ];
}

function versionColumns(items: NoticeExport[], ids: number[]): unknown[][] {
  const vs = items.flatMap((x, i) => x.versions.map((v) => ({ id: ids[i], v })));
  return [
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
  ];
}

function tagColumns(items: NoticeExport[], ids: number[]): [number[], string[], string[]] {
  const cols: [number[], string[], string[]] = [[], [], []];
  items.forEach((x, i) => {
    for (const [kind, values] of [
      ['topic', x.notice.topics],
      ['hs', x.notice.hsCodes],
      ['region', x.notice.regions],
    ] as const) {
      for (const v of uniq(values)) {
        cols[0].push(ids[i]);
        cols[1].push(kind);
        cols[2].push(v);
      }
    }
  });
  return cols;
}
