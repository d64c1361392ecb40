/**
 * Evaluating a FieldSpec ('css', 'css@attr', alternatives, {selector, meta,
 * pattern, value}) against an HTML scope or a JSON object.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { FieldSpec } from '../source.ts';
import { cleanInline, nodesToText } from './text.ts';

/** 'a@href' -> ['a', 'href']; 'span' -> ['span', undefined]; '@title' -> ['', 'title']. */
export function splitSelector(sel: string): [string, string | undefined] {
  const i = sel.lastIndexOf('@');
  if (i < 0) return [sel.trim(), undefined];
  const attr = sel.slice(i + 1);
  if (!/^[A-Za-z_:][\w:.-]*$/.test(attr)) return [sel.trim(), undefined];
  return [sel.slice(0, i).trim(), attr];
}

function applyPattern(text: string, pattern: string | undefined): string | null {
  if (!pattern) return text;
  const m = new RegExp(pattern).exec(text);
  if (!m) return null;
  return m[1] ?? m[0];
}

/** Text of a selection: multi-line blocks folded to one line. */
function textOf(sel: Cheerio<AnyNode>): string {
  return cleanInline(nodesToText(sel.toArray()));
}

export function htmlField($: CheerioAPI, scope: Cheerio<AnyNode> | null, spec: FieldSpec | undefined): string | null {
  if (spec === undefined) return null;
  if (Array.isArray(spec)) {
    for (const s of spec) {
      const v = htmlField($, scope, s);
      if (v) return v;
    }
    return null;
  }
  const root = scope ?? $.root();
  if (typeof spec === 'string') {
    const [css, attr] = splitSelector(spec);
    const el = css ? root.find(css).first() : root;
    if (!el.length) return null;
    // a missing title attribute falls back to the element's text (lists mix both)
    const v = attr ? el.attr(attr) || (attr === 'title' ? textOf(el) : undefined) : textOf(el);
    return v?.trim() ? v.trim() : null;
  }
  if (spec.value !== undefined) return spec.value || null;
  let text: string | null | undefined;
  if (spec.meta) {
    text = $(`meta[name="${spec.meta}"], meta[property="${spec.meta}"], meta[itemprop="${spec.meta}"]`).first().attr('content');
  } else if (spec.selector) {
    const [css, at] = splitSelector(spec.selector);
    const attr = spec.attr ?? at;
    const el = css ? root.find(css).first() : root;
    if (!el.length) return null;
    text = attr ? el.attr(attr) : textOf(el);
  } else {
    text = textOf(root);
  }
  if (!text) return null;
  const v = applyPattern(text, spec.pattern);
  return v?.trim() ? fillTemplate(v.trim(), spec.template) : null;
}

/** `{}` in the template replaced by the value (URLs built from an API's record id). */
function fillTemplate(v: string, template: string | undefined): string {
  return template ? template.replace('{}', v) : v;
}

/** Dotted path into JSON: 'a.b.0.c'. Empty path = the value itself. */
export function getPath(obj: unknown, path: string | undefined): unknown {
  if (!path) return obj;
  let cur: unknown = obj;
  for (const k of path.split('.')) {
    if (cur === null || cur === undefined) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

function scalar(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) {
    const parts = v
      .map((x) => (typeof x === 'object' && x ? ((x as Record<string, unknown>).name ?? (x as Record<string, unknown>).title ?? '') : x))
      .filter(Boolean);
    return parts.length ? parts.join(', ') : null;
  }
  if (typeof v === 'object') return null;
  const s = String(v).trim();
  return s || null;
}

/** The names in a JSON array field (agencies: [{name}, …] or strings); [] when it is not an array. */
export function jsonNames(obj: unknown, spec: FieldSpec | undefined): string[] {
  if (spec === undefined || typeof spec !== 'string') return [];
  const v = getPath(obj, spec);
  if (!Array.isArray(v)) return [];
  return v
    .map((x) => (typeof x === 'object' && x ? ((x as Record<string, unknown>).name ?? (x as Record<string, unknown>).title) : x))
    .filter((x): x is string => typeof x === 'string' && x.trim() !== '')
    .map((x) => x.trim());
}

export function jsonField(obj: unknown, spec: FieldSpec | undefined): string | null {
  if (spec === undefined) return null;
  if (Array.isArray(spec)) {
    for (const s of spec) {
      const v = jsonField(obj, s);
      if (v) return v;
    }
    return null;
  }
  if (typeof spec === 'string') return scalar(getPath(obj, spec));
  if (spec.value !== undefined) return spec.value || null;
  const raw = scalar(getPath(obj, spec.selector));
  if (!raw) return null;
  const v = applyPattern(raw, spec.pattern);
  return v ? fillTemplate(v, spec.template) : null;
}

/** Every URL-ish value a spec points at in a JSON record: a string, an array of strings, or objects with url/href. */
export function jsonUrls(obj: unknown, spec: FieldSpec | undefined): { url: string; name: string | null }[] {
  if (spec === undefined) return [];
  if (Array.isArray(spec)) return spec.flatMap((s) => jsonUrls(obj, s));
  if (typeof spec !== 'string' && spec.value !== undefined) return spec.value ? [{ url: spec.value, name: null }] : [];
  const v = getPath(obj, typeof spec === 'string' ? spec : spec.selector);
  const out: { url: string; name: string | null }[] = [];
  for (const x of Array.isArray(v) ? v : [v]) {
    if (typeof x === 'string' && x.trim()) out.push({ url: x.trim(), name: null });
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      const url = o.url ?? o.href ?? o.link;
      const name = o.name ?? o.title;
      if (typeof url === 'string' && url.trim()) out.push({ url: url.trim(), name: typeof name === 'string' ? name : null });
    }
  }
  return out;
}

/** Every link a spec points at inside an HTML (or feed) scope: 'css@attr' (default href), all matches. */
export function htmlUrls($: CheerioAPI, scope: Cheerio<AnyNode>, spec: FieldSpec | undefined): { url: string; name: string | null }[] {
  if (spec === undefined) return [];
  if (Array.isArray(spec)) return spec.flatMap((s) => htmlUrls($, scope, s));
  if (typeof spec !== 'string' && spec.value !== undefined) return spec.value ? [{ url: spec.value, name: null }] : [];
  const [css, at] = splitSelector(typeof spec === 'string' ? spec : (spec.selector ?? ''));
  const attr = (typeof spec === 'string' ? undefined : spec.attr) ?? at ?? 'href';
  const out: { url: string; name: string | null }[] = [];
  const els = css ? scope.find(css) : scope;
  els.each((_, el) => {
    const e = $(el);
    const url = e.attr(attr)?.trim();
    if (url) out.push({ url, name: cleanInline(e.text()) || e.attr('title') || null });
  });
  return out;
}
