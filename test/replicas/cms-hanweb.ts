/**
 * Replica builder for the Hanweb (大汉 JCMS) family: column pages
 * `/col/col{ID}/index.html` whose list sits in a
 * `<script type="text/xml"><datastore>` block of `<record><![CDATA[<li>…]]>`
 * rows (filled in by script on the real pages), articles
 * `/art/YYYY/M/D/art_{col}_{id}.html` with `meta[name=PubDate]`,
 * `meta[name=ContentSource]`, an 信息公开 info table (`table.xxgk_table`:
 * 索引号, 发布机构, 文号, 成文日期) and the body in `#zoom`.
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { cnDate, esc, type FixtureNotice, paras, views, type WeekChanges, type WeekState, weeklyStates } from './kit.ts';

export interface HanwebOptions {
  id: string;
  siteName: string;
  colId: string;
  columnName: string;
  /** Hanweb web id of the site (appears in the page's dataproxy call) */
  webId: string;
  /** index number prefix, e.g. 014000319/2024- */
  indexPrefix: string;
}

/** /art/2024/6/5/art_{col}_{id}.html */
export function hanwebPath(colId: string, iso: string, id: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `/art/${y}/${m}/${d}/art_${colId}_${id}.html`;
}

function columnPage(o: HanwebOptions, notices: FixtureNotice[]): string {
  const records = notices
    .map(
      (n) =>
        `<record><![CDATA[\n<li><a href="${n.path}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a><span class="bt-data-time">${n.date}</span></li>\n]]></record>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(o.columnName)} ${esc(o.siteName)}</title></head>
<body>
<div class="header">${esc(o.siteName)}</div>
<div class="main">
  <div class="bt-position">当前位置：<a href="/">首页</a> &gt; ${esc(o.columnName)}</div>
  <div class="default_pgContainer" id="${o.colId}">
<script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=${o.webId}&path=/&columnid=${o.colId}&unitid=1&webname=&permissiontype=0"></a>]]></nextgroup>
<recordset>
${records}
</recordset>
</datastore></script>
  </div>
  <script>$.pageList({col:${o.colId}, perpage:15, totalRecord:${notices.length}});</script>
</div>
<div class="footer">${esc(o.siteName)} 版权所有</div>
</body></html>`;
}

function articlePage(o: HanwebOptions, n: FixtureNotice, state: WeekState): string {
  const atts = (n.attachments ?? []).map((a) => `<p><a href="${a.path}" target="_blank">${esc(a.name)}</a></p>`).join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="SiteName" content="${esc(o.siteName)}">
<meta name="ColumnName" content="${esc(o.columnName)}">
<meta name="ArticleTitle" content="${esc(n.title)}">
<meta name="PubDate" content="${n.date} 10:23">
<meta name="ContentSource" content="${esc(n.agency ?? o.siteName)}">
<title>${esc(n.title)} ${esc(o.siteName)}</title></head>
<body>
<div class="header">${esc(o.siteName)}</div>
<div class="main">
  <table class="xxgk_table">
    <tr><th>索引号</th><td>${esc(o.indexPrefix)}${n.key.slice(-5)}</td><th>分类</th><td>${esc(o.columnName)}</td></tr>
    <tr><th>发布机构</th><td>${esc(n.agency ?? o.siteName)}</td><th>成文日期</th><td>${n.date}</td></tr>
    <tr><th>文号</th><td>${esc(n.docNumber ?? '')}</td><th>发布日期</th><td>${n.date}</td></tr>
  </table>
  <div class="article">
    <div class="sp_title">${esc(n.title)}</div>
    <div class="sp_time">发布日期：${n.date}　信息来源：${esc(n.agency ?? o.siteName)}　<span class="count">浏览次数：${views(n, state)}</span></div>
    <div id="zoom">
<!--<$[信息内容]>begin-->
${paras(n.paras)}
      <p style="text-align:right">${esc(n.agency ?? o.siteName)}</p>
      <p style="text-align:right">${cnDate(n.date)}</p>
<!--<$[信息内容]>end-->
    </div>
${atts ? `    <div class="fujian">附件：\n${atts}\n    </div>` : ''}
  </div>
</div>
</body></html>`;
}

export function hanwebSite(o: HanwebOptions, week1: FixtureNotice[], changes: WeekChanges): ReplicaSite {
  const render = (notices: FixtureNotice[], state: WeekState): Record<string, ReplicaFile> => {
    const files: Record<string, ReplicaFile> = { [`/col/col${o.colId}/index.html`]: columnPage(o, notices) };
    for (const n of notices) files[n.path] = articlePage(o, n, state);
    return files;
  };
  return { id: o.id, states: weeklyStates(week1, changes, render) };
}
