/**
 * Second replica variants: pages of each built-in source in the markup its
 * site uses in another section or year (wrapper divs, other label wording,
 * signature placement, co-issuers, full-width spaces, dates in the title
 * line, attachments named only by link text), with the fields a researcher
 * would cite from them. Data-driven: a source added later adds its variants
 * to ./index.ts and the field test and `npm run eval:extraction` cover it.
 *
 * A variant is read the way a crawl reads it: the list page through the
 * source's list definition, then the detail page (or, for sources whose list
 * carries everything, the list record) through the source's detail
 * definition: the real built-in definitions, nothing overridden.
 */
import type { DetailFields } from '../../../crawler/extract/detail.ts';
import { detailFromFullText, detailFromItem, extractDetail } from '../../../crawler/extract/detail.ts';
import { extractList } from '../../../crawler/extract/list.ts';
import type { SourceDef } from '../../../crawler/source.ts';
import { builtinSources } from '../../../crawler/sources/index.ts';

export interface ExpectedFields {
  title: string;
  docNumber: string | null;
  /** display form (issuers separated by a space, or as the site writes a non-list value) */
  agency: string | null;
  agencies: string[];
  publishedAt: string | null;
  effectiveAt: string | null;
  /** attachments as name|type */
  attachments: string[];
  /** the summary kept beside the full text (null when the text is the whole notice) */
  summary?: string | null;
  /** snippets the text must contain ... */
  contains: string[];
  /** ... and must not (metadata, counters, chrome) */
  notContains: string[];
}

export interface ExtractionVariant {
  source: string;
  /** what differs from the first replica */
  name: string;
  /** the list page: path on the source's host and its body (HTML, JSON or feed) */
  list: { path: string; body: string };
  /** detail page path and markup (omitted for sources that read everything from the list) */
  detail?: { path: string; html: string };
  /** the notice's URL path (or full URL, when the list links off its host) when there is no detail page */
  itemPath?: string;
  /** what the list's full-text URL answers (fields.fullText; Federal Register body_html_url) */
  fullText?: string;
  expect: ExpectedFields;
}

export const FIELDS = ['title', 'docNumber', 'agency', 'agencies', 'publishedAt', 'effectiveAt', 'attachments', 'text', 'summary'] as const;
export type FieldName = (typeof FIELDS)[number];

export interface VariantResult {
  variant: ExtractionVariant;
  fields: DetailFields | null;
  /** field -> [ok, got, expected] */
  checks: Record<FieldName, { ok: boolean; got: unknown; want: unknown }>;
  error?: string;
}

function sourceOf(id: string): SourceDef {
  const s = builtinSources.find((x) => x.id === id);
  if (!s) throw new Error(`no built-in source "${id}"`);
  return s;
}

/** Reads one variant with its source's definition. */
export function readVariant(v: ExtractionVariant): DetailFields {
  const s = sourceOf(v.source);
  const base = s.baseUrl.replace(/\/$/, '');
  const page = extractList(v.list.body, base + v.list.path, s.list);
  const p = v.detail?.path ?? v.itemPath ?? '';
  // a list that links off its API host (ePing's public pages) names the notice by its full URL
  const target = /^https?:\/\//.test(p) ? p : base + p;
  const item = page.items.find((i) => i.url === target);
  if (!item) throw new Error(`${v.source} / ${v.name}: the list does not give ${target} (got ${page.items.map((i) => i.url).join(', ') || 'nothing'})`);
  let fields: DetailFields;
  if (item.fullTextUrl && v.fullText !== undefined) fields = detailFromFullText(item, v.fullText, { url: item.url, source: s });
  else if (s.detail?.fromList || !v.detail) fields = detailFromItem(item, { url: item.url, source: s });
  else fields = extractDetail(v.detail.html, { url: target, source: s, item });
  // documents the list names, after the page's own (as crawler/run.ts adds them)
  for (const a of item.attachments ?? []) if (!fields.attachments.some((x) => x.url === a.url)) fields.attachments.push({ ...a });
  return fields;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every field of a variant checked against what its page says. */
export function checkVariant(v: ExtractionVariant): VariantResult {
  let f: DetailFields | null = null;
  let error: string | undefined;
  try {
    f = readVariant(v);
  } catch (e) {
    error = (e as Error).message;
  }
  const e = v.expect;
  const got: Record<FieldName, unknown> = {
    title: f?.title,
    docNumber: f?.docNumber,
    agency: f?.agency,
    agencies: f?.agencies,
    publishedAt: f?.publishedAt,
    effectiveAt: f?.effectiveAt,
    attachments: f?.attachments.map((a) => `${a.name}|${a.type}`),
    summary: f?.summary ?? null,
    text: f ? { missing: e.contains.filter((c) => !f!.text.includes(c)), unwanted: e.notContains.filter((c) => f!.text.includes(c)) } : undefined,
  };
  const want: Record<FieldName, unknown> = {
    title: e.title,
    docNumber: e.docNumber,
    agency: e.agency,
    agencies: e.agencies,
    publishedAt: e.publishedAt,
    effectiveAt: e.effectiveAt,
    attachments: e.attachments,
    text: { missing: [], unwanted: [] },
    summary: e.summary ?? null,
  };
  const checks = Object.fromEntries(FIELDS.map((k) => [k, { ok: !!f && same(got[k], want[k]), got: got[k], want: want[k] }])) as VariantResult['checks'];
  return { variant: v, fields: f, checks, ...(error ? { error } : {}) };
}

export interface FidelityReport {
  perSource: { source: string; exact: number; total: number }[];
  exact: number;
  total: number;
  misses: { source: string; variant: string; field: FieldName; got: unknown; want: unknown }[];
}

/** Fields exact / total per source and overall. */
export function fidelity(variants: ExtractionVariant[]): FidelityReport {
  const per = new Map<string, { exact: number; total: number }>();
  const misses: FidelityReport['misses'] = [];
  for (const v of variants) {
    const r = checkVariant(v);
    const p = per.get(v.source) ?? { exact: 0, total: 0 };
    for (const k of FIELDS) {
      p.total++;
      if (r.checks[k].ok) p.exact++;
      else misses.push({ source: v.source, variant: v.name, field: k, got: r.error ?? r.checks[k].got, want: r.checks[k].want });
    }
    per.set(v.source, p);
  }
  const perSource = [...per].map(([source, p]) => ({ source, ...p }));
  return { perSource, exact: perSource.reduce((a, p) => a + p.exact, 0), total: perSource.reduce((a, p) => a + p.total, 0), misses };
}
