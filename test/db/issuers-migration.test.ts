/**
 * Migration 0006 (issuers and signals) on both backends: a database at the
 * previous schema, with a notice in it, migrates; the notice keeps its agency
 * (now also its one-item list) and records no signal; new observations store
 * every issuer and which signal gave the agency and the date.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ndjsonLine } from '../../db/export.ts';
import { parseExportLine } from '../../db/import-format.ts';
import { openStore } from '../../db/index.ts';
import type { ChangeFn } from '../../db/types.ts';
import { BACKENDS, freshPgUrl, freshStore } from '../helpers/stores.ts';

const MIGRATIONS = join(import.meta.dirname, '../../db/migrations');
const change: ChangeFn = () => ({ diff: [], summary: '' });

/** The migrations folder as it was before 0006 (every entry with a lower idx). */
function previousMigrations(dialect: 'sqlite' | 'pg'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pr-mig-'));
  cpSync(join(MIGRATIONS, dialect), dir, { recursive: true });
  const journalPath = join(dir, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx < 6);
  writeFileSync(journalPath, JSON.stringify(journal));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const OLD_ROW = {
  cols: 'source_id, url, title, doc_number, agency, language, published_at, first_seen_at, last_seen_at, last_changed_at, status, version_count, content_hash',
};

async function previousDatabase(backend: 'sqlite' | 'pg'): Promise<{ url: string; cleanup: () => void }> {
  const prev = previousMigrations(backend);
  try {
    if (backend === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'pr-mig-db-'));
      const url = join(dir, 'old.db');
      const conn = new Database(url);
      migrateSqlite(drizzleSqlite(conn), { migrationsFolder: prev.dir });
      conn
        .prepare(
          `INSERT INTO notices (${OLD_ROW.cols}) VALUES (?, ?, ?, ?, ?, 'zh', '2024-05-28', 1, 1, 1, 'active', 1, 'h1'), (?, ?, ?, NULL, NULL, 'zh', NULL, 1, 1, 1, 'active', 1, 'h2')`,
        )
        .run('s', 'https://old.test/1', '旧公告', '海关总署公告2024年第1号', '海关总署', 's', 'https://old.test/2', '无机关');
      conn.close();
      return { url, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    }
    const url = await freshPgUrl();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await migratePg(drizzlePg(client), { migrationsFolder: prev.dir });
      await client.query(
        `INSERT INTO notices (${OLD_ROW.cols}) VALUES ($1, $2, $3, $4, $5, 'zh', '2024-05-28', now(), now(), now(), 'active', 1, 'h1'), ($6, $7, $8, NULL, NULL, 'zh', NULL, now(), now(), now(), 'active', 1, 'h2')`,
        ['s', 'https://old.test/1', '旧公告', '海关总署公告2024年第1号', '海关总署', 's', 'https://old.test/2', '无机关'],
      );
    } finally {
      await client.end();
    }
    return { url, cleanup: () => {} };
  } finally {
    prev.cleanup();
  }
}

describe.each(BACKENDS)('migration 0006 issuers and signals (%s)', (backend) => {
  it('keeps existing notices, then stores issuers and signals', async () => {
    const { url, cleanup } = await previousDatabase(backend);
    const store = await openStore(url);
    try {
      const old = await store.getNoticeByUrl('https://old.test/1');
      expect(old).toMatchObject({
        title: '旧公告',
        docNumber: '海关总署公告2024年第1号',
        agency: '海关总署',
        agencies: ['海关总署'],
        agencySignal: null,
        dateSignal: null,
        summary: null,
        publishedAt: '2024-05-28',
      });
      expect(await store.getNoticeByUrl('https://old.test/2')).toMatchObject({ agency: null, agencies: [] });

      const base = { sourceId: 's', language: 'zh', text: '正文', html: '<p>正文</p>' };
      await store.saveObservation(
        {
          ...base,
          url: 'https://new.test/1',
          title: '商务部 海关总署公告2026年第41号',
          docNumber: '商务部 海关总署公告2026年第41号',
          agency: '商务部 海关总署',
          agencies: ['商务部', '海关总署'],
          agencySignal: 'docNumber',
          publishedAt: '2026-10-28',
          dateSignal: 'meta',
          contentHash: 'a',
        },
        change,
      );
      expect(await store.getNoticeByUrl('https://new.test/1')).toMatchObject({
        agency: '商务部 海关总署',
        agencies: ['商务部', '海关总署'],
        agencySignal: 'docNumber',
        dateSignal: 'meta',
      });
      // a later version whose page no longer names the issuer or the date keeps both, with the signals that gave them
      await store.saveObservation({ ...base, url: 'https://new.test/1', title: '商务部 海关总署公告2026年第41号', text: '正文改', contentHash: 'b' }, change);
      expect(await store.getNoticeByUrl('https://new.test/1')).toMatchObject({
        versionCount: 2,
        agency: '商务部 海关总署',
        agencies: ['商务部', '海关总署'],
        agencySignal: 'docNumber',
        publishedAt: '2026-10-28',
        dateSignal: 'meta',
      });
      // the source's default is recorded as such
      await store.saveObservation({ ...base, url: 'https://new.test/2', title: '通知', agency: '商务部', agencySignal: 'default', contentHash: 'c' }, change);
      expect(await store.getNoticeByUrl('https://new.test/2')).toMatchObject({ agencies: ['商务部'], agencySignal: 'default', dateSignal: null });
    } finally {
      await store.close();
      cleanup();
    }
  });
});

describe.each(BACKENDS)('export and import keep issuers, signals and summary (%s)', (backend) => {
  it('round-trips through NDJSON, and an export older than 0006 imports with its agency as the list', async () => {
    const a = await freshStore(backend);
    const b = await freshStore(backend);
    try {
      const base = { sourceId: 's', language: 'zh', text: '正文', html: '<p>正文</p>' };
      await a.store.saveObservation(
        {
          ...base,
          url: 'https://x.test/1',
          title: '商务部 海关总署公告2026年第41号',
          agency: '商务部 海关总署',
          agencies: ['商务部', '海关总署'],
          agencySignal: 'docNumber',
          publishedAt: '2026-10-28',
          dateSignal: 'meta',
          summary: '摘要',
          contentHash: 'a',
        },
        () => ({ diff: [], summary: '' }),
      );
      const lines: string[] = [];
      for await (const x of a.store.exportNotices({})) lines.push(ndjsonLine(x));
      const old = JSON.parse(lines[0]);
      old.notice.url = 'https://x.test/old';
      for (const k of ['agencies', 'agencySignal', 'dateSignal', 'summary']) delete old.notice[k];
      lines.push(`${JSON.stringify(old)}\n`);
      const r = await b.store.importNotices(
        lines.map((l, i) => parseExportLine(l.trim(), i + 1)),
        { batchSize: 1 },
      );
      expect(r.notices).toBe(2);
      expect(await b.store.getNoticeByUrl('https://x.test/1')).toMatchObject({
        agencies: ['商务部', '海关总署'],
        agencySignal: 'docNumber',
        dateSignal: 'meta',
        summary: '摘要',
      });
      expect(await b.store.getNoticeByUrl('https://x.test/old')).toMatchObject({
        agency: '商务部 海关总署',
        agencies: ['商务部 海关总署'],
        agencySignal: null,
        dateSignal: null,
        summary: null,
      });
    } finally {
      await a.cleanup();
      await b.cleanup();
    }
  });
});
