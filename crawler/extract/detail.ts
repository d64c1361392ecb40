/**
 * Detail pages to notice fields: title, body (text + sanitised HTML),
 * document number, agency, published and effective dates, attachments.
 * Falls back on common conventions (metadata tables, meta tags, dates in
 * the text or URL) when a source does not say where a field is.
 */
import { type Cheerio, type CheerioAPI, contains } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { escapeHtml } from '../../db/escape.ts';
import type { Attachment } from '../../db/types.ts';
import type { SourceDef } from '../source.ts';
import { dateFromUrl, parseDate } from './dates.ts';
import { extractDocNumber, normalizeDocNumber } from './docnumber.ts';
import { htmlField } from './fields.ts';
import { type ListItem, loadHtml } from './list.ts';
import { sanitizeNodes } from './sanitize.ts';
import { detectBody } from './structure.ts';
import { cleanInline, nodesToText } from './text.ts';
import { absoluteUrl, attachmentType } from './urls.ts';

export interface DetailFields {
  title: string;
  text: string;
  html: string;
  docNumber: string | null;
  agency: string | null;
  publishedAt: string | null;
  effectiveAt: string | null;
  attachments: Attachment[];
  /** the source's body selector matched (false = fell back to structure detection or the whole page: health alarm) */
  bodyFound: boolean;
  /** when the body selector matched nothing: the selector of the block structure detection took instead */
  bodyDetected?: string | null;
  /** label -> value from the metadata table */
  meta: Record<string, string>;
}

/** Labels are padded with spaces and full-width spaces on real pages (索 引 号, 标　　题). */
export function normalizeLabel(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u3000:：]+/g, '');
}

/** Reads label/value pairs from a metadata table (or any container of label cells followed by value cells). */
export function readMetaTable($: CheerioAPI, selector: string): Record<string, string> {
  const out: Record<string, string> = {};
  const cells = $(selector).find('td, th, dt, dd, span, li').toArray() as Element[];
  for (let i = 0; i < cells.length; i++) {
    const raw = cleanInline($(cells[i]).text());
    // "发文字号：国发〔2018〕43号" inside one cell
    const inline = /^([^:：]{2,12})[:：]\s*(.+)$/.exec(raw);
    if (inline && $(cells[i]).children('td, th, span, dd').length === 0) {
      const k = normalizeLabel(inline[1]);
      if (!(k in out)) out[k] = inline[2].trim();
      continue;
    }
    const label = normalizeLabel(raw);
    if (!label || label.length > 12) continue;
    const next = cells[i + 1];
    if (next && !(label in out)) {
      const v = cleanInline($(next).text());
      if (v && normalizeLabel(v) !== label) out[label] = v;
    }
  }
  return out;
}

const META_DATES = ['firstpublishedtime', 'PubDate', 'pubdate', 'publishdate', 'article:published_time', 'dcterms.issued', 'DC.date.issued', 'OriginalPublicationDate'];
const EFFECTIVE_RE = [/自\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起\s*(?:施行|实施|执行|生效)/, /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起\s*(?:施行|实施|执行|生效)/, /自\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起/, /effective (?:on |from |as of )?([A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})/];
const PUBLISHED_RE = /(?:发布日期|发文日期|发布时间|成文日期|日期|Published|Date)\s*[:：]?\s*(\d{4}[-年./]\s*\d{1,2}[-月./]\s*\d{1,2}日?|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})/;

export interface DetailContext {
  url: string;
  source: Pick<SourceDef, 'agency' | 'detail' | 'noise'>;
  item?: Partial<ListItem>;
}

export function extractDetail(html: string, ctx: DetailContext): DetailFields {
  const $ = loadHtml(html);
  const d = ctx.source.detail ?? {};
  const item = ctx.item ?? {};
  for (const sel of ctx.source.noise?.selectors ?? []) $(sel).remove();

  const meta = d.metaTable ? readMetaTable($, d.metaTable.selector) : {};
  const metaField = (k: keyof NonNullable<typeof d.metaTable>['labels']) => {
    const label = d.metaTable?.labels[k];
    return label ? (meta[normalizeLabel(label)] ?? null) : null;
  };

  // body: the first selector that matches, else the page minus chrome
  let body: Cheerio<AnyNode> | null = null;
  for (const sel of d.body === undefined ? [] : Array.isArray(d.body) ? d.body : [d.body]) {
    const el = $(sel).first();
    if (el.length) {
      body = el as unknown as Cheerio<AnyNode>;
      break;
    }
  }
  const bodyFound = body !== null || d.body === undefined;
  let bodyDetected: string | null = null;
  if (!body && !bodyFound) {
    // the selector rotted (a redesign): the largest block of paragraph text instead
    const st = detectBody($);
    if (st) {
      body = $(st.element) as unknown as Cheerio<AnyNode>;
      bodyDetected = st.selector;
    }
  }
  if (!body) {
    const b = $('body').clone();
    b.find('header, nav, footer, script, style, .header, .footer, .nav').remove();
    body = (b.length ? b : $.root()) as unknown as Cheerio<AnyNode>;
  }
  // body.find() is quadratic on wide bodies (css-select dedupes the context); query the document and keep what is inside
  const bodyEls = body.toArray();
  const inside = (sel: string) => $(sel).filter((_, el) => bodyEls.some((b) => b === el || contains(b, el)));
  for (const sel of d.remove ?? []) inside(sel).remove();

  // attachments before text, so links are read from the untouched body
  const attachments: Attachment[] = [];
  const seen = new Set<string>();
  // a source's own attachment selector rots with its body selector: then the body's document links
  const ownLinks = d.attachments !== undefined && (bodyFound || $(d.attachments).length > 0);
  const links = ownLinks ? $(d.attachments) : inside('a[href]');
  links.each((_, a) => {
    const el = $(a);
    const url = absoluteUrl(el.attr('href'), ctx.url);
    if (!url || seen.has(url)) return;
    const name = cleanInline(el.text()) || el.attr('title') || decodeURIComponent(url.split('/').pop() ?? url);
    const type = attachmentType(url) ?? attachmentType(name);
    if (!type && !ownLinks) return;
    seen.add(url);
    attachments.push({ name, url, type: type ?? 'other', size: null, hash: null });
  });

  let text = nodesToText(body.toArray());
  for (const p of ctx.source.noise?.patterns ?? []) text = text.replace(new RegExp(p, 'g'), '');
  text = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  const safeHtml = sanitizeNodes(body.toArray().flatMap((n) => (n as Element).children ?? [n]), ctx.url);

  const title =
    cleanInline(
      htmlField($, null, d.title) ??
        metaField('title') ??
        item.title ??
        $('meta[name="ArticleTitle"]').attr('content') ??
        ($('h1').first().text() || $('title').first().text()),
    ) || (item.title ?? '');

  // fallbacks are computed only when needed: each one is a pass over the document
  const metaDate = () => {
    const metas = new Map<string, string>();
    $('meta').each((_, m) => {
      const k = m.attribs.name ?? m.attribs.property;
      if (k && m.attribs.content && !metas.has(k)) metas.set(k, m.attribs.content);
    });
    return META_DATES.map((n) => metas.get(n)).find(Boolean);
  };
  const publishedAt =
    parseDate(htmlField($, null, d.date)) ??
    parseDate(metaField('published')) ??
    item.date ??
    parseDate(metaDate()) ??
    parseDate(metaField('written')) ??
    parseDate(PUBLISHED_RE.exec(text.slice(0, 2000))?.[1] ?? PUBLISHED_RE.exec(cleanInline($('body').text()).slice(0, 3000))?.[1]) ??
    dateFromUrl(ctx.url);

  let effectiveAt = parseDate(htmlField($, null, d.effectiveDate)) ?? parseDate(metaField('effective')) ?? item.effectiveDate ?? null;
  if (!effectiveAt) {
    for (const re of EFFECTIVE_RE) {
      const m = re.exec(text);
      if (m) {
        effectiveAt = parseDate(m[1]);
        if (effectiveAt) break;
      }
    }
  }

  const docNumber =
    normalizeDocNumber(htmlField($, null, d.docNumber)) ??
    normalizeDocNumber(metaField('docNumber')) ??
    item.docNumber ??
    extractDocNumber(title) ??
    extractDocNumber(text.slice(0, 300));

  const agency = cleanInline(htmlField($, null, d.agency) ?? metaField('agency') ?? item.agency ?? ctx.source.agency) || null;

  let out: DetailFields = { title, text, html: safeHtml, docNumber, agency, publishedAt, effectiveAt, attachments, bodyFound, ...(bodyFound ? {} : { bodyDetected }), meta };
  if (d.extract) {
    const patch = d.extract({ url: ctx.url, html }, out as unknown as Record<string, unknown>);
    if (patch) out = { ...out, ...(patch as Partial<DetailFields>) };
  }
  return out;
}

/** A notice whose list (feed, API) carries everything: no detail request. */
export function detailFromItem(item: ListItem, ctx: { url: string; source: Pick<SourceDef, 'agency' | 'noise'> }): DetailFields {
  const raw = item.body ?? '';
  let text = raw;
  let html = '';
  if (/<[a-z][\s\S]*>/i.test(raw)) {
    const $ = loadHtml(`<div id="__b">${raw}</div>`);
    const nodes = $('#__b').toArray().flatMap((n) => (n as Element).children);
    text = nodesToText(nodes);
    html = sanitizeNodes(nodes, ctx.url);
  } else {
    html = raw
      .split(/\n+/)
      .filter(Boolean)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('');
  }
  for (const p of ctx.source.noise?.patterns ?? []) text = text.replace(new RegExp(p, 'g'), '');
  return {
    title: item.title,
    text: text.trim() || item.title,
    html,
    docNumber: item.docNumber ?? extractDocNumber(item.title),
    agency: item.agency ?? ctx.source.agency,
    publishedAt: item.date,
    effectiveAt: item.effectiveDate,
    attachments: attachmentType(item.url) ? [{ name: item.title, url: item.url, type: attachmentType(item.url)!, size: null, hash: null }] : [],
    bodyFound: true,
    meta: {},
  };
}
