/**
 * Broker accounts and their clients (BrokerStore in ../types.ts). Scoping is in the
 * queries: every client, delivery and claim is filtered by the broker's id, so a
 * broker (or a bug holding another broker's client id) never reads another's rows.
 */
import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { channelTargetFromRow, EMPTY_INTERESTS } from '../rows.ts';
import type { StoreContext } from './backend.ts';
import type { Broker, BrokerClient, BrokerClientInput, BrokerDelivery, BrokerStore } from '../types.ts';

type Row = Record<string, unknown>;

function brokerFromRow(r: Row): Broker {
  return { id: Number(r.id), name: String(r.name), email: String(r.email), language: r.language === 'en' ? 'en' : 'zh', createdAt: r.createdAt as Date };
}

function clientFromRow(r: Row): BrokerClient {
  return {
    id: Number(r.id),
    brokerId: Number(r.brokerId),
    name: String(r.name),
    profile: { ...EMPTY_INTERESTS, ...((r.profile as object) ?? {}) },
    contactEmail: (r.contactEmail as string | null) ?? null,
    sendDirect: !!r.sendDirect,
    language: r.language === 'en' ? 'en' : 'zh',
    createdAt: r.createdAt as Date,
    updatedAt: r.updatedAt as Date,
  };
}

function deliveryFromRow(r: Row): BrokerDelivery {
  return {
    id: Number(r.id),
    clientId: Number(r.clientId),
    period: String(r.period),
    status: r.status as BrokerDelivery['status'],
    attempts: Number(r.attempts),
    lastError: (r.lastError as string | null) ?? null,
    messageId: (r.messageId as string | null) ?? null,
    claimedAt: (r.claimedAt as Date | null) ?? null,
    sentAt: (r.sentAt as Date | null) ?? null,
  };
}

const validId = (n: number) => Number.isSafeInteger(n) && n > 0;

export class BrokerQueries implements BrokerStore {
  constructor(private readonly ctx: StoreContext) {}

  private get b() {
    return this.ctx.b;
  }

  private get db() {
    return this.ctx.db;
  }

  async add(x: { name: string; email: string; language?: 'zh' | 'en'; tokenHash: string }) {
    try {
      const r = await this.db
        .insert(this.b.t.brokers)
        .values({ name: x.name, email: x.email, language: x.language ?? 'zh', tokenHash: x.tokenHash, createdAt: new Date() })
        .returning();
      return brokerFromRow(r[0]);
    } catch (e) {
      if (this.b.isUniqueViolation(e)) throw new Error(`a broker named "${x.name}" exists already`);
      throw e;
    }
  }

  private async one(where: SQL): Promise<Broker | null> {
    const r = await this.db.select().from(this.b.t.brokers).where(where);
    return r[0] ? brokerFromRow(r[0]) : null;
  }

  get(id: number) {
    return validId(id) ? this.one(eq(this.b.t.brokers.id, id)) : Promise.resolve(null);
  }

  getByName(name: string) {
    return this.one(eq(this.b.t.brokers.name, name));
  }

  getByTokenHash(tokenHash: string) {
    return this.one(eq(this.b.t.brokers.tokenHash, tokenHash));
  }

  async list() {
    const { brokers, brokerClients } = this.b.t;
    const rows = await this.db.select().from(brokers).orderBy(asc(brokers.id));
    const counts = await this.db.select({ brokerId: brokerClients.brokerId, n: count() }).from(brokerClients).groupBy(brokerClients.brokerId);
    const byBroker = new Map<number, number>(counts.map((c: Row) => [Number(c.brokerId), Number(c.n)]));
    return rows.map((r: Row) => ({ ...brokerFromRow(r), clients: byBroker.get(Number(r.id)) ?? 0 }));
  }

  async remove(id: number) {
    if (!validId(id)) return false;
    const r = await this.db.delete(this.b.t.brokers).where(eq(this.b.t.brokers.id, id)).returning({ id: this.b.t.brokers.id });
    return r.length > 0;
  }

  async upsertClients(brokerId: number, clients: BrokerClientInput[]) {
    const c = this.b.t.brokerClients;
    return this.b.tx(async ({ q: db }) => {
      const names = clients.map((x) => x.name);
      const existing = new Set<string>();
      // chunks keep the IN list under SQLite's parameter limit
      for (let i = 0; i < names.length; i += 500) {
        const rows = await db
          .select({ name: c.name })
          .from(c)
          .where(and(eq(c.brokerId, brokerId), inArray(c.name, names.slice(i, i + 500))));
        for (const r of rows) existing.add(r.name);
      }
      const now = new Date();
      for (const x of clients) {
        const values = { profile: x.profile, contactEmail: x.contactEmail, sendDirect: x.sendDirect, language: x.language, updatedAt: now };
        await db
          .insert(c)
          .values({ brokerId, name: x.name, createdAt: now, ...values })
          .onConflictDoUpdate({ target: [c.brokerId, c.name], set: values });
      }
      const updated = clients.filter((x) => existing.has(x.name)).length;
      return { added: clients.length - updated, updated };
    });
  }

  async listClients(brokerId: number) {
    const c = this.b.t.brokerClients;
    const r = await this.db.select().from(c).where(eq(c.brokerId, brokerId)).orderBy(asc(c.name), asc(c.id));
    return r.map(clientFromRow);
  }

  async getClient(brokerId: number, clientId: number) {
    if (!validId(clientId)) return null;
    const c = this.b.t.brokerClients;
    const r = await this.db
      .select()
      .from(c)
      .where(and(eq(c.brokerId, brokerId), eq(c.id, clientId)));
    return r[0] ? clientFromRow(r[0]) : null;
  }

  async getClientByName(brokerId: number, name: string) {
    const c = this.b.t.brokerClients;
    const r = await this.db
      .select()
      .from(c)
      .where(and(eq(c.brokerId, brokerId), eq(c.name, name)));
    return r[0] ? clientFromRow(r[0]) : null;
  }

  async removeClient(brokerId: number, clientId: number) {
    if (!validId(clientId)) return false;
    const c = this.b.t.brokerClients;
    const r = await this.db
      .delete(c)
      .where(and(eq(c.brokerId, brokerId), eq(c.id, clientId)))
      .returning({ id: c.id });
    return r.length > 0;
  }

  async clientWithBroker(clientId: number) {
    if (!validId(clientId)) return null;
    const c = this.b.t.brokerClients;
    const r = await this.db.select().from(c).where(eq(c.id, clientId));
    if (!r[0]) return null;
    const client = clientFromRow(r[0]);
    const broker = await this.get(client.brokerId);
    return broker ? { client, broker } : null;
  }

  /** Targets owned by one of this broker's clients. */
  private ownTarget(brokerId: number, targetId: number) {
    const t = this.b.t.channelTargets;
    return and(eq(t.id, targetId), inArray(t.brokerClientId, this.ownClients(brokerId)));
  }

  async listTargets(brokerId: number, opts: { clientId?: number } = {}) {
    const t = this.b.t.channelTargets;
    const r = await this.db
      .select()
      .from(t)
      .where(and(inArray(t.brokerClientId, this.ownClients(brokerId)), opts.clientId !== undefined ? eq(t.brokerClientId, opts.clientId) : undefined))
      .orderBy(asc(t.id));
    return r.map(channelTargetFromRow);
  }

  async getTarget(brokerId: number, targetId: number) {
    if (!validId(targetId)) return null;
    const r = await this.db.select().from(this.b.t.channelTargets).where(this.ownTarget(brokerId, targetId));
    return r[0] ? channelTargetFromRow(r[0]) : null;
  }

  async removeTarget(brokerId: number, targetId: number) {
    if (!validId(targetId)) return false;
    const t = this.b.t.channelTargets;
    const r = await this.db.delete(t).where(this.ownTarget(brokerId, targetId)).returning({ id: t.id });
    return r.length > 0;
  }

  async resumeTarget(brokerId: number, targetId: number) {
    if (!validId(targetId)) return null;
    const t = this.b.t.channelTargets;
    const r = await this.db.update(t).set({ status: 'active', pauseReason: null, failures: 0 }).where(this.ownTarget(brokerId, targetId)).returning();
    return r[0] ? channelTargetFromRow(r[0]) : null;
  }

  /** The broker's client ids as a subquery: what scopes the delivery rows. */
  private ownClients(brokerId: number) {
    const c = this.b.t.brokerClients;
    return this.db.select({ id: c.id }).from(c).where(eq(c.brokerId, brokerId));
  }

  async claimDelivery(brokerId: number, clientId: number, period: string, opts: { staleAfterMs?: number; maxAttempts?: number } = {}) {
    if (!(await this.getClient(brokerId, clientId))) return null;
    const d = this.b.t.brokerDeliveries;
    const stale = opts.staleAfterMs ?? 10 * 60_000;
    const max = opts.maxAttempts ?? 3;
    const now = new Date();
    await this.db.insert(d).values({ clientId, period, status: 'pending', attempts: 0 }).onConflictDoNothing();
    // one conditional UPDATE decides the winner, as Store.claimDelivery
    const r = await this.db
      .update(d)
      .set({ status: 'sending', claimedAt: now, attempts: sql`${d.attempts} + 1` })
      .where(
        and(
          eq(d.clientId, clientId),
          eq(d.period, period),
          inArray(d.clientId, this.ownClients(brokerId)),
          sql`${d.attempts} < ${max}`,
          sql`(${d.status} IN ('pending', 'failed') OR (${d.status} = 'sending' AND ${d.claimedAt} < ${this.b.time(new Date(now.getTime() - stale))}))`,
        ),
      )
      .returning();
    return r[0] ? deliveryFromRow(r[0]) : null;
  }

  async completeDelivery(brokerId: number, id: number, result: { status: 'sent' | 'failed' | 'skipped'; messageId?: string | null; error?: string | null }) {
    const d = this.b.t.brokerDeliveries;
    await this.db
      .update(d)
      .set({
        status: result.status,
        messageId: result.messageId ?? null,
        lastError: result.error ?? null,
        sentAt: result.status === 'sent' ? new Date() : null,
      })
      .where(and(eq(d.id, id), inArray(d.clientId, this.ownClients(brokerId))));
  }

  async listDeliveries(brokerId: number, opts: { period?: string; clientId?: number } = {}) {
    const d = this.b.t.brokerDeliveries;
    const r = await this.db
      .select()
      .from(d)
      .where(
        and(
          inArray(d.clientId, this.ownClients(brokerId)),
          opts.period ? eq(d.period, opts.period) : undefined,
          opts.clientId !== undefined ? eq(d.clientId, opts.clientId) : undefined,
        ),
      )
      .orderBy(asc(d.id));
    return r.map(deliveryFromRow);
  }
}
