/**
 * The background's state: the decoded index and its inverted index (rebuilt
 * once per index version), per-tab results, badges and syncing.
 */
import { browser } from 'wxt/browser';
import { decodeIndex, noticePageUrl } from './index-format.ts';
import type { StatusReply, TabNotice, TabState } from './messages.ts';
import { MAX_LISTED } from './messages.ts';
import { buildNoticeIndex, type NoticeIndex, type PageTerms, type RegionTools, rankNotices } from './relevance.ts';
import { loadSettings, type Settings, siteState } from './settings.ts';
import { badgeFor, badgeTitle, formatAge, indexStatus, loadMeta, loadPayload, type SyncOutcome, syncIndex } from './sync.ts';

const DAY_MS = 86_400_000;
const TAB_PREFIX = 'tab:';

type Action = typeof browser.action;

function action(): Action | undefined {
  // MV3: action; Firefox MV2: browserAction
  return (browser.action ?? (browser as unknown as { browserAction?: Action }).browserAction) as Action | undefined;
}

/** Per-tab state lives in session storage when there is one (survives service-worker restarts). */
function tabArea() {
  return (browser.storage as { session?: typeof browser.storage.local }).session ?? browser.storage.local;
}

export class Engine {
  private cache: { key: string; index: NoticeIndex; page: string } | null = null;
  private syncing: Promise<SyncOutcome> | null = null;
  private queued: Promise<SyncOutcome> | null = null;

  constructor(
    private readonly regionTools: RegionTools,
    private readonly fetchFn?: typeof fetch,
  ) {}

  /** The inverted index for the stored payload; rebuilt only when the payload changed. */
  async index(): Promise<{ index: NoticeIndex; page: string } | null> {
    const meta = await loadMeta();
    const key = `${meta.etag}|${meta.fetchedAt}`;
    if (this.cache?.key === key) return this.cache;
    const payload = await loadPayload();
    if (!payload) return null;
    try {
      const d = decodeIndex(payload);
      this.cache = { key, index: buildNoticeIndex(d.notices), page: d.page };
    } catch {
      return null;
    }
    return this.cache;
  }

  async status(settings?: Settings): Promise<StatusReply> {
    const s = settings ?? (await loadSettings());
    const meta = await loadMeta();
    const status = indexStatus(meta, Date.now(), s.syncHours);
    return { status, age: formatAge(status.ageMs), serverUrl: s.serverUrl, generatedAt: meta.generatedAt };
  }

  async evaluate(host: string, terms: PageTerms, settings?: Settings): Promise<TabState> {
    const s = settings ?? (await loadSettings());
    const site = siteState(s, host);
    const state: TabState = { host, ...site, total: 0, notices: [], terms };
    if (!site.enabled) return state;
    const got = await this.index();
    if (!got) return state;
    const { total, ranked } = rankNotices(got.index, terms, {
      interests: s.interests,
      homeRegions: s.homeRegions,
      location: s.location,
      regionTools: this.regionTools,
      today: Math.floor(Date.now() / DAY_MS),
      limit: MAX_LISTED,
    });
    state.total = total;
    state.notices = ranked.map(
      (r): TabNotice => ({
        id: r.notice.id,
        title: r.notice.title,
        agency: r.notice.agency,
        date: r.notice.date,
        href: noticePageUrl(s.serverUrl, got.page, r.notice.id),
        source: /^https?:\/\//i.test(r.notice.url) ? r.notice.url : null,
        score: r.score,
        reasons: r.reasons,
        hsCodes: r.notice.hsCodes,
        regions: r.notice.regions,
        topics: r.notice.topics,
      }),
    );
    return state;
  }

  async saveTab(tabId: number, state: TabState): Promise<void> {
    await tabArea().set({ [TAB_PREFIX + tabId]: state });
  }

  async tab(tabId: number): Promise<TabState | null> {
    const got = await tabArea().get(TAB_PREFIX + tabId);
    return (got[TAB_PREFIX + tabId] as TabState | undefined) ?? null;
  }

  async forgetTab(tabId: number): Promise<void> {
    await tabArea().remove(TAB_PREFIX + tabId);
  }

  async tabIds(): Promise<number[]> {
    const all = await tabArea().get(null);
    return Object.keys(all)
      .filter((k) => k.startsWith(TAB_PREFIX))
      .map((k) => Number(k.slice(TAB_PREFIX.length)));
  }

  async setBadge(tabId: number, count: number, settings?: Settings): Promise<void> {
    const a = action();
    if (!a) return;
    const { status } = await this.status(settings);
    const b = badgeFor(count, status);
    try {
      await a.setBadgeText({ tabId, text: b.text });
      await a.setBadgeBackgroundColor({ tabId, color: b.color });
      await a.setTitle({ tabId, title: badgeTitle(count, status) });
    } catch {
      // the tab closed meanwhile
    }
  }

  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Runs tab updates one after another: two quick settings changes (site off, then on)
   * must not interleave, or the older one could save its state and badge last.
   */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => {});
    return run;
  }

  /** Handles the content script's terms for a tab: rank, badge, remember. */
  onPageTerms(tabId: number, host: string, terms: PageTerms): Promise<TabState> {
    return this.serial(() => this.pageTerms(tabId, host, terms));
  }

  private async pageTerms(tabId: number, host: string, terms: PageTerms): Promise<TabState> {
    const s = await loadSettings();
    const state = await this.evaluate(host, terms, s);
    await this.saveTab(tabId, state);
    await this.setBadge(tabId, state.total, s);
    return state;
  }

  /** Re-ranks every known tab (new index, changed settings) and pushes results to their pages. */
  refreshTabs(): Promise<void> {
    return this.serial(() => this.refreshAll());
  }

  private async refreshAll(): Promise<void> {
    const s = await loadSettings();
    for (const tabId of await this.tabIds()) {
      const prev = await this.tab(tabId);
      if (!prev) continue;
      const state = await this.evaluate(prev.host, prev.terms, s);
      await this.saveTab(tabId, state);
      await this.setBadge(tabId, state.total, s);
      // no answer is normal (the page's script ignores results while the site is switched off):
      // keep the tab's state, or the popup would lose the site and its switch; closed tabs are
      // forgotten by tabs.onRemoved
      browser.tabs.sendMessage(tabId, { type: 'results', state }).catch(() => {});
    }
  }

  /**
   * One sync at a time; a request during a sync queues one more (settings may
   * have changed meanwhile). Afterwards tabs are re-ranked (new index) or
   * re-badged (stale mark).
   */
  sync(): Promise<SyncOutcome> {
    if (this.syncing) {
      this.queued ??= this.syncing.then(() => {
        this.queued = null;
        return this.sync();
      });
      return this.queued;
    }
    const run = (async () => {
      try {
        const s = await loadSettings();
        const out = await syncIndex({ serverUrl: s.serverUrl, fetch: this.fetchFn });
        await this.refreshTabs();
        return out;
      } finally {
        this.syncing = null;
      }
    })();
    this.syncing = run;
    return run;
  }
}
