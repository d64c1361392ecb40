/**
 * The one tokeniser used both to index notices and to parse queries, for SQLite
 * FTS5 and PostgreSQL alike (both see plain space-separated tokens).
 *
 * Latin/digit words become lowercase tokens. A run of Chinese characters becomes
 * its overlapping bigrams plus its last character, so any substring of two or more
 * characters (关税, 退税, 出口信用保险) is a contiguous token sequence, whatever a
 * word segmenter would have made of the surrounding text.
 */

const HAN = /\p{Script=Han}/u;
/** by code point: t[0] would be half of a character outside the BMP (𠀀) */
const HAN_START = /^\p{Script=Han}/u;
const PIECES = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
/**
 * What any token of this module is made of: Han-script characters (which include symbols
 * such as the CJK radicals ⺀⺁, category So, not letters) or letters and digits, with the
 * combining marks that lower-casing can add (İ → i + U+0307). The query compilers check
 * tokens against this, so it must cover every class the walk and toLowerCase emit.
 */
export const TOKEN_TEXT = /^(?:\p{Script=Han}|[\p{L}\p{N}\p{M}])+$/u;

export type Piece = { kind: 'han' | 'word'; text: string };

export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const m of text.normalize('NFKC').matchAll(PIECES)) {
    const t = m[0];
    out.push(HAN_START.test(t) ? { kind: 'han', text: t } : { kind: 'word', text: t.toLowerCase() });
  }
  return out;
}

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

const SEP = 0;
const HAN_CH = 1;
const WORD_CH = 2;
let bmpClass: Uint8Array | undefined;

/** The class of every BMP code point, computed once with the same Unicode properties as PIECES. */
function classTable(): Uint8Array {
  if (bmpClass) return bmpClass;
  const t = new Uint8Array(0x10000);
  const han = /\p{Script=Han}/u;
  const word = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: classified by code point below
    const ch = String.fromCharCode(c);
    t[c] = han.test(ch) ? HAN_CH : word.test(ch) ? WORD_CH : SEP;
  }
  bmpClass = t;
  return t;
}

/** a surrogate pair (one character outside the BMP) starts at i */
const isPair = (s: string, i: number, c: number) => c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;

const astralClass = (ch: string) => (HAN.test(ch) ? HAN_CH : /[\p{L}\p{N}]/u.test(ch) ? WORD_CH : SEP);

/** Tokens to index for a piece of text, space-separated (indexTokenList joined). */
export const indexTokens = (text: string): string => indexTokenList(text).join(' ');

/** Where walkTokens() reports the tokens it finds, as ranges of the normalised text. */
export interface TokenSink {
  /** a Latin/digit word: s.slice(start, end), to be lowercased */
  word(s: string, start: number, end: number): void;
  /**
   * Chinese: a bigram, or the last character of a run, s.slice(start, end); `a` and `b`
   * are its two characters' code units when both are in the BMP (b = 0 for a lone
   * character), else a = -1.
   */
  han(s: string, start: number, end: number, a: number, b: number): void;
}

/**
 * Finds the tokens of a piece of text: the same as the tokens of pieces(), in one
 * pass over the characters (this runs on every stored notice's whole text, so it
 * avoids the regex, per-run arrays and, for sinks that need none, token strings).
 */
export function walkTokens(text: string, sink: TokenSink): void {
  const s = text.normalize('NFKC');
  const table = classTable();
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const pair = isPair(s, i, c);
    const w = pair ? 2 : 1;
    const cls = pair ? astralClass(s.slice(i, i + 2)) : table[c];
    if (cls === SEP) {
      i += w;
      continue;
    }
    if (cls === WORD_CH) {
      const start = i;
      i += w;
      while (i < n) {
        const d = s.charCodeAt(i);
        const p2 = isPair(s, i, d);
        if ((p2 ? astralClass(s.slice(i, i + 2)) : table[d]) !== WORD_CH) break;
        i += p2 ? 2 : 1;
      }
      sink.word(s, start, i);
      continue;
    }
    // a Han run: overlapping bigrams of code points, then its last character
    let prev = i;
    let prevUnit = pair ? -1 : c;
    i += w;
    while (i < n) {
      const d = s.charCodeAt(i);
      const p2 = isPair(s, i, d);
      const w2 = p2 ? 2 : 1;
      if ((p2 ? astralClass(s.slice(i, i + 2)) : table[d]) !== HAN_CH) break;
      const unit = p2 ? -1 : d;
      if (prevUnit < 0 || unit < 0) sink.han(s, prev, i + w2, -1, 0);
      else sink.han(s, prev, i + w2, prevUnit, unit);
      prev = i;
      prevUnit = unit;
      i += w2;
    }
    sink.han(s, prev, i, prevUnit, 0);
  }
}

/** Tokens to index for a piece of text (see walkTokens); with `fold`, words without their accents (foldAccents). */
export function indexTokenList(text: string, fold = false): string[] {
  const out: string[] = [];
  walkTokens(text, {
    word: (s, start, end) => {
      const w = s.slice(start, end).toLowerCase();
      out.push(fold ? foldAccents(w) : w);
    },
    han: (s, start, end) => {
      out.push(s.slice(start, end));
    },
  });
  return out;
}

const NON_ASCII = /[^\0-\x7f]/;
const MARKS = /\p{M}+/gu;
const HAS_MARK = /\p{M}/u;
/** A word without its accents (café -> cafe, Ünïcödé -> unicode): SQLite's index is accent-insensitive. */
export function foldAccents(word: string): string {
  if (!NON_ASCII.test(word)) return word;
  const d = word.normalize('NFD');
  // not `d.length === word.length`: a word can carry its marks already decomposed (İ lower-cased is i + U+0307)
  return HAS_MARK.test(d) ? d.replace(MARKS, '').normalize('NFC') : word;
}

/**
 * Tokens for SQLite's full-text index, space-separated: indexTokens() with accents folded
 * (its FTS5 tokenizer, `ascii`, only splits on spaces; queries fold alike: query.ts toFts5).
 */
export function ftsTokens(text: string): string {
  // runs on every crawled notice's whole text: the tokens go straight into one UTF-16
  // buffer, decoded once, rather than one string per token joined at the end
  let buf = ftsBuf.length >= text.length * 3 + 16 ? ftsBuf : (ftsBuf = new Uint16Array(text.length * 3 + 16));
  let n = 0;
  const room = (k: number) => {
    const next = new Uint16Array(Math.max(buf.length * 2, n + k));
    next.set(buf.subarray(0, n));
    buf = ftsBuf = next;
  };
  walkTokens(text, {
    word: (s, start, end) => {
      const w = foldAccents(s.slice(start, end).toLowerCase());
      if (n + w.length + 1 > buf.length) room(w.length + 1);
      if (n) buf[n++] = 32;
      for (let i = 0; i < w.length; i++) buf[n++] = w.charCodeAt(i);
    },
    han: (s, start, end, a, b) => {
      if (n + 5 > buf.length) room(5);
      if (n) buf[n++] = 32;
      if (a < 0) for (let i = start; i < end; i++) buf[n++] = s.charCodeAt(i);
      else {
        buf[n++] = a;
        if (b) buf[n++] = b;
      }
    },
  });
  return n ? utf16.decode(buf.subarray(0, n)) : '';
}
let ftsBuf = new Uint16Array(0);
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

export function indexTokensReference(text: string): string {
  const out: string[] = [];
  for (const p of pieces(text)) {
    if (p.kind === 'word') out.push(p.text);
    else {
      out.push(...bigrams(p.text));
      out.push(Array.from(p.text).at(-1)!);
    }
  }
  return out.join(' ');
}

/** A token of a query phrase; `prefix` only ever on the last token. */
export type QueryToken = { text: string; prefix: boolean };

/**
 * Tokens for a query phrase, matching indexTokens() of any text that contains
 * the phrase: a trailing Han run may continue in the document, so its final
 * unigram is dropped (or, for a one-character run, becomes a prefix).
 */
export function phraseTokens(phrase: string): QueryToken[] {
  const ps = pieces(phrase);
  const out: QueryToken[] = [];
  ps.forEach((p, i) => {
    const last = i === ps.length - 1;
    if (p.kind === 'word') {
      out.push({ text: p.text, prefix: false });
      return;
    }
    const chars = Array.from(p.text);
    if (chars.length === 1) {
      out.push({ text: chars[0], prefix: last });
      return;
    }
    for (const b of bigrams(p.text)) out.push({ text: b, prefix: false });
    if (!last) out.push({ text: chars.at(-1)!, prefix: false });
  });
  return out;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Splits an unquoted query word into search terms. Chinese typed without spaces
 * (出口退税政策) is cut into words with Intl.Segmenter, gluing one-character
 * segments to their neighbour (退|税 -> 退税), so each term is a real word.
 */
export function splitTerms(word: string): string[] {
  if (!HAN.test(word)) return [word];
  const segs = Array.from(segmenter.segment(word.normalize('NFKC')))
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);
  const out: string[] = [];
  let single = '';
  for (const s of segs) {
    const isHan = HAN.test(s);
    if (isHan && Array.from(s).length === 1) {
      single += s;
      continue;
    }
    if (single) {
      // a lone character joins the following Han word, a run of them stands as one term
      if (Array.from(single).length === 1 && isHan) {
        out.push(single + s);
        single = '';
        continue;
      }
      out.push(single);
      single = '';
    }
    out.push(s);
  }
  if (single) {
    if (Array.from(single).length === 1 && out.length && HAN.test(out.at(-1)!)) out[out.length - 1] += single;
    else out.push(single);
  }
  return out;
}
