/**
 * Extraction fidelity, the pure parts: document numbers keep every issuer,
 * the issuing office comes from the page's signals (most specific first,
 * the signal recorded), titles lose the metadata wrappers carry.
 */
import { describe, expect, it } from 'vitest';
import { extractDetail } from '../../crawler/extract/detail.ts';
import { chooseIssuer, labelIssuers, signatureIssuers, titleIssuers } from '../../crawler/extract/issuer.ts';
import { cleanTitle, crossCheckTitle, pageTitleHead } from '../../crawler/extract/title.ts';
import { extractDocNumber, normalizeDocNumber, parseDocNumber } from '../../taxonomy/docnumber.ts';
import { looksLikeIssuer, splitIssuers } from '../../taxonomy/issuers.ts';

describe('co-issued document numbers', () => {
  it.each([
    ['商务部 海关总署公告2026年第41号', '商务部 海关总署公告2026年第41号', ['商务部', '海关总署']],
    ['商务部　海关总署公告２０２６年第４１号', '商务部 海关总署公告2026年第41号', ['商务部', '海关总署']],
    ['财政部、海关总署、税务总局公告2024年第10号', '财政部 海关总署 税务总局公告2024年第10号', ['财政部', '海关总署', '税务总局']],
    ['财政部税务总局公告2024年第15号', '财政部 税务总局公告2024年第15号', ['财政部', '税务总局']],
    ['现就有关事项公告如下 商务部 海关总署公告2026年第41号', '商务部 海关总署公告2026年第41号', ['商务部', '海关总署']],
    ['根据海关总署公告2024年第123号规定', '海关总署公告2024年第123号', ['海关总署']],
    ['国家发展改革委 商务部令第23号', '国家发展改革委 商务部令第23号', ['国家发展改革委', '商务部']],
    ['财政部 税务总局公告〔2024〕3号', '财政部 税务总局公告〔2024〕3号', ['财政部', '税务总局']],
  ])('%s', (input, text, issuers) => {
    expect(parseDocNumber(input)).toEqual({ text, issuers });
  });

  it('reads issuers from number codes (税委会, 商办贸函, 国办发, 署)', () => {
    expect(parseDocNumber('税委会公告〔2024〕8号')).toEqual({ text: '税委会公告〔2024〕8号', issuers: ['国务院关税税则委员会'] });
    expect(parseDocNumber('商办贸函〔2024〕12号')?.issuers).toEqual(['商务部办公厅']);
    expect(parseDocNumber('国办发〔2024〕9号')?.issuers).toEqual(['国务院办公厅']);
    expect(parseDocNumber('署税发【2023】第12号')).toEqual({ text: '署税发〔2023〕12号', issuers: ['海关总署'] });
    expect(parseDocNumber('（2022年第5号）')).toEqual({ text: '2022年第5号', issuers: [] });
  });

  it('one parser for the crawler and the classifier: the same canonical form whatever the spacing', () => {
    const forms = ['商务部 海关总署公告2026年第41号', '商务部、海关总署公告2026年第41号', '商务部海关总署公告 2026 年第 41 号'];
    expect(new Set(forms.map((f) => normalizeDocNumber(f)))).toEqual(new Set(['商务部 海关总署公告2026年第41号']));
    expect(extractDocNumber('', '另见商务部 海关总署公告2026年第41号')).toBe('商务部 海关总署公告2026年第41号');
  });

  it('keeps an unknown short form as given, and nothing for 无 or a sentence', () => {
    expect(normalizeDocNumber('无')).toBeNull();
    expect(normalizeDocNumber('SZ-2024-07')).toBe('SZ-2024-07');
    expect(normalizeDocNumber('本通知自印发之日起施行，请各单位认真贯彻落实并及时报告执行中遇到的问题')).toBeNull();
  });
});

describe('issuer names', () => {
  it('tells issuing bodies from departments, media and generic words', () => {
    for (const ok of ['商务部办公厅', '国务院关税税则委员会', '深圳市人民政府办公厅', '商务部对外贸易司', '中国出口信用保险公司'])
      expect(looksLikeIssuer(ok), ok).toBe(true);
    for (const bad of ['条法司', '商务部网站', '人民日报', '有关部门', '关于印发的通知', '浏览次数']) expect(looksLikeIssuer(bad), bad).toBe(false);
  });
  it('splits lists written with spaces, 、 or run together', () => {
    expect(splitIssuers('财政部 海关总署　税务总局')).toEqual(['财政部', '海关总署', '税务总局']);
    expect(splitIssuers('国家发展和改革委员会、商务部')).toEqual(['国家发展和改革委员会', '商务部']);
    expect(splitIssuers('商务部等9部门')).toEqual([]);
  });
});

describe('issuer signals', () => {
  it('labels: 发布机构 / 发文单位 / 来源, value cut at the next label', () => {
    expect(labelIssuers('发布时间：2026-10-28　来源：商务部办公厅　浏览次数：12')).toEqual(['商务部办公厅']);
    expect(labelIssuers('发文单位：财政部 海关总署\n成文日期：2026年1月2日')).toEqual(['财政部', '海关总署']);
    expect(labelIssuers('来源：商务部网站\n发布机构：海关总署')).toEqual(['海关总署']);
  });
  it('signatures: plain or right-aligned lines above the date, one per line or one line', () => {
    expect(signatureIssuers('正文。\n特此公告。\n商务部\n海关总署\n2026年10月28日')).toEqual(['商务部', '海关总署']);
    expect(signatureIssuers('正文。\n财政部 税务总局 2026年3月1日')).toEqual(['财政部', '税务总局']);
    expect(signatureIssuers('正文。\n商务部办公厅\n2026年3月1日\n附件：清单.pdf')).toEqual(['商务部办公厅']);
    expect(signatureIssuers('正文到此结束。')).toEqual([]);
    // undated closing lines are not a signature
    expect(signatureIssuers('正文。\n欢迎各企业积极参加本次展会')).toEqual([]);
  });
  it('titles: the issuers before 关于', () => {
    expect(titleIssuers('国务院关税税则委员会关于对原产于美国的部分进口商品加征关税的公告')).toEqual(['国务院关税税则委员会']);
    expect(titleIssuers('关于做好出口退税工作的通知')).toEqual([]);
  });
  it('the first signal, replaced by a later one that is more specific or names more issuers; the default last', () => {
    expect(chooseIssuer([null, { signal: 'docNumber', agencies: ['商务部办公厅'] }, { signal: 'default', agencies: ['商务部'] }])).toEqual({
      agency: '商务部办公厅',
      agencies: ['商务部办公厅'],
      signal: 'docNumber',
    });
    expect(
      chooseIssuer([
        { signal: 'label', agencies: ['商务部'] },
        { signal: 'title', agencies: ['商务部办公厅'] },
      ]),
    ).toMatchObject({ agency: '商务部办公厅', signal: 'title' });
    expect(
      chooseIssuer([
        { signal: 'signature', agencies: ['海关总署'] },
        { signal: 'docNumber', agencies: ['商务部', '海关总署'] },
      ]),
    ).toMatchObject({ agency: '商务部 海关总署', signal: 'docNumber' });
    // a different body is not "more specific": the first signal stays
    expect(
      chooseIssuer([
        { signal: 'label', agencies: ['海关总署'] },
        { signal: 'title', agencies: ['商务部办公厅'] },
      ]),
    ).toMatchObject({ agency: '海关总署', signal: 'label' });
    expect(chooseIssuer([{ signal: 'default', agencies: ['财政部'] }])).toMatchObject({ agency: '财政部', signal: 'default' });
    expect(chooseIssuer([])).toEqual({ agency: null, agencies: [], signal: null });
  });
});

describe('extractDetail records its signals', () => {
  const src = (detail: object) => ({ agency: '商务部', detail: { body: '.art-con', ...detail } });
  it('the office from 来源 over the site owner; the date signal', () => {
    const html =
      '<html><head><meta name="PubDate" content="2026-10-28 09:30"></head><body><div class="info">来源：商务部办公厅　浏览次数：3</div><div class="art-con"><p>通知正文。</p></div></body></html>';
    const d = extractDetail(html, { url: 'http://x.cn/a.html', source: src({ date: { meta: 'PubDate' } }) });
    expect([d.agency, d.agencies, d.agencySignal, d.publishedAt, d.dateSignal]).toEqual(['商务部办公厅', ['商务部办公厅'], 'label', '2026-10-28', 'field']);
  });
  it('nothing on the page: the default, and it says so', () => {
    const d = extractDetail('<html><body><div class="art-con"><p>正文。</p></div></body></html>', {
      url: 'http://x.cn/202610/t20261028_1.html',
      source: src({}),
    });
    expect([d.agency, d.agencySignal, d.publishedAt, d.dateSignal]).toEqual(['商务部', 'default', '2026-10-28', 'url']);
  });
  it('a co-issued number in the body keeps both issuers, as number and as agencies', () => {
    const html =
      '<html><body><h1>商务部 海关总署公告2026年第41号</h1><div class="art-con"><p>商务部 海关总署公告2026年第41号</p><p>正文。</p><p>海关总署</p><p>2026年10月28日</p></div></body></html>';
    const d = extractDetail(html, { url: 'http://x.cn/a.html', source: { agency: '海关总署', detail: { body: '.art-con', title: 'h1' } } });
    expect([d.docNumber, d.agency, d.agencies, d.agencySignal]).toEqual([
      '商务部 海关总署公告2026年第41号',
      '商务部 海关总署',
      ['商务部', '海关总署'],
      'docNumber',
    ]);
  });
});

describe('titles', () => {
  it('drops metadata lines and glued metadata, and a date on the title line', () => {
    expect(cleanTitle(['关于做好2026年出口信用保险工作的通知', '发布时间：2026-10-28', '来源：商务部', '浏览次数：12'])).toBe(
      '关于做好2026年出口信用保险工作的通知',
    );
    expect(cleanTitle('关于做好出口信用保险工作的通知 发布时间：2026-10-28 来源：商务部')).toBe('关于做好出口信用保险工作的通知');
    expect(cleanTitle('关于做好出口信用保险工作的通知 2026-10-28')).toBe('关于做好出口信用保险工作的通知');
    expect(cleanTitle('关于做好出口信用保险工作的通知（2026年10月28日）')).toBe('关于做好出口信用保险工作的通知');
    expect(cleanTitle(['关于延长', '部分商品关税减免期限的公告', '【打印】', '【关闭】', '[ 大 中 小 ]'])).toBe('关于延长部分商品关税减免期限的公告');
    // a year inside a title is part of it
    expect(cleanTitle('2026年中小外贸企业出口信用保险保费补贴申报指南')).toBe('2026年中小外贸企业出口信用保险保费补贴申报指南');
  });
  it('the page <title> without the site name; English hyphens kept', () => {
    expect(pageTitleHead('关于…的通知-中华人民共和国商务部')).toBe('关于…的通知');
    expect(pageTitleHead('关于…的通知_中华人民共和国商务部')).toBe('关于…的通知');
    expect(pageTitleHead('U.S.-China Trade Talks | United States Trade Representative')).toBe('U.S.-China Trade Talks');
  });
  it('cross-checks with the list and <title>', () => {
    expect(crossCheckTitle('关于A的通知 特别提示', '关于A的通知', '关于A的通知')).toBe('关于A的通知');
    expect(crossCheckTitle('关于A的通知', '关于A的…', '关于A的通知')).toBe('关于A的通知');
    expect(crossCheckTitle('', '关于A的通知', null)).toBe('关于A的通知');
    expect(crossCheckTitle('关于A的通知（修订）', '关于A的通知', 'other')).toBe('关于A的通知（修订）');
  });
  it('extractDetail prefers the heading inside a wrapper the selector matched', () => {
    const html =
      '<html><head><title>关于加强出口管制的公告-商务部</title></head><body><div class="art-title"><h1>关于加强出口管制的公告</h1><p>发布时间：2026-10-28　来源：商务部</p></div><div class="art-con"><p>正文。</p></div></body></html>';
    const d = extractDetail(html, { url: 'http://x.cn/a.html', source: { agency: '商务部', detail: { title: '.art-title', body: '.art-con' } } });
    expect(d.title).toBe('关于加强出口管制的公告');
  });
});
