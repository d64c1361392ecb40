import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { MAX_PAGE_TEXT } from '../utils/message-check.ts';
import type { Message, PageTextReply, TabState } from '../utils/messages.ts';
import { emptyTerms, type MarkSpan } from '../utils/page-terms.ts';
import { type Mark, PageMarks } from '../utils/page-marks.ts';
import { collectText, locate, OWN_UI_TAG } from '../utils/page-text.ts';
import type { PageTerms } from '../utils/relevance.ts';
import { loadSettings, SETTINGS_KEY, siteState, normaliseSettings } from '../utils/settings.ts';
import { DEFAULT_SITES } from '../utils/sites.ts';

const DEBOUNCE_MS = 400;
const MAX_WAIT_MS = 2000;

export default defineContentScript({
  matches: [...DEFAULT_SITES],
  runAt: 'document_idle',
  main(ctx) {
    const host = location.hostname;
    const seen = new WeakSet<Text>();
    let candidates: Mark[] = [];
    let terms: PageTerms = emptyTerms();
    let state: TabState | null = null;
    let enabled = false;
    let showMarks = true;
    let observer: MutationObserver | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let firstPending = 0;

    const marks = new PageMarks(document, {
      shadowMode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed',
      lookup: (kind, id) => state?.notices.filter((n) => n.reasons.some((r) => r.kind === kind && r.term === id)) ?? [],
    });

    const applyMarks = () => {
      marks.clear();
      if (!enabled || !showMarks || !state || state.total === 0) return;
      const useful = new Set<string>();
      for (const n of state.notices) for (const r of n.reasons) if (r.kind !== 'interest') useful.add(r.kind + ':' + r.term);
      marks.add(candidates.filter((m) => m.node.isConnected && useful.has(m.kind + ':' + m.id)));
    };

    /**
     * Sends text not read before to the background, which matches it against the
     * taxonomy (kept there, so this script stays small on every page) and answers
     * with the spans to mark and the tab's ranked notices.
     */
    const scan = async () => {
      timer = null;
      firstPending = 0;
      if (!enabled || !document.body) return;
      const pt = collectText(document.body, seen);
      if (!pt.text && state) return;
      const text = pt.text.length > MAX_PAGE_TEXT ? pt.text.slice(0, MAX_PAGE_TEXT) : pt.text;
      const reply = (await browser.runtime.sendMessage({ type: 'page-text', host, text, terms } satisfies Message).catch(() => null)) as PageTextReply | null;
      if (!reply?.state) return;
      candidates = candidates.filter((m) => m.node.isConnected).concat(toMarks(pt, reply.spans));
      terms = reply.state.terms;
      state = reply.state;
      applyMarks();
    };

    const toMarks = (pt: ReturnType<typeof collectText>, spans: MarkSpan[]): Mark[] => {
      const out: Mark[] = [];
      for (const s of spans) {
        const at = locate(pt, s.start, s.end);
        if (at) out.push({ node: at.node, from: at.from, to: at.to, kind: s.kind, id: s.id });
      }
      return out;
    };

    const schedule = () => {
      const now = Date.now();
      if (!firstPending) firstPending = now;
      if (timer) clearTimeout(timer);
      // debounce, but never starve under constant mutation
      const wait = Math.min(DEBOUNCE_MS, Math.max(0, firstPending + MAX_WAIT_MS - now));
      timer = setTimeout(() => void scan(), wait);
    };

    const start = () => {
      if (observer || !document.body) return;
      observer = new MutationObserver((records) => {
        for (const r of records) {
          const t = r.target as Element;
          if (t.nodeType === 1 && (t.localName === OWN_UI_TAG || t.closest?.(OWN_UI_TAG))) continue;
          if (r.addedNodes.length || r.type === 'characterData') {
            schedule();
            return;
          }
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      void scan();
    };

    const stop = () => {
      observer?.disconnect();
      observer = null;
      if (timer) clearTimeout(timer);
      timer = null;
      marks.clear();
    };

    const applySettings = (raw: unknown) => {
      const site = siteState(normaliseSettings(raw), host);
      const wasEnabled = enabled;
      enabled = site.enabled;
      showMarks = site.marks;
      if (enabled && !wasEnabled) start();
      else if (!enabled && wasEnabled) {
        stop();
        state = null;
        void browser.runtime.sendMessage({ type: 'page-off', host } satisfies Message).catch(() => {});
      } else applyMarks();
    };

    const onMessage = (raw: unknown) => {
      const msg = raw as Message;
      if (msg?.type === 'results' && enabled) {
        state = msg.state;
        applyMarks();
      }
    };
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[SETTINGS_KEY]) applySettings(changes[SETTINGS_KEY].newValue);
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      stop();
      marks.destroy();
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
    });

    void loadSettings().then((s) => {
      const site = siteState(s, host);
      if (!site.enabled) {
        void browser.runtime.sendMessage({ type: 'page-off', host } satisfies Message).catch(() => {});
        return;
      }
      applySettings(s);
    });
  },
});
