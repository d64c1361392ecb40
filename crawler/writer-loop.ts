/**
 * The writer thread's side of crawler/writer.ts: opens its own connection to
 * the SQLite file and performs the crawl's writes one at a time, in the order
 * they were sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from '../db/sqlite.ts';
import { type Op, performWrite } from './save-batch.ts';
import { toWireError } from './thread-error.ts';

const port = parentPort!;
// the caller's connection has created and migrated the file
const store = openSqlite((workerData as { file: string }).file, { attach: true });

let chain: Promise<void> = Promise.resolve();
port.on('message', (m: Op & { id: number }) => {
  chain = chain.then(async () => {
    try {
      const r = await performWrite(store, m);
      // a batch's failed items as plain data (an Error loses its message crossing threads)
      const ok = m.op === 'save' ? (r as unknown[]).map((x) => (x instanceof Error ? { error: toWireError(x) } : x)) : r;
      if (m.op === 'close') await store.close();
      port.postMessage({ id: m.id, ok });
    } catch (e) {
      port.postMessage({ id: m.id, error: toWireError(e) });
    }
    if (m.op === 'close') process.exit(0);
  });
});
