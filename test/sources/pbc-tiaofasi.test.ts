import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const C = '/tiaofasi/144941/3581332/';

describe("pbc-tiaofasi (People's Bank of China normative documents)", () => {
  beforeAll(async () => {
    h = await openHarness('pbc-tiaofasi');
  });
  afterAll(async () => h?.close());

  it('week1: newslist_style rows, #zoom bodies, 银发 numbers, co-issued notices', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 3, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    await expectNotice(
      h,
      {
        path: `${C}5381234/index.html`,
        title: '中国人民银行关于进一步优化跨境人民币政策支持稳外贸稳外资的通知',
        docNumber: '银发〔2024〕112号',
        agency: '中国人民银行',
        publishedAt: '2024-06-14',
        effectiveAt: null,
        contains: ['经常项下跨境人民币结算服务', '交易电子信息'],
        notContains: ['浏览次数', '打印本页', '主办单位'],
        attachments: [{ name: '跨境人民币业务展业指引.pdf', type: 'pdf', path: `${C}5381234/2024061417301234567.pdf` }],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: `${C}5370011/index.html`,
        title: '中国人民银行 国家外汇管理局关于银行业金融机构境外贷款业务有关事宜的通知',
        docNumber: '银发〔2024〕98号',
        agency: '中国人民银行 国家外汇管理局',
        publishedAt: '2024-05-30',
        effectiveAt: '2024-07-01',
        contains: ['宏观审慎调节系数'],
      },
      expect,
    );
  });

  it('week2: a pilot notice added, one edited, the overseas-loan notice withdrawn', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest(`${C}5381234/index.html`)).text).toContain('海外仓等新业态');
    expect((await h.notice(`${C}5370011/index.html`)).status).toBe('removed');
    expect((await h.notice(`${C}5361200/index.html`)).versionCount).toBe(1);
    expect((await h.notice(`${C}5392001/index.html`)).docNumber).toBe('银发〔2024〕125号');
  });
});
