import { hsName, headings, normalizeHs } from './hs.ts';
import { hasCjk } from './text.ts';

/**
 * Product words → HS codes for the subscribe form: "锂电池" → 8507, "LED lamps" → 9405,
 * "85" → headings in chapter 85. Best matches first (exact term, then prefix, then substring).
 */
export function lookupProducts(query: string, limit = 20): { hs: string; name: string }[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return [];
  const lang = hasCjk(q) ? 'zh' : 'en';
  const digits = normalizeHs(q);
  const scored = new Map<string, number>();
  const bump = (code: string, s: number) => scored.set(code, Math.max(scored.get(code) ?? 0, s));
  if (digits) {
    const name = hsName(digits, lang);
    if (name && digits.length <= 4) bump(digits.slice(0, 4), 100);
    for (const h of headings()) if (h.code.startsWith(digits.slice(0, 4)) || digits.startsWith(h.code)) bump(h.code, 50);
  } else {
    for (const h of headings()) {
      for (const raw of `${h.zhTerms},${h.enTerms}`.split(',')) {
        const t = raw.replace(/^[=~+]+/, '').toLowerCase();
        if (!t) continue;
        if (t === q) bump(h.code, 100);
        else if (t.startsWith(q) || q.startsWith(t)) bump(h.code, 60 + Math.min(t.length, q.length));
        else if (t.includes(q) || q.includes(t)) bump(h.code, 30 + Math.min(t.length, q.length));
      }
    }
  }
  return [...scored.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([hs]) => ({ hs, name: hsName(hs, lang) ?? hs }));
}
