/**
 * Pages whose only job is to send the browser elsewhere: a script setting
 * `window.location.href='…'` / `location.replace('…')`, or an immediate
 * `<meta http-equiv="refresh">`. Old MOFCOM articles that moved look like
 * this. The fetcher follows them like HTTP redirects (counted, bounded, loops
 * caught). Pure: text in, target out.
 */

/** Larger pages are real content that happens to contain a script. */
const MAX_PAGE = 20_000;
/** Visible text allowed besides the script ("正在跳转…", "redirecting"). */
const MAX_VISIBLE = 120;

const SCRIPT_TARGETS = [
  /(?:(?:window|top|self|parent|document)\s*\.\s*)?location\s*(?:\.\s*href\s*)?=\s*(['"])([^'"\s]+)\1/,
  /location\s*\.\s*(?:replace|assign)\s*\(\s*(['"])([^'"\s]+)\1\s*\)/,
];
const META_REFRESH = /<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]*>/i;

/** The target of a script-only (or meta-refresh) redirect page, as written (relative or absolute), or null. */
export function scriptRedirectTarget(html: string): string | null {
  if (html.length > MAX_PAGE) return null;
  // cheap test first: this runs on every fetched page
  if (!/location|refresh/i.test(html)) return null;
  // cookie-setting pages are anti-bot challenges, handled (and refused) elsewhere
  if (/document\.cookie\s*=/.test(html)) return null;
  const visible = html
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<title[\s\S]*?<\/title>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|\s+/g, '');
  if (visible.length > MAX_VISIBLE) return null;

  const meta = META_REFRESH.exec(html)?.[0];
  if (meta) {
    const content = /content\s*=\s*(["'])([\s\S]*?)\1/i.exec(meta)?.[2] ?? '';
    const m = /^\s*(\d+(?:\.\d+)?)\s*[;,]\s*url\s*=\s*['"]?([^'"\s]+)/i.exec(content);
    // a long delay is a page meant to be read, not a redirect
    if (m && Number(m[1]) <= 5) return m[2];
  }
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]).join('\n');
  for (const re of SCRIPT_TARGETS) {
    const m = re.exec(scripts);
    if (m && !/^(javascript|data|about):/i.test(m[2]) && m[2] !== '#') return m[2];
  }
  return null;
}
