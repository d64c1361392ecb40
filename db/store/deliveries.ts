import { and, asc, eq, sql } from 'drizzle-orm';
import { deliveryFromRow as toDelivery } from '../rows.ts';
import type { Store } from '../types.ts';
import type { StoreContext } from './backend.ts';

type DeliveryMethods = Pick<Store, 'claimDelivery' | 'completeDelivery' | 'listDeliveries'>;

/** Digest e-mail deliveries: one per subscriber and period, claimed by one sender at a time. */
export function deliveryMethods({ b, db, t }: StoreContext): DeliveryMethods {
  return {
    async claimDelivery(subscriberId, period, opts = {}) {
      const { deliveries } = t;
      const stale = opts.staleAfterMs ?? 10 * 60_000;
      const max = opts.maxAttempts ?? 3;
      const now = new Date();
      await db.insert(deliveries).values({ subscriberId, period, status: 'pending', attempts: 0 }).onConflictDoNothing();
      // one conditional UPDATE decides the winner, on both backends
      const r = await db
        .update(deliveries)
        .set({ status: 'sending', claimedAt: now, attempts: sql`${deliveries.attempts} + 1` })
        .where(
          and(
            eq(deliveries.subscriberId, subscriberId),
            eq(deliveries.period, period),
            sql`${deliveries.attempts} < ${max}`,
            sql`(${deliveries.status} IN ('pending', 'failed') OR (${deliveries.status} = 'sending' AND ${deliveries.claimedAt} < ${b.time(new Date(now.getTime() - stale))}))`,
          ),
        )
        .returning();
      return r[0] ? toDelivery(r[0]) : null;
    },

    async completeDelivery(id, result) {
      await db
        .update(t.deliveries)
        .set({
          status: result.status,
          messageId: result.messageId ?? null,
          lastError: result.error ?? null,
          sentAt: result.status === 'sent' ? new Date() : null,
        })
        .where(eq(t.deliveries.id, id));
    },

    async listDeliveries(opts = {}) {
      const { deliveries } = t;
      const conds = [
        opts.period ? eq(deliveries.period, opts.period) : undefined,
        opts.subscriberId ? eq(deliveries.subscriberId, opts.subscriberId) : undefined,
      ];
      const r = await db
        .select()
        .from(deliveries)
        .where(and(...conds))
        .orderBy(asc(deliveries.id));
      return r.map(toDelivery);
    },
  };
}
