/**
 * Small helpers shared by the replica sites: notice data that evolves from
 * week1 to week2, HTML escaping, list paging, view-counter noise and tiny
 * attachment files. Pages themselves are rendered by each site's module in
 * that site's own markup.
 */
import type { ReplicaFile } from '../helpers/replica-server.ts';

export const STATES = ['week1', 'week2'] as const;
export type WeekState = (typeof STATES)[number];

export interface FixtureAttachment {
  name: string;
  /** root-relative path on the replica */
  path: string;
}

export interface FixtureNotice {
  /** stable key, usually the last path segment's id */
  key: string;
  /** root-relative path of the detail page (or absolute on the real host for mirror-mode lists) */
  path: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  docNumber?: string;
  agency?: string;
  /** YYYY-MM-DD */
  effective?: string;
  paras: string[];
  attachments?: FixtureAttachment[];
  /** base value of the page's view counter (noise) */
  views?: number;
}

export interface WeekChanges {
  /** new notices, newest first; they go to the top of the list */
  add?: FixtureNotice[];
  /** key -> replacement paragraphs */
  edit?: Record<string, string[]>;
  /** keys whose page answers 404 and which leave the list */
  remove?: string[];
}

/** week2 notices: new ones on top, edits applied, removed ones dropped. */
export function evolve(week1: FixtureNotice[], ch: WeekChanges): FixtureNotice[] {
  const kept = week1.filter((n) => !ch.remove?.includes(n.key)).map((n) => (ch.edit?.[n.key] ? { ...n, paras: ch.edit[n.key] } : n));
  return [...(ch.add ?? []), ...kept];
}

/** The paths of removed notices, answered with 404 in week2. */
export function removedPaths(week1: FixtureNotice[], ch: WeekChanges): Record<string, null> {
  const out: Record<string, null> = {};
  for (const n of week1) if (ch.remove?.includes(n.key)) out[n.path] = null;
  return out;
}

/** Counter noise: differs between states without being a real change. */
export function views(n: FixtureNotice, state: WeekState): number {
  return (n.views ?? 100) + (state === 'week2' ? 137 : 0);
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

/**
 * The files of a paged list site: list page i (0-based) at `pagePath(i)`, rendered
 * by `listPage(rows, pageNumber, pageCount)`, and one `detail(notice)` file per notice.
 */
export function pagedFiles(
  notices: FixtureNotice[],
  pageSize: number,
  pagePath: (i: number) => string,
  listPage: (rows: FixtureNotice[], page: number, pages: number) => ReplicaFile,
  detail: (n: FixtureNotice) => ReplicaFile,
): Record<string, ReplicaFile> {
  const files: Record<string, ReplicaFile> = {};
  const pages = chunk(notices, pageSize);
  pages.forEach((rows, i) => {
    files[pagePath(i)] = listPage(rows, i + 1, pages.length);
  });
  for (const n of notices) files[n.path] = detail(n);
  return files;
}

/** 2024-05-08 -> 2024年5月8日 */
export function cnDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2024-05-08 -> 2024年05月08日 (zero-padded, as gov.cn metadata tables show it) */
export function cnDatePadded(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${m}月${d}日`;
}

export function paras(ps: string[]): string {
  return ps.map((p) => `<p>${esc(p)}</p>`).join('\n');
}

/** A minimal but well-formed one-page PDF carrying `text` (ASCII) — enough for content-type sniffing and hashing. */
export function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Attachment bodies for a set of notices (same bytes in every state unless a site overrides them). */
export function attachmentFiles(notices: FixtureNotice[]): Record<string, ReplicaFile> {
  const out: Record<string, ReplicaFile> = {};
  for (const n of notices)
    for (const a of n.attachments ?? []) {
      out[a.path] = a.path.endsWith('.pdf')
        ? tinyPdf(`${n.key} ${a.path}`)
        : { body: Buffer.from(`fixture attachment ${a.path}`), headers: { 'content-type': contentTypeOf(a.path) } };
    }
  return out;
}

function contentTypeOf(path: string): string {
  if (path.endsWith('.docx')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (path.endsWith('.doc')) return 'application/msword';
  if (path.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (path.endsWith('.xls')) return 'application/vnd.ms-excel';
  return 'application/octet-stream';
}

/**
 * Renders both states of a site whose pages depend only on the notice list:
 * `render(notices, state)` returns that state's files; week2 also gets 404s
 * for removed notices.
 */
export function weeklyStates(
  week1: FixtureNotice[],
  ch: WeekChanges,
  render: (notices: FixtureNotice[], state: WeekState) => Record<string, ReplicaFile>,
): Record<WeekState, Record<string, ReplicaFile>> {
  const week2 = evolve(week1, ch);
  const w1 = { ...attachmentFiles(week1), ...render(week1, 'week1') };
  const w2: Record<string, ReplicaFile> = { ...attachmentFiles(week2), ...render(week2, 'week2'), ...removedPaths(week1, ch) };
  // states inherit files: anything week2 no longer renders (a list page that vanished) must answer 404
  for (const k of Object.keys(w1)) if (!(k in w2)) w2[k] = null;
  return { week1: w1, week2: w2 };
}
