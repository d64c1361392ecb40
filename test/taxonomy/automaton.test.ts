import { describe, expect, it } from 'vitest';
import { Automaton } from '../../taxonomy/automaton.ts';
import { foldCode, foldPattern } from '../../taxonomy/text.ts';

/** Small deterministic PRNG so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Reference: fold and collapse the text the same way, then search every pattern naively. */
function naive(patterns: string[], text: string): string[] {
  const alpha = new Set(patterns.join(''));
  let col = '';
  const pos: number[] = [];
  let prevSpace = true;
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    const ch = String.fromCharCode(f);
    if (!alpha.has(ch)) {
      col += '\u0001';
      pos.push(i);
      prevSpace = false;
      continue;
    }
    if (f === 32) {
      if (prevSpace) continue;
      prevSpace = true;
    } else prevSpace = false;
    col += ch;
    pos.push(i);
  }
  const out: string[] = [];
  patterns.forEach((p, idx) => {
    for (let j = col.indexOf(p); j >= 0; j = col.indexOf(p, j + 1)) out.push(`${idx}:${pos[j]}:${pos[j + p.length - 1] + 1}`);
  });
  return out.sort();
}

function scanAll(a: Automaton, text: string): string[] {
  const out: string[] = [];
  a.scan(text, (p, s, e) => out.push(`${p}:${s}:${e}`));
  return out.sort();
}

describe('Automaton', () => {
  it('finds every occurrence with exact offsets (random ASCII/CJK/space texts against a naive search)', () => {
    const next = rng(42);
    const chars = ['a', 'b', 'A', ' ', '\n', '美', '国', '光', '伏', 'Ａ', '-', 'x'];
    const pick = (n: number) => Array.from({ length: n }, () => chars[Math.floor(next() * chars.length)]).join('');
    for (let round = 0; round < 120; round++) {
      const raw = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(1 + Math.floor(next() * 5)));
      const patterns = [...new Set(raw.map(foldPattern).filter((p) => p.length > 0))];
      const a = new Automaton(patterns);
      const text = pick(Math.floor(next() * 80));
      expect(scanAll(a, text), `patterns ${JSON.stringify(patterns)} text ${JSON.stringify(text)}`).toEqual(naive(patterns, text));
    }
  });

  it('handles patterns that are suffixes of others and long failure chains', () => {
    const patterns = ['光伏组件', '伏组', '组件', '件', 'he', 'she', 'hers', 'his'];
    const a = new Automaton(patterns);
    const text = '光伏组件 ushers 光伏组伏组件';
    expect(scanAll(a, text)).toEqual(naive(patterns, text));
  });

  it('survives empty text, lone surrogates and characters outside every pattern', () => {
    const a = new Automaton(['us', '美国']);
    expect(scanAll(a, '')).toEqual([]);
    expect(scanAll(a, '\uD800\u0000\uFFFF美\uDC00国 US')).toEqual(['0:7:9']);
  });
});
