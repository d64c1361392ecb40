/**
 * Trade sites the content script runs on by default. These patterns are the
 * only host permissions the extension asks for at install; anything else the
 * user adds is requested at runtime as an optional permission.
 */
export const DEFAULT_SITES: readonly string[] = [
  // China International Trade Single Window
  '*://*.singlewindow.cn/*',
  // customs and commerce authorities
  '*://*.customs.gov.cn/*',
  '*://*.mofcom.gov.cn/*',
  '*://*.mof.gov.cn/*',
  '*://*.chinatax.gov.cn/*',
  '*://*.cbp.gov/*',
  '*://*.trade.gov/*',
  '*://*.ustr.gov/*',
  '*://policy.trade.ec.europa.eu/*',
  '*://taxation-customs.ec.europa.eu/*',
  // B2B marketplaces
  '*://*.alibaba.com/*',
  '*://*.1688.com/*',
  '*://*.made-in-china.com/*',
  '*://*.globalsources.com/*',
  '*://*.dhgate.com/*',
  '*://*.ec21.com/*',
];

/**
 * Turns what a user typed ('example.com', 'https://shop.example.com/x',
 * '*.example.com' or a match pattern) into a match pattern, or null.
 */
export function toMatchPattern(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  const full = s.match(/^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9.-]+)(?::\d+)?(\/.*)?$/i);
  if (full) {
    const host = full[2].toLowerCase();
    if (host !== '*' && !validHost(host.replace(/^\*\./, ''))) return null;
    return `${full[1].toLowerCase()}://${host}/*`;
  }
  const bare = s.replace(/\/.*$/, '').toLowerCase();
  const wildcard = bare.startsWith('*.');
  const host = wildcard ? bare.slice(2) : bare;
  if (!validHost(host)) return null;
  return `*://${wildcard ? '*.' : '*.'}${host}/*`;
}

function validHost(h: string): boolean {
  return /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/.test(h) && (h.includes('.') || h === 'localhost');
}

/** Whether a URL is covered by a match pattern (scheme, host incl. '*.' subdomains; path ignored). */
export function patternMatchesUrl(pattern: string, url: string): boolean {
  const m = pattern.match(/^(\*|https?|file):\/\/([^/]*)\//);
  if (!m) return pattern === '<all_urls>';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const scheme = u.protocol.slice(0, -1);
  if (m[1] === '*' ? scheme !== 'http' && scheme !== 'https' : m[1] !== scheme) return false;
  const host = m[2].replace(/:\d+$/, '');
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return u.hostname === base || u.hostname.endsWith('.' + base);
  }
  return u.hostname === host;
}

export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}
