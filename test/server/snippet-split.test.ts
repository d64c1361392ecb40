import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START } from '../../db/index.ts';
import { splitSnippet } from '../../server/api/serialize.ts';

const m = (s: string) => `${MARK_START}${s}${MARK_END}`;

describe('splitSnippet (a marked snippet as the API sends it: text plus match ranges)', () => {
  it('strips the markers and gives each match as [start, end) of the plain text', () => {
    const r = splitSnippet(`对${m('锂电池')}加征${m('关税')}。`);
    expect(r.text).toBe('对锂电池加征关税。');
    expect(r.marks).toEqual([
      [1, 4],
      [6, 8],
    ]);
    expect(r.marks.map(([a, b]) => r.text.slice(a, b))).toEqual(['锂电池', '关税']);
  });

  it('counts offsets in UTF-16 units, as JavaScript clients slice (astral characters take two)', () => {
    const r = splitSnippet(`𠀀 ${m('tariff')} ${m('𠀀')}`);
    expect(r.text).toBe('𠀀 tariff 𠀀');
    expect(r.marks.map(([a, b]) => r.text.slice(a, b))).toEqual(['tariff', '𠀀']);
  });

  it('leaves unmarked text as it is and ignores empty or unbalanced marks', () => {
    expect(splitSnippet('no match here')).toEqual({ text: 'no match here', marks: [] });
    expect(splitSnippet(`a${MARK_START}${MARK_END}b${MARK_END}c${MARK_START}d`)).toEqual({ text: 'abcd', marks: [] });
    expect(splitSnippet(`${m('x')}`)).toEqual({ text: 'x', marks: [[0, 1]] });
  });
});
