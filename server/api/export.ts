import { CSV_COLUMNS, csvRow } from '../../db/export.ts';
import { type ExportFormat, hasTextExports } from '../../db/read-pool.ts';
import type { NoticeExport, SearchQuery } from '../../db/types.ts';
import type { App, RequestContext } from '../app.ts';
import { badParam, writeChunk } from '../http.ts';
import { boolParam, parseFilters } from '../params.ts';
import { bomParam, exportQuery as exportParams, query, versionsParam } from './query-schemas.ts';
import { errorResponse, textResponse } from './schemas.ts';

/**
 * Streamed exports of any search. Rows come from store.exportNotices (batched,
 * id order) and are written with backpressure, so memory stays flat however
 * many rows match. A client that disconnects stops the export.
 */

function exportQuery(ctx: RequestContext): { q: SearchQuery; max: number } {
  const q = parseFilters(ctx.query, ctx.app.labels);
  const limit = ctx.query.get('limit');
  let max = Number.POSITIVE_INFINITY;
  if (limit) {
    if (!/^\d+$/.test(limit) || Number(limit) < 1) throw badParam('limit', `expected a positive whole number, got "${limit.slice(0, 40)}"`);
    max = Number(limit);
  }
  return { q, max };
}

type ExportQuery = SearchQuery & { withVersions?: boolean; withHtml?: boolean };

function headers(ctx: RequestContext, type: string, filename: string): void {
  ctx.res.statusCode = 200;
  ctx.res.setHeader('Content-Type', type);
  ctx.res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  ctx.res.setHeader('Cache-Control', 'no-store');
}

/** The export as text chunks formatted by the store's read threads (db/read-pool.ts): this thread only writes. */
async function streamText(ctx: RequestContext, texts: AsyncIterable<string>, type: string, filename: string, head: string): Promise<void> {
  const { res } = ctx;
  const iter = texts[Symbol.asyncIterator]();
  // the first chunk before the headers, so a bad query still gets a clean 400
  let next = await iter.next();
  headers(ctx, type, filename);
  let closed = ctx.req.method === 'HEAD';
  res.on('close', () => (closed = true));
  try {
    if (!closed && head) await writeChunk(res, head);
    for (; !next.done && !closed; next = await iter.next()) await writeChunk(res, next.value);
  } finally {
    if (!next.done) await iter.return?.();
  }
  res.end();
}

async function stream(
  ctx: RequestContext,
  q: ExportQuery,
  max: number,
  format: ExportFormat,
  type: string,
  filename: string,
  head: string,
  row: (item: NoticeExport & { id: number }) => string,
): Promise<void> {
  const { res } = ctx;
  if (hasTextExports(ctx.store)) return streamText(ctx, ctx.store.exportText(q, format, Number.isFinite(max) ? max : undefined), type, filename, head);
  const iter = ctx.store.exportNotices(q)[Symbol.asyncIterator]();
  // fetch the first batch before sending headers, so a bad query still gets a clean 400
  let first = await iter.next();
  headers(ctx, type, filename);
  if (ctx.req.method === 'HEAD') {
    await iter.return?.();
    res.end();
    return;
  }
  let closed = false;
  res.on('close', () => (closed = true));
  if (head) await writeChunk(res, head);
  let count = 0;
  let buf = '';
  try {
    for (; !first.done && count < max && !closed; first = await iter.next()) {
      buf += row(first.value);
      count++;
      if (buf.length >= 64 * 1024) {
        await writeChunk(res, buf);
        buf = '';
      }
    }
  } finally {
    if (!first.done) await iter.return?.();
  }
  if (buf && !closed) await writeChunk(res, buf);
  res.end();
}

async function csv(ctx: RequestContext): Promise<void> {
  const { q, max } = exportQuery(ctx);
  // a BOM makes spreadsheet programs read the UTF-8 Chinese text correctly
  const bom = boolParam(ctx.query, 'bom', false) ? '\ufeff' : '';
  await stream(
    ctx,
    { ...q, withVersions: false, withHtml: false },
    max,
    'csv',
    'text/csv; charset=utf-8',
    'notices.csv',
    `${bom}${CSV_COLUMNS.join(',')}\r\n`,
    csvRow,
  );
}

async function ndjson(ctx: RequestContext): Promise<void> {
  const { q, max } = exportQuery(ctx);
  const versions = ctx.query.get('versions') ?? 'latest';
  if (versions !== 'latest' && versions !== 'all') throw badParam('versions', 'expected latest or all');
  // one line per notice in the store's export/import format (policy-radar import reads it back)
  await stream(
    ctx,
    { ...q, withVersions: versions === 'all' },
    max,
    'ndjson',
    'application/x-ndjson; charset=utf-8',
    'notices.ndjson',
    '',
    (item) => `${JSON.stringify(item)}\n`,
  );
}

export function registerExports(app: App): void {
  app.api(
    {
      path: '/api/notices.csv',
      summary: 'CSV export of a search (streamed)',
      description: `Columns, in this order: ${CSV_COLUMNS.join(', ')}. Lists are joined with ";" (attachments with spaces). Text cells starting with = + - @ are prefixed with an apostrophe.`,
      request: { query: query({ ...exportParams, bom: bomParam }) },
      responses: { 200: textResponse('text/csv', 'CSV'), 400: errorResponse('A parameter is invalid') },
    },
    csv,
    { cost: 'export' },
  );
  app.api(
    {
      path: '/api/notices.ndjson',
      summary: 'NDJSON export of a search (streamed), one notice per line in the import format',
      request: { query: query({ ...exportParams, versions: versionsParam }) },
      responses: { 200: textResponse('application/x-ndjson', 'NDJSON'), 400: errorResponse('A parameter is invalid') },
    },
    ndjson,
    { cost: 'export' },
  );
}
