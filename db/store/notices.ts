import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { noticeFromRow as toNotice, versionFromRow as toVersion } from '../rows.ts';
import { parseQuery } from '../search/query.ts';
import { makeSnippet } from '../search/snippet.ts';
import { readPage } from '../search/run.ts';
import type { MatchFields, MatchNarrowing, Store } from '../types.ts';
import type { Conn, StoreContext } from './backend.ts';

type NoticeMethods = Pick<
  Store,
  | 'markRemoved'
  | 'touchSeen'
  | 'getNotice'
  | 'getNoticeByUrl'
  | 'knownUrls'
  | 'listVersions'
  | 'getVersion'
  | 'countNotices'
  | 'noticesInPeriod'
  | 'search'
  | 'matchFields'
  | 'hitsFor'
>;

/** ids per query (SQLite allows 32,766 bound parameters; PostgreSQL 65,535) */
const ID_CHUNK = 1000;
/** the SearchFilters keys (a query without any of them, or q, is the whole archive) */
const FILTER_KEYS = ['sources', 'agency', 'topics', 'hs', 'regions', 'language', 'from', 'to', 'changedSince', 'status'] as const;
/** ids per export-order batch walked by matchFields */
const ID_BATCH = 10_000;

async function rowsOf<T>(c: Conn, q: SQL): Promise<T[]> {
  return c.kind === 'sqlite' ? (c.db.all(q) as T[]) : ((await c.db.execute(q)).rows as T[]);
}

const list = (xs: string[]) =>
  sql.join(
    xs.map((x) => sql`${x}`),
    sql`, `,
  );

/** The next string after every string starting with `prefix` (digits): '85' -> '86'. */
const prefixEnd = (p: string) => p.slice(0, -1) + String.fromCharCode(p.charCodeAt(p.length - 1) + 1);

/** The ids a MatchNarrowing admits (HS tags are digits: the import and the classifier keep them so). */
function narrowingSql(c: Conn, m: MatchNarrowing): SQL | null {
  const parts: SQL[] = [];
  const hs: SQL[] = m.any.hsPrefixes.filter(Boolean).map((p) => sql`(t.value >= ${p} AND t.value < ${prefixEnd(p)})`);
  if (m.any.hsExact.length) hs.push(sql`t.value IN (${list(m.any.hsExact)})`);
  if (hs.length) parts.push(sql`SELECT t.notice_id AS id FROM notice_tags t WHERE t.kind = 'hs' AND (${sql.join(hs, sql` OR `)})`);
  if (m.any.regions.length) parts.push(sql`SELECT t.notice_id AS id FROM notice_tags t WHERE t.kind = 'region' AND t.value IN (${list(m.any.regions)})`);
  for (const w of m.any.titleWords.filter(Boolean))
    parts.push(
      c.kind === 'sqlite'
        ? sql`SELECT n.id FROM notices n WHERE instr(lower(n.title), ${w}) > 0`
        : sql`SELECT n.id FROM notices n WHERE strpos(lower(n.title), ${w}) > 0`,
    );
  const follow: SQL[] = [];
  if (m.follow.topics.length)
    follow.push(sql`n.id IN (SELECT t.notice_id FROM notice_tags t WHERE t.kind = 'topic' AND t.value IN (${list(m.follow.topics)}))`);
  if (m.follow.sources.length) follow.push(sql`n.source_id IN (${list(m.follow.sources)})`);
  if (follow.length)
    parts.push(
      sql`SELECT n.id FROM notices n WHERE (${sql.join(follow, sql` OR `)}) AND NOT EXISTS (SELECT 1 FROM notice_tags h WHERE h.notice_id = n.id AND h.kind = 'hs')`,
    );
  return parts.length ? sql.join(parts, sql` UNION `) : null;
}

/** Reading notices and their versions; marking them removed or seen. */
export function noticeMethods({ b, db, t }: StoreContext): NoticeMethods {
  return {
    async markRemoved(url, at = new Date()) {
      const { notices } = t;
      const r = await db
        .update(notices)
        .set({ status: 'removed', lastChangedAt: at })
        .where(and(eq(notices.url, url), eq(notices.status, 'active')))
        .returning({ id: notices.id });
      return r.length > 0;
    },

    async touchSeen(urls, at = new Date()) {
      const { notices } = t;
      for (let i = 0; i < urls.length; i += 500) {
        await db
          .update(notices)
          .set({ lastSeenAt: at })
          .where(inArray(notices.url, urls.slice(i, i + 500)));
      }
    },

    async getNotice(id) {
      if (!Number.isSafeInteger(id)) return null;
      const r = await db.select().from(t.notices).where(eq(t.notices.id, id));
      return r[0] ? toNotice(r[0]) : null;
    },

    async getNoticeByUrl(url) {
      const r = await db.select().from(t.notices).where(eq(t.notices.url, url));
      return r[0] ? toNotice(r[0]) : null;
    },

    async knownUrls(sourceId, urls) {
      const { notices } = t;
      const out = new Set<string>();
      for (let i = 0; i < urls.length; i += 500) {
        const r = await db
          .select({ url: notices.url })
          .from(notices)
          .where(and(eq(notices.sourceId, sourceId), inArray(notices.url, urls.slice(i, i + 500))));
        for (const x of r) out.add(x.url);
      }
      return out;
    },

    async listVersions(noticeId) {
      const { noticeVersions } = t;
      const r = await db.select().from(noticeVersions).where(eq(noticeVersions.noticeId, noticeId)).orderBy(asc(noticeVersions.version));
      return r.map(toVersion);
    },

    async getVersion(noticeId, version) {
      const { noticeVersions } = t;
      if (!Number.isSafeInteger(noticeId) || !Number.isSafeInteger(version)) return null;
      const r = await db
        .select()
        .from(noticeVersions)
        .where(and(eq(noticeVersions.noticeId, noticeId), eq(noticeVersions.version, version)));
      return r[0] ? toVersion(r[0]) : null;
    },

    async countNotices() {
      const r = await db.select({ n: sql<number>`count(*)` }).from(t.notices);
      return Number(r[0].n);
    },

    async noticesInPeriod(from, to) {
      const { notices } = t;
      const r = await db
        .select()
        .from(notices)
        .where(and(sql`${notices.lastChangedAt} >= ${b.time(from)}`, sql`${notices.lastChangedAt} < ${b.time(to)}`))
        .orderBy(desc(notices.lastChangedAt));
      return r.map(toNotice);
    },

    search(q) {
      return b.search(q);
    },

    async matchFields(q, cap, narrow) {
      // the export's walk gives every match in id order, the text query included, without ranking
      const base = { ...q, limit: undefined, offset: undefined, facets: false };
      const admitSql = narrow ? narrowingSql(b.conn, narrow) : null;
      // a narrowing that admits nothing (no interest in any set) leaves no candidate
      const admit = narrow ? new Set((admitSql ? await rowsOf<{ id: number }>(b.conn, admitSql) : []).map((r) => Number(r.id))) : null;
      const ids: number[] = [];
      let after = 0;
      // no text and no filters: the admitted ids are the matches (no walk over the archive)
      const unfiltered =
        !q.q?.trim() &&
        !FILTER_KEYS.some((k) => {
          const v = q[k];
          return v !== undefined && v !== 'all' && !(Array.isArray(v) && v.length === 0);
        });
      if (admit && unfiltered) for (const id of [...admit].sort((x, y) => x - y)) ids.push(id);
      else
        for (;;) {
          const batch = await b.exportIds(base, after, ID_BATCH);
          for (const id of batch) if (!admit || admit.has(id)) ids.push(id);
          if (batch.length < ID_BATCH) break;
          after = batch[batch.length - 1];
        }
      const complete = ids.length <= cap;
      // past the cap: the most recently stored (highest ids)
      const kept = complete ? ids : ids.slice(ids.length - cap);
      const { notices: n } = t;
      const rows: MatchFields[] = [];
      for (let i = 0; i < kept.length; i += ID_CHUNK) {
        const chunk = kept.slice(i, i + ID_CHUNK);
        const r = await db
          .select({
            id: n.id,
            title: n.title,
            agency: n.agency,
            sourceId: n.sourceId,
            topics: n.topics,
            hsCodes: n.hsCodes,
            regions: n.regions,
            facts: n.facts,
            lastChangedAt: n.lastChangedAt,
          })
          .from(n)
          .where(inArray(n.id, chunk));
        for (const x of r)
          rows.push({
            id: Number(x.id),
            title: x.title,
            agency: x.agency ?? null,
            sourceId: x.sourceId,
            topics: x.topics ?? [],
            hsCodes: x.hsCodes ?? [],
            regions: x.regions ?? [],
            facts: x.facts ?? {},
            lastChangedAt: x.lastChangedAt,
          });
      }
      // the order of a search sorted by change, so equal scores keep it
      rows.sort((a, b) => b.lastChangedAt.getTime() - a.lastChangedAt.getTime() || b.id - a.id);
      return { rows, complete };
    },

    async hitsFor(ids, q) {
      const want = ids.filter((id) => Number.isSafeInteger(id)).slice(0, ID_CHUNK);
      if (!want.length) return [];
      const { notices: byId, texts } = await readPage(db, t, want, toNotice, b.pageRows);
      const terms = q?.trim() ? parseQuery(q).highlights : [];
      return want.flatMap((id) => {
        const notice = byId.get(id);
        return notice ? [{ notice, score: 0, snippet: makeSnippet(texts.get(id) ?? '', terms) }] : [];
      });
    },
  };
}
