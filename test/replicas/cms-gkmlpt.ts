/**
 * Replica builder for the Guangdong 政府信息公开 platform "gkmlpt": the JSON
 * API `/gkmlpt/api/all/{column}?page={n}&sid={sid}` (`{articles, total}`,
 * each article `{id, title, date (unix s), publisher, classify_main_name,
 * url, identifier, document_number, first_publish_time}`), URLs absolute on
 * the real host, and article pages `/gkmlpt/content/<a>/<b>/post_<id>.html`
 * with the `div.introduce` metadata table (索引号, 分类, 发布机构, 成文日期,
 * 名称, 文号, 发布日期) and the body in `div.article-content`.
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { cnDate, esc, evolve, type FixtureNotice, paras, views, type WeekChanges, type WeekState, weeklyStates } from './kit.ts';

export interface GkmlptOptions {
  id: string;
  /** the real host's origin, e.g. http://com.gd.gov.cn */
  realOrigin: string;
  siteName: string;
  sid: string;
  column: string;
  /** rows per API page (small, so the replica has several) */
  pageSize?: number;
  /** index number prefix, e.g. 006939748/2024- */
  indexPrefix: string;
  classify: string;
}

/** post_<id> path for an article id: /gkmlpt/content/<id/1e6>/<id/1e3>/post_<id>.html */
export function gkmlptPath(id: string): string {
  const n = Number(id);
  return `/gkmlpt/content/${Math.floor(n / 1e6)}/${Math.floor(n / 1e3)}/post_${id}.html`;
}

const unix = (iso: string) => Math.floor(Date.parse(`${iso}T10:00:00+08:00`) / 1000);

function detailPage(o: GkmlptOptions, n: FixtureNotice, state: WeekState): string {
  const atts = (n.attachments ?? []).map((a) => `<p>附件：<a href="${a.path}">${esc(a.name)}</a></p>`).join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(n.title)}</title>
<meta name="ArticleTitle" content="${esc(n.title)}"></head>
<body>
<div class="header">${esc(o.siteName)}</div>
<div class="gkmlpt-content">
  <div class="introduce">
    <table>
      <tr><td class="first">索引号：</td><td>${esc(o.indexPrefix)}${n.key.slice(-5)}</td><td class="first">分类：</td><td>${esc(o.classify)}</td></tr>
      <tr><td class="first">发布机构：</td><td>${esc(n.agency ?? o.siteName)}</td><td class="first">成文日期：</td><td>${n.date}</td></tr>
      <tr><td class="first">名称：</td><td colspan="3">${esc(n.title)}</td></tr>
      <tr><td class="first">文号：</td><td>${esc(n.docNumber ?? '')}</td><td class="first">发布日期：</td><td>${n.date}</td></tr>
    </table>
  </div>
  <div class="content">
    <h1 class="title">${esc(n.title)}</h1>
    <div class="date-row">发布日期：${n.date}　<span class="count">浏览次数：${views(n, state)}</span></div>
    <div class="article-content">
${paras(n.paras)}
      <p style="text-align:right">${esc(n.agency ?? o.siteName)}</p>
      <p style="text-align:right">${cnDate(n.date)}</p>
${atts}
    </div>
  </div>
</div>
</body></html>`;
}

export function gkmlptSite(o: GkmlptOptions, week1: FixtureNotice[], changes: WeekChanges): ReplicaSite {
  const render = (notices: FixtureNotice[], state: WeekState): Record<string, ReplicaFile> => {
    const files: Record<string, ReplicaFile> = {
      '/gkmlpt/index': `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(o.siteName)}信息公开</title></head><body><div id="app"></div></body></html>`,
    };
    for (const n of notices) files[n.path] = detailPage(o, n, state);
    return files;
  };
  return {
    id: o.id,
    states: weeklyStates(week1, changes, render),
    handle(req, state) {
      if (req.path !== `/gkmlpt/api/all/${o.column}`) return undefined;
      if (req.query.get('sid') !== o.sid)
        return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [], total: 0 }) };
      const notices = state === 'week2' ? evolve(week1, changes) : week1;
      const size = o.pageSize ?? 3;
      const page = Number(req.query.get('page') ?? 1);
      const articles = notices.slice((page - 1) * size, page * size).map((n) => ({
        id: Number(n.key),
        title: n.title,
        date: unix(n.date),
        first_publish_time: unix(n.date),
        publisher: n.agency ?? o.siteName,
        classify_main_name: o.classify,
        identifier: `${o.indexPrefix}${n.key.slice(-5)}`,
        document_number: n.docNumber ?? '',
        url: `${o.realOrigin}${n.path}`,
      }));
      return {
        status: 200,
        headers: { 'content-type': 'application/json;charset=UTF-8' },
        body: JSON.stringify({ articles, total: notices.length, page, size }),
      };
    },
  };
}
