import { describe, expect, it } from 'vitest';
import { checkPageText, MAX_PAGE_TEXT } from './message-check.ts';

const terms = { hs: ['9405'], regions: ['EU'], topics: [] };

describe('checkPageText', () => {
  it('accepts a page-text message as the content script sends it', () => {
    expect(checkPageText({ type: 'page-text', host: 'www.made-in-china.com', text: 'LED lamps', terms })).toEqual({
      host: 'www.made-in-china.com',
      text: 'LED lamps',
      terms,
    });
    expect(checkPageText({ type: 'page-text', host: 'a.example', text: '', terms: { hs: [], regions: [], topics: [] } })).not.toBeNull();
  });

  it('refuses anything else: wrong type, missing or oversized fields, terms that are not short strings', () => {
    const ok = { type: 'page-text', host: 'a.example', text: 'x', terms };
    for (const bad of [
      null,
      'page-text',
      42,
      { ...ok, type: 'page-terms' },
      { ...ok, host: '' },
      { ...ok, host: 'h'.repeat(254) },
      { ...ok, host: 7 },
      { ...ok, text: undefined },
      { ...ok, text: { length: 1 } },
      { ...ok, text: 'x'.repeat(MAX_PAGE_TEXT + 1) },
      { ...ok, terms: undefined },
      { ...ok, terms: { hs: 'x', regions: [], topics: [] } },
      { ...ok, terms: { hs: [1], regions: [], topics: [] } },
      { ...ok, terms: { hs: [''], regions: [], topics: [] } },
      { ...ok, terms: { hs: ['x'.repeat(65)], regions: [], topics: [] } },
      { ...ok, terms: { hs: Array.from({ length: 2001 }, () => '85'), regions: [], topics: [] } },
      { ...ok, terms: { hs: [], regions: [] } },
    ])
      expect(checkPageText(bad), JSON.stringify(bad)?.slice(0, 80)).toBeNull();
  });
});
