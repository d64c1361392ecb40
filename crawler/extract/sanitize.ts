/**
 * Sanitised HTML for display: an allow-list of tags and attributes; scripts,
 * styles, frames, forms and event handlers dropped; links only http(s)/mailto,
 * made absolute; unknown tags unwrapped (their text kept).
 */
import type { AnyNode, Element } from 'domhandler';
import { escapeHtml } from '../../db/escape.ts';

/** re-exported for source definitions, which may import crawler/extract only */
export { escapeHtml };
import { absoluteUrl } from './urls.ts';

const ALLOWED = new Set([
  'p',
  'br',
  'div',
  'span',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'a',
  'img',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'blockquote',
  'pre',
  'code',
  'hr',
  'small',
  'center',
  'section',
  'article',
  'figure',
  'figcaption',
]);
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'link',
  'meta',
  'base',
  'head',
  'title',
]);
const VOID = new Set(['br', 'hr', 'img']);
const ATTRS: Record<string, string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
};

export function sanitizeNodes(nodes: AnyNode[], baseUrl: string): string {
  let out = '';
  const walk = (n: AnyNode) => {
    if (n.type === 'text') {
      out += escapeHtml((n as unknown as { data: string }).data);
      return;
    }
    if (n.type !== 'tag' && n.type !== 'root') return; // comments, directives, scripts, styles, CDATA
    const el = n as Element;
    const name = el.name?.toLowerCase();
    if (!name) {
      for (const c of el.children ?? []) walk(c);
      return;
    }
    if (DROP.has(name)) return;
    if (!ALLOWED.has(name)) {
      for (const c of el.children ?? []) walk(c);
      return;
    }
    let attrs = '';
    for (const a of ATTRS[name] ?? []) {
      let v = el.attribs?.[a];
      if (v === undefined) continue;
      if (a === 'href' || a === 'src') {
        const abs = /^mailto:/i.test(v.trim()) && a === 'href' ? v.trim() : absoluteUrl(v, baseUrl);
        if (!abs) continue;
        v = abs;
      }
      if ((a === 'colspan' || a === 'rowspan' || a === 'width' || a === 'height') && !/^\d{1,4}$/.test(v)) continue;
      attrs += ` ${a}="${escapeHtml(v)}"`;
    }
    if (name === 'a' && attrs.includes('href=')) attrs += ' rel="noopener nofollow"';
    if (name === 'img' && !attrs.includes('src=')) return;
    if (VOID.has(name)) {
      out += `<${name}${attrs}>`;
      return;
    }
    out += `<${name}${attrs}>`;
    for (const c of el.children ?? []) walk(c);
    out += `</${name}>`;
  };
  for (const n of nodes) walk(n);
  return out.replace(/\n{3,}/g, '\n\n').trim();
}
