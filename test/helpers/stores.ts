import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore } from '../../db/index.ts';
import type { Store } from '../../db/types.ts';

export type Backend = 'sqlite' | 'pg';
export const BACKENDS: Backend[] = ['sqlite', 'pg'];

let counter = 0;

/** A fresh PostgreSQL database on the test server; returns its URL. */
export async function freshPgUrl(): Promise<string> {
  const base = inject('pgUrl');
  const name = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  return base.replace(/\/[^/]*$/, `/${name}`);
}

export function tempDir(prefix = 'policy-radar-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fresh, migrated store of the given backend, and a cleanup function. */
export async function freshStore(backend: Backend): Promise<{ store: Store; url: string; cleanup: () => Promise<void> }> {
  if (backend === 'pg') {
    const url = await freshPgUrl();
    const store = await openStore(url);
    return { store, url, cleanup: () => store.close() };
  }
  const dir = tempDir();
  const url = join(dir, 'test.db');
  const store = await openStore(url);
  return {
    store,
    url,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
