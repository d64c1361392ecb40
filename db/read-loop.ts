/**
 * A read thread of db/read-pool.ts: its own connection to an already migrated
 * SQLite file, answering the pool's read requests (searches, notices, export
 * batches) so that their synchronous database work runs off the main thread.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from './sqlite.ts';
import { csvRow } from './export.ts';
import type { NoticeExport } from './types.ts';
import type { ExportFormat, ReadReply, ReadRequest } from './read-pool.ts';

const port = parentPort!;
const data = workerData as { file: string; nice?: number };
const store = openSqlite(data.file, { attach: true });
if (data.nice) {
  // Linux priorities are per thread: a lower one for the export thread lets the event loop and
  // the search threads go first, and exports take the CPU left over. Elsewhere: no change.
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), data.nice);
  } catch {}
}
interface OpenExport {
  it: AsyncIterator<NoticeExport & { id: number }>;
  /** rows formatted here (the main thread then only writes text), or sent as objects */
  format?: ExportFormat;
  /** rows still allowed (the export's limit) */
  left: number;
}
const exports = new Map<number, OpenExport>();

const formatRow = (f: ExportFormat, row: NoticeExport & { id: number }) => (f === 'csv' ? csvRow(row) : `${JSON.stringify(row)}\n`);

async function run(m: ReadRequest): Promise<unknown> {
  switch (m.op) {
    case 'search':
      return store.search(m.args[0]);
    case 'matchFields':
      return store.matchFields(m.args[0], m.args[1]);
    case 'hitsFor':
      return store.hitsFor(m.args[0], m.args[1]);
    case 'getNotice':
      return store.getNotice(m.args[0]);
    case 'listVersions':
      return store.listVersions(m.args[0]);
    case 'getVersion':
      return store.getVersion(m.args[0], m.args[1]);
    case 'countNotices':
      return store.countNotices();
    case 'listSources':
      return store.listSources();
    case 'exportOpen': {
      const [id, q, format, max] = m.args;
      exports.set(id, { it: store.exportNotices(q)[Symbol.asyncIterator](), format, left: max ?? Number.POSITIVE_INFINITY });
      return null;
    }
    case 'exportNext': {
      // up to `n` rows (objects, or one string of formatted rows); done when the export ran out
      const e = exports.get(m.args[0]);
      if (!e) throw new Error(`export ${m.args[0]} is not open`);
      const rows: (NoticeExport & { id: number })[] = [];
      let text = '';
      for (let i = 0; i < m.args[1]; i++) {
        const r = e.left > 0 ? await e.it.next() : { done: true as const, value: undefined };
        if (r.done) {
          exports.delete(m.args[0]);
          if (e.left <= 0) await e.it.return?.();
          return { rows, text, done: true };
        }
        e.left--;
        if (e.format) text += formatRow(e.format, r.value);
        else rows.push(r.value);
      }
      return { rows, text, done: false };
    }
    case 'exportClose': {
      const e = exports.get(m.args[0]);
      exports.delete(m.args[0]);
      await e?.it.return?.();
      return null;
    }
    case 'close':
      await store.close();
      return null;
  }
}

port.on('message', (m: ReadRequest) => {
  run(m).then(
    (value) => port.postMessage({ id: m.id, value } satisfies ReadReply),
    (e: unknown) => {
      const err = e as Error & { userFacing?: boolean };
      port.postMessage({
        id: m.id,
        error: { name: err?.name ?? 'Error', message: String(err?.message ?? e), stack: err?.stack, userFacing: !!err?.userFacing },
      } satisfies ReadReply);
    },
  );
});
// Load what searches keep in memory (facet columns, ranking data, the source list) before
// saying ready: otherwise the first requests after start-up each wait seconds for it, all
// at once. The export thread (data.nice) reads rows in id order and needs none of it.
// A failure here is not fatal (the next search loads it again, or reports why).
if (!data.nice) {
  try {
    await store.search({ q: '关税 tariff', facets: true, limit: 20 });
    await store.listSources();
  } catch {}
}
port.postMessage({ id: 0, value: 'ready' } satisfies ReadReply);
