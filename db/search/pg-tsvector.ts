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

export class TsvectorBuilder {
  /** token -> its lexeme, quoted for a literal; '' for a stop word; null: leave to PostgreSQL */
  private readonly cache: Record<TsConfig, Map<string, string | null>> = { english: new Map(), simple: new Map() };

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
      if (cache.size + tokens.length > MAX_CACHE) cache.clear();
      const rows = await lexize(config, tokens);
      for (const t of tokens) {
        const e = entryOf(t, rows.get(t) ?? []);
        cache.set(t, e === null ? null : e.length ? quote(e[0]) : '');
      }
    }
  }

  /**
   * The literal of setweight(to_tsvector(f1.config, f1.tokens), f1.weight) || … for the
   * fields in order, or null if PostgreSQL must compute it. Call prepare() first.
   */
  build(fields: Field[]): string | null {
    // per lexeme its positions, each as position * 4 + weight index
    const positions = new Map<string, number[]>();
    let shift = 0;
    for (const f of fields) {
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
    const parts: string[] = [];
    for (const [lexeme, list] of positions) {
      let s = `${lexeme}:`;
      for (let i = 0; i < list.length; i++) s += `${i ? ',' : ''}${list[i] >> 2}${WEIGHTS[list[i] & 3]}`;
      parts.push(s);
    }
    return parts.join(' ');
  }
}
