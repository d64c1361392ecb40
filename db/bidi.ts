/**
 * Unicode bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). In a title or file name
 * they reorder what a reader sees ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf").
 * Stripped from single-line fields when notices are stored (crawler, import) and
 * from everything rendered (web UI, feed, digest, CSV), so archives stored before
 * are safe too. Here in db/, the one layer every other may import.
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function stripBidi(s: string): string;
export function stripBidi(s: string | null): string | null;
export function stripBidi(s: string | null | undefined): string | null | undefined;
export function stripBidi(s: string | null | undefined): string | null | undefined {
  return s == null ? s : s.replace(BIDI_CONTROLS, '');
}
