/**
 * A read thread of db/read-pool.ts: its own connection to an already migrated
 * SQLite file, answering the pool's read requests (searches, notices, export
 * batches) so that their synchronous database work runs off the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from './sqlite.ts';
import type { NoticeExport } from './types.ts';
import type { ReadReply, ReadRequest } from './read-pool.ts';

const port = parentPort!;
const store = openSqlite((workerData as { file: string }).file, { attach: true });
const exports = new Map<number, AsyncIterator<NoticeExport & { id: number }>>();

async function run(m: ReadRequest): Promise<unknown> {
  switch (m.op) {
    case 'search':
      return store.search(m.args[0]);
    case 'getNotice':
      return store.getNotice(m.args[0]);
    case 'listVersions':
      return store.listVersions(m.args[0]);
    case 'getVersion':
      return store.getVersion(m.args[0], m.args[1]);
    case 'countNotices':
      return store.countNotices();
    case 'exportOpen':
      exports.set(m.args[0], store.exportNotices(m.args[1])[Symbol.asyncIterator]());
      return null;
    case 'exportNext': {
      // up to `max` rows; done when the iterator ran out
      const it = exports.get(m.args[0]);
      if (!it) throw new Error(`export ${m.args[0]} is not open`);
      const rows: (NoticeExport & { id: number })[] = [];
      for (let i = 0; i < m.args[1]; i++) {
        const r = await it.next();
        if (r.done) {
          exports.delete(m.args[0]);
          return { rows, done: true };
        }
        rows.push(r.value);
      }
      return { rows, done: false };
    }
    case 'exportClose': {
      const it = exports.get(m.args[0]);
      exports.delete(m.args[0]);
      await it?.return?.();
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
      port.postMessage({ id: m.id, error: { name: err?.name ?? 'Error', message: String(err?.message ?? e), stack: err?.stack, userFacing: !!err?.userFacing } } satisfies ReadReply);
    },
  );
});
port.postMessage({ id: 0, value: 'ready' } satisfies ReadReply);
