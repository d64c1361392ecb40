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
  // per line: whitespace runs to one space, trimmed; empty lines dropped. As whole-text
  // passes (this runs on every fetched page); normalizeTextByLine is the same by definition.
  return t.replace(SPACE_RUN, ' ').replace(LINE_BREAKS, '\n').trim();
}

/** whitespace other than a line break */
const SPACE_RUN = /[^\S\n]+/g;
/** a line break with the spaces around it and the blank lines after it */
const LINE_BREAKS = / ?\n[\n ]*/g;

/** normalizeText written line by line: the definition the fast version is tested against. */
export function normalizeTextByLine(text: string, noise: RegExp[] = []): string {
  let t = text.normalize('NFKC').replace(ZERO_WIDTH, '');
  for (const re of noise) t = t.replace(re, '');
  return t
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
