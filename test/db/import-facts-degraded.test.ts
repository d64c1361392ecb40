/**
 * NDJSON export → import keeps the columns of migrations 0004 (facts, openUntil)
 * and 0005 (degraded) on both backends, through the store's import and through
 * `policy-radar import`'s vetting, which drops facts of another shape with a warning
 * naming the line and keeps the notice.
 */
import { describe, expect, it } from 'vitest';
import { vetImportItem } from '../../cli/import-vet.ts';
import { ndjsonLine } from '../../db/export.ts';
import { parseExportLine } from '../../db/import-format.ts';
import type { ChangeFn, NoticeFacts } from '../../db/types.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';

const change: ChangeFn = () => ({ diff: [], summary: '' });
const base = { sourceId: 's', language: 'zh', html: '<p>正文</p>', text: '申请截止日期为2026年12月31日' };
const FACTS: NoticeFacts = {
  regionRoles: { US: 'market' },
  local: { province: 'CN-GD', city: 'CN-GD-shenzhen' },
  deadlines: [
    { kind: 'application', date: '2026-12-31', from: '2026-11-01', text: '申请截止日期为2026年12月31日' },
    { kind: 'effective', date: '2027-03-01', text: '自2027年3月1日起施行' },
  ],
  eligibility: { maxExportValueUsd: 5_000_000, sme: true },
};

describe.each(BACKENDS)('export and import keep facts, openUntil and degraded (%s)', (backend) => {
  it('round-trips them; facts of another shape are dropped with a warning naming the line', async () => {
    const a = await freshStore(backend);
    const b = await freshStore(backend);
    try {
      await a.store.saveObservation({ ...base, url: 'https://f.test/1', title: '关于申报的通知', facts: FACTS, degraded: true, contentHash: 'a' }, change);
      await a.store.saveObservation({ ...base, url: 'https://f.test/2', title: '普通公告', contentHash: 'b' }, change);
      const stored = await a.store.getNoticeByUrl('https://f.test/1');
      expect(stored).toMatchObject({ facts: FACTS, openUntil: '2026-12-31', degraded: true });
      const lines: string[] = [];
      for await (const x of a.store.exportNotices({})) lines.push(ndjsonLine(x).trim());
      expect(lines).toHaveLength(2);

      // a hostile line: facts of the wrong shape, on an otherwise good notice
      const bad = JSON.parse(lines[0]);
      bad.notice.url = 'https://f.test/bad';
      bad.notice.facts = { deadlines: 'soon', eligibility: { sme: 'yes' } };
      // and a line from before 0004/0005: none of the new fields
      const old = JSON.parse(lines[1]);
      old.notice.url = 'https://f.test/old';
      for (const k of ['facts', 'openUntil', 'degraded']) delete old.notice[k];
      const all = [...lines, JSON.stringify(bad), JSON.stringify(old)];

      const warnings: string[] = [];
      const items = all.map((l, i) => {
        const v = vetImportItem(parseExportLine(l, i + 1), i + 1);
        warnings.push(...v.warnings);
        return v.item;
      });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^line 3: dropped facts .*facts\.deadlines/);
      const r = await b.store.importNotices(items, { batchSize: 2 });
      expect(r.notices).toBe(4);

      const back = await b.store.getNoticeByUrl('https://f.test/1');
      expect(back).toMatchObject({ facts: FACTS, openUntil: '2026-12-31', degraded: true });
      const plain = await b.store.getNoticeByUrl('https://f.test/2');
      expect(plain).toMatchObject({ facts: {}, openUntil: null });
      expect(plain?.degraded).toBeFalsy();
      const dropped = await b.store.getNoticeByUrl('https://f.test/bad');
      expect(dropped).toMatchObject({ title: '关于申报的通知', facts: {}, openUntil: null, degraded: true });
      expect(await b.store.getNoticeByUrl('https://f.test/old')).toMatchObject({ facts: {}, openUntil: null });
      // the imported deadline is searchable data, as after a crawl: a second export says the same
      const again: string[] = [];
      for await (const x of b.store.exportNotices({})) if (x.notice.url === 'https://f.test/1') again.push(ndjsonLine(x).trim());
      expect(JSON.parse(again[0]).notice).toMatchObject({ facts: FACTS, openUntil: '2026-12-31', degraded: true });
    } finally {
      await a.cleanup();
      await b.cleanup();
    }
  });

  it('imports without the vetting too: facts of another shape store as none, never a crash', async () => {
    const { store, cleanup } = await freshStore(backend);
    try {
      await store.saveObservation({ ...base, url: 'https://g.test/1', title: '公告', contentHash: 'a' }, change);
      const line = JSON.parse(ndjsonLine((await first(store.exportNotices({})))!));
      line.notice.url = 'https://g.test/2';
      line.notice.facts = [1, 2, 3];
      line.notice.openUntil = '2099-01-01'; // derived from the facts, not taken on trust
      const r = await store.importNotices([parseExportLine(JSON.stringify(line), 1)]);
      expect(r.notices).toBe(1);
      expect(await store.getNoticeByUrl('https://g.test/2')).toMatchObject({ facts: {}, openUntil: null });
    } finally {
      await cleanup();
    }
  });
});

async function first<T>(it: AsyncIterable<T>): Promise<T | undefined> {
  for await (const x of it) return x;
  return undefined;
}
