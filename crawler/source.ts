/**
 * Source definitions: declarative data describing one site (list pages,
 * item selectors, detail extraction, noise rules, politeness). Built-in
 * sources are TypeScript files in crawler/sources/; users may add their own
 * as JSON in the config file ("sources"), validated by the schema below.
 *
 * Selector strings: 'css' = text of the first match, 'css@attr' = attribute,
 * '@attr' = attribute of the item element itself. JSON lists use dotted
 * paths ('a.b.0.c') instead of selectors.
 */
import { z } from 'zod';

/** A field extractor: 'css', 'css@attr', a list of alternatives, or an object with a regex. */
export const fieldSpecSchema = z.union([
  z.string().min(1),
  z.array(z.string().min(1)).min(1),
  z
    .object({
      /** CSS selector (HTML) or dotted path (JSON); 'css@attr' allowed */
      selector: z.string().min(1).optional(),
      /** alternative to '@attr' in the selector */
      attr: z.string().min(1).optional(),
      /** <meta name|property="…" content> to read (HTML detail pages) */
      meta: z.string().min(1).optional(),
      /** regex applied to the text; the first capture group (or whole match) is the value */
      pattern: z.string().min(1).optional(),
      /** fixed value (e.g. the issuing agency of a single-agency site) */
      value: z.string().optional(),
      /** the value put into this template at `{}` (e.g. a detail URL built from an API record's id) */
      template: z.string().includes('{}').optional(),
    })
    .strict()
    .refine((o) => o.selector || o.meta || o.pattern || o.value !== undefined, {
      message: 'needs at least one of selector, meta, pattern, value',
    }),
]);
export type FieldSpec = z.infer<typeof fieldSpecSchema>;

const paginationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }).strict(),
  /** index.html, index_1.html, index_2.html … ({n} replaced, starting at start) */
  z.object({ type: z.literal('numbered'), template: z.string().min(1), start: z.number().int().nonnegative().optional() }).strict(),
  /**
   * follow a "next page" link: `selector` (HTML, the link or its container) or
   * `path` (JSON, dotted path to the next page's URL, e.g. 'next_page_url'); stops when absent
   */
  z.object({ type: z.literal('next'), selector: z.string().min(1).optional(), path: z.string().min(1).optional() }).strict(),
  /** ?page=N query parameter (JSON APIs and search pages) */
  z
    .object({
      type: z.literal('param'),
      param: z.string().min(1),
      start: z.number().int().nonnegative().optional(),
      /** page size parameter and value, when the API needs it */
      sizeParam: z.string().min(1).optional(),
      size: z.number().int().positive().optional(),
    })
    .strict(),
]);
/** @public for source definitions that build their paging apart (knip: no module of ours needs it) */
export type Pagination = z.infer<typeof paginationSchema>;

const listFieldsSchema = z
  .object({
    title: fieldSpecSchema.optional(),
    link: fieldSpecSchema.optional(),
    date: fieldSpecSchema.optional(),
    docNumber: fieldSpecSchema.optional(),
    agency: fieldSpecSchema.optional(),
    effectiveDate: fieldSpecSchema.optional(),
    /** body/summary carried by the list or API (used with detail.fromList) */
    body: fieldSpecSchema.optional(),
    /**
     * document links carried by the list or API, stored as attachments (type from
     * the extension): JSON paths to a URL or an array of URLs/{url,name}; HTML 'css@attr'
     * (every match; default attribute href). Alternatives in an array are all collected.
     */
    attachments: fieldSpecSchema.optional(),
    /**
     * URL of the notice's full text when the list or API carries only an abstract
     * (Federal Register body_html_url / raw_text_url; alternatives tried in order):
     * the crawl fetches it as the notice's text and keeps the list's body as its summary,
     * so a change of the full text is a new version
     */
    fullText: fieldSpecSchema.optional(),
  })
  .strict();

export interface ListUrlContext {
  now: Date;
  lastSuccessAt?: Date;
  baseUrl: string;
}

const fnSchema = <T>() => z.custom<T>((v) => typeof v === 'function', { message: 'must be a function (TypeScript sources only)' });

const listSchema = z
  .object({
    kind: z.enum(['html', 'json', 'rss', 'atom']),
    /** first list page, relative to baseUrl (or absolute); may contain {page}/{n} */
    url: z.string().min(1),
    /** extra list pages crawled in the same run (several columns of one site) */
    extraUrls: z.array(z.string().min(1)).optional(),
    pagination: paginationSchema.optional(),
    maxPages: z.number().int().positive().optional(),
    /** HTML: CSS selector of one item row (required for kind html) */
    item: z.string().min(1).optional(),
    /** HTML: rows matching this selector are dropped (separators, ads) */
    exclude: z.string().min(1).optional(),
    /** JSON: dotted path to the items array (omit when the document is the array) */
    itemsPath: z.string().optional(),
    fields: listFieldsSchema.optional(),
    /** only item links matching this regex are notices (others skipped) */
    linkPattern: z.string().min(1).optional(),
    /** extra request headers for list requests (API keys, Accept, Referer) */
    headers: z.record(z.string(), z.string()).optional(),
    /** TypeScript sources only: compute list URLs per run (date windows etc.) */
    urls: fnSchema<(ctx: ListUrlContext) => string[]>().optional(),
  })
  .strict()
  .superRefine((l, ctx) => {
    if (l.kind === 'html' && !l.item) ctx.addIssue({ code: 'custom', path: ['item'], message: 'required for kind "html"' });
    if (l.kind === 'json' && !l.fields?.link && !l.fields?.title)
      ctx.addIssue({ code: 'custom', path: ['fields'], message: 'json lists need at least fields.title and fields.link' });
    if (l.pagination?.type === 'next') {
      if (l.kind === 'json' && !l.pagination.path)
        ctx.addIssue({ code: 'custom', path: ['pagination', 'path'], message: 'required for "next" paging of a json list (dotted path to the next page URL)' });
      if (l.kind !== 'json' && !l.pagination.selector)
        ctx.addIssue({ code: 'custom', path: ['pagination', 'selector'], message: 'required for "next" paging of an html list or feed (the next page link)' });
    }
  });
export type ListDef = z.infer<typeof listSchema>;

const metaTableSchema = z
  .object({
    /** the table (or any container of label/value cells) */
    selector: z.string().min(1),
    /** field -> label text as shown (spaces and full-width spaces ignored when matching) */
    labels: z.partialRecord(z.enum(['title', 'docNumber', 'agency', 'published', 'effective', 'written', 'index', 'topic']), z.string().min(1)),
  })
  .strict();

export interface DetailHookContext {
  url: string;
  html: string;
}

const detailSchema = z
  .object({
    /** the list (or API) carries everything: no detail request */
    fromList: z.boolean().optional(),
    title: fieldSpecSchema.optional(),
    body: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    /** removed from the body before text extraction (share bars, mobile duplicates) */
    remove: z.array(z.string().min(1)).optional(),
    date: fieldSpecSchema.optional(),
    effectiveDate: fieldSpecSchema.optional(),
    docNumber: fieldSpecSchema.optional(),
    agency: fieldSpecSchema.optional(),
    metaTable: metaTableSchema.optional(),
    /** attachment links; default: links in the body to pdf/doc/xls/zip files */
    attachments: z.string().min(1).optional(),
    /** download attachments to hash their bodies (a changed annex is a change); default true */
    hashAttachments: z.boolean().optional(),
    /**
     * <meta> names whose value changes when the notice does (default: lastmodifiedtime and other
     * "modified" metadata, see crawler/detect/signal.ts); a known page with the same value is not
     * extracted again. false: always compare the content
     */
    changeSignal: z.union([z.literal(false), z.array(z.string().min(1)).min(1)]).optional(),
    /** TypeScript sources only: last-resort hook to patch extracted fields */
    extract: fnSchema<(ctx: DetailHookContext, fields: Record<string, unknown>) => Record<string, unknown> | undefined>().optional(),
  })
  .strict();
/** @public for source definitions that build their detail part apart */
export type DetailDef = z.infer<typeof detailSchema>;

export const sourceDefSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'),
    name: z.string().min(1),
    nameEn: z.string().min(1).optional(),
    agency: z.string().min(1),
    agencyEn: z.string().min(1).optional(),
    country: z.string().min(2).max(3),
    language: z.string().min(2),
    baseUrl: z.string().regex(/^https?:\/\/[^/\s]+/, 'must be an absolute http(s) URL'),
    enabled: z.boolean().optional(),
    schedule: z.object({ intervalMinutes: z.number().int().positive() }).strict().optional(),
    politeness: z
      .object({
        delayMs: z.number().int().nonnegative().optional(),
        concurrency: z.number().int().positive().optional(),
        maxPages: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    /** false, or Chromium options for sites that only answer a real browser */
    browser: z
      .union([
        z.literal(false),
        z
          .object({
            waitFor: z.string().min(1).optional(),
            referer: z.string().min(1).optional(),
            timeoutMs: z.number().int().positive().optional(),
          })
          .strict(),
      ])
      .optional(),
    /** forced charset (normally detected per page) */
    encoding: z.string().min(1).optional(),
    /** default request headers (Referer, Accept-Language …) */
    headers: z.record(z.string(), z.string()).optional(),
    /** headers only the user can supply (API subscription keys): set in sourceOverrides.<id>.headers, checked before a crawl */
    requiredHeaders: z.array(z.string().min(1)).optional(),
    list: listSchema,
    detail: detailSchema.optional(),
    noise: z
      .object({
        selectors: z.array(z.string().min(1)).optional(),
        patterns: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    // regexes must compile: report the exact field instead of failing at crawl time
    const check = (re: string | undefined, path: (string | number)[]) => {
      if (!re) return;
      try {
        new RegExp(re);
      } catch (e) {
        ctx.addIssue({ code: 'custom', path, message: `invalid regular expression: ${(e as Error).message}` });
      }
    };
    check(s.list.linkPattern, ['list', 'linkPattern']);
    s.noise?.patterns?.forEach((p, i) => {
      check(p, ['noise', 'patterns', i]);
    });
    for (const k of ['title', 'date', 'effectiveDate', 'docNumber', 'agency'] as const) {
      const f = s.detail?.[k];
      if (f && typeof f === 'object' && !Array.isArray(f)) check(f.pattern, ['detail', k, 'pattern']);
    }
    if (s.list.kind !== 'html' && !s.detail && s.list.kind === 'json' && !s.list.fields?.link)
      ctx.addIssue({ code: 'custom', path: ['detail'], message: 'json lists without links need detail.fromList' });
  });

export type SourceDef = z.infer<typeof sourceDefSchema>;

/** Thrown for invalid source definitions; `issues` are "path: message" lines. */
export class SourceValidationError extends Error {
  readonly userFacing = true;
  readonly exitCode = 2;
  constructor(readonly issues: string[]) {
    super(`invalid source definition: ${issues.join('; ')}`);
    this.name = 'SourceValidationError';
  }
}

// Missing fields read "required" rather than zod's "expected string, received undefined".
const errorMap = (iss: { code?: string; input?: unknown }) => (iss.code === 'invalid_type' && iss.input === undefined ? 'required' : undefined);

function formatPath(prefix: string, path: PropertyKey[]): string {
  let out = prefix;
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

/** Issues of one definition with their paths (for embedding in another schema, e.g. the config file). */
export function sourceIssues(raw: unknown): { path: PropertyKey[]; message: string }[] {
  const r = sourceDefSchema.safeParse(raw, { error: errorMap as never });
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

/** Validates one definition; returns issues as "prefix.path: message" strings (empty when valid). */
export function checkSource(raw: unknown, prefix = ''): { ok: true; source: SourceDef } | { ok: false; issues: string[] } {
  const r = sourceDefSchema.safeParse(raw, { error: errorMap as never });
  if (r.success) return { ok: true, source: r.data };
  return { ok: false, issues: r.error.issues.map((i) => `${formatPath(prefix, i.path)}: ${i.message}`) };
}

/** Validates a definition and returns it typed, or throws SourceValidationError. */
export function parseSource(raw: unknown, prefix = ''): SourceDef {
  const r = checkSource(raw, prefix);
  if (!r.ok) throw new SourceValidationError(r.issues);
  return r.source;
}

/** Validates an array of definitions (config "sources"); paths read like `sources[2].list.item: required`. */
export function parseSources(raw: unknown[], prefix = 'sources'): SourceDef[] {
  const issues: string[] = [];
  const out: SourceDef[] = [];
  const seen = new Map<string, number>();
  raw.forEach((r, i) => {
    const c = checkSource(r, `${prefix}[${i}]`);
    if (!c.ok) issues.push(...c.issues);
    else {
      const prev = seen.get(c.source.id);
      if (prev !== undefined) issues.push(`${prefix}[${i}].id: duplicate id "${c.source.id}" (also ${prefix}[${prev}])`);
      seen.set(c.source.id, i);
      out.push(c.source);
    }
  });
  if (issues.length) throw new SourceValidationError(issues);
  return out;
}

/** Helper for built-in sources: keeps literal types and checks the shape at compile time. */
export function defineSource(s: SourceDef): SourceDef {
  return s;
}
