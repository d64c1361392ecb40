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
/** One part of a vector: space-separated tokens (indexTokens output), parsed with `config`, weighted `weight`. */
export interface Field {
  tokens: string;
  config: TsConfig;
  weight: Weight;
  /** tokens split, filled in on first use */
  words?: string[];
}

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

const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const WEIGHTS = ['A', 'B', 'C', 'D'] as const;
const words = (f: Field) => (f.words ??= f.tokens ? f.tokens.split(' ') : []);

/** A lexeme as the builder keeps it: quoted for a literal, and its UTF-8 bytes for binary COPY. */
interface Lexeme {
  quoted: string;
  utf8: Buffer;
  /** the UTF-8 bytes as a latin1 string: compares as PostgreSQL orders lexemes (bytewise) */
  key: string;
}

/** Where buildBinary() writes: an append-only byte buffer (db/pg-copy.ts CopyWriter). */
export interface BinaryOut {
  buf: Buffer;
  at: number;
  ensure(n: number): void;
}

/** tsvector positions carry the weight in their top two bits: A = 3 … D = 0 */
const WEIGHT_BITS = [3 << 14, 2 << 14, 1 << 14, 0];

export class TsvectorBuilder {
  /** token -> its lexeme; '' for a stop word; null: leave to PostgreSQL */
  private readonly cache: Record<TsConfig, Map<string, Lexeme | '' | null>> = { english: new Map(), simple: new Map() };
  /** one object per distinct lexeme (two tokens can stem alike), so that vectors can key positions by it */
  private readonly lexemes = new Map<string, Lexeme>();

  private lexeme(text: string): Lexeme {
    let l = this.lexemes.get(text);
    if (!l) {
      const utf8 = Buffer.from(text);
      this.lexemes.set(text, (l = { quoted: quote(text), utf8, key: utf8.toString('latin1') }));
    }
    return l;
  }

  /** Looks up every token of `fields` not seen before (one round trip per configuration). */
  async prepare(fields: Iterable<Field>, lexize: Lexizer): Promise<void> {
    const missing: Record<TsConfig, Set<string>> = { english: new Set(), simple: new Set() };
    for (const f of fields) {
      const cache = this.cache[f.config];
      for (const t of words(f)) if (!cache.has(t)) missing[f.config].add(t);
    }
    for (const config of ['english', 'simple'] as const) {
      const tokens = [...missing[config]].filter((t) => Buffer.byteLength(t) < MAX_TOKEN_BYTES);
      if (!tokens.length) continue;
      const cache = this.cache[config];
      if (cache.size + tokens.length > MAX_CACHE) {
        // all at once: cached tokens of either configuration point into `lexemes`
        this.cache.english.clear();
        this.cache.simple.clear();
        this.lexemes.clear();
      }
      const rows = await lexize(config, tokens);
      for (const t of tokens) {
        const e = entryOf(t, rows.get(t) ?? []);
        cache.set(t, e === null ? null : e.length ? this.lexeme(e[0]) : '');
      }
    }
  }

  /** Per lexeme of the fields' vector its positions (position * 4 + weight index), or null if PostgreSQL must compute it. */
  /** the last position of the first `head` fields in the last positions() */
  private headEnd = 0;

  private positions(fields: Field[], head = fields.length): Map<Lexeme, number[]> | null {
    const positions = new Map<Lexeme, number[]>();
    let shift = 0;
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k];
      if (k === head) this.headEnd = shift;
      const cache = this.cache[f.config];
      const w = WEIGHTS.indexOf(f.weight);
      let pos = 0;
      let maxPos = 0;
      for (const t of words(f)) {
        const lexeme = cache.get(t);
        if (lexeme === null || lexeme === undefined) return null;
        pos++;
        if (!lexeme) continue; // a stop word: takes its position, indexes nothing
        const at = shift + pos;
        if (at > MAX_POS) return null;
        const list = positions.get(lexeme);
        if (!list) positions.set(lexeme, [at * 4 + w]);
        else if (list.length >= MAX_POSITIONS) return null;
        else list.push(at * 4 + w);
        maxPos = pos;
      }
      // `a || b` shifts b's positions by the largest position in a (trailing stop words do not count)
      shift += maxPos;
    }
    if (head === fields.length) this.headEnd = shift;
    return positions;
  }

  /**
   * The literal of setweight(to_tsvector(f1.config, f1.tokens), f1.weight) || … for the
   * fields in order, or null if PostgreSQL must compute it. Call prepare() first.
   */
  build(fields: Field[]): string | null {
    const positions = this.positions(fields);
    if (!positions) return null;
    const parts: string[] = [];
    for (const [lexeme, list] of positions) {
      let s = `${lexeme.quoted}:`;
      for (let i = 0; i < list.length; i++) s += `${i ? ',' : ''}${list[i] >> 2}${WEIGHTS[list[i] & 3]}`;
      parts.push(s);
    }
    return parts.join(' ');
  }

  /**
   * The same vector in tsvector's binary form (tsvectorrecv: the count, then per lexeme its
   * bytes, a NUL, the number of positions and each position with its weight bits), with
   * `extra` lexemes (UTF-8, without positions, none equal to another lexeme) added: written
   * to `out`, or false (nothing written) if PostgreSQL must compute the vector. Positions
   * are ascending already.
   */
  buildBinary(fields: Field[], out: BinaryOut, extra: Buffer[] = []): boolean {
    const positions = this.positions(fields);
    if (!positions) return false;
    writeBinary(positions, Infinity, out, extra);
    return true;
  }

  /**
   * buildBinary() of the first `head` fields, then of all fields with `extra`, each as a
   * COPY column (length, then the vector), from one pass over the tokens: the first fields'
   * positions are the leading ones of each lexeme. False (nothing written): PostgreSQL
   * must compute them.
   */
  buildBinaryPair(fields: Field[], head: number, out: BinaryOut & { int32(v: number): void }, extra: Buffer[]): boolean {
    const positions = this.positions(fields, head);
    if (!positions) return false;
    const start = out.at;
    out.int32(0);
    writeBinary(positions, this.headEnd, out, []);
    out.buf.writeInt32BE(out.at - start - 4, start);
    const second = out.at;
    out.int32(0);
    writeBinary(positions, Infinity, out, extra);
    out.buf.writeInt32BE(out.at - second - 4, second);
    return true;
  }
}

/**
 * Writes the vector of `positions` up to position `limit`, and the `extra` lexemes (see
 * buildBinary), in PostgreSQL's lexeme order: the server then stores exactly the bytes
 * a literal of it gives (tsvectorrecv lays lexemes out in the order received).
 */
function writeBinary(positions: Map<Lexeme, number[]>, limit: number, out: BinaryOut, extra: Buffer[]): void {
  const max = limit * 4 + 3;
  const entries: { key: string; utf8: Buffer; list: number[] | null }[] = [];
  let size = 4;
  for (const [lexeme, list] of positions) {
    if (list[0] > max) continue;
    entries.push({ key: lexeme.key, utf8: lexeme.utf8, list });
    size += lexeme.utf8.length + 3 + list.length * 2;
  }
  for (const e of extra) {
    entries.push({ key: e.toString('latin1'), utf8: e, list: null });
    size += e.length + 3;
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  out.ensure(size);
  const b = out.buf;
  let at = b.writeInt32BE(entries.length, out.at);
  for (const { utf8: u, list } of entries) {
    // lexemes are short: a loop beats Buffer#copy's call overhead
    for (let k = 0; k < u.length; k++) b[at++] = u[k];
    b[at++] = 0;
    const countAt = at;
    at += 2;
    let n = 0;
    if (list) for (; n < list.length && list[n] <= max; n++) at = b.writeUInt16BE((list[n] >> 2) | WEIGHT_BITS[list[n] & 3], at);
    b.writeUInt16BE(n, countAt);
  }
  out.at = at;
}
