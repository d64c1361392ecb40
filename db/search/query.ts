import { foldAccents, phraseTokens, type QueryToken, splitTerms, TOKEN_TEXT } from './tokenize.ts';

/**
 * The archive's query syntax: words, "quoted phrases", OR between terms, and
 * -exclusion (-word, -"phrase"). Everything else is text. Parsing never hands
 * raw user input to a search engine: the compilers below only ever see tokens
 * made of letters, digits and Han characters (tokenize.ts TOKEN_TEXT).
 */

export class QuerySyntaxError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = 'QuerySyntaxError';
  }
}

/** A phrase: tokens that must appear in sequence. */
export interface Term {
  raw: string;
  tokens: QueryToken[];
}
/** One alternative of an OR group: all of its terms must match. */
export type Alternative = Term[];
export interface Clause {
  negated: boolean;
  alternatives: Alternative[];
}
export interface ParsedQuery {
  clauses: Clause[];
  /** the positive terms' raw text, for highlighting */
  highlights: string[];
}

type Lexeme = { kind: 'text' | 'phrase'; value: string; negated: boolean } | { kind: 'or' };

const MAX_QUERY_LENGTH = 500;

function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let negated = false;
    if (c === '-' && i + 1 < input.length && !/\s/.test(input[i + 1])) {
      negated = true;
      i++;
    } else if (c === '-') {
      throw new QuerySyntaxError('"-" must be followed by the word or "phrase" to exclude, e.g. -关税');
    }
    if (input[i] === '"' || input[i] === '“' || input[i] === '”') {
      const close = input.slice(i + 1).search(/["“”]/);
      if (close < 0) throw new QuerySyntaxError('unbalanced quote: close the "phrase" with a second double quote');
      out.push({ kind: 'phrase', value: input.slice(i + 1, i + 1 + close), negated });
      i += close + 2;
      continue;
    }
    let j = i;
    while (j < input.length && !/\s/.test(input[j]) && !'"“”'.includes(input[j])) j++;
    const word = input.slice(i, j);
    i = j;
    if (word === 'OR' && !negated) out.push({ kind: 'or' });
    else out.push({ kind: 'text', value: word, negated });
  }
  return out;
}

function toTerms(lx: { kind: 'text' | 'phrase'; value: string }): Term[] {
  const parts = lx.kind === 'phrase' ? [lx.value] : splitTerms(lx.value);
  return parts.map((raw) => ({ raw, tokens: phraseTokens(raw) })).filter((t) => t.tokens.length > 0);
}

export function parseQuery(input: string): ParsedQuery {
  if (input.length > MAX_QUERY_LENGTH) throw new QuerySyntaxError(`query is too long (${input.length} characters, at most ${MAX_QUERY_LENGTH})`);
  const lexemes = lex(input.trim());
  const clauses: Clause[] = [];
  let pendingOr = false;
  for (let k = 0; k < lexemes.length; k++) {
    const lx = lexemes[k];
    if (lx.kind === 'or') {
      if (!clauses.length || pendingOr) throw new QuerySyntaxError('OR needs a term on each side, e.g. 关税 OR tariff');
      if (clauses.at(-1)!.negated) throw new QuerySyntaxError('OR cannot follow an excluded term');
      pendingOr = true;
      continue;
    }
    const terms = toTerms(lx);
    if (!terms.length) {
      // punctuation only: drop it, but an OR that pointed at it is now dangling
      if (pendingOr) throw new QuerySyntaxError(`OR needs a searchable term after it, not "${lx.value}"`);
      continue;
    }
    if (pendingOr) {
      if (lx.negated) throw new QuerySyntaxError('OR cannot be followed by an excluded term');
      clauses.at(-1)!.alternatives.push(terms);
      pendingOr = false;
    } else {
      clauses.push({ negated: lx.negated, alternatives: [terms] });
    }
  }
  if (pendingOr) throw new QuerySyntaxError('OR needs a term on each side, e.g. 关税 OR tariff');
  if (!clauses.some((c) => !c.negated)) {
    throw new QuerySyntaxError(clauses.length ? 'a query cannot only exclude: add a word to search for' : 'the query has no searchable words');
  }
  const highlights = clauses.filter((c) => !c.negated).flatMap((c) => c.alternatives.flat().map((t) => t.raw));
  return { clauses, highlights };
}

function checkToken(t: QueryToken): string {
  // tokens come from the tokeniser; this guards the compilers against any future change there
  // (it once allowed only letters and digits, so the Han radicals the tokeniser emits gave 500s)
  if (!TOKEN_TEXT.test(t.text)) throw new Error(`unsafe search token: ${JSON.stringify(t.text)}`);
  return t.text;
}

/** SQLite FTS5 MATCH expression (accents folded, as the index holds words: tokenize.ts ftsTokens). */
export function toFts5(q: ParsedQuery): string {
  const term = (t: Term) => `"${t.tokens.map((tok) => foldAccents(checkToken(tok))).join(' ')}"${t.tokens.at(-1)!.prefix ? ' *' : ''}`;
  const alt = (a: Alternative) => (a.length === 1 ? term(a[0]) : `(${a.map(term).join(' AND ')})`);
  const clause = (c: Clause) => (c.alternatives.length === 1 ? alt(c.alternatives[0]) : `(${c.alternatives.map(alt).join(' OR ')})`);
  const pos = q.clauses.filter((c) => !c.negated).map(clause);
  const neg = q.clauses.filter((c) => c.negated).map(clause);
  return `(${pos.join(' AND ')})${neg.length ? ` NOT (${neg.join(' OR ')})` : ''}`;
}

/** PostgreSQL to_tsquery() input. */
export function toTsquery(q: ParsedQuery): string {
  const term = (t: Term) => {
    const s = t.tokens.map((tok, i) => checkToken(tok) + (tok.prefix && i === t.tokens.length - 1 ? ':*' : '')).join(' <-> ');
    return t.tokens.length > 1 ? `(${s})` : s;
  };
  const alt = (a: Alternative) => (a.length === 1 ? term(a[0]) : `(${a.map(term).join(' & ')})`);
  const clause = (c: Clause) => (c.alternatives.length === 1 ? alt(c.alternatives[0]) : `(${c.alternatives.map(alt).join(' | ')})`);
  const pos = q.clauses.filter((c) => !c.negated).map(clause);
  const neg = q.clauses.filter((c) => c.negated).map((c) => `!${clause(c)}`);
  return [...pos, ...neg].join(' & ');
}
