/** Plain-text helpers of the newsletter; HTML escaping is db/escape.ts, shared with the server and crawler. */
import { BIDI_CONTROLS } from '../db/bidi.ts';

/** One line of plain text: no control characters or line breaks (for subjects and the text part). */
export function oneLine(s: unknown): string {
  return String(s ?? '')
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(BIDI_CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
}
