/**
 * Replica builder for the TRS WCM family (and the static-list CMSes that copy
 * it): a column folder with `index.html`, `index_1.html` … (or another page
 * naming), rows of link + date, detail pages `./YYYYMM/tYYYYMMDD_<id>.html`
 * carrying `meta[name=PubDate]`, `meta[name=ContentSource]`, a body wrapper
 * (`.TRS_Editor` by default), a view counter and an attachment block. Each
 * site passes its own row markup, wrapper classes and chrome, so one call is
 * a whole site in that site's markup.
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { cnDate, esc, type FixtureNotice, pagedFiles, paras, views, type WeekChanges, type WeekState, weeklyStates } from './kit.ts';

export interface TrsSiteOptions {
  id: string;
  /** page <title> suffix and header text, e.g. 国家发展和改革委员会 */
  siteName: string;
  /** column breadcrumb, e.g. 通知 */
  column: string;
  /** list page i (0-based) -> root-relative path */
  pagePath: (i: number) => string;
  pageSize?: number;
  /** the list rows' container (opening tag is rendered around the rows), e.g. '<ul class="u-list">' */
  listOpen: string;
  listClose: string;
  /** one list row; `href` is what the page links to (relative or root-relative) */
  row: (n: FixtureNotice, href: string) => string;
  /** link as written on the list page (default: the root-relative path) */
  href?: (n: FixtureNotice) => string;
  /** body wrapper: opening tag, e.g. '<div class="TRS_Editor">' */
  bodyOpen?: string;
  bodyClose?: string;
  /** title element, e.g. '<h1 class="art_title">' */
  titleTag?: string;
  /** info line under the title (publishing date, source, counter) */
  info?: (n: FixtureNotice, state: WeekState) => string;
  /** the document number line at the top of the body (default: centred paragraph) */
  showDocNumber?: boolean;
  /** signature: agency + date right-aligned (default true) */
  signature?: boolean;
  /** attachments block: opening tag (default '<div class="fujian">') */
  attachmentsOpen?: string;
  /** extra <head> lines */
  head?: (n: FixtureNotice) => string;
}

export function defaultInfo(site: string) {
  return (n: FixtureNotice, state: WeekState) => `发布时间：${n.date}　来源：${esc(n.agency ?? site)}　<span class="view">浏览次数：${views(n, state)}</span>`;
}

export function trsListPage(o: TrsSiteOptions, rows: FixtureNotice[], page: number, pages: number): string {
  const href = o.href ?? ((n: FixtureNotice) => n.path);
  const items = rows.map((n) => `    ${o.row(n, href(n))}`).join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(o.column)}_${esc(o.siteName)}</title></head>
<body>
<div class="header"><div class="logo">${esc(o.siteName)}</div><div class="nav"><a href="/">首页</a><a href="#">机构设置</a><a href="#">政务公开</a></div></div>
<div class="main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; ${esc(o.column)}</div>
  ${o.listOpen}
${items}
  ${o.listClose}
  <div class="page"><script>createPageHTML(${pages}, ${page - 1}, "index", "html");</script></div>
</div>
<div class="footer">主办单位：${esc(o.siteName)}　网站标识码：bm00000000</div>
</body></html>`;
}

export function trsDetailPage(o: TrsSiteOptions, n: FixtureNotice, state: WeekState): string {
  const titleTag = o.titleTag ?? '<h1 class="art_title">';
  const closeTitle = `</${/^<(\w+)/.exec(titleTag)?.[1] ?? 'h1'}>`;
  const atts = (n.attachments ?? []).map((a) => `    <p><a href="${a.path}" target="_blank">${esc(a.name)}</a></p>`).join('\n');
  const signature =
    o.signature === false ? '' : `    <p style="text-align:right">${esc(n.agency ?? o.siteName)}</p>\n    <p style="text-align:right">${cnDate(n.date)}</p>\n`;
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="${esc(n.title)}">
<meta name="PubDate" content="${n.date} 09:30">
<meta name="ContentSource" content="${esc(n.agency ?? o.siteName)}">
${o.head ? o.head(n) : ''}<title>${esc(n.title)}_${esc(o.siteName)}</title></head>
<body>
<div class="header"><div class="logo">${esc(o.siteName)}</div></div>
<div class="article">
  <div class="position">当前位置：<a href="/">首页</a> &gt; ${esc(o.column)}</div>
  ${titleTag}${esc(n.title)}${closeTitle}
  <div class="art_info">${(o.info ?? defaultInfo(o.siteName))(n, state)}</div>
  ${o.bodyOpen ?? '<div class="TRS_Editor">'}
${o.showDocNumber !== false && n.docNumber ? `    <p style="text-align:center">${esc(n.docNumber)}</p>\n` : ''}${paras(n.paras)}
${signature}  ${o.bodyClose ?? '</div>'}
${atts ? `  ${o.attachmentsOpen ?? '<div class="fujian">'}\n    <p>附件：</p>\n${atts}\n  </div>` : ''}
  <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　<a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="footer">主办单位：${esc(o.siteName)}</div>
</body></html>`;
}

/** A whole TRS-style site with its week1/week2 states. */
export function trsSite(o: TrsSiteOptions, week1: FixtureNotice[], changes: WeekChanges): ReplicaSite {
  const render = (notices: FixtureNotice[], state: WeekState): Record<string, ReplicaFile> =>
    pagedFiles(
      notices,
      o.pageSize ?? 3,
      o.pagePath,
      (rows, page, pages) => trsListPage(o, rows, page, pages),
      (n) => trsDetailPage(o, n, state),
    );
  return { id: o.id, states: weeklyStates(week1, changes, render) };
}

/** `./202406/t20240605_123.html` from a column folder and a notice path inside it. */
export function relativeTo(col: string) {
  return (n: FixtureNotice) => (n.path.startsWith(col) ? `./${n.path.slice(col.length)}` : n.path);
}
