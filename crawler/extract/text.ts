/**
 * Readable text from HTML: block elements become paragraphs (one per line),
 * <br> breaks lines, table cells are separated by spaces and rows by lines,
 * whitespace inside a paragraph collapses. Scripts, styles and hidden
 * elements are skipped.
 */
import type { AnyNode, Element } from 'domhandler';
import { stripBidi } from '../../db/bidi.ts';

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
  'title',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select', 'button', 'head']);

function hidden(el: Element): boolean {
  const style = el.attribs?.style;
  return (!!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) || el.attribs?.hidden !== undefined;
}

export function nodesToText(nodes: AnyNode[]): string {
  const lines: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (t) lines.push(t);
    cur = '';
  };
  const walk = (n: AnyNode) => {
    if (n.type === 'text') {
      cur += (n as unknown as { data: string }).data;
      return;
    }
    if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style' && n.type !== 'root') return;
    const el = n as Element;
    const name = el.name?.toLowerCase();
    if (name && (SKIP.has(name) || hidden(el))) return;
    if (name === 'br') {
      flush();
      return;
    }
    const block = name ? BLOCK.has(name) : false;
    if (block) flush();
    for (const c of el.children ?? []) {
      walk(c);
      if ((c as Element).name === 'td' || (c as Element).name === 'th') cur += ' ';
    }
    if (block) flush();
  };
  for (const n of nodes) walk(n);
  flush();
  return lines.join('\n');
}

/** Collapses whitespace for one-line values (titles, labels, cells) and drops bidi controls (db/bidi.ts). */
export function cleanInline(s: string | null | undefined): string {
  return stripBidi(s ?? '')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}
