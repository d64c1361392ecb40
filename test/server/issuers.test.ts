/**
 * Co-issuers and field provenance as the API and the notice page show them
 * (issue 18): every issuer, which signal gave the agency and the date, the
 * summary; names escaped on the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/types.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';
import { type Running, startServer } from './helpers.ts';

describe.each(BACKENDS)('issuers and signals in the API and UI (%s)', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let srv: Running;
  let joint: number;
  let plain: number;

  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
    await store.upsertSource({
      id: 'gacc-announcements',
      name: '海关总署公告',
      baseUrl: 'http://www.customs.gov.cn/',
      agency: '海关总署',
      country: 'CN',
      language: 'zh',
    });
    const base = { sourceId: 'gacc-announcements', language: 'zh', text: '正文', html: '<p>正文</p>' };
    const change = () => ({ diff: [], summary: '' });
    joint = (
      await store.saveObservation(
        {
          ...base,
          url: 'http://www.customs.gov.cn/a/1.html',
          title: '商务部 海关总署公告2026年第41号',
          docNumber: '商务部 海关总署公告2026年第41号',
          agency: '商务部 海关总署',
          agencies: ['商务部', '<b>海关总署</b>'],
          agencySignal: 'docNumber',
          publishedAt: '2026-10-28',
          dateSignal: 'field',
          summary: '关于<script>x</script>的摘要',
          contentHash: 'a',
        },
        change,
      )
    ).noticeId;
    plain = (
      await store.saveObservation(
        { ...base, url: 'http://www.customs.gov.cn/a/2.html', title: '通知', agency: '海关总署', agencySignal: 'default', contentHash: 'b' },
        change,
      )
    ).noticeId;
    srv = await startServer(store);
  });
  afterAll(async () => {
    await srv?.close();
    await cleanup?.();
  });

  it('the API gives every issuer and the signals', async () => {
    const r = await fetch(`${srv.url}/api/notices/${joint}`);
    expect(r.status).toBe(200);
    const body = (await r.json()) as any;
    const n = body.notice ?? body;
    expect({ agency: n.agency, agencies: n.agencies, agencySignal: n.agencySignal, dateSignal: n.dateSignal, summary: n.summary }).toEqual({
      agency: '商务部 海关总署',
      agencies: ['商务部', '<b>海关总署</b>'],
      agencySignal: 'docNumber',
      dateSignal: 'field',
      summary: '关于<script>x</script>的摘要',
    });
    const p = (await (await fetch(`${srv.url}/api/notices/${plain}`)).json()) as any;
    expect((p.notice ?? p).agencySignal).toBe('default');
  });

  it('the notice page lists the co-issuers and says where agency and date came from, escaped', async () => {
    const page = await (await fetch(`${srv.url}/notices/${joint}?lang=zh`)).text();
    expect(page).toContain('联合发文机关');
    expect(page).toContain('商务部、&lt;b&gt;海关总署&lt;/b&gt;');
    expect(page).toContain('发布机关：文号');
    expect(page).toContain('关于&lt;script&gt;x&lt;/script&gt;的摘要');
    expect(page).not.toContain('<script>x</script>');
    const other = await (await fetch(`${srv.url}/notices/${plain}?lang=en`)).text();
    expect(other).not.toContain('Issuing agencies');
    expect(other).toContain('Agency: the source&#39;s default (the page names none)');
  });
});
