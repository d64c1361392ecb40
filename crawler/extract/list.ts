/**
 * List pages to items: HTML (item selector + fields), JSON APIs (items path +
 * dotted fields), RSS and Atom feeds. Pure: text in, items out.
 */
import { type CheerioAPI, load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { Attachment } from '../../db/types.ts';
import type { ListDef } from '../source.ts';
import { inlineDatastore } from './datastore.ts';
import { parseDate } from './dates.ts';
import { normalizeDocNumber } from './docnumber.ts';
import { getPath, htmlField, htmlUrls, jsonField, jsonNames, jsonUrls } from './fields.ts';
import { detectListStructure, type ListStructure } from './structure.ts';
import { cleanInline } from './text.ts';
import { absoluteUrl, attachmentType } from './urls.ts';

export interface ListItem {
  url: string;
  title: string;
  date: string | null;
  docNumber: string | null;
  agency: string | null;
  /** the issuers when the list or API gives them as a list (Federal Register agencies[]) */
  agencies?: string[];
  effectiveDate: string | null;
  /** text or HTML carried by the list (feeds, APIs) */
  body: string | null;
  /** documents linked from the list row or API record (fields.attachments) */
  attachments?: Attachment[];
  /** found by structure detection, not by the source's selectors (see structure.ts) */
  degraded?: boolean;
  /** where the full text is, when the list carries only a summary (fields.fullText) */
  fullTextUrl?: string;
}

export interface ListPage {
  items: ListItem[];
  /** rows the item selector matched, before filtering (0 = selector broken or page empty) */
  matched: number;
  /** next page link (pagination type 'next') */
  next: string | null;
  /** the source's selectors found no item and structure detection did: what it found */
  detected?: ListStructure;
}

export class ListParseError extends Error {}

/** Loads HTML with htmlparser2 (fast, forgiving); the same parser as for detail pages. */
export function loadHtml(html: string): CheerioAPI {
  return load(html, { xml: { xmlMode: false, decodeEntities: true } });
}

/** List-carried document links as attachments: absolute, http(s) only, each once, type from the extension. */
export function listAttachments(links: { url: string; name: string | null }[], pageUrl: string): Attachment[] {
  const out: Attachment[] = [];
  const seen = new Set<string>();
  for (const l of links) {
    const url = absoluteUrl(l.url, pageUrl);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    let file = url;
    try {
      file = decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
    } catch {
      // keep the URL as the name
    }
    out.push({ name: cleanInline(l.name) || file, url, type: attachmentType(url) ?? attachmentType(l.name ?? '') ?? 'other', size: null, hash: null });
  }
  return out;
}

function finish(raw: Partial<Omit<ListItem, 'url' | 'title'>> & { url: string | null; title: string | null }, list: ListDef): ListItem | null {
  if (!raw.url) return null;
  if (list.linkPattern && !new RegExp(list.linkPattern).test(raw.url)) return null;
  const title = cleanInline(raw.title);
  return {
    ...(raw.attachments?.length ? { attachments: raw.attachments } : {}),
    ...(raw.agencies?.length ? { agencies: [...new Set(raw.agencies)] } : {}),
    ...(raw.fullTextUrl ? { fullTextUrl: raw.fullTextUrl } : {}),
    url: raw.url,
    title,
    date: raw.date ?? null,
    docNumber: normalizeDocNumber(raw.docNumber ?? null),
    agency: raw.agency ? cleanInline(raw.agency) : null,
    effectiveDate: raw.effectiveDate ?? null,
    body: raw.body ?? null,
  };
}

/** The list definition structure detection suggests: its row, link, title and date selectors, the rest kept. */
export function listWithStructure(list: ListDef, st: ListStructure): ListDef {
  return { ...list, item: st.item, exclude: undefined, fields: { title: st.title, link: st.link, ...(st.date ? { date: st.date } : {}) } };
}

/**
 * HTML list items by the source's selectors; when they find no item (a
 * redesign renamed the classes), by structure detection, items marked degraded.
 */
export function extractHtmlList(html: string, pageUrl: string, list: ListDef, opts: ListOptions = {}): ListPage {
  const $ = loadHtml(inlineDatastore(html));
  const page = htmlListWith($, pageUrl, list);
  if (page.items.length || opts.detect === false) return page;
  // the structure an earlier page showed first: a last page may hold too few rows to detect
  for (const st of [opts.known, undefined]) {
    const s = st ?? detectListStructure($);
    if (!s) continue;
    const found = htmlListWith($, pageUrl, listWithStructure(list, s));
    if (!found.items.length) continue;
    for (const it of found.items) it.degraded = true;
    // the next-page link still comes from the source's own selector (it may have survived)
    return { items: found.items, matched: page.matched, next: page.next, detected: s };
  }
  return page;
}

export interface ListOptions {
  /** fall back on structure detection when the selectors find no item (default true) */
  detect?: boolean;
  /** a structure detected on an earlier page of the same list, tried before detecting again */
  known?: ListStructure;
}

function htmlListWith($: CheerioAPI, pageUrl: string, list: ListDef): ListPage {
  let rows = $(list.item ?? 'li');
  if (list.exclude) rows = rows.not(list.exclude);
  const f = list.fields ?? {};
  const items: ListItem[] = [];
  rows.each((_, el) => {
    const row = $(el) as unknown as import('cheerio').Cheerio<AnyNode>;
    const link = htmlField($, row, f.link ?? ['a@href', '@href']);
    const title = htmlField($, row, f.title ?? ['a@title', 'a']) ?? '';
    const dateText = f.date ? htmlField($, row, f.date) : null;
    // without a date field, a date anywhere in the row text still counts
    const date = parseDate(dateText) ?? (f.date ? null : parseDate(row.text()));
    const item = finish(
      {
        url: absoluteUrl(link, pageUrl),
        title,
        date,
        docNumber: htmlField($, row, f.docNumber),
        agency: htmlField($, row, f.agency),
        effectiveDate: parseDate(htmlField($, row, f.effectiveDate)),
        body: htmlField($, row, f.body),
        attachments: f.attachments ? listAttachments(htmlUrls($, row, f.attachments), pageUrl) : undefined,
      },
      list,
    );
    if (item) items.push(item);
  });
  let next: string | null = null;
  if (list.pagination?.type === 'next' && list.pagination.selector) {
    const el = $(list.pagination.selector).first();
    next = absoluteUrl(el.attr('href') ?? el.find('a').attr('href'), pageUrl);
  }
  return { items, matched: rows.length, next };
}

/** Parses JSON, tolerating a BOM and a JSONP wrapper. */
export function parseJsonLoose(text: string): unknown {
  const t = text.replace(/^\uFEFF/, '').trim();
  try {
    return JSON.parse(t);
  } catch (e) {
    const m = /^[\w$.]+\s*\(([\s\S]*)\)\s*;?$/.exec(t);
    if (m) return JSON.parse(m[1]);
    throw new ListParseError(`not JSON: ${(e as Error).message}`);
  }
}

/** The next page's URL from a JSON answer (pagination 'next' with a path), or null at the end. */
function jsonNext(data: unknown, pageUrl: string, list: ListDef): string | null {
  const p = list.pagination;
  if (p?.type !== 'next' || !p.path) return null;
  const v = getPath(data, p.path);
  return typeof v === 'string' ? absoluteUrl(v, pageUrl) : null;
}

export function extractJsonList(text: string, pageUrl: string, list: ListDef): ListPage {
  const data = parseJsonLoose(text);
  const arr = getPath(data, list.itemsPath);
  if (!Array.isArray(arr)) {
    if (arr === undefined || arr === null) return { items: [], matched: 0, next: jsonNext(data, pageUrl, list) };
    throw new ListParseError(`items path "${list.itemsPath ?? ''}" is not an array`);
  }
  const f = list.fields ?? {};
  const items: ListItem[] = [];
  for (const o of arr) {
    const item = finish(
      {
        url: absoluteUrl(jsonField(o, f.link), pageUrl),
        title: jsonField(o, f.title),
        date: parseDate(jsonField(o, f.date)),
        docNumber: jsonField(o, f.docNumber),
        agency: jsonField(o, f.agency),
        agencies: jsonNames(o, f.agency),
        fullTextUrl: absoluteUrl(jsonField(o, f.fullText), pageUrl) ?? undefined,
        effectiveDate: parseDate(jsonField(o, f.effectiveDate)),
        body: jsonField(o, f.body),
        attachments: f.attachments ? listAttachments(jsonUrls(o, f.attachments), pageUrl) : undefined,
      },
      list,
    );
    if (item) items.push(item);
  }
  return { items, matched: arr.length, next: jsonNext(data, pageUrl, list) };
}

export function extractFeed(text: string, pageUrl: string, list: ListDef): ListPage {
  const $ = load(text, { xml: true });
  const atom = list.kind === 'atom' || ($('feed').length > 0 && $('entry').length > 0);
  const rows = $(atom ? 'entry' : 'item');
  const f = list.fields ?? {};
  const items: ListItem[] = [];
  rows.each((_, el) => {
    const row = $(el) as unknown as import('cheerio').Cheerio<AnyNode>;
    const child = (name: string) => cleanInline(row.children(name).first().text()) || null;
    let link: string | null;
    if (f.link) link = htmlField($, row, f.link);
    else if (atom) {
      const links = row.children('link');
      link = (links.filter('[rel="alternate"]').attr('href') ?? links.first().attr('href')) || null;
    } else link = child('link') ?? child('guid');
    const title = f.title ? htmlField($, row, f.title) : child('title');
    const dateRaw = f.date ? htmlField($, row, f.date) : atom ? (child('published') ?? child('updated')) : (child('pubDate') ?? child('dc\\:date'));
    const body = f.body
      ? htmlField($, row, f.body)
      : atom
        ? row.children('content').first().text() || child('summary')
        : row.children('content\\:encoded').first().text() || row.children('description').first().text() || null;
    const item = finish(
      {
        url: absoluteUrl(link, pageUrl),
        title,
        date: parseDate(dateRaw, { tzOffsetMinutes: 0 }),
        docNumber: htmlField($, row, f.docNumber),
        agency: htmlField($, row, f.agency),
        effectiveDate: parseDate(htmlField($, row, f.effectiveDate)),
        body: body || null,
        attachments: f.attachments ? listAttachments(htmlUrls($, row, f.attachments), pageUrl) : undefined,
      },
      list,
    );
    if (item) items.push(item);
  });
  return { items, matched: rows.length, next: null };
}

export function extractList(text: string, pageUrl: string, list: ListDef, opts: ListOptions = {}): ListPage {
  switch (list.kind) {
    case 'json':
      return extractJsonList(text, pageUrl, list);
    case 'rss':
    case 'atom':
      return extractFeed(text, pageUrl, list);
    default:
      return extractHtmlList(text, pageUrl, list, opts);
  }
}
