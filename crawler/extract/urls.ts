/** URL helpers: absolute URLs, canonical form, mirror rewriting. */

const TRACKING = /^(utm_[a-z]+|spm|from|share_token|fbclid|gclid|_t|timestamp)$/i;

/** Resolves href against base; null for empty, javascript:, mailto: and other non-http links. */
export function absoluteUrl(href: string | undefined | null, base: string): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || h.startsWith('#') || /^(javascript|mailto|tel|data):/i.test(h)) return null;
  try {
    const u = new URL(h, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * Canonical form used to identify a notice: no fragment, no tracking
 * parameters, lower-case host, default ports dropped, remaining query sorted.
 */
export function canonicalUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  const keep = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = '';
  for (const [k, v] of keep) u.searchParams.append(k, v);
  // new URL() already lower-cases the host and drops default ports
  return u.href;
}

/**
 * Mirror mode: links to the source's original host are rewritten to the
 * override base URL (replicas, proxies), so absolute links in pages still work.
 */
export function rewriteToBase(url: string, originalBase: string | undefined, base: string): string {
  if (!originalBase || originalBase === base) return url;
  const from = new URL(originalBase);
  const to = new URL(base);
  const u = new URL(url);
  // www.example.gov.cn and its http/https variants are the same site
  if (u.hostname === from.hostname) {
    u.protocol = to.protocol;
    u.host = to.host;
    const prefix = from.pathname.replace(/\/$/, '');
    const toPrefix = to.pathname.replace(/\/$/, '');
    if (prefix && u.pathname.startsWith(prefix)) u.pathname = toPrefix + u.pathname.slice(prefix.length);
    else if (toPrefix && !prefix) u.pathname = toPrefix + u.pathname;
  }
  return u.href;
}

/** Fills {page}/{n} in a URL template. */
export function fillTemplate(t: string, n: number): string {
  return t.replace(/\{(page|n)\}/g, String(n));
}

/** Attachment type from a URL or file name, or null for non-documents. */
export function attachmentType(urlOrName: string): string | null {
  // every document extension named as itself (a CSV or an ODT is as citable as a PDF)
  const m = /\.(pdf|docx?|xlsx?|zip|rar|wps|et|ofd|pptx?|txt|csv|od[tsp])(?:$|[?#])/i.exec(urlOrName);
  return m ? m[1].toLowerCase() : null;
}
