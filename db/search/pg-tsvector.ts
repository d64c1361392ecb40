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
}

/** What a configuration makes of one token: its lexemes ([] for a stop word, which still takes a position), or null when it cannot be modelled. */
type Entry = string[] | null;

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

export class TsvectorBuilder {
  private readonly cache: Record<TsConfig, Map<string, Entry>> = { english: new Map(), simple: new Map() };
  /** Looks up every token of `fields` not seen before (one round trip per configuration). */
  async prepare(fields: Iterable<Field>, lexize: Lexizer): Promise<void> {
    const missing: Record<TsConfig, Set<string>> = { english: new Set(), simple: new Set() };
    for (const f of fields) {
      const cache = this.cache[f.config];
      if (!f.tokens) continue;
      for (const t of f.tokens.split(' ')) if (!cache.has(t)) missing[f.config].add(t);
    }
    for (const config of ['english', 'simple'] as const) {
      const tokens = [...missing[config]].filter((t) => Buffer.byteLength(t) < MAX_TOKEN_BYTES);
      if (!tokens.length) continue;
      const cache = this.cache[config];
      if (cache.size + tokens.length > MAX_CACHE) cache.clear();
      const rows = await lexize(config, tokens);
      for (const t of tokens) cache.set(t, entryOf(t, rows.get(t) ?? []));
    }
  }

  /**
   * The literal of setweight(to_tsvector(f1.config, f1.tokens), f1.weight) || … for the
   * fields in order, or null if PostgreSQL must compute it. Call prepare() first.
   */
  build(fields: Field[]): string | null {
    const positions = new Map<string, string[]>();
    let shift = 0;
    for (const f of fields) {
      const cache = this.cache[f.config];
      let pos = 0;
      let maxPos = 0;
      if (f.tokens) {
        for (const t of f.tokens.split(' ')) {
          const e = cache.get(t);
          if (!e) return null;
          pos++;
          if (!e.length) continue;
          const at = shift + pos;
          if (at > MAX_POS) return null;
          const lexeme = e[0];
          let list = positions.get(lexeme);
          if (!list) positions.set(lexeme, (list = []));
          if (list.length >= MAX_POSITIONS) return null;
          list.push(`${at}${f.weight}`);
          maxPos = pos;
        }
      }
      // `a || b` shifts b's positions by the largest position in a (trailing stop words do not count)
      shift += maxPos;
    }
    let out = '';
    for (const [lexeme, list] of positions) out += `${out ? ' ' : ''}${quote(lexeme)}:${list.join(',')}`;
    return out;
  }
}
