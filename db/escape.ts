/**
 * The one HTML escaper: the crawler uses it when it stores sanitised notice
 * HTML, the server and the newsletter when they show notice content. It lives
 * in db/ (like the diff) because db/ is the pure layer the crawler, the server
 * and the newsletter may all import.
 */
import { BIDI_CONTROLS } from './bidi.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '{': '&#123;', '}': '&#125;' };

/**
 * Escapes text for element content and quoted attributes (HTML and XML).
 * Braces are escaped too, so notice text can never form a `{{placeholder}}`
 * of the mail templates, and control characters (invalid in HTML, used in
 * header tricks) and bidi controls (db/bidi.ts: reordering spoofs) are dropped.
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
