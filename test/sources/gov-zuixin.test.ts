import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource } from '../../crawler/run.ts';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;

describe('gov-zuixin (State Council latest policies via ZUIXINZHENGCE.json)', () => {
  beforeAll(async () => {
    h = await openHarness('gov-zuixin');
  });
  afterAll(async () => h?.close());

  it('week1: reads the JSON list (absolute www.gov.cn URLs rewritten to the mirror)', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    const paths = h.replicas.requests('gov-zuixin').map((q) => q.path);
    expect(paths).toContain('/zhengce/zuixin/ZUIXINZHENGCE.json');
    expect(paths).toContain('/zhengce/content/202404/content_6946567.htm');
  });

  it('metadata table with padded labels; mobile duplicate ignored', async () => {
    await expectNotice(
      h,
      {
        path: '/zhengce/content/202404/content_6946567.htm',
        title: '国务院办公厅关于推动外贸稳规模优结构的意见',
        docNumber: '国办发〔2024〕25号',
        agency: '国务院办公厅',
        publishedAt: '2024-04-19',
        effectiveAt: null,
        contains: ['扩大出口信用保险承保规模和覆盖面', '海关AEO互认合作'],
        notContains: ['我要纠错'],
      },
      expect,
    );
    const v = await h.latest('/zhengce/content/202404/content_6946567.htm');
    expect(v.text.split('强化贸易促进拓展市场').length - 1).toBe(1);
    await expectNotice(
      h,
      {
        path: '/zhengce/content/202403/content_6938801.htm',
        title: '国务院关于修改《中华人民共和国进出口商品检验法实施条例》的决定',
        docNumber: '国令第780号',
        agency: '国务院',
        publishedAt: '2024-03-22',
        effectiveAt: '2024-05-01',
        contains: ['合格评定', 'TBT规则'],
      },
      expect,
    );
  });

  it('a short 印发通知 keeps its PDF attachment (downloaded and hashed)', async () => {
    await expectNotice(
      h,
      {
        path: '/zhengce/content/202404/content_6945012.htm',
        title: '国务院关于印发《全面对接国际高标准经贸规则推进高水平制度型开放若干措施》的通知',
        docNumber: '国发〔2024〕12号',
        agency: '国务院',
        publishedAt: '2024-04-12',
        effectiveAt: null,
        contains: ['印发给你们'],
        attachments: [
          { name: '全面对接国际高标准经贸规则推进高水平制度型开放若干措施', type: 'pdf', path: '/zhengce/content/202404/P020240412598765432101.pdf' },
        ],
      },
      expect,
    );
  });

  it('week2: new foreign-investment notice, a sentence added to another', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    const v = await h.latest('/zhengce/content/202404/content_6946567.htm');
    expect(v.version).toBe(2);
    expect(
      v.diff
        ?.filter(([op]) => op === '+')
        .map(([, w]) => w)
        .join(''),
    ).toContain('保单融资');
    expect((await h.notice('/zhengce/content/202404/content_6952233.htm')).docNumber).toBe('国发〔2024〕15号');
    // the three untouched notices: new bytes (view counter), same lastmodifiedtime, not extracted again
    expect(r.signalSkipped).toBe(3);
  });

  it('lastmodifiedtime is the change signal: same value, no re-extraction; changeSignal: false compares the content', async () => {
    const path = '/zhengce/content/202403/content_6938801.htm';
    const page = await (await fetch(h.url(path))).text();
    expect(page).toContain('name="lastmodifiedtime"');
    // an edit the CMS did not record (same lastmodifiedtime): the signal says unchanged
    const edited = page.replace('</p>', '（本段有改动）</p>');
    h.replicas.fault('gov-zuixin', path, { kind: 'status', status: 200, body: edited });
    const r = await crawlSource(h.store, h.source, { delayMs: 0, classify: false });
    expect(r.changedCount).toBe(0);
    // (the others answer 304)
    expect(r.signalSkipped).toBe(1);
    const off = await crawlSource(h.store, { ...h.source, detail: { ...h.source.detail, changeSignal: false } }, { delayMs: 0, classify: false });
    expect(off.changedCount).toBe(1);
    expect(off.signalSkipped).toBe(0);
    expect((await h.latest(path)).text).toContain('本段有改动');
    // a recorded edit (new lastmodifiedtime) is re-checked with the signal on
    const again = edited
      .replace('本段有改动', '本段再次改动')
      .replace(/name="lastmodifiedtime" content="[^"]*"/, 'name="lastmodifiedtime" content="2024-05-02-08:00:00"');
    h.replicas.fault('gov-zuixin', path, { kind: 'status', status: 200, body: again });
    const on = await crawlSource(h.store, h.source, { delayMs: 0, classify: false });
    expect(on.changedCount).toBe(1);
    expect((await h.latest(path)).text).toContain('本段再次改动');
    h.replicas.clearFaults('gov-zuixin');
  });
});
