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
import { parseDocNumber, parseGivenDocNumber } from './docnumber.ts';
import { htmlField, splitSelector } from './fields.ts';
import { type AgencySignal, chooseIssuer, fieldCandidate, labelIssuers, signatureIssuers, titleIssuers } from './issuer.ts';
import { type ListItem, loadHtml } from './list.ts';
import { sanitizeNodes } from './sanitize.ts';
import { detectBody } from './structure.ts';
import { cleanInline, nodesToText } from './text.ts';
import { cleanTitle, crossCheckTitle, pageTitleHead } from './title.ts';
import { absoluteUrl, attachmentType } from './urls.ts';

export interface DetailFields {
  title: string;
  text: string;
  html: string;
  docNumber: string | null;
  /** display form of the issuers (separated by a space) */
  agency: string | null;
  /** every issuing body (co-issued notices name several) */
  agencies: string[];
  /** which signal gave the agency ('default' = the source's own agency: nothing on the page named one) */
  agencySignal: AgencySignal | null;
  publishedAt: string | null;
  /** which signal gave the published date (null: none found) */
  dateSignal: DateSignal | null;
  /** a summary kept beside the full text (an API's abstract when the full text is fetched) */
  summary?: string | null;
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

const META_DATES = [
  'firstpublishedtime',
  'PubDate',
  'pubdate',
  'publishdate',
  'article:published_time',
  'dcterms.issued',
  'DC.date.issued',
  'OriginalPublicationDate',
];
const EFFECTIVE_RE = [
  /自\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起\s*(?:施行|实施|执行|生效)/,
  /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起\s*(?:施行|实施|执行|生效)/,
  /自\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起/,
  /[Ee]ffective (?:on |from |as of )?([A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})/,
];
const PUBLISHED_RE =
  /(?:发布日期|发文日期|发布时间|成文日期|日期|Published|Date)\s*[:：]?\s*(\d{4}[-年./]\s*\d{1,2}[-月./]\s*\d{1,2}日?|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})/;

export type DateSignal = 'field' | 'metaTable' | 'list' | 'meta' | 'written' | 'text' | 'url';

/** The first value that is not null, with the name of the signal that gave it. */
function firstOf<T, S extends string>(tries: [S, () => T | null | undefined][]): [T | null, S | null] {
  for (const [name, f] of tries) {
    const v = f();
    if (v !== null && v !== undefined) return [v, name];
  }
  return [null, null];
}

const HEADING = 'h1, h2, h3, h4, h5, h6';

/**
 * The title from the source's title selectors, as lines: the heading inside a
 * wrapper when the selector matched one, metadata lines dropped (title.ts).
 */
function titleFromSpec($: CheerioAPI, spec: NonNullable<SourceDef['detail']>['title']): string | null {
  if (spec === undefined) return null;
  const plain = (typeof spec === 'string' ? [spec] : Array.isArray(spec) ? spec : []).filter((s) => !splitSelector(s)[1]);
  if (!plain.length) return cleanTitle(htmlField($, null, spec) ?? '') || null;
  for (const sel of plain) {
    let el = $(sel).first();
    if (!el.length) continue;
    if (!el.is(HEADING)) {
      const h = el.find(HEADING).first();
      if (h.length) el = h;
    }
    const t = cleanTitle(nodesToText(el.toArray()).split('\n'));
    if (t) return t;
  }
  return null;
}

/** The list's issuer: its names when the list gives several (an API's agencies[]), else its one value. */
function listCandidate(item: Partial<ListItem>) {
  return item.agencies && item.agencies.length > 1 ? { signal: 'list' as const, agencies: item.agencies } : fieldCandidate('list', item.agency);
}

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
  const attSel = d.attachments;
  const ownLinks = attSel !== undefined && (bodyFound || $(attSel).length > 0);
  // the body's own document links too: sites put an attachment in the text as often as in the block after it
  const own = new Set(ownLinks ? $(attSel).toArray() : []);
  const links = ownLinks ? $(attSel).add(inside('a[href]')) : inside('a[href]');
  links.each((_, a) => {
    const el = $(a);
    const url = absoluteUrl(el.attr('href'), ctx.url);
    if (!url || seen.has(url)) return;
    const name = cleanInline(el.text()) || el.attr('title') || decodeURIComponent(url.split('/').pop() ?? url);
    const type = attachmentType(url) ?? attachmentType(name);
    if (!type && !own.has(a)) return;
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
  const safeHtml = sanitizeNodes(
    body.toArray().flatMap((n) => (n as Element).children ?? [n]),
    ctx.url,
  );

  const pageTitle =
    titleFromSpec($, d.title) ??
    (cleanTitle(metaField('title') ?? '') ||
      cleanInline(item.title) ||
      cleanTitle($('meta[name="ArticleTitle"]').attr('content') ?? '') ||
      cleanTitle(nodesToText($('h1').first().toArray()).split('\n')) ||
      pageTitleHead($('title').first().text()));
  const title = crossCheckTitle(pageTitle, item.title, pageTitleHead($('title').first().text())) || (item.title ?? '');

  // fallbacks are computed only when needed: each one is a pass over the document
  const metaDate = () => {
    const metas = new Map<string, string>();
    $('meta').each((_, m) => {
      const k = m.attribs.name ?? m.attribs.property;
      if (k && m.attribs.content && !metas.has(k)) metas.set(k, m.attribs.content);
    });
    return META_DATES.map((n) => metas.get(n)).find(Boolean);
  };
  const [publishedAt, dateSignal] = firstOf<string, DateSignal>([
    ['field', () => parseDate(htmlField($, null, d.date))],
    ['metaTable', () => parseDate(metaField('published'))],
    ['list', () => item.date],
    ['meta', () => parseDate(metaDate())],
    ['written', () => parseDate(metaField('written'))],
    ['text', () => parseDate(PUBLISHED_RE.exec(text.slice(0, 2000))?.[1] ?? PUBLISHED_RE.exec(cleanInline($('body').text()).slice(0, 3000))?.[1])],
    ['url', () => dateFromUrl(ctx.url)],
  ]);

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

  const [doc] = firstOf([
    ['field', () => parseGivenDocNumber(htmlField($, null, d.docNumber))],
    ['metaTable', () => parseGivenDocNumber(metaField('docNumber'))],
    ['list', () => parseGivenDocNumber(item.docNumber)],
    ['title', () => parseDocNumber(title)],
    ['text', () => parseDocNumber(text.slice(0, 300))],
  ]);
  const docNumber = doc?.text ?? null;

  // the issuer from the page's signals, most specific first (issuer.ts); the source's default last
  const issuer = chooseIssuer([
    fieldCandidate('field', htmlField($, null, d.agency) ?? metaField('agency')),
    { signal: 'label', agencies: labelIssuers(nodesToText($('body').toArray())) },
    { signal: 'signature', agencies: signatureIssuers(text) },
    { signal: 'title', agencies: titleIssuers(title) },
    { signal: 'docNumber', agencies: doc?.issuers ?? [] },
    listCandidate(item),
    fieldCandidate('default', ctx.source.agency),
  ]);

  let out: DetailFields = {
    title,
    text,
    html: safeHtml,
    docNumber,
    agency: issuer.agency,
    agencies: issuer.agencies,
    agencySignal: issuer.signal,
    publishedAt,
    dateSignal,
    effectiveAt,
    attachments,
    bodyFound,
    ...(bodyFound ? {} : { bodyDetected }),
    meta,
  };
  if (d.extract) {
    const patch = d.extract({ url: ctx.url, html }, out as unknown as Record<string, unknown>);
    if (patch) out = { ...out, ...(patch as Partial<DetailFields>) };
  }
  return out;
}

/**
 * A notice whose list carries its abstract and names its full text (fields.fullText):
 * the fetched full text is the text (a whole document: its body only), the abstract the summary.
 */
export function detailFromFullText(item: ListItem, fullText: string, ctx: { url: string; source: Pick<SourceDef, 'agency' | 'noise'> }): DetailFields {
  const body = /<body[\s>]/i.test(fullText) ? fullText.replace(/^[\s\S]*?<body[^>]*>/i, '').replace(/<\/body>[\s\S]*$/i, '') : fullText;
  return { ...detailFromItem({ ...item, body }, ctx), summary: item.body?.trim() || null };
}

/** A notice whose list (feed, API) carries everything: no detail request. */
export function detailFromItem(item: ListItem, ctx: { url: string; source: Pick<SourceDef, 'agency' | 'noise'> }): DetailFields {
  const raw = item.body ?? '';
  let text = raw;
  let html = '';
  if (/<[a-z][\s\S]*>/i.test(raw)) {
    const $ = loadHtml(`<div id="__b">${raw}</div>`);
    const nodes = $('#__b')
      .toArray()
      .flatMap((n) => (n as Element).children);
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
  const doc = parseGivenDocNumber(item.docNumber) ?? parseDocNumber(item.title);
  // an API's agency list (Federal Register) arrives joined by ', '; names with commas stay whole there
  const issuer = chooseIssuer([listCandidate(item), { signal: 'docNumber', agencies: doc?.issuers ?? [] }, fieldCandidate('default', ctx.source.agency)]);
  return {
    title: item.title,
    text: text.trim() || item.title,
    html,
    docNumber: doc?.text ?? null,
    agency: issuer.agency,
    agencies: issuer.agencies,
    agencySignal: issuer.signal,
    publishedAt: item.date,
    dateSignal: item.date ? 'list' : null,
    effectiveAt: item.effectiveDate,
    attachments: attachmentType(item.url) ? [{ name: item.title, url: item.url, type: attachmentType(item.url)!, size: null, hash: null }] : [],
    bodyFound: true,
    meta: {},
  };
}
