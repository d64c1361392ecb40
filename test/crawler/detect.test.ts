import { describe, expect, it } from 'vitest';
import { applyDiff, diffWords, myers, tokenize } from '../../db/diff.ts';
import { contentHash } from '../../crawler/detect/hash.ts';
import { compileNoise, normalizeText, normalizeTextByLine } from '../../crawler/detect/normalize.ts';
import { summarizeChange } from '../../crawler/detect/summary.ts';

describe('word diff', () => {
  it('segments Chinese into words, not lines or characters only', () => {
    const t = tokenize('本通知自2025年1月1日起施行');
    expect(t.join('')).toBe('本通知自2025年1月1日起施行');
    expect(t.length).toBeGreaterThan(4);
    expect(t).toContain('施行');
  });

  it('marks only the changed words in a Chinese sentence', () => {
    const prev = '一、本通知自2025年1月1日起施行，有效期两年。\n二、各地要加强宣传。';
    const next = '一、本通知自2025年3月1日起施行，有效期三年。\n二、各地要加强宣传。';
    const ops = diffWords(prev, next);
    expect(applyDiff(ops, 'prev')).toBe(prev);
    expect(applyDiff(ops, 'next')).toBe(next);
    const changed = ops.filter(([o]) => o !== '=').map(([, s]) => s);
    expect(changed.join('')).toMatch(/^[13两三年]+$/);
  });

  it('diffs English by words', () => {
    const ops = diffWords('The duty rate is 10 percent from January.', 'The duty rate is 25 percent from March.');
    expect(ops.filter(([o]) => o === '+').map(([, s]) => s)).toEqual(['25', 'March']);
    expect(ops.filter(([o]) => o === '-').map(([, s]) => s)).toEqual(['10', 'January']);
  });

  it('handles empty sides and identical texts', () => {
    expect(diffWords('', '新增')).toEqual([['+', '新增']]);
    expect(diffWords('删除', '')).toEqual([['-', '删除']]);
    expect(diffWords('相同', '相同')).toEqual([['=', '相同']]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('stays correct on huge, very different texts (line fallback)', () => {
    const para = (i: number, v: string) => `第${i}条 ${v}企业应当按照规定办理出口退税申报手续，并提供相关单证资料。`;
    const prev = Array.from({ length: 3000 }, (_, i) => para(i, i % 3 ? '' : '外贸')).join('\n');
    const next = Array.from({ length: 3000 }, (_, i) => para(i, i % 5 ? '' : '生产')).join('\n');
    const ops = diffWords(prev, next);
    expect(applyDiff(ops, 'prev')).toBe(prev);
    expect(applyDiff(ops, 'next')).toBe(next);
  });

  it('myers gives up beyond its edit budget', () => {
    expect(myers(['a', 'b', 'c'], ['x', 'y', 'z'], 2)).toBeNull();
    expect(myers(['a', 'b'], ['a', 'c'])).toEqual([
      ['=', 'a'],
      ['-', 'b'],
      ['+', 'c'],
    ]);
  });
});

describe('change summary', () => {
  it('counts added, removed and changed sentences', () => {
    const s = summarizeChange('本通知自2025年1月1日起施行。各地要加强宣传。旧的条款。', '本通知自2025年3月1日起施行。各地要加强宣传。新增附件二。');
    expect(s.changed).toHaveLength(1);
    expect(s.text).toMatch(/1 changed/);
    expect(s.added.length + s.removed.length).toBe(2);
    expect(summarizeChange('A.', 'A.').text).toBe('formatting only');
  });
});

describe('normalisation and hashing', () => {
  it('ignores whitespace, full-width forms and noise patterns', () => {
    const noise = compileNoise(['浏览次数[:：]\\s*\\d+']);
    const a = contentHash({ title: '标题', text: '第一段  内容\n\n浏览次数：12\n第二段' }, noise);
    const b = contentHash({ title: '标题', text: '第一段 内容\n浏览次数:  999\n第二段\u200b' }, noise);
    expect(a).toBe(b);
    expect(normalizeText('ＡＢＣ　１２３')).toBe('ABC 123');
  });
  it('normalises exactly as the line-by-line definition does, on any text (hashes stay comparable)', () => {
    const alphabet = [
      'a',
      '中',
      ' ',
      '\n',
      '\t',
      '\r',
      '\u3000',
      '\u00a0',
      '\u2028',
      '\u2029',
      '\ufeff',
      '\u200b',
      '\v',
      '\f',
      '\u1680',
      '\u202f',
      '\u2000',
      'ｆ',
      '①',
      '\r\n',
      '浏览次数：7',
    ];
    const noise = compileNoise(['浏览次数[:：]\\s*\\d+']);
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      for (let k = next() % 24; k > 0; k--) s += alphabet[next() % alphabet.length];
      expect(normalizeText(s, noise), JSON.stringify(s)).toBe(normalizeTextByLine(s, noise));
    }
  });
  it('counts a changed attachment body as a change, not its order', () => {
    const base = { title: 't', text: 'x' };
    const a1 = { name: 'a', url: 'http://x/a.pdf', type: 'pdf', hash: '1' };
    const b1 = { name: 'b', url: 'http://x/b.pdf', type: 'pdf', hash: '2' };
    expect(contentHash({ ...base, attachments: [a1, b1] })).toBe(contentHash({ ...base, attachments: [b1, a1] }));
    expect(contentHash({ ...base, attachments: [a1] })).not.toBe(contentHash({ ...base, attachments: [{ ...a1, hash: '9' }] }));
  });
});
