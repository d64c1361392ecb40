/**
 * Second replica variants (test/replicas/variants): every field of every
 * variant exact, read with the real built-in definitions; one variant at
 * least for every built-in source.
 */
import { describe, expect, it } from 'vitest';
import { builtinSources } from '../../crawler/sources/index.ts';
import { extractionVariants } from '../replicas/variants/index.ts';
import { checkVariant, FIELDS, fidelity } from '../replicas/variants/kit.ts';

// single-issuer sites whose pages name no issuer (the site is the issuer): the default is the truth there
const SITE_IS_ISSUER = new Set(['ustr-press', 'eu-trade-news', 'eu-trade-defence', 'us-cbp-csms']);

describe('extraction variants', () => {
  it('every built-in source has a second variant', () => {
    const covered = new Set(extractionVariants.map((v) => v.source));
    expect(builtinSources.filter((s) => !covered.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  describe.each(extractionVariants.map((v) => [`${v.source}: ${v.name}`, v] as const))('%s', (_, v) => {
    const r = checkVariant(v);
    it('reads', () => expect(r.error).toBeUndefined());
    it.each(FIELDS)('%s exact', (k) => expect(r.checks[k].got).toEqual(r.checks[k].want));
    it('names where its agency came from (never a silent default when the page names one)', () => {
      expect(r.fields?.agencySignal).not.toBeNull();
      if (!SITE_IS_ISSUER.has(v.source)) expect(r.fields?.agencySignal).not.toBe('default');
      expect(r.fields?.dateSignal).not.toBeNull();
    });
  });

  it('the report counts a wrong field as a miss', () => {
    const wrong = { ...extractionVariants[0], expect: { ...extractionVariants[0].expect, docNumber: '海关总署公告2026年第41号' } };
    const rep = fidelity([wrong]);
    expect(rep.total).toBe(FIELDS.length);
    expect(rep.exact).toBe(FIELDS.length - 1);
    expect(rep.misses.map((m) => m.field)).toEqual(['docNumber']);
  });
});
