import { describe, expect, it } from 'vitest';
import { dateFromUrl, parseDate } from '../../crawler/extract/dates.ts';
import { extractDetail, readMetaTable } from '../../crawler/extract/detail.ts';
import { extractDocNumber, normalizeDocNumber } from '../../crawler/extract/docnumber.ts';
import { extractList, loadHtml } from '../../crawler/extract/list.ts';
import { sanitizeNodes } from '../../crawler/extract/sanitize.ts';
import { nodesToText } from '../../crawler/extract/text.ts';
import { absoluteUrl, canonicalUrl, rewriteToBase } from '../../crawler/extract/urls.ts';
import { decodeBody } from '../../crawler/fetch/encoding.ts';
import { looksLikeChallenge, parseRetryAfter } from '../../crawler/fetch/http.ts';
import { scriptRedirectTarget } from '../../crawler/fetch/script-redirect.ts';
import type { ListDef } from '../../crawler/source.ts';
import { gbk } from '../helpers/replica-server.ts';

describe('dates', () => {
  it.each([
    ['2022年12月23日', '2022-12-23'],
    ['发文日期：2022年 1月 3日', '2022-01-03'],
    ['二〇二二年十二月二十三日', '2022-12-23'],
    ['2022-12-23', '2022-12-23'],
    ['2022-12-23 10:20', '2022-12-23'],
    ['2018-12-21-15:40:12', '2018-12-21'],
    ['2022.12.23', '2022-12-23'],
    ['2022/1/5', '2022-01-05'],
    ['23 December 2022', '2022-12-23'],
    ['December 23, 2022', '2022-12-23'],
    ['Dec. 3, 2022', '2022-12-03'],
    ['Mon, 23 Dec 2024 10:00:00 +0000', '2024-12-23'],
    ['2024-12-23T18:30:00Z', '2024-12-23'],
    ['１９９９年１月２日', '1999-01-02'],
  ])('%s -> %s', (input, out) => expect(parseDate(input)).toBe(out));

  it('reads unix times in China time by default', () => {
    // 2024-12-22T17:00:00Z is already 23 December in Beijing
    expect(parseDate(1734886800)).toBe('2024-12-23');
    expect(parseDate('1734886800000')).toBe('2024-12-23');
    expect(parseDate(1734886800, { tzOffsetMinutes: 0 })).toBe('2024-12-22');
  });

  it('rejects non-dates and impossible dates', () => {
    for (const bad of ['', '第33号', '2024年第33号', '2023-02-30', '13/45/2020', null, undefined, 'hello']) expect(parseDate(bad)).toBeNull();
  });

  it('finds dates in URLs', () => {
    expect(dateFromUrl('http://gss.mof.gov.cn/gzdt/zhengcefabu/202412/t20241223_3950.htm')).toBe('2024-12-23');
    expect(dateFromUrl('https://policy.trade.ec.europa.eu/news/eu-china-2024-12-23_en')).toBe('2024-12-23');
    expect(dateFromUrl('/a/b/c.html')).toBeNull();
  });
});

describe('document numbers', () => {
  it.each([
    ['国务院关于印发的通知 国发〔2018〕43号', '国发〔2018〕43号'],
    ['税委会公告[2024]8号', '税委会公告〔2024〕8号'],
    ['署税发【2023】 第12号', '署税发〔2023〕12号'],
    ['商务部公告2024年第33号', '商务部公告2024年第33号'],
    ['海关总署公告 2024 年第 123 号（关于…）', '海关总署公告2024年第123号'],
    ['（2022年第5号）', '2022年第5号'],
  ])('%s -> %s', (input, out) => expect(extractDocNumber(input)).toBe(out));
  it('returns null when there is none', () => {
    expect(extractDocNumber('关于做好出口退税工作的通知')).toBeNull();
    expect(normalizeDocNumber('无')).toBeNull();
    expect(normalizeDocNumber(' 国发（2018）43号 ')).toBe('国发〔2018〕43号');
  });
});

describe('urls', () => {
  it('makes links absolute and drops non-http ones', () => {
    expect(absoluteUrl('../a/b.html', 'http://x.cn/zcfb/list/index.html')).toBe('http://x.cn/zcfb/a/b.html');
    expect(absoluteUrl('javascript:void(0)', 'http://x.cn/')).toBeNull();
    expect(absoluteUrl('', 'http://x.cn/')).toBeNull();
  });
  it('canonicalises', () => {
    expect(canonicalUrl('HTTP://WWW.X.cn:80/a?b=2&utm_source=x&a=1#top')).toBe('http://www.x.cn/a?a=1&b=2');
  });
  it('rewrites links to the original host onto a mirror', () => {
    expect(rewriteToBase('https://www.mofcom.gov.cn/zcfb/a.html', 'https://www.mofcom.gov.cn', 'http://127.0.0.1:9000')).toBe(
      'http://127.0.0.1:9000/zcfb/a.html',
    );
    expect(rewriteToBase('https://other.gov.cn/a.html', 'https://www.mofcom.gov.cn', 'http://127.0.0.1:9000')).toBe('https://other.gov.cn/a.html');
  });
});

describe('text and sanitising', () => {
  const html = `<div><h2>标题</h2><p>第一段，<b>重点</b>内容。</p><p>第二段<br>换行</p><script>alert(1)</script><style>p{}</style>
  <table><tr><td>商品</td><td>税率</td></tr><tr><td>钢材</td><td>13%</td></tr></table>
  <p style="display:none">隐藏</p><a href="/f.pdf" onclick="x()">附件</a><a href="javascript:alert(1)">坏链接</a><img src="x.png" onerror="y()"><iframe src="//evil"></iframe></div>`;
  it('keeps paragraphs, lines and table rows', () => {
    const $ = loadHtml(html);
    expect(nodesToText($('div').toArray())).toBe('标题\n第一段，重点内容。\n第二段\n换行\n商品 税率\n钢材 13%\n附件坏链接');
  });
  it('sanitises: no scripts, handlers or javascript: links; absolute URLs', () => {
    const $ = loadHtml(html);
    const out = sanitizeNodes($('div').toArray(), 'http://x.cn/a/b.html');
    expect(out).not.toMatch(/script|onclick|onerror|javascript:|iframe|style/i);
    expect(out).toContain('<a href="http://x.cn/f.pdf" rel="noopener nofollow">附件</a>');
    expect(out).toContain('<img src="http://x.cn/a/x.png">');
    expect(out).toContain('<td>钢材</td>');
  });
  it('escapes text that looks like markup', () => {
    const $ = loadHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(sanitizeNodes($('p').toArray(), 'http://x.cn/')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });
});

describe('metadata tables with padded labels', () => {
  it('matches labels regardless of spaces and full-width spaces', () => {
    const $ = loadHtml(`<table class="bd1"><tr><td><b>索 引 号：</b></td><td>000014349/2018-00188</td><td><b>主题分类：</b></td><td>财政、金融、审计</td></tr>
    <tr><td><b>标　　题：</b></td><td>国务院关于印发某方案的通知</td></tr><tr><td>发文字号：</td><td>国发〔2018〕43号</td><td>发布日期：</td><td>2018年12月21日</td></tr></table>`);
    const m = readMetaTable($, 'table.bd1');
    expect(m['索引号']).toBe('000014349/2018-00188');
    expect(m['标题']).toBe('国务院关于印发某方案的通知');
    expect(m['发文字号']).toBe('国发〔2018〕43号');
    const d = extractDetail($.html(), {
      url: 'http://www.gov.cn/zhengce/content/2018-12/21/content_1.htm',
      source: {
        agency: '国务院',
        detail: { metaTable: { selector: 'table.bd1', labels: { title: '标    题', docNumber: '发文字号', published: '发布日期' } } },
      },
    });
    expect(d.title).toBe('国务院关于印发某方案的通知');
    expect(d.docNumber).toBe('国发〔2018〕43号');
    expect(d.publishedAt).toBe('2018-12-21');
  });
});

describe('detail extraction', () => {
  it('finds fields by selectors and patterns, effective dates and attachments; flags a missing body', () => {
    const page = `<html><head><meta name="PubDate" content="2024-03-01 10:00"></head><body><h1> 关于调整出口退税率的公告 </h1>
      <div class="art-con">发文日期：2024年2月28日 <div class="art-con-bottonmLine"><p>商务部公告2024年第8号</p><p>本公告自2024年4月1日起施行。</p>
      <div class="fujian"><a href="/files/a.pdf">附件1.pdf</a><a href="list.xls">清单</a><a href="/other.html">相关</a></div></div></div></body></html>`;
    const source = {
      agency: '商务部',
      detail: { title: 'h1', body: 'div.art-con-bottonmLine', date: { selector: '.art-con', pattern: '发文日期：(\\d{4}年\\d{1,2}月\\d{1,2}日)' } },
    };
    const d = extractDetail(page, { url: 'https://www.mofcom.gov.cn/zcfb/a.html', source });
    expect(d.title).toBe('关于调整出口退税率的公告');
    expect(d.publishedAt).toBe('2024-02-28');
    expect(d.effectiveAt).toBe('2024-04-01');
    expect(d.docNumber).toBe('商务部公告2024年第8号');
    expect(d.agency).toBe('商务部');
    expect(d.attachments.map((a) => [a.type, a.url])).toEqual([
      ['pdf', 'https://www.mofcom.gov.cn/files/a.pdf'],
      ['xls', 'https://www.mofcom.gov.cn/zcfb/list.xls'],
    ]);
    expect(d.bodyFound).toBe(true);
    const broken = extractDetail(page, {
      url: 'https://www.mofcom.gov.cn/zcfb/a.html',
      source: { ...source, detail: { ...source.detail, body: '.new-layout-body' } },
    });
    expect(broken.bodyFound).toBe(false);
    expect(broken.text).toContain('本公告自2024年4月1日起施行');
  });
});

describe('list extraction', () => {
  const html: ListDef = { kind: 'html', url: '/', item: 'ul.list li', exclude: '.sep', fields: { title: 'a@title', link: 'a@href', date: 'span' } };
  it('reads HTML rows, drops excluded rows and links outside the pattern', () => {
    const page = `<ul class="list"><li><a href="/a/1.html" title="标题一">标题一…</a><span>2024-01-02</span></li><li class="sep"></li>
      <li><a href="https://x.cn/a/2.html">标题二</a><span>2024年1月1日</span></li><li><a href="javascript:;">坏</a></li></ul>`;
    const r = extractList(page, 'https://x.cn/list/index.html', html);
    expect(r.matched).toBe(3);
    expect(r.items).toEqual([
      expect.objectContaining({ url: 'https://x.cn/a/1.html', title: '标题一', date: '2024-01-02' }),
      expect.objectContaining({ url: 'https://x.cn/a/2.html', title: '标题二', date: '2024-01-01' }),
    ]);
    expect(extractList(page, 'https://x.cn/', { ...html, linkPattern: '/1\\.html$' }).items).toHaveLength(1);
  });
  it('survives malformed HTML', () => {
    const page = `<ul class="list"><li><a href="/a/1.html" title="一">一<span>2024-01-02<li><a href="/a/2.html">二</a><span>2024-01-03</ul></div></div><p><<`;
    const r = extractList(page, 'https://x.cn/', html);
    expect(r.items.map((i) => i.url)).toEqual(['https://x.cn/a/1.html', 'https://x.cn/a/2.html']);
  });
  it('reads JSON APIs with dotted paths and fallbacks', () => {
    const data = {
      searchVO: {
        catMap: {
          gongwen: {
            listVO: [
              {
                title: '国务院关于…的通知',
                url: 'https://www.gov.cn/zhengce/content/1.htm',
                pubtimeStr: null,
                ptime: 1734886800000,
                pcode: '国发〔2024〕1号',
                puborg: '国务院',
              },
            ],
          },
        },
      },
    };
    const r = extractList(JSON.stringify(data), 'https://sousuo.www.gov.cn/search-gov/data?p=1', {
      kind: 'json',
      url: '/',
      itemsPath: 'searchVO.catMap.gongwen.listVO',
      fields: { title: 'title', link: 'url', date: ['pubtimeStr', 'ptime'], docNumber: 'pcode', agency: 'puborg' },
    });
    expect(r.items[0]).toMatchObject({ date: '2024-12-23', docNumber: '国发〔2024〕1号', agency: '国务院' });
    expect(() => extractList('<html>', 'https://x/', { kind: 'json', url: '/', fields: { link: 'url' } })).toThrow(/not JSON/);
  });
  it('follows a JSON next-page URL and reads attachments from API fields', () => {
    const def: ListDef = {
      kind: 'json',
      url: '/',
      itemsPath: 'results',
      pagination: { type: 'next', path: 'next_page_url' },
      fields: { title: 'title', link: 'html_url', attachments: ['pdf_url', 'files'] },
    };
    const data = {
      next_page_url: 'https://api.example.gov/documents.json?page=2',
      results: [
        {
          title: 'Entity List additions',
          html_url: '/documents/1',
          pdf_url: 'https://files.example.gov/pdf/2024-1.pdf',
          files: [{ url: '/annex/a.xlsx', name: 'Annex A' }, '/annex/b.docx', 'javascript:void(0)', null],
        },
        { title: 'No documents', html_url: '/documents/2', pdf_url: null },
      ],
    };
    const r = extractList(JSON.stringify(data), 'https://api.example.gov/documents.json?page=1', def);
    expect(r.next).toBe('https://api.example.gov/documents.json?page=2');
    expect(r.items[0].attachments).toEqual([
      { name: '2024-1.pdf', url: 'https://files.example.gov/pdf/2024-1.pdf', type: 'pdf', size: null, hash: null },
      { name: 'Annex A', url: 'https://api.example.gov/annex/a.xlsx', type: 'xlsx', size: null, hash: null },
      { name: 'b.docx', url: 'https://api.example.gov/annex/b.docx', type: 'docx', size: null, hash: null },
    ]);
    expect(r.items[1].attachments).toBeUndefined();
    // last page: no next link (absent, null or not a string)
    expect(extractList(JSON.stringify({ results: [] }), 'https://api.example.gov/', def).next).toBeNull();
    expect(extractList(JSON.stringify({ next_page_url: 42, results: [] }), 'https://api.example.gov/', def).next).toBeNull();
    expect(extractList(JSON.stringify({ next_page_url: '/documents.json?page=3' }), 'https://api.example.gov/x', def)).toEqual({
      items: [],
      matched: 0,
      next: 'https://api.example.gov/documents.json?page=3',
    });
  });
  it('reads every attachment link of an HTML row', () => {
    const def: ListDef = { kind: 'html', url: '/', item: 'li', fields: { title: 'a.t', link: 'a.t@href', attachments: 'a.file' } };
    const page = `<ul><li><a class="t" href="/n/1.html">通知</a><a class="file" href="/f/附件1.pdf">附件1</a><a class="file" href="/f/2.doc"></a></li></ul>`;
    const [it0] = extractList(page, 'https://x.cn/list/', def).items;
    expect(it0.attachments?.map((a) => [a.name, a.type, a.url])).toEqual([
      ['附件1', 'pdf', 'https://x.cn/f/%E9%99%84%E4%BB%B61.pdf'],
      ['2.doc', 'doc', 'https://x.cn/f/2.doc'],
    ]);
  });
  it('reads RSS and Atom', () => {
    const rss = `<?xml version="1.0"?><rss><channel><item><title>EU trade news</title><link>https://policy.trade.ec.europa.eu/news/a-2024-12-20_en</link><pubDate>Fri, 20 Dec 2024 09:00:00 +0100</pubDate><description>&lt;p&gt;Summary&lt;/p&gt;</description></item></channel></rss>`;
    const r = extractList(rss, 'https://policy.trade.ec.europa.eu/node/2/rss_en', { kind: 'rss', url: '/' });
    expect(r.items[0]).toMatchObject({ title: 'EU trade news', date: '2024-12-20', body: '<p>Summary</p>' });
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>UK tariff notice</title><link rel="alternate" href="https://www.gov.uk/government/news/x"/><updated>2024-12-19T10:00:00Z</updated><summary>Short</summary></entry></feed>`;
    const a = extractList(atom, 'https://www.gov.uk/x.atom', { kind: 'atom', url: '/' });
    expect(a.items[0]).toMatchObject({ url: 'https://www.gov.uk/government/news/x', date: '2024-12-19', title: 'UK tariff notice' });
  });
});

describe('encodings and anti-bot pages', () => {
  it('decodes GBK as GB18030, trusts valid UTF-8 over a wrong label', () => {
    expect(decodeBody(gbk('<p>关税</p>'), 'text/html; charset=gbk').text).toBe('<p>关税</p>');
    expect(decodeBody(Buffer.from('<p>关税</p>'), 'text/html; charset=gbk').text).toBe('<p>关税</p>');
    expect(decodeBody(gbk('<p>关税</p>'), 'text/html; charset=utf-8').text).toBe('<p>关税</p>');
    expect(decodeBody(gbk('<p>关税</p>'), null, 'gbk').source).toBe('forced');
  });
  it('recognises challenge pages and Retry-After forms', () => {
    expect(looksLikeChallenge(`<html><script>document.cookie='__jsl_clearance=1';location.reload()</script></html>`)).toBe(true);
    expect(looksLikeChallenge(`<html><body><p>${'正文'.repeat(200)}</p><script>document.cookie='a=1';location.href='/x'</script></body></html>`)).toBe(false);
    expect(parseRetryAfter('7')).toBe(7000);
    expect(parseRetryAfter(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('script-only redirect pages', () => {
  it('finds the target of window.location / location.replace / meta refresh pages', () => {
    expect(scriptRedirectTarget(`<html><body><script type="text/javascript">window.location.href='/article/b/e/1.shtml';</script></body></html>`)).toBe(
      '/article/b/e/1.shtml',
    );
    expect(scriptRedirectTarget(`<script>location.replace("http://x.gov.cn/a.html")</script>`)).toBe('http://x.gov.cn/a.html');
    expect(scriptRedirectTarget(`<script>top.location = 'b.html'</script><p>正在跳转…</p>`)).toBe('b.html');
    expect(scriptRedirectTarget(`<head><meta http-equiv="refresh" content="0; url=/new/page.html"></head><body></body>`)).toBe('/new/page.html');
  });

  it('leaves content pages, challenges and odd targets alone', () => {
    // a long-delay refresh is a page to read
    expect(scriptRedirectTarget(`<meta http-equiv="refresh" content="300; url=/index.html"><p>x</p>`)).toBeNull();
    // a cookie-setting reload is an anti-bot challenge, not a move
    expect(scriptRedirectTarget(`<script>document.cookie='a=1';window.location.href='/x'</script>`)).toBeNull();
    expect(scriptRedirectTarget(`<p>${'正文'.repeat(100)}</p><script>window.location.href='/x'</script>`)).toBeNull();
    expect(scriptRedirectTarget(`<script>window.location.href='javascript:void(0)'</script>`)).toBeNull();
    expect(scriptRedirectTarget(`<script>var u = location.href;</script>`)).toBeNull();
    expect(scriptRedirectTarget('')).toBeNull();
    expect(scriptRedirectTarget(`<script>window.location.href='/x'</script>${' '.repeat(30_000)}`)).toBeNull();
  });
});
