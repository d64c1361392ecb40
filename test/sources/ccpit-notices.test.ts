import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const C = '/tzgg/';

describe('ccpit-notices (CCPIT, TRS WCM)', () => {
  beforeAll(async () => {
    h = await openHarness('ccpit-notices');
  });
  afterAll(async () => h?.close());

  it('week1: list_box rows, TRS bodies, 贸促 numbers', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    await expectNotice(
      h,
      {
        path: `${C}202406/t20240610_78901.html`,
        title: '中国贸促会关于启用原产地证书智能审签系统的通知',
        docNumber: '贸促办发〔2024〕28号',
        agency: '中国国际贸易促进委员会',
        publishedAt: '2024-06-10',
        effectiveAt: '2024-07-01',
        contains: ['RCEP、中国—东盟等优惠原产地证书'],
        notContains: ['浏览次数'],
        attachments: [{ name: '智能审签系统操作手册.pdf', type: 'pdf', path: `${C}202406/P020240610789010001.pdf` }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: `${C}202404/t20240426_78011.html`,
        title: '中国贸促会关于ATA单证册担保业务收费标准的公告',
        docNumber: null,
        agency: '中国国际贸易促进委员会',
        publishedAt: '2024-04-26',
        effectiveAt: null,
        contains: ['货物价值的0.5%'],
      },
      expect,
    );
  });

  it('week2: the supply-chain expo added, Hannover notice edited, help-desk notice withdrawn', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest(`${C}202405/t20240524_78555.html`)).text).toContain('工业机器人');
    expect((await h.notice(`${C}202405/t20240513_78300.html`)).status).toBe('removed');
  });
});
