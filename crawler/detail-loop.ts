/**
 * The detail worker thread's side of crawler/detail-pool.ts: runs the jobs it
 * is sent and answers each with its outcome or error.
 */
import { parentPort } from 'node:worker_threads';
import { runDetailJob } from './detail-job.ts';
import { toWireError } from './thread-error.ts';

const port = parentPort!;
port.on('message', async ({ id, job }) => {
  try {
    port.postMessage({ id, ok: await runDetailJob(job) });
  } catch (e) {
    port.postMessage({ id, error: toWireError(e) });
  }
});
port.postMessage({ ready: true });
