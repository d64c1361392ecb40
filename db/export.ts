import { stripBidi } from './bidi.ts';
import type { NoticeExport } from './types.ts';

/**
 * The archive's exchange formats. NDJSON carries notices with all versions and
 * is what `import` reads (./import-format.ts reads it back); CSV is a flat
 * table of the current state with a stable column set for spreadsheets.
 */

/** The CSV columns, in order. Changing them is a breaking change of the export format. */
export const CSV_COLUMNS = [
  'id',
  'source',
  'url',
  'title',
  'doc_number',
  'agency',
  'language',
  'published_at',
  'effective_at',
  'first_seen_at',
  'last_changed_at',
  'status',
  'version_count',
  'topics',
  'hs_codes',
  'regions',
  'attachments',
  'text',
] as const;

/**
 * RFC 4180 quoting. Every cell that a spreadsheet would run as a formula (starting with
 * = + - @, tab or CR: OWASP's list) gets a leading apostrophe, whatever its column:
 * imported archives have carried formulas in language, tag and source cells too.
 */
export function csvCell(v: string | number | null | undefined): string {
  if (v == null) return '';
  // bidi controls first: they could also hide a formula's start from this check
  let s = stripBidi(String(v));
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(item: NoticeExport & { id: number }): string {
  const n = item.notice;
  const v = item.versions.at(-1);
  const cells = [
    csvCell(item.id),
    csvCell(n.sourceId),
    csvCell(n.url),
    csvCell(n.title),
    csvCell(n.docNumber),
    csvCell(n.agency),
    csvCell(n.language),
    csvCell(n.publishedAt),
    csvCell(n.effectiveAt),
    csvCell(n.firstSeenAt.toISOString()),
    csvCell(n.lastChangedAt.toISOString()),
    csvCell(n.status),
    csvCell(v?.version ?? item.versions.length),
    csvCell(n.topics.join(';')),
    csvCell(n.hsCodes.join(';')),
    csvCell(n.regions.join(';')),
    csvCell((v?.attachments ?? []).map((a) => a.url).join(' ')),
    csvCell(v?.text ?? ''),
  ];
  return `${cells.join(',')}\r\n`;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

/** The issuers of an imported notice: its list, else its one agency (exports older than 0006). */
export function importedAgencies(n: NoticeExport['notice']): string[] {
  return n.agencies?.length ? [...new Set(n.agencies)] : n.agency ? [n.agency] : [];
}

export function ndjsonLine(item: NoticeExport): string {
  return `${JSON.stringify({ notice: item.notice, versions: item.versions })}\n`;
}
