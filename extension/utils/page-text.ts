/**
 * Reads a page's visible text with a TreeWalker, remembering which text node
 * each stretch came from so matches can be marked in place. Skips scripts,
 * styles, form fields, editable areas, hidden subtrees and our own UI.
 */

export interface TextChunk {
  node: Text;
  /** offset of the node's text in the joined string */
  start: number;
}

export interface PageText {
  text: string;
  chunks: TextChunk[];
}

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
]);

export const OWN_UI_TAG = 'policy-radar-layer';

function skipElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.localName === OWN_UI_TAG) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  if ((el as HTMLElement).isContentEditable) return true;
  // checkVisibility is layout-aware (display:none, content-visibility); absent in test DOMs
  const cv = (el as HTMLElement).checkVisibility;
  if (typeof cv === 'function' && !cv.call(el)) return true;
  return false;
}

/**
 * Collects text under `root`. `seen` (optional) skips text nodes already read,
 * for incremental reading of content added later.
 */
export function collectText(root: Node, seen?: WeakSet<Text>, maxChars = 4_000_000): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const chunks: TextChunk[] = [];
  const parts: string[] = [];
  let len = 0;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(n) {
      if (n.nodeType === 1) return skipElement(n as Element) ? 2 /* REJECT */ : 3 /* SKIP */;
      return 1; /* ACCEPT */
    },
  });
  for (let n = walker.nextNode(); n && len < maxChars; n = walker.nextNode()) {
    const t = n as Text;
    const s = t.data;
    if (!s.trim()) continue;
    if (seen) {
      if (seen.has(t)) continue;
      seen.add(t);
    }
    chunks.push({ node: t, start: len });
    parts.push(s);
    len += s.length + 1;
  }
  // '\n' between nodes: a term never spans two text nodes, so every match maps to one node
  return { text: parts.join('\n'), chunks };
}

/** The text node and offset range of [start, end) in the joined text, or null when it spans nodes. */
export function locate(pt: PageText, start: number, end: number): { node: Text; from: number; to: number } | null {
  const cs = pt.chunks;
  let lo = 0;
  let hi = cs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cs[mid].start <= start) lo = mid;
    else hi = mid - 1;
  }
  const c = cs[lo];
  if (!c || start < c.start) return null;
  const from = start - c.start;
  const to = end - c.start;
  if (to > c.node.data.length) return null;
  return { node: c.node, from, to };
}
