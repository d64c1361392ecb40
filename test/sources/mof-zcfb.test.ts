import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GB_HEADER_KEY } from '../replicas/mof-zcfb.ts';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const D = '/zhengwuxinxi/zhengcefabu/';

describe('mof-zcfb (MOF policy releases, GB2312 pages)', () => {
  beforeAll(async () => {
    h = await openHarness('mof-zcfb');
  });
  afterAll(async () => h?.close());

  it('the replica really serves GB2312 bytes (meta-only on the list, header-only on one detail page)', async () => {
    const list = await fetch(h.url(`${D}index.htm`));
    expect(list.headers.get('content-type')).toBe('text/html');
    const bytes = Buffer.from(await list.arrayBuffer());
    expect(bytes.toString('latin1')).toContain('charset=gb2312');
    expect(bytes.toString('utf8')).not.toContain('政策发布');
    const detail = await fetch(h.url(`${D}202405/t20240520_${GB_HEADER_KEY}.htm`));
    expect(detail.headers.get('content-type')).toBe('text/html; charset=GB2312');
    expect(Buffer.from(await detail.arrayBuffer()).toString('latin1')).not.toMatch(/charset=/i);
  });

  it('week1: decodes both GB2312 pages and extracts every field', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    await expectNotice(
      h,
      {
        path: `${D}202405/t20240520_3935123.htm`,
        title: '财政部 商务部关于印发《外经贸发展专项资金管理办法》的通知',
        docNumber: '财企〔2024〕12号',
        agency: '财政部 商务部',
        publishedAt: '2024-05-20',
        effectiveAt: null,
        contains: ['外经贸发展专项资金', '出口信用保险保费补贴'],
        notContains: ['浏览次数'],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: `${D}202411/t20241115_3948001.htm`,
        title: '财政部 税务总局关于调整出口退税政策的公告',
        docNumber: '财政部 税务总局公告2024年第15号',
        agency: '财政部 税务总局',
        publishedAt: '2024-11-15',
        effectiveAt: '2024-12-01',
        contains: ['光伏（HS 8541）', '出口退税率由13%下调至9%'],
      },
      expect,
    );
    // through the crawl (detail threads, writer) into the store: every issuer and the signals that gave agency and date
    const n = await h.notice(`${D}202411/t20241115_3948001.htm`);
    expect([n.agencies, n.agencySignal, n.dateSignal]).toEqual([['财政部', '税务总局'], 'field', 'field']);
    const three = await h.notice(`${D}202403/t20240328_3921777.htm`);
    expect([three.docNumber, three.agencies]).toEqual(['财政部 海关总署 税务总局公告2024年第10号', ['财政部', '海关总署', '税务总局']]);
  });

  it('week2: new notice and a rebate-rate edit', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest(`${D}202411/t20241115_3948001.htm`)).text).toContain('锂离子蓄电池出口退税率下调至11%');
    expect((await h.notice(`${D}202405/t20240520_3935123.htm`)).versionCount).toBe(1);
    expect((await h.notice(`${D}202412/t20241226_3951999.htm`)).effectiveAt).toBe('2025-01-01');
  });
});
