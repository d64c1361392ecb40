/**
 * Structure detection: where a source's selectors stopped matching after a
 * redesign, find the notices from the page's shape instead. Lists: a run of
 * sibling blocks with the same tag/class signature, each holding a link and
 * a date. Detail pages: the block with the most paragraph text that is not
 * mostly links. Both answer with CSS selectors (usable as a new source
 * definition, see `sources doctor`) besides the elements found. Pure: a
 * parsed document in, selectors out; no class or id names are assumed,
 * since a redesign renames them.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { parseDate } from './dates.ts';
import { cleanInline } from './text.ts';

/** Fewest sibling rows that count as a list. */
const MIN_ROWS = 3;

/** A date as list rows and detail pages show it (the same forms parseDate reads). */
const DATE_LIKE =
  /(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}/i;

/** Subtrees that are never content. */
const CHROME = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'select', 'button', 'iframe', 'svg', 'head']);
/** Inline elements: their text belongs to the nearest block around them. */
const INLINE = new Set([
  'span',
  'font',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'sub',
  'sup',
  'small',
  'big',
  'label',
  'a',
  'abbr',
  'code',
  'mark',
  'time',
  'img',
  'br',
]);
/** Blocks whose text is one paragraph of their parent's content. */
const PARAGRAPH = new Set(['p', 'li', 'dd', 'blockquote', 'pre', 'h4', 'h5', 'h6']);

const isTag = (n: AnyNode | null | undefined): n is Element => !!n && (n.type === 'tag' || n.type === 'script' || n.type === 'style');
const childTags = (el: Element): Element[] => (el.children ?? []).filter(isTag);

function hidden(el: Element): boolean {
  const style = el.attribs?.style;
  return (!!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) || el.attribs?.hidden !== undefined;
}

/** Class names that CSS can name without escaping. */
function classesOf(el: Element): string[] {
  return (el.attribs?.class ?? '')
    .split(/\s+/)
    .filter((c) => /^-?[A-Za-z_][\w-]*$/.test(c))
    .sort();
}

/** tag.classA.classB: what makes sibling rows "the same". */
function signature(el: Element): string {
  return [el.name.toLowerCase(), ...classesOf(el)].join('.');
}

/** One step of a selector: #id when it is a plain identifier, else tag.classes. */
function segment(el: Element, useId = true): string {
  const id = el.attribs?.id;
  if (useId && id && /^[A-Za-z][\w-]*$/.test(id)) return `#${id}`;
  return signature(el);
}

/** Text of a subtree without chrome; `links` = only text inside <a>. */
function textLength(el: Element, links = false, inLink = false): number {
  let n = 0;
  for (const c of el.children ?? []) {
    if (c.type === 'text') {
      if (!links || inLink) n += cleanInline((c as unknown as { data: string }).data).length;
    } else if (isTag(c) && !CHROME.has(c.name) && !hidden(c)) n += textLength(c, links, inLink || c.name === 'a');
  }
  return n;
}

/** The path of tag.class steps from `from` (exclusive) down to `to`. */
function relativePath(from: Element, to: Element): string[] {
  const steps: string[] = [];
  let cur: Element | null = to;
  while (cur && cur !== from) {
    steps.unshift(signature(cur));
    cur = isTag(cur.parent as AnyNode) ? (cur.parent as Element) : null;
  }
  return steps;
}

/** Position among same-tag siblings, for a selector that must name one element. */
function nthOfType(el: Element): number {
  const p = el.parent as AnyNode;
  if (!isTag(p)) return 1;
  return (
    childTags(p)
      .filter((c) => c.name === el.name)
      .indexOf(el) + 1
  );
}

/**
 * A selector from the document root that `accept`s: starting at `el` (with
 * `first` as its own step), ancestors are added until it does; as a last
 * resort every step is pinned with :nth-of-type.
 */
function absoluteSelector(el: Element, accept: (sel: string) => boolean, first = segment(el)): string | null {
  const chain: Element[] = [el];
  const steps = [first];
  for (;;) {
    const sel = steps.join(' > ');
    if (accept(sel)) return sel;
    // an id names one element: steps above it select nothing new
    if (steps[0].startsWith('#')) break;
    const p = chain[0].parent as AnyNode;
    if (!isTag(p) || p.name === 'html') break;
    chain.unshift(p);
    steps.unshift(segment(p));
  }
  const pin = (c: Element, i: number) => (steps[i].startsWith('#') ? steps[i] : `${steps[i]}:nth-of-type(${nthOfType(c)})`);
  const ancestors = chain.slice(0, -1).map(pin);
  for (const sel of [
    [...ancestors, steps[steps.length - 1]],
    [...ancestors, pin(el, chain.length - 1)],
  ].map((x) => x.join(' > ')))
    if (accept(sel)) return sel;
  return null;
}

/** A selector whose first match in the document is `el`. */
export function uniqueSelector($: CheerioAPI, el: Element): string | null {
  return absoluteSelector(el, (sel) => $(sel).first()[0] === el);
}

export interface ListStructure {
  /** CSS selector of one list row */
  item: string;
  /** the row's title link, relative to the row ('…@href' gives the link) */
  link: string;
  /** the title: '…@title' when the links carry a full title attribute */
  title: string;
  /** the row's date element, relative to the row; absent when the date is loose text in the row */
  date?: string;
  /** rows found */
  rows: number;
}

interface Group {
  parent: Element;
  sig: string;
  members: Element[];
  /** members holding a link and a date */
  good: Element[];
  /** each good member's title link */
  anchors: Element[];
}

function titleAnchor($: CheerioAPI, row: Element): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const a of $(row).find('a[href]').toArray() as Element[]) {
    const href = a.attribs.href.trim();
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    const len = Math.max(cleanInline($(a).text()).length, cleanInline(a.attribs.title).length);
    if (len > bestLen) {
      best = a;
      bestLen = len;
    }
  }
  return bestLen >= 4 ? best : null;
}

/** Candidate lists: per parent, its children grouped by signature, with rows that qualify. */
function listGroups($: CheerioAPI): Group[] {
  const groups: Group[] = [];
  for (const parent of $('body *').toArray() as Element[]) {
    if (CHROME.has(parent.name)) continue;
    const kids = childTags(parent);
    if (kids.length < MIN_ROWS) continue;
    const bySig = new Map<string, Element[]>();
    for (const k of kids) {
      const s = signature(k);
      bySig.set(s, [...(bySig.get(s) ?? []), k]);
    }
    for (const [sig, members] of bySig) {
      if (members.length < MIN_ROWS) continue;
      const good: Element[] = [];
      const anchors: Element[] = [];
      for (const m of members) {
        const text = cleanInline($(m).text());
        if (text.length > 600 || !DATE_LIKE.test(text)) continue;
        const a = titleAnchor($, m);
        if (!a) continue;
        good.push(m);
        anchors.push(a);
      }
      if (good.length >= MIN_ROWS && good.length >= members.length * 0.6) groups.push({ parent, sig, members, good, anchors });
    }
  }
  return groups;
}

/** The first of `candidates` (relative selectors) that finds `want(row)` in every row. */
function pickRelative($: CheerioAPI, rows: Element[], candidates: string[], want: (row: Element, found: Element) => boolean): string | null {
  for (const c of candidates) {
    if (
      rows.every((r) => {
        const f = $(r).find(c).first()[0] as Element | undefined;
        return !!f && want(r, f);
      })
    )
      return c;
  }
  return null;
}

/** Selectors ranked from loose to strict for an element found under `row`. */
function relativeCandidates(row: Element, el: Element): string[] {
  const path = relativePath(row, el);
  const own = path[path.length - 1];
  const tag = el.name.toLowerCase();
  const out = [tag, own];
  if (path.length > 1) out.push(`${path[path.length - 2]} > ${own}`, path.join(' > '));
  return [...new Set(out)];
}

function dateElement($: CheerioAPI, row: Element, anchor: Element): Element | null {
  let best: Element | null = null;
  let bestLen = Infinity;
  for (const el of $(row).find('*').toArray() as Element[]) {
    if (el === anchor || $(anchor).find(el).length || CHROME.has(el.name)) continue;
    const t = cleanInline($(el).text());
    if (t.length > 40 || !DATE_LIKE.test(t) || !parseDate(t)) continue;
    if (t.length < bestLen) {
      best = el;
      bestLen = t.length;
    }
  }
  return best;
}

/**
 * Finds the notice list on a list page: the largest run of same-signature
 * siblings that each hold a title link and a date. Null when there is none.
 */
export function detectListStructure($: CheerioAPI): ListStructure | null {
  const groups = listGroups($);
  if (!groups.length) return null;
  // most rows wins; among equals the one with the longer titles (menus have short ones)
  const titleLen = (g: Group) => g.anchors.reduce((n, a) => n + cleanInline($(a).text()).length, 0) / g.anchors.length;
  groups.sort((a, b) => b.good.length - a.good.length || titleLen(b) - titleLen(a));
  const g = groups[0];
  // separators and ads among the rows may share the tag: extraction drops rows without a link
  const rowSet = new Set(childTags(g.parent));
  const rowSeg = g.sig;
  const item = absoluteSelector(
    g.good[0],
    (sel) => {
      const found = $(sel).toArray() as Element[];
      return found.length > 0 && g.good.every((r) => found.includes(r)) && found.every((f) => rowSet.has(f));
    },
    rowSeg,
  );
  if (!item) return null;
  const anchorIndex = new Map(g.good.map((r, i) => [r, g.anchors[i]]));
  const link = pickRelative($, g.good, relativeCandidates(g.good[0], g.anchors[0]), (r, f) => f === anchorIndex.get(r));
  if (!link) return null;
  // a title attribute is the full title where the text is cut short ("…")
  const titled = g.anchors.filter((a) => cleanInline(a.attribs.title).length >= cleanInline($(a).text()).length && a.attribs.title).length;
  const title = titled >= g.anchors.length / 2 ? `${link}@title` : link;
  const out: ListStructure = { item, link: `${link}@href`, title, rows: g.good.length };
  const d0 = dateElement($, g.good[0], g.anchors[0]);
  if (d0) {
    const date = pickRelative($, g.good, relativeCandidates(g.good[0], d0), (_r, f) => !!parseDate(cleanInline($(f).text())) && f.name !== 'a');
    if (date) out.date = date;
  }
  return out;
}

export interface BodyStructure {
  /** CSS selector whose first match is the body block */
  selector: string;
  element: Element;
  /** its text length, links left out */
  textLength: number;
}

/** The nearest non-inline ancestor (or the element itself). */
function blockOf(el: Element): Element {
  let cur = el;
  while (INLINE.has(cur.name) && isTag(cur.parent as AnyNode)) cur = cur.parent as Element;
  return cur;
}

/**
 * Finds the notice text on a detail page: paragraph text is credited to the
 * block holding the paragraphs (half to the block around that), link-heavy
 * blocks are discounted, and the winner widens to its parent while that
 * adds only links (attachments) or a few characters.
 */
export function detectBody($: CheerioAPI): BodyStructure | null {
  const root = ($('body')[0] ?? $.root()[0]) as Element;
  const score = new Map<Element, number>();
  const add = (el: Element | null | undefined, n: number) => {
    if (el && isTag(el) && el.name !== 'html') score.set(el, (score.get(el) ?? 0) + n);
  };
  const walk = (el: Element, inLink: boolean) => {
    for (const c of el.children ?? []) {
      if (c.type === 'text') {
        if (inLink) continue;
        const len = cleanInline((c as unknown as { data: string }).data).length;
        if (len < 5) continue;
        const block = blockOf(el);
        const parent = isTag(block.parent as AnyNode) ? (block.parent as Element) : null;
        if (PARAGRAPH.has(block.name)) {
          add(parent, len);
          add(parent && isTag(parent.parent as AnyNode) ? (parent.parent as Element) : null, len / 2);
        } else if (!/^h[1-3]$/.test(block.name) && block.name !== 'title') {
          add(block, len);
          add(parent, len / 2);
        }
      } else if (isTag(c) && !CHROME.has(c.name) && !hidden(c)) walk(c, inLink || c.name === 'a');
    }
  };
  walk(root, false);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    const total = textLength(el);
    if (!total) continue;
    const density = textLength(el, true) / total;
    if (density > 0.5) continue;
    const v = s * (1 - density);
    if (v > bestScore) {
      best = el;
      bestScore = v;
    }
  }
  if (!best) return null;
  // widen over wrappers that add only attachment links or a line
  for (;;) {
    const p = best.parent as AnyNode;
    if (!isTag(p) || p === root || p.name === 'body' || p.name === 'html') break;
    const own = textLength(best) - textLength(best, true);
    const extra = textLength(p) - textLength(p, true) - own;
    if (extra > Math.max(20, own * 0.05)) break;
    best = p;
  }
  const el = best;
  const selector = uniqueSelector($, el);
  if (!selector) return null;
  return { selector, element: el, textLength: textLength(el) - textLength(el, true) };
}
