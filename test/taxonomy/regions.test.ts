import { describe, expect, it } from 'vitest';
import { blocsOf, expandRegion, matchText, REGIONS, regionCovers, regionName } from '../../taxonomy/index.ts';

const ids = (text: string) => matchText(text).regions.map((r) => r.id);

describe('region matching', () => {
  it('finds countries by zh and en names and short forms', () => {
    expect(ids('对原产于美国、欧盟和日本的进口共聚甲醛')).toEqual(['US', 'EU', 'JP']);
    expect(ids('imports from the People’s Republic of China, Viet Nam and the U.S.')).toEqual(['CN', 'VN', 'US']);
    expect(ids('The UK and the UAE signed; Türkiye and Korea joined.')).toEqual(['GB', 'AE', 'TR', 'KR']);
    expect(ids('德国汉诺威工业博览会')).toEqual(['DE']);
  });

  it('does not match inside other words', () => {
    expect(ids('Connect the USB cable and focus on the bus.')).toEqual([]);
    expect(ids('A woman spoke to us about the business.')).toEqual([]);
    expect(ids('Indiana and Nigerian traders')).toEqual([]);
  });

  it('keeps case-sensitive abbreviations and ISO codes upper-case and standalone', () => {
    expect(ids('tell us more')).toEqual([]);
    expect(ids('Ships to the US and EU')).toEqual(['US', 'EU']);
    expect(ids('Made in CN, shipped via SG')).toEqual(['CN', 'SG']);
    // an "Origin:" attribute line names the seller's home, not a market
    expect(ids('Origin: CN, shipped via SG')).toEqual([]);
    // dangerous two-letter codes are not read as countries
    expect(ids('IN IT AT BE NO TO ME AM IS')).toEqual([]);
    // CN code (Combined Nomenclature) is not China
    expect(ids('classified under CN code 8703 80 10')).toEqual([]);
  });

  it('handles Chinese traps: 中 alone, 美元, 南美国家, 内蒙古, 沿海地区', () => {
    expect(ids('中方表示，以美元结算')).toEqual([]);
    expect(ids('拓展南美国家市场')).toEqual(['LATAM']);
    expect(ids('内蒙古自治区和沿海地区')).toEqual([]);
    expect(ids('葡萄牙和西班牙')).toEqual(['PT', 'ES']);
  });

  it('reports offsets of the matched names', () => {
    const text = 'Exports to Germany and 法国 grew.';
    for (const m of matchText(text).regions) expect(text.slice(m.start, m.end)).toBe(m.term);
  });
});

describe('region vocabulary and blocs', () => {
  it('covers the world with zh and en names', () => {
    const countries = REGIONS.filter((r) => !r.bloc);
    expect(countries.length).toBeGreaterThanOrEqual(195);
    for (const r of REGIONS) {
      expect(r.zh).toMatch(/[\u4e00-\u9fff]|RCEP|CPTPP/);
      expect(r.en.length).toBeGreaterThan(1);
    }
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(REGIONS.length);
    expect(regionName('DE', 'zh')).toBe('德国');
    expect(regionName('ASEAN', 'en')).toBe('ASEAN');
    expect(regionName('XX')).toBeUndefined();
  });

  it('expands blocs to members, including nested blocs', () => {
    expect(expandRegion('EU')).toHaveLength(27);
    expect(expandRegion('EU')).toContain('DE');
    expect(expandRegion('RCEP')).toEqual(expect.arrayContaining(['VN', 'CN', 'JP', 'AU', 'NZ', 'SG']));
    expect(expandRegion('RCEP')).toHaveLength(16);
    expect(expandRegion('GCC').sort()).toEqual(['AE', 'BH', 'KW', 'OM', 'QA', 'SA']);
    expect(expandRegion('FR')).toEqual(['FR']);
    expect(expandRegion('nope')).toEqual([]);
  });

  it('maps a country to its blocs', () => {
    expect(blocsOf('DE')).toContain('EU');
    expect(blocsOf('VN')).toEqual(expect.arrayContaining(['ASEAN', 'RCEP', 'CPTPP']));
    expect(blocsOf('BR')).toEqual(expect.arrayContaining(['MERCOSUR', 'LATAM', 'BRICS']));
    expect(blocsOf('US')).toEqual([]);
  });

  it('lets an EU subscriber receive notices tagged DE and vice versa', () => {
    expect(regionCovers('EU', 'DE')).toBe(true);
    expect(regionCovers('DE', 'EU')).toBe(true);
    expect(regionCovers('EU', 'US')).toBe(false);
  });
});
