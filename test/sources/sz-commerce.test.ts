import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const C = '/xxgk/zcfgjzcjd/zcfg/content/';

describe('sz-commerce (Shenzhen Municipal Bureau of Commerce)', () => {
  beforeAll(async () => {
    h = await openHarness('sz-commerce');
  });
  afterAll(async () => h?.close());

  it('week1: lb_title/lb_date rows, 信息提供日期 dates, fjdown attachments', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(r.pages).toBe(2);
    await expectNotice(
      h,
      {
        path: `${C}post_11345678.html`,
        title: '深圳市商务局关于申报2024年度出口信用保险保费资助项目的通知',
        docNumber: '深商务贸易〔2024〕38号',
        agency: '深圳市商务局',
        publishedAt: '2024-06-11',
        effectiveAt: null,
        contains: ['按企业实际缴纳保费的50%给予资助', '2024年6月15日至2024年7月15日'],
        notContains: ['访问量', '附件：'],
        attachments: [
          { name: '2024年度出口信用保险保费资助项目申报指南.pdf', type: 'pdf', path: '/attachment/1/1345/1345678/11345678.pdf' },
          { name: '申请表.docx', type: 'docx', path: '/attachment/1/1345/1345679/11345678.docx' },
        ],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: `${C}post_11298765.html`,
        title: '深圳市人民政府办公厅印发关于加快跨境电子商务高质量发展若干措施的通知',
        docNumber: '深府办规〔2024〕5号',
        agency: '深圳市人民政府办公厅',
        publishedAt: '2024-05-09',
        effectiveAt: '2024-06-01',
        contains: ['海外仓', '最高500万元资助'],
      },
      expect,
    );
    // no number on the page: none invented
    expect((await h.notice(`${C}post_11276543.html`)).docNumber).toBeNull();
  });

  it('week2: new notice, a deadline moved, the trade-fair notice withdrawn', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    const v = await h.latest(`${C}post_11345678.html`);
    expect(v.text).toContain('2024年7月31日');
    expect((await h.notice(`${C}post_11320001.html`)).status).toBe('removed');
    expect((await h.notice(`${C}post_11298765.html`)).versionCount).toBe(1);
    const added = await h.latest(`${C}post_11360002.html`);
    expect(added.attachments.map((a) => a.type)).toEqual(['pdf']);
  });
});
