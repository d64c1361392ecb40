import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/index.ts';
import { generateNotices } from '../../bench/generate.ts';
import { runCli } from '../helpers/cli.ts';
import { freshPgUrl, tempDir } from '../helpers/stores.ts';

describe('archive CLI: search, show, export, import', () => {
  const dir = tempDir();
  const sqlite = join(dir, 'archive.db');
  let pgUrl: string;

  beforeAll(async () => {
    const store = await openStore(sqlite);
    await store.importNotices(generateNotices(400, 11));
    await store.saveObservation(
      {
        sourceId: 'mofcom-zcfb',
        url: 'https://www.mofcom.gov.cn/zcfb/art/2024/art_1.html',
        title: '商务部关于出口信用保险支持外贸企业的通知',
        docNumber: '商务部公告2024年第33号',
        language: 'zh',
        text: '扩大出口信用保险覆盖面，对小微企业实行保费优惠。',
        html: '<p>x</p>',
        contentHash: 'a',
        topics: ['credit-insurance'],
      },
      () => ({ diff: [], summary: '' }),
    );
    await store.close();
    pgUrl = await freshPgUrl();
  });
  afterAll(() => {});

  it('searches Chinese two-character words and phrases and prints JSON', async () => {
    const r = await runCli(['--db', sqlite, 'search', '"出口信用保险"', '--json', '--limit', '5']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.hits[0].notice.docNumber).toBe('商务部公告2024年第33号');
    expect(out.hits[0].highlighted).toContain('\u0001出口');
    const two = JSON.parse((await runCli(['--db', sqlite, 'search', '保费', '--json'])).stdout);
    expect(two.hits.map((h: any) => h.notice.title)).toContain('商务部关于出口信用保险支持外贸企业的通知');
  });

  it('shows a notice and fails clearly on unknown ids and bad queries', async () => {
    const found = JSON.parse((await runCli(['--db', sqlite, 'search', '"出口信用保险"', '--json'])).stdout).hits[0].notice.id;
    const show = await runCli(['--db', sqlite, 'show', String(found)]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('商务部公告2024年第33号');
    const missing = await runCli(['--db', sqlite, 'show', '999999']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim()).toBe('policy-radar: no notice with id 999999');
    const bad = await runCli(['--db', sqlite, 'search', '"关税']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unbalanced quote/);
    expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    const badDate = await runCli(['--db', sqlite, 'search', '关税', '--from', '2024/1/1']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/from: expected a date/);
  });

  it('round-trips the archive SQLite -> NDJSON -> PostgreSQL with identical search results', async () => {
    const file = join(dir, 'archive.ndjson');
    const exp = await runCli(['--db', sqlite, 'export', '--format', 'ndjson', '--out', file]);
    expect(exp.code).toBe(0);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(401);
    const imp = await runCli(['--db', pgUrl, 'import', file, '--json']);
    expect(imp.code).toBe(0);
    expect(JSON.parse(imp.stdout)).toMatchObject({ notices: 401, versions: 401, skipped: 0 });
    for (const q of ['关税', '"出口信用保险"', 'tariffs OR 退税', 'solar -china', '光伏']) {
      // the two backends' searches only read: side by side
      const [a, b] = (await Promise.all([sqlite, pgUrl].map((db) => runCli(['--db', db, 'search', q, '--json', '--limit', '1000', '--sort', 'date'])))).map(
        (r) => JSON.parse(r.stdout),
      );
      expect(b.total, q).toBe(a.total);
      expect(
        b.hits.map((h: any) => h.notice.url),
        q,
      ).toEqual(a.hits.map((h: any) => h.notice.url));
    }
    // importing again skips everything
    const again = JSON.parse((await runCli(['--db', pgUrl, 'import', file, '--json'])).stdout);
    expect(again).toMatchObject({ notices: 0, skipped: 401 });
  });

  it('rejects a bad import file with the line and field, and changes nothing', async () => {
    const good = readFileSync(join(dir, 'archive.ndjson'), 'utf8').split('\n')[0];
    const bad = join(dir, 'bad.ndjson');
    const broken = JSON.parse(good);
    broken.notice.url = 'https://new.example/x';
    broken.notice.publishedAt = '2024/01/01';
    writeFileSync(bad, `${good.replace('https://', 'https://fresh.')}\n${JSON.stringify(broken)}\n`);
    const before = JSON.parse((await runCli(['--db', sqlite, 'search', '--json', '--limit', '1'])).stdout).total;
    const r = await runCli(['--db', sqlite, 'import', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2: notice\.publishedAt: expected YYYY-MM-DD/);
    const after = JSON.parse((await runCli(['--db', sqlite, 'search', '--json', '--limit', '1'])).stdout).total;
    expect(after).toBe(before);
    writeFileSync(bad, '{not json\n');
    expect((await runCli(['--db', sqlite, 'import', bad])).stderr).toMatch(/line 1: not valid JSON/);
    expect((await runCli(['--db', sqlite, 'import', join(dir, 'nope.ndjson')])).stderr).toMatch(/file not found/);
  });

  it('exports CSV with a stable header', async () => {
    const r = await runCli(['--db', sqlite, 'export', '--format', 'csv', '退税']);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\r\n');
    expect(header).toBe(
      'id,source,url,title,doc_number,agency,language,published_at,effective_at,first_seen_at,last_changed_at,status,version_count,topics,hs_codes,regions,attachments,text',
    );
    expect(rows.length).toBeGreaterThan(0);
  });
});
