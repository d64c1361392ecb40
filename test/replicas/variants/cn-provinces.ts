/**
 * Second variants of the provincial and city commerce departments added in
 * the second round (gkmlpt, Hanweb and TRS-style sites). Text written for
 * these fixtures; markup after those sites' other columns and years.
 */
import type { ExtractionVariant } from './kit.ts';

const gd: ExtractionVariant = {
  source: 'gd-commerce',
  name: 'gkmlpt joint notice: publisher names two issuers, labels padded with full-width spaces (发布机构 / 文　　号), attachment inside the text named by link text',
  list: {
    path: '/gkmlpt/api/all/0?sid=757',
    body: JSON.stringify({
      articles: [
        {
          id: 4530112,
          title: '广东省商务厅 广东省财政厅关于印发《广东省跨境电商海外仓高质量发展扶持办法》的通知',
          date: 1783303200,
          first_publish_time: 1783303200,
          publisher: '广东省商务厅 广东省财政厅',
          document_number: '粤商务电字〔2026〕9号',
          url: 'http://com.gd.gov.cn/gkmlpt/content/4/4530/post_4530112.html',
        },
      ],
      total: 1,
    }),
  },
  detail: {
    path: '/gkmlpt/content/4/4530/post_4530112.html',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>广东省商务厅 广东省财政厅关于印发《广东省跨境电商海外仓高质量发展扶持办法》的通知</title></head>
<body><div class="gkmlpt-content">
  <div class="introduce"><table>
    <tr><td class="first">索 引 号：</td><td>006939748/2026-00412</td><td class="first">分　　类：</td><td>商贸、海关、旅游</td></tr>
    <tr><td class="first">发布机构：</td><td>广东省商务厅 广东省财政厅</td><td class="first">成文日期：</td><td>2026-06-30</td></tr>
    <tr><td class="first">名　　称：</td><td colspan="3">广东省商务厅 广东省财政厅关于印发《广东省跨境电商海外仓高质量发展扶持办法》的通知</td></tr>
    <tr><td class="first">文　　号：</td><td>粤商务电字〔2026〕9号</td><td class="first">发布日期：</td><td>2026-07-06</td></tr>
  </table></div>
  <div class="content">
    <h1 class="title">广东省商务厅 广东省财政厅关于印发《广东省跨境电商海外仓高质量发展扶持办法》的通知</h1>
    <div class="date-row">发布日期：2026-07-06　<span class="count">浏览次数：1302</span></div>
    <div class="article-content">
      <p>各地级以上市商务主管部门、财政局：</p>
      <p>现将《广东省跨境电商海外仓高质量发展扶持办法》印发给你们，请认真组织实施。</p>
      <p>对新建或租用面积超过5000平方米的公共海外仓，按实际投入给予不超过30%的一次性奖励。</p>
      <p>本办法自2026年8月1日起施行。</p>
      <p><a href="/attachment/0/530/530112/4530112.pdf">广东省跨境电商海外仓高质量发展扶持办法</a></p>
      <p style="text-align:right">广东省商务厅　广东省财政厅</p>
      <p style="text-align:right">2026年6月30日</p>
    </div>
  </div>
</div></body></html>`,
  },
  expect: {
    title: '广东省商务厅 广东省财政厅关于印发《广东省跨境电商海外仓高质量发展扶持办法》的通知',
    docNumber: '粤商务电字〔2026〕9号',
    agency: '广东省商务厅 广东省财政厅',
    agencies: ['广东省商务厅', '广东省财政厅'],
    publishedAt: '2026-07-06',
    effectiveAt: '2026-08-01',
    attachments: ['广东省跨境电商海外仓高质量发展扶持办法|pdf'],
    contains: ['公共海外仓', '不超过30%的一次性奖励'],
    notContains: ['浏览次数', '索引号'],
  },
};

const js: ExtractionVariant = {
  source: 'js-commerce',
  name: 'Hanweb joint notice: the table names two issuers, labels in td cells with a colon, signature on one line, attachment named by text',
  list: {
    path: '/col/col78447/index.html',
    body: `<html><body><div class="default_pgContainer" id="78447"><script type="text/xml"><datastore>
<recordset>
<record><![CDATA[
<li><a href="/art/2026/5/19/art_78447_11823456.html" title="江苏省商务厅 江苏省财政厅关于组织申报2026年度省级外贸发展专项资金的通知" target="_blank">江苏省商务厅 江苏省财政厅关于组织申报2026年度省级外贸发展…</a><span class="bt-data-time">2026-05-19</span></li>
]]></record>
</recordset></datastore></script></div></body></html>`,
  },
  detail: {
    path: '/art/2026/5/19/art_78447_11823456.html',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" content="2026-05-19 09:12"><title>江苏省商务厅 江苏省财政厅关于组织申报2026年度省级外贸发展专项资金的通知 江苏省商务厅</title></head>
<body><div class="main">
  <table class="xxgk_table">
    <tr><td>索引号：</td><td>014000319/2026-00213</td><td>分类：</td><td>对外贸易</td></tr>
    <tr><td>发布机构：</td><td>江苏省商务厅 江苏省财政厅</td><td>成文日期：</td><td>2026-05-15</td></tr>
    <tr><td>文号：</td><td>苏商贸〔2026〕122号</td><td>发布日期：</td><td>2026-05-19</td></tr>
  </table>
  <div class="article"><div class="sp_title">江苏省商务厅 江苏省财政厅关于组织申报2026年度省级外贸发展专项资金的通知</div>
    <div class="sp_time">发布日期：2026-05-19　信息来源：对外贸易处　<span class="count">浏览次数：2716</span></div>
    <div id="zoom">
      <p>各设区市商务局、财政局：</p>
      <p>2026年度省级外贸发展专项资金重点支持企业开拓“一带一路”市场和建设境外营销网络。</p>
      <p>申报企业须于6月20日前通过省商务发展专项资金管理系统提交材料。</p>
      <p style="text-align:right">江苏省商务厅　江苏省财政厅　2026年5月15日</p>
    </div>
    <div class="fujian">附件：<p><a href="/module/download/downfile.jsp?classid=0&filename=2605191012345.docx">申报指南</a></p></div>
  </div>
</div></body></html>`,
  },
  expect: {
    title: '江苏省商务厅 江苏省财政厅关于组织申报2026年度省级外贸发展专项资金的通知',
    docNumber: '苏商贸〔2026〕122号',
    agency: '江苏省商务厅 江苏省财政厅',
    agencies: ['江苏省商务厅', '江苏省财政厅'],
    publishedAt: '2026-05-19',
    effectiveAt: null,
    attachments: ['申报指南|docx'],
    contains: ['境外营销网络', '6月20日前'],
    notContains: ['浏览次数', '对外贸易处'],
  },
};

const sd: ExtractionVariant = {
  source: 'sd-commerce',
  name: 'Hanweb office notice: th labels with full-width colons, 鲁商字 number, effective date in the text, no attachment',
  list: {
    path: '/col/col15736/index.html',
    body: `<html><body><div class="default_pgContainer" id="15736"><script type="text/xml"><datastore>
<recordset>
<record><![CDATA[
<li><a href="/art/2026/8/3/art_15736_10622001.html" title="山东省商务厅关于印发《山东省进口贸易促进创新示范区建设指引》的通知" target="_blank">山东省商务厅关于印发《山东省进口贸易促进创新示范区建设指引》的通知</a><span class="bt-data-time">2026-08-03</span></li>
]]></record>
</recordset></datastore></script></div></body></html>`,
  },
  detail: {
    path: '/art/2026/8/3/art_15736_10622001.html',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>山东省商务厅关于印发《山东省进口贸易促进创新示范区建设指引》的通知</title></head>
<body><div class="wrap">
  <table class="xxgk_table" width="100%">
    <tr><th>索引号：</th><td>11370000004234116K/2026-00388</td><th>主题分类：</th><td>商务</td></tr>
    <tr><th>发布机构：</th><td>山东省商务厅</td><th>成文日期：</th><td>2026年07月29日</td></tr>
    <tr><th>文号：</th><td>鲁商字〔2026〕64号</td><th>发布日期：</th><td>2026年08月03日</td></tr>
  </table>
  <div class="sp_title">山东省商务厅关于印发《山东省进口贸易促进创新示范区建设指引》的通知</div>
  <div id="zoom">
    <p>各市商务局：</p>
    <p>为扩大优质产品进口，现将《山东省进口贸易促进创新示范区建设指引》印发给你们。</p>
    <p>示范区应建设进口商品展示交易中心，推动保税展示交易常态化。</p>
    <p>本指引自2026年9月1日起施行。</p>
    <p style="text-align:right">山东省商务厅</p>
    <p style="text-align:right">2026年7月29日</p>
  </div>
  <div class="bt-article-count"><span class="count">浏览次数：460</span></div>
</div></body></html>`,
  },
  expect: {
    title: '山东省商务厅关于印发《山东省进口贸易促进创新示范区建设指引》的通知',
    docNumber: '鲁商字〔2026〕64号',
    agency: '山东省商务厅',
    agencies: ['山东省商务厅'],
    publishedAt: '2026-08-03',
    effectiveAt: '2026-09-01',
    attachments: [],
    contains: ['保税展示交易常态化'],
    notContains: ['浏览次数', '索引号'],
  },
};

const sc: ExtractionVariant = {
  source: 'sc-commerce',
  name: 'no h2.article-title (h1 with the date span), two issuers signed on one line, 川商 number with ［］ brackets, attachment in .fujian',
  list: {
    path: '/sccom/tzgg/index.html',
    body: `<html><body><div class="listBox"><ul>
  <li><a href="./202609/t20260922_80112.html" title="四川省商务厅 成都海关关于做好2026年中欧班列（成渝）出口货物通关服务的通知">四川省商务厅 成都海关关于做好2026年中欧班列（成渝）出口…</a><span>2026-09-22</span></li>
</ul></div></body></html>`,
  },
  detail: {
    path: '/sccom/tzgg/202609/t20260922_80112.html',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" content="2026-09-22 16:30"><title>四川省商务厅 成都海关关于做好2026年中欧班列（成渝）出口货物通关服务的通知</title></head>
<body><div class="contentBox">
  <h1>四川省商务厅 成都海关关于做好2026年中欧班列（成渝）出口货物通关服务的通知<span class="date">2026-09-22</span></h1>
  <div class="info">来源：对外贸易处　<span class="view">浏览次数：338</span></div>
  <div class="TRS_Editor">
    <p style="text-align:center">川商贸［2026］47号</p>
    <p>各市（州）商务主管部门，成都海关各隶属海关：</p>
    <p>对中欧班列（成渝）出口货物实行“车边验放”，铁路运单可作为报关随附单证。</p>
    <p>本通知自2026年10月8日起执行。</p>
    <p style="text-align:right">四川省商务厅　成都海关</p>
    <p style="text-align:right">2026年9月22日</p>
  </div>
  <div class="fujian"><a href="./202609/P020260922371001.xlsx">班列出口企业联络表</a></div>
</div></body></html>`,
  },
  expect: {
    title: '四川省商务厅 成都海关关于做好2026年中欧班列（成渝）出口货物通关服务的通知',
    docNumber: '川商贸〔2026〕47号',
    agency: '四川省商务厅 成都海关',
    agencies: ['四川省商务厅', '成都海关'],
    publishedAt: '2026-09-22',
    effectiveAt: '2026-10-08',
    attachments: ['班列出口企业联络表|xlsx'],
    contains: ['车边验放', '铁路运单可作为报关随附单证'],
    notContains: ['浏览次数', '对外贸易处'],
  },
};

const hn: ExtractionVariant = {
  source: 'hn-commerce',
  name: 'FTP column page: h1 instead of h2.zx-title, 琼商务规 number, signature with the seal date on the same line, two attachments named by text',
  list: {
    path: '/dofcom/zcwj/index.html',
    body: `<html><body><ul class="list-ul">
  <li><a href="./202611/t20261105_3900112.html" title="海南省商务厅关于印发《海南自由贸易港加工增值货物内销免征关税操作指引》的通知">海南省商务厅关于印发《海南自由贸易港加工增值货物内销…</a><em>2026-11-05</em></li>
</ul></body></html>`,
  },
  detail: {
    path: '/dofcom/zcwj/202611/t20261105_3900112.html',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" content="2026-11-05 11:00"><title>海南省商务厅关于印发《海南自由贸易港加工增值货物内销免征关税操作指引》的通知</title></head>
<body><div class="zx-box">
  <h1>海南省商务厅关于印发《海南自由贸易港加工增值货物内销免征关税操作指引》的通知</h1>
  <div class="zx-info">发布时间：2026-11-05　来源：自贸港贸易处　<span class="view">阅读次数：1920</span></div>
  <div class="TRS_UEDITOR">
    <p style="text-align:center">琼商务规〔2026〕6号</p>
    <p>各市、县、自治县商务主管部门，洋浦经济开发区管委会：</p>
    <p>鼓励类产业企业生产的含进口料件在海南自由贸易港加工增值达到30%及以上的货物，进入内地免征进口关税。</p>
    <p>本指引自2026年12月1日起施行，有效期五年。</p>
    <p style="text-align:right">海南省商务厅　2026年11月3日</p>
  </div>
  <div class="fujian"><p><a href="./202611/P020261105600001.pdf">1.操作指引全文</a></p><p><a href="./202611/P020261105600002.doc">2.加工增值计算表</a></p></div>
</div></body></html>`,
  },
  expect: {
    title: '海南省商务厅关于印发《海南自由贸易港加工增值货物内销免征关税操作指引》的通知',
    docNumber: '琼商务规〔2026〕6号',
    agency: '海南省商务厅',
    agencies: ['海南省商务厅'],
    publishedAt: '2026-11-05',
    effectiveAt: '2026-12-01',
    attachments: ['1.操作指引全文|pdf', '2.加工增值计算表|doc'],
    contains: ['加工增值达到30%及以上', '免征进口关税'],
    notContains: ['阅读次数', '自贸港贸易处'],
  },
};

const fj: ExtractionVariant = {
  source: 'fj-commerce',
  name: 'no .xl_tit (h1 with the date in the title line), 来源 names the office, three co-issuers signed on separate lines, no attachment',
  list: {
    path: '/xxgk/zcfg/index.htm',
    body: `<html><body><div class="gl_list"><ul>
  <li><a href="./202604/t20260427_6701234.htm" title="福建省商务厅 福建省财政厅 国家税务总局福建省税务局关于支持台胞台企参与跨境贸易的若干措施">福建省商务厅 福建省财政厅 国家税务总局福建省税务局关于支持…</a><span class="time">2026-04-27</span></li>
</ul></div></body></html>`,
  },
  detail: {
    path: '/xxgk/zcfg/202604/t20260427_6701234.htm',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" content="2026-04-27 15:20"><title>福建省商务厅 福建省财政厅 国家税务总局福建省税务局关于支持台胞台企参与跨境贸易的若干措施</title></head>
<body><div class="xl_box">
  <h1>福建省商务厅 福建省财政厅 国家税务总局福建省税务局关于支持台胞台企参与跨境贸易的若干措施　2026-04-27</h1>
  <div class="xl_info">来源：福建省商务厅办公室　<span class="view">浏览次数：705</span></div>
  <div class="TRS_Editor">
    <p style="text-align:center">闽商务外贸〔2026〕15号</p>
    <p>各设区市商务局、财政局、税务局，平潭综合实验区相关部门：</p>
    <p>台资企业经营对台小额贸易的，可按规定享受出口退税“即报即退”便利。</p>
    <p>本措施自2026年5月1日起实施。</p>
    <p style="text-align:right">福建省商务厅</p>
    <p style="text-align:right">福建省财政厅</p>
    <p style="text-align:right">国家税务总局福建省税务局</p>
    <p style="text-align:right">2026年4月25日</p>
  </div>
</div></body></html>`,
  },
  expect: {
    title: '福建省商务厅 福建省财政厅 国家税务总局福建省税务局关于支持台胞台企参与跨境贸易的若干措施',
    docNumber: '闽商务外贸〔2026〕15号',
    agency: '福建省商务厅 福建省财政厅 国家税务总局福建省税务局',
    agencies: ['福建省商务厅', '福建省财政厅', '国家税务总局福建省税务局'],
    publishedAt: '2026-04-27',
    effectiveAt: '2026-05-01',
    attachments: [],
    contains: ['即报即退', '对台小额贸易'],
    notContains: ['浏览次数', '福建省商务厅办公室'],
  },
};

const sh: ExtractionVariant = {
  source: 'sh-commerce',
  name: 'no #ivs_title (h2 only), 沪商 number with the year in [ ], two co-issuers on two lines, attachment in the text named by link text',
  list: {
    path: '/zcfg/index.html',
    body: `<html><body><ul class="uli14 nowrapli">
  <li><a href="/zcfg/20261016/3c5e7a9b1d2f4a6c8e0b2d4f6a8c0e12.html" title="上海市商务委员会 上海市财政局关于印发《上海市促进离岸贸易发展的若干措施》的通知">上海市商务委员会 上海市财政局关于印发《上海市促进离岸贸易…</a><span class="time">2026-10-16</span></li>
</ul></body></html>`,
  },
  detail: {
    path: '/zcfg/20261016/3c5e7a9b1d2f4a6c8e0b2d4f6a8c0e12.html',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" content="2026-10-16 10:45"><title>上海市商务委员会 上海市财政局关于印发《上海市促进离岸贸易发展的若干措施》的通知</title></head>
<body><div class="Article">
  <h2>上海市商务委员会 上海市财政局关于印发《上海市促进离岸贸易发展的若干措施》的通知</h2>
  <div class="Article-time">发布日期：2026-10-16　<span class="view">浏览次数：1288</span></div>
  <div id="ivs_content" class="Article_content">
    <p style="text-align:center">沪商服贸[2026]201号</p>
    <p>各区商务主管部门、财政局，各有关单位：</p>
    <p>支持银行为真实合规的离岸转手买卖提供跨境资金结算便利，经认定的离岸贸易企业可享受专项资金支持。</p>
    <p><a href="/cmsres/3c/3c5e7a9b1d2f4a6c8e0b2d4f6a8c0e12/detail.pdf">上海市促进离岸贸易发展的若干措施</a></p>
    <p style="text-align:right">上海市商务委员会</p>
    <p style="text-align:right">上海市财政局</p>
    <p style="text-align:right">2026年10月12日</p>
  </div>
</div></body></html>`,
  },
  expect: {
    title: '上海市商务委员会 上海市财政局关于印发《上海市促进离岸贸易发展的若干措施》的通知',
    docNumber: '沪商服贸〔2026〕201号',
    agency: '上海市商务委员会 上海市财政局',
    agencies: ['上海市商务委员会', '上海市财政局'],
    publishedAt: '2026-10-16',
    effectiveAt: null,
    attachments: ['上海市促进离岸贸易发展的若干措施|pdf'],
    contains: ['离岸转手买卖', '跨境资金结算便利'],
    notContains: ['浏览次数'],
  },
};

const suzhou: ExtractionVariant = {
  source: 'suzhou-commerce',
  name: 'city bureau notice: no .article-title (h1), 苏商 number in the first paragraph, signature naming the bureau and its office, docx named by text',
  list: {
    path: '/szsww/tzgg/nav_list.shtml',
    body: `<html><body><ul class="infoList">
  <li><a href="/szsww/tzgg/202608/9f8e7d6c5b4a39281706f5e4d3c2b1a0.shtml" title="苏州市商务局关于组织参加2026年中国国际进口博览会苏州交易团的通知">苏州市商务局关于组织参加2026年中国国际进口博览会苏州交易团的通知</a><span class="date">2026-08-21</span></li>
</ul></body></html>`,
  },
  detail: {
    path: '/szsww/tzgg/202608/9f8e7d6c5b4a39281706f5e4d3c2b1a0.shtml',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" content="2026-08-21 14:00"><title>苏州市商务局关于组织参加2026年中国国际进口博览会苏州交易团的通知</title></head>
<body><div class="article-box">
  <h1>苏州市商务局关于组织参加2026年中国国际进口博览会苏州交易团的通知</h1>
  <div class="article-info">发布时间：2026-08-21　信息来源：苏州市商务局　<span class="view">浏览次数：233</span></div>
  <div class="article-content">
    <p>苏商贸〔2026〕58号</p>
    <p>各县级市（区）商务主管部门，各有关企业：</p>
    <p>第九届中国国际进口博览会将于2026年11月在上海举办。请各地组织有进口需求的企业注册成为苏州交易团专业观众。</p>
    <p>请于9月15日前报送报名汇总表。</p>
    <p style="text-align:right">苏州市商务局</p>
    <p style="text-align:right">2026年8月20日</p>
  </div>
  <div class="fujian">附件：<a href="/szsww/tzgg/202608/P020260821338001.docx">交易团报名汇总表</a></div>
</div></body></html>`,
  },
  expect: {
    title: '苏州市商务局关于组织参加2026年中国国际进口博览会苏州交易团的通知',
    docNumber: '苏商贸〔2026〕58号',
    agency: '苏州市商务局',
    agencies: ['苏州市商务局'],
    publishedAt: '2026-08-21',
    effectiveAt: null,
    attachments: ['交易团报名汇总表|docx'],
    contains: ['苏州交易团专业观众', '9月15日前'],
    notContains: ['浏览次数'],
  },
};

export const cnProvinceVariants: ExtractionVariant[] = [gd, js, sd, sc, hn, fj, sh, suzhou];
