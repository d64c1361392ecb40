import type { Store } from './types.ts';
import type { Backend, StoreContext } from './store/backend.ts';
import { BrokerQueries } from './store/brokers.ts';
import { channelMethods } from './store/channels.ts';
import { deliveryMethods } from './store/deliveries.ts';
import { httpCacheMethods } from './store/http-cache.ts';
import { importExportMethods } from './store/import-export.ts';
import { noticeSaveMethods } from './store/notice-save.ts';
import { noticeMethods } from './store/notices.ts';
import { prepareSave, type SaveStatements } from './store/prepared.ts';
import { rateCounterMethods } from './store/rate-counters.ts';
import { runMethods } from './store/runs.ts';
import { sourcePageMethods } from './store/source-pages.ts';
import { sourceMethods } from './store/sources.ts';
import { subscriberMethods } from './store/subscribers.ts';

export { BODY_TOKENS } from './store/notice-save.ts';

/**
 * The Store over one backend (db/sqlite.ts, db/pg.ts): the entity modules of db/store/,
 * each written once over drizzle for both dialects, composed into one object.
 */
export function drizzleStore(b: Backend): Store {
  let prepared: SaveStatements | undefined;
  const { conn } = b;
  const ctx: StoreContext = {
    b,
    db: conn.q,
    t: b.t,
    fast: () => (conn.kind === 'sqlite' ? (prepared ??= prepareSave(conn.db, b.t)) : null),
  };
  return {
    dialect: b.dialect,
    file: b.file ?? null,
    close: () => b.close(),
    ...sourceMethods(ctx),
    ...sourcePageMethods(ctx),
    ...runMethods(ctx),
    ...httpCacheMethods(ctx),
    ...noticeSaveMethods(ctx),
    ...noticeMethods(ctx),
    ...importExportMethods(ctx),
    ...subscriberMethods(ctx),
    ...rateCounterMethods(ctx),
    ...deliveryMethods(ctx),
    ...channelMethods(ctx),
    brokers: new BrokerQueries(ctx),
  };
}
