import { describe, expect, it } from 'vitest';
import { parseQuery, QuerySyntaxError, toFts5, toTsquery } from '../../db/search/query.ts';
import { makeSnippet, MARK_END, MARK_START } from '../../db/search/snippet.ts';
import { ftsTokens, indexTokenList, indexTokens, indexTokensReference, phraseTokens, splitTerms } from '../../db/search/tokenize.ts';

describe('tokeniser', () => {
  it('indexes Chinese as overlapping bigrams plus the run end, Latin as lowercase words', () => {
    expect(indexTokens('出口退税率 LED灯 8501.10')).toBe('出口 口退 退税 税率 率 led 灯 8501 10');
  });

  it('makes every two-character substring of the text a token sequence', () => {
    const text = '财政部 税务总局关于提高部分产品出口退税率的公告';
    const tokens = ` ${indexTokens(text)} `;
    for (const word of ['退税', '关税'.slice(0, 0) || '税务', '出口', '公告']) {
      const q = phraseTokens(word)
        .map((t) => t.text)
        .join(' ');
      expect(tokens).toContain(` ${q} `);
    }
  });

  it('gives the same tokens as the obvious implementation on any text, characters outside the BMP included', () => {
    const alphabet = [
      '出',
      '口',
      '税',
      '〇',
      '々',
      '𠀀',
      '𠮷',
      'a',
      'Z',
      'É',
      'İ',
      'ǅ',
      '9',
      '٣',
      ' ',
      '，',
      '-',
      '\n',
      'Ｆ',
      '①',
      '\ud800',
      '\udc00',
      '😀',
      'ß',
      'ﬁ',
    ];
    let seed = 12345;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    for (let i = 0; i < 3000; i++) {
      let s = '';
      for (let k = next() % 24; k > 0; k--) s += alphabet[next() % alphabet.length];
      expect(indexTokens(s), JSON.stringify(s)).toBe(indexTokensReference(s));
    }
    // the SQLite index's form (one buffer, accents folded) says the same, at any length
    const fts = (t: string) => indexTokenList(t, true).join(' ');
    for (let i = 0; i < 3000; i++) {
      let s = '\ufeff';
      for (let k = next() % 40; k > 0; k--) s += alphabet[next() % alphabet.length];
      expect(ftsTokens(s), JSON.stringify(s)).toBe(fts(s));
    }
    const long = `${'出口退税Café'.repeat(5000)} ${'x'.repeat(70_000)} ${'ﬁ'.repeat(3000)}`;
    expect(ftsTokens(long)).toBe(fts(long));
    expect(ftsTokens('')).toBe('');
    // a run starting with a character outside the BMP is Chinese, in documents and in queries alike
    expect(indexTokens('𠮷野家')).toBe('𠮷野 野家 家');
    expect(phraseTokens('𠮷野家').map((t) => t.text)).toEqual(['𠮷野', '野家']);
  });

  it('drops the final unigram of a trailing phrase run and turns a lone character into a prefix', () => {
    expect(phraseTokens('出口信用保险').map((t) => t.text)).toEqual(['出口', '口信', '信用', '用保', '保险']);
    expect(phraseTokens('2024年第33号').at(-1)).toEqual({ text: '号', prefix: true });
  });

  it('cuts unspaced Chinese into words with Intl.Segmenter and glues single characters', () => {
    expect(splitTerms('出口退税政策')).toEqual(['出口', '退税', '政策']);
    expect(splitTerms('tariff')).toEqual(['tariff']);
  });
});

describe('query syntax', () => {
  it('compiles words, phrases, OR and exclusion for both engines', () => {
    const q = parseQuery('关税 OR tariff -"steel products"');
    expect(toFts5(q)).toBe('(("关税" OR "tariff")) NOT ("steel products")');
    expect(toTsquery(q)).toBe('(关税 | tariff) & !(steel <-> products)');
    expect(q.highlights).toEqual(['关税', 'tariff']);
  });

  it.each([
    ['"unbalanced', /unbalanced quote/],
    ['OR', /OR needs a term on each side/],
    ['tariff OR', /OR needs a term on each side/],
    ['-tariff', /cannot only exclude/],
    ['- tariff', /"-" must be followed/],
    ['*** ^^^', /no searchable words/],
    ['x'.repeat(600), /too long/],
  ])('rejects %s with a clear message', (input, msg) => {
    expect(() => parseQuery(input)).toThrowError(QuerySyntaxError);
    expect(() => parseQuery(input)).toThrowError(msg);
  });

  it('treats FTS syntax characters as text, never as operators', () => {
    const q = parseQuery('tariff* NEAR(a b) col:value ^start AND NOT');
    const fts = toFts5(q);
    expect(fts).not.toMatch(/\*|\^|:|NEAR\(/);
    expect(fts).toContain('"near a"');
    expect(fts).toContain('"and"');
  });
});

describe('snippets', () => {
  it('marks matches of Chinese words and English inflections', () => {
    const s = makeSnippet('The tariffs on solar cells will rise. 对光伏电池加征关税。', ['tariff', '关税']);
    expect(s).toContain(`${MARK_START}tariffs${MARK_END}`);
    expect(s).toContain(`${MARK_START}关税${MARK_END}`);
  });

  it('centres long texts on the matches', () => {
    const text = `${'无关内容。'.repeat(100)}这里提到出口信用保险的保费补贴。${'其他内容。'.repeat(100)}`;
    const s = makeSnippet(text, ['出口信用保险'], 80);
    expect(s.startsWith('…')).toBe(true);
    expect(s).toContain(`${MARK_START}出口信用保险${MARK_END}`);
  });
});
