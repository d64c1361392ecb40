/**
 * A generated archive of N notices for server benchmarks, built once and reused
 * (SQLite file under the temp folder, or a bench PostgreSQL server).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function benchArchive(
  n: number,
  backend: string,
  opts: { fresh?: boolean; dirName?: string } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const { openStore } = await import('../db/index.ts');
  const { generateNotices } = await import('./generate.ts');
  let url: string;
  let stop = async () => {};
  if (backend === 'pg') {
    const { startBenchPostgres } = await import('./pg.ts');
    ({ url, stop } = await startBenchPostgres());
  } else {
    const dir = join(tmpdir(), opts.dirName ?? 'policy-radar-bench-server');
    mkdirSync(dir, { recursive: true });
    url = join(dir, `archive-${n}.db`);
    if (opts.fresh) for (const ext of ['', '-wal', '-shm']) rmSync(url + ext, { force: true });
  }
  const store = await openStore(url);
  const have = await store.countNotices();
  if (have !== n) {
    if (have) throw new Error(`${url} holds ${have} notices, expected ${n}; run with --fresh`);
    const t0 = performance.now();
    const r = await store.importNotices(generateNotices(n, 7), { batchSize: 1000 });
    console.log(`imported ${r.notices} notices in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } else console.log(`reusing ${url} (${have} notices)`);
  await store.close();
  return { url, stop };
}
