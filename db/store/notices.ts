import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { noticeFromRow as toNotice, versionFromRow as toVersion } from '../rows.ts';
import type { Store } from '../types.ts';
import type { StoreContext } from './backend.ts';

type NoticeMethods = Pick<
  Store,
  'markRemoved' | 'touchSeen' | 'getNotice' | 'getNoticeByUrl' | 'knownUrls' | 'listVersions' | 'getVersion' | 'countNotices' | 'noticesInPeriod' | 'search'
>;

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
  };
}
