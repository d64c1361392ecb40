import type Database from 'better-sqlite3';
import { ftsWriter } from './bulk.ts';
import { importedAgencies } from './export.ts';
import { importedFacts } from './import-format.ts';
import { facetWords } from './search/facets.ts';
import type { NoticeExport } from './types.ts';

/**
 * Bulk import for SQLite (PostgreSQL's is ./pg-bulk.ts). Drizzle's builder is
 * convenient but costs ~100 µs per row on wide multi-row inserts; imports of
 * 100,000 notices use prepared statements instead. Column lists mirror
 * ./schema/sqlite.ts. Loaded by the store when an import starts (it brings
 * the import format's schema, ./import-format.ts).
 */

const uniq = (xs: string[]) => [...new Set(xs)];

function tagTriples(id: number, n: NoticeExport['notice']): [number, string, string][] {
  return [
    ...uniq(n.topics).map((v): [number, string, string] => [id, 'topic', v]),
    ...uniq(n.hsCodes).map((v): [number, string, string] => [id, 'hs', v]),
    ...uniq(n.regions).map((v): [number, string, string] => [id, 'region', v]),
  ];
}

export function sqliteBulkInsert(conn: Database.Database) {
  const insNotice = conn.prepare(
    `INSERT INTO notices (source_id, url, title, doc_number, agency, language, published_at, effective_at, first_seen_at, last_seen_at, last_changed_at, status, topics, hs_codes, regions, version_count, content_hash, agencies, agency_signal, date_signal, summary, facts, open_until, degraded)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insVersion = conn.prepare(
    `INSERT INTO notice_versions (notice_id, version, fetched_at, content_hash, title, text, html, attachments, diff, change_summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insTag = conn.prepare('INSERT OR IGNORE INTO notice_tags (notice_id, kind, value) VALUES (?, ?, ?)');
  const writeFts = ftsWriter(conn);
  return (items: NoticeExport[]): number => {
    let versions = 0;
    for (const { notice: n, versions: vs } of items) {
      const f = importedFacts(n.facts);
      // run() + lastInsertRowid: RETURNING through get() costs 3x more per row
      const id = Number(
        insNotice.run(
          n.sourceId,
          n.url,
          n.title,
          n.docNumber ?? null,
          n.agency ?? null,
          n.language,
          n.publishedAt ?? null,
          n.effectiveAt ?? null,
          n.firstSeenAt.getTime(),
          n.lastSeenAt.getTime(),
          n.lastChangedAt.getTime(),
          n.status,
          JSON.stringify(uniq(n.topics)),
          JSON.stringify(uniq(n.hsCodes)),
          JSON.stringify(uniq(n.regions)),
          Math.max(1, vs.length),
          n.contentHash,
          JSON.stringify(importedAgencies(n)),
          n.agencySignal ?? null,
          n.dateSignal ?? null,
          n.summary ?? null,
          JSON.stringify(f.facts),
          f.openUntil,
          n.degraded ? 1 : 0,
        ).lastInsertRowid,
      );
      for (const v of vs) {
        insVersion.run(
          id,
          v.version,
          v.fetchedAt.getTime(),
          v.contentHash,
          v.title,
          v.text,
          v.html,
          JSON.stringify(v.attachments ?? []),
          v.diff ? JSON.stringify(v.diff) : null,
          v.changeSummary ?? null,
        );
        versions++;
      }
      for (const t of tagTriples(id, n)) insTag.run(...t);
      writeFts(id, n.title, n.docNumber ?? '', vs.at(-1)?.text ?? '', facetWords(n));
    }
    return versions;
  };
}
