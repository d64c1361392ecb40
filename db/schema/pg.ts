import { sql } from 'drizzle-orm';
import { boolean, check, customType, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Attachment, DiffOp, Interests, NoticeFacts } from '../types.ts';

// Keep in meaning identical to ./sqlite.ts: same tables, columns and constraints.

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const sources = pgTable('sources', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  agency: text('agency'),
  country: text('country'),
  language: text('language'),
  baseUrl: text('base_url').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  lastRunAt: ts('last_run_at'),
  lastSuccessAt: ts('last_success_at'),
  itemsSeen: integer('items_seen').notNull().default(0),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  lastError: text('last_error'),
  status: text('status').notNull().default('never'),
  alarms: jsonb('alarms').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
});

export const notices = pgTable(
  'notices',
  {
    id: serial('id').primaryKey(),
    sourceId: text('source_id').notNull(),
    url: text('url').notNull(),
    title: text('title').notNull(),
    docNumber: text('doc_number'),
    agency: text('agency'),
    /** every issuing body of a co-issued notice (0006) */
    agencies: jsonb('agencies').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** which page signal gave the agency and the published date ('default' = the source's own agency) */
    agencySignal: text('agency_signal'),
    dateSignal: text('date_signal'),
    /** a summary kept beside the full text (the Federal Register's abstract) */
    summary: text('summary'),
    language: text('language').notNull(),
    publishedAt: date('published_at', { mode: 'string' }),
    effectiveAt: date('effective_at', { mode: 'string' }),
    firstSeenAt: ts('first_seen_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    lastChangedAt: ts('last_changed_at').notNull(),
    status: text('status').notNull().default('active'),
    topics: jsonb('topics').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    hsCodes: jsonb('hs_codes').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    regions: jsonb('regions').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** relevance facts read from the text (region roles, local place, deadlines, eligibility) */
    facts: jsonb('facts').$type<NoticeFacts>().notNull().default(sql`'{}'::jsonb`),
    /** last day applications or comments are open */
    openUntil: date('open_until', { mode: 'string' }),
    versionCount: integer('version_count').notNull().default(1),
    contentHash: text('content_hash').notNull(),
    degraded: boolean('degraded').notNull().default(false),
  },
  (t) => [
    uniqueIndex('notices_url_uq').on(t.url),
    index('notices_source_idx').on(t.sourceId),
    index('notices_doc_number_idx').on(t.docNumber),
    index('notices_published_idx').on(t.publishedAt),
    index('notices_open_until_idx').on(t.openUntil),
    // PostgreSQL only: the order of date-sorted pages and of the walks of broad searches (newest first, ties by id)
    index('notices_published_id_idx').on(t.publishedAt.desc().nullsLast(), t.id.desc().nullsFirst()),
    index('notices_changed_idx').on(t.lastChangedAt),
  ],
);

export const noticeVersions = pgTable(
  'notice_versions',
  {
    noticeId: integer('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    fetchedAt: ts('fetched_at').notNull(),
    contentHash: text('content_hash').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    attachments: jsonb('attachments').$type<Attachment[]>().notNull().default(sql`'[]'::jsonb`),
    diff: jsonb('diff').$type<DiffOp[] | null>(),
    changeSummary: text('change_summary'),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.version] })],
);

export const noticeTags = pgTable(
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

/**
 * Search index: the same pre-tokenised text as SQLite's FTS5 table (db/search/tokenize.ts)
 * as tsvectors, built by db/pg-bulk.ts (equal to to_tsvector(), computed mostly in
 * JavaScript). `tsv` = title (weight A) || document number (B) || text (D) is matched
 * through the GIN index; the small `head` = title || document number ranks, so that
 * ranking does not read every match's large text vector. The migration keeps both
 * vectors in the row (0001_search_storage.sql).
 *
 * `tsv` also holds the notice's filter words (source, language, agency, tags: see
 * db/search/pg-facets.ts), lexemes no query token can spell, so that a filtered
 * search is one GIN lookup; `published_at` and `source_id` repeat the notice's, so
 * that ranking, date filters and facet counts need not join `notices`. All of it is
 * written with the vectors (import, indexNotice), from the notice as saved.
 */
export const noticeSearch = pgTable(
  'notice_search',
  {
    noticeId: integer('notice_id')
      .primaryKey()
      .references(() => notices.id, { onDelete: 'cascade' }),
    head: tsvector('head').notNull(),
    tsv: tsvector('tsv').notNull(),
    publishedAt: date('published_at', { mode: 'string' }),
    sourceId: text('source_id').notNull(),
  },
  (t) => [index('notice_search_tsv_idx').using('gin', t.tsv)],
);

export const crawlRuns = pgTable(
  'crawl_runs',
  {
    id: serial('id').primaryKey(),
    sourceId: text('source_id').notNull(),
    startedAt: ts('started_at').notNull(),
    finishedAt: ts('finished_at'),
    status: text('status').notNull().default('running'),
    pages: integer('pages').notNull().default(0),
    bytes: integer('bytes').notNull().default(0),
    newCount: integer('new_count').notNull().default(0),
    changedCount: integer('changed_count').notNull().default(0),
    unchangedCount: integer('unchanged_count').notNull().default(0),
    removedCount: integer('removed_count').notNull().default(0),
    errors: jsonb('errors').$type<Record<string, number>>().notNull().default(sql`'{}'::jsonb`),
    message: text('message'),
    durationMs: integer('duration_ms'),
    outcome: text('outcome'),
    reason: text('reason'),
    /** the process running it (host:pid:start, crawler/run-owner.ts) and its last sign of life */
    owner: text('owner'),
    heartbeatAt: ts('heartbeat_at'),
  },
  (t) => [index('crawl_runs_source_idx').on(t.sourceId, t.startedAt)],
);

export const httpCache = pgTable('http_cache', {
  url: text('url').primaryKey(),
  etag: text('etag'),
  lastModified: text('last_modified'),
  bodyHash: text('body_hash'),
  status: integer('status').notNull(),
  fetchedAt: ts('fetched_at').notNull(),
});

export const subscribers = pgTable(
  'subscribers',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    language: text('language').notNull().default('en'),
    interests: jsonb('interests').$type<Interests>().notNull(),
    sendEmpty: boolean('send_empty').notNull().default(false),
    status: text('status').notNull().default('pending'),
    createdAt: ts('created_at').notNull(),
    confirmedAt: ts('confirmed_at'),
    unsubscribedAt: ts('unsubscribed_at'),
  },
  (t) => [uniqueIndex('subscribers_email_uq').on(t.email)],
);

export const deliveries = pgTable(
  'digest_deliveries',
  {
    id: serial('id').primaryKey(),
    subscriberId: integer('subscriber_id')
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    messageId: text('message_id'),
    claimedAt: ts('claimed_at'),
    sentAt: ts('sent_at'),
  },
  (t) => [uniqueIndex('deliveries_subscriber_period_uq').on(t.subscriberId, t.period)],
);

/** A change to an existing subscription asked for on the public form, applied only from the owner's mailbox (newsletter/subscriptions.ts). */
export const subscriptionChanges = pgTable(
  'subscription_changes',
  {
    id: serial('id').primaryKey(),
    subscriberId: integer('subscriber_id')
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    interests: jsonb('interests').$type<Interests>().notNull(),
    sendEmpty: boolean('send_empty').notNull().default(false),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('subscription_changes_subscriber_idx').on(t.subscriberId)],
);

/** Fixed-window rate counters shared by every process on the database (subscribe limits). */
export const rateCounters = pgTable('rate_counters', {
  key: text('key').primaryKey(),
  windowStart: ts('window_start').notNull(),
  hits: integer('hits').notNull(),
});

export const channelTargets = pgTable(
  'channel_targets',
  {
    id: serial('id').primaryKey(),
    // exactly one owner (CHECK channel_targets_one_owner): a subscriber, or a broker's client
    subscriberId: integer('subscriber_id').references(() => subscribers.id, { onDelete: 'cascade' }),
    brokerClientId: integer('broker_client_id').references(() => brokerClients.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    url: text('url').notNull(),
    secret: text('secret'),
    label: text('label'),
    schedule: text('schedule').notNull().default('weekly'),
    instantTopics: jsonb('instant_topics').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    status: text('status').notNull().default('active'),
    pauseReason: text('pause_reason'),
    failures: integer('failures').notNull().default(0),
    createdAt: ts('created_at').notNull(),
    lastSuccessAt: ts('last_success_at'),
  },
  (t) => [
    index('channel_targets_subscriber_idx').on(t.subscriberId),
    index('channel_targets_broker_client_idx').on(t.brokerClientId),
    check('channel_targets_one_owner', sql`(${t.subscriberId} IS NULL) <> (${t.brokerClientId} IS NULL)`),
  ],
);

export const channelDeliveries = pgTable(
  'channel_deliveries',
  {
    id: serial('id').primaryKey(),
    targetId: integer('target_id')
      .notNull()
      .references(() => channelTargets.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    partsSent: integer('parts_sent').notNull().default(0),
    parts: integer('parts'),
    lastError: text('last_error'),
    claimedAt: ts('claimed_at'),
    sentAt: ts('sent_at'),
  },
  (t) => [uniqueIndex('channel_deliveries_target_key_uq').on(t.targetId, t.key)],
);

/** The list and detail page a degraded crawl saw (structure detection stood in), for `sources doctor`. */
export const sourcePages = pgTable(
  'source_pages',
  {
    sourceId: text('source_id').notNull(),
    kind: text('kind').notNull(),
    url: text('url').notNull(),
    html: text('html').notNull(),
    runId: integer('run_id'),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'source_pages_pk', columns: [t.sourceId, t.kind] })],
);

/** Customs-broker accounts (newsletter/brokers/); the access token is kept as its SHA-256. */
export const brokers = pgTable(
  'brokers',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    language: text('language').notNull().default('zh'),
    tokenHash: text('token_hash').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('brokers_name_uq').on(t.name), uniqueIndex('brokers_token_hash_uq').on(t.tokenHash)],
);

export const brokerClients = pgTable(
  'broker_clients',
  {
    id: serial('id').primaryKey(),
    brokerId: integer('broker_id')
      .notNull()
      .references(() => brokers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    profile: jsonb('profile').$type<Interests>().notNull(),
    contactEmail: text('contact_email'),
    sendDirect: boolean('send_direct').notNull().default(false),
    language: text('language').notNull().default('zh'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [uniqueIndex('broker_clients_broker_name_uq').on(t.brokerId, t.name)],
);

export const brokerDeliveries = pgTable(
  'broker_deliveries',
  {
    id: serial('id').primaryKey(),
    clientId: integer('client_id')
      .notNull()
      .references(() => brokerClients.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    messageId: text('message_id'),
    claimedAt: ts('claimed_at'),
    sentAt: ts('sent_at'),
  },
  (t) => [uniqueIndex('broker_deliveries_client_period_uq').on(t.clientId, t.period)],
);
