import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vetImportItem } from '../../cli/import-vet.ts';
import { extractDetail } from '../../crawler/extract/detail.ts';
import { extractHtmlList } from '../../crawler/extract/list.ts';
import { BIDI_CONTROLS } from '../../db/bidi.ts';
import type { Notice, Store } from '../../db/types.ts';
import { parseWeek } from '../../newsletter/period.ts';
import { renderDigest } from '../../newsletter/render.ts';
import { prepareWeek, selectFor, weekItems } from '../../newsletter/select.ts';
import { fallbackVocabulary } from '../../newsletter/taxonomy.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';
import { type Running, startServer } from './helpers.ts';

/** Every bidi control the issue names, and a title spoofing a file name with them. */
const CONTROLS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const SPOOF = `关于发布清单的公告 invoice\u202efdp.exe \u2067x\u2069 ${CONTROLS.join('')}`;
const CLEAN = '关于发布清单的公告 invoicefdp.exe x';
const hasBidi = (s: string) => new RegExp(BIDI_CONTROLS.source).test(s);

describe('bidi controls at ingestion', () => {
  it('are stripped from titles, agencies and attachment names a crawl extracts (detail and list pages)', () => {
    const page = `<html><body><h1>${SPOOF}</h1><div class="src">来源：商务部\u202e</div><div class="body"><p>正文内容。</p>
      <div class="att"><a href="/files/a.pdf">清单\u202efdp.exe</a></div></div></body></html>`;
    const d = extractDetail(page, {
      url: 'https://www.mofcom.gov.cn/zcfb/a.html',
      source: { agency: '商务部', detail: { title: 'h1', body: 'div.body', agency: '.src', attachments: '.att a' } },
    });
    expect(d.title).toBe(CLEAN);
    expect(hasBidi(d.agency ?? '')).toBe(false);
    expect(d.attachments.map((a) => a.name)).toEqual(['清单fdp.exe']);
    const list = extractHtmlList(
      `<ul class="list"><li><a href="/zcfb/1.html" title="${SPOOF}">${SPOOF}</a><span>2025-03-01</span></li></ul>`,
      'https://www.mofcom.gov.cn/zcfb/',
      {
        kind: 'html',
        url: '/',
        item: 'ul.list li',
        fields: { title: 'a@title', link: 'a@href', date: 'span' },
      },
    );
    expect(list.items[0].title).toBe(CLEAN);
  });

  it('are stripped from one-line fields an import brings in', () => {
    const at = new Date('2025-03-01T00:00:00Z');
    const v = vetImportItem(
      {
        notice: {
          sourceId: 'x',
          url: 'https://a.gov.cn/1',
          title: SPOOF,
          docNumber: `第\u202e1号`,
          agency: `A\u200fB`,
          language: 'zh',
          publishedAt: null,
          effectiveAt: null,
          firstSeenAt: at,
          lastSeenAt: at,
          lastChangedAt: at,
          status: 'active',
          topics: [],
          hsCodes: [],
          regions: [],
          contentHash: 'h',
        },
        versions: [
          {
            version: 1,
            fetchedAt: at,
            contentHash: 'h',
            title: SPOOF,
            text: 't',
            html: '',
            attachments: [{ name: 'a\u202efdp.exe', url: 'https://a.gov.cn/a.exe', type: 'other' }],
            diff: null,
            changeSummary: null,
          },
        ],
      },
      1,
    );
    expect(v.item.notice).toMatchObject({ title: `${CLEAN} `, docNumber: '第1号', agency: 'AB' });
    expect(v.item.versions[0]).toMatchObject({ title: `${CLEAN} `, attachments: [{ name: 'afdp.exe' }] });
  });
});

describe('bidi controls on output, for archives stored before', () => {
  it('do not reach the digest (HTML and text parts)', async () => {
    const from = new Date('2026-03-02T00:00:00Z');
    const n: Notice = {
      id: 1,
      sourceId: 'mofcom',
      url: 'https://x.gov.cn/1',
      title: SPOOF,
      docNumber: null,
      agency: `商务部\u202e`,
      language: 'zh',
      publishedAt: null,
      effectiveAt: null,
      firstSeenAt: new Date(from.getTime() + 1000),
      lastSeenAt: from,
      lastChangedAt: new Date(from.getTime() + 1000),
      status: 'active',
      versionCount: 1,
      contentHash: 'h',
      topics: [],
      hsCodes: ['85'],
      regions: [],
    };
    const w = prepareWeek(weekItems([n], from), { expandRegion: (r: string) => [r], blocsOf: () => [] });
    const r = await renderDigest({
      subscriber: { email: 'a@b.example', language: 'en' },
      period: parseWeek('2026-W10', 'UTC'),
      selection: selectFor(w, { hs: ['85'], regions: [], topics: [], sources: [], keywords: [] }),
      links: { notice: () => 'https://radar.example/notices/1', manage: 'https://radar.example/m', unsubscribe: 'https://radar.example/u' },
      vocab: fallbackVocabulary,
    });
    expect(r.html).toContain('invoicefdp.exe');
    expect(r.text).toContain('invoicefdp.exe');
    expect(hasBidi(r.html)).toBe(false);
    expect(hasBidi(r.text)).toBe(false);
    expect(hasBidi(r.subject)).toBe(false);
  });

  describe.each(BACKENDS)('web UI, Atom feed and CSV (%s)', (backend) => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let srv: Running;
    let id: number;
    beforeAll(async () => {
      ({ store, cleanup } = await freshStore(backend));
      await store.upsertSource({
        id: 'mofcom-zcfb',
        name: '商务部',
        baseUrl: 'https://www.mofcom.gov.cn/zcfb/',
        agency: '商务部',
        country: 'CN',
        language: 'zh',
      });
      // stored as an older crawl or import would have: controls and all
      const r = await store.saveObservation(
        {
          sourceId: 'mofcom-zcfb',
          url: 'https://www.mofcom.gov.cn/zcfb/1.html',
          title: SPOOF,
          text: `正文 ${SPOOF}`,
          html: '<p>x</p>',
          language: 'zh',
          agency: `商务部\u202e`,
          contentHash: 'h1',
          attachments: [{ name: 'a\u202efdp.exe', url: 'https://www.mofcom.gov.cn/a.exe', type: 'other', size: null, hash: null }],
        },
        () => ({ diff: [], summary: '' }),
      );
      id = r.noticeId;
      srv = await startServer(store, { publicUrl: 'https://radar.example.org' });
    });
    afterAll(async () => {
      await srv?.close();
      await cleanup?.();
    });

    it.each(['/notices/{id}', '/?q=清单', '/feeds/notices.atom', '/api/notices.csv'])('%s shows the title without them', async (path) => {
      const r = await fetch(srv.url + path.replace('{id}', String(id)));
      expect(r.status).toBe(200);
      const body = await r.text();
      expect(body).toContain('invoicefdp.exe');
      expect(hasBidi(body)).toBe(false);
    });
  });
});
