/** Escaping for HTML built by the newsletter (mail bodies and subscription pages). */
import { BIDI_CONTROLS } from '../db/bidi.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '{': '&#123;', '}': '&#125;' };

/**
 * Escapes text for element content and quoted attributes. Braces are escaped
 * too, so notice text can never form a `{{placeholder}}` of the templates, and
 * control characters (invalid in HTML, used in header tricks) are dropped.
 */
export function escapeHtml(s: unknown): string {
  return String(s ?? '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/[&<>"'`{}]/g, (c) => ESCAPES[c]);
}

/** Only absolute http(s) URLs are linked; anything else (javascript:, data:, garbage) becomes null. */
export function safeHttpUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** One line of plain text: no control characters or line breaks (for subjects and the text part). */
export function oneLine(s: unknown): string {
  return String(s ?? '')
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(BIDI_CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
}
