/**
 * The store API: the only way the rest of Policy Radar reads and writes data.
 * Both backends (SQLite, PostgreSQL) implement it with the same meaning.
 * Dates: calendar dates are 'YYYY-MM-DD' strings; instants are JS Dates.
 */

export type Dialect = 'sqlite' | 'pg';

export interface Attachment {
  name: string;
  url: string;
  /** pdf | doc | docx | xls | xlsx | zip | other */
  type: string;
  size?: number | null;
  /** sha256 of the attachment body when it was downloaded */
  hash?: string | null;
}

export interface NoticeTags {
  topics: string[];
  hsCodes: string[];
  regions: string[];
}

/** One word-level diff operation: '=' same, '+' added, '-' removed. */
export type DiffOp = ['=' | '+' | '-', string];

export type NoticeStatus = 'active' | 'removed';

/** role of a tagged region: export market, origin of imports, or foreign issuer */
export type RegionRole = 'market' | 'origin' | 'issuer';

/** A Chinese province (CN-GD) and optionally one of its cities (CN-GD-shenzhen). */
export interface PlaceRef {
  province: string;
  city?: string;
}

export interface NoticeDeadline {
  kind: 'application' | 'comments' | 'deadline' | 'effective';
  /** last day, YYYY-MM-DD */
  date: string;
  /** first day of an application window */
  from?: string;
  text: string;
}

/** Who may apply: conditions a company's facts are checked against. */
export interface NoticeEligibility {
  maxExportValueUsd?: number;
  minExportValueUsd?: number;
  sme?: boolean;
  registeredIn?: PlaceRef;
}

/** What the taxonomy read from a notice's text for matching (absent keys: not read yet). */
export interface NoticeFacts {
  /** role of each region tag */
  regionRoles?: Record<string, RegionRole>;
  /** the issuing local government's place; null: a national or foreign issuer */
  local?: PlaceRef | null;
  deadlines?: NoticeDeadline[];
  eligibility?: NoticeEligibility | null;
}

export interface Notice extends NoticeTags {
  /** relevance facts (empty for notices stored before they were read) */
  facts?: NoticeFacts;
  /** last day applications or comments are open, YYYY-MM-DD */
  openUntil?: string | null;
  id: number;
  sourceId: string;
  url: string;
  title: string;
  docNumber: string | null;
  agency: string | null;
  /** every issuing body (a co-issued notice names several); always set on notices read from the store ([agency] for those stored before 0006) */
  agencies?: string[];
  /** the page signal that gave the agency (label, signature, title, docNumber, field, list; 'default' = the source's own); null = not recorded */
  agencySignal?: string | null;
  /** the signal that gave publishedAt (field, metaTable, list, meta, written, text, url); null = none or not recorded */
  dateSignal?: string | null;
  /** a summary kept beside the full text (the Federal Register's abstract) */
  summary?: string | null;
  language: string;
  publishedAt: string | null;
  effectiveAt: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  lastChangedAt: Date;
  status: NoticeStatus;
  versionCount: number;
  contentHash: string;
  /** last seen through structure detection (the source's selectors had rotted): fields may be incomplete */
  degraded?: boolean;
}

export interface NoticeVersion {
  noticeId: number;
  version: number;
  fetchedAt: Date;
  contentHash: string;
  title: string;
  text: string;
  html: string;
  attachments: Attachment[];
  /** diff from the previous version's text (null for the first version) */
  diff: DiffOp[] | null;
  changeSummary: string | null;
}

/** What the crawler observed on a detail page, ready to be stored. */
export interface ObservedNotice extends Partial<NoticeTags> {
  sourceId: string;
  url: string;
  title: string;
  docNumber?: string | null;
  agency?: string | null;
  agencies?: string[];
  agencySignal?: string | null;
  dateSignal?: string | null;
  summary?: string | null;
  language: string;
  publishedAt?: string | null;
  effectiveAt?: string | null;
  text: string;
  html: string;
  attachments?: Attachment[];
  /** hash of the normalised content (text + attachments), computed by the crawler */
  contentHash: string;
  fetchedAt?: Date;
  /** found by structure detection instead of the source's selectors */
  degraded?: boolean;
  /** relevance facts read from the text; kept from the previous version when absent */
  facts?: NoticeFacts;
}

export type ChangeFn = (previousText: string, nextText: string) => { diff: DiffOp[]; summary: string };

export interface SaveResult {
  noticeId: number;
  outcome: 'new' | 'changed' | 'unchanged';
  version: number;
}

export type SourceStatus = 'ok' | 'blocked' | 'down' | 'alarm' | 'never';

export interface SourceRecord {
  id: string;
  name: string;
  agency: string | null;
  country: string | null;
  language: string | null;
  baseUrl: string;
  enabled: boolean;
  lastRunAt: Date | null;
  lastSuccessAt: Date | null;
  itemsSeen: number;
  consecutiveFailures: number;
  lastError: string | null;
  status: SourceStatus;
  alarms: string[];
  noticeCount?: number;
}

export interface SourceHealthPatch {
  lastRunAt?: Date;
  lastSuccessAt?: Date;
  itemsSeen?: number;
  consecutiveFailures?: number;
  lastError?: string | null;
  status?: SourceStatus;
  alarms?: string[];
}

/** What one run amounts to in a source's health history. */
export type RunOutcome = 'ok' | 'degraded' | 'blocked' | 'down' | 'moved';

export interface CrawlRunStats {
  pages: number;
  bytes: number;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  removedCount: number;
  errors: Record<string, number>;
  status: 'ok' | 'partial' | 'failed' | 'blocked';
  message?: string | null;
  /** null for runs still going (and runs recorded before outcomes existed, see migration 0005) */
  outcome?: RunOutcome | null;
  /** why: the selector that rotted, the status that blocked, the error that kept the site away */
  reason?: string | null;
}

export interface CrawlRun extends Omit<CrawlRunStats, 'status'> {
  /** `running` until finished; `interrupted` when its process died first (crawler/run-owner.ts) */
  status: CrawlRunStats['status'] | 'running' | 'interrupted';
  id: number;
  sourceId: string;
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
}

export interface HttpCacheEntry {
  url: string;
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
  status: number;
  fetchedAt: Date;
}

export interface SearchFilters {
  sources?: string[];
  agency?: string;
  topics?: string[];
  /** HS code prefixes, e.g. '85' or '8501' */
  hs?: string[];
  regions?: string[];
  language?: string;
  /** inclusive 'YYYY-MM-DD' bounds on the published date */
  from?: string;
  to?: string;
  /** notices changed (or first seen) at or after this instant */
  changedSince?: Date;
  status?: NoticeStatus | 'all';
}

export interface SearchQuery extends SearchFilters {
  q?: string;
  sort?: 'relevance' | 'date' | 'changed';
  limit?: number;
  offset?: number;
  /** ask for facet counts (source, topic, region, year) of the whole result */
  facets?: boolean;
}

/**
 * Candidates for a profile (taxonomy/relevance.ts admission()): notices with an HS tag under
 * one of `any.hsPrefixes` or equal to one of `any.hsExact`, a title containing one of
 * `any.titleWords` (lower-case), a region tag in `any.regions`; or without any HS tag and with
 * a topic in `follow.topics` or a source in `follow.sources`.
 */
export interface MatchNarrowing {
  any: { hsPrefixes: string[]; hsExact: string[]; titleWords: string[]; regions: string[] };
  follow: { topics: string[]; sources: string[] };
}

/** What relevance (taxonomy/relevance.ts judge()) reads of a notice, without its text. */
export interface MatchFields {
  id: number;
  title: string;
  agency: string | null;
  sourceId: string;
  topics: string[];
  hsCodes: string[];
  regions: string[];
  facts: NoticeFacts;
  lastChangedAt: Date;
}

export interface SearchHit {
  notice: Notice;
  /** excerpt with matches wrapped in \u0001 … \u0002 markers (callers escape, then mark up) */
  snippet: string;
  score: number;
}

export interface Facets {
  source: Record<string, number>;
  topic: Record<string, number>;
  region: Record<string, number>;
  year: Record<string, number>;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** the order actually used */
  sort?: 'relevance' | 'date' | 'changed';
  /** true when the query matched too much of the archive to rank: newest first instead */
  broad?: boolean;
  /** false when `total` is a lower bound (PostgreSQL stops counting very broad queries) */
  totalExact?: boolean;
  facets?: Facets;
}

/** The export/import line format (NDJSON): one notice with all its versions. */
export interface NoticeExport {
  notice: Omit<Notice, 'id' | 'versionCount'>;
  versions: Omit<NoticeVersion, 'noticeId'>[];
}

export type SubscriberStatus = 'pending' | 'confirmed' | 'paused' | 'unsubscribed';

export interface Interests {
  hs: string[];
  regions: string[];
  topics: string[];
  sources: string[];
  keywords: string[];
  /** where the company is: province id (CN-GD) and city id (CN-GD-shenzhen) */
  location?: { province: string; city?: string } | null;
  /** optional size facts: annual export value in USD, small or medium-sized enterprise */
  size?: { exportValueUsd?: number; sme?: boolean } | null;
}

export interface Subscriber {
  id: number;
  email: string;
  language: 'zh' | 'en';
  interests: Interests;
  sendEmpty: boolean;
  status: SubscriberStatus;
  createdAt: Date;
  confirmedAt: Date | null;
  unsubscribedAt: Date | null;
}

/** A change asked for on the public form for an existing address, waiting for its owner's confirmation. */
export interface SubscriptionChange {
  id: number;
  subscriberId: number;
  language: 'zh' | 'en';
  interests: Interests;
  sendEmpty: boolean;
  createdAt: Date;
}

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';

export interface Delivery {
  id: number;
  subscriberId: number;
  period: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  claimedAt: Date | null;
  sentAt: Date | null;
}

/** A page as a degraded crawl saw it (structure detection stood in for the source's selectors). */
export interface SourcePage {
  sourceId: string;
  kind: 'list' | 'detail';
  url: string;
  html: string;
  runId: number | null;
  seenAt: Date;
}

export interface Store extends ChannelStore {
  readonly dialect: Dialect;
  /** SQLite: the database file, which another connection (a writer thread) may open; null in memory or on PostgreSQL */
  readonly file: string | null;
  /** customs-broker accounts and their clients (db/store/brokers.ts) */
  readonly brokers: BrokerStore;
  close(): Promise<void>;

  // sources
  upsertSource(s: Pick<SourceRecord, 'id' | 'name' | 'baseUrl'> & Partial<Pick<SourceRecord, 'agency' | 'country' | 'language' | 'enabled'>>): Promise<void>;
  getSource(id: string): Promise<SourceRecord | null>;
  listSources(): Promise<SourceRecord[]>;
  updateSourceHealth(id: string, patch: SourceHealthPatch): Promise<void>;

  // crawl runs
  /** `owner`: the process running it (crawler/run-owner.ts), so a run whose process dies can be told apart. */
  startRun(sourceId: string, startedAt?: Date, owner?: string): Promise<number>;
  finishRun(runId: number, stats: CrawlRunStats, finishedAt?: Date): Promise<void>;
  listRuns(opts?: { sourceId?: string; limit?: number }): Promise<CrawlRun[]>;
  /** Runs still marked running, with the process that owns each and its last heartbeat. */
  listRunningRuns(): Promise<{ id: number; sourceId: string; startedAt: Date; owner: string | null; heartbeatAt: Date | null }[]>;
  /** Records that the runs' owner is alive (crawls call it every few seconds while they run). */
  heartbeatRuns(runIds: number[], at?: Date): Promise<void>;
  /** Marks runs that are still `running` as `interrupted`, finished at their last heartbeat (those already finished are left alone); returns how many. */
  markRunsInterrupted(runIds: number[], message: string): Promise<number>;

  // HTTP cache
  getHttpCache(url: string): Promise<HttpCacheEntry | null>;
  putHttpCache(e: HttpCacheEntry): Promise<void>;
  /** several entries in one transaction */
  putHttpCaches(entries: HttpCacheEntry[]): Promise<void>;

  // notices
  /**
   * Stores what was observed, atomically: a new notice (version 1), a new
   * version when contentHash differs from the latest (diff computed by `change`),
   * or only lastSeenAt when unchanged. Matches an existing notice by URL, then
   * by (docNumber) when given. Idempotent: saving the same observation twice
   * creates one version.
   */
  saveObservation(o: ObservedNotice, change: ChangeFn): Promise<SaveResult>;
  /**
   * saveObservation for many observations in one write transaction (one
   * commit, one full-text index flush), with the same meaning: items are
   * applied in order, so a URL twice in a batch is saved twice in turn.
   * Results in input order. When it rejects, any item may or may not have
   * been stored; saving them again is safe (idempotent).
   */
  saveObservations(items: ObservedNotice[], change: ChangeFn): Promise<SaveResult[]>;
  /** Marks a notice removed (its page answers 404/410); never deletes it. */
  markRemoved(url: string, at?: Date): Promise<boolean>;
  /** Touches lastSeenAt for notices listed again without a detail fetch. */
  touchSeen(urls: string[], at?: Date): Promise<void>;
  setTags(noticeId: number, tags: NoticeTags): Promise<void>;
  getNotice(id: number): Promise<Notice | null>;
  getNoticeByUrl(url: string): Promise<Notice | null>;
  /** URLs of this source's notices already stored (for incremental list paging). */
  knownUrls(sourceId: string, urls: string[]): Promise<Set<string>>;
  listVersions(noticeId: number): Promise<NoticeVersion[]>;
  getVersion(noticeId: number, version: number): Promise<NoticeVersion | null>;
  countNotices(): Promise<number>;

  // search & export
  search(q: SearchQuery): Promise<SearchResult>;
  /**
   * Every notice matching q (text and filters; limit, offset and sort ignored) as the few
   * fields relevance judges, newest change first: at most `cap` (the most recently stored), `complete` false beyond it.
   */
  matchFields(q: SearchQuery, cap: number, narrow?: MatchNarrowing | null): Promise<{ rows: MatchFields[]; complete: boolean }>;
  /** The notices `ids` as search hits, in that order (missing ids left out), snippets around q's terms. */
  hitsFor(ids: number[], q?: string): Promise<SearchHit[]>;
  /** Streams notices matching the filters (and q) in id order, in batches; memory stays flat. */
  exportNotices(q: SearchQuery & { withVersions?: boolean; withHtml?: boolean }): AsyncIterable<NoticeExport & { id: number }>;
  /** Imports exported notices; existing URLs are skipped unless their versions are new. */
  importNotices(
    items: AsyncIterable<NoticeExport> | Iterable<NoticeExport>,
    opts?: { batchSize?: number },
  ): Promise<{ notices: number; versions: number; skipped: number }>;

  // subscribers & deliveries
  upsertSubscriber(s: {
    email: string;
    language?: 'zh' | 'en';
    interests?: Partial<Interests>;
    sendEmpty?: boolean;
    status?: SubscriberStatus;
  }): Promise<Subscriber>;
  getSubscriber(id: number): Promise<Subscriber | null>;
  getSubscriberByEmail(email: string): Promise<Subscriber | null>;
  listSubscribers(opts?: { status?: SubscriberStatus }): Promise<Subscriber[]>;
  updateSubscriber(
    id: number,
    patch: Partial<Pick<Subscriber, 'language' | 'interests' | 'sendEmpty' | 'status' | 'confirmedAt' | 'unsubscribedAt'>>,
  ): Promise<Subscriber | null>;
  deleteSubscriber(id: number): Promise<boolean>;
  /** Records a pending change; keeps only the subscriber's `keep` newest (default 5) and drops changes older than `maxAgeMs`. */
  addSubscriptionChange(c: Omit<SubscriptionChange, 'id' | 'createdAt'>, opts?: { keep?: number; maxAgeMs?: number; now?: Date }): Promise<SubscriptionChange>;
  getSubscriptionChange(id: number): Promise<SubscriptionChange | null>;
  /**
   * Applies a pending change in one transaction: the subscriber takes its language, interests and
   * sendEmpty and is confirmed; every pending change of that subscriber is deleted (older links die).
   * Null when the change is gone (applied already, superseded, or its subscriber deleted).
   */
  applySubscriptionChange(id: number, now?: Date): Promise<Subscriber | null>;
  /**
   * Counts a hit on a fixed-window counter shared by every process using the database:
   * returns the hits in the current window, this one included (a new window starts at 1).
   */
  hitRateCounter(key: string, windowMs: number, now?: Date): Promise<number>;
  /** Deletes counters whose window started before `before` (they count nothing any more); returns how many. */
  pruneRateCounters(before: Date): Promise<number>;
  /** Keeps the list or detail page a degraded crawl saw (one of each per source, replacing the last), for `sources doctor`. */
  putSourcePage(p: SourcePage): Promise<void>;
  /** The pages kept by putSourcePage for a source. */
  getSourcePages(sourceId: string): Promise<SourcePage[]>;
  /** Notices first seen or changed in [from, to). */
  noticesInPeriod(from: Date, to: Date): Promise<Notice[]>;
  /**
   * Claims the (subscriber, period) delivery for sending. Returns null when it
   * was already sent, is being sent by someone else (claim younger than
   * staleAfterMs), or has failed maxAttempts times. At most one claimer wins.
   */
  claimDelivery(subscriberId: number, period: string, opts?: { staleAfterMs?: number; maxAttempts?: number }): Promise<Delivery | null>;
  completeDelivery(id: number, result: { status: 'sent' | 'failed' | 'skipped'; messageId?: string | null; error?: string | null }): Promise<void>;
  listDeliveries(opts?: { period?: string; subscriberId?: number }): Promise<Delivery[]>;
}

// ---- push channels (newsletter/channels/) ----------------------------------

export type ChannelTargetKind = 'wecom' | 'dingtalk' | 'feishu' | 'webhook';
export type ChannelSchedule = 'weekly' | 'instant';

export interface ChannelTarget {
  id: number;
  /** the owner: a subscriber, or a broker's client (exactly one is set) */
  subscriberId: number | null;
  brokerClientId: number | null;
  kind: ChannelTargetKind;
  url: string;
  /** signing secret (DingTalk, Feishu, webhook); null for WeCom, whose key is in the URL */
  secret: string | null;
  label: string | null;
  schedule: ChannelSchedule;
  /** instant: only notices with one of these topics (empty: every notice the digest would select) */
  instantTopics: string[];
  status: 'active' | 'paused';
  pauseReason: string | null;
  /** consecutive failed pushes; reset by a success */
  failures: number;
  createdAt: Date;
  lastSuccessAt: Date | null;
}

export interface ChannelDelivery {
  id: number;
  targetId: number;
  /** digest period (2026-W48) or `notice:<id>` */
  key: string;
  status: DeliveryStatus;
  attempts: number;
  /** parts already accepted by the platform (a retry resumes after them) */
  partsSent: number;
  parts: number | null;
  lastError: string | null;
  claimedAt: Date | null;
  sentAt: Date | null;
}

/** Channel target and delivery storage; part of Store. */
export interface ChannelStore {
  addChannelTarget(
    t: ({ subscriberId: number; brokerClientId?: undefined } | { brokerClientId: number; subscriberId?: undefined }) &
      Pick<ChannelTarget, 'kind' | 'url'> &
      Partial<Pick<ChannelTarget, 'secret' | 'label' | 'schedule' | 'instantTopics'>>,
  ): Promise<ChannelTarget>;
  getChannelTarget(id: number): Promise<ChannelTarget | null>;
  /** `brokerId`: the targets of that broker's clients only */
  listChannelTargets(opts?: {
    subscriberId?: number;
    brokerClientId?: number;
    brokerId?: number;
    status?: ChannelTarget['status'];
    schedule?: ChannelSchedule;
  }): Promise<ChannelTarget[]>;
  updateChannelTarget(
    id: number,
    patch: Partial<Pick<ChannelTarget, 'label' | 'schedule' | 'instantTopics' | 'status' | 'pauseReason' | 'failures' | 'lastSuccessAt' | 'secret'>>,
  ): Promise<ChannelTarget | null>;
  removeChannelTarget(id: number): Promise<boolean>;
  /** Same rule as claimDelivery: null when sent, being sent (claim younger than staleAfterMs) or out of attempts. */
  claimChannelDelivery(targetId: number, key: string, opts?: { staleAfterMs?: number; maxAttempts?: number }): Promise<ChannelDelivery | null>;
  /** Records that `partsSent` of `parts` were accepted (called after each part). */
  progressChannelDelivery(id: number, partsSent: number, parts: number): Promise<void>;
  completeChannelDelivery(id: number, result: { status: 'sent' | 'failed' | 'skipped'; error?: string | null }): Promise<void>;
  listChannelDeliveries(opts?: { targetId?: number; key?: string }): Promise<ChannelDelivery[]>;
}

// ---- customs-broker accounts (newsletter/brokers/) -------------------------

export interface Broker {
  id: number;
  name: string;
  /** the broker's own contact address (digests to forward go there) */
  email: string;
  language: 'zh' | 'en';
  createdAt: Date;
}

/** One client of a broker as imported (CSV) or edited; `name` is unique within the broker. */
export interface BrokerClientInput {
  name: string;
  /** validated by taxonomy/profile.ts (HS codes, markets, topics, location) */
  profile: Interests;
  contactEmail: string | null;
  /** send the client's digest to contactEmail (with the broker's name on it) instead of to the broker */
  sendDirect: boolean;
  language: 'zh' | 'en';
}

export interface BrokerClient extends BrokerClientInput {
  id: number;
  brokerId: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface BrokerDelivery {
  id: number;
  clientId: number;
  period: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  claimedAt: Date | null;
  sentAt: Date | null;
}

/**
 * Broker accounts, their clients and the per-(client, period) delivery claims.
 * Every client query takes the broker's id and only ever sees that broker's rows:
 * a client id of another broker reads as absent.
 */
export interface BrokerStore {
  /** Throws when a broker of that name exists. `tokenHash`: SHA-256 (hex) of the broker's access token. */
  add(b: { name: string; email: string; language?: 'zh' | 'en'; tokenHash: string }): Promise<Broker>;
  get(id: number): Promise<Broker | null>;
  getByName(name: string): Promise<Broker | null>;
  getByTokenHash(tokenHash: string): Promise<Broker | null>;
  list(): Promise<(Broker & { clients: number })[]>;
  /** Deletes the broker with its clients and their delivery log. */
  remove(id: number): Promise<boolean>;
  /** Adds or updates (by name) all the clients in one transaction: all are written or none. */
  upsertClients(brokerId: number, clients: BrokerClientInput[]): Promise<{ added: number; updated: number }>;
  listClients(brokerId: number): Promise<BrokerClient[]>;
  getClient(brokerId: number, clientId: number): Promise<BrokerClient | null>;
  getClientByName(brokerId: number, name: string): Promise<BrokerClient | null>;
  removeClient(brokerId: number, clientId: number): Promise<boolean>;
  /** As Store.claimDelivery, for one of this broker's clients (null for another broker's client). */
  claimDelivery(brokerId: number, clientId: number, period: string, opts?: { staleAfterMs?: number; maxAttempts?: number }): Promise<BrokerDelivery | null>;
  completeDelivery(
    brokerId: number,
    id: number,
    result: { status: 'sent' | 'failed' | 'skipped'; messageId?: string | null; error?: string | null },
  ): Promise<void>;
  listDeliveries(brokerId: number, opts?: { period?: string; clientId?: number }): Promise<BrokerDelivery[]>;
  /** A client and its broker, by the client's id alone: for the push paths (never for a broker's request). */
  clientWithBroker(clientId: number): Promise<{ client: BrokerClient; broker: Broker } | null>;
  /** The broker's clients' push targets (Store.addChannelTarget with brokerClientId adds one). */
  listTargets(brokerId: number, opts?: { clientId?: number }): Promise<ChannelTarget[]>;
  /** One of this broker's clients' targets; another broker's reads as absent. */
  getTarget(brokerId: number, targetId: number): Promise<ChannelTarget | null>;
  /** Deletes one of this broker's clients' targets with its delivery log. */
  removeTarget(brokerId: number, targetId: number): Promise<boolean>;
  /** Makes a paused target of this broker's active again (failures and reason cleared). */
  resumeTarget(brokerId: number, targetId: number): Promise<ChannelTarget | null>;
}
