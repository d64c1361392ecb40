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
import { getPath, htmlField, htmlUrls, jsonField, jsonUrls } from './fields.ts';
import { cleanInline } from './text.ts';
import { absoluteUrl, attachmentType } from './urls.ts';

export interface ListItem {
  url: string;
  title: string;
  date: string | null;
  docNumber: string | null;
  agency: string | null;
  effectiveDate: string | null;
  /** text or HTML carried by the list (feeds, APIs) */
  body: string | null;
  /** documents linked from the list row or API record (fields.attachments) */
  attachments?: Attachment[];
}

export interface ListPage {
  items: ListItem[];
  /** rows the item selector matched, before filtering (0 = selector broken or page empty) */
  matched: number;
  /** next page link (pagination type 'next') */
  next: string | null;
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
    url: raw.url,
    title,
    date: raw.date ?? null,
    docNumber: normalizeDocNumber(raw.docNumber ?? null),
    agency: raw.agency ? cleanInline(raw.agency) : null,
    effectiveDate: raw.effectiveDate ?? null,
    body: raw.body ?? null,
  };
}

export function extractHtmlList(html: string, pageUrl: string, list: ListDef): ListPage {
  const $ = loadHtml(inlineDatastore(html));
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
    const body = f.body ? htmlField($, row, f.body) : atom ? (row.children('content').first().text() || child('summary')) : (row.children('content\\:encoded').first().text() || row.children('description').first().text() || null);
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

export function extractList(text: string, pageUrl: string, list: ListDef): ListPage {
  switch (list.kind) {
    case 'json':
      return extractJsonList(text, pageUrl, list);
    case 'rss':
    case 'atom':
      return extractFeed(text, pageUrl, list);
    default:
      return extractHtmlList(text, pageUrl, list);
  }
}
