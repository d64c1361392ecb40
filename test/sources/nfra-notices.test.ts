import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const DOC = '/cn/static/data/DocInfo/SelectByDocId/data_docId=';

describe('nfra-notices (NFRA, lists and documents as JSON)', () => {
  beforeAll(async () => {
    h = await openHarness('nfra-notices');
  });
  afterAll(async () => h?.close());

  it('week1: JSON rows over pageIndex 1-2, docClob bodies, attachment lists', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    const lists = h.replicas.requests('nfra-notices').filter((q) => q.path.startsWith('/cbircweb/'));
    expect(lists.map((q) => new URL(q.path, 'http://x').searchParams.get('pageIndex'))).toEqual(expect.arrayContaining(['1', '2']));
    await expectNotice(
      h,
      {
        path: `${DOC}1163581.json`,
        title: '国家金融监督管理总局关于加强出口信用保险业务监管的通知',
        docNumber: '金规〔2024〕9号',
        agency: '国家金融监督管理总局',
        publishedAt: '2024-06-12',
        effectiveAt: '2024-07-01',
        contains: ['短期出口信用保险业务', '保单融资'],
        notContains: ['docClob', 'rptCode', '"'],
        attachments: [{ name: '出口信用保险业务监管指标.pdf', type: 'pdf', path: '/chinese/home/docView/1163581_att1.pdf' }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: `${DOC}1160022.json`,
        title: '国家金融监督管理总局 中国人民银行关于做好跨境贸易金融服务的通知',
        docNumber: '金发〔2024〕15号',
        agency: '国家金融监督管理总局 中国人民银行',
        publishedAt: '2024-05-31',
        effectiveAt: null,
        contains: ['出口订单融资'],
      },
      expect,
    );
  });

  it('week2: new notice, an edit, a withdrawn document (404)', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest(`${DOC}1160022.json`)).text).toContain('海外仓融资');
    expect((await h.notice(`${DOC}1157777.json`)).status).toBe('removed');
    expect((await h.notice(`${DOC}1166600.json`)).docNumber).toBe('金发〔2024〕18号');
  });

  it('a document answer that is not the expected JSON fails that item instead of storing it as a version', async () => {
    h.replicas.fault('nfra-notices', `${DOC}1166600.json`, {
      kind: 'status',
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"rptCode":500,"msg":"系统繁忙"}',
    });
    const r = await h.crawl();
    h.replicas.clearFaults('nfra-notices');
    expect([r.status, r.changedCount, Object.values(r.errors).reduce((a, b) => a + b, 0)]).toEqual(['partial', 0, 1]);
    const v = await h.latest(`${DOC}1166600.json`);
    expect([v.notice.versionCount, v.text]).toEqual([
      1,
      '银行应为进出口企业提供汇率避险产品，降低中小微企业外汇套期保值成本。\n国家金融监督管理总局\n2024年6月19日',
    ]);
  });
});
