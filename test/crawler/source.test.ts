import { describe, expect, it } from 'vitest';
import { loadSources, selectSources } from '../../crawler/registry.ts';
import { checkSource, parseSources, type SourceDef, SourceValidationError } from '../../crawler/source.ts';

const good: SourceDef = {
  id: 'my-bureau',
  name: '某市商务局',
  agency: '某市商务局',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://commerce.example.gov.cn',
  list: { kind: 'html', url: '/zcfg/index.html', item: 'ul li', fields: { title: 'a', link: 'a@href', date: 'span' } },
  detail: { body: '.acontent' },
};

describe('source definition schema', () => {
  it('accepts a valid definition', () => {
    expect(checkSource(good).ok).toBe(true);
  });
  it('points at the bad field', () => {
    const r = checkSource({ ...good, list: { kind: 'html', url: '/x' } }, 'sources[2]');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues).toEqual(['sources[2].list.item: required for kind "html"']);
    const r2 = checkSource({ ...good, id: 'My Bureau', baseUrl: 'commerce.example', list: { ...good.list, pagination: { type: 'numbered' } }, extra: 1 });
    expect(!r2.ok && r2.issues.join('\n')).toMatch(/^id: must be kebab-case/m);
    expect(!r2.ok && r2.issues.join('\n')).toMatch(/^baseUrl: must be an absolute http\(s\) URL/m);
    expect(!r2.ok && r2.issues.join('\n')).toMatch(/^list\.pagination\.template: required/m);
    expect(!r2.ok && r2.issues.join('\n')).toMatch(/extra/);
  });
  it('"next" paging needs a JSON path for json lists and a selector for html lists', () => {
    const json = {
      ...good,
      list: {
        kind: 'json',
        url: '/api',
        itemsPath: 'results',
        fields: { title: 'title', link: 'url', attachments: 'pdf_url' },
        pagination: { type: 'next', path: 'next_page_url' },
      },
    };
    expect(checkSource(json).ok).toBe(true);
    const noPath = checkSource({ ...json, list: { ...json.list, pagination: { type: 'next', selector: 'a.next' } } });
    expect(!noPath.ok && noPath.issues).toEqual(['list.pagination.path: required for "next" paging of a json list (dotted path to the next page URL)']);
    const noSel = checkSource({ ...good, list: { ...good.list, pagination: { type: 'next' } } });
    expect(!noSel.ok && noSel.issues[0]).toMatch(/^list\.pagination\.selector: required/);
    expect(checkSource({ ...good, list: { ...good.list, pagination: { type: 'next', selector: '.page a.next' } } }).ok).toBe(true);
  });
  it('reports a missing field as required and a bad regex at its path', () => {
    const { agency: _a, ...noAgency } = good;
    expect(checkSource(noAgency)).toEqual({ ok: false, issues: ['agency: required'] });
    const bad = checkSource({ ...good, noise: { patterns: ['ok', '(unclosed'] } });
    expect(!bad.ok && bad.issues[0]).toMatch(/^noise\.patterns\[1\]: invalid regular expression/);
  });
  it('rejects duplicate ids in the config list', () => {
    expect(() => parseSources([good, good])).toThrow(/sources\[1\]\.id: duplicate id "my-bureau"/);
  });
});

describe('registry', () => {
  it('merges built-ins with config sources and applies overrides', () => {
    const builtin: SourceDef = { ...good, id: 'builtin-a', politeness: { delayMs: 3000 } };
    const all = loadSources({
      builtins: [builtin],
      config: {
        sources: [good],
        sourceOverrides: { 'builtin-a': { baseUrl: 'http://127.0.0.1:8080/', delayMs: 0, maxPages: 2 }, 'my-bureau': { enabled: false } },
      },
    });
    expect(all.map((s) => s.id)).toEqual(['builtin-a', 'my-bureau']);
    const a = all[0];
    expect(a.baseUrl).toBe('http://127.0.0.1:8080');
    expect(a.originalBaseUrl).toBe('https://commerce.example.gov.cn');
    expect(a.politeness).toEqual({ delayMs: 0, maxPages: 2 });
    expect(all[1]).toMatchObject({ origin: 'config', enabled: false });
    expect(selectSources(all).map((s) => s.id)).toEqual(['builtin-a']);
    expect(() => selectSources(all, ['nope'])).toThrow(/unknown source "nope"/);
  });
  it('rejects overrides for unknown sources and invalid custom sources', () => {
    expect(() => loadSources({ builtins: [], config: { sourceOverrides: { typo: { enabled: false } } } })).toThrow(SourceValidationError);
    expect(() => loadSources({ builtins: [], config: { sources: [{ id: 'x' }] } })).toThrow(/sources\[0\]\.name: required/);
  });
});
