import type { DiffOp } from '../db/types.ts';

/** A short "what changed" line for a changed notice: the stored summary, else the first added/removed words of the diff. */
export function changeExcerpt(v: { changeSummary: string | null; diff: DiffOp[] | null } | null | undefined, maxChars = 220): string | null {
  if (!v) return null;
  const summary = v.changeSummary?.replace(/\s+/g, ' ').trim();
  if (summary) return clip(summary, maxChars);
  if (!v.diff?.length) return null;
  const added: string[] = [];
  const removed: string[] = [];
  for (const [op, text] of v.diff) {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    if (op === '+') added.push(t);
    else if (op === '-') removed.push(t);
  }
  const parts: string[] = [];
  if (added.length) parts.push(`+ ${clip(added.join(' … '), Math.floor(maxChars / 2))}`);
  if (removed.length) parts.push(`− ${clip(removed.join(' … '), Math.floor(maxChars / 2))}`);
  return parts.length ? parts.join('  ') : null;
}

/** Cuts at a word boundary when there is one near the end (CJK text has none: cut at the character). */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
