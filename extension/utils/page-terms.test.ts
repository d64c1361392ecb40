import { describe, expect, it } from 'vitest';
import { matchText } from '../../taxonomy/index.ts';
import { mergeTerms, sameTerms, termsFromMatches } from './page-terms.ts';

describe('termsFromMatches', () => {
  it('turns products into HS codes and keeps spans for marking', () => {
    const text = 'LED lamps, HS 9405.40, for Germany and the European Union. Tariffs apply.';
    const { terms, spans } = termsFromMatches(matchText(text));
    expect(terms.hs).toEqual(expect.arrayContaining(['9405', '940540']));
    expect(terms.regions).toEqual(expect.arrayContaining(['DE', 'EU']));
    expect(terms.topics).toContain('tariffs');
    for (const s of spans) expect(text.slice(s.start, s.end).length).toBeGreaterThan(0);
    expect(spans.find((s) => s.id === '940540') && text.slice(spans.find((s) => s.id === '940540')!.start, spans.find((s) => s.id === '940540')!.end)).toBe(
      '9405.40',
    );
  });

  it('finds nothing in bland text, and drops unusable ids', () => {
    expect(termsFromMatches(matchText('Opening hours: Monday to Friday.')).terms).toEqual({ hs: [], regions: [], topics: [] });
    const t = termsFromMatches({
      products: [{ id: 'lamp', term: 'x', start: 0, end: 1 }],
      hsCodes: [{ id: '12ab', term: 'x', start: 0, end: 1 }],
      regions: [],
      topics: [],
    });
    expect(t.terms.hs).toEqual([]);
  });

  it('merges and compares term sets', () => {
    const a = { hs: ['85'], regions: ['EU'], topics: [] };
    const b = { hs: ['85', '94'], regions: [], topics: ['tariffs'] };
    expect(mergeTerms(a, b)).toEqual({ hs: ['85', '94'], regions: ['EU'], topics: ['tariffs'] });
    expect(sameTerms(a, { hs: ['85'], regions: ['EU'], topics: [] })).toBe(true);
    expect(sameTerms(a, b)).toBe(false);
  });
});
