import { describe, expect, it } from 'vitest';
import { extractDetail } from '../../crawler/extract/detail.ts';
import { extractList, loadHtml } from '../../crawler/extract/list.ts';
import { detectBody, detectListStructure } from '../../crawler/extract/structure.ts';
import { judgeHealth, emptyCounters } from '../../crawler/health.ts';
import type { ListDef } from '../../crawler/source.ts';
import { redesignHtml } from '../helpers/redesign.ts';

// A list page after a relaunch: opaque class names, a menu with links (no dates),
// a "hot topics" box with links and dates but only two rows, and the real list.
const LIST = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知公告</title></head><body>
<div class="q1"><ul class="m9"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="k2"><div class="k3">
  <div class="hot"><p><a href="/hot/1.html">热点一则关于外贸的解读</a> 2024-05-01</p><p><a href="/hot/2.html">热点二则关于关税的解读</a> 2024-05-02</p></div>
  <div class="z8">
    <div class="r5"><a class="t" href="./202406/t20240612_1.html" title="关于2024年度出口信用保险支持政策的通知（全文）">关于2024年度出口信用保险支持政策的通知</a><em class="d">2024-06-12</em></div>
    <div class="r5"><a class="t" href="./202406/t20240603_2.html" title="关于做好纺织品出口许可管理工作的通知">关于做好纺织品出口许可管理工作的通知</a><em class="d">2024-06-03</em></div>
    <div class="sep"></div>
    <div class="r5"><a class="t" href="./202405/t20240528_3.html" title="关于部分稀土加工技术物项出口管制的公告">关于部分稀土加工技术物项出口管制的公告</a><em class="d">2024-05-28</em></div>
    <div class="r5"><a class="t" href="./202405/t20240520_4.html" title="关于调整出口退税政策的公告">关于调整出口退税政策的公告</a><em class="d">2024-05-20</em></div>
  </div>
</div></div>
<div class="f0"><a href="/about">关于我们</a> <a href="/map">网站地图</a> 版权所有 2024</div>
</body></html>`;

const DETAIL = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" content="2024-06-12 10:00"><title>关于2024年度出口信用保险支持政策的通知_商务厅</title></head><body>
<div class="a1"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/tzgg/">通知公告</a></div>
<div class="a2">
  <h1>关于2024年度出口信用保险支持政策的通知</h1>
  <div class="a3">发布时间：2024-06-12 来源：对外贸易处</div>
  <div class="a4">
    <div class="a5">
      <p>各市商务主管部门：为帮助外贸企业防范收汇风险，现就2024年度出口信用保险支持政策通知如下。</p>
      <p>一、对短期出口信用保险保费给予不超过50%的资助，单个企业年度资助额不超过100万元。</p>
      <p>二、申报材料请于2024年7月31日前报送，逾期不予受理。</p>
    </div>
    <p>附件：<a href="/files/P020240612.pdf">申报表.pdf</a></p>
  </div>
</div>
<div class="a6"><a href="/a">链接一</a><a href="/b">链接二</a><a href="/c">链接三</a><a href="/d">链接四</a>主办单位：某省商务厅</div>
</body></html>`;

describe('structure detection: lists', () => {
  it('finds the repeated link + date rows, not the menu or the two-row box', () => {
    const st = detectListStructure(loadHtml(LIST));
    expect(st).not.toBeNull();
    expect(st!.rows).toBe(4);
    const $ = loadHtml(LIST);
    // the proposed selectors select exactly the notice rows and their fields
    const rows = $(st!.item)
      .toArray()
      .filter((r) => $(r).find(st!.link.replace(/@href$/, '')).length);
    expect(rows).toHaveLength(4);
    expect(st!.title.endsWith('@title')).toBe(true);
    expect(st!.date).toBeDefined();
  });

  it('a list whose selector rotted still gives its items, marked degraded', () => {
    const list: ListDef = { kind: 'html', url: '/tzgg/', item: 'ul.list_news li', fields: { date: 'span.time' } };
    const page = extractList(LIST, 'https://example.gov.cn/tzgg/index.html', list);
    expect(page.matched).toBe(0);
    expect(page.detected?.rows).toBe(4);
    expect(page.items.map((i) => [i.url, i.title, i.date, i.degraded])).toEqual([
      ['https://example.gov.cn/tzgg/202406/t20240612_1.html', '关于2024年度出口信用保险支持政策的通知（全文）', '2024-06-12', true],
      ['https://example.gov.cn/tzgg/202406/t20240603_2.html', '关于做好纺织品出口许可管理工作的通知', '2024-06-03', true],
      ['https://example.gov.cn/tzgg/202405/t20240528_3.html', '关于部分稀土加工技术物项出口管制的公告', '2024-05-28', true],
      ['https://example.gov.cn/tzgg/202405/t20240520_4.html', '关于调整出口退税政策的公告', '2024-05-20', true],
    ]);
    // detection stays off where the selectors work, and when asked to
    expect(extractList(LIST, 'https://example.gov.cn/tzgg/', list, { detect: false }).items).toEqual([]);
  });

  it('table rows count as a list too', () => {
    const html = `<html><body><table><tbody>${[1, 2, 3, 4].map((i) => `<tr><td><a href="/n/${i}.htm">第${i}号公告关于进出口事项</a></td><td>2024年3月${i}日</td></tr>`).join('')}</tbody></table></body></html>`;
    const st = detectListStructure(loadHtml(html));
    expect(st?.rows).toBe(4);
    const page = extractList(html, 'https://x.gov.cn/', { kind: 'html', url: '/', item: '.gone li' });
    expect(page.items.map((i) => i.date)).toEqual(['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-04']);
  });

  it('no list: null (links without dates, or fewer than three rows)', () => {
    expect(
      detectListStructure(
        loadHtml('<html><body><ul><li><a href="/a">首页首页</a></li><li><a href="/b">新闻新闻</a></li><li><a href="/c">公开公开</a></li></ul></body></html>'),
      ),
    ).toBeNull();
    expect(
      detectListStructure(loadHtml('<html><body><p><a href="/a">通知一通知一</a> 2024-01-01</p><p><a href="/b">通知二通知二</a> 2024-01-02</p></body></html>')),
    ).toBeNull();
  });
});

describe('structure detection: detail pages', () => {
  it('takes the paragraph block (with its attachment line), not the breadcrumbs or the link-heavy footer', () => {
    const $ = loadHtml(DETAIL);
    const b = detectBody($);
    expect(b).not.toBeNull();
    const text = $(b!.selector).first().text();
    expect(text).toContain('防范收汇风险');
    expect(text).toContain('申报表.pdf');
    expect(text).not.toContain('主办单位');
    expect(text).not.toContain('政务公开');
  });

  it('a rotted body selector falls back to the detected block, flagged, with attachments and dates kept', () => {
    const f = extractDetail(DETAIL, {
      url: 'https://example.gov.cn/tzgg/202406/t20240612_1.html',
      source: { agency: '某省商务厅', detail: { body: '.TRS_Editor', attachments: '.TRS_Editor a[href$=".pdf"]' } },
    });
    expect(f.bodyFound).toBe(false);
    expect(f.bodyDetected).toBeTruthy();
    expect(f.text).toContain('单个企业年度资助额不超过100万元');
    expect(f.text).not.toContain('链接一');
    expect(f.title).toBe('关于2024年度出口信用保险支持政策的通知');
    expect(f.publishedAt).toBe('2024-06-12');
    expect(f.attachments.map((a) => a.url)).toEqual(['https://example.gov.cn/files/P020240612.pdf']);
  });

  it('a working selector is not second-guessed', () => {
    const f = extractDetail(DETAIL, { url: 'https://example.gov.cn/x.html', source: { agency: 'x', detail: { body: 'div.a5' } } });
    expect(f.bodyFound).toBe(true);
    expect(f.bodyDetected).toBeUndefined();
    expect(f.text).not.toContain('申报表');
  });
});

describe('the replica redesign transform', () => {
  it('renames classes and ids consistently, wraps the body, keeps text, links and meta', () => {
    const out = redesignHtml(
      `<html><head><meta name="PubDate" content="2024-06-12"></head><body><div class="a b" id="main"><a class="a" href="/x.html" title="T">文本</a></div></body></html>`,
    );
    const $ = loadHtml(out);
    expect($('.a, .b, #main').length).toBe(0);
    const div = $('body > div > div > div');
    expect(div.attr('class')?.split(' ')).toHaveLength(2);
    expect($('a').attr('class')).toBe(div.attr('class')?.split(' ')[0]);
    expect($('a').attr('href')).toBe('/x.html');
    expect($('a').text()).toBe('文本');
    expect($('meta[name="PubDate"]').attr('content')).toBe('2024-06-12');
  });
});

describe('run outcomes', () => {
  const base = () => ({ ...emptyCounters(), listPagesOk: 1, listRowsMatched: 5, items: 5, detailPages: 5, detailOk: 5 });
  it('ok, degraded, moved, blocked, down, each with why', () => {
    expect(judgeHealth(base(), {}, { item: 'li' }).outcome).toBe('ok');
    const d = judgeHealth({ ...base(), listRowsMatched: 0, listDetected: 1, listDetectedItem: 'div.z8 > div.r5' }, {}, { item: 'ul.list li' });
    expect(d).toMatchObject({ outcome: 'degraded', status: 'alarm' });
    expect(d.reason).toContain('list selector "ul.list li" matched nothing on 1 page(s); used structure detection (rows "div.z8 > div.r5")');
    expect(d.alarms.join()).toContain('structure detection');
    const body = judgeHealth({ ...base(), detailBodyMissing: 2, detailDetected: 2, detailDetectedBody: 'div.a5' }, {}, { body: '.TRS_Editor' });
    expect(body.outcome).toBe('degraded');
    expect(body.reason).toContain('detail body selector ".TRS_Editor" matched nothing on 2 of 5 pages; used structure detection (body "div.a5")');
    expect(judgeHealth({ ...base(), items: 0, listRowsMatched: 0 }, {}, { item: 'li.x' }).outcome).toBe('moved');
    expect(judgeHealth({ ...base(), listMovedTo: 'https://x/new/' }, {}, {}).reason).toBe('list page redirects to https://x/new/');
    const fail = (kind: string, status?: number) => judgeHealth({ ...emptyCounters(), listFailure: { kind, message: 'm', status } }, { 'list-x': 1 }, {});
    expect(fail('blocked', 412).outcome).toBe('blocked');
    expect(fail('http', 403).outcome).toBe('blocked');
    expect(fail('not-found', 404).outcome).toBe('moved');
    expect(fail('timeout').outcome).toBe('down');
    expect(fail('server', 503).outcome).toBe('down');
    expect(fail('network').reason).toContain('unreachable');
  });
});
