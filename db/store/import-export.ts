import { asc, getTableColumns, inArray, sql } from 'drizzle-orm';
import { noticeFromRow as toNotice, versionFromRow as toVersion } from '../rows.ts';
import type { Notice, NoticeExport, NoticeVersion, Store } from '../types.ts';
import { type ImportCounts, ImportTicket, type StoreContext } from './backend.ts';

type ImportExportMethods = Pick<Store, 'exportNotices' | 'importNotices'>;

/** Export (notices with their versions, streamed in id order) and import (in batches). */
export function importExportMethods({ b, db, t }: StoreContext): ImportExportMethods {
  async function importAll(items: AsyncIterable<NoticeExport> | Iterable<NoticeExport>, opts: { batchSize?: number }) {
    const size = opts.batchSize ?? 500;
    const totals = { notices: 0, versions: 0, skipped: 0 };
    const add = (r: ImportCounts) => {
      totals.notices += r.notices;
      totals.versions += r.versions;
      totals.skipped += r.skipped;
    };
    let batch: NoticeExport[] = [];
    /** the batch in flight (pipelined backends): the next one starts before it commits */
    let inFlight: ImportTicket | null = null;
    const flush = async () => {
      if (!batch.length) return;
      const chunk = batch;
      batch = [];
      if (!b.pipelinedImport) return add(await b.importBatch(chunk));
      const before = inFlight;
      const ticket = new ImportTicket(new Set(chunk.map((x) => x.notice.url)));
      ticket.done = b.importBatch(chunk, before ?? undefined, ticket);
      ticket.done.catch(() => {}).finally(ticket.markLocked); // awaited by the next flush, or at the end
      inFlight = ticket;
      if (before) {
        // at most two batches at once; batches commit in order, so an error leaves a prefix stored
        try {
          add(await before.done);
        } catch (e) {
          await ticket.done.catch(() => {});
          inFlight = null;
          throw e;
        }
      }
    };
    try {
      for await (const item of items as AsyncIterable<NoticeExport>) {
        batch.push(item);
        if (batch.length >= size) await flush();
      }
      await flush();
    } catch (e) {
      // never throw with a batch still writing (it commits: a full batch read before the error)
      await (inFlight as ImportTicket | null)?.done.catch(() => {});
      throw e;
    }
    const last = inFlight as ImportTicket | null;
    if (last) add(await last.done);
    return totals;
  }

  return {
    async *exportNotices(q) {
      const { notices, noticeVersions } = t;
      let after = 0;
      const batch = 1000;
      for (;;) {
        const ids = await b.exportIds(q, after, batch);
        if (!ids.length) return;
        after = ids.at(-1)!;
        const ns: Notice[] = (await db.select().from(notices).where(inArray(notices.id, ids)).orderBy(asc(notices.id))).map(toNotice);
        // only the current versions unless all are asked for: a CSV of 100,000 rows needs no history
        const versionFilter =
          q.withVersions === false
            ? sql`(${noticeVersions.noticeId}, ${noticeVersions.version}) IN (SELECT id, version_count FROM notices WHERE id IN (${sql.join(
                ids.map((i) => sql`${i}`),
                sql`, `,
              )}))`
            : inArray(noticeVersions.noticeId, ids);
        // CSV needs no HTML: leaving it out halves what a full export reads
        const { html: _html, ...withoutHtml } = getTableColumns(noticeVersions);
        const vs: NoticeVersion[] = (
          await db
            .select(q.withHtml === false ? withoutHtml : getTableColumns(noticeVersions))
            .from(noticeVersions)
            .where(versionFilter)
            .orderBy(asc(noticeVersions.noticeId), asc(noticeVersions.version))
        ).map((r) => toVersion({ html: '', ...r }));
        const byNotice = new Map<number, NoticeVersion[]>();
        for (const v of vs) {
          const list = byNotice.get(v.noticeId);
          if (list) list.push(v);
          else byNotice.set(v.noticeId, [v]);
        }
        for (const n of ns) {
          const { id, versionCount: _vc, ...notice } = n;
          yield { id, notice, versions: (byNotice.get(id) ?? []).map(({ noticeId: _n, ...v }) => v) };
        }
        if (ids.length < batch) return;
      }
    },

    async importNotices(items, opts = {}) {
      return b.importSession ? b.importSession(() => importAll(items, opts)) : importAll(items, opts);
    },
  };
}
