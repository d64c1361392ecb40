import { describe, expect, it } from 'vitest';
import { diffWords as wordDiff } from '../../db/diff.ts';
import { ResponseCache } from '../../server/cache.ts';
import { escapeHtml } from '../../db/escape.ts';
import { html, markSnippet, paragraphs, raw } from '../../server/html.ts';
import { pickLang } from '../../server/i18n.ts';
import { parsePaged } from '../../server/params.ts';

const join = (ops: [string, string][], side: '-' | '+') =>
  ops
    .filter(([o]) => o !== (side === '-' ? '+' : '-'))
    .map(([, s]) => s)
    .join('');

describe('html template', () => {
  it('escapes every interpolation unless raw', () => {
    const v = `<a href="x" onclick='y'>&`;
    expect(html`<p title="${v}">${v}</p>`.toString()).toBe(
      '<p title="&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;">&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;</p>',
    );
    expect(html`${raw('<b>ok</b>')}${['<i>', html`<i>`]}${null}${false}${0}`.toString()).toBe('<b>ok</b>&lt;i&gt;<i>0');
    expect(escapeHtml('"\'<>&')).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('turns snippet markers into <mark> after escaping, and balances them', () => {
    expect(markSnippet('a \u0001<b>\u0002 c').toString()).toBe('a <mark>&lt;b&gt;</mark> c');
    expect(markSnippet('\u0002x\u0001y').toString()).toBe('x<mark>y</mark>');
  });

  it('renders text as escaped paragraphs', () => {
    expect(paragraphs('一\n\n<script>\n三').toString()).toBe('<p>一</p><p>&lt;script&gt;</p><p>三</p>');
  });
});

describe('word diff', () => {
  it('marks Chinese and English word changes and rebuilds both texts', () => {
    const a = '海关总署决定对锂电池加征关税。\nThe tariff on solar cells is 25 percent.';
    const b = '海关总署决定对光伏电池加征关税。\nThe tariff on solar cells is 50 percent.';
    const ops = wordDiff(a, b);
    expect(join(ops, '-')).toBe(a);
    expect(join(ops, '+')).toBe(b);
    expect(ops).toContainEqual(['-', '25']);
    expect(ops).toContainEqual(['+', '50']);
    expect(
      ops
        .filter(([o]) => o !== '=')
        .map(([, s]) => s)
        .join(''),
    ).not.toContain('海关总署');
  });

  it('handles empty, equal and completely different texts', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('同样', '同样')).toEqual([['=', '同样']]);
    expect(wordDiff('', '新增')).toEqual([['+', '新增']]);
    expect(wordDiff('删除', '')).toEqual([['-', '删除']]);
  });

  it('stays bounded on very long, very different texts', () => {
    const a = Array.from({ length: 6000 }, (_, i) => `词${i}`).join(' ');
    const b = Array.from({ length: 6000 }, (_, i) => `字${i}`).join(' ');
    const ops = wordDiff(a, b);
    expect(join(ops, '-')).toBe(a);
    expect(join(ops, '+')).toBe(b);
    expect(wordDiff('a b c', 'a x c')).toEqual([
      ['=', 'a '],
      ['-', 'b'],
      ['+', 'x'],
      ['=', ' c'],
    ]);
  });
});

describe('language choice', () => {
  it('prefers ?lang=, then Accept-Language by weight, then the default', () => {
    expect(pickLang('en', 'zh-CN', 'zh')).toBe('en');
    expect(pickLang(null, 'fr-FR, en;q=0.8, zh;q=0.9', 'en')).toBe('zh');
    expect(pickLang(null, 'en-US,en;q=0.9', 'zh')).toBe('en');
    expect(pickLang('xx', 'de', 'zh')).toBe('zh');
    expect(pickLang(null, undefined, 'en')).toBe('en');
  });
});

describe('search parameters', () => {
  it('treats blank form fields as absent and normalises HS codes', () => {
    const { query } = parsePaged(new URLSearchParams('q=&source=&hs=8541.10,85&from=&sort='));
    expect(query).toEqual({ hs: ['854110', '85'], limit: 20, offset: 0, facets: false });
  });
});

describe('response cache', () => {
  it('expires entries and evicts the least recently used', () => {
    let now = 0;
    const c = new ResponseCache(1000, 2, 1e6, () => now);
    c.set('a', { body: 'A', type: 't' });
    c.set('b', { body: 'B', type: 't' });
    expect(c.get('a')?.body.toString()).toBe('A');
    c.set('c', { body: 'C', type: 't' });
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')?.body.toString()).toBe('A');
    now = 1001;
    expect(c.get('a')).toBeUndefined();
    expect(c.size).toBe(1);
    expect(new ResponseCache(0).enabled).toBe(false);
  });
});
