/**
 * In-page marks: matched terms are highlighted with the CSS Custom Highlight
 * API (no change to the page's DOM), and a card listing the matching notices
 * lives in a Shadow-DOM layer so page styles cannot reach it nor it the page.
 * Hover is found with caretPositionFromPoint; focus via focusin/selection.
 * All notice text goes in through textContent, never as HTML.
 */
import { t } from './i18n.ts';
import { OWN_UI_TAG } from './page-text.ts';
import type { TermKind } from './page-terms.ts';

export const HIGHLIGHT = 'policy-radar';
const HIGHLIGHT_ACTIVE = 'policy-radar-active';
export const MAX_MARKS = 2000;

export interface CardNotice {
  title: string;
  agency: string | null;
  date: string | null;
  href: string | null;
}

export interface Mark {
  node: Text;
  from: number;
  to: number;
  kind: TermKind;
  id: string;
}

interface Entry extends Mark {
  range: Range;
}

export type NoticeLookup = (kind: TermKind, id: string) => CardNotice[];

const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 360px; min-width: 240px; box-sizing: border-box;
  background: #fff; color: #1f2937; border: 1px solid #d1d5db; border-radius: 10px;
  box-shadow: 0 8px 28px rgba(15, 23, 42, .18); padding: 10px 12px 8px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; }
.card[hidden] { display: none; }
.head { display: flex; align-items: center; gap: 6px; font-weight: 600; font-size: 12px; color: #1d4ed8; margin-bottom: 6px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #f59e0b; flex: none; }
.term { color: #6b7280; font-weight: 400; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
ul { list-style: none; margin: 0; padding: 0; }
li { padding: 6px 0; border-top: 1px solid #f1f5f9; }
li:first-child { border-top: 0; }
a, .title { color: #111827; text-decoration: none; font-weight: 500; display: block; }
a:hover, a:focus-visible { color: #1d4ed8; text-decoration: underline; outline: none; }
.meta { color: #6b7280; font-size: 12px; margin-top: 2px; }
.more { color: #6b7280; font-size: 12px; padding-top: 4px; }
`;

const PAGE_CSS = `::highlight(${HIGHLIGHT}) { background-color: rgba(250, 204, 21, .38); text-decoration: underline dotted 2px #b45309; }
::highlight(${HIGHLIGHT_ACTIVE}) { background-color: rgba(245, 158, 11, .55); }`;

/**
 * Adds CSS to a document or shadow root as a constructed stylesheet, which a
 * page's CSP (style-src) does not block; falls back to a <style> element.
 */
export function adoptCss(target: Document | ShadowRoot, css: string): () => void {
  const doc = (target as Document).defaultView ? (target as Document) : (target as ShadowRoot).ownerDocument;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    const sheet = new win!.CSSStyleSheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return () => {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((x) => x !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    if ((target as Document).defaultView) ((target as Document).head ?? doc.documentElement).append(style);
    else target.append(style);
    return () => style.remove();
  }
}

export interface PageMarksOptions {
  /** shadow root mode; 'closed' keeps page scripts from reading the card */
  shadowMode?: ShadowRootMode;
  lookup: NoticeLookup;
  label?: (kind: TermKind, id: string) => string;
}

export class PageMarks {
  private entries = new Map<Text, Entry[]>();
  private count = 0;
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private unstyle: (() => void) | null = null;
  private shown: Entry | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | null = null;
  private raf = 0;
  private lastMouse: MouseEvent | null = null;
  private readonly win: Window & typeof globalThis;
  readonly supported: boolean;

  constructor(
    private readonly doc: Document,
    private readonly opts: PageMarksOptions,
  ) {
    this.win = doc.defaultView as Window & typeof globalThis;
    this.supported = typeof this.win.Highlight === 'function' && !!this.win.CSS?.highlights;
    doc.addEventListener('mousemove', this.onMouseMove, { passive: true, capture: true });
    doc.addEventListener('focusin', this.onFocusIn, true);
    doc.addEventListener('selectionchange', this.onSelection);
    doc.addEventListener('keydown', this.onKey, true);
    this.win.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
  }

  get size(): number {
    return this.count;
  }

  /** Adds marks (ignores ones already marked, or beyond MAX_MARKS). */
  add(marks: Mark[]): void {
    for (const m of marks) {
      if (this.count >= MAX_MARKS) break;
      if (!m.node.isConnected || m.to > m.node.data.length) continue;
      const list = this.entries.get(m.node) ?? [];
      if (list.some((e) => e.from < m.to && m.from < e.to)) continue;
      const range = this.doc.createRange();
      range.setStart(m.node, m.from);
      range.setEnd(m.node, m.to);
      list.push({ ...m, range });
      list.sort((a, b) => a.from - b.from);
      this.entries.set(m.node, list);
      this.count++;
    }
    this.paint();
  }

  clear(): void {
    this.entries.clear();
    this.count = 0;
    this.hide();
    this.paint();
  }

  destroy(): void {
    this.clear();
    this.doc.removeEventListener('mousemove', this.onMouseMove, true);
    this.doc.removeEventListener('focusin', this.onFocusIn, true);
    this.doc.removeEventListener('selectionchange', this.onSelection);
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.win.removeEventListener('scroll', this.onScroll, true);
    this.host?.remove();
    this.unstyle?.();
    this.host = this.card = this.unstyle = null;
  }

  /** Ranges currently highlighted (for tests and the screenshot annotations). */
  ranges(): Range[] {
    return [...this.entries.values()].flat().map((e) => e.range);
  }

  private paint(): void {
    if (!this.supported) return;
    const reg = this.win.CSS.highlights;
    if (this.count === 0) {
      reg.delete(HIGHLIGHT);
      reg.delete(HIGHLIGHT_ACTIVE);
      return;
    }
    this.unstyle ??= adoptCss(this.doc, PAGE_CSS);
    reg.set(HIGHLIGHT, new this.win.Highlight(...this.ranges()));
  }

  private ensureLayer(): HTMLElement {
    if (this.card && this.host?.isConnected) return this.card;
    this.host = this.doc.createElement(OWN_UI_TAG);
    const root = this.host.attachShadow({ mode: this.opts.shadowMode ?? 'closed' });
    adoptCss(root, CARD_CSS);
    this.card = this.doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-label', t('cardLabel'));
    this.card.hidden = true;
    this.card.addEventListener('mouseenter', () => this.cancelHide());
    this.card.addEventListener('mouseleave', () => this.scheduleHide());
    root.append(this.card);
    this.doc.documentElement.append(this.host);
    return this.card;
  }

  private entryAt(node: Node | null, offset: number): Entry | null {
    if (node?.nodeType !== 3) return null;
    const list = this.entries.get(node as Text);
    if (!list) return null;
    return list.find((e) => e.from <= offset && offset <= e.to) ?? null;
  }

  private hit(x: number, y: number): Entry | null {
    const d = this.doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
    let node: Node | null = null;
    let offset = 0;
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      if (p) ({ offsetNode: node, offset } = p);
    } else if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      if (r) ({ startContainer: node, startOffset: offset } = r);
    }
    const e = this.entryAt(node, offset);
    if (!e) return null;
    // the caret snaps to the nearest character: check the pointer is really over the term
    for (const r of e.range.getClientRects()) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return e;
    }
    return null;
  }

  private onMouseMove = (ev: MouseEvent) => {
    if (this.count === 0) return;
    this.lastMouse = ev;
    if (this.raf) return;
    this.raf = this.win.requestAnimationFrame(() => {
      this.raf = 0;
      const m = this.lastMouse;
      if (!m) return;
      if (this.host && m.composedPath().includes(this.host)) {
        this.cancelHide();
        return;
      }
      const e = this.hit(m.clientX, m.clientY);
      if (e) this.show(e);
      else if (this.shown) this.scheduleHide();
    });
  };

  private onFocusIn = (ev: FocusEvent) => {
    const t = ev.target as Node | null;
    if (!t || this.count === 0 || (this.host && t === this.host)) return;
    for (const [node, list] of this.entries) {
      if (t.contains(node)) {
        this.show(list[0]);
        return;
      }
    }
  };

  private onSelection = () => {
    if (this.count === 0) return;
    const sel = this.doc.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const e = this.entryAt(sel.anchorNode, sel.anchorOffset);
    if (e) this.show(e);
  };

  private onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'Escape' && this.shown) this.hide();
  };

  private onScroll = () => {
    if (this.shown) this.place(this.shown);
  };

  private show(e: Entry): void {
    this.cancelHide();
    if (this.shown === e && this.card && !this.card.hidden) return;
    const notices = this.opts.lookup(e.kind, e.id);
    if (!notices.length) return;
    const card = this.ensureLayer();
    card.replaceChildren();
    const head = this.doc.createElement('div');
    head.className = 'head';
    const dot = this.doc.createElement('span');
    dot.className = 'dot';
    const label = this.doc.createElement('span');
    label.textContent = notices.length === 1 ? t('cardHeadOne') : t('cardHeadMany', notices.length);
    const term = this.doc.createElement('span');
    term.className = 'term';
    term.textContent = `“${e.node.data.slice(e.from, e.to)}”${this.opts.label ? ' · ' + this.opts.label(e.kind, e.id) : ''}`;
    head.append(dot, label, term);
    const ul = this.doc.createElement('ul');
    for (const n of notices.slice(0, 5)) {
      const li = this.doc.createElement('li');
      const safe = n.href && /^https?:\/\//i.test(n.href) ? n.href : null;
      const title = this.doc.createElement(safe ? 'a' : 'span') as HTMLElement;
      title.className = 'title';
      title.textContent = n.title;
      if (safe) {
        const a = title as HTMLAnchorElement;
        a.href = safe;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
      }
      const meta = this.doc.createElement('div');
      meta.className = 'meta';
      meta.textContent = [n.agency, n.date].filter(Boolean).join(' · ');
      li.append(title, meta);
      ul.append(li);
    }
    card.append(head, ul);
    if (notices.length > 5) {
      const more = this.doc.createElement('div');
      more.className = 'more';
      more.textContent = t('cardMore', notices.length - 5);
      card.append(more);
    }
    card.hidden = false;
    this.shown = e;
    this.place(e);
    if (this.supported) this.win.CSS.highlights.set(HIGHLIGHT_ACTIVE, new this.win.Highlight(e.range));
  }

  private place(e: Entry): void {
    if (!this.card) return;
    const r = e.range.getBoundingClientRect();
    const vw = this.win.innerWidth;
    const vh = this.win.innerHeight;
    const cw = this.card.offsetWidth || 320;
    const ch = this.card.offsetHeight || 120;
    const left = Math.max(8, Math.min(r.left, vw - cw - 8));
    const below = r.bottom + 6;
    const top = below + ch > vh - 8 && r.top - ch - 6 > 8 ? r.top - ch - 6 : below;
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
  }

  private scheduleHide(): void {
    if (this.hideTimer) return;
    this.hideTimer = setTimeout(() => this.hide(), 350);
  }

  private cancelHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  hide(): void {
    this.cancelHide();
    if (this.card) this.card.hidden = true;
    this.shown = null;
    if (this.supported) this.win.CSS.highlights.delete(HIGHLIGHT_ACTIVE);
  }
}
