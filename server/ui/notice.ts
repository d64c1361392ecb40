import type { DiffOp, Notice, NoticeVersion } from '../../db/types.ts';
import { placeName } from '../../taxonomy/places.ts';
import { diffRange, idParam } from '../api/notices.ts';
import type { RequestContext } from '../app.ts';
import { diffStats, diffWords } from '../../db/diff.ts';
import { html, paragraphs, type SafeHtml } from '../html.ts';
import { HttpError, notFound } from '../http.ts';
import { formatInstant } from '../i18n.ts';
import { href } from './layout.ts';
import { externalLink, statusBadges, tagChips } from './parts.ts';

const FACT_LABELS = {
  zh: {
    deadlines: '申报与截止日期',
    application: '申报截止',
    comments: '意见截止',
    deadline: '截止',
    effective: '施行',
    opens: '起',
    open: '申报中',
    who: '申报条件',
    maxValue: (v: string) => `年出口额不超过 ${v}`,
    minValue: (v: string) => `年出口额不低于 ${v}`,
    sme: '中小微企业',
    registered: (p: string) => `注册在${p}`,
    local: '地方政策',
    roles: '地区角色',
    market: '出口市场',
    origin: '进口来源地',
    issuer: '发布方',
  },
  en: {
    deadlines: 'Deadlines',
    application: 'applications close',
    comments: 'comments due',
    deadline: 'deadline',
    effective: 'takes effect',
    opens: 'from',
    open: 'open now',
    who: 'Who may apply',
    maxValue: (v: string) => `annual exports at most ${v}`,
    minValue: (v: string) => `annual exports at least ${v}`,
    sme: 'small and medium-sized enterprises',
    registered: (p: string) => `registered in ${p}`,
    local: 'Local policy for',
    roles: 'Region roles',
    market: 'export market',
    origin: 'origin of imports',
    issuer: 'issuer',
  },
} as const;

const usd = (v: number) => (v >= 1e6 ? `USD ${+(v / 1e6).toFixed(2)}m` : `USD ${v.toLocaleString('en-US')}`);

/** Table rows for what was read from the text: deadlines, conditions, the local place, region roles. */
function factRows(ctx: RequestContext, n: Notice, row: (label: string, value: SafeHtml | string | null | undefined) => SafeHtml | string): SafeHtml[] {
  const L = FACT_LABELS[ctx.lang === 'zh' ? 'zh' : 'en'];
  const f = n.facts ?? {};
  const today = new Date().toISOString().slice(0, 10);
  const place = (p: { province: string; city?: string }) => placeName(p.city ?? p.province, ctx.lang === 'zh' ? 'zh' : 'en') ?? p.city ?? p.province;
  const out: SafeHtml[] = [];
  const ds = f.deadlines ?? [];
  if (ds.length) {
    out.push(
      html`${row(
        L.deadlines,
        html`<ul class="deadlines">${ds.map((d) => html`<li>${d.from ? `${d.from} ${L.opens} ` : ''}<time datetime="${d.date}">${d.date}</time> ${L[d.kind]}${d.kind !== 'effective' && d.date >= today && (!d.from || d.from <= today) ? html` <strong class="open">${L.open}</strong>` : ''}</li>`)}</ul>`,
      )}`,
    );
  }
  const e = f.eligibility;
  if (e) {
    const conds = [
      e.maxExportValueUsd !== undefined ? L.maxValue(usd(e.maxExportValueUsd)) : '',
      e.minExportValueUsd !== undefined ? L.minValue(usd(e.minExportValueUsd)) : '',
      e.sme ? L.sme : '',
      e.registeredIn ? L.registered(place(e.registeredIn)) : '',
    ].filter(Boolean);
    if (conds.length) out.push(html`${row(L.who, conds.join(' · '))}`);
  }
  if (f.local) out.push(html`${row(L.local, place(f.local))}`);
  const roles = Object.entries(f.regionRoles ?? {});
  if (roles.some(([, r]) => r !== 'market'))
    out.push(html`${row(L.roles, roles.map(([id, r]) => `${ctx.app.labels.region(id, ctx.lang)}: ${L[r]}`).join(' · '))}`);
  return out;
}

/** Diff ops as text with <ins>/<del>; line breaks kept by CSS (white-space: pre-wrap). */
function inlineDiff(ops: DiffOp[]): SafeHtml {
  return html`<div class="diff inline">${ops.map(([op, s]) => (op === '+' ? html`<ins>${s}</ins>` : op === '-' ? html`<del>${s}</del>` : html`<span>${s}</span>`))}</div>`;
}

function sideDiff(ctx: RequestContext, ops: DiffOp[], from: number, to: number): SafeHtml {
  const left = ops.filter(([op]) => op !== '+');
  const right = ops.filter(([op]) => op !== '-');
  const col = (list: DiffOp[], label: string) =>
    html`<div class="col"><h3>${label}</h3><div class="diff">${list.map(([op, s]) => (op === '+' ? html`<ins>${s}</ins>` : op === '-' ? html`<del>${s}</del>` : html`<span>${s}</span>`))}</div></div>`;
  return html`<div class="diff-side">${col(left, ctx.t.version(from))}${col(right, ctx.t.version(to))}</div>`;
}

function diffSection(ctx: RequestContext, a: NoticeVersion, b: NoticeVersion, view: string): SafeHtml {
  const t = ctx.t;
  const ops = diffWords(a.text, b.text);
  const stats = diffStats(ops);
  const titleOps = a.title !== b.title ? diffWords(a.title, b.title) : null;
  const same = stats.added === 0 && stats.removed === 0;
  return html`<section id="diff" class="panel diff-panel">
<h2>${t.diffTitle(a.version, b.version)}</h2>
<p class="diff-stats">${same ? t.noDifference : t.diffStats(stats.added, stats.removed)} <span class="legend"><ins>${t.added}</ins> <del>${t.deleted}</del></span></p>
${titleOps ? html`<div class="diff-title">${inlineDiff(titleOps)}</div>` : ''}
${same ? '' : view === 'side' ? sideDiff(ctx, ops, a.version, b.version) : inlineDiff(ops)}
</section>`;
}

function compareForm(ctx: RequestContext, id: number, versions: NoticeVersion[], from: number, to: number, view: string): SafeHtml {
  const t = ctx.t;
  const opts = (sel: number) =>
    versions.map((v) => html`<option value="${v.version}"${v.version === sel ? html` selected` : ''}>${t.version(v.version)}</option>`);
  const lang = ctx.query.get('lang');
  return html`<form class="compare" method="get" action="/notices/${id}#diff">
${lang === 'zh' || lang === 'en' ? html`<input type="hidden" name="lang" value="${lang}">` : ''}
<label>${t.compareFrom} <select name="from">${opts(from)}</select></label>
<label>${t.compareTo} <select name="to">${opts(to)}</select></label>
<fieldset class="view"><label><input type="radio" name="view" value="inline"${view !== 'side' ? html` checked` : ''}> ${t.inline}</label>
<label><input type="radio" name="view" value="side"${view === 'side' ? html` checked` : ''}> ${t.sideBySide}</label></fieldset>
<button type="submit">${t.showDiff}</button>
</form>`;
}

function timeline(ctx: RequestContext, id: number, versions: NoticeVersion[], shown: number): SafeHtml {
  const t = ctx.t;
  const last = versions.at(-1)?.version;
  return html`<ol class="timeline" reversed>${[...versions].reverse().map((v) => {
    const diffLink =
      v.version > 1 ? html` <a href="${href(ctx, `/notices/${id}`, { from: String(v.version - 1), to: String(v.version) })}#diff">${t.showDiff}</a>` : '';
    return html`<li${v.version === shown ? html` class="shown"` : ''}>
<a href="${href(ctx, `/notices/${id}`, v.version === last ? {} : { v: String(v.version) })}"><strong>${t.version(v.version)}</strong></a>
${v.version === last ? html`<span class="badge">${t.current}</span>` : ''}${v.version === shown ? html`<span class="badge viewing">${t.viewing}</span>` : ''}
<span class="when">${t.fetchedAt} <time datetime="${v.fetchedAt.toISOString()}">${formatInstant(v.fetchedAt)}</time></span>
${v.changeSummary ? html`<span class="summary-text">${v.changeSummary}</span>` : ''}${diffLink}
</li>`;
  })}</ol>`;
}

export async function noticePage(ctx: RequestContext): Promise<void> {
  const t = ctx.t;
  const id = idParam('id', ctx.params.id);
  const n = await ctx.store.getNotice(id);
  if (!n) throw notFound(`notice ${id} does not exist`);
  const versions = await ctx.store.listVersions(n.id);
  const byNum = new Map(versions.map((v) => [v.version, v]));
  const current = versions.at(-1);
  const shownNum = ctx.query.get('v') ? idParam('v', ctx.query.get('v')) : (current?.version ?? 1);
  const shown = byNum.get(shownNum);
  if (!shown) throw notFound(`notice ${id} has no version ${shownNum}`);
  const view = ctx.query.get('view') === 'side' ? 'side' : 'inline';
  const wantsDiff = ctx.query.has('from') || ctx.query.has('to');
  let diff: SafeHtml | '' = '';
  let range = { from: Math.max(1, n.versionCount - 1), to: n.versionCount };
  if (wantsDiff) {
    range = diffRange(ctx.query, n.versionCount);
    const a = byNum.get(range.from);
    const b = byNum.get(range.to);
    if (!a || !b) throw new HttpError(404, 'not_found', 'no such version');
    diff = diffSection(ctx, a, b, view);
  }
  const row = (label: string, value: SafeHtml | string | null | undefined) => (value ? html`<tr><th scope="row">${label}</th><td>${value}</td></tr>` : '');
  const source = await ctx.store.getSource(n.sourceId);
  const attachments = shown.attachments;
  ctx.page({
    title: n.title,
    body: html`<article class="notice">
<p class="crumbs"><a href="${href(ctx, '/')}">${t.backToSearch}</a></p>
<h1>${shown.title} ${statusBadges(ctx, n)}</h1>
<div class="notice-grid">
<div class="notice-main">
<table class="meta-table">
${row(t.source, source?.name ?? n.sourceId)}
${row(t.agency, n.agency)}
${(n.agencies?.length ?? 0) > 1 ? row(t.coIssuers, n.agencies!.join('、')) : ''}
${row(t.docNumber, n.docNumber)}
${row(t.published, n.publishedAt)}
${row(t.effective, n.effectiveAt)}
${row(t.firstSeen, formatInstant(n.firstSeenAt))}
${row(t.lastChanged, formatInstant(n.lastChangedAt))}
${row(t.lastSeen, formatInstant(n.lastSeenAt))}
${row(t.status, n.status === 'active' ? t.statusActive : t.statusRemoved)}
${row(t.original, externalLink(n.url, n.url))}
${row(t.provenance, [n.agencySignal ? t.signal(t.agency, n.agencySignal) : '', n.dateSignal ? t.signal(t.published, n.dateSignal) : ''].filter(Boolean).join('; '))}
${row(t.summary, n.summary)}
${n.topics.length + n.hsCodes.length + n.regions.length ? row(t.tags, html`<span class="tags">${tagChips(ctx, n)}</span>`) : ''}
${factRows(ctx, n, row)}
</table>
${diff}
<section class="panel text-panel">
<h2>${t.text}${shown.version !== current?.version ? html` <small>(${t.version(shown.version)})</small>` : ''}</h2>
<div class="notice-text" lang="${n.language}">${paragraphs(shown.text)}</div>
</section>
<section class="panel">
<h2>${t.attachments}</h2>
${attachments.length ? html`<ul class="attachments">${attachments.map((a) => html`<li>${externalLink(a.url, a.name || a.url)} <span class="type">${a.type.toUpperCase()}</span></li>`)}</ul>` : html`<p class="muted">${t.noAttachments}</p>`}
</section>
</div>
<aside class="notice-side">
<section class="panel">
<h2>${t.versions}</h2>
${timeline(ctx, n.id, versions, shown.version)}
${versions.length > 1 ? html`<h3>${t.compare}</h3>${compareForm(ctx, n.id, versions, range.from, range.to, view)}` : html`<p class="muted">${t.oneVersion}</p>`}
</section>
</aside>
</div>
</article>`,
  });
}
