import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Attachment, DiffOp, Interests, NoticeFacts } from '../types.ts';

// Keep in meaning identical to ./pg.ts: same tables, columns and constraints.

export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  agency: text('agency'),
  country: text('country'),
  language: text('language'),
  baseUrl: text('base_url').notNull(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  lastRunAt: integer('last_run_at', { mode: 'timestamp_ms' }),
  lastSuccessAt: integer('last_success_at', { mode: 'timestamp_ms' }),
  itemsSeen: integer('items_seen').notNull().default(0),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  lastError: text('last_error'),
  status: text('status').notNull().default('never'),
  alarms: text('alarms', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
});

export const notices = sqliteTable(
  'notices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: text('source_id').notNull(),
    url: text('url').notNull(),
    title: text('title').notNull(),
    docNumber: text('doc_number'),
    agency: text('agency'),
    /** every issuing body of a co-issued notice (0006) */
    agencies: text('agencies', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** which page signal gave the agency and the published date ('default' = the source's own agency) */
    agencySignal: text('agency_signal'),
    dateSignal: text('date_signal'),
    /** a summary kept beside the full text (the Federal Register's abstract) */
    summary: text('summary'),
    language: text('language').notNull(),
    publishedAt: text('published_at'),
    effectiveAt: text('effective_at'),
    firstSeenAt: integer('first_seen_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    lastChangedAt: integer('last_changed_at', { mode: 'timestamp_ms' }).notNull(),
    status: text('status').notNull().default('active'),
    topics: text('topics', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    hsCodes: text('hs_codes', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    regions: text('regions', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** relevance facts read from the text (region roles, local place, deadlines, eligibility) */
    facts: text('facts', { mode: 'json' }).$type<NoticeFacts>().notNull().default(sql`'{}'`),
    /** last day applications or comments are open (YYYY-MM-DD) */
    openUntil: text('open_until'),
    versionCount: integer('version_count').notNull().default(1),
    contentHash: text('content_hash').notNull(),
    degraded: integer('degraded', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('notices_url_uq').on(t.url),
    index('notices_source_idx').on(t.sourceId),
    index('notices_doc_number_idx').on(t.docNumber),
    index('notices_published_idx').on(t.publishedAt),
    index('notices_open_until_idx').on(t.openUntil),
    index('notices_changed_idx').on(t.lastChangedAt),
  ],
);

export const noticeVersions = sqliteTable(
  'notice_versions',
  {
    noticeId: integer('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    fetchedAt: integer('fetched_at', { mode: 'timestamp_ms' }).notNull(),
    contentHash: text('content_hash').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    attachments: text('attachments', { mode: 'json' }).$type<Attachment[]>().notNull().default(sql`'[]'`),
    diff: text('diff', { mode: 'json' }).$type<DiffOp[] | null>(),
    changeSummary: text('change_summary'),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.version] })],
);

/** One row per (notice, tag kind, value): filters and facets without JSON scans. */
export const noticeTags = sqliteTable(
  'notice_tags',
  {
    noticeId: integer('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.kind, t.value] }), index('notice_tags_kind_value_idx').on(t.kind, t.value, t.noticeId)],
);

export const crawlRuns = sqliteTable(
  'crawl_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: text('source_id').notNull(),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
    status: text('status').notNull().default('running'),
    pages: integer('pages').notNull().default(0),
    bytes: integer('bytes').notNull().default(0),
    newCount: integer('new_count').notNull().default(0),
    changedCount: integer('changed_count').notNull().default(0),
    unchangedCount: integer('unchanged_count').notNull().default(0),
    removedCount: integer('removed_count').notNull().default(0),
    errors: text('errors', { mode: 'json' }).$type<Record<string, number>>().notNull().default(sql`'{}'`),
    message: text('message'),
    durationMs: integer('duration_ms'),
    outcome: text('outcome'),
    reason: text('reason'),
    /** the process running it (host:pid:start, crawler/run-owner.ts) and its last sign of life */
    owner: text('owner'),
    heartbeatAt: integer('heartbeat_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('crawl_runs_source_idx').on(t.sourceId, t.startedAt)],
);

export const httpCache = sqliteTable('http_cache', {
  url: text('url').primaryKey(),
  etag: text('etag'),
  lastModified: text('last_modified'),
  bodyHash: text('body_hash'),
  status: integer('status').notNull(),
  fetchedAt: integer('fetched_at', { mode: 'timestamp_ms' }).notNull(),
});

export const subscribers = sqliteTable(
  'subscribers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    language: text('language').notNull().default('en'),
    interests: text('interests', { mode: 'json' }).$type<Interests>().notNull(),
    sendEmpty: integer('send_empty', { mode: 'boolean' }).notNull().default(false),
    status: text('status').notNull().default('pending'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
    unsubscribedAt: integer('unsubscribed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('subscribers_email_uq').on(t.email)],
);

export const deliveries = sqliteTable(
  'digest_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subscriberId: integer('subscriber_id')
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    messageId: text('message_id'),
    claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('deliveries_subscriber_period_uq').on(t.subscriberId, t.period)],
);

/** A change to an existing subscription asked for on the public form, applied only from the owner's mailbox (newsletter/subscriptions.ts). */
export const subscriptionChanges = sqliteTable(
  'subscription_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subscriberId: integer('subscriber_id')
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    interests: text('interests', { mode: 'json' }).$type<Interests>().notNull(),
    sendEmpty: integer('send_empty', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('subscription_changes_subscriber_idx').on(t.subscriberId)],
);

/** Fixed-window rate counters shared by every process on the database (subscribe limits). */
export const rateCounters = sqliteTable('rate_counters', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start', { mode: 'timestamp_ms' }).notNull(),
  hits: integer('hits').notNull(),
});

export const channelTargets = sqliteTable(
  'channel_targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // exactly one owner (CHECK channel_targets_one_owner): a subscriber, or a broker's client
    subscriberId: integer('subscriber_id').references(() => subscribers.id, { onDelete: 'cascade' }),
    brokerClientId: integer('broker_client_id').references(() => brokerClients.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    url: text('url').notNull(),
    secret: text('secret'),
    label: text('label'),
    schedule: text('schedule').notNull().default('weekly'),
    instantTopics: text('instant_topics', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    status: text('status').notNull().default('active'),
    pauseReason: text('pause_reason'),
    failures: integer('failures').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastSuccessAt: integer('last_success_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('channel_targets_subscriber_idx').on(t.subscriberId),
    index('channel_targets_broker_client_idx').on(t.brokerClientId),
    check('channel_targets_one_owner', sql`(${t.subscriberId} IS NULL) <> (${t.brokerClientId} IS NULL)`),
  ],
);

export const channelDeliveries = sqliteTable(
  'channel_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    targetId: integer('target_id')
      .notNull()
      .references(() => channelTargets.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    partsSent: integer('parts_sent').notNull().default(0),
    parts: integer('parts'),
    lastError: text('last_error'),
    claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('channel_deliveries_target_key_uq').on(t.targetId, t.key)],
);

/** The list and detail page a degraded crawl saw (structure detection stood in), for `sources doctor`. */
export const sourcePages = sqliteTable(
  'source_pages',
  {
    sourceId: text('source_id').notNull(),
    kind: text('kind').notNull(),
    url: text('url').notNull(),
    html: text('html').notNull(),
    runId: integer('run_id'),
    seenAt: integer('seen_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.kind] })],
);

/** Customs-broker accounts (newsletter/brokers/); the access token is kept as its SHA-256. */
export const brokers = sqliteTable(
  'brokers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    language: text('language').notNull().default('zh'),
    tokenHash: text('token_hash').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('brokers_name_uq').on(t.name), uniqueIndex('brokers_token_hash_uq').on(t.tokenHash)],
);

export const brokerClients = sqliteTable(
  'broker_clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    brokerId: integer('broker_id')
      .notNull()
      .references(() => brokers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    profile: text('profile', { mode: 'json' }).$type<Interests>().notNull(),
    contactEmail: text('contact_email'),
    sendDirect: integer('send_direct', { mode: 'boolean' }).notNull().default(false),
    language: text('language').notNull().default('zh'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('broker_clients_broker_name_uq').on(t.brokerId, t.name)],
);

export const brokerDeliveries = sqliteTable(
  'broker_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => brokerClients.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    messageId: text('message_id'),
    claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('broker_deliveries_client_period_uq').on(t.clientId, t.period)],
);
