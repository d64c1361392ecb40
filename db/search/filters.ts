import { type SQL, sql } from 'drizzle-orm';
import type { SearchFilters, SearchQuery } from '../types.ts';
import { QuerySyntaxError } from './query.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HS = /^\d{2,10}$/;
export const MAX_LIMIT = 1000;

/** Rejects malformed filters with a message naming the bad one; nothing reaches SQL unchecked. */
export function validateQuery(q: SearchQuery): void {
  const bad = (name: string, why: string) => {
    throw new QuerySyntaxError(`${name}: ${why}`);
  };
  if (q.from !== undefined && !DATE.test(q.from)) bad('from', `expected a date like 2024-01-31, got "${q.from}"`);
  if (q.to !== undefined && !DATE.test(q.to)) bad('to', `expected a date like 2024-12-31, got "${q.to}"`);
  if (q.from && q.to && q.from > q.to) bad('from', `${q.from} is after to=${q.to}`);
  for (const h of q.hs ?? []) if (!HS.test(h)) bad('hs', `an HS code prefix is 2 to 10 digits, got "${h}"`);
  if (q.limit !== undefined && (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > MAX_LIMIT)) bad('limit', `expected 1..${MAX_LIMIT}, got ${q.limit}`);
  if (q.offset !== undefined && (!Number.isInteger(q.offset) || q.offset < 0)) bad('offset', `expected a whole number >= 0, got ${q.offset}`);
  if (q.changedSince !== undefined && Number.isNaN(q.changedSince.getTime())) bad('changedSince', 'not a valid date');
  if (q.sort !== undefined && !['relevance', 'date', 'changed'].includes(q.sort)) bad('sort', 'expected relevance, date or changed');
  if (q.status !== undefined && !['active', 'removed', 'all'].includes(q.status)) bad('status', 'expected active, removed or all');
}

/** A tag filter as the set of notice ids carrying it, built once from the (kind, value) index. */
function tagSet(kind: string, cond: SQL): SQL {
  return sql`SELECT t.notice_id FROM notice_tags t WHERE t.kind = ${kind} AND ${cond}`;
}

/** The next string after every string starting with `prefix` (digits only): '85' -> '86', '89' -> '8:'. */
function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/**
 * The filters of q in two kinds: conditions on the columns of `notices n`, and
 * tag filters as subqueries that yield the ids of the notices they admit.
 * `time` maps a Date to the column's storage.
 */
export interface FilterParts {
  columns: SQL[];
  tagSets: SQL[];
}

/** What a dialect adds to the shared filter SQL. */
export interface FilterDialect {
  time(d: Date): unknown;
  /** does `notices n` list this value among its issuers (`agencies`)? Absent: the main agency only */
  hasAgency?(value: string): SQL;
}

export function filterParts(q: SearchFilters, d: FilterDialect, wrap: (col: SQL) => SQL = (col) => col): FilterParts {
  const c: SQL[] = [];
  if (q.sources?.length)
    c.push(
      sql`${wrap(sql`n.source_id`)} IN (${sql.join(
        q.sources.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  // a co-issued notice is every issuer's (agencies), not only its first one's (agency)
  if (q.agency) c.push(d.hasAgency ? sql`(${wrap(sql`n.agency`)} = ${q.agency} OR ${d.hasAgency(q.agency)})` : sql`${wrap(sql`n.agency`)} = ${q.agency}`);
  if (q.language) c.push(sql`${wrap(sql`n.language`)} = ${q.language}`);
  // the date range stays indexable: it is the order walks go in
  if (q.from) c.push(sql`n.published_at >= ${q.from}`);
  if (q.to) c.push(sql`n.published_at <= ${q.to}`);
  if (q.changedSince) c.push(sql`${wrap(sql`n.last_changed_at`)} >= ${d.time(q.changedSince)}`);
  if (q.status && q.status !== 'all') c.push(sql`${wrap(sql`n.status`)} = ${q.status}`);
  const tags: SQL[] = [];
  if (q.topics?.length)
    tags.push(
      tagSet(
        'topic',
        sql`t.value IN (${sql.join(
          q.topics.map((s) => sql`${s}`),
          sql`, `,
        )})`,
      ),
    );
  if (q.regions?.length)
    tags.push(
      tagSet(
        'region',
        sql`t.value IN (${sql.join(
          q.regions.map((s) => sql`${s}`),
          sql`, `,
        )})`,
      ),
    );
  if (q.hs?.length) {
    // a heading filter (8501) finds notices tagged with it or its subheadings (an index range),
    // or with its whole chapter (85: a shorter prefix of the filter)
    const ors: SQL[] = [];
    const shorter = new Set<string>();
    for (const h of q.hs) {
      ors.push(sql`(t.value >= ${h} AND t.value < ${prefixEnd(h)})`);
      for (let len = 2; len < h.length; len++) shorter.add(h.slice(0, len));
    }
    if (shorter.size)
      ors.push(
        sql`t.value IN (${sql.join(
          [...shorter].map((v) => sql`${v}`),
          sql`, `,
        )})`,
      );
    tags.push(tagSet('hs', sql`(${sql.join(ors, sql` OR `)})`));
  }
  return { columns: c, tagSets: tags };
}

/**
 * WHERE conditions on `notices n` for the filters of q. A tag filter is a set
 * (`n.id IN (…)`), not a correlated EXISTS: the set is built once and each row is
 * then a cheap lookup. `wrap` lets a dialect keep the planner from driving the query
 * from a filter's index (SQLite: `+n.id`), for walks in date order.
 */
export function filterConditions(q: SearchFilters, d: FilterDialect, wrap: (col: SQL) => SQL = (col) => col): SQL[] {
  const f = filterParts(q, d, wrap);
  return [...f.columns, ...f.tagSets.map((s) => sql`${wrap(sql`n.id`)} IN (${s})`)];
}

/**
 * The filters of q as sets of ids that `id` (a text index's row id) must be in,
 * so that a text query can be filtered without joining every match to `notices`.
 */
export function idSetConditions(f: FilterParts, id: SQL): SQL[] {
  const c = f.tagSets.map((s) => sql`${id} IN (${s})`);
  if (f.columns.length) c.unshift(sql`${id} IN (SELECT n.id FROM notices n ${whereSql(f.columns)})`);
  return c;
}

export function whereSql(conds: SQL[]): SQL {
  return conds.length ? sql`WHERE ${sql.join(conds, sql` AND `)}` : sql``;
}
