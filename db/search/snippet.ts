/**
 * Builds a short excerpt around the best cluster of query matches. Matches are
 * wrapped in \u0001 … \u0002 so that callers escape the text first and then turn
 * the markers into <mark> (HTML) or **bold** (terminal).
 */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

const HAN = /\p{Script=Han}/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termPattern(term: string): string | null {
  const t = term.normalize('NFKC').trim();
  if (!t) return null;
  if (HAN.test(t)) return t.split(/\s+/).map(escapeRegExp).join('\\s*');
  // English: match the word and its inflections (tariff, tariffs, tariffed)
  const stem = t.toLowerCase().replace(/(ies|es|s|ed|ing)$/u, '');
  const base = stem.length >= 3 ? stem : t.toLowerCase();
  return `(?<![\\p{L}\\p{N}])${base.split(/\s+/).map(escapeRegExp).join('[\\s\\p{P}]+')}[\\p{L}]*`;
}

/** compiled patterns by terms: a page makes a snippet per hit with the same terms */
const patterns = new Map<string, RegExp | null>();

function termsPattern(terms: string[]): RegExp | null {
  const key = terms.join('\u0000');
  let re = patterns.get(key);
  if (re === undefined) {
    const pats = terms.map(termPattern).filter((p): p is string => !!p);
    re = pats.length ? new RegExp(pats.join('|'), 'giu') : null;
    if (patterns.size >= 256) patterns.clear();
    patterns.set(key, re);
  }
  return re;
}

export function findMatches(text: string, terms: string[]): [number, number][] {
  const re = termsPattern(terms);
  if (!re) return [];
  const out: [number, number][] = [];
  for (const m of text.matchAll(re)) {
    if (m[0].length) out.push([m.index!, m.index! + m[0].length]);
    if (out.length > 500) break;
  }
  return out;
}

export function makeSnippet(text: string, terms: string[], maxLength = 180): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const matches = findMatches(clean, terms);
  let start = 0;
  if (matches.length) {
    // window that holds the most matches, started a little before its first one
    let best = 0;
    let bestCount = 0;
    for (let i = 0; i < matches.length; i++) {
      let n = 0;
      while (i + n < matches.length && matches[i + n][1] - matches[i][0] <= maxLength * 0.8) n++;
      if (n > bestCount) {
        bestCount = n;
        best = i;
      }
    }
    start = Math.max(0, matches[best][0] - Math.floor(maxLength * 0.2));
  }
  const end = Math.min(clean.length, start + maxLength);
  let out = '';
  let pos = start;
  for (const [a, b] of matches) {
    if (b <= start || a >= end) continue;
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    if (s < pos) continue;
    out += clean.slice(pos, s) + MARK_START + clean.slice(s, e) + MARK_END;
    pos = e;
  }
  out += clean.slice(pos, end);
  return (start > 0 ? '…' : '') + out + (end < clean.length ? '…' : '');
}
