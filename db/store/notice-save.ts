import { and, asc, eq, sql } from 'drizzle-orm';
import type { ChangeFn, DiffOp, NoticeFacts, NoticeTags, ObservedNotice, SaveResult, Store } from '../types.ts';
import type { Conn, StoreContext } from './backend.ts';

type SaveMethods = Pick<Store, 'saveObservation' | 'saveObservations' | 'setTags'>;

function tagRows(noticeId: number, tags: NoticeTags) {
  const rows: { noticeId: number; kind: string; value: string }[] = [];
  for (const v of new Set(tags.topics)) rows.push({ noticeId, kind: 'topic', value: v });
  for (const v of new Set(tags.hsCodes)) rows.push({ noticeId, kind: 'hs', value: v });
  for (const v of new Set(tags.regions)) rows.push({ noticeId, kind: 'region', value: v });
  return rows;
}

const uniq = (xs: string[] | undefined) => [...new Set(xs ?? [])];

/** The facts column and the last open day derived from its deadlines. */
function factCols(f: NoticeFacts | undefined): { facts: NoticeFacts; openUntil: string | null } {
  const facts = f ?? {};
  let open: string | null = null;
  for (const d of facts.deadlines ?? []) if (d.kind !== 'effective' && /^\d{4}-\d{2}-\d{2}$/.test(d.date) && (!open || d.date > open)) open = d.date;
  return { facts, openUntil: open };
}

/**
 * Optional hint on an ObservedNotice: `{ text, tokens }` with tokens =
 * ftsTokens(text) (db/search/tokenize.ts), computed ahead by the crawler off
 * the main thread. Used only while `text` is still the notice's text; never stored.
 */
export const BODY_TOKENS = Symbol.for('policy-radar.bodyTokens');
type WithTokens = ObservedNotice & { [BODY_TOKENS]?: { text: string; tokens: string } };

function bodyTokensOf(o: WithTokens): string | undefined {
  const pre = o[BODY_TOKENS];
  return pre && pre.text === o.text ? pre.tokens : undefined;
}

/** Saving what the crawler observed: new notices, new versions, tags. */
export function noticeSaveMethods(ctx: StoreContext): SaveMethods {
  const { b, t } = ctx;

  /** A lost race with another writer: unique violation, or (PostgreSQL) a deadlock between two batches' row locks. */
  function retryable(e: unknown) {
    const code = (x: unknown) => (x as { code?: string } | undefined)?.code;
    return b.isUniqueViolation(e) || (b.dialect === 'pg' && (code(e) === '40P01' || code((e as { cause?: unknown })?.cause) === '40P01'));
  }

  async function findForUpdate(c: Conn, url: string, docNumber: string | null | undefined, sourceId: string) {
    const fast = ctx.fast();
    // the same document listed under another URL (list pages, mirrors, other sources): one notice.
    // Across sources only numbers that name their issuer (商务部公告2024年第30号, 国发〔2018〕43号):
    // a bare "2024年第5号" or "公告2024年第5号", or an API id, means something else on another site.
    const namesIssuer = (doc: string) => /^[\u4e00-\u9fa5A-Za-z]{2,}/.test(doc) && !/^(?:公告|令|通知|公报|决定|批复)(?:\d|〔)/.test(doc);
    if (fast) {
      const r = fast.byUrl.all({ url });
      if (r[0] || !docNumber) return r[0] ?? null;
      // the first source that stored it keeps it (lowest id), and the notice keeps its first URL
      return (namesIssuer(docNumber) ? fast.byDocAnySource.all({ docNumber }) : fast.byDocThisSource.all({ docNumber, sourceId }))[0] ?? null;
    }
    if (c.kind !== 'pg') throw new Error('findForUpdate: SQLite saves through its prepared statements');
    const { notices } = c.t;
    // PostgreSQL: two crawls saving one document number under different URLs at once would
    // both miss each other's uncommitted row; a per-number lock makes the second one wait
    if (docNumber) await c.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${docNumber}))`);
    let r = await c.db.select().from(notices).where(eq(notices.url, url)).for('update');
    if (!r[0] && docNumber) {
      r = await c.db
        .select()
        .from(notices)
        .where(namesIssuer(docNumber) ? eq(notices.docNumber, docNumber) : and(eq(notices.docNumber, docNumber), eq(notices.sourceId, sourceId)))
        .orderBy(asc(notices.id))
        .limit(1)
        .for('update');
    }
    return r[0] ?? null;
  }

  async function writeTags(c: Conn, id: number, tags: NoticeTags, replace: boolean) {
    const { noticeTags } = t;
    if (replace) await c.q.delete(noticeTags).where(eq(noticeTags.noticeId, id));
    const rows = tagRows(id, tags);
    if (rows.length) await c.q.insert(noticeTags).values(rows).onConflictDoNothing();
  }

  async function saveIn(c: Conn, o: ObservedNotice, change: ChangeFn): Promise<SaveResult> {
    const { notices, noticeVersions } = t;
    const db = c.q;
    const now = o.fetchedAt ?? new Date();
    const existing = await findForUpdate(c, o.url, o.docNumber, o.sourceId);
    const tags: NoticeTags = { topics: uniq(o.topics), hsCodes: uniq(o.hsCodes), regions: uniq(o.regions) };
    const meta: {
      title: string;
      docNumber: string | null;
      agency: string | null;
      agencies: string[];
      agencySignal: string | null;
      dateSignal: string | null;
      summary: string | null;
      language: string;
      publishedAt: string | null;
      effectiveAt: string | null;
    } = {
      title: o.title,
      docNumber: o.docNumber ?? null,
      agency: o.agency ?? null,
      agencies: o.agencies?.length ? uniq(o.agencies) : o.agency ? [o.agency] : [],
      agencySignal: o.agency ? (o.agencySignal ?? null) : null,
      dateSignal: o.publishedAt ? (o.dateSignal ?? null) : null,
      summary: o.summary ?? null,
      language: o.language,
      publishedAt: o.publishedAt ?? null,
      effectiveAt: o.effectiveAt ?? null,
    };
    const version = (noticeId: number, n: number, diff: DiffOp[] | null, summary: string | null) => ({
      noticeId,
      version: n,
      fetchedAt: now,
      contentHash: o.contentHash,
      title: o.title,
      text: o.text,
      html: o.html,
      attachments: o.attachments ?? [],
      diff,
      changeSummary: summary,
    });

    const fast = ctx.fast();
    if (!existing) {
      const row = {
        sourceId: o.sourceId,
        url: o.url,
        ...meta,
        ...tags,
        ...factCols(o.facts),
        firstSeenAt: now,
        lastSeenAt: now,
        lastChangedAt: now,
        status: 'active' as const,
        versionCount: 1,
        contentHash: o.contentHash,
        degraded: !!o.degraded,
      };
      const ins = fast ? fast.insertNotice.all(row) : await db.insert(notices).values(row).returning({ id: notices.id });
      const id = Number(ins[0].id);
      if (fast) {
        const { diff: _d, changeSummary: _s, ...first } = version(id, 1, null, null);
        fast.insertVersion.run(first);
        for (const r of tagRows(id, tags)) fast.insertTag.run(r);
      } else {
        await db.insert(noticeVersions).values(version(id, 1, null, null));
        await writeTags(c, id, tags, false);
      }
      await b.indexNotice(c, id, meta.title, meta.docNumber ?? '', o.text, false, bodyTokensOf(o));
      return { noticeId: id, outcome: 'new', version: 1 };
    }

    const id = Number(existing.id);
    const hasTags = o.topics !== undefined || o.hsCodes !== undefined || o.regions !== undefined;
    // the same document seen on another source (a repost): it counts as seen, not as a new version
    // of the owner's text, which may differ in layout and boilerplate
    if (existing.contentHash === o.contentHash || existing.sourceId !== o.sourceId) {
      // the flag follows the owner's own pages, not a repost elsewhere
      const degraded = existing.sourceId === o.sourceId ? !!o.degraded : !!existing.degraded;
      if (fast) fast.seen.run({ lastSeenAt: now, id, degraded });
      else await db.update(notices).set({ lastSeenAt: now, status: 'active', degraded }).where(eq(notices.id, id));
      return { noticeId: id, outcome: 'unchanged', version: Number(existing.versionCount) };
    }
    // a page that no longer shows a field (list-only metadata, a failed date parse) keeps what we knew
    for (const k of ['docNumber', 'publishedAt', 'effectiveAt', 'summary'] as const) meta[k] ??= existing[k] ?? null;
    // the signal travels with its value: a kept agency or date keeps the signal that gave it
    if (!meta.agency) Object.assign(meta, { agency: existing.agency ?? null, agencies: existing.agencies ?? [], agencySignal: existing.agencySignal ?? null });
    if (!o.publishedAt) meta.dateSignal = existing.dateSignal ?? null;
    const prev = await db
      .select({ text: noticeVersions.text })
      .from(noticeVersions)
      .where(and(eq(noticeVersions.noticeId, id), eq(noticeVersions.version, existing.versionCount)));
    const { diff, summary } = change(prev[0]?.text ?? '', o.text);
    const n = Number(existing.versionCount) + 1;
    await db.insert(noticeVersions).values(version(id, n, diff, summary));
    await db
      .update(notices)
      .set({
        ...meta,
        ...(hasTags ? tags : {}),
        ...(o.facts ? factCols(o.facts) : {}),
        lastSeenAt: now,
        lastChangedAt: now,
        status: 'active',
        versionCount: n,
        contentHash: o.contentHash,
        degraded: !!o.degraded,
      })
      .where(eq(notices.id, id));
    if (hasTags) await writeTags(c, id, tags, true);
    await b.indexNotice(c, id, meta.title, meta.docNumber ?? '', o.text, true, bodyTokensOf(o));
    return { noticeId: id, outcome: 'changed', version: n };
  }

  const methods: SaveMethods = {
    async saveObservation(o, change) {
      try {
        return await b.tx((c) => saveIn(c, o, change));
      } catch (e) {
        // another writer inserted the same notice or version first: its row is there now
        if (b.isUniqueViolation(e)) return b.tx((c) => saveIn(c, o, change));
        throw e;
      }
    },

    async saveObservations(items, change) {
      if (!items.length) return [];
      // in input order, so duplicates inside the batch behave as consecutive saveObservation calls
      const all = async (c: Conn) => {
        const out: SaveResult[] = [];
        for (const o of items) out.push(await saveIn(c, o, change));
        return out;
      };
      try {
        return await b.tx(all);
      } catch (e) {
        if (!retryable(e)) throw e;
      }
      try {
        // another writer inserted one of these notices or versions first: its rows are there now
        return await b.tx(all);
      } catch (e) {
        if (!retryable(e)) throw e;
        // still racing (several writers sharing the batch's notices): one transaction per notice
        const out: SaveResult[] = [];
        for (const o of items) out.push(await methods.saveObservation(o, change));
        return out;
      }
    },

    async setTags(noticeId, tags) {
      const clean = { topics: uniq(tags.topics), hsCodes: uniq(tags.hsCodes), regions: uniq(tags.regions) };
      await b.tx(async (c) => {
        await c.q.update(t.notices).set(clean).where(eq(t.notices.id, noticeId));
        await writeTags(c, noticeId, clean, true);
        // the search index holds the tags too (SQLite: as filter words)
        const { notices, noticeVersions } = t;
        const r = await c.q
          .select({ title: notices.title, docNumber: notices.docNumber, text: noticeVersions.text })
          .from(notices)
          .innerJoin(noticeVersions, and(eq(noticeVersions.noticeId, notices.id), eq(noticeVersions.version, notices.versionCount)))
          .where(eq(notices.id, noticeId));
        if (r[0]) await b.indexNotice(c, noticeId, r[0].title, r[0].docNumber ?? '', r[0].text, true);
      });
    },
  };
  return methods;
}
