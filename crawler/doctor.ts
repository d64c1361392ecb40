/**
 * `policy-radar sources doctor`: after a redesign, proposes new selectors
 * for a source from the structure of the pages it sees now (list row, title
 * link, date, detail body, metadata table, attachments, the browser's
 * waitFor), and verifies them by extracting again with them, structure
 * detection off. The proposal is printed as a patch for the definition.
 * `proposeSelectors` is pure (pages in, proposal out); `doctorSource` does
 * the fetching (or takes pages saved earlier).
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { extractDetail, normalizeLabel, readMetaTable } from './extract/detail.ts';
import { extractList, type ListItem, listWithStructure, loadHtml } from './extract/list.ts';
import { detectBody, detectListStructure, uniqueSelector } from './extract/structure.ts';
import { canonicalUrl, rewriteToBase } from './extract/urls.ts';
import { Fetcher } from './fetch/http.ts';
import { type CrawlOptions, FetchError } from './fetch/types.ts';
import { type CrawlableSource, pageUrl, resolveSourceUrl } from './run.ts';
import type { DetailDef, ListDef, SourceDef } from './source.ts';

/** The parts of a definition the doctor replaces (merged over the old ones). */
export interface SelectorPatch {
  list?: Pick<ListDef, 'item' | 'fields'>;
  detail?: Partial<Pick<DetailDef, 'body' | 'title' | 'attachments' | 'metaTable'>>;
  browser?: { waitFor: string };
}

export interface DoctorPages {
  listUrl?: string;
  listHtml?: string;
  detailUrl?: string;
  detailHtml?: string;
}

export interface DoctorCheck {
  /** items the list gives with the source's own selectors, and with the patch */
  listItemsBefore: number | null;
  listItemsAfter: number | null;
  /** the detail body selector matched, before and with the patch */
  bodyFoundBefore: boolean | null;
  bodyFoundAfter: boolean | null;
  /** first items with the patch applied */
  items: Pick<ListItem, 'url' | 'title' | 'date'>[];
  detail: { title: string; publishedAt: string | null; docNumber: string | null; textLength: number; attachments: number } | null;
}

export interface DoctorResult {
  sourceId: string;
  listUrl: string | null;
  detailUrl: string | null;
  patch: SelectorPatch;
  /** one line per proposal: what was broken and what replaces it */
  notes: string[];
  check: DoctorCheck;
  /** the patch works: everything that was broken extracts again without structure detection */
  verified: boolean;
  problems: string[];
}

/** Extensions of document links, as the built-in sources list them. */
const DOC_EXTS = ['.pdf', '.doc', '.docx', '.xls', '.xlsx', '.zip'];

/** A definition with the patch merged in (what a user would write after the doctor's advice). */
export function applyPatch<S extends SourceDef>(source: S, patch: SelectorPatch): S {
  const out = { ...source };
  if (patch.list) out.list = { ...source.list, ...patch.list, exclude: undefined, fields: { ...source.list.fields, ...patch.list.fields } };
  if (patch.detail) out.detail = { ...source.detail, ...patch.detail };
  if (patch.browser && source.browser) out.browser = { ...source.browser, ...patch.browser };
  return out;
}

/** The container of the metadata labels the source knows (索引号, 发文字号 …): the smallest one holding most of them. */
function findMetaTable($: CheerioAPI, labels: string[]): string | null {
  const want = labels.map(normalizeLabel);
  let best: { el: Element; hits: number; size: number } | null = null;
  for (const el of $('table, dl, ul, div').toArray() as Element[]) {
    const size = $(el).text().length;
    if (size > 5000) continue;
    const found = readMetaTable($, uniqueSelector($, el) ?? '');
    const hits = want.filter((w) => w in found).length;
    if (hits >= Math.max(2, Math.ceil(want.length / 2)) && (!best || hits > best.hits || (hits === best.hits && size < best.size))) best = { el, hits, size };
  }
  return best ? uniqueSelector($, best.el) : null;
}

/**
 * Proposes selectors for what is broken on the given pages and checks them.
 * Only broken parts get a proposal; working selectors are left alone.
 */
export function proposeSelectors(source: SourceDef, pages: DoctorPages, item?: Partial<ListItem>): Omit<DoctorResult, 'sourceId' | 'listUrl' | 'detailUrl'> {
  const patch: SelectorPatch = {};
  const notes: string[] = [];
  const problems: string[] = [];
  const check: DoctorCheck = { listItemsBefore: null, listItemsAfter: null, bodyFoundBefore: null, bodyFoundAfter: null, items: [], detail: null };
  const waitFor: string[] = [];
  let firstItem = item;

  if (pages.listHtml !== undefined && pages.listUrl) {
    if (source.list.kind !== 'html') notes.push(`list is ${source.list.kind}: no selectors to propose`);
    else {
      const before = extractList(pages.listHtml, pages.listUrl, source.list, { detect: false });
      check.listItemsBefore = before.items.length;
      if (!before.items.length) {
        const st = detectListStructure(loadHtml(pages.listHtml));
        if (!st) problems.push(`list selector "${source.list.item ?? ''}" finds no item and no repeated link + date rows were found on the page`);
        else {
          const def = listWithStructure(source.list, st);
          patch.list = { item: def.item, fields: def.fields };
          notes.push(`list: "${source.list.item ?? ''}" finds no item; ${st.rows} rows at "${st.item}"`);
          waitFor.push(st.item);
        }
      }
      const after = extractList(pages.listHtml, pages.listUrl, applyPatch(source, patch).list, { detect: false });
      check.listItemsAfter = after.items.length;
      check.items = after.items.slice(0, 10).map((i) => ({ url: i.url, title: i.title, date: i.date }));
      firstItem ??= after.items[0];
    }
  }

  if (pages.detailHtml !== undefined && pages.detailUrl && !source.detail?.fromList) {
    const $ = loadHtml(pages.detailHtml);
    const d = source.detail ?? {};
    const ctx = (s: SourceDef) => ({ url: pages.detailUrl!, source: s, item: firstItem });
    const before = extractDetail(pages.detailHtml, ctx(source));
    check.bodyFoundBefore = before.bodyFound;
    const detail: NonNullable<SelectorPatch['detail']> = {};
    if (!before.bodyFound) {
      const st = detectBody($);
      if (!st) problems.push(`detail body selector "${String(d.body)}" matches nothing and no text block was found`);
      else {
        detail.body = st.selector;
        notes.push(`detail: body "${String(d.body)}" matches nothing; the text block is "${st.selector}"`);
        waitFor.push(st.selector);
        if (d.attachments && !$(d.attachments).length) {
          detail.attachments = DOC_EXTS.map((x) => `${st.selector} a[href$="${x}"]`).join(', ');
          notes.push('detail: attachment links taken from the new body');
        }
      }
    }
    if (typeof d.title === 'string' && !$(d.title.split('@')[0] || 'html').length) {
      const h = $('h1')
        .filter((_, e) => $(e).text().trim().length > 0)
        .first()[0] as Element | undefined;
      const sel = h ? uniqueSelector($, h) : null;
      if (sel) {
        detail.title = sel;
        notes.push(`detail: title "${d.title}" matches nothing; the page heading is "${sel}"`);
      }
    }
    if (d.metaTable && !$(d.metaTable.selector).length) {
      const sel = findMetaTable($, Object.values(d.metaTable.labels));
      if (sel) {
        detail.metaTable = { ...d.metaTable, selector: sel };
        notes.push(`detail: metadata table "${d.metaTable.selector}" matches nothing; the labels are in "${sel}"`);
      }
    }
    if (Object.keys(detail).length) patch.detail = detail;
    const after = extractDetail(pages.detailHtml, ctx(applyPatch(source, patch)));
    check.bodyFoundAfter = after.bodyFound && !after.bodyDetected;
    check.detail = {
      title: after.title,
      publishedAt: after.publishedAt,
      docNumber: after.docNumber,
      textLength: after.text.length,
      attachments: after.attachments.length,
    };
  }

  // a browser source waits for its old selector on every page: wait for the new ones instead
  const oldWait = source.browser ? source.browser.waitFor : undefined;
  if (oldWait && waitFor.length) {
    const seen = [pages.listHtml, pages.detailHtml].some((h) => h !== undefined && loadHtml(h)(oldWait).length > 0);
    if (!seen) {
      patch.browser = { waitFor: waitFor.join(', ') };
      notes.push(`browser: waitFor "${oldWait}" never appears; wait for "${patch.browser.waitFor}"`);
    }
  }

  const verified =
    problems.length === 0 &&
    (check.listItemsAfter === null || check.listItemsAfter > 0) &&
    (check.bodyFoundAfter === null || check.bodyFoundAfter) &&
    (check.listItemsBefore !== null || check.bodyFoundBefore !== null);
  if (check.listItemsAfter === 0 && !problems.length) problems.push('the list gives no item even with the proposed selectors');
  if (check.bodyFoundAfter === false && !problems.length) problems.push('the detail body is not found even with the proposed selectors');
  return { patch, notes, check, verified, problems };
}

function describe(e: unknown): string {
  return e instanceof FetchError ? `${e.kind}${e.status ? ` (HTTP ${e.status})` : ''}: ${e.message}` : (e as Error).message;
}

/** Fetches the first list page and its first notice (unless given), then proposes and checks selectors. */
export async function doctorSource(source: CrawlableSource, opts: Partial<CrawlOptions> & DoctorPages & { fetcher?: Fetcher } = {}): Promise<DoctorResult> {
  const fetcher = opts.fetcher ?? new Fetcher({ retries: 1, ...opts });
  const req = (url: string) => fetcher.fetch({ url, headers: source.headers, encoding: source.encoding, browser: source.browser, delayMs: opts.delayMs ?? 0 });
  const pages: DoctorPages = { listHtml: opts.listHtml, detailHtml: opts.detailHtml };
  const problems: string[] = [];
  let item: ListItem | undefined;
  try {
    const first = source.list.urls ? source.list.urls({ now: new Date(), baseUrl: source.baseUrl })[0] : source.list.url;
    pages.listUrl = opts.listUrl ?? (first ? (source.list.urls ? resolveSourceUrl(source, first) : (pageUrl(source, first, 0) ?? undefined)) : undefined);
    if (pages.listHtml === undefined && pages.listUrl) {
      try {
        const r = await req(pages.listUrl);
        pages.listHtml = r.text ?? '';
        pages.listUrl = r.finalUrl;
      } catch (e) {
        problems.push(`list: ${describe(e)}`);
      }
    }
    if (pages.listHtml !== undefined && pages.listUrl) {
      // the notice to look at: the list's first, found by the source's selectors or by detection
      item = extractList(pages.listHtml, pages.listUrl, source.list).items[0];
      if (item) item = { ...item, url: canonicalUrl(rewriteToBase(item.url, source.originalBaseUrl, source.baseUrl)) };
    }
    pages.detailUrl = opts.detailUrl ? resolveSourceUrl(source, opts.detailUrl) : item?.url;
    if (pages.detailHtml === undefined && pages.detailUrl && !source.detail?.fromList) {
      try {
        const r = await req(pages.detailUrl);
        pages.detailHtml = r.text ?? '';
        pages.detailUrl = r.finalUrl;
      } catch (e) {
        problems.push(`detail: ${describe(e)}`);
      }
    }
  } finally {
    if (!opts.fetcher) await fetcher.close();
  }
  const r = proposeSelectors(source, pages, item);
  return {
    sourceId: source.id,
    listUrl: pages.listUrl ?? null,
    detailUrl: pages.detailUrl ?? null,
    ...r,
    problems: [...problems, ...r.problems],
    verified: r.verified && !problems.length,
  };
}

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function tsValue(v: unknown, indent: string): string {
  if (typeof v === 'string') return q(v);
  if (Array.isArray(v)) return `[${v.map((x) => tsValue(x, indent)).join(', ')}]`;
  if (v && typeof v === 'object') {
    const inner = `${indent}  `;
    const keys = Object.entries(v).filter(([, x]) => x !== undefined);
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : q(k));
    return `{\n${keys.map(([k, x]) => `${inner}${key(k)}: ${tsValue(x, inner)},`).join('\n')}\n${indent}}`;
  }
  return String(v);
}

/** The patch as the lines to put into the source's definition (TypeScript object syntax; JSON with --json). */
export function patchSnippet(sourceId: string, patch: SelectorPatch): string {
  const parts = Object.entries(patch).filter(([, v]) => v !== undefined);
  if (!parts.length) return `// ${sourceId}: nothing to change\n`;
  const lines = [`// ${sourceId}: merge into the definition (crawler/sources/${sourceId}.ts, or its entry in the config's "sources")`];
  for (const [k, v] of parts) lines.push(`${k}: ${tsValue(v, '')},`);
  return `${lines.join('\n')}\n`;
}
