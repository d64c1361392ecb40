/**
 * Second variants of the TRS-family Chinese sources added in the second
 * round (PBC, NDRC, MIIT, SAFE, Sinosure, CCPIT). Text written for these
 * fixtures; markup after those sites' other columns and years (SITES.md).
 */
import type { ExtractionVariant } from './kit.ts';

const pbc: ExtractionVariant = {
  source: 'pbc-tiaofasi',
  name: 'joint notice: no h2.zw_title (h1 only), signature of two issuers on two lines, date in the title line, attachment named only by link text',
  list: {
    path: '/tiaofasi/144941/3581332/index.html',
    body: `<html><body><table class="newslist" width="100%">
  <tr><td height="22"><font class="newslist_style"><a href="/tiaofasi/144941/3581332/5512340/index.html" title="中国人民银行 国家外汇管理局关于支持跨境电商企业境外仓储结算便利化的通知" istitle="true">中国人民银行 国家外汇管理局关于支持跨境电商企业境外…</a></font><span class="hui12">2026-03-18</span></td></tr>
  <tr><td height="22"><font class="newslist_style"><a href="/tiaofasi/144941/3581332/5512001/index.html" title="中国人民银行关于修订银行卡清算机构管理办法的通知" istitle="true">中国人民银行关于修订银行卡清算机构管理办法的通知</a></font><span class="hui12">2026-03-02</span></td></tr>
</table></body></html>`,
  },
  detail: {
    path: '/tiaofasi/144941/3581332/5512340/index.html',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="PubDate" content="2026-03-18 16:05"><title>中国人民银行 国家外汇管理局关于支持跨境电商企业境外仓储结算便利化的通知</title></head>
<body><div id="top">中国人民银行</div>
<table width="100%"><tr><td align="center"><h1>中国人民银行 国家外汇管理局关于支持跨境电商企业境外仓储结算便利化的通知 <span class="hui12">2026-03-18</span></h1></td></tr>
<tr><td class="hui12">字号 大 中 小　<span class="view">浏览次数：2210</span></td></tr>
<tr><td><div id="zoom">
  <p align="center">银发〔2026〕57号</p>
  <p>中国人民银行上海总部，各省、自治区、直辖市及计划单列市分行；国家外汇管理局各省、自治区、直辖市分局：</p>
  <p>为支持跨境电商企业建设和使用海外仓，银行可凭海外仓订单和物流信息为企业办理跨境人民币及外汇结算。</p>
  <p>海外仓项下的退货货款，银行可直接办理原路退回，无需企业逐笔提交报关单。</p>
  <p>本通知自2026年5月1日起施行。</p>
  <p><a href="/tiaofasi/144941/3581332/5512340/2026031816050012345.pdf">海外仓结算业务操作指引</a></p>
  <p style="text-align:right">中国人民银行</p>
  <p style="text-align:right">国家外汇管理局</p>
  <p style="text-align:right">2026年3月18日</p>
</div></td></tr></table>
<div class="footer">中国人民银行版权所有</div></body></html>`,
  },
  expect: {
    title: '中国人民银行 国家外汇管理局关于支持跨境电商企业境外仓储结算便利化的通知',
    docNumber: '银发〔2026〕57号',
    agency: '中国人民银行 国家外汇管理局',
    agencies: ['中国人民银行', '国家外汇管理局'],
    publishedAt: '2026-03-18',
    effectiveAt: '2026-05-01',
    attachments: ['海外仓结算业务操作指引|pdf'],
    contains: ['凭海外仓订单和物流信息', '原路退回'],
    notContains: ['浏览次数', '字号'],
  },
};

const ndrc: ExtractionVariant = {
  source: 'ndrc-tz',
  name: '.article_con body (older column), relative ./YYYYMM link, three co-issuers signed on one line with full-width spaces, attachments named by text',
  list: {
    path: '/xxgk/zcfb/tz/index.html',
    body: `<html><body><div class="list"><ul class="u-list">
  <li><a href="./202609/t20260914_1401234.html" title="国家发展改革委 商务部 海关总署关于做好2026年下半年大宗商品进口稳供保价工作的通知" target="_blank">国家发展改革委 商务部 海关总署关于做好2026年下半年大宗商品…</a><span>2026/09/14</span></li>
  <li class="empty"></li>
</ul></div></body></html>`,
  },
  detail: {
    path: '/xxgk/zcfb/tz/202609/t20260914_1401234.html',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" content="2026-09-14 17:00"><meta name="ContentSource" content="国家发展改革委"><title>国家发展改革委 商务部 海关总署关于做好2026年下半年大宗商品进口稳供保价工作的通知_国家发展和改革委员会</title></head>
<body><div class="container">
  <div class="article">
    <div class="article_title">国家发展改革委 商务部 海关总署关于做好2026年下半年大宗商品进口稳供保价工作的通知</div>
    <div class="article_l"><span>发布时间：2026/09/14</span><span>来源：经济运行调节局</span><span class="view">浏览次数：1567</span></div>
    <div class="article_con">
      <p style="text-align:center">发改运行〔2026〕1290号</p>
      <p>各省、自治区、直辖市及计划单列市发展改革委、商务主管部门，海关总署广东分署、各直属海关：</p>
      <p>为保障铁矿石、大豆、原油等大宗商品进口稳定，现就有关工作通知如下。</p>
      <p>一、对重点企业的大宗商品进口实行“提前申报、货到验放”，压缩口岸通关时间。</p>
      <p>二、各地要加强进口价格监测，发现异常波动及时报告。</p>
      <p style="text-align:right">国家发展改革委　商务部　海关总署</p>
      <p style="text-align:right">2026年9月14日</p>
    </div>
  </div>
  <div class="fujian"><p>附件：</p>
    <p><a href="./202609/P020260914559001.pdf">1.重点监测大宗商品目录</a></p>
    <p><a href="./202609/P020260914559002.xls">2.进口价格监测报表</a></p>
  </div>
</div></body></html>`,
  },
  expect: {
    title: '国家发展改革委 商务部 海关总署关于做好2026年下半年大宗商品进口稳供保价工作的通知',
    docNumber: '发改运行〔2026〕1290号',
    agency: '国家发展改革委 商务部 海关总署',
    agencies: ['国家发展改革委', '商务部', '海关总署'],
    publishedAt: '2026-09-14',
    effectiveAt: null,
    attachments: ['1.重点监测大宗商品目录|pdf', '2.进口价格监测报表|xls'],
    contains: ['提前申报、货到验放', '加强进口价格监测'],
    notContains: ['浏览次数', '经济运行调节局'],
  },
};

const miit: ExtractionVariant = {
  source: 'miit-wjfb',
  name: 'office notice: 发文单位 line inside the body, 工信厅 number with [ ] brackets, signature as one paragraph with the date, .docx named by text',
  list: {
    path: '/zwgk/zcwj/wjfb/tz/index.html',
    body: `<html><body><div class="page-content"><ul class="list_ul">
  <li><a href="/zwgk/zcwj/wjfb/tz/art/2026/art_7a1b2c3d4e5f60718293a4b5c6d7e8f9.html" title="工业和信息化部办公厅关于开展2026年度工业产品出口质量提升行动的通知" target="_blank">工业和信息化部办公厅关于开展2026年度工业产品出口质量提升行动的通知</a><span class="fr">2026-06-08</span></li>
</ul></div></body></html>`,
  },
  detail: {
    path: '/zwgk/zcwj/wjfb/tz/art/2026/art_7a1b2c3d4e5f60718293a4b5c6d7e8f9.html',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" content="2026-06-08 11:20"><title>工业和信息化部办公厅关于开展2026年度工业产品出口质量提升行动的通知</title></head>
<body><div class="w1200">
  <div class="ctitle"><h1 id="con_title">工业和信息化部办公厅关于开展2026年度工业产品出口质量提升行动的通知</h1></div>
  <div class="cinfo"><span>发布时间：2026-06-08</span>　<span>来源：科技司</span>　<span class="view">浏览次数：642</span></div>
  <div id="con_con" class="ccontent">
    <p>发文单位：工业和信息化部办公厅</p>
    <p>工信厅科函[2026]141号</p>
    <p>各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门：</p>
    <p>为提升出口工业产品质量和品牌影响力，决定开展2026年度工业产品出口质量提升行动。</p>
    <p>重点支持锂电池、光伏组件和工业机器人企业对标国际标准开展质量攻关。</p>
    <p style="text-align: right;">工业和信息化部办公厅　2026年6月5日</p>
  </div>
  <div class="fujian"><a href="/cms_files/filemanager/1226211233/attach/20266/a1b2c3d4.docx">申报书模板</a></div>
</div></body></html>`,
  },
  expect: {
    title: '工业和信息化部办公厅关于开展2026年度工业产品出口质量提升行动的通知',
    docNumber: '工信厅科函〔2026〕141号',
    agency: '工业和信息化部办公厅',
    agencies: ['工业和信息化部办公厅'],
    publishedAt: '2026-06-08',
    effectiveAt: null,
    attachments: ['申报书模板|docx'],
    contains: ['出口质量提升行动', '锂电池、光伏组件和工业机器人'],
    notContains: ['浏览次数', '科技司'],
  },
};

const safe: ExtractionVariant = {
  source: 'safe-zcfg',
  name: '.detail_content body (provincial-style template), 汇发 number in the second paragraph, signature right-aligned via align attribute and style, no attachments',
  list: {
    path: '/safe/zcfg/index.html',
    body: `<html><body><div class="list_conr"><ul>
  <li><dl><dt><a href="/safe/2026/0422/24311.html" title="国家外汇管理局关于进一步便利经常项目外汇资金收付的通知">国家外汇管理局关于进一步便利经常项目外汇资金收付的通知</a></dt><dd>2026-04-22</dd></dl></li>
  <li><dl><dt><a href="/safe/2026/0410/24290.html" title="国家外汇管理局关于发布《银行外汇业务展业规范》的通知">国家外汇管理局关于发布《银行外汇业务展业规范》的通知</a></dt><dd>2026-04-10</dd></dl></li>
</ul></div></body></html>`,
  },
  detail: {
    path: '/safe/2026/0422/24311.html',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" content="2026-04-22 18:00"><title>国家外汇管理局关于进一步便利经常项目外汇资金收付的通知</title></head>
<body><div class="wrap"><div class="detail">
  <div class="detail_tit">国家外汇管理局关于进一步便利经常项目外汇资金收付的通知</div>
  <div class="condition"><ul><li>发布时间：2026-04-22</li><li>文章来源：经常项目管理司</li><li class="view">浏览次数：3390</li></ul></div>
  <div class="detail_content">
    <p>国家外汇管理局各省、自治区、直辖市、计划单列市分局：</p>
    <p>汇发〔2026〕11号</p>
    <p>一、银行可按照“了解客户、了解业务、尽职审查”原则，凭企业提交的收付款指令直接办理货物贸易外汇收付。</p>
    <p>二、支持符合条件的跨境电商企业以人民币或外币集中收付、轧差结算。</p>
    <p>本通知自2026年6月1日起实施。</p>
    <p align="right" style="text-align:right">国家外汇管理局</p>
    <p align="right" style="text-align:right">2026年4月22日</p>
  </div>
</div></div></body></html>`,
  },
  expect: {
    title: '国家外汇管理局关于进一步便利经常项目外汇资金收付的通知',
    docNumber: '汇发〔2026〕11号',
    agency: '国家外汇管理局',
    agencies: ['国家外汇管理局'],
    publishedAt: '2026-04-22',
    effectiveAt: '2026-06-01',
    attachments: [],
    contains: ['了解客户、了解业务、尽职审查', '轧差结算'],
    notContains: ['浏览次数', '经常项目管理司'],
  },
};

const sinosure: ExtractionVariant = {
  source: 'sinosure-notices',
  name: 'company notice with no document number, 来源 line naming a department, signature naming a department, xlsx inside the body named only by link text (no .fujian block)',
  list: {
    path: '/xwzx/tzgg/index.shtml',
    body: `<html><body><div class="main"><ul class="newsList">
  <li><a href="/xwzx/tzgg/202607/t20260703_30112.shtml" title="关于开展2026年小微企业出口信用保险统保平台续保工作的通知">关于开展2026年小微企业出口信用保险统保平台续保工作的通知</a><span class="time">[2026-07-03]</span></li>
</ul></div></body></html>`,
  },
  detail: {
    path: '/xwzx/tzgg/202607/t20260703_30112.shtml',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" content="2026-07-03 10:00"><title>关于开展2026年小微企业出口信用保险统保平台续保工作的通知-中国出口信用保险公司</title></head>
<body><div class="header">中国信保</div>
<div class="content-wrap"><div class="article">
  <div class="tit-box"><h1>关于开展2026年小微企业出口信用保险统保平台续保工作的通知</h1><p class="info">发布日期：2026-07-03　来源：小微企业部　<span class="view">浏览次数：915</span></p></div>
  <div class="TRS_Editor">
    <p>各小微外贸企业：</p>
    <p>2026年度小微企业统保平台续保工作自即日起开展，保费由各地商务主管部门按规定予以补贴。</p>
    <p>续保企业应于2026年7月31日前登录“信保通”在线提交投保单及上年度出口额证明。</p>
    <p><a href="./P020260703401122.xlsx">续保企业信息表</a></p>
    <p style="text-align:right">中国出口信用保险公司小微企业部</p>
    <p style="text-align:right">2026年7月3日</p>
  </div>
</div></div></body></html>`,
  },
  expect: {
    title: '关于开展2026年小微企业出口信用保险统保平台续保工作的通知',
    docNumber: null,
    agency: '中国出口信用保险公司小微企业部',
    agencies: ['中国出口信用保险公司小微企业部'],
    publishedAt: '2026-07-03',
    effectiveAt: null,
    attachments: ['续保企业信息表|xlsx'],
    contains: ['保费由各地商务主管部门按规定予以补贴', '信保通'],
    notContains: ['浏览次数', '来源：小微企业部'],
  },
};

const ccpit: ExtractionVariant = {
  source: 'ccpit-notices',
  name: 'joint notice with a 贸促 number, h1 without the article-title class, two issuers on one line split by a full-width space, attachments in .fujian named by text',
  list: {
    path: '/tzgg/index.html',
    body: `<html><body><div class="list_box"><ul>
  <li><a href="./202610/t20261012_891234.html" title="中国贸促会 商务部关于组织企业参加2026年第二届中国国际供应链促进博览会的通知">中国贸促会 商务部关于组织企业参加2026年第二届中国国际供应链…</a><span class="date">2026-10-12</span></li>
</ul></div></body></html>`,
  },
  detail: {
    path: '/tzgg/202610/t20261012_891234.html',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" content="2026-10-12 15:40"><meta name="ContentSource" content="贸促会"><title>中国贸促会 商务部关于组织企业参加2026年第二届中国国际供应链促进博览会的通知</title></head>
<body><div class="detail-wrap">
  <div class="crumbs">首页 &gt; 通知公告</div>
  <h1>中国贸促会 商务部关于组织企业参加2026年第二届中国国际供应链促进博览会的通知</h1>
  <div class="source-info">时间：2026-10-12　来源：展览部　<span class="view">浏览次数：408</span></div>
  <div class="TRS_Editor">
    <p style="text-align:center">贸促展〔2026〕62号</p>
    <p>各省、自治区、直辖市贸促会，各行业贸促会，各地商务主管部门：</p>
    <p>第二届中国国际供应链促进博览会将于2026年11月26日至30日在北京举办，设智能汽车、绿色农业、清洁能源等展区。</p>
    <p>请于10月31日前完成参展企业报名。</p>
    <p style="text-align:right">中国国际贸易促进委员会　商务部</p>
    <p style="text-align:right">2026年10月12日</p>
  </div>
  <div class="fujian">附件：<a href="./202610/P020261012600001.doc">1.参展回执</a> <a href="./202610/P020261012600002.pdf">2.展区分布图</a></div>
</div></body></html>`,
  },
  expect: {
    title: '中国贸促会 商务部关于组织企业参加2026年第二届中国国际供应链促进博览会的通知',
    docNumber: '贸促展〔2026〕62号',
    agency: '中国国际贸易促进委员会 商务部',
    agencies: ['中国国际贸易促进委员会', '商务部'],
    publishedAt: '2026-10-12',
    effectiveAt: null,
    attachments: ['1.参展回执|doc', '2.展区分布图|pdf'],
    contains: ['中国国际供应链促进博览会', '10月31日前完成参展企业报名'],
    notContains: ['浏览次数', '展览部'],
  },
};

export const cnTrsVariants: ExtractionVariant[] = [pbc, ndrc, miit, safe, sinosure, ccpit];
