import type { RequestContext } from '../app.ts';
import { html, type SafeHtml } from '../html.ts';

export interface PageOptions {
  title: string;
  body: SafeHtml;
  /** marks the active navigation entry */
  nav?: 'search' | 'sources' | string;
  /** extra <link>/<meta> tags (e.g. the search's Atom feed) */
  head?: SafeHtml;
}

/** The current URL with ?lang= set, for the language switch. */
export function withLang(ctx: RequestContext, lang: string): string {
  const p = new URLSearchParams(ctx.url.search);
  p.set('lang', lang);
  return `${ctx.url.pathname}?${p}`;
}

/** A site-internal link that keeps an explicit ?lang= choice. */
export function href(ctx: RequestContext, path: string, params?: URLSearchParams | Record<string, string>): string {
  const p = new URLSearchParams(params instanceof URLSearchParams ? params : (params ?? {}));
  const explicit = ctx.query.get('lang');
  if (explicit === 'zh' || explicit === 'en') p.set('lang', explicit);
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}

export function layout(ctx: RequestContext, p: PageOptions): SafeHtml {
  const t = ctx.t;
  const other = ctx.lang === 'zh' ? 'en' : 'zh';
  const navItem = (key: string, path: string, label: string) =>
    html`<a href="${href(ctx, path)}"${p.nav === key ? html` aria-current="page"` : ''}>${label}</a>`;
  return html`<!doctype html>
<html lang="${ctx.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} · ${t.appName}</title>
<link rel="stylesheet" href="/static/style.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<script src="/static/app.js" defer></script>
${p.head ?? ''}
</head>
<body>
<header class="top">
  <a class="brand" href="${href(ctx, '/')}"><span class="logo" aria-hidden="true">◎</span> ${t.appName}<small>${t.tagline}</small></a>
  <nav>
    ${navItem('search', '/', t.navSearch)}
    ${navItem('sources', '/sources', t.navSources)}
    ${ctx.app.nav.map((n) => navItem(n.href, n.href, n.label[ctx.lang]))}
    <a href="/api/openapi.json">${t.navApi}</a>
    <a class="lang" href="${withLang(ctx, other)}" hreflang="${other}" lang="${other}">${t.switchLang}</a>
  </nav>
</header>
<main>
${p.body}
</main>
<footer>${t.footer}</footer>
</body>
</html>
`;
}
