import { describe, expect, it } from 'vitest';
import { normaliseSettings, parseList, siteState, toggleSite } from './settings.ts';
import { DEFAULT_SITES, patternMatchesUrl, toMatchPattern } from './sites.ts';

describe('sites', () => {
  it('covers the named trade sites', () => {
    const hit = (u: string) => DEFAULT_SITES.some((p) => patternMatchesUrl(p, u));
    for (const u of [
      'https://www.singlewindow.cn/',
      'http://www.customs.gov.cn/customs/302249/index.html',
      'https://www.mofcom.gov.cn/zcfb/',
      'https://www.alibaba.com/product-detail/x.html',
      'https://detail.1688.com/offer/1.html',
      'https://www.made-in-china.com/',
      'https://www.globalsources.com/x',
    ])
      expect(hit(u), u).toBe(true);
    for (const u of ['https://example.com/', 'https://alibaba.com.evil.example/', 'ftp://www.alibaba.com/']) expect(hit(u), u).toBe(false);
  });

  it('turns user input into match patterns', () => {
    expect(toMatchPattern('example.com')).toBe('*://*.example.com/*');
    expect(toMatchPattern('https://shop.example.com/path?q=1')).toBe('https://shop.example.com/*');
    expect(toMatchPattern('*.example.org')).toBe('*://*.example.org/*');
    expect(toMatchPattern('http://localhost:3000/x')).toBe('http://localhost/*');
    for (const bad of ['', 'not a site', 'javascript:alert(1)', 'exa mple.com', '-x.com']) expect(toMatchPattern(bad), bad).toBeNull();
  });
});

describe('settings', () => {
  it('fills defaults and drops junk', () => {
    const s = normaliseSettings({ serverUrl: 'javascript:x', interests: { hs: ['85', 3, ''] }, syncHours: 0, disabledSites: 'x' });
    expect(s.serverUrl).toBe('http://127.0.0.1:8787');
    expect(s.interests).toEqual({ hs: ['85'], regions: [], topics: [] });
    expect(s.syncHours).toBe(4);
    expect(s.disabledSites).toEqual([]);
    expect(normaliseSettings({ serverUrl: 'https://radar.example.org/' }).serverUrl).toBe('https://radar.example.org');
  });

  it('switches sites on and off by host', () => {
    const s = normaliseSettings({ disabledSites: toggleSite([], 'www.alibaba.com', false) });
    expect(s.disabledSites).toEqual(['alibaba.com']);
    expect(siteState(s, 'alibaba.com')).toEqual({ enabled: false, marks: true });
    expect(toggleSite(s.disabledSites, 'alibaba.com', true)).toEqual([]);
    expect(parseList('9405, 8541；85 ,9405')).toEqual(['9405', '8541', '85']);
  });
});
