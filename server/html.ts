/**
 * A tiny HTML template helper: every interpolated value is escaped unless it
 * is already SafeHtml (made by `html` itself or by `raw()` for markup that is
 * known to be safe). Arrays are joined; null/undefined/false render nothing.
 */
import { escapeHtml } from '../db/escape.ts';

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks markup as safe. Only for constant markup or output of this module. */
export function raw(s: string): SafeHtml {
  return new SafeHtml(s);
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | HtmlValue[];

function render(v: HtmlValue): string {
  if (v == null || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(v);
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Escapes a snippet and turns the store's \u0001…\u0002 match markers into <mark>. */
export function markSnippet(snippet: string): SafeHtml {
  const parts = snippet.split(/([\u0001\u0002])/);
  let out = '';
  let open = false;
  for (const p of parts) {
    if (p === '\u0001') {
      if (!open) out += '<mark>';
      open = true;
    } else if (p === '\u0002') {
      if (open) out += '</mark>';
      open = false;
    } else out += render(p);
  }
  if (open) out += '</mark>';
  return new SafeHtml(out);
}

/** Plain text without the match markers (feeds, CSV). */
export function stripMarks(s: string): string {
  return s.replace(/[\u0001\u0002]/g, '');
}

/** Escapes text for XML (Atom); also drops characters XML 1.0 forbids. */
export function escapeXml(s: string): string {
  return escapeHtml(s.replace(/[\ufffe\uffff]/g, ''));
}

/** Renders plain text as paragraphs, one per blank-line-separated block. */
export function paragraphs(text: string): SafeHtml {
  const blocks = text
    .split(/\n\s*\n|\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return html`${blocks.map((b) => html`<p>${b}</p>`)}`;
}
