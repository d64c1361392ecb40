/**
 * Crawl runs: a source definition in, notices and versions in the store out.
 *
 * Resume safety: notices are saved in small batches, one transaction each
 * (one commit and one full-text index flush per batch rather than per
 * notice), and a page's HTTP validators are written only after what it
 * carried is saved, so a
 * process killed at any moment loses nothing committed and the next run
 * neither skips nor duplicates work. A run that follows an unfinished one
 * pages through the whole list (no known-item shortcut).
 */
import { stripBidi } from '../db/bidi.ts';
import { BODY_TOKENS } from '../db/store.ts';
import type { Attachment, CrawlRunStats, HttpCacheEntry, ObservedNotice, SaveResult, SourceStatus, Store } from '../db/types.ts';
import { type Tagger, tagNotice } from './classify.ts';
import { RUN_OWNER, startHeartbeat } from './run-owner.ts';
import { type DetailOutcome, detailSource } from './detail-job.ts';
import { type DetailPool, sharedDetailPool } from './detail-pool.ts';
import { type CrawlWriter, crawlWriter } from './writer.ts';
import { contentHash, contentHashNormalized } from './detect/hash.ts';
import { changeSignal, DEFAULT_SIGNALS, signalHash } from './detect/signal.ts';
import { compileNoise } from './detect/normalize.ts';
import { type DetailFields, detailFromFullText, detailFromItem, extractDetail } from './extract/detail.ts';
import { extractList, type ListItem } from './extract/list.ts';
import type { ListStructure } from './extract/structure.ts';
import { attachmentType, canonicalUrl, fillTemplate, rewriteToBase } from './extract/urls.ts';
import { Fetcher } from './fetch/http.ts';
import { type CrawlOptions, DEFAULT_OPTIONS, FetchError, type FetchRequest, type FetchResult } from './fetch/types.ts';
import { emptyCounters, type HealthCounters, judgeHealth } from './health.ts';
import type { SourceDef } from './source.ts';

/** A definition as the crawler needs it; originalBaseUrl enables mirror rewriting. */
export type CrawlableSource = SourceDef & { originalBaseUrl?: string };

export interface CrawlRunOptions extends Partial<CrawlOptions> {
  /** share one fetcher (politeness, robots cache, browser) across sources */
  fetcher?: Fetcher;
  /** --max-pages: wins over the source's own page limit */
  maxPagesOverride?: number;
  /** classify new versions with the taxonomy (default true) */
  classify?: boolean;
  /** what tags a notice (default: the taxonomy's classifier, run in the detail thread; another one runs on this thread) */
  tagger?: Tagger;
  /** stop between pages and items when aborted */
  signal?: AbortSignal;
  /** where detail pages are parsed and classified (default: the process's worker pool, see detail-pool.ts) */
  detailPool?: DetailPool;
  /** where the crawl's writes go (default: a writer thread for a SQLite file, see writer.ts) */
  writer?: CrawlWriter;
  now?: () => Date;
}

export interface SourceRunResult extends CrawlRunStats {
  sourceId: string;
  runId: number;
  durationMs: number;
  itemsSeen: number;
  health: SourceStatus;
  alarms: string[];
  /** known pages fetched in full but judged unchanged by their change signal (lastmodifiedtime …): not extracted again */
  signalSkipped?: number;
  /** ids of the notices this run stored as new or as a new version, in save order (instant pushes go to these) */
  savedIds: number[];
}

export type CrawlEvent =
  | { type: 'start'; sourceId: string }
  | { type: 'page'; sourceId: string; url: string; items: number; stats: CrawlRunStats }
  | { type: 'item'; sourceId: string; url: string; outcome: 'new' | 'changed' | 'unchanged' | 'removed' | 'error'; stats: CrawlRunStats }
  | { type: 'done'; sourceId: string; result: SourceRunResult }
  | { type: 'error'; sourceId: string; error: string };

export type ProgressFn = (e: CrawlEvent) => void;

export interface CrawlSummary {
  sources: SourceRunResult[];
  totals: { pages: number; bytes: number; newCount: number; changedCount: number; unchangedCount: number; removedCount: number; errors: number };
  durationMs: number;
}

export { changeFn } from './detect/change.ts';

/** Extracted notices saved per transaction at most; a list page's end saves what is buffered. */
export const SAVE_BATCH = 25;

/** Characters of a degraded page kept for the doctor (a list or notice page is far smaller). */
const MAX_KEPT_PAGE = 2_000_000;

/** A page as the crawl saw it. */
interface DegradedPage {
  url: string;
  html: string;
}

/** An extracted notice waiting for its batch to be saved. */
interface PendingSave {
  observed: ObservedNotice;
  /** validators of the pages it came from, written once it is stored */
  cacheWrites: HttpCacheEntry[];
  resolve: () => void;
}

function bump(errors: Record<string, number>, kind: string) {
  errors[kind] = (errors[kind] ?? 0) + 1;
}

function errorKind(e: unknown): string {
  // by name: a ClassifyError from the detail thread arrives rebuilt (thread-error.ts)
  return e instanceof FetchError ? e.kind : (e as Error)?.name === 'ClassifyError' ? 'classify' : 'internal';
}

export function listPageLimit(source: SourceDef, opts: Pick<CrawlRunOptions, 'maxPagesOverride' | 'maxPages'>): number {
  return opts.maxPagesOverride ?? source.politeness?.maxPages ?? source.list.maxPages ?? opts.maxPages ?? DEFAULT_OPTIONS.maxPages;
}

/** The first list page answered from another path or host (a redirect): the site moved it. */
function movedTo(requested: string, final: string): boolean {
  const key = (u: string) => {
    const x = new URL(u);
    return `${x.host}${x.pathname.replace(/\/(index\.s?html?)?$/i, '')}`;
  };
  try {
    return key(requested) !== key(final);
  } catch {
    return false;
  }
}

/** Absolute URL of a definition's path (relative to baseUrl), with mirror rewriting. */
export function resolveSourceUrl(source: CrawlableSource, u: string): string {
  const base = source.baseUrl.endsWith('/') ? source.baseUrl : `${source.baseUrl}/`;
  const abs = /^https?:\/\//i.test(u) ? u : new URL(u.replace(/^\//, ''), new URL(base).origin + new URL(base).pathname).href;
  return rewriteToBase(abs, source.originalBaseUrl, source.baseUrl);
}

/** The URL of list page i (0-based) of one list column; null when paging does not apply. */
export function pageUrl(source: CrawlableSource, first: string, i: number): string | null {
  const p = source.list.pagination;
  const hasTemplate = /\{(page|n)\}/.test(first);
  if (!p || p.type === 'none') {
    if (i > 0) return null;
    return resolveSourceUrl(source, hasTemplate ? fillTemplate(first, 1) : first);
  }
  if (p.type === 'numbered') {
    if (i === 0) return resolveSourceUrl(source, hasTemplate ? fillTemplate(first, p.start ?? 1) : first);
    return resolveSourceUrl(source, fillTemplate(p.template, (p.start ?? 1) + i - 1));
  }
  if (p.type === 'param') {
    const n = (p.start ?? 1) + i;
    if (hasTemplate) return resolveSourceUrl(source, fillTemplate(first, n));
    const u = new URL(resolveSourceUrl(source, first));
    u.searchParams.set(p.param, String(n));
    if (p.sizeParam && p.size) u.searchParams.set(p.sizeParam, String(p.size));
    return u.href;
  }
  // 'next': only the first page is known in advance
  return i === 0 ? resolveSourceUrl(source, first) : null;
}

class SourceCrawl {
  readonly stats: CrawlRunStats = {
    pages: 0,
    bytes: 0,
    newCount: 0,
    changedCount: 0,
    unchangedCount: 0,
    removedCount: 0,
    errors: {},
    status: 'ok',
    message: null,
  };
  readonly counters: HealthCounters = emptyCounters();
  /** known pages fetched in full but judged unchanged by their change signal: not extracted again */
  signalSkipped = 0;
  /** notices stored as new or changed by this run */
  readonly savedIds: number[] = [];
  /** the first list and detail page where structure detection stood in: kept for `sources doctor` */
  readonly degradedPages: { list?: DegradedPage; detail?: DegradedPage } = {};
  private readonly noise: RegExp[];
  private readonly seen = new Set<string>();
  private readonly seenDocNumbers = new Set<string>();
  private touch: string[] = [];
  private pending: PendingSave[] = [];
  private oldestListedDate: string | null = null;
  /** the list structure detection found on an earlier page (the source's selectors having rotted) */
  private detectedList: ListStructure | undefined;
  /**
   * what structure detection found, for a browser source to wait for besides its own (rotted)
   * waitFor selector: after one page's wait runs out, the next pages of that kind load at once
   */
  private readonly detectedWait = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly writer: CrawlWriter,
    private readonly source: CrawlableSource,
    private readonly fetcher: Fetcher,
    private readonly opts: CrawlRunOptions,
    private readonly onProgress: ProgressFn,
  ) {
    this.noise = compileNoise(source.noise?.patterns);
  }

  private get aborted() {
    return this.opts.signal?.aborted === true;
  }

  private now() {
    return this.opts.now?.() ?? new Date();
  }

  private request(url: string, extra: Partial<FetchRequest> = {}): Promise<FetchResult> {
    const s = this.source;
    return this.fetcher.fetch({
      url,
      delayMs: s.politeness?.delayMs ?? this.opts.delayMs,
      concurrency: s.politeness?.concurrency ?? this.opts.perHostConcurrency,
      encoding: s.encoding,
      browser:
        s.browser && this.detectedWait.size ? { ...s.browser, waitFor: [s.browser.waitFor, ...this.detectedWait].filter(Boolean).join(', ') } : s.browser,
      ...extra,
      // after `extra`: list requests pass `headers: list.headers` (often undefined), which must not drop the source's own
      headers: { ...s.headers, ...extra.headers },
    });
  }

  private listUrls(lastSuccessAt?: Date): string[] {
    const l = this.source.list;
    if (l.urls) return l.urls({ now: this.now(), lastSuccessAt, baseUrl: this.source.baseUrl });
    return [l.url, ...(l.extraUrls ?? [])];
  }

  async run(incremental: boolean, lastSuccessAt?: Date): Promise<void> {
    const limit = listPageLimit(this.source, this.opts);
    const knownStreak = this.opts.knownStreak ?? DEFAULT_OPTIONS.knownStreak;
    const firsts = this.listUrls(lastSuccessAt);
    const inFlight = new Set<Promise<void>>();
    for (const [col, first] of firsts.entries()) {
      let streak = 0;
      let next: string | null = null;
      const fingerprints = new Set<string>();
      for (let i = 0; i < limit && !this.aborted; i++) {
        const url = i === 0 || this.source.list.pagination?.type !== 'next' ? pageUrl(this.source, first, i) : next;
        if (!url) break;
        let r: FetchResult;
        try {
          // list pages always fully: their items decide what else to fetch
          r = await this.request(url, { headers: this.source.list.headers });
        } catch (e) {
          if (e instanceof FetchError && e.kind === 'not-found' && i > 0) break; // ran past the last page
          bump(this.stats.errors, `list-${errorKind(e)}`);
          if (col === 0 && i === 0)
            this.counters.listFailure = { kind: errorKind(e), message: (e as Error).message, status: e instanceof FetchError ? e.status : undefined };
          break;
        }
        this.stats.pages++;
        this.stats.bytes += r.bytes;
        let page: ReturnType<typeof extractList>;
        try {
          page = extractList(r.text ?? r.body.toString('utf8'), r.finalUrl, this.source.list, { known: this.detectedList });
        } catch (e) {
          bump(this.stats.errors, 'list-parse');
          if (col === 0 && i === 0) this.counters.listFailure = { kind: 'parse', message: (e as Error).message };
          break;
        }
        this.counters.listPagesOk++;
        this.counters.listRowsMatched += page.matched;
        if (page.detected) {
          this.degradedPages.list ??= { url: r.finalUrl, html: r.text ?? r.body.toString('utf8') };
          this.detectedList ??= page.detected;
          this.detectedWait.add(page.detected.item);
          this.counters.listDetected++;
          this.counters.listDetectedItem ??= page.detected.item;
        }
        if (col === 0 && i === 0 && movedTo(url, r.finalUrl)) this.counters.listMovedTo = r.finalUrl;
        // absolute next links (JSON next_page_url) name the real host: follow them on the mirror
        next = page.next ? rewriteToBase(page.next, this.source.originalBaseUrl, this.source.baseUrl) : null;
        const items = this.dedupe(page.items);
        // a page repeating an earlier one: pagination went round in a circle
        const fp = page.items.map((x) => x.url).join('\n');
        if (!page.items.length || fingerprints.has(fp)) break;
        fingerprints.add(fp);
        const known = await this.store.knownUrls(
          this.source.id,
          items.map((x) => x.url),
        );
        for (const it of items) {
          if (it.date && (!this.oldestListedDate || it.date < this.oldestListedDate)) this.oldestListedDate = it.date;
        }
        // details run in the background while the next list page is fetched; the backlog stays bounded
        const work = Promise.all(items.map((it) => this.item(it, known.has(it.url)))).then(async (saves) => {
          // the page's notices are extracted: store what is buffered, then wait for this page's own
          // (some may be in a batch another page started)
          await this.flushSaves();
          await Promise.all(saves.map((x) => x?.saved));
          await this.flushTouch();
          this.onProgress({ type: 'page', sourceId: this.source.id, url, items: items.length, stats: this.stats });
        });
        inFlight.add(work);
        void work.finally(() => inFlight.delete(work));
        while (inFlight.size > 2) await Promise.race(inFlight);
        for (const it of items) streak = known.has(it.url) ? streak + 1 : 0;
        if (incremental && streak >= knownStreak) break;
      }
    }
    await Promise.all(inFlight);
    await this.flushSaves();
    if (!this.aborted && incremental) await this.recheckVanished();
  }

  /** Canonical URLs (mirror-rewritten), each notice once per run, also across list columns. */
  private dedupe(items: ListItem[]): ListItem[] {
    const out: ListItem[] = [];
    for (const it of items) {
      let url: string;
      try {
        url = canonicalUrl(rewriteToBase(it.url, this.source.originalBaseUrl, this.source.baseUrl));
      } catch {
        continue;
      }
      if (this.seen.has(url)) continue;
      if (it.docNumber && this.seenDocNumbers.has(it.docNumber)) continue;
      this.seen.add(url);
      if (it.docNumber) this.seenDocNumbers.add(it.docNumber);
      this.counters.items++;
      out.push({ ...it, url });
    }
    return out;
  }

  private async flushTouch() {
    if (!this.touch.length) return;
    const urls = this.touch;
    this.touch = [];
    await this.writer.touchSeen(urls, this.now());
  }

  /** Queues an extracted notice; resolves once it is stored (or counted as an error). */
  private enqueueSave(observed: ObservedNotice, cacheWrites: HttpCacheEntry[]): Promise<void> {
    return new Promise<void>((resolve) => {
      this.pending.push({ observed, cacheWrites, resolve });
      if (this.pending.length >= SAVE_BATCH) void this.flushSaves();
    });
  }

  /** Saves the buffered notices in one transaction, then their validators, stats and events. Never rejects. */
  private async flushSaves(): Promise<void> {
    if (!this.pending.length) return;
    const batch = this.pending;
    this.pending = [];
    const results: (SaveResult | Error)[] = await this.writer
      .saveBatch(batch.map((p) => ({ observed: p.observed, cacheWrites: p.cacheWrites })))
      .catch((e: unknown) => batch.map(() => (e instanceof Error ? e : new Error(String(e)))));
    for (const [i, p] of batch.entries()) {
      const res = results[i] ?? new Error('the writer returned no result for this notice');
      if (res instanceof Error) this.itemFailed(p.observed.url, res);
      else {
        if (res.outcome === 'new') this.stats.newCount++;
        else if (res.outcome === 'changed') this.stats.changedCount++;
        else this.stats.unchangedCount++;
        if (res.outcome !== 'unchanged') this.savedIds.push(res.noticeId);
        this.emit(p.observed.url, res.outcome);
      }
      p.resolve();
    }
  }

  private itemFailed(url: string, e: unknown) {
    const kind = errorKind(e);
    bump(this.stats.errors, kind === 'internal' ? 'extract' : kind === 'classify' ? 'classify' : `detail-${kind}`);
    // a classifier failure is a bug of ours, never the site's: always said
    if ((kind === 'internal' && process.env.POLICY_RADAR_DEBUG) || kind === 'classify') console.error(e);
    this.emit(url, 'error');
  }

  private emit(url: string, outcome: Extract<CrawlEvent, { type: 'item' }>['outcome']) {
    this.onProgress({ type: 'item', sourceId: this.source.id, url, outcome, stats: this.stats });
  }

  /**
   * One listed notice: detail fetch (conditional when known), extraction, then queued for saving.
   * Resolves once extracted; the promise inside resolves once it is stored (see flushSaves).
   */
  private async item(it: ListItem, known: boolean): Promise<{ saved: Promise<void> } | undefined> {
    if (this.aborted) return;
    const s = this.source;
    let fields: DetailFields;
    /** extraction done as one job (worker thread): normalised text, and tags when the notice is new */
    let job: DetailOutcome | undefined;
    const cacheWrites: HttpCacheEntry[] = [];
    try {
      if (s.detail?.fromList) {
        fields = detailFromItem(it, { url: it.url, source: s });
        if (it.fullTextUrl) {
          const full = await this.fullText(it, known, cacheWrites);
          if (full === 'unchanged') return;
          const summary = it.body?.trim() || null;
          if (full !== null) fields = detailFromFullText(it, full, { url: it.url, source: s });
          else {
            // the abstract stands in for the text until the full text can be read (the run records it)
            bump(this.stats.errors, 'full-text-unavailable');
            fields.summary = summary;
          }
        }
      } else {
        // numbered notices may be stored under another source's URL (merged by document number):
        // their validators still let an unchanged page stay unchanged
        const cache = known || it.docNumber ? await this.store.getHttpCache(it.url) : null;
        // a list link straight to a document (PDF, DOC): plain HTTP like any attachment, never the browser
        const isDocument = attachmentType(it.url) !== null;
        let r: FetchResult;
        try {
          r = await this.request(it.url, { conditional: cache, decode: !isDocument, ...(isDocument ? { browser: false } : {}) });
        } catch (e) {
          if (e instanceof FetchError && e.kind === 'not-found') {
            if (known && (await this.writer.markRemoved(it.url, this.now()))) {
              this.stats.removedCount++;
              this.emit(it.url, 'removed');
            } else bump(this.stats.errors, 'detail-not-found');
            return;
          }
          if (e instanceof FetchError && e.kind === 'blocked') this.counters.detailBlocked++;
          throw e;
        }
        this.stats.bytes += r.bytes;
        this.counters.detailOk++;
        // a page that says when it last changed is compared by that, not by its bytes (see detect/signal.ts)
        const signal = r.text !== undefined && s.detail?.changeSignal !== false ? changeSignal(r.text, s.detail?.changeSignal || DEFAULT_SIGNALS) : null;
        const pageHash = signal ? signalHash(signal) : r.bodyHash;
        if (r.notModified || (cache?.bodyHash && cache.bodyHash === pageHash)) {
          // nothing new: no parsing, only "seen again"
          if (!r.notModified && signal) this.signalSkipped++;
          this.touch.push(it.url);
          this.stats.unchangedCount++;
          if (!r.notModified) await this.writer.putHttpCache({ ...this.cacheEntry(it.url, r), bodyHash: pageHash });
          this.emit(it.url, 'unchanged');
          return;
        }
        cacheWrites.push({ ...this.cacheEntry(it.url, r), bodyHash: pageHash });
        if (r.text === undefined) {
          // the list links straight to a document: the file is the notice, the list gives the title
          fields = detailFromItem({ ...it, body: null }, { url: it.url, source: s });
          fields.text = '';
          fields.html = '';
          fields.attachments = [{ name: it.title || it.url, url: it.url, type: attachmentType(it.url) ?? 'other', size: r.bytes, hash: r.bodyHash }];
        } else {
          const plain = detailSource(s);
          if (plain) {
            job = await (this.opts.detailPool ?? sharedDetailPool()).run({
              html: r.text,
              url: r.finalUrl,
              source: plain,
              item: it,
              language: s.language,
              fresh: !known,
              tokens: this.writer.tokensAhead,
              classify: this.opts.classify !== false && !this.opts.tagger,
            });
            fields = job.fields;
          } else fields = extractDetail(r.text, { url: r.finalUrl, source: s, item: it });
          this.counters.detailPages++;
          if (!fields.bodyFound || fields.bodyDetected) this.degradedPages.detail ??= { url: r.finalUrl, html: r.text };
          if (!fields.bodyFound) this.counters.detailBodyMissing++;
          if (fields.bodyDetected) {
            this.counters.detailDetected++;
            this.counters.detailDetectedBody ??= fields.bodyDetected;
            this.detectedWait.add(fields.bodyDetected);
          }
        }
      }
      if (!fields.publishedAt) this.counters.itemsWithoutDate++;
      // documents the list or API names for this notice (fields.attachments), after the page's own
      for (const a of it.attachments ?? []) if (!fields.attachments.some((x) => x.url === a.url)) fields.attachments.push({ ...a });
      // attachment names and the one-line fields lose bidi controls (db/bidi.ts), whichever path filled them
      fields.attachments = fields.attachments.map((a) => ({ ...a, name: stripBidi(a.name), url: rewriteToBase(a.url, s.originalBaseUrl, s.baseUrl) }));
      await this.hashAttachments(fields.attachments, cacheWrites);

      const title = stripBidi(fields.title || it.title || it.url);
      const observed: ObservedNotice = {
        sourceId: s.id,
        url: it.url,
        title,
        docNumber: stripBidi(fields.docNumber),
        agency: stripBidi(fields.agency),
        agencies: fields.agencies.map((x) => stripBidi(x)),
        agencySignal: fields.agencySignal,
        dateSignal: fields.dateSignal,
        ...(fields.summary ? { summary: fields.summary } : {}),
        language: s.language,
        publishedAt: fields.publishedAt,
        effectiveAt: fields.effectiveAt,
        text: fields.text,
        html: fields.html,
        attachments: fields.attachments,
        degraded: !!it.degraded || !fields.bodyFound,
        contentHash:
          job && job.title === title
            ? contentHashNormalized(job.normTitle, job.normText, fields.attachments)
            : contentHash({ title, text: fields.text, attachments: fields.attachments }, this.noise),
        fetchedAt: this.now(),
      };
      // a page whose bytes changed but whose content did not (view counters): no need to classify again
      const unchanged = known && (await this.store.getNoticeByUrl(it.url))?.contentHash === observed.contentHash;
      if (this.opts.classify !== false && !unchanged) {
        Object.assign(
          observed,
          job?.tags ?? tagNotice({ title, text: fields.text, agency: fields.agency, docNumber: fields.docNumber, language: s.language }, this.opts.tagger),
        );
      }
      // the full-text tokens the worker computed for a new notice's text (see BODY_TOKENS in db/store.ts)
      if (job?.bodyTokens !== undefined && job.fields.text === fields.text)
        Object.assign(observed, { [BODY_TOKENS]: { text: fields.text, tokens: job.bodyTokens } });
      // not awaited here: the page waits for its notices once all are extracted (no deadlock on a part-filled batch)
      return { saved: this.enqueueSave(observed, cacheWrites) };
    } catch (e) {
      this.itemFailed(it.url, e);
      return undefined;
    }
  }

  /**
   * The full text of a notice whose list carries only its abstract (fields.fullText): the text,
   * 'unchanged' when a known notice's full text answers 304 or the same bytes (nothing to store),
   * or null when it cannot be read (the caller keeps the abstract and counts the miss).
   */
  private async fullText(it: ListItem, known: boolean, cacheWrites: HttpCacheEntry[]): Promise<string | 'unchanged' | null> {
    const url = rewriteToBase(it.fullTextUrl!, this.source.originalBaseUrl, this.source.baseUrl);
    const cache = known ? await this.store.getHttpCache(url) : null;
    let r: FetchResult;
    try {
      r = await this.request(url, { conditional: cache, browser: false });
    } catch (e) {
      if (e instanceof FetchError && (e.kind === 'not-found' || e.kind === 'blocked' || e.kind === 'http')) return null;
      throw e;
    }
    this.stats.bytes += r.bytes;
    if (known && (r.notModified || (cache?.bodyHash && cache.bodyHash === r.bodyHash))) {
      this.touch.push(it.url);
      this.stats.unchangedCount++;
      this.emit(it.url, 'unchanged');
      return 'unchanged';
    }
    if (r.text === undefined) return null;
    cacheWrites.push(this.cacheEntry(url, r));
    return r.text;
  }

  private cacheEntry(url: string, r: FetchResult): HttpCacheEntry {
    return { url, etag: r.etag, lastModified: r.lastModified, bodyHash: r.bodyHash, status: r.status, fetchedAt: this.now() };
  }

  /** Downloads (conditionally) and hashes attachments so that a changed annex is a change. */
  private async hashAttachments(atts: Attachment[], cacheWrites: HttpCacheEntry[]): Promise<void> {
    const enabled = this.source.detail?.hashAttachments ?? this.opts.hashAttachments ?? DEFAULT_OPTIONS.hashAttachments;
    if (!enabled) return;
    const max = this.opts.maxAttachments ?? DEFAULT_OPTIONS.maxAttachments;
    await Promise.all(
      atts.slice(0, max).map(async (a) => {
        if (a.hash) return;
        try {
          const cache = await this.store.getHttpCache(a.url);
          // attachments go over plain HTTP even for browser sources
          const r = await this.request(a.url, { conditional: cache, decode: false, browser: false });
          this.stats.bytes += r.bytes;
          a.hash = r.bodyHash;
          if (!r.notModified) {
            a.size = r.bytes;
            cacheWrites.push(this.cacheEntry(a.url, r));
          }
        } catch (e) {
          bump(this.stats.errors, `attachment-${errorKind(e)}`);
        }
      }),
    );
  }

  /**
   * Notices no longer listed (dropped from the list pages this run covered)
   * are checked once: 404/410 marks them removed. Bounded per run.
   */
  private async recheckVanished(): Promise<void> {
    if (!this.oldestListedDate || this.source.detail?.fromList) return;
    let res: Awaited<ReturnType<Store['search']>>;
    try {
      res = await this.store.search({ sources: [this.source.id], status: 'active', from: this.oldestListedDate, sort: 'date', limit: 50 });
    } catch {
      return;
    }
    const missing = res.hits.map((h) => h.notice).filter((n) => !this.seen.has(n.url));
    await Promise.all(
      missing.slice(0, 20).map(async (n) => {
        try {
          const cache = await this.store.getHttpCache(n.url);
          await this.request(n.url, { conditional: cache, decode: false });
        } catch (e) {
          if (e instanceof FetchError && e.kind === 'not-found' && (await this.writer.markRemoved(n.url, this.now()))) {
            this.stats.removedCount++;
            this.emit(n.url, 'removed');
          }
        }
      }),
    );
  }
}

/** Crawls one source into the store, records the run and the source's health. */
export async function crawlSource(
  store: Store,
  source: CrawlableSource,
  opts: CrawlRunOptions = {},
  onProgress: ProgressFn = () => {},
): Promise<SourceRunResult> {
  const fetcher = opts.fetcher ?? new Fetcher(opts);
  const started = Date.now();
  const now = opts.now?.() ?? new Date();
  await store.upsertSource({
    id: source.id,
    name: source.name,
    baseUrl: source.baseUrl,
    agency: source.agency,
    country: source.country,
    language: source.language,
    enabled: source.enabled ?? true,
  });
  const before = await store.getSource(source.id);
  const previous = (await store.listRuns({ sourceId: source.id, limit: 1 }))[0];
  const runId = await store.startRun(source.id, now, RUN_OWNER);
  const stopHeartbeat = startHeartbeat(store, runId);
  onProgress({ type: 'start', sourceId: source.id });
  // known-item shortcut only after a run that finished cleanly (resume after kill -9 pages through)
  const incremental = !!previous?.finishedAt && (previous.status === 'ok' || previous.status === 'partial') && !!before?.lastSuccessAt;
  // a first crawl parses many detail pages: have a worker ready by the first one
  if (!incremental && !source.detail?.fromList && detailSource(source)) (opts.detailPool ?? sharedDetailPool()).warm();
  const writer = opts.writer ?? crawlWriter(store);
  const crawl = new SourceCrawl(store, writer, source, fetcher, opts, onProgress);
  let fatal: string | null = null;
  try {
    await crawl.run(incremental, before?.lastSuccessAt ?? undefined);
  } catch (e) {
    fatal = (e as Error).message;
    bump(crawl.stats.errors, 'internal');
  } finally {
    stopHeartbeat();
    if (!opts.fetcher) await fetcher.close();
    // everything the crawl wrote is committed before the run is recorded
    if (!opts.writer) await writer.close();
  }
  const verdict = judgeHealth(crawl.counters, crawl.stats.errors, { item: source.list.item, body: source.detail?.body });
  const stats: CrawlRunStats = {
    ...crawl.stats,
    status: fatal ? 'failed' : verdict.runStatus,
    message: fatal ?? verdict.lastError ?? (verdict.alarms.join('; ') || null),
    outcome: fatal ? 'down' : verdict.outcome,
    reason: fatal ? `crawl failed: ${fatal}` : verdict.reason,
  };
  const finished = opts.now?.() ?? new Date();
  await store.finishRun(runId, stats, finished);
  // what structure detection stood in for, as the crawl saw it: `sources doctor` proposes selectors from it
  for (const kind of ['list', 'detail'] as const) {
    const p = crawl.degradedPages[kind];
    if (p) await store.putSourcePage({ sourceId: source.id, kind, url: p.url, html: p.html.slice(0, MAX_KEPT_PAGE), runId, seenAt: finished });
  }
  const failed = stats.status === 'failed' || stats.status === 'blocked';
  await store.updateSourceHealth(source.id, {
    lastRunAt: finished,
    ...(failed ? {} : { lastSuccessAt: finished }),
    itemsSeen: crawl.counters.items,
    consecutiveFailures: failed ? (before?.consecutiveFailures ?? 0) + 1 : 0,
    lastError: fatal ?? verdict.lastError,
    status: fatal ? 'down' : verdict.status,
    alarms: verdict.alarms,
  });
  const result: SourceRunResult = {
    ...stats,
    sourceId: source.id,
    runId,
    durationMs: Date.now() - started,
    itemsSeen: crawl.counters.items,
    health: fatal ? 'down' : verdict.status,
    alarms: verdict.alarms,
    signalSkipped: crawl.signalSkipped,
    savedIds: crawl.savedIds,
  };
  onProgress({ type: 'done', sourceId: source.id, result });
  return result;
}

/**
 * Crawls several sources at once, sharing one fetcher (per-host politeness,
 * global concurrency, robots cache, browser pool). One failing source never
 * stops the others.
 */
export async function crawlSources(
  store: Store,
  sources: CrawlableSource[],
  opts: CrawlRunOptions = {},
  onProgress: ProgressFn = () => {},
): Promise<CrawlSummary> {
  const t0 = Date.now();
  const fetcher = opts.fetcher ?? new Fetcher(opts);
  // one writer (thread) for all the sources
  const writer = opts.writer ?? crawlWriter(store);
  const results: SourceRunResult[] = [];
  try {
    await Promise.all(
      sources.map(async (s) => {
        try {
          results.push(await crawlSource(store, s, { ...opts, fetcher, writer }, onProgress));
        } catch (e) {
          // the store itself failed for this source: report, keep going
          onProgress({ type: 'error', sourceId: s.id, error: (e as Error).message });
          results.push({
            pages: 0,
            bytes: 0,
            newCount: 0,
            changedCount: 0,
            unchangedCount: 0,
            removedCount: 0,
            errors: { internal: 1 },
            status: 'failed',
            message: (e as Error).message,
            sourceId: s.id,
            runId: 0,
            durationMs: 0,
            itemsSeen: 0,
            health: 'down',
            alarms: [],
            savedIds: [],
          });
        }
      }),
    );
  } finally {
    if (!opts.fetcher) await fetcher.close();
    if (!opts.writer) await writer.close();
  }
  results.sort((a, b) => sources.findIndex((s) => s.id === a.sourceId) - sources.findIndex((s) => s.id === b.sourceId));
  const totals = { pages: 0, bytes: 0, newCount: 0, changedCount: 0, unchangedCount: 0, removedCount: 0, errors: 0 };
  for (const r of results) {
    totals.pages += r.pages;
    totals.bytes += r.bytes;
    totals.newCount += r.newCount;
    totals.changedCount += r.changedCount;
    totals.unchangedCount += r.unchangedCount;
    totals.removedCount += r.removedCount;
    totals.errors += Object.values(r.errors).reduce((a, b) => a + b, 0);
  }
  return { sources: results, totals, durationMs: Date.now() - t0 };
}
