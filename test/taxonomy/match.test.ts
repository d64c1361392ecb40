import { describe, expect, it } from 'vitest';
import { lookupProducts, matchText } from '../../taxonomy/index.ts';

describe('matchText', () => {
  it('returns products, codes, regions and topics with exact offsets', () => {
    const text = 'USTR raises tariffs on solar cells (HS 8541) and lithium-ion batteries from China.\n美国对锂电池加征关税。';
    const m = matchText(text);
    for (const list of [m.products, m.hsCodes, m.regions, m.topics]) for (const x of list) expect(text.slice(x.start, x.end)).toBe(x.term);
    expect(m.products.map((p) => p.id)).toEqual(['8541', '8507', '8507']);
    expect(m.hsCodes.map((p) => p.id)).toEqual(['8541']);
    expect(m.regions.map((p) => p.id)).toEqual(['CN', 'US']);
    expect(m.topics.map((p) => p.id)).toEqual(['tariffs', 'tariffs']);
  });

  it('is case-insensitive for Latin terms and tolerant of line breaks inside phrases', () => {
    const text = 'EXPORT\n  CONTROLS on LED Lamps';
    const m = matchText(text);
    expect(m.topics.map((t) => [t.id, t.term])).toEqual([['export-controls', 'EXPORT\n  CONTROLS']]);
    expect(m.products.map((p) => [p.id, p.term])).toEqual([['9405', 'LED Lamps']]);
  });

  it('prefers the longest phrase at a position', () => {
    const m = matchText('光伏玻璃和光伏组件');
    expect(m.products.map((p) => [p.id, p.term])).toEqual([
      ['7007', '光伏玻璃'],
      ['8541', '光伏组件'],
    ]);
  });

  it('copes with empty and odd input', () => {
    expect(matchText('')).toEqual({ products: [], hsCodes: [], regions: [], topics: [] });
    const m = matchText('\u0000\uFFFF\uD800 😀 ＵＳＡ');
    expect(m.regions.map((r) => r.id)).toEqual(['US']);
  });
});

describe('lookupProducts', () => {
  it('maps product words to headings in both languages', () => {
    expect(lookupProducts('锂电池')[0]).toEqual({ hs: '8507', name: '锂电池' });
    expect(lookupProducts('LED lamps')[0].hs).toBe('9405');
    expect(lookupProducts('灯具')[0].hs).toBe('9405');
    expect(lookupProducts('solar cells')[0].hs).toBe('8541');
    expect(lookupProducts('新能源汽车')[0].hs).toBe('8703');
    expect(lookupProducts('drones')[0].hs).toBe('8806');
    expect(lookupProducts('稀土').map((r) => r.hs)).toEqual(expect.arrayContaining(['2805', '2846']));
  });

  it('accepts codes and chapter numbers', () => {
    expect(lookupProducts('8541')[0]).toEqual({ hs: '8541', name: 'Solar cells' });
    const ch85 = lookupProducts('85', 100).map((r) => r.hs);
    expect(ch85).toEqual(expect.arrayContaining(['85', '8507', '8541']));
    expect(ch85.every((c) => c.startsWith('85'))).toBe(true);
  });

  it('returns nothing for blank or unknown queries', () => {
    expect(lookupProducts('   ')).toEqual([]);
    expect(lookupProducts('zzqqxx')).toEqual([]);
  });
});
