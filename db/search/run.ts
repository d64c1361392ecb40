import { and, inArray, type SQL, sql } from 'drizzle-orm';
import type * as S from '../schema/sqlite.ts';
import type { Facets, Notice, SearchFilters, SearchQuery, SearchResult } from '../types.ts';
import type { FacetCountRows } from './facet-memory.ts';
import { filterConditions, filterParts, idSetConditions, validateQuery, whereSql } from './filters.ts';
import { type ParsedQuery, parseQuery } from './query.ts';
import { makeSnippet } from './snippet.ts';

/** What differs between FTS5 and tsvector; the rest of a search is shared. */
export interface SearchDialect {
  /**
   * FROM … JOIN … for a text query, with the match condition and the score expression.
   * A dialect whose text index can apply some of the filters of `filters` itself applies
   * them in `from`/`match` and returns the others as `residual` (absent: all of them are
   * left to SQL conditions on `notices n`).
   */
  textFrom(q: ParsedQuery, filters?: SearchFilters): { from: SQL; match: SQL; score: SQL; scoreOrder: SQL; residual?: SearchFilters };
  /**
   * The text index on its own (SQLite FTS5), able to apply the filters it indexes
   * (db/search/facets.ts) without joining every match to `notices`. Absent: text
   * queries join.
   */
  textIndex?(q: ParsedQuery, filters: SearchQuery): TextIndex;
  /** stops the planner from driving a query from an indexed term (SQLite: `+e`) */
  unindexed?(e: SQL): SQL;
  /**
   * A per-row condition on `notices n`: does this notice match q? For date-order walks
   * of joined text queries (textIndex dialects walk over their set of matches instead).
   */
  probe?(q: ParsedQuery, filters?: SearchFilters): SQL;
  /**
   * Counts of text matches stop here (PostgreSQL: counting visits every match, and a
   * phrase rechecks each one's text vector). Above RANK_LIMIT the total is a lower bound.
   */
  countCap?: number;
  /** number of notices, for choosing a plan; an estimate will do (default: count(*)) */
  archiveSize?(): Promise<number>;
  /**
   * One pass for a relevance-ordered page and the total: rows { total, id, score }, the
   * first with the total (at most `cap`), and id null when the page is empty.
   */
  rankWithTotal?(o: { from: SQL; where: SQL; score: SQL; limit: number; offset: number; cap: number }): SQL;
  year: SQL;
  rows<T>(q: SQL): Promise<T[]>;
  time(d: Date): unknown;
  /** see FilterDialect (./filters.ts) */
  hasAgency?(value: string): SQL;
  /**
   * The facet count rows over the set of matches `ids` (rows { id }) from a cheaper place
   * than the two GROUP BYs (SQLite: columns in memory, ./facet-memory.ts).
   */
  facetCounts?(ids: SQL, list?: ArrayLike<number>): Promise<FacetCountRows>;
}

export interface TextIndex {
  /** FROM the index (no join) */
  from: SQL;
  /** the notice id of an index row */
  id: SQL;
  /** the text query and the filters the index covers */
  match: SQL;
  /** the filters left for SQL */
  residual: SearchFilters;
  /** rows { id, score } of the page, from every row of `from where` (at most RANK_LIMIT) ranked */
  rank(o: { where: SQL; limit: number; offset: number }): SQL;
  /**
   * The same page ranked without SQL ranking each match (SQLite: ./rank-memory.ts), from
   * the matches `ids` (rows { id }); undefined: rank in SQL this time.
   */
  rankIds?(ids: SQL, limit: number, offset: number): HitRow[] | undefined;
  /**
   * The whole plan without SQL (SQLite: postings in memory, ../sqlite-memory.ts): the number of
   * matches, their ids, and the page ranked (at most rankLimit matches) or else newest first.
   * Undefined: plan in SQL this time.
   */
  plan?(o: {
    sort: 'relevance' | 'date';
    limit: number;
    offset: number;
    rankLimit: number;
  }): { total: number; ids: ArrayLike<number>; hitRows: HitRow[]; sort: 'relevance' | 'date'; broad: boolean } | undefined;
}

export interface SearchDeps {
  db: any;
  t: typeof S;
  d: SearchDialect;
  toNotice(r: any): Notice;
  /** the rows of a page (Backend.pageRows); absent: built with the query builder each time */
  page?: PageReader;
}

/** The notice rows of `ids` and each one's newest version text (rows as drizzle maps them). */
export type PageReader = (ids: number[]) => PageRows | Promise<PageRows>;
export interface PageRows {
  notices: any[];
  texts: { noticeId: number; text: string }[];
}

/** `v` (notice_versions) is its notice's newest version */
export const isNewestVersion = (v: typeof S.noticeVersions) =>
  sql`${v.version} = (SELECT max(x.version) FROM notice_versions x WHERE x.notice_id = ${v.noticeId})`;

/**
 * The notices `ids` (any order) with their newest text: from `page` when the backend
 * has it (SQLite: two statements compiled once), else two queries built here.
 * Only the newest version's text is read, not every version's.
 */
export async function readPage(
  db: any,
  t: typeof S,
  ids: number[],
  toNotice: (r: any) => Notice,
  page?: PageReader,
): Promise<{ notices: Map<number, Notice>; texts: Map<number, string> }> {
  const notices = new Map<number, Notice>();
  const texts = new Map<number, string>();
  if (!ids.length) return { notices, texts };
  let rows: PageRows;
  if (page) rows = await page(ids);
  else {
    const v = t.noticeVersions;
    rows = {
      notices: await db.select().from(t.notices).where(inArray(t.notices.id, ids)),
      texts: await db
        .select({ noticeId: v.noticeId, text: v.text })
        .from(v)
        .where(and(inArray(v.noticeId, ids), isNewestVersion(v))),
    };
  }
  for (const r of rows.notices) notices.set(Number(r.id), toNotice(r));
  for (const x of rows.texts) texts.set(Number(x.noticeId), x.text);
  return { notices, texts };
}

/**
 * Ranking every match of a very broad query (出口, export: most of the archive)
 * costs more than it is worth; above this many matches results come newest first.
 */
export const RANK_LIMIT = 10_000;
/** share of the archive above which walking the date index and probing each row beats joining all matches */
const PROBE_SHARE = 0.2;

function orderBy(sort: 'relevance' | 'date' | 'changed', scoreOrder: SQL): SQL {
  if (sort === 'relevance') return sql`ORDER BY ${scoreOrder}, n.id DESC`;
  if (sort === 'changed') return sql`ORDER BY n.last_changed_at DESC, n.id DESC`;
  return sql`ORDER BY n.published_at DESC NULLS LAST, n.id DESC`;
}

/** FROM + WHERE for q, shared by hits, total, facets and export. */
export function baseQuery(q: SearchQuery, d: SearchDialect, parsed?: ParsedQuery) {
  if (!parsed) return { from: sql`FROM notices n`, where: whereSql(filterConditions(q, d)), score: sql`0`, scoreOrder: sql`n.id`, residual: undefined };
  const tf = d.textFrom(parsed, q);
  const conds = filterConditions(tf.residual ?? q, d);
  return { from: tf.from, where: whereSql([tf.match, ...conds]), score: tf.score, scoreOrder: tf.scoreOrder, residual: tf.residual };
}

type HitRow = { id: number; score: number };
interface Plan {
  total: number;
  sort: 'relevance' | 'date' | 'changed';
  broad: boolean;
  hitRows: HitRow[];
  /** the count stopped at the dialect's cap: more matches than that */
  capped: boolean;
  /** the ids of every match (rows { id }), when the plan has a cheaper form than FROM + WHERE */
  ids?: SQL;
  /** the same ids, when the plan has them at hand */
  idList?: ArrayLike<number>;
}

export async function runSearch(q: SearchQuery, deps: SearchDeps): Promise<SearchResult> {
  validateQuery(q);
  const { d, db, t } = deps;
  const parsed = q.q?.trim() ? parseQuery(q.q) : undefined;
  const b = baseQuery(q, d, parsed);
  const limit = q.limit ?? 20;
  const offset = q.offset ?? 0;
  const plan = parsed && d.textIndex ? await indexPlan(q, d, d.textIndex(parsed, q), limit, offset) : await joinPlan(q, parsed, d, b, limit, offset);
  const { hitRows, sort, broad, capped } = plan;
  let total = plan.total;
  const ids = hitRows.map((r) => Number(r.id));
  const { notices, texts } = await readPage(db, t, ids, deps.toNotice, deps.page);
  const terms = parsed?.highlights ?? [];
  const hits = hitRows
    .filter((r) => notices.has(Number(r.id)))
    .map((r) => {
      const n = notices.get(Number(r.id))!;
      return { notice: n, score: Math.abs(Number(r.score)), snippet: makeSnippet(texts.get(n.id) ?? '', terms) };
    });
  const result: SearchResult = { total, hits, sort, broad, totalExact: true };
  if (q.facets) result.facets = await facets(plan.ids ?? sql`SELECT n.id ${b.from} ${b.where}`, d, plan.idList);
  if (capped) {
    // every match has exactly one source: the facets give the exact total; without them the
    // total stays a lower bound (broad says so), large enough for callers to page on
    const sources = result.facets && Object.values(result.facets.source);
    total = sources ? sources.reduce((a, c) => a + c, 0) : Math.max(total, offset + hits.length + (hits.length === limit ? 1 : 0));
    result.total = total;
    result.totalExact = !!sources;
  }
  return result;
}

/** Text query on an index that applies most filters itself (SQLite FTS5). */
async function indexPlan(q: SearchQuery, d: SearchDialect, ti: TextIndex, limit: number, offset: number): Promise<Plan> {
  const s0 = q.sort ?? 'relevance';
  const mem = s0 !== 'changed' ? ti.plan?.({ sort: s0, limit, offset, rankLimit: RANK_LIMIT }) : undefined;
  if (mem) return { total: mem.total, sort: mem.sort, broad: mem.broad, hitRows: mem.hitRows, capped: false, idList: mem.ids };
  const rest = filterParts(ti.residual, d);
  const where = whereSql([ti.match, ...idSetConditions(rest, d.unindexed ? d.unindexed(ti.id) : ti.id)]);
  // counting first is cheap (no ranking), and keeps bm25 off queries too broad to rank
  const total = Number((await d.rows<{ c: number }>(sql`SELECT count(*) AS c ${ti.from} ${where}`))[0]?.c ?? 0);
  // the same set for facets: filters as index terms, not a join of every match to notices
  const ids = sql`SELECT ${ti.id} AS id ${ti.from} ${where}`;
  let sort = q.sort ?? 'relevance';
  if (sort === 'relevance' && total <= RANK_LIMIT) {
    const hitRows = total ? (ti.rankIds?.(ids, limit, offset) ?? (await d.rows<HitRow>(ti.rank({ where, limit, offset })))) : [];
    return { total, sort, broad: false, capped: false, hitRows, ids };
  }
  const broad = sort === 'relevance';
  if (broad) sort = 'date';
  const order = orderBy(sort as 'date' | 'changed', sql``);
  let hitRows: HitRow[];
  // Many matches: walk notices in date order (an index) and keep those in the set of
  // matches, stopping at the page end, about page end × archive / matches rows in.
  // Few: sort the matches themselves.
  if (total > 0 && total * total >= (limit + offset) * (await (d.archiveSize ?? (() => countAll(d)))())) {
    const within = filterParts({ from: q.from, to: q.to }, d).columns; // prunes the walk; the index applied it already
    const w = whereSql([sql`${d.unindexed ? d.unindexed(sql`n.id`) : sql`n.id`} IN (SELECT ${ti.id} ${ti.from} ${where})`, ...within]);
    hitRows = await d.rows(sql`SELECT n.id AS id, 0 AS score FROM notices n ${w} ${order} LIMIT ${limit} OFFSET ${offset}`);
  } else {
    const w = whereSql([ti.match, ...filterConditions(ti.residual, d)]);
    hitRows = await d.rows(sql`SELECT n.id AS id, 0 AS score ${ti.from} JOIN notices n ON n.id = ${ti.id} ${w} ${order} LIMIT ${limit} OFFSET ${offset}`);
  }
  return { total, sort, broad, hitRows, capped: false, ids };
}

/** Text query joined to notices for every match (PostgreSQL), or no text query. */
async function joinPlan(
  q: SearchQuery,
  parsed: ParsedQuery | undefined,
  d: SearchDialect,
  b: ReturnType<typeof baseQuery>,
  limit: number,
  offset: number,
): Promise<Plan> {
  const cap = parsed && d.countCap ? Math.max(d.countCap, RANK_LIMIT + 1) : 0;
  let sort = q.sort ?? (parsed ? 'relevance' : 'date');
  let total: number;
  let hitRows: HitRow[] | undefined;
  if (parsed && sort === 'relevance' && d.rankWithTotal) {
    // rank and count in one pass over the matches; above RANK_LIMIT the page is dropped (broad)
    const r = await d.rows<{ total: number; id: number | null; score: number }>(
      d.rankWithTotal({ from: b.from, where: b.where, score: b.score, limit, offset, cap: cap || RANK_LIMIT + 1 }),
    );
    total = Number(r[0]?.total ?? 0);
    if (total <= RANK_LIMIT) hitRows = r.filter((x) => x.id !== null) as HitRow[];
    // backends that keep exact totals (no countCap) count the rest of a broad query
    else if (!cap) total = Number((await d.rows<{ c: number }>(sql`SELECT count(*) AS c ${b.from} ${b.where}`))[0]?.c ?? 0);
  } else {
    const countSql = cap ? sql`SELECT count(*) AS c FROM (SELECT 1 ${b.from} ${b.where} LIMIT ${cap}) m` : sql`SELECT count(*) AS c ${b.from} ${b.where}`;
    total = Number((await d.rows<{ c: number }>(countSql))[0]?.c ?? 0);
  }
  const capped = cap > 0 && total >= cap;
  const broad = !!parsed && sort === 'relevance' && total > RANK_LIMIT;
  if (sort === 'relevance' && (!parsed || broad)) sort = 'date';
  if (hitRows) {
    // ranked above
  } else if (
    parsed &&
    d.probe &&
    sort !== 'relevance' &&
    (capped || (total >= 2000 && total >= PROBE_SHARE * (await (d.archiveSize ?? (() => countAll(d)))())))
  ) {
    // dense matches: walk notices in date order and test each one, stopping at the page end
    // a probe that applies the filters the text index holds (textFrom's residual) leaves SQL the rest
    const where = whereSql([...filterConditions(b.residual ?? q, d, d.unindexed), b.residual ? d.probe(parsed, q) : d.probe(parsed)]);
    hitRows = await d.rows(sql`SELECT n.id AS id, 0 AS score FROM notices n ${where} ${orderBy(sort, sql``)} LIMIT ${limit} OFFSET ${offset}`);
  } else {
    hitRows = await d.rows(sql`SELECT n.id AS id, ${b.score} AS score ${b.from} ${b.where} ${orderBy(sort, b.scoreOrder)} LIMIT ${limit} OFFSET ${offset}`);
  }
  return { total, sort, broad, hitRows: hitRows!, capped };
}

async function countAll(d: SearchDialect): Promise<number> {
  const r = await d.rows<{ c: number }>(sql`SELECT count(*) AS c FROM notices`);
  return Number(r[0]?.c ?? 0);
}

/**
 * Facet counts over the set of matches `ids` (rows { id }) in two passes: sources and years
 * from one GROUP BY over the matching notices, topics and regions from one over their tags.
 */
async function facets(ids: SQL, d: SearchDialect, list?: ArrayLike<number>): Promise<Facets> {
  const { sy, tags } = d.facetCounts ? await d.facetCounts(ids, list) : await facetRows(ids, d);
  return shapeFacets(sy, tags);
}

/** The facet count rows of the matches `ids` in SQL. */
export async function facetRows(ids: SQL, d: SearchDialect): Promise<FacetCountRows> {
  const [sy, tags] = await Promise.all([
    d.rows<{ s: string; y: string | null; c: number }>(
      sql`SELECT n.source_id AS s, ${d.year} AS y, count(*) AS c FROM notices n WHERE n.id IN (${ids}) GROUP BY 1, 2`,
    ),
    d.rows<{ kind: string; k: string; c: number }>(
      sql`SELECT t.kind AS kind, t.value AS k, count(*) AS c FROM notice_tags t WHERE t.kind IN ('topic', 'region') AND t.notice_id IN (${ids}) GROUP BY t.kind, t.value`,
    ),
  ]);
  return { sy, tags };
}

function shapeFacets(sy: FacetCountRows['sy'], tags: FacetCountRows['tags']): Facets {
  const source = new Map<string, number>();
  const year = new Map<string, number>();
  for (const r of sy) {
    source.set(String(r.s), (source.get(String(r.s)) ?? 0) + Number(r.c));
    if (r.y != null) year.set(String(r.y), (year.get(String(r.y)) ?? 0) + Number(r.c));
  }
  const byKey = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  // the 50 commonest of each tag kind; equal counts in value order, so a page is stable
  const top = (kind: string) =>
    Object.fromEntries(
      tags
        .filter((r) => r.kind === kind && r.k != null)
        .map((r): [string, number] => [String(r.k), Number(r.c)])
        .sort((a, b) => b[1] - a[1] || byKey(a, b))
        .slice(0, 50),
    );
  return {
    source: Object.fromEntries([...source].sort(byKey)),
    topic: top('topic'),
    region: top('region'),
    year: Object.fromEntries([...year].sort((a, b) => byKey(b, a))),
  };
}

export async function exportIds(q: SearchQuery, afterId: number, limit: number, d: SearchDialect): Promise<number[]> {
  validateQuery(q);
  const parsed = q.q?.trim() ? parseQuery(q.q) : undefined;
  const b = baseQuery(q, d, parsed);
  const where = b.where.queryChunks.length ? sql`${b.where} AND n.id > ${afterId}` : sql`WHERE n.id > ${afterId}`;
  const rows = await d.rows<{ id: number }>(sql`SELECT n.id AS id ${b.from} ${where} ORDER BY n.id LIMIT ${limit}`);
  return rows.map((r) => Number(r.id));
}
