/**
 * Normalisation before hashing, so that only real content changes count:
 * Unicode compatibility forms folded, zero-width characters and whitespace
 * runs collapsed, empty lines dropped, noise patterns (view counters,
 * "current time") removed.
 */

const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

export function compileNoise(patterns: string[] | undefined): RegExp[] {
  return (patterns ?? []).map((p) => new RegExp(p, 'g'));
}

export function normalizeText(text: string, noise: RegExp[] = []): string {
  let t = text.normalize('NFKC').replace(ZERO_WIDTH, '');
  for (const re of noise) t = t.replace(re, '');
  return t
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
