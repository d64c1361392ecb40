/**
 * Replica of MOFCOM's new-layout policy releases (www.mofcom.gov.cn/zcfb/).
 * Markup follows SITES.md: rows `ul.policy-list.f-mt20 > li` with a `span`
 * date, a JavaScript layui pager plus static `index_{n}.html` pages, body
 * `div.art-con.art-con-bottonmLine` carrying `发文日期：YYYY年M月D日`.
 * week2: one new notice, a changed premium rate, one notice withdrawn (404).
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { cnDate, esc, type FixtureNotice, paras, views, type WeekChanges, type WeekState, weeklyStates, pagedFiles } from './kit.ts';

const PAGE_SIZE = 3;

export const week1: FixtureNotice[] = [
  {
    key: 'e1f0a7c2b9d84e5f8a6b3c1d2e4f5a60',
    path: '/zcfb/zcwg/art/2024/art_e1f0a7c2b9d84e5f8a6b3c1d2e4f5a60.html',
    title: '商务部 中国出口信用保险公司关于加大出口信用保险支持力度稳定外贸的通知',
    date: '2024-06-12',
    docNumber: '商财函〔2024〕210号',
    agency: '商务部 中国出口信用保险公司',
    paras: [
      '各省、自治区、直辖市及计划单列市商务主管部门，中国出口信用保险公司各营业机构：',
      '为帮助外贸企业应对订单波动和收汇风险，现就加大出口信用保险支持力度有关事项通知如下。',
      '一、扩大短期险覆盖面。对年出口额1000万美元以下的中小微外贸企业，短期险承保条件适当放宽，短期险费率平均降低10%。',
      '二、加强对新兴市场的支持。对出口至东盟、中东、拉美等市场的光伏组件（HS 8541）和锂离子电池（HS 8507）合理确定限额，简化报损和理赔手续。',
      '三、推动保单融资。鼓励银行依据出口信用保险保单为外贸企业提供贸易融资，做好政策宣传，确保惠企政策应享尽享。',
    ],
    views: 1520,
  },
  {
    key: '5b7c9d1e3f2a4b6c8d0e1f2a3b4c5d6e',
    path: '/zcfb/zcwg/art/2024/art_5b7c9d1e3f2a4b6c8d0e1f2a3b4c5d6e.html',
    title: '商务部 海关总署公告2024年第18号 关于对部分稀土加工技术相关物项实施出口管制的公告',
    date: '2024-05-28',
    docNumber: '商务部 海关总署公告2024年第18号',
    agency: '商务部 海关总署',
    effective: '2024-07-01',
    paras: [
      '根据《中华人民共和国出口管制法》《中华人民共和国对外贸易法》《中华人民共和国海关法》有关规定，为维护国家安全和利益，经国务院批准，决定对以下物项实施出口管制。',
      '一、稀土冶炼分离技术、稀土金属及合金材料生产技术，以及部分稀土永磁材料制备设备。',
      '二、出口经营者出口上述物项，应当依照有关规定向商务部申请两用物项出口许可，并在出口报关时向海关提交两用物项出口许可证。',
      '本公告自2024年7月1日起正式实施。',
    ],
    views: 8810,
  },
  {
    key: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
    path: '/zcfb/zcwg/art/2024/art_0a1b2c3d4e5f60718293a4b5c6d7e8f9.html',
    title: '商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见',
    date: '2024-05-16',
    docNumber: '商贸发〔2024〕125号',
    agency: '商务部等9部门',
    paras: [
      '跨境电商作为外贸新业态，已成为稳外贸的重要力量。为拓展跨境电商出口、推进海外仓建设，提出以下意见。',
      '一、积极培育跨境电商经营主体，支持有条件的地方建设跨境电商产业园区，鼓励传统外贸企业开展跨境电商出口。',
      '二、加强海外仓建设和国际物流保障，支持企业在欧盟、东盟、中东等重点市场布局海外仓，提升仓储配送效率。',
      '三、优化跨境电商出口海关监管模式，完善跨境电商出口退运政策，便利企业开展退货业务。',
    ],
    views: 4302,
  },
  {
    key: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
    path: '/zcfb/zcwg/art/2024/art_9f8e7d6c5b4a39281706f5e4d3c2b1a0.html',
    title: '商务部关于支持外贸企业参加第136届中国进出口商品交易会的通知',
    date: '2024-04-30',
    docNumber: '商贸函〔2024〕180号',
    agency: '商务部',
    paras: [
      '第136届中国进出口商品交易会（广交会）将于2024年10月15日至11月4日在广州分三期举办。',
      '各地商务主管部门要组织好本地区外贸企业参展，对首次参展的中小企业给予展位费支持，重点推介智能家电、新能源汽车、LED照明（HS 9405）等优势产品。',
    ],
    views: 2210,
  },
  {
    key: '3c4d5e6f708192a3b4c5d6e7f8091a2b',
    path: '/zcfb/zcwg/art/2024/art_3c4d5e6f708192a3b4c5d6e7f8091a2b.html',
    title: '商务部公告2024年第41号 关于公布2025年出口许可证管理货物目录的公告',
    date: '2024-04-18',
    docNumber: '商务部公告2024年第41号',
    agency: '商务部',
    effective: '2025-01-01',
    paras: [
      '根据《中华人民共和国对外贸易法》和《中华人民共和国货物进出口管理条例》，现公布《2025年出口许可证管理货物目录》。',
      '2025年实行出口许可证管理的货物包括活牛、活猪、小麦、玉米、锯材、稀土、锑及锑制品、钢材等共43种。',
      '本公告自2025年1月1日起执行，《2024年出口许可证管理货物目录》同时废止。',
    ],
    views: 3050,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: 'c0ffee00aa11bb22cc33dd44ee55ff66',
      path: '/zcfb/zcwg/art/2024/art_c0ffee00aa11bb22cc33dd44ee55ff66.html',
      title: '商务部公告2024年第47号 关于实施《区域全面经济伙伴关系协定》原产地累积规则有关事项的公告',
      date: '2024-06-19',
      docNumber: '商务部公告2024年第47号',
      agency: '商务部',
      effective: '2024-08-01',
      paras: [
        '为更好实施《区域全面经济伙伴关系协定》（RCEP），便利企业享受协定优惠关税待遇，现就原产地累积规则有关事项公告如下。',
        '出口企业使用来源于日本、韩国及东盟成员国的原产材料生产的货物，可按规定累积计算区域价值成分，申领RCEP原产地证书。',
        '本公告自2024年8月1日起施行。',
      ],
      views: 90,
    },
  ],
  edit: {
    e1f0a7c2b9d84e5f8a6b3c1d2e4f5a60: [
      '各省、自治区、直辖市及计划单列市商务主管部门，中国出口信用保险公司各营业机构：',
      '为帮助外贸企业应对订单波动和收汇风险，现就加大出口信用保险支持力度有关事项通知如下。',
      '一、扩大短期险覆盖面。对年出口额1000万美元以下的中小微外贸企业，短期险承保条件适当放宽，短期险费率平均降低15%。',
      '二、加强对新兴市场的支持。对出口至东盟、中东、拉美等市场的光伏组件（HS 8541）和锂离子电池（HS 8507）合理确定限额，简化报损和理赔手续。',
      '三、推动保单融资。鼓励银行依据出口信用保险保单为外贸企业提供贸易融资，做好政策宣传，确保惠企政策应享尽享。',
    ],
  },
  remove: ['9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
};

function listPage(rows: FixtureNotice[], page: number, pages: number): string {
  const items = rows
    .map((n) => `      <li><a href="${n.path}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a><span>${n.date}</span></li>`)
    .join('\n');
  const pager = Array.from(
    { length: pages },
    (_, i) => `<a href="javascript:;" data-page="${i + 1}"${i + 1 === page ? ' class="layui-laypage-curr"' : ''}>${i + 1}</a>`,
  ).join('');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>政策发布_中华人民共和国商务部</title>
<link rel="stylesheet" href="/static/css/layui.css"></head>
<body>
<div class="header"><a href="/" class="logo">中华人民共和国商务部</a><ul class="nav"><li><a href="/zwgk/">政务公开</a></li><li><a href="/zcfb/">政策发布</a></li></ul></div>
<div class="m-main w1200">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; 政策发布</div>
  <div class="policy-box">
    <ul class="policy-list f-mt20">
${items}
    </ul>
    <div class="layui-box layui-laypage layui-laypage-default">${pager}</div>
  </div>
</div>
<div class="footer">主办单位：中华人民共和国商务部　网站标识码bm22000001</div>
<script src="/static/js/layui.js"></script>
</body></html>`;
}

function detailPage(n: FixtureNotice, state: WeekState): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(n.title)}_中华人民共和国商务部</title>
<meta name="ArticleTitle" content="${esc(n.title)}"></head>
<body>
<div class="header"><a href="/" class="logo">中华人民共和国商务部</a></div>
<div class="m-main w1200">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zcfb/">政策发布</a></div>
  <div class="art-title"><h1>${esc(n.title)}</h1></div>
  <div class="art-info"><span>来源：商务部网站</span><span class="view-count">浏览次数：${views(n, state)}</span><a class="share" href="javascript:;">分享</a></div>
  <div class="art-con art-con-bottonmLine">
    <div class="zcfb-attr">
      <p>发文机关：${esc(n.agency ?? '商务部')}</p>
      <p>发文字号：${esc(n.docNumber ?? '')}</p>
      <p>发文日期：${cnDate(n.date)}</p>
    </div>
${paras(n.paras)}
    <p class="art-sign">${esc(n.agency ?? '商务部')}<br>${cnDate(n.date)}</p>
  </div>
  <div class="share">分享到：微信 微博</div>
</div>
<div class="footer">主办单位：中华人民共和国商务部</div>
</body></html>`;
}

function render(notices: FixtureNotice[], state: WeekState): Record<string, ReplicaFile> {
  return pagedFiles(
    notices,
    PAGE_SIZE,
    (i) => (i === 0 ? '/zcfb/index.html' : `/zcfb/index_${i + 1}.html`),
    listPage,
    (n) => detailPage(n, state),
  );
}

export const site: ReplicaSite = {
  id: 'mofcom-zcfb',
  states: weeklyStates(week1, changes, render),
  robotsTxt: 'User-agent: *\nDisallow: /search/\n',
};
