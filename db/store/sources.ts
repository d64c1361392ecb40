import { asc, eq, sql } from 'drizzle-orm';
import { sourceFromRow as toSource } from '../rows.ts';
import type { Store } from '../types.ts';
import type { StoreContext } from './backend.ts';

type SourceMethods = Pick<Store, 'upsertSource' | 'getSource' | 'listSources' | 'updateSourceHealth'>;

/** The sources and their health. */
export function sourceMethods({ db, t }: StoreContext): SourceMethods {
  return {
    async upsertSource(s) {
      const { sources } = t;
      const values = {
        id: s.id,
        name: s.name,
        baseUrl: s.baseUrl,
        agency: s.agency ?? null,
        country: s.country ?? null,
        language: s.language ?? null,
        enabled: s.enabled ?? true,
      };
      await db
        .insert(sources)
        .values(values)
        .onConflictDoUpdate({
          target: sources.id,
          set: {
            name: values.name,
            baseUrl: values.baseUrl,
            agency: values.agency,
            country: values.country,
            language: values.language,
            enabled: values.enabled,
          },
        });
    },

    async getSource(id) {
      const r = await db.select().from(t.sources).where(eq(t.sources.id, id));
      return r[0] ? toSource(r[0]) : null;
    },

    async listSources() {
      const { sources, notices } = t;
      const counts = await db.select({ sourceId: notices.sourceId, n: sql<number>`count(*)` }).from(notices).groupBy(notices.sourceId);
      const byId = new Map(counts.map((c) => [c.sourceId, Number(c.n)]));
      const rows = await db.select().from(sources).orderBy(asc(sources.id));
      return rows.map((r) => ({ ...toSource(r), noticeCount: byId.get(r.id) ?? 0 }));
    },

    async updateSourceHealth(id, patch) {
      if (!Object.keys(patch).length) return;
      await db.update(t.sources).set(patch).where(eq(t.sources.id, id));
    },
  };
}
