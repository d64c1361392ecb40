import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { channelDeliveryFromRow, channelTargetFromRow } from '../rows.ts';
import type { ChannelStore } from '../types.ts';
import type { StoreContext } from './backend.ts';

/** Push channel targets (WeCom, DingTalk, Feishu, webhooks) and their deliveries (newsletter/channels/). */
export function channelMethods({ b, db, t }: StoreContext): ChannelStore {
  const methods: ChannelStore = {
    async addChannelTarget(target) {
      const r = await db
        .insert(t.channelTargets)
        .values({
          subscriberId: target.subscriberId ?? null,
          brokerClientId: target.brokerClientId ?? null,
          kind: target.kind,
          url: target.url,
          secret: target.secret ?? null,
          label: target.label ?? null,
          schedule: target.schedule ?? 'weekly',
          instantTopics: target.instantTopics ?? [],
          status: 'active',
          failures: 0,
          createdAt: new Date(),
        })
        .returning();
      return channelTargetFromRow(r[0]);
    },

    async getChannelTarget(id) {
      if (!Number.isSafeInteger(id)) return null;
      const r = await db.select().from(t.channelTargets).where(eq(t.channelTargets.id, id));
      return r[0] ? channelTargetFromRow(r[0]) : null;
    },

    async listChannelTargets(opts = {}) {
      const c = t.channelTargets;
      const conds = [
        opts.subscriberId !== undefined ? eq(c.subscriberId, opts.subscriberId) : undefined,
        opts.brokerClientId !== undefined ? eq(c.brokerClientId, opts.brokerClientId) : undefined,
        opts.brokerId !== undefined
          ? inArray(c.brokerClientId, db.select({ id: t.brokerClients.id }).from(t.brokerClients).where(eq(t.brokerClients.brokerId, opts.brokerId)))
          : undefined,
        opts.status ? eq(c.status, opts.status) : undefined,
        opts.schedule ? eq(c.schedule, opts.schedule) : undefined,
      ];
      const r = await db
        .select()
        .from(c)
        .where(and(...conds))
        .orderBy(asc(c.id));
      return r.map(channelTargetFromRow);
    },

    async updateChannelTarget(id, patch) {
      if (!Object.keys(patch).length) return methods.getChannelTarget(id);
      const r = await db.update(t.channelTargets).set(patch).where(eq(t.channelTargets.id, id)).returning();
      return r[0] ? channelTargetFromRow(r[0]) : null;
    },

    async removeChannelTarget(id) {
      const r = await db.delete(t.channelTargets).where(eq(t.channelTargets.id, id)).returning({ id: t.channelTargets.id });
      return r.length > 0;
    },

    async claimChannelDelivery(targetId, key, opts = {}) {
      const d = t.channelDeliveries;
      const stale = opts.staleAfterMs ?? 10 * 60_000;
      const max = opts.maxAttempts ?? 3;
      const now = new Date();
      await db.insert(d).values({ targetId, key, status: 'pending', attempts: 0, partsSent: 0 }).onConflictDoNothing();
      // one conditional UPDATE decides the winner, as claimDelivery
      const r = await db
        .update(d)
        .set({ status: 'sending', claimedAt: now, attempts: sql`${d.attempts} + 1` })
        .where(
          and(
            eq(d.targetId, targetId),
            eq(d.key, key),
            sql`${d.attempts} < ${max}`,
            sql`(${d.status} IN ('pending', 'failed') OR (${d.status} = 'sending' AND ${d.claimedAt} < ${b.time(new Date(now.getTime() - stale))}))`,
          ),
        )
        .returning();
      return r[0] ? channelDeliveryFromRow(r[0]) : null;
    },

    async progressChannelDelivery(id, partsSent, parts) {
      await db.update(t.channelDeliveries).set({ partsSent, parts }).where(eq(t.channelDeliveries.id, id));
    },

    async completeChannelDelivery(id, result) {
      await db
        .update(t.channelDeliveries)
        .set({ status: result.status, lastError: result.error ?? null, sentAt: result.status === 'sent' ? new Date() : null })
        .where(eq(t.channelDeliveries.id, id));
    },

    async listChannelDeliveries(opts = {}) {
      const d = t.channelDeliveries;
      const r = await db
        .select()
        .from(d)
        .where(and(opts.targetId !== undefined ? eq(d.targetId, opts.targetId) : undefined, opts.key ? eq(d.key, opts.key) : undefined))
        .orderBy(asc(d.id));
      return r.map(channelDeliveryFromRow);
    },
  };
  return methods;
}
