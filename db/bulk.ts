import type Database from 'better-sqlite3';
import { ftsTokens } from './search/tokenize.ts';
import type { NoticeExport } from './types.ts';

// What both backends' imports and every SQLite index write share; the SQLite
// bulk insert itself is ./sqlite-import.ts, loaded when an import starts.

/** Items whose URL is neither stored nor repeated earlier in the batch. */
export function freshItems(items: NoticeExport[], stored: (url: string) => boolean): NoticeExport[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const u = i.notice.url;
    if (seen.has(u) || stored(u)) return false;
    seen.add(u);
    return true;
  });
}

/**
 * Writes one notice's full-text row (rowid = notice id): its title, document number
 * and text tokenised (db/search/tokenize.ts; `bodyTokens` when computed ahead) and
 * its filter words. The one shape every SQLite index write has: saves, imports, rebuilds.
 */
export function ftsWriter(conn: Database.Database) {
  const insert = conn.prepare('INSERT INTO notice_fts (rowid, title, doc, body, facets) VALUES (?, ?, ?, ?, ?)');
  return (id: number, title: string, doc: string, body: string, facets: string, bodyTokens?: string) =>
    void insert.run(id, ftsTokens(title), ftsTokens(doc), bodyTokens ?? ftsTokens(body), facets);
}
