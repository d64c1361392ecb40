/**
 * Replica of the Zhejiang Provincial Department of Commerce policy-document
 * list. SITES.md only says the provincial departments run TRS/NFCMS-style
 * CMSes (`index_{n}.html` paging, `.TRS_Editor`-style bodies), so this
 * markup is the common TRS pattern, not a copy of the live page: list
 * `ul.zcwj_list li` (`a[title]` + `span.date`), relative links
 * `./YYYYMM/tYYYYMMDD_<id>.html`, pages `index.html`, `index_1.html` …,
 * detail `.TRS_Editor`, `meta[name=PubDate]`, a view counter.
 * week2: one new notice (EU EV countervailing guidance), one edited.
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { cnDate, esc, type FixtureNotice, paras, views, type WeekChanges, type WeekState, weeklyStates, pagedFiles } from './kit.ts';

const COL = '/zwgk/zcwj/';
const PAGE_SIZE = 3;

export const week1: FixtureNotice[] = [
  {
    key: '6123456',
    path: '/zwgk/zcwj/202406/t20240605_6123456.html',
    title: '浙江省商务厅关于印发《浙江省加快培育外贸新动能若干措施》的通知',
    date: '2024-06-05',
    docNumber: '浙商务发〔2024〕56号',
    agency: '浙江省商务厅',
    effective: '2024-07-01',
    paras: [
      '各市、县（市、区）商务主管部门：现将《浙江省加快培育外贸新动能若干措施》印发给你们，请结合实际认真贯彻落实。',
      '一、支持企业拓展“一带一路”和RCEP市场，每年安排专项资金支持企业参加境外重点展会。',
      '二、扩大出口信用保险覆盖面，对小微企业统保平台保费给予全额补助。',
      '三、推动跨境电商综试区建设，支持企业在欧盟、中东建设海外仓。',
      '本措施自2024年7月1日起施行。',
    ],
    views: 3310,
  },
  {
    key: '6109876',
    path: '/zwgk/zcwj/202405/t20240520_6109876.html',
    title: '浙江省商务厅关于做好2024年度汽车出口许可证申领工作的通知',
    date: '2024-05-20',
    docNumber: '浙商务函〔2024〕88号',
    agency: '浙江省商务厅',
    paras: [
      '根据商务部关于汽车出口许可管理的有关规定，现就做好我省2024年度汽车（含纯电动汽车，HS 8703）出口许可证申领工作通知如下。',
      '一、出口企业应通过商务部业务系统统一平台提交申请，省商务厅在5个工作日内完成审核。',
      '二、对出口至欧盟、东盟的新能源汽车，企业应同时提供售后服务网点及配件供应能力证明。',
    ],
    views: 2005,
  },
  {
    key: '6098765',
    path: '/zwgk/zcwj/202405/t20240508_6098765.html',
    title: '浙江省商务厅关于组织企业参加第七届中国国际进口博览会的通知',
    date: '2024-05-08',
    docNumber: '浙商务函〔2024〕71号',
    agency: '浙江省商务厅',
    paras: [
      '第七届中国国际进口博览会将于2024年11月5日至10日在上海举办。',
      '请各地组织采购商报名，重点对接德国、日本、东盟国家的高端装备、医疗器械和消费品供应商。',
    ],
    views: 1450,
  },
  {
    key: '6087654',
    path: '/zwgk/zcwj/202404/t20240424_6087654.html',
    title: '浙江省商务厅 中国出口信用保险公司浙江分公司关于推广“浙贸保”小微企业统保平台的通知',
    date: '2024-04-24',
    docNumber: '浙商务联发〔2024〕19号',
    agency: '浙江省商务厅 中国出口信用保险公司浙江分公司',
    paras: [
      '为降低小微外贸企业出口风险，省商务厅与中国信保浙江分公司联合推广“浙贸保”统保平台。',
      '年出口额300万美元以下的小微企业可免费加入统保平台，享受买家资信调查和收汇风险保障。',
    ],
    views: 1890,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '6135555',
      path: '/zwgk/zcwj/202406/t20240618_6135555.html',
      title: '浙江省商务厅关于做好应对欧盟电动汽车反补贴调查工作的通知',
      date: '2024-06-18',
      docNumber: '浙商务函〔2024〕102号',
      agency: '浙江省商务厅',
      paras: [
        '欧盟委员会对原产于中国的纯电动汽车（HS 8703 80）发起反补贴调查并公布临时反补贴税率。',
        '请涉案企业积极应诉，及时向省商务厅报告出口受阻情况；省级贸易救济工作站将提供法律咨询和应诉费用支持。',
      ],
      views: 44,
    },
  ],
  edit: {
    '6109876': [
      '根据商务部关于汽车出口许可管理的有关规定，现就做好我省2024年度汽车（含纯电动汽车，HS 8703）出口许可证申领工作通知如下。',
      '一、出口企业应通过商务部业务系统统一平台提交申请，省商务厅在3个工作日内完成审核。',
      '二、对出口至欧盟、东盟的新能源汽车，企业应同时提供售后服务网点及配件供应能力证明。',
    ],
  },
};

function listPage(rows: FixtureNotice[], page: number, pages: number): string {
  const items = rows
    .map(
      (n) =>
        `    <li><a href="./${n.path.slice(COL.length)}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a><span class="date">${n.date}</span></li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>政策文件_浙江省商务厅</title></head>
<body>
<div class="header">浙江省商务厅 Department of Commerce of Zhejiang Province</div>
<div class="main">
  <div class="position">您现在的位置：首页 &gt; 政务公开 &gt; 政策文件</div>
  <ul class="zcwj_list">
${items}
  </ul>
  <div class="page"><script>createPageHTML(${pages}, ${page - 1}, "index", "html");</script></div>
</div>
</body></html>`;
}

function detailPage(n: FixtureNotice, state: WeekState): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="${esc(n.title)}">
<meta name="PubDate" content="${n.date} 10:15">
<meta name="ContentSource" content="浙江省商务厅">
<title>${esc(n.title)}</title></head>
<body>
<div class="header">浙江省商务厅</div>
<div class="article">
  <h1 class="art_title">${esc(n.title)}</h1>
  <div class="art_info">发布日期：${n.date}　来源：浙江省商务厅　<span class="view">浏览次数：${views(n, state)}</span></div>
  <div class="TRS_Editor">
    <p style="text-align:center">${esc(n.docNumber ?? '')}</p>
${paras(n.paras)}
    <p style="text-align:right">${esc(n.agency ?? '')}</p>
    <p style="text-align:right">${cnDate(n.date)}</p>
  </div>
</div>
</body></html>`;
}

function render(notices: FixtureNotice[], state: WeekState): Record<string, ReplicaFile> {
  return pagedFiles(
    notices,
    PAGE_SIZE,
    (i) => (i === 0 ? `${COL}index.html` : `${COL}index_${i}.html`),
    listPage,
    (n) => detailPage(n, state),
  );
}

export const site: ReplicaSite = {
  id: 'zj-commerce',
  states: weeklyStates(week1, changes, render),
};
