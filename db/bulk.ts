import type Database from 'better-sqlite3';
import type pg from 'pg';
import { indexTokens } from './search/tokenize.ts';
import type { NoticeExport } from './types.ts';

/**
 * Bulk import paths. Drizzle's builder is convenient but costs ~100 µs per row
 * on wide multi-row inserts; imports of 100,000 notices use prepared statements
 * (SQLite) and unnest() arrays (PostgreSQL) instead. Column lists mirror the
 * schemas in ./schema/.
 */

const uniq = (xs: string[]) => [...new Set(xs)];

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

function tagTriples(id: number, n: NoticeExport['notice']): [number, string, string][] {
  return [
    ...uniq(n.topics).map((v): [number, string, string] => [id, 'topic', v]),
    ...uniq(n.hsCodes).map((v): [number, string, string] => [id, 'hs', v]),
    ...uniq(n.regions).map((v): [number, string, string] => [id, 'region', v]),
  ];
}

export function sqliteBulkInsert(conn: Database.Database) {
  const insNotice = conn.prepare(
    `INSERT INTO notices (source_id, url, title, doc_number, agency, language, published_at, effective_at, first_seen_at, last_seen_at, last_changed_at, status, topics, hs_codes, regions, version_count, content_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insVersion = conn.prepare(
    `INSERT INTO notice_versions (notice_id, version, fetched_at, content_hash, title, text, html, attachments, diff, change_summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insTag = conn.prepare('INSERT OR IGNORE INTO notice_tags (notice_id, kind, value) VALUES (?, ?, ?)');
  const insFts = conn.prepare('INSERT INTO notice_fts (rowid, title, doc, body) VALUES (?, ?, ?, ?)');
  return (items: NoticeExport[]): number => {
    let versions = 0;
    for (const { notice: n, versions: vs } of items) {
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
        ).lastInsertRowid,
      );
      for (const v of vs) {
        insVersion.run(id, v.version, v.fetchedAt.getTime(), v.contentHash, v.title, v.text, v.html, JSON.stringify(v.attachments ?? []), v.diff ? JSON.stringify(v.diff) : null, v.changeSummary ?? null);
        versions++;
      }
      for (const t of tagTriples(id, n)) insTag.run(...t);
      insFts.run(id, indexTokens(n.title), indexTokens(n.docNumber ?? ''), indexTokens(vs.at(-1)?.text ?? ''));
    }
    return versions;
  };
}

export async function pgBulkInsert(client: pg.PoolClient | pg.Client, items: NoticeExport[]): Promise<number> {
  const cols = (f: (x: NoticeExport) => unknown) => items.map(f);
  const res = await client.query<{ id: number; url: string }>(
    `INSERT INTO notices (source_id, url, title, doc_number, agency, language, published_at, effective_at, first_seen_at, last_seen_at, last_changed_at, status, topics, hs_codes, regions, version_count, content_hash)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $12::text[], $13::jsonb[], $14::jsonb[], $15::jsonb[], $16::int[], $17::text[])
     RETURNING id, url`,
    [
      cols((x) => x.notice.sourceId),
      cols((x) => x.notice.url),
      cols((x) => x.notice.title),
      cols((x) => x.notice.docNumber ?? null),
      cols((x) => x.notice.agency ?? null),
      cols((x) => x.notice.language),
      cols((x) => x.notice.publishedAt ?? null),
      cols((x) => x.notice.effectiveAt ?? null),
      cols((x) => x.notice.firstSeenAt.toISOString()),
      cols((x) => x.notice.lastSeenAt.toISOString()),
      cols((x) => x.notice.lastChangedAt.toISOString()),
      cols((x) => x.notice.status),
      cols((x) => JSON.stringify(uniq(x.notice.topics))),
      cols((x) => JSON.stringify(uniq(x.notice.hsCodes))),
      cols((x) => JSON.stringify(uniq(x.notice.regions))),
      cols((x) => Math.max(1, x.versions.length)),
      cols((x) => x.notice.contentHash),
    ],
  );
  const idOf = new Map(res.rows.map((r) => [r.url, Number(r.id)]));
  const vs = items.flatMap((x) => x.versions.map((v) => ({ id: idOf.get(x.notice.url)!, v })));
  await client.query(
    `INSERT INTO notice_versions (notice_id, version, fetched_at, content_hash, title, text, html, attachments, diff, change_summary)
     SELECT * FROM unnest($1::int[], $2::int[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::jsonb[], $10::text[])`,
    [
      vs.map((x) => x.id),
      vs.map((x) => x.v.version),
      vs.map((x) => x.v.fetchedAt.toISOString()),
      vs.map((x) => x.v.contentHash),
      vs.map((x) => x.v.title),
      vs.map((x) => x.v.text),
      vs.map((x) => x.v.html),
      vs.map((x) => JSON.stringify(x.v.attachments ?? [])),
      vs.map((x) => (x.v.diff ? JSON.stringify(x.v.diff) : null)),
      vs.map((x) => x.v.changeSummary ?? null),
    ],
  );
  const tags = items.flatMap((x) => tagTriples(idOf.get(x.notice.url)!, x.notice));
  if (tags.length) {
    await client.query('INSERT INTO notice_tags (notice_id, kind, value) SELECT * FROM unnest($1::int[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING', [tags.map((t) => t[0]), tags.map((t) => t[1]), tags.map((t) => t[2])]);
  }
  await client.query('INSERT INTO notice_search (notice_id, title_tokens, doc_tokens, body_tokens) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) ON CONFLICT (notice_id) DO NOTHING', [
    items.map((x) => idOf.get(x.notice.url)!),
    items.map((x) => indexTokens(x.notice.title)),
    items.map((x) => indexTokens(x.notice.docNumber ?? '')),
    items.map((x) => indexTokens(x.versions.at(-1)?.text ?? '')),
  ]);
  return vs.length;
}
