import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { EMPTY_INTERESTS, normaliseEmail, subscriberFromRow as toSubscriber } from '../rows.ts';
import type { Store, SubscriptionChange } from '../types.ts';
import type { StoreContext } from './backend.ts';

type SubscriberMethods = Pick<
  Store,
  | 'upsertSubscriber'
  | 'getSubscriber'
  | 'getSubscriberByEmail'
  | 'listSubscribers'
  | 'updateSubscriber'
  | 'deleteSubscriber'
  | 'addSubscriptionChange'
  | 'getSubscriptionChange'
  | 'applySubscriptionChange'
>;

type ChangeRow = Omit<SubscriptionChange, 'interests' | 'language'> & { language: string; interests: Partial<SubscriptionChange['interests']> | null };

const toChange = (r: ChangeRow): SubscriptionChange => ({
  ...r,
  language: r.language as SubscriptionChange['language'],
  id: Number(r.id),
  subscriberId: Number(r.subscriberId),
  interests: { ...EMPTY_INTERESTS, ...(r.interests ?? {}) },
  sendEmpty: !!r.sendEmpty,
});

/** Subscribers, and the changes they asked for that wait for their confirmation. */
export function subscriberMethods({ b, db, t }: StoreContext): SubscriberMethods {
  const methods: SubscriberMethods = {
    async upsertSubscriber(s) {
      const { subscribers } = t;
      const email = normaliseEmail(s.email);
      const interests = { ...EMPTY_INTERESTS, ...(s.interests ?? {}) };
      const now = new Date();
      const set: Partial<typeof subscribers.$inferInsert> = { interests };
      if (s.language) set.language = s.language;
      if (s.sendEmpty !== undefined) set.sendEmpty = s.sendEmpty;
      if (s.status) set.status = s.status;
      if (s.status === 'confirmed') set.confirmedAt = now;
      const r = await db
        .insert(subscribers)
        .values({
          email,
          language: s.language ?? 'en',
          interests,
          sendEmpty: s.sendEmpty ?? false,
          status: s.status ?? 'pending',
          createdAt: now,
          confirmedAt: s.status === 'confirmed' ? now : null,
        })
        .onConflictDoUpdate({ target: subscribers.email, set })
        .returning();
      return toSubscriber(r[0]);
    },

    async getSubscriber(id) {
      if (!Number.isSafeInteger(id)) return null;
      const r = await db.select().from(t.subscribers).where(eq(t.subscribers.id, id));
      return r[0] ? toSubscriber(r[0]) : null;
    },

    async getSubscriberByEmail(email) {
      const r = await db
        .select()
        .from(t.subscribers)
        .where(eq(t.subscribers.email, normaliseEmail(email)));
      return r[0] ? toSubscriber(r[0]) : null;
    },

    async listSubscribers(opts = {}) {
      const { subscribers } = t;
      const r = await db
        .select()
        .from(subscribers)
        .where(opts.status ? eq(subscribers.status, opts.status) : undefined)
        .orderBy(asc(subscribers.id));
      return r.map(toSubscriber);
    },

    async updateSubscriber(id, patch) {
      const { subscribers } = t;
      const set: Partial<typeof subscribers.$inferInsert> = { ...patch };
      if (patch.interests) set.interests = { ...EMPTY_INTERESTS, ...patch.interests };
      if (!Object.keys(set).length) return methods.getSubscriber(id);
      const r = await db.update(subscribers).set(set).where(eq(subscribers.id, id)).returning();
      return r[0] ? toSubscriber(r[0]) : null;
    },

    async deleteSubscriber(id) {
      const r = await db.delete(t.subscribers).where(eq(t.subscribers.id, id)).returning({ id: t.subscribers.id });
      return r.length > 0;
    },

    async addSubscriptionChange(c, opts = {}) {
      const { subscriptionChanges: sc } = t;
      const now = opts.now ?? new Date();
      const keep = opts.keep ?? 5;
      return b.tx(async ({ q: db }) => {
        const r = await db
          .insert(sc)
          .values({
            subscriberId: c.subscriberId,
            language: c.language,
            interests: { ...EMPTY_INTERESTS, ...c.interests },
            sendEmpty: c.sendEmpty,
            createdAt: now,
          })
          .returning();
        // bounded: a stranger posting the form again and again cannot grow the table
        const ids = await db.select({ id: sc.id }).from(sc).where(eq(sc.subscriberId, c.subscriberId)).orderBy(desc(sc.id));
        const old = ids.slice(keep).map((x) => Number(x.id));
        if (old.length) await db.delete(sc).where(inArray(sc.id, old));
        if (opts.maxAgeMs !== undefined) await db.delete(sc).where(sql`${sc.createdAt} < ${b.time(new Date(now.getTime() - opts.maxAgeMs))}`);
        return toChange(r[0]);
      });
    },

    async getSubscriptionChange(id) {
      if (!Number.isSafeInteger(id)) return null;
      const r = await db.select().from(t.subscriptionChanges).where(eq(t.subscriptionChanges.id, id));
      return r[0] ? toChange(r[0]) : null;
    },

    async applySubscriptionChange(id, now = new Date()) {
      if (!Number.isSafeInteger(id)) return null;
      const { subscriptionChanges: sc, subscribers } = t;
      return b.tx(async ({ q: db }) => {
        // deleting first decides between two concurrent confirmations: one gets the row
        const gone = await db.delete(sc).where(eq(sc.id, id)).returning();
        if (!gone[0]) return null;
        const c = toChange(gone[0]);
        await db.delete(sc).where(eq(sc.subscriberId, c.subscriberId));
        const r = await db
          .update(subscribers)
          .set({ language: c.language, interests: c.interests, sendEmpty: c.sendEmpty, status: 'confirmed', confirmedAt: now, unsubscribedAt: null })
          .where(eq(subscribers.id, c.subscriberId))
          .returning();
        return r[0] ? toSubscriber(r[0]) : null;
      });
    },
  };
  return methods;
}
