/**
 * Second variants of the Chinese sources. Text written for these fixtures;
 * markup after the sites' other sections and years (SITES.md).
 */
import type { ExtractionVariant } from './kit.ts';

const mofcomZcfb: ExtractionVariant = {
  source: 'mofcom-zcfb',
  name: 'export-control column, 2026: 发布机构/文号 labels, co-issuers, two-line right-aligned signature, attachment without extension',
  list: {
    path: '/zcfb/index.html',
    body: `<html><body><div class="m-main"><ul class="policy-list f-mt20">
  <li><a href="/zcfb/zcdwmy/art/2026/art_4c1d9e2f7a3b4c5d8e9f0a1b2c3d4e5f.html" title="商务部 海关总署公告2026年第41号 关于调整部分两用物项出口管制措施的公告">商务部 海关总署公告2026年第41号 关于调整部分两用物项出口…</a><span>2026-10-28</span></li>
  <li><a href="/zcfb/zcdwmy/art/2026/art_0000000000000000000000000000aaaa.html" title="关于公布2026年度第二批外贸转型升级基地名单的通知">关于公布2026年度第二批外贸转型升级基地名单的通知</a><span>2026-10-20</span></li>
</ul></div></body></html>`,
  },
  detail: {
    path: '/zcfb/zcdwmy/art/2026/art_4c1d9e2f7a3b4c5d8e9f0a1b2c3d4e5f.html',
    html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>商务部 海关总署公告2026年第41号 关于调整部分两用物项出口管制措施的公告_中华人民共和国商务部</title></head>
<body><div class="header"><a href="/" class="logo">中华人民共和国商务部</a></div>
<div class="m-main w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zcfb/">政策发布</a> &gt; 两用物项</div>
  <div class="art-title"><h1>商务部 海关总署公告2026年第41号 关于调整部分两用物项出口管制措施的公告</h1></div>
  <div class="art-info"><span>来源：商务部网站</span><span class="view-count">浏览次数：4108</span></div>
  <div class="art-con art-con-bottonmLine">
    <div class="zcfb-attr">
      <p>发布机构：商务部　海关总署</p>
      <p>文　　号：商务部　海关总署公告2026年第41号</p>
      <p>发文日期：2026年10月28日</p>
    </div>
    <p>根据《中华人民共和国出口管制法》有关规定，现对部分两用物项出口管制措施调整如下。</p>
    <p>一、将高纯度镓、锗金属及其化合物的出口许可审查期限由45个工作日缩短至30个工作日。</p>
    <p>二、出口经营者应当如实申报最终用户和最终用途，海关凭两用物项出口许可证办理验放手续。</p>
    <p>本公告自2026年12月1日起施行。</p>
    <p><a href="/zcfb/zcdwmy/download?fileId=88231">附件1：两用物项出口管制清单调整表.xlsx</a></p>
    <p style="text-align:right">商务部</p>
    <p style="text-align:right">海关总署</p>
    <p style="text-align:right">2026年10月28日</p>
  </div>
  <div class="share">分享到：微信 微博</div>
</div><div class="footer">主办单位：中华人民共和国商务部</div></body></html>`,
  },
  expect: {
    title: '商务部 海关总署公告2026年第41号 关于调整部分两用物项出口管制措施的公告',
    docNumber: '商务部 海关总署公告2026年第41号',
    agency: '商务部 海关总署',
    agencies: ['商务部', '海关总署'],
    publishedAt: '2026-10-28',
    effectiveAt: '2026-12-01',
    attachments: ['附件1：两用物项出口管制清单调整表.xlsx|xlsx'],
    contains: ['审查期限由45个工作日缩短至30个工作日', '如实申报最终用户'],
    notContains: ['浏览次数', '分享到'],
  },
};

const mofcomArticle: ExtractionVariant = {
  source: 'mofcom-article',
  name: 'older page: no PubDate or ContentSource meta, 来源 names the office, date inside the h1, plain-paragraph signature, 商办 number',
  list: {
    path: '/article/b/c/',
    body: `<html><body><div class="txtList_01"><ul>
  <li><a href="/article/b/c/202609/20260902531277.shtml" title="商务部办公厅关于做好2026年秋季广交会参展组织工作的通知" target="_blank">商务部办公厅关于做好2026年秋季广交会参展组织工作的通知</a><span>2026-09-02 10:20:11</span></li>
  <li class="listline"></li>
</ul></div></body></html>`,
  },
  detail: {
    path: '/article/b/c/202609/20260902531277.shtml',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>商务部办公厅关于做好2026年秋季广交会参展组织工作的通知</title></head>
<body><div class="top">中华人民共和国商务部</div>
<div class="artCon">
  <h1 id="artitle">商务部办公厅关于做好2026年秋季广交会参展组织工作的通知<span class="time"> 2026-09-02</span></h1>
  <div class="artInfo">发布时间：2026-09-02 10:20　来源：商务部办公厅　<span class="hits">阅读次数：88</span></div>
  <div class="art-con">
    <p>商办贸函〔2026〕331号</p>
    <p>各省、自治区、直辖市及计划单列市商务主管部门：</p>
    <p>第140届中国进出口商品交易会将于2026年10月中旬在广州举办。请各地组织重点外贸企业参展，优先安排新能源汽车、锂电池等产品的展位。</p>
    <p>请于9月20日前将参展企业名单报送商务部（对外贸易司）。</p>
    <p>商务部办公厅</p>
    <p>2026年9月2日</p>
  </div>
</div></body></html>`,
  },
  expect: {
    title: '商务部办公厅关于做好2026年秋季广交会参展组织工作的通知',
    docNumber: '商办贸函〔2026〕331号',
    agency: '商务部办公厅',
    agencies: ['商务部办公厅'],
    publishedAt: '2026-09-02',
    effectiveAt: null,
    attachments: [],
    contains: ['第140届中国进出口商品交易会', '9月20日前将参展企业名单'],
    notContains: ['阅读次数'],
  },
};

const gacc: ExtractionVariant = {
  source: 'gacc-announcements',
  name: 'joint announcement: title wrapper holds the date line, full-width digits in the body number, signature on one line, .doc attachment named by text',
  list: {
    path: '/customs/302249/302266/302267/index.html',
    body: `<html><body><div class="pubCon"><ul class="conList_ul2 clearfix">
  <li><a href="/customs/302249/302266/302267/6701234/index.html" title="海关总署 国家市场监督管理总局公告2026年第77号（关于进口化妆品检验监管有关事项的公告）">海关总署 国家市场监督管理总局公告2026年第77号（关于进口化妆品…</a><span>2026-11-03</span></li>
</ul></div></body></html>`,
  },
  detail: {
    path: '/customs/302249/302266/302267/6701234/index.html',
    html: `<html><head><meta charset="utf-8"><title>海关总署 国家市场监督管理总局公告2026年第77号（关于进口化妆品检验监管有关事项的公告）</title></head>
<body><div class="pubCon">
  <div class="easysite-news-title"><h2>海关总署 国家市场监督管理总局公告2026年第77号（关于进口化妆品检验监管有关事项的公告）</h2><p>发布时间：2026-11-03　来源：海关总署</p></div>
  <div class="easysite-news-describe">2026-11-03 09:00</div>
  <div class="easysite-news-peruse">
    <div class="easysite-news-operation"><span>【打印本页】</span><span>【关闭窗口】</span><span>浏览次数：312</span></div>
    <p style="text-align:center">海关总署　国家市场监督管理总局公告２０２６年第７７号</p>
    <p>为规范进口化妆品检验监管，现就有关事项公告如下：</p>
    <p>一、进口化妆品收货人应当在报关时提交境外生产企业的质量安全声明。</p>
    <p>二、海关对首次进口的化妆品实施抽样检验，检验合格的方可销售、使用。</p>
    <p>本公告自2027年1月1日起施行。</p>
    <p>附件：<a href="/customs/302249/302266/302267/6701234/2026110309001234.doc">进口化妆品检验要求</a></p>
    <p style="text-align:right">海关总署　国家市场监督管理总局</p>
    <p style="text-align:right">2026年11月3日</p>
  </div>
</div></body></html>`,
  },
  expect: {
    title: '海关总署 国家市场监督管理总局公告2026年第77号（关于进口化妆品检验监管有关事项的公告）',
    docNumber: '海关总署 国家市场监督管理总局公告2026年第77号',
    agency: '海关总署 国家市场监督管理总局',
    agencies: ['海关总署', '国家市场监督管理总局'],
    publishedAt: '2026-11-03',
    effectiveAt: '2027-01-01',
    attachments: ['进口化妆品检验要求|doc'],
    contains: ['质量安全声明', '首次进口的化妆品实施抽样检验'],
    notContains: ['浏览次数', '打印本页'],
  },
};

const mofGss: ExtractionVariant = {
  source: 'mof-gss',
  name: 'no div.zzName (issuer only in the signature), [2026] brackets, date span inside the title wrapper, attachment named by link text',
  list: {
    path: '/gzdt/zhengcefabu/index.htm',
    body: `<html><body><ul class="liBox">
  <li><a href="./202610/t20261009_3977001.htm" title="国务院关税税则委员会关于调整部分进口商品加征关税措施的公告">国务院关税税则委员会关于调整部分进口商品加征关税措施的公告</a><span>2026-10-09</span></li>
</ul></body></html>`,
  },
  detail: {
    path: '/gzdt/zhengcefabu/202610/t20261009_3977001.htm',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="PubDate" content="2026-10-09 17:30"><title>国务院关税税则委员会关于调整部分进口商品加征关税措施的公告</title></head>
<body><div class="conMain">
  <div class="title_con"><h2>国务院关税税则委员会关于调整部分进口商品加征关税措施的公告</h2><span class="date">2026年10月9日</span></div>
  <div class="xinxi"><span>发布时间：2026-10-09</span><span>来源：关税司</span><span class="fwcs">访问量：5120</span></div>
  <div class="my_doccontent"><div class="TRS_Editor">
    <p style="text-align:center">税委会公告[2026]9号</p>
    <p>为维护多边贸易体制，经国务院批准，国务院关税税则委员会决定调整部分进口商品加征关税措施。</p>
    <p>一、对附件所列商品，停止加征10%的关税。</p>
    <p>二、本公告自2026年11月10日起执行。</p>
    <p><a href="./P020261009551882.xlsx">附件：停止加征关税商品清单</a></p>
    <p style="text-align:right">国务院关税税则委员会</p>
    <p style="text-align:right">2026年10月9日</p>
  </div></div>
</div></body></html>`,
  },
  expect: {
    title: '国务院关税税则委员会关于调整部分进口商品加征关税措施的公告',
    docNumber: '税委会公告〔2026〕9号',
    agency: '国务院关税税则委员会',
    agencies: ['国务院关税税则委员会'],
    publishedAt: '2026-10-09',
    effectiveAt: '2026-11-10',
    attachments: ['附件：停止加征关税商品清单|xlsx'],
    contains: ['停止加征10%的关税'],
    notContains: ['访问量'],
  },
};

const mofZcfb: ExtractionVariant = {
  source: 'mof-zcfb',
  name: 'old table list (td.ZITI), no .title_con, title broken by <br>, three co-issuers signed in plain paragraphs',
  list: {
    path: '/zhengwuxinxi/zhengcefabu/index.htm',
    body: `<html><body><table id="id_bl"><tr><td class="ZITI"><a href="./202604/t20260401_3961234.htm" title="财政部 海关总署 税务总局关于完善跨境电子商务零售出口税收政策的公告">财政部 海关总署 税务总局关于完善跨境电子商务零售出口税收政策的公告</a><span>2026-04-01</span></td></tr></table></body></html>`,
  },
  detail: {
    path: '/zhengwuxinxi/zhengcefabu/202604/t20260401_3961234.htm',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="PubDate" content="2026-04-01 16:00">
<title>财政部 海关总署 税务总局关于完善跨境电子商务零售出口税收政策的公告-中华人民共和国财政部</title></head>
<body><div class="box_content">
  <h2>财政部 海关总署 税务总局关于完善跨境电子商务<br>零售出口税收政策的公告</h2>
  <div class="xxgk_info">发布日期：2026-04-01　来源：条法司　<span class="wzfwcs">浏览次数：9031</span></div>
  <div class="TRS_Editor">
    <p>财政部　海关总署　税务总局公告2026年第9号</p>
    <p>为促进跨境电子商务健康发展，现将跨境电子商务零售出口有关税收政策公告如下：</p>
    <p>一、对综合试验区内未取得有效进货凭证的货物，试行增值税、消费税免税政策。</p>
    <p>二、本公告自2026年5月1日起执行。</p>
    <p>财政部</p>
    <p>海关总署</p>
    <p>税务总局</p>
    <p>2026年4月1日</p>
  </div>
</div></body></html>`,
  },
  expect: {
    title: '财政部 海关总署 税务总局关于完善跨境电子商务零售出口税收政策的公告',
    docNumber: '财政部 海关总署 税务总局公告2026年第9号',
    agency: '财政部 海关总署 税务总局',
    agencies: ['财政部', '海关总署', '税务总局'],
    publishedAt: '2026-04-01',
    effectiveAt: '2026-05-01',
    attachments: [],
    contains: ['未取得有效进货凭证的货物'],
    notContains: ['浏览次数', '条法司'],
  },
};

const govZuixin: ExtractionVariant = {
  source: 'gov-zuixin',
  name: 'older page without firstpublishedtime meta: labels padded differently (发 文 机 关, 标  题), PDF attachment named by its link text',
  list: {
    path: '/zhengce/zuixin/ZUIXINZHENGCE.json',
    body: JSON.stringify([
      {
        TITLE: '国务院办公厅关于推动外贸稳规模优结构的意见',
        SUB_TITLE: '',
        URL: 'https://www.gov.cn/zhengce/content/202605/content_7012345.htm',
        DOCRELPUBTIME: '2026-05-14',
      },
    ]),
  },
  detail: {
    path: '/zhengce/content/202605/content_7012345.htm',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>国务院办公厅关于推动外贸稳规模优结构的意见_国务院文件_中国政府网</title></head>
<body><div class="wrap">
<table class="bd1">
  <tr><td><b>索　引　号：</b></td><td>000014349/2026-00061</td><td><b>主 题 分 类：</b></td><td>商贸、海关、旅游\\对外经贸合作</td></tr>
  <tr><td><b>发 文 机 关：</b></td><td>国务院办公厅</td><td><b>成 文 日 期：</b></td><td>2026年05月09日</td></tr>
  <tr><td><b>标  题：</b></td><td colspan="3">国务院办公厅关于推动外贸稳规模优结构的意见</td></tr>
  <tr><td><b>发 文 字 号：</b></td><td>国办发〔2026〕18号</td><td><b>发 布 日 期：</b></td><td>2026年05月14日</td></tr>
</table>
<div class="pages_content" id="UCAP-CONTENT">
  <p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
  <p>为推动外贸稳规模、优结构，经国务院同意，现提出以下意见。</p>
  <p>一、加大财政金融支持，扩大出口信用保险承保规模和覆盖面。</p>
  <p><a href="/zhengce/content/202605/P020260514339001.pdf">国务院办公厅关于推动外贸稳规模优结构的意见（全文）</a></p>
  <p style="text-align:right">国务院办公厅</p>
  <p style="text-align:right">2026年5月9日</p>
</div>
<div class="mobile_box" style="display:none"><h1 class="m_title">国务院办公厅关于推动外贸稳规模优结构的意见</h1><div class="TRS_UEDITOR"><p>为推动外贸稳规模、优结构，经国务院同意，现提出以下意见。</p></div></div>
<div class="pages_print"><span>【我要纠错】</span><span>责任编辑：李某</span></div>
</div></body></html>`,
  },
  expect: {
    title: '国务院办公厅关于推动外贸稳规模优结构的意见',
    docNumber: '国办发〔2026〕18号',
    agency: '国务院办公厅',
    agencies: ['国务院办公厅'],
    publishedAt: '2026-05-14',
    effectiveAt: null,
    attachments: ['国务院办公厅关于推动外贸稳规模优结构的意见（全文）|pdf'],
    contains: ['扩大出口信用保险承保规模和覆盖面'],
    notContains: ['我要纠错', '责任编辑'],
  },
};

const szCommerce: ExtractionVariant = {
  source: 'sz-commerce',
  name: '.articbox body (another column), two co-issuers on one right-aligned line with a full-width space, attachments named only by text',
  list: {
    path: '/xxgk/zcfgjzcjd/zcfg/index.html',
    body: `<html><body><ul class="list">
  <li><span class="lb_title"><a href="/xxgk/zcfgjzcjd/zcfg/content/post_12034567.html" title="深圳市商务局 深圳市财政局关于印发《深圳市支持外贸企业拓展国际市场若干措施》的通知">深圳市商务局 深圳市财政局关于印发《深圳市支持外贸企业拓展…</a></span><span class="lb_date">2026-08-15</span></li>
</ul></body></html>`,
  },
  detail: {
    path: '/xxgk/zcfgjzcjd/zcfg/content/post_12034567.html',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>深圳市商务局 深圳市财政局关于印发《深圳市支持外贸企业拓展国际市场若干措施》的通知_深圳市商务局</title></head>
<body><div class="article">
  <h1>深圳市商务局 深圳市财政局关于印发《深圳市支持外贸企业拓展国际市场若干措施》的通知</h1>
  <div class="xx_info"><span>信息提供日期：2026-08-15</span><span>来源：本网</span><span class="hits">访问量：2041</span></div>
  <div class="articbox">
    <p style="text-align:center">深商务规〔2026〕3号</p>
    <p>各有关单位：</p>
    <p>现将《深圳市支持外贸企业拓展国际市场若干措施》印发给你们，请认真贯彻执行。</p>
    <p>对企业参加境外展会的展位费给予最高70%的资助，单个企业年度资助额不超过100万元。</p>
    <p>本措施自2026年9月1日起施行，有效期三年。</p>
    <p style="text-align: right;">深圳市商务局　深圳市财政局</p>
    <p style="text-align: right;">2026年8月15日</p>
  </div>
  <div class="fjdown"><p>附件：</p>
    <p><a href="/attachment/1/1203/1203456/12034567.pdf">1.深圳市支持外贸企业拓展国际市场若干措施</a></p>
    <p><a href="/attachment/1/1203/1203457/12034567.docx">2.资助申请表</a></p>
  </div>
</div></body></html>`,
  },
  expect: {
    title: '深圳市商务局 深圳市财政局关于印发《深圳市支持外贸企业拓展国际市场若干措施》的通知',
    docNumber: '深商务规〔2026〕3号',
    agency: '深圳市商务局 深圳市财政局',
    agencies: ['深圳市商务局', '深圳市财政局'],
    publishedAt: '2026-08-15',
    effectiveAt: '2026-09-01',
    attachments: ['1.深圳市支持外贸企业拓展国际市场若干措施|pdf', '2.资助申请表|docx'],
    contains: ['展位费给予最高70%的资助'],
    notContains: ['访问量', '附件：'],
  },
};

const zjCommerce: ExtractionVariant = {
  source: 'zj-commerce',
  name: '.TRS_UEDITOR body (selectors name .TRS_Editor), title wrapper with 发布日期 line, 来源 names one issuer, the signature two',
  list: {
    path: '/zwgk/zcwj/index.html',
    body: `<html><body><ul class="zcwj_list">
  <li><a href="/art/2026/7/20/art_1229123456_58912345.html" title="浙江省商务厅 浙江省财政厅关于做好2026年度外贸企业出口信用保险统保工作的通知">浙江省商务厅 浙江省财政厅关于做好2026年度外贸企业出口信用保险统保工作的通知</a><span class="date">2026-07-20</span></li>
</ul></body></html>`,
  },
  detail: {
    path: '/art/2026/7/20/art_1229123456_58912345.html',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" content="2026-07-20 10:15"><title>浙江省商务厅 浙江省财政厅关于做好2026年度外贸企业出口信用保险统保工作的通知</title></head>
<body><div class="article">
  <div class="title"><h1>浙江省商务厅 浙江省财政厅关于做好2026年度外贸企业出口信用保险统保工作的通知</h1><p>发布日期：2026-07-20　来源：浙江省商务厅　<span class="view">浏览次数：877</span></p></div>
  <div class="TRS_UEDITOR">
    <p style="text-align:center">浙商务联发〔2026〕48号</p>
    <p>各市商务局、财政局：</p>
    <p>为稳定外贸主体，2026年继续实施小微外贸企业出口信用保险统保政策，统保保费由省级财政全额承担。</p>
    <p>本通知自2026年8月1日起执行。</p>
    <p style="text-align:right">浙江省商务厅　浙江省财政厅</p>
    <p style="text-align:right">2026年7月20日</p>
  </div>
</div></body></html>`,
  },
  expect: {
    title: '浙江省商务厅 浙江省财政厅关于做好2026年度外贸企业出口信用保险统保工作的通知',
    docNumber: '浙商务联发〔2026〕48号',
    agency: '浙江省商务厅 浙江省财政厅',
    agencies: ['浙江省商务厅', '浙江省财政厅'],
    publishedAt: '2026-07-20',
    effectiveAt: '2026-08-01',
    attachments: [],
    contains: ['统保保费由省级财政全额承担'],
    notContains: ['浏览次数'],
  },
};

export const cnVariants: ExtractionVariant[] = [mofcomZcfb, mofcomArticle, gacc, mofGss, mofZcfb, govZuixin, szCommerce, zjCommerce];
