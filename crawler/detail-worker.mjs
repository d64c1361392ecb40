// Worker-thread entry of crawler/detail-pool.ts. Plain JavaScript so that it
// starts under any runner (tsx, vitest, the policy-radar bin): it registers
// tsx for this thread, then loads the TypeScript job runner.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runDetailJob } = await import('./detail-job.ts');

parentPort.on('message', async ({ id, job }) => {
  try {
    parentPort.postMessage({ id, ok: await runDetailJob(job) });
  } catch (e) {
    parentPort.postMessage({ id, error: { message: String(e?.message ?? e), stack: e?.stack } });
  }
});
parentPort.postMessage({ ready: true });
