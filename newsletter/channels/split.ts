/**
 * Splitting a push into messages under a platform's size limit (pure).
 * Items are never cut between messages: a message holds whole items, and
 * parts are numbered "1/3". An item that alone does not fit is shortened
 * with an explicit "…(full text: link)" — never dropped or cut silently.
 */

export interface Layout<I> {
  /** the item's text; with `cut`, at most `cut` characters of its free text, ending with the full-text marker */
  block(item: I, cut?: number): string;
  /** characters of free text block() may cut */
  freeText(item: I): number;
  /** does a message with these blocks and this part label fit the limit? */
  fits(blocks: string[], label: string): boolean;
}

/** Worst-case label while packing, so renumbering afterwards never overflows. */
const WIDEST_LABEL = '999/999';

export class TooLargeError extends Error {}

/** Packs items into messages; returns each message's blocks. No items → one empty message. */
export function packBlocks<I>(items: I[], l: Layout<I>): string[][] {
  const parts: string[][] = [];
  let cur: string[] = [];
  for (const it of items) {
    let b = l.block(it);
    if (!l.fits([b], WIDEST_LABEL)) b = shorten(it, l);
    if (cur.length && !l.fits([...cur, b], WIDEST_LABEL)) {
      parts.push(cur);
      cur = [];
    }
    cur.push(b);
  }
  parts.push(cur);
  if (parts.length > 999) throw new TooLargeError(`push needs ${parts.length} messages (max 999)`);
  return parts;
}

/** Longest cut of the item's free text that fits alone (binary search). */
function shorten<I>(it: I, l: Layout<I>): string {
  let lo = 0;
  let hi = l.freeText(it);
  if (!l.fits([l.block(it, 0)], WIDEST_LABEL)) throw new TooLargeError('one item does not fit the platform limit even shortened to its link');
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (l.fits([l.block(it, mid)], WIDEST_LABEL)) lo = mid;
    else hi = mid - 1;
  }
  return l.block(it, lo);
}

export function partLabel(i: number, n: number): string {
  return n > 1 ? `${i + 1}/${n}` : '';
}

export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Cuts a string to n characters (code points, so no broken surrogate pairs). */
export function cutChars(s: string, n: number): string {
  const cps = Array.from(s);
  return cps.length <= n ? s : cps.slice(0, n).join('');
}
