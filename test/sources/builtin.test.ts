import { describe, expect, it } from 'vitest';
import { loadSources } from '../../crawler/registry.ts';
import { parseSource, parseSources } from '../../crawler/source.ts';
import { builtinSources } from '../../crawler/sources/index.ts';
import { replicaOverrides, replicaSites } from '../replicas/index.ts';

describe('built-in sources', () => {
  it('all validate against the schema, with unique ids', () => {
    expect(() => parseSources(builtinSources)).not.toThrow();
    expect(builtinSources.length).toBeGreaterThanOrEqual(30);
    expect(new Set(builtinSources.map((s) => s.id)).size).toBe(builtinSources.length);
  });

  it('each has a schedule, politeness and a replica with week1 and week2', () => {
    for (const s of builtinSources) {
      expect(s.schedule?.intervalMinutes, s.id).toBeGreaterThanOrEqual(60);
      expect(s.politeness?.delayMs, s.id).toBeGreaterThanOrEqual(1000);
      const site = replicaSites.find((r) => r.id === s.id);
      expect(site, s.id).toBeDefined();
      expect(Object.keys(site!.states)).toEqual(['week1', 'week2']);
    }
  });

  it('replicaOverrides points every source at its replica and skips replicas not running', () => {
    const fake = {
      baseUrl: (id: string) =>
        id === 'ustr-press'
          ? 'http://127.0.0.1:1'
          : (() => {
              throw new Error('no');
            })(),
    };
    expect(replicaOverrides(fake)).toEqual({ 'ustr-press': { baseUrl: 'http://127.0.0.1:1' } });
    const resolved = loadSources({ config: { sourceOverrides: replicaOverrides(fake, { delayMs: 0 }) } });
    const ustr = resolved.find((s) => s.id === 'ustr-press')!;
    expect([ustr.baseUrl, ustr.originalBaseUrl, ustr.politeness?.delayMs]).toEqual(['http://127.0.0.1:1', 'https://ustr.gov', 0]);
  });

  it('a broken copy of a built-in is rejected with the field path', () => {
    const bad = { ...builtinSources[0], list: { ...builtinSources[0].list, item: undefined } };
    expect(() => parseSource(bad)).toThrow(/list\.item: required/);
  });
});
