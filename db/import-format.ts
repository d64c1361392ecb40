import { z } from 'zod';
import type { NoticeExport, NoticeFacts } from './types.ts';

/**
 * Reading an export back (`policy-radar import`, the bulk imports): the NDJSON
 * line and facts schemas. Apart from ./export.ts, which writes exports, so
 * that opening a store (and every command) does not load zod: the backends
 * import this module when an import starts.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const instant = z.coerce.date().refine((d) => !Number.isNaN(d.getTime()), 'expected an ISO date-time');
const diffOp = z.tuple([z.enum(['=', '+', '-']), z.string()]);

const attachment = z.object({
  name: z.string(),
  url: z.string(),
  type: z.string(),
  size: z.number().nullable().optional(),
  hash: z.string().nullable().optional(),
});

const place = z.object({ province: z.string().min(1), city: z.string().min(1).optional() });
const usd = z.number().finite().nonnegative();

/** The shape of NoticeFacts (db/types.ts): what an imported notice's `facts` must be. */
const noticeFactsSchema = z.object({
  regionRoles: z.record(z.string(), z.enum(['market', 'origin', 'issuer'])).optional(),
  local: place.nullable().optional(),
  deadlines: z
    .array(z.object({ kind: z.enum(['application', 'comments', 'deadline', 'effective']), date: isoDate, from: isoDate.optional(), text: z.string() }))
    .optional(),
  eligibility: z
    .object({ maxExportValueUsd: usd.optional(), minExportValueUsd: usd.optional(), sme: z.boolean().optional(), registeredIn: place.optional() })
    .nullable()
    .optional(),
});

/** The facts of an imported notice when they have NoticeFacts' shape (unknown keys dropped), else null. */
export function parseFacts(v: unknown): NoticeFacts | null {
  const r = noticeFactsSchema.safeParse(v);
  return r.success ? (r.data as NoticeFacts) : null;
}

/** Why imported facts are not NoticeFacts (the first problem), or null when they are. */
export function factsProblem(v: unknown): string | null {
  const r = noticeFactsSchema.safeParse(v);
  if (r.success) return null;
  const i = r.error.issues[0];
  return `${['facts', ...i.path].join('.')}: ${i.message}`;
}

/**
 * An imported notice's facts column and the last open day derived from its deadlines
 * (the latest that is not an effective date: as the store's save derives it). Facts
 * without NoticeFacts' shape store as none, whichever path imports them.
 */
export function importedFacts(f: unknown): { facts: NoticeFacts; openUntil: string | null } {
  const facts = f === undefined ? {} : (parseFacts(f) ?? {});
  let open: string | null = null;
  for (const d of facts.deadlines ?? []) if (d.kind !== 'effective' && (!open || d.date > open)) open = d.date;
  return { facts, openUntil: open };
}

export const noticeExportSchema = z.object({
  notice: z.object({
    sourceId: z.string().min(1),
    url: z.string().url(),
    title: z.string().min(1),
    docNumber: z.string().nullable(),
    agency: z.string().nullable(),
    // 0006 (issuers and signals): absent in older exports
    agencies: z.array(z.string()).optional(),
    agencySignal: z.string().nullable().optional(),
    dateSignal: z.string().nullable().optional(),
    summary: z.string().nullable().optional(),
    // 0004 (facts) and 0005 (degraded): absent in older exports. Facts are checked by
    // factColumns()/factsProblem() so that a bad shape loses the facts, not the notice.
    facts: z.unknown().optional(),
    openUntil: isoDate.nullable().optional(),
    degraded: z.boolean().optional(),
    language: z.string().min(2),
    publishedAt: isoDate.nullable(),
    effectiveAt: isoDate.nullable(),
    firstSeenAt: instant,
    lastSeenAt: instant,
    lastChangedAt: instant,
    status: z.enum(['active', 'removed']),
    topics: z.array(z.string()),
    hsCodes: z.array(z.string()),
    regions: z.array(z.string()),
    contentHash: z.string().min(1),
  }),
  versions: z
    .array(
      z.object({
        version: z.number().int().positive(),
        fetchedAt: instant,
        contentHash: z.string().min(1),
        title: z.string(),
        text: z.string(),
        html: z.string(),
        attachments: z.array(attachment),
        diff: z.array(diffOp).nullable(),
        changeSummary: z.string().nullable(),
      }),
    )
    .min(1, 'a notice needs at least one version'),
});

/** Parses one NDJSON line; throws an Error naming the line and field. */
export function parseExportLine(line: string, lineNo: number): NoticeExport {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    throw new ImportFormatError(`line ${lineNo}: not valid JSON (${(e as Error).message})`);
  }
  const r = noticeExportSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new ImportFormatError(`line ${lineNo}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  return r.data as NoticeExport;
}

export class ImportFormatError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = 'ImportFormatError';
  }
}
