/**
 * The broker's web pages (a server plugin): its client list, a client-list
 * import (pasted from a spreadsheet or CSV text), and each client's printable
 * policy sheet. The broker's access token (brk_…) is the credential, in the
 * link for GET and in the form for POST; a broker sees only its own clients,
 * and GET never changes anything.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { stripBidi } from '../../db/bidi.ts';
import type { Broker, BrokerClient } from '../../db/types.ts';
import { parseClientsCsv } from '../../newsletter/brokers/csv.ts';
import { printPdf } from '../../newsletter/brokers/pdf.ts';
import { selectForClient } from '../../newsletter/brokers/digest.ts';
import { loadWindow } from '../../newsletter/brokers/run.ts';
import { renderPolicySheet, SHEET_STYLE } from '../../newsletter/brokers/sheet.ts';
import { hashBrokerToken } from '../../newsletter/brokers/token.ts';
import { weekContaining } from '../../newsletter/period.ts';
import { loadVocabulary } from '../../newsletter/taxonomy.ts';
import { DEFAULT_TIMEZONE } from '../../taxonomy/defaults.ts';
import type { App, RequestContext } from '../app.ts';
import { CSP, HttpError } from '../http.ts';
import { html, type SafeHtml } from '../html.ts';
import { BusyError } from '../limiter.ts';
import { TARGETS_PATH, targetAction, targetsSection } from './targets.ts';

export const BROKER_PATHS = { clients: '/brokers', sheet: '/brokers/sheet' } as const;

/** a client list of a few thousand rows, pasted */
const IMPORT_LIMIT = 2 * 1024 * 1024;
const SHEET_WEEKS = 4;
/** PDFs are printed by a Chromium started per sheet: one at a time, a few waiting */
const PDF_WAITING = 3;

const T = {
  zh: {
    title: (b: string) => `${b} · 客户`,
    intro: '每位客户按其商品（HS）、市场和所在地收到与其相关的通知。打印“政策单”交给客户，或每周转发摘要。',
    none: '尚无客户。请在下方粘贴客户名单导入。',
    cols: ['客户', 'HS 编码 / 商品', '市场', '所在地', '联系邮箱', '政策单'],
    sheet: '政策单（可打印）',
    pdf: 'PDF',
    importTitle: '导入客户名单',
    importHint:
      '从 Excel 复制整张表（含表头：客户名称、HS编码、市场、所在地、联系邮箱）粘贴到此处，或粘贴 CSV 文本。按客户名称新增或更新；有任何错误则不导入。',
    importButton: '导入',
    imported: (a: number, u: number) => `已导入：新增 ${a} 位，更新 ${u} 位客户。`,
    failed: (n: number) => `${n} 处错误，未导入任何内容：`,
    line: (n: number) => `第 ${n} 行`,
    invalid: '此链接无效。请使用您的报关行访问链接（含 brk_ 令牌）。',
  },
  en: {
    title: (b: string) => `${b} · clients`,
    intro:
      'Each client gets the notices that concern its products (HS), markets and location. Print a policy sheet to hand over, or forward the weekly digest.',
    none: 'No clients yet. Paste a client list below to import it.',
    cols: ['Client', 'HS codes / products', 'Markets', 'Location', 'Contact', 'Policy sheet'],
    sheet: 'policy sheet (printable)',
    pdf: 'PDF',
    importTitle: 'Import a client list',
    importHint:
      'Copy the whole table from Excel (with its header: client name, HS codes, markets, location, contact) and paste it here, or paste CSV text. Clients are added or updated by name; nothing is imported if any row is wrong.',
    importButton: 'Import',
    imported: (a: number, u: number) => `Imported: ${a} new, ${u} updated.`,
    failed: (n: number) => `${n} error(s), nothing imported:`,
    line: (n: number) => `line ${n}`,
    invalid: 'This link is not valid. Use your broker access link (with its brk_ token).',
  },
} as const;

function where(c: BrokerClient): string {
  const l = c.profile.location;
  return l ? [l.province, l.city].filter(Boolean).join(' ') : '';
}

/**
 * Options: `timezone` of the sheet's weeks (default Asia/Shanghai); `chromiumPath`
 * prints sheets as PDF (default /usr/bin/chromium; without it the PDF link answers 503
 * and the HTML sheet still prints from the browser); `allowLoopbackHttp` accepts
 * http://127.0.0.1 push targets (tests, local development).
 */
export function brokerRoutes(opts: { timezone?: string; chromiumPath?: string; allowLoopbackHttp?: boolean } = {}) {
  return async (app: App): Promise<void> => {
    const tz = opts.timezone ?? DEFAULT_TIMEZONE;
    const chromiumPath = opts.chromiumPath ?? '/usr/bin/chromium';
    let printing: Promise<unknown> = Promise.resolve();
    let waiting = 0;
    // one Chromium at a time: each PDF waits for the one before it
    const printOne = (page: string): Promise<Buffer> => {
      if (waiting >= PDF_WAITING) throw new BusyError('other policy sheets are being printed', 5);
      waiting++;
      const run = printing.then(() => printPdf(page, { executablePath: chromiumPath }));
      printing = run.catch(() => {}).finally(() => waiting--);
      return run;
    };
    // the sheet's one inline stylesheet is allowed by its hash, nothing else
    const sheetCsp = CSP.replace("style-src 'self'", `style-src 'sha256-${createHash('sha256').update(SHEET_STYLE).digest('base64')}'`);

    const brokerOf = async (token: string | null | undefined): Promise<Broker> => {
      const b = token && /^brk_[\w-]{10,200}$/.test(token) ? await app.store.brokers.getByTokenHash(hashBrokerToken(token)) : null;
      if (!b) throw new HttpError(403, 'bad_token', 'the broker link is not valid');
      return b;
    };

    const listPage = async (ctx: RequestContext, b: Broker, token: string, note?: { ok?: string; errors?: string[]; head?: string }, status = 200) => {
      const s = T[ctx.lang];
      const clients = await app.store.brokers.listClients(b.id);
      const targets = await app.store.brokers.listTargets(b.id);
      const sheetUrl = (c: BrokerClient) => `${BROKER_PATHS.sheet}?${new URLSearchParams({ token, client: String(c.id) })}`;
      const rows: SafeHtml[] = clients.map(
        (c) =>
          html`<tr><td>${c.name}</td><td>${[...c.profile.hs, ...(c.profile.keywords ?? [])].join(', ')}</td><td>${c.profile.regions.join(', ')}</td><td>${where(c)}</td><td>${c.contactEmail ?? ''}</td><td><a href="${sheetUrl(c)}">${s.sheet}</a> · <a href="${sheetUrl(c)}&amp;format=pdf">${s.pdf}</a></td></tr>`,
      );
      const msg = note?.ok
        ? html`<p class="notice-ok" role="status">${note.ok}</p>`
        : note?.errors
          ? html`<div class="notice-error" role="alert"><p>${note.head ?? ''}</p><ul>${note.errors.map((e) => html`<li>${e}</li>`)}</ul></div>`
          : '';
      ctx.page({
        status,
        title: s.title(b.name),
        // the page carries the broker's token: never cached
        cache: 'no-store',
        body: html`<section class="panel"><h1>${s.title(b.name)}</h1><p>${s.intro}</p>${msg}
${clients.length ? html`<table class="clients"><thead><tr>${s.cols.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table>` : html`<p>${s.none}</p>`}
${targetsSection(ctx.lang, token, clients, targets)}
<h2>${s.importTitle}</h2><p>${s.importHint}</p>
<form method="post" action="${BROKER_PATHS.clients}"><input type="hidden" name="token" value="${token}">
<textarea name="csv" rows="10" cols="80" required></textarea>
<p><button type="submit">${s.importButton}</button></p></form></section>`,
      });
    };

    app.route('GET', BROKER_PATHS.clients, async (ctx) => {
      const token = ctx.query.get('token') ?? '';
      await listPage(ctx, await brokerOf(token), token);
    });

    app.route('POST', BROKER_PATHS.clients, async (ctx) => {
      const body = new URLSearchParams(await ctx.text(IMPORT_LIMIT));
      const token = body.get('token') ?? '';
      const b = await brokerOf(token);
      const s = T[ctx.lang];
      const parsed = parseClientsCsv(new TextEncoder().encode(body.get('csv') ?? ''), { defaultLanguage: b.language });
      if (parsed.errors.length) {
        const errors = parsed.errors.slice(0, 50).map((e) => `${s.line(e.line)}: ${e.message}`);
        return listPage(ctx, b, token, { errors, head: s.failed(parsed.errors.length) }, 400);
      }
      const r = await app.store.brokers.upsertClients(
        b.id,
        parsed.clients.map(({ line: _l, ...c }) => c),
      );
      await listPage(ctx, b, token, { ok: s.imported(r.added, r.updated) });
    });

    app.route('POST', TARGETS_PATH, async (ctx) => {
      const body = new URLSearchParams(await ctx.text(64 * 1024));
      const token = body.get('token') ?? '';
      const b = await brokerOf(token);
      const knownTopics = new Set((await loadVocabulary()).topicList.map((t) => t.id));
      const r = await targetAction(app.store, b.id, ctx.lang, body, { allowLoopbackHttp: opts.allowLoopbackHttp, knownTopics });
      await listPage(ctx, b, token, r.ok ? { ok: r.ok } : { errors: [r.error ?? ''] }, r.ok ? 200 : 400);
    });

    app.route('GET', BROKER_PATHS.sheet, async (ctx) => {
      const b = await brokerOf(ctx.query.get('token'));
      const id = Number(ctx.query.get('client'));
      const format = ctx.query.get('format') ?? 'html';
      if (format !== 'html' && format !== 'pdf') throw new HttpError(400, 'bad_parameter', 'format: html or pdf', 'format');
      // another broker's client reads as absent
      const client = Number.isSafeInteger(id) && id > 0 ? await app.store.brokers.getClient(b.id, id) : null;
      if (!client) throw new HttpError(404, 'not_found', 'no such client');
      const period = weekContaining(new Date(), tz);
      const week = await loadWindow(app.store, period, SHEET_WEEKS);
      const today = new Date().toISOString().slice(0, 10);
      const page = renderPolicySheet({
        broker: b,
        client,
        selection: selectForClient(week, client),
        firstDay: week.period.firstDay,
        lastDay: week.period.lastDay,
        today,
        noticeUrl: (n) => app.absoluteUrl(ctx, `/notices/${n.id}`),
        vocab: week.vocab,
      });
      ctx.res.setHeader('Cache-Control', 'no-store');
      if (format === 'pdf') {
        if (!existsSync(chromiumPath))
          throw new HttpError(
            503,
            'pdf_unavailable',
            `PDF sheets need Chromium on the server (apt-get install chromium, or set crawler.chromiumPath; looked for ${chromiumPath}); the HTML sheet prints from the browser`,
          );
        const pdf = await printOne(page);
        ctx.res.setHeader('Content-Type', 'application/pdf');
        // ASCII fallback name, then the client's name (percent-encoded, so no quote or RTL tricks)
        const name = encodeURIComponent(`${stripBidi(client.name).replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')}-policy-sheet.pdf`).replace(
          /['()*]/g,
          (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
        );
        ctx.res.setHeader('Content-Disposition', `inline; filename="policy-sheet-${client.id}.pdf"; filename*=UTF-8''${name}`);
        ctx.res.setHeader('Content-Length', pdf.length);
        ctx.res.end(pdf);
        return;
      }
      ctx.res.setHeader('Content-Security-Policy', sheetCsp);
      ctx.res.setHeader('Content-Type', 'text/html; charset=utf-8');
      ctx.res.setHeader('Content-Length', Buffer.byteLength(page));
      ctx.res.end(page);
    });
  };
}
