import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery, QuerySyntaxError, toFts5, toTsquery } from '../../db/search/query.ts';
import { ftsTokens, indexTokenList, indexTokensReference, phraseTokens, splitTerms, TOKEN_TEXT } from '../../db/search/tokenize.ts';
import type { Store } from '../../db/types.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';

/**
 * Property-based fuzzing of the tokeniser, the query parser and real searches over all
 * of Unicode: any input must search or be refused with a QuerySyntaxError (a 400), never
 * anything else (a 500). Found by this: the CJK radicals ⺀⺁ (Han script, category So)
 * were tokens the query compilers refused.
 */

/** Code points from the blocks that break tokenisers, plus anything at all. */
const RANGES: [number, number][] = [
  [0x2e80, 0x2fdf], // CJK radicals supplement, Kangxi radicals
  [0x2ff0, 0x303f], // ideographic description characters, CJK symbols (々 〆 〇 〡)
  [0x0300, 0x036f], // combining marks
  [0x1ab0, 0x1aff],
  [0x20d0, 0x20ff],
  [0xe000, 0xf8ff], // private use
  [0xf0000, 0xf00ff],
  [0x0000, 0x001f], // controls
  [0x007f, 0x009f],
  [0x200b, 0x206f], // zero-width, bidi controls
  [0xfdd0, 0xfdef], // noncharacters
  [0xfff0, 0xffff],
  [0xfb00, 0xfdff], // ligatures and presentation forms (NFKC expands them)
  [0x3300, 0x33ff], // CJK compatibility (one character, several after NFKC)
  [0x4e00, 0x9fff], // CJK ideographs
  [0x20000, 0x2a6df], // ideographs outside the BMP
  [0x1f300, 0x1faff], // emoji
  [0x0021, 0x007e], // ASCII, the query syntax included
];
const codePoint = fc.oneof(...RANGES.map(([a, b]) => fc.integer({ min: a, max: b })), fc.integer({ min: 0, max: 0x10ffff }));
const fromCodePoint = (c: number) => (c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c));
const piece = fc.oneof(
  codePoint.map(fromCodePoint),
  fc.constantFrom(' ', '"', '“', '”', '-', 'OR', ' OR ', '\ud800', '\udfff', '\udbff\udfff', '出口', 'tariff', '⺀⺁'),
);
/** any string, lone surrogates included, weighted towards the awkward blocks and the syntax */
const anyText = (maxLength: number) => fc.array(piece, { maxLength }).map((a) => a.join(''));
/** strings of any UTF-16 code units */
const units = fc.string({ unit: 'binary', maxLength: 40 });
const input = (n: number) => fc.oneof(anyText(n), units, fc.string({ unit: 'grapheme-composite', maxLength: n }));

const RUNS = 3000;

describe('tokeniser over all of Unicode', () => {
  it('emits only tokens the query compilers accept, the same as the obvious implementation', () => {
    fc.assert(
      fc.property(input(60), (s) => {
        const tokens = indexTokenList(s);
        for (const t of tokens) expect(t).toMatch(TOKEN_TEXT);
        expect(tokens.join(' ')).toBe(indexTokensReference(s));
        expect(ftsTokens(s)).toBe(indexTokenList(s, true).join(' '));
        for (const t of phraseTokens(s)) expect(t.text).toMatch(TOKEN_TEXT);
        for (const w of splitTerms(s)) for (const t of phraseTokens(w)) expect(t.text).toMatch(TOKEN_TEXT);
      }),
      { numRuns: RUNS },
    );
  });
});

/** parseQuery's verdict: the parsed query, or the syntax error's message; anything else is thrown on */
function parseOrRefuse(q: string): ReturnType<typeof parseQuery> | string {
  try {
    return parseQuery(q);
  } catch (e) {
    if (e instanceof QuerySyntaxError) return e.message;
    throw e;
  }
}

describe('query parser over all of Unicode', () => {
  it('parses and compiles any input for both engines, or refuses it with a QuerySyntaxError', () => {
    fc.assert(
      fc.property(input(80), (q) => {
        const p = parseOrRefuse(q);
        if (typeof p === 'string') {
          expect(p.length).toBeGreaterThan(0);
          return;
        }
        expect(p.clauses.some((c) => !c.negated)).toBe(true);
        expect(() => toFts5(p)).not.toThrow();
        expect(() => toTsquery(p)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('compiles letters whose lower case adds a combining mark (İ → i̇, found by this fuzz)', () => {
    for (const q of ['İ', 'İzmir ihracat', '"İstanbul port"']) {
      const p = parseQuery(q);
      expect(() => toFts5(p), q).not.toThrow();
      expect(() => toTsquery(p), q).not.toThrow();
    }
  });

  it('compiles the CJK radicals that once gave 500s', () => {
    const p = parseQuery('⺀⺁');
    expect(toFts5(p)).toBe('("⺀⺁")');
    expect(toTsquery(p)).toBe('⺀⺁');
  });
});

for (const backend of BACKENDS) {
  describe(`real searches over all of Unicode (${backend})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ store, cleanup } = await freshStore(backend));
      await store.upsertSource({ id: 's', name: 'S', baseUrl: 'https://example.gov.cn/', agency: 'A', country: 'CN', language: 'zh' });
      const texts = ['⺀⺁部首 radicals', '出口退税 tariff café', '𠮷野家 emoji 😀 \u202eevil', 'e\u0301te\u0301 \ue000private', 'İzmir port notice'];
      for (const [i, t] of texts.entries()) {
        await store.saveObservation(
          {
            sourceId: 's',
            url: `https://example.gov.cn/${i}.html`,
            title: t,
            text: `${t} body ${i}`,
            html: `<p>${t}</p>`,
            language: 'zh',
            contentHash: `h${i}`,
          },
          () => ({ diff: [], summary: '' }),
        );
      }
    }, 60_000);
    afterAll(async () => cleanup?.());

    it('answers or refuses with a QuerySyntaxError for any query', async () => {
      await fc.assert(
        fc.asyncProperty(input(40), async (q) => {
          if (!q.trim()) return;
          try {
            const r = await store.search({ q, limit: 5 });
            expect(r.hits.length).toBeLessThanOrEqual(5);
          } catch (e) {
            expect((e as { userFacing?: boolean }).userFacing, `${JSON.stringify(q)}: ${(e as Error).message}`).toBe(true);
          }
        }),
        { numRuns: backend === 'pg' ? 300 : 600 },
      );
    }, 240_000);

    it('answers or refuses the worst cases: NFKC expansions, the longest words, stacks of marks', async () => {
      const nasty = [
        '㌀'.repeat(500),
        'ﷺ'.repeat(500),
        'ﷻ'.repeat(250),
        'a'.repeat(500),
        '𠀀'.repeat(250),
        `a${'\u0301'.repeat(499)}`,
        '⺀'.repeat(500),
        `${'-'.repeat(10)}x`,
        '"""',
        'OR OR',
        '- OR -',
        '\u0000\u0001x',
        '\ud800\ud800出口',
        'x'.repeat(501),
      ];
      for (const q of nasty) {
        try {
          const r = await store.search({ q, limit: 5 });
          expect(r.hits.length).toBeLessThanOrEqual(5);
        } catch (e) {
          expect((e as { userFacing?: boolean }).userFacing, `${JSON.stringify(q.slice(0, 20))}: ${(e as Error).message}`).toBe(true);
        }
      }
    });

    it('finds a notice by a word with a dotted capital I (SQLite, accent-insensitive: typed either way)', async () => {
      for (const q of backend === 'sqlite' ? ['İzmir', 'izmir'] : ['İzmir']) {
        const r = await store.search({ q, limit: 5 });
        expect(
          r.hits.map((h) => h.notice.url),
          q,
        ).toContain('https://example.gov.cn/4.html');
      }
    });

    it('finds the radicals notice by its radicals, with or without the rest of its word', async () => {
      const r = await store.search({ q: '⺀⺁', limit: 5 });
      // SQLite indexes radicals as Han; PostgreSQL's parser treats them as blanks (no match, no error)
      if (backend === 'sqlite') expect(r.hits.map((h) => h.notice.url)).toEqual(['https://example.gov.cn/0.html']);
      else expect(r.hits.length).toBeLessThanOrEqual(5);
      const w = await store.search({ q: '部首', limit: 5 });
      expect(w.hits.map((h) => h.notice.url)).toEqual(['https://example.gov.cn/0.html']);
    });
  });
}
