import { describe, expect, it } from 'vitest';
import { matchPage } from './page-matcher.ts';

describe('matchPage (background)', () => {
  it('finds tags with spans into the text, merged into what the page had', () => {
    const text = 'LED lamps, HS 9405.40, main markets Germany and the European Union';
    const r = matchPage(text, { hs: ['8507'], regions: [], topics: ['tariffs'] });
    expect(r.terms.hs).toEqual(expect.arrayContaining(['8507', '9405', '940540']));
    expect(r.terms.regions).toEqual(expect.arrayContaining(['DE', 'EU']));
    expect(r.terms.topics).toContain('tariffs');
    const code = r.spans.find((s) => s.id === '940540')!;
    expect(text.slice(code.start, code.end)).toBe('9405.40');
    expect(r.spans.every((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)).toBe(true);
  });

  it('keeps the known tags for empty or bland text', () => {
    const known = { hs: ['85'], regions: ['US'], topics: [] };
    expect(matchPage('', known)).toEqual({ terms: known, spans: [] });
    expect(matchPage('Opening hours: Monday to Friday.', known).terms).toEqual(known);
  });
});
