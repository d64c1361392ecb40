import { resolve } from 'node:path';
import { openSqlite } from './sqlite.ts';
import type { Store } from './types.ts';
import { isPostgresUrl } from './url.ts';

export * from './types.ts';
export { QuerySyntaxError, parseQuery } from './search/query.ts';
export { MARK_END, MARK_START, makeSnippet } from './search/snippet.ts';
export { isPostgresUrl };

/**
 * Opens the store at `url`: a postgres:// URL, or a SQLite file path (created
 * with its folder if missing). Migrations run on open, so a new database is ready.
 */
export async function openStore(url: string): Promise<Store> {
  // the PostgreSQL driver loads only when needed: it is a third of a SQLite command's start-up
  if (isPostgresUrl(url)) return (await import('./pg.ts')).openPostgres(url);
  const path = url.startsWith('file:') ? url.slice(5) : url;
  try {
    return openSqlite(path === ':memory:' ? path : resolve(path), { loadImport: () => import('./sqlite-import.ts') });
  } catch (e) {
    throw Object.assign(new Error(`cannot open SQLite database ${path}: ${(e as Error).message}`), { userFacing: true });
  }
}
