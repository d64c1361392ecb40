import { indexTokens, type TokenSink, walkTokens } from './tokenize.ts';

/**
 * Builds PostgreSQL tsvector literals for the search index in JavaScript.
 *
 * PostgreSQL's to_tsvector() spends most of its time in the text parser (about
 * 1 µs per token, 250 µs for an average notice), although our text is already
 * tokenised (db/search/tokenize.ts). Here each distinct token is sent to
 * PostgreSQL once, to learn what the text search configuration makes of it
 * (stem, stop word, …); the notice's vector is then assembled from the cache.
 * The result is exactly what to_tsvector() would produce: whenever a notice
 * meets a case this code does not model (a token the parser would split, more
 * than 255 positions of one lexeme, positions near the 16,383 limit), build()
 * returns null and the caller lets PostgreSQL compute that vector itself.
 */

export type TsConfig = 'english' | 'simple';
export type Weight = 'A' | 'B' | 'C' | 'D';
/** One part of a vector: the tokens of `text` (db/search/tokenize.ts), parsed with `config`, weighted `weight`. */
export interface Field {
  text: string;
  config: TsConfig;
  weight: Weight;
  /** per token what the configuration makes of it (see TsvectorBuilder's caches): filled by prepare() */
  entries?: Slot[];
}

/** a token's entry in the builder's caches: its lexeme; '' for a stop word; null: leave to PostgreSQL */
type Cached = Lexeme | '' | null;
/** undefined: not known (yet) */
type Slot = Cached | undefined;

/** the field's tokens space-separated, as to_tsvector() takes them */
export const tokensOf = (f: Field) => indexTokens(f.text);

/** What a configuration makes of one token: its lexemes ([] for a stop word, which still takes a position), or null when it cannot be modelled. */
export type Entry = string[] | null;

/** Asks PostgreSQL about tokens: for each, the rows of ts_debug(config, token) (token and lexemes). */
export type Lexizer = (config: TsConfig, tokens: string[]) => Promise<Map<string, { token: string; lexemes: string[] | null }[]>>;

/** ts_debug's verdict on a lone token, as an Entry. */
export function entryOf(token: string, rows: { token: string; lexemes: string[] | null }[]): Entry {
  // exactly one parser token, the whole input, handled by a dictionary (else: no position, or several)
  if (rows.length !== 1 || rows[0].token !== token || rows[0].lexemes === null || rows[0].lexemes.length > 1) return null;
  return rows[0].lexemes;
}

/** PostgreSQL's limits: positions stop at 16,383, a lexeme keeps at most 255 of them in to_tsvector(). */
const MAX_POS = 16_000;
const MAX_POSITIONS = 255;
/** the parser skips words of 2,047 bytes and more; leave such (absurd) tokens to PostgreSQL */
const MAX_TOKEN_BYTES = 2000;
/** bound on cached tokens: the vocabulary of a large archive is a few hundred thousand words */
const MAX_CACHE = 500_000;
/** bound on cached filter words (dates, sources, HS codes…) */
const MAX_EXTRAS = 100_000;

const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const WEIGHTS = ['A', 'B', 'C', 'D'] as const;

/** A lexeme as the builder keeps it: quoted for a literal, and its UTF-8 bytes for binary COPY. */
export interface Lexeme {
  quoted: string;
  utf8: Buffer;
  /** the UTF-8 bytes as a latin1 string: compares as PostgreSQL orders lexemes (bytewise) */
  key: string;
  /** the first 5 bytes as a number (zero-padded): orders most pairs without comparing strings (byLexeme) */
  ord: number;
  /**
   * scratch of positions(): the call that last met this lexeme, and its positions there
   * (a list through the builder's `pos` and `next`, from `first` to `last`: `count` of them)
   */
  seen: number;
  first: number;
  last: number;
  count: number;
  /** its place among all the builder's lexemes in PostgreSQL's order (see TsvectorBuilder.ranked) */
  rank: number;
  /** the builder's generation it belongs to (see TsvectorBuilder.clear) */
  gen: number;
}

/** the first 5 bytes of `b` as a number, zero-padded: a.ord < b.ord implies a < b bytewise */
function ordOf(b: Buffer): number {
  let n = 0;
  for (let i = 0; i < 5; i++) n = n * 256 + (i < b.length ? b[i] : 0);
  return n;
}

/** PostgreSQL's lexeme order: bytewise, a prefix first */
const byLexeme = (a: { ord: number; key: string }, b: { ord: number; key: string }) => a.ord - b.ord || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Where buildBinary() writes: an append-only byte buffer (db/pg-copy.ts CopyWriter). */
export interface BinaryOut {
  buf: Buffer;
  at: number;
  ensure(n: number): void;
}

/** tsvector positions carry the weight in their top two bits: A = 3 … D = 0 */
const WEIGHT_BITS = [3 << 14, 2 << 14, 1 << 14, 0];

/** a token prepare() did not find, and where it goes */
interface Pending {
  entries: Slot[];
  at: number;
  config: TsConfig;
  token: string;
  /** its Chinese cache keys (see TokenSink.han), or a = -1: the string cache */
  a: number;
  b: number;
}

/**
 * Walks a field's text (walkTokens), filling its entries from the builder's caches without
 * making strings of the Chinese tokens it finds there (most of a notice's tokens).
 */
class Resolver implements TokenSink {
  entries: Slot[] = [];
  strings!: Map<string, Cached>;
  hanMap!: Map<number, Map<number, Cached>>;
  config: TsConfig = 'english';
  /** tokens to look up: token -> a * 65536 + b, or -1 (see Pending) */
  missing!: Map<string, number>;
  pending: Pending[] = [];

  word(s: string, start: number, end: number): void {
    this.byText(s.slice(start, end).toLowerCase());
  }

  han(s: string, start: number, end: number, a: number, b: number): void {
    if (a < 0) {
      this.byText(s.slice(start, end)); // a character outside the BMP
      return;
    }
    const e = this.hanMap.get(a)?.get(b);
    if (e === undefined) this.miss(s.slice(start, end), a, b);
    this.entries.push(e);
  }

  private byText(t: string): void {
    const e = this.strings.get(t);
    if (e === undefined) this.miss(t, -1, 0);
    this.entries.push(e);
  }

  private miss(token: string, a: number, b: number): void {
    this.pending.push({ entries: this.entries, at: this.entries.length, config: this.config, token, a, b });
    this.missing.set(token, a < 0 ? -1 : a * 65536 + b);
  }
}

export class TsvectorBuilder {
  /** bound on cached tokens (MAX_CACHE; smaller in tests) */
  constructor(private readonly maxCache = MAX_CACHE) {}
  /** counts clear()s: lexemes of an older generation are no longer ranked */
  private gen = 0;
  /** per configuration, token -> what it makes of it: Chinese tokens of the BMP by their code units (a, then b), others by their text */
  private readonly cache: Record<TsConfig, Map<string, Cached>> = { english: new Map(), simple: new Map() };
  private readonly hanCache: Record<TsConfig, Map<number, Map<number, Cached>>> = { english: new Map(), simple: new Map() };
  /** entries in both caches */
  private cached = 0;
  private readonly resolver = new Resolver();
  /** one object per distinct lexeme (two tokens can stem alike), so that vectors can key positions by it */
  private readonly lexemes = new Map<string, Lexeme>();

  /**
   * Every lexeme in PostgreSQL's order, each one's `rank` its index here: a vector's
   * lexemes are then sorted as integers. New lexemes wait in `unranked` until the next
   * rank() (a merge: new lexemes are few once the vocabulary is known).
   */
  private ranked: Lexeme[] = [];
  private unranked: Lexeme[] = [];
  private rankKeys = new Int32Array(1024);

  private rank(): void {
    if (!this.unranked.length) return;
    const add = this.unranked.sort(byLexeme);
    const old = this.ranked;
    const all: Lexeme[] = new Array(old.length + add.length);
    for (let i = 0, j = 0, k = 0; k < all.length; k++) all[k] = j >= add.length || (i < old.length && byLexeme(old[i], add[j]) < 0) ? old[i++] : add[j++];
    for (let k = 0; k < all.length; k++) all[k].rank = k;
    this.ranked = all;
    this.unranked = [];
  }

  /** Sorts lexemes in PostgreSQL's order (bytewise), in place. */
  private sortLexemes(found: Lexeme[]): Lexeme[] {
    this.rank();
    const n = found.length;
    // prepared before a clear() (by another batch's prepare, meanwhile): compare them instead
    for (let i = 0; i < n; i++) if (found[i].gen !== this.gen) return found.sort(byLexeme);
    if (this.rankKeys.length < n) this.rankKeys = new Int32Array(Math.max(n, this.rankKeys.length * 2));
    const keys = this.rankKeys;
    for (let i = 0; i < n; i++) keys[i] = found[i].rank;
    keys.subarray(0, n).sort();
    const { ranked } = this;
    for (let i = 0; i < n; i++) found[i] = ranked[keys[i]];
    return found;
  }

  private lexeme(text: string): Lexeme {
    let l = this.lexemes.get(text);
    if (!l) {
      const utf8 = Buffer.from(text);
      this.lexemes.set(
        text,
        (l = { quoted: quote(text), utf8, key: utf8.toString('latin1'), ord: ordOf(utf8), seen: 0, first: 0, last: 0, count: 0, rank: -1, gen: this.gen }),
      );
      this.unranked.push(l);
    }
    return l;
  }

  /**
   * Resolves every token of `fields` (their `entries`), looking up those not seen before
   * (one round trip per configuration).
   */
  async prepare(fields: Iterable<Field>, lexize: Lexizer): Promise<void> {
    const list = [...fields];
    let { missing, pending } = this.resolve(list);
    if (this.cached + missing.english.size + missing.simple.size > this.maxCache) {
      this.clear();
      for (const f of list) f.entries = undefined;
      ({ missing, pending } = this.resolve(list));
    }
    const gen = this.gen;
    for (const config of ['english', 'simple'] as const) {
      const tokens = [...missing[config].keys()].filter((t) => Buffer.byteLength(t) < MAX_TOKEN_BYTES);
      if (!tokens.length) continue;
      const rows = await lexize(config, tokens);
      for (const t of tokens) {
        const e = entryOf(t, rows.get(t) ?? []);
        const key = missing[config].get(t) as number;
        const value = e === null ? null : e.length ? this.lexeme(e[0]) : '';
        if (key < 0) this.cache[config].set(t, value);
        else {
          const a = Math.floor(key / 65536);
          let m = this.hanCache[config].get(a);
          if (!m) this.hanCache[config].set(a, (m = new Map()));
          m.set(key % 65536, value);
        }
        this.cached++;
      }
    }
    if (this.gen !== gen) {
      // another prepare() cleared the caches while this one waited: resolve everything again,
      // so that no vector mixes lexemes of two generations (tokens no longer cached are left
      // to PostgreSQL)
      for (const f of list) f.entries = undefined;
      this.resolve(list);
      return;
    }
    for (const p of pending) p.entries[p.at] = p.a < 0 ? this.cache[p.config].get(p.token) : this.hanCache[p.config].get(p.a)?.get(p.b);
  }

  /** Forgets every cached token and lexeme (all at once: cached tokens of either configuration point into `lexemes`). */
  private clear(): void {
    for (const c of [this.cache, this.hanCache]) {
      c.english.clear();
      c.simple.clear();
    }
    this.lexemes.clear();
    this.ranked = [];
    this.unranked = [];
    this.cached = 0;
    this.gen++;
  }

  /**
   * Fills the fields' entries from the caches; returns the tokens they do not hold (left
   * undefined), and where each goes. Each call has its own: batches prepare side by side.
   */
  private resolve(fields: Field[]): { missing: Record<TsConfig, Map<string, number>>; pending: Pending[] } {
    const missing: Record<TsConfig, Map<string, number>> = { english: new Map(), simple: new Map() };
    const r = this.resolver;
    const pending: Pending[] = (r.pending = []);
    for (const f of fields) {
      if (f.entries) continue;
      r.entries = f.entries = [];
      r.config = f.config;
      r.strings = this.cache[f.config];
      r.hanMap = this.hanCache[f.config];
      r.missing = missing[f.config];
      walkTokens(f.text, r);
    }
    return { missing, pending };
  }

  /** extra lexemes (filter words) met before: few distinct ones, on every notice */
  private readonly extraCache = new Map<string, Extra>();

  /** the extra lexemes, encoded and sorted */
  private extras(extra: string[]): Extra[] {
    if (this.extraCache.size > MAX_EXTRAS) this.extraCache.clear();
    return extra
      .map((x) => {
        let e = this.extraCache.get(x);
        if (!e) {
          const utf8 = Buffer.from(x);
          this.extraCache.set(x, (e = { utf8, key: utf8.toString('latin1'), ord: ordOf(utf8) }));
        }
        return e;
      })
      .sort(byLexeme);
  }

  /** the last position of the first `head` fields in the last positions() */
  private headEnd = 0;
  /** counts positions() calls: a lexeme's positions belong to the call numbered its `seen` */
  private calls = 0;
  /** positions of the last positions() call (position * 4 + weight index), and each one's successor (-1: none) */
  private readonly lists: Positions = { pos: new Uint32Array(4096), next: new Int32Array(4096) };

  /**
   * The distinct lexemes of the fields' vector, each with its positions (see Lexeme) until
   * the next call, or null if PostgreSQL must compute the vector.
   */
  private positions(fields: Field[], head = fields.length): Lexeme[] | null {
    const call = ++this.calls;
    const found: Lexeme[] = [];
    let { pos: flat, next } = this.lists;
    let used = 0;
    let shift = 0;
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k];
      if (k === head) this.headEnd = shift;
      const entries = f.entries;
      if (!entries) return null;
      const w = WEIGHTS.indexOf(f.weight);
      if (used + entries.length > flat.length) {
        this.lists.pos = grow(flat, used + entries.length);
        this.lists.next = grow(next, used + entries.length);
        ({ pos: flat, next } = this.lists);
      }
      let pos = 0;
      let maxPos = 0;
      for (let i = 0; i < entries.length; i++) {
        const lexeme = entries[i];
        if (lexeme === null || lexeme === undefined) return null;
        pos++;
        if (!lexeme) continue; // a stop word: takes its position, indexes nothing
        const at = shift + pos;
        if (at > MAX_POS) return null;
        flat[used] = at * 4 + w;
        next[used] = -1;
        if (lexeme.seen !== call) {
          lexeme.seen = call;
          lexeme.first = used;
          lexeme.count = 1;
          found.push(lexeme);
        } else if (lexeme.count >= MAX_POSITIONS) return null;
        else {
          next[lexeme.last] = used;
          lexeme.count++;
        }
        lexeme.last = used++;
        maxPos = pos;
      }
      // `a || b` shifts b's positions by the largest position in a (trailing stop words do not count)
      shift += maxPos;
    }
    if (head === fields.length) this.headEnd = shift;
    return found;
  }

  /**
   * The literal of setweight(to_tsvector(f1.config, tokensOf(f1)), f1.weight) || … for the
   * fields in order, or null if PostgreSQL must compute it. Call prepare() first.
   */
  build(fields: Field[]): string | null {
    const found = this.positions(fields);
    if (!found) return null;
    const parts: string[] = [];
    const { pos, next } = this.lists;
    for (const { quoted, first } of found) {
      let s = `${quoted}:`;
      for (let k = first; k >= 0; k = next[k]) s += `${k === first ? '' : ','}${pos[k] >> 2}${WEIGHTS[pos[k] & 3]}`;
      parts.push(s);
    }
    return parts.join(' ');
  }

  /**
   * The same vector in tsvector's binary form (tsvectorrecv: the count, then per lexeme its
   * bytes, a NUL, the number of positions and each position with its weight bits), with
   * `extra` lexemes (without positions, none equal to another lexeme) added: written
   * to `out`, or false (nothing written) if PostgreSQL must compute the vector. Positions
   * are ascending already.
   */
  buildBinary(fields: Field[], out: BinaryOut, extra: string[] = []): boolean {
    const found = this.positions(fields);
    if (!found) return false;
    writeBinary(this.sortLexemes(found), this.lists, Infinity, out, this.extras(extra));
    return true;
  }

  /**
   * buildBinary() of the first `head` fields, then of all fields with `extra`, each as a
   * COPY column (length, then the vector), from one pass over the tokens: the first fields'
   * positions are the leading ones of each lexeme. False (nothing written): PostgreSQL
   * must compute them.
   */
  buildBinaryPair(fields: Field[], head: number, out: BinaryOut & { int32(v: number): void }, extra: string[]): boolean {
    const found = this.positions(fields, head);
    if (!found) return false;
    this.sortLexemes(found);
    const start = out.at;
    out.int32(0);
    writeBinary(found, this.lists, this.headEnd, out, []);
    out.buf.writeInt32BE(out.at - start - 4, start);
    const second = out.at;
    out.int32(0);
    writeBinary(found, this.lists, Infinity, out, this.extras(extra));
    out.buf.writeInt32BE(out.at - second - 4, second);
    return true;
  }
}

interface Positions {
  pos: Uint32Array;
  next: Int32Array;
}

function grow<T extends Uint32Array | Int32Array>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

interface Extra {
  utf8: Buffer;
  key: string;
  ord: number;
}

/**
 * Writes the vector of `lexemes` (sorted by byLexeme, with their positions in `lists`) up
 * to position `limit`, and the `extra` lexemes (sorted; see buildBinary), in PostgreSQL's
 * lexeme order: the server then stores exactly the bytes a literal of it gives
 * (tsvectorrecv lays lexemes out in the order received).
 */
function writeBinary(lexemes: Lexeme[], { pos, next }: Positions, limit: number, out: BinaryOut, extra: Extra[]): void {
  const max = limit * 4 + 3;
  let size = 4;
  let count = extra.length;
  for (const l of lexemes) {
    if (pos[l.first] > max) continue;
    count++;
    size += l.utf8.length + 3 + l.count * 2;
  }
  for (const e of extra) size += e.utf8.length + 3;
  out.ensure(size);
  const b = out.buf;
  let at = b.writeInt32BE(count, out.at);
  let x = 0;
  const lexeme = (u: Buffer) => {
    // lexemes are short: a loop beats Buffer#copy's call overhead
    for (let k = 0; k < u.length; k++) b[at++] = u[k];
    b[at++] = 0;
  };
  for (const l of lexemes) {
    if (pos[l.first] > max) continue;
    for (; x < extra.length && byLexeme(extra[x], l) < 0; x++) {
      lexeme(extra[x].utf8);
      b[at++] = 0;
      b[at++] = 0;
    }
    lexeme(l.utf8);
    const countAt = at;
    at += 2;
    let n = 0;
    for (let k = l.first; k >= 0 && pos[k] <= max; k = next[k], n++) {
      const v = (pos[k] >> 2) | WEIGHT_BITS[pos[k] & 3];
      b[at++] = v >> 8;
      b[at++] = v & 255;
    }
    b[countAt] = n >> 8;
    b[countAt + 1] = n & 255;
  }
  for (; x < extra.length; x++) {
    lexeme(extra[x].utf8);
    b[at++] = 0;
    b[at++] = 0;
  }
  out.at = at;
}
