import { describe, expect, it } from 'vitest';
import type { IndexNotice } from './index-format.ts';
import { buildNoticeIndex, noticesForTerm, type RegionTools, rankNotices } from './relevance.ts';

const n = (id: number, p: Partial<IndexNotice>): IndexNotice => ({
  id,
  title: `n${id}`,
  agency: null,
  date: '2025-06-01',
  url: `https://x/${id}`,
  topics: [],
  hsCodes: [],
  regions: [],
  ...p,
});

const tools: RegionTools = {
  expandRegion: (id) => (id === 'EU' ? ['DE', 'FR'] : [id]),
  blocsOf: (id) => (id === 'DE' || id === 'FR' ? ['EU'] : []),
};
const today = Math.floor(Date.parse('2025-06-10') / 86_400_000);

const notices = [
  n(1, { hsCodes: ['9405'], regions: ['EU'] }),
  n(2, { hsCodes: ['940540'] }),
  n(3, { hsCodes: ['94'] }),
  n(4, { regions: ['DE'] }),
  n(5, { hsCodes: ['8507'], regions: ['US', 'CN'] }),
  n(6, { topics: ['tariffs'] }),
  n(7, { regions: ['CN'] }),
  n(8, { hsCodes: ['9405'], date: '2023-01-01' }),
];
const index = buildNoticeIndex(notices);
const ids = (r: ReturnType<typeof rankNotices>) => r.ranked.map((x) => x.notice.id);

describe('rankNotices', () => {
  it('matches HS codes by prefix in both directions, weighting specific codes higher', () => {
    const r = rankNotices(index, { hs: ['9405'], regions: [], topics: [] }, { today });
    expect(new Set(ids(r))).toEqual(new Set([1, 2, 3, 8]));
    const score = (id: number) => r.ranked.find((x) => x.notice.id === id)!.score;
    expect(score(1)).toBeGreaterThan(score(3)); // heading beats chapter
    expect(score(1)).toBeGreaterThan(score(8)); // recency
    expect(r.ranked.find((x) => x.notice.id === 2)!.reasons).toContainEqual({ kind: 'hs', term: '9405', tag: '940540' });
  });

  it('a detailed page code finds broader notices', () => {
    const r = rankNotices(index, { hs: ['9405.40.90'], regions: [], topics: [] }, { today });
    expect(new Set(ids(r))).toEqual(new Set([1, 2, 3, 8]));
  });

  it('matches regions directly and through blocs both ways', () => {
    expect(new Set(ids(rankNotices(index, { hs: [], regions: ['DE'], topics: [] }, { regionTools: tools, today })))).toEqual(new Set([1, 4]));
    const eu = rankNotices(index, { hs: [], regions: ['EU'], topics: [] }, { regionTools: tools, today });
    expect(new Set(ids(eu))).toEqual(new Set([1, 4]));
    expect(eu.ranked.find((x) => x.notice.id === 4)!.reasons).toEqual([{ kind: 'region', term: 'EU', tag: 'DE' }]);
  });

  it('does not count the home market on its own', () => {
    const r = rankNotices(index, { hs: [], regions: ['CN'], topics: [] }, { homeRegions: ['CN'], today });
    expect(r.total).toBe(0);
    const withHs = rankNotices(index, { hs: ['8507'], regions: ['CN'], topics: [] }, { homeRegions: ['CN'], today });
    expect(ids(withHs)).toEqual([5]);
  });

  it('ranks combined evidence first, then the user interests', () => {
    const terms = { hs: ['9405'], regions: ['DE'], topics: ['tariffs'] };
    const plain = rankNotices(index, terms, { regionTools: tools, today });
    expect(ids(plain)[0]).toBe(1); // HS + region
    const withInterest = rankNotices(index, terms, { regionTools: tools, today, interests: { hs: [], regions: [], topics: ['tariffs'] } });
    expect(withInterest.ranked.find((x) => x.notice.id === 6)!.reasons).toContainEqual({ kind: 'interest', term: 'tariffs', tag: 'topic' });
    const pos = (r: typeof plain) => ids(r).indexOf(6);
    expect(pos(withInterest)).toBeLessThan(pos(plain));
  });

  it('limits the list but reports the total; ignores junk terms', () => {
    const r = rankNotices(index, { hs: ['9405', 'abc', '', '1'], regions: [], topics: [] }, { limit: 2, today });
    expect(r.total).toBe(4);
    expect(r.ranked).toHaveLength(2);
    expect(rankNotices(index, { hs: [], regions: [], topics: [] }).total).toBe(0);
  });

  it('finds the notices a page term contributed to', () => {
    const r = rankNotices(index, { hs: ['8507', '9405'], regions: ['US', 'DE'], topics: [] }, { regionTools: tools, today });
    expect(noticesForTerm(r.ranked, 'hs', '8507').map((x) => x.notice.id)).toEqual([5]);
    // notice 4 covers all goods and is for Germany: it concerns the page through its market
    expect(
      noticesForTerm(r.ranked, 'region', 'DE')
        .map((x) => x.notice.id)
        .sort(),
    ).toEqual([1, 4]);
  });

  it('needs the page products AND markets: a region alone, or an origin of imports, does not make a notice concern a product page', () => {
    const ruling = n(9, {
      title: '对原产于美国的进口聚碳酸酯反倾销',
      hsCodes: ['3907'],
      regions: ['US'],
      regionRoles: { US: 'origin' },
      topics: ['trade-remedies'],
    });
    const usLamps = n(10, { hsCodes: ['9405'], regions: ['US'], regionRoles: { US: 'market' } });
    const idx = buildNoticeIndex([...notices, ruling, usLamps]);
    const battery = rankNotices(idx, { hs: ['8507'], regions: ['US'], topics: [] }, { regionTools: tools, today });
    expect(ids(battery)).toEqual([5]);
    // a resin page with the US on it still gets the ruling (its products), though not through the US
    const resin = rankNotices(idx, { hs: ['3907'], regions: ['US'], topics: [] }, { regionTools: tools, today });
    expect(ids(resin)).toEqual([9]);
    expect(resin.ranked[0].reasons).toEqual([{ kind: 'hs', term: '3907', tag: '3907' }]);
    // lamps for another market stay out of a lamps page for Germany
    expect(ids(rankNotices(idx, { hs: ['9405'], regions: ['DE'], topics: [] }, { regionTools: tools, today }))).not.toContain(10);
  });

  it('ranks 10,000 notices (its speed: npm run bench:extension)', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      n(i + 1, { hsCodes: [String(1000 + (i % 8000)).padStart(4, '0')], regions: [['EU', 'US', 'DE', 'JP'][i % 4]], topics: [['tariffs', 'customs'][i % 2]] }),
    );
    const big = buildNoticeIndex(many);
    const r = rankNotices(big, { hs: ['9405', '8507', '85'], regions: ['DE', 'US'], topics: ['tariffs'] }, { regionTools: tools, limit: 50 });
    expect(r.total).toBeGreaterThan(50);
    expect(r.ranked.every((x) => x.reasons.some((y) => y.kind === 'hs') || (x.notice.hsCodes.length === 0 && x.reasons.some((y) => y.kind === 'topic')))).toBe(
      true,
    );
  });
});
