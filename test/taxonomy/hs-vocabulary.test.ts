import { describe, expect, it } from 'vitest';
import { classify, headings, hsName, matchText, tagsOf } from '../../taxonomy/index.ts';

// The heading vocabulary covers all of chapters 01–97 (issue #20: products outside the old
// ~290-heading list were never recognised). Notices here are written for the test.
const tags = (title: string, text: string, agency?: string, language?: string) => tagsOf(classify({ title, text, agency, language }));
const productIds = (text: string) => [...new Set(matchText(text).products.map((p) => p.id))].sort();

describe('HS heading vocabulary', () => {
  it('names every chapter and at least 1,100 headings, each once, with zh and en names', () => {
    const hs = headings();
    const codes = hs.map((h) => h.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => c.length === 4).length).toBeGreaterThanOrEqual(1100);
    for (const h of hs) {
      expect(h.zh.length).toBeGreaterThan(0);
      expect(h.en.length).toBeGreaterThan(0);
    }
    expect(hsName('8452', 'zh')).toBe('缝纫机');
    expect(hsName('8452', 'en')).toBe('Sewing machines');
  });

  it('has no single-character Chinese terms except the few old ones the classifier guards', () => {
    const guarded = new Set(['虾', '梨', '钴', '钨', '钼', '铋', '镓', '锗', '铟', '苯', '锑']);
    const singles = headings()
      .flatMap((h) => h.zhTerms.split(','))
      .map((t) => t.replace(/^[=~+]+/, ''))
      .filter((t) => [...t].length === 1 && !guarded.has(t));
    expect(singles).toEqual([]);
  });

  it('recognises products outside the old list, in Chinese and English, singular and plural', () => {
    expect(productIds('出口缝纫机、拉链和保温杯')).toEqual(['8452', '9607', '9617']);
    expect(productIds('imports of sewing machines, a zipper and vacuum flasks')).toEqual(['8452', '9607', '9617']);
    expect(productIds('activated carbon and citric acid')).toEqual(['2918', '3802']);
  });

  it('does not read product words inside place names and label fields', () => {
    expect(productIds('丝绸之路经济带沿线国家')).toEqual([]);
    expect(productIds('exports to the Ivory Coast along the Pearl River')).toEqual([]);
    expect(productIds('中文标签应标注酒精度')).toEqual([]);
    expect(productIds('检疫要求：不带杂草种子')).toEqual([]);
  });

  it('tags a notice about a heading that was missing before', () => {
    const t = tags('关于对原产于日本的进口缝纫机零件反倾销调查立案的公告', '商务部决定对原产于日本的进口工业缝纫机开展反倾销立案调查。', '商务部', 'zh');
    expect(t.hsCodes).toEqual(['8452']);
    expect(t.topics).toContain('trade-remedies');
  });
});
