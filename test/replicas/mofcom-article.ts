/**
 * Replica of a MOFCOM old-layout column (www.mofcom.gov.cn/article/b/c/ —
 * announcements). Markup per SITES.md: `.txtList_01 li` with `.listline`
 * separator rows, `a[title]`, `span` date `YYYY-MM-DD HH:mm:ss`, `.shtml`
 * detail URLs `/article/<col>/YYYYMM/YYYYMMDDnnnnnn.shtml`, body `.art-con`,
 * `meta[name=PubDate]`. Pages 2+ are `?2`.
 * Some real detail pages only redirect by script (`window.location.href='…'`):
 * one listed notice (REDIRECT_FROM) is such a page, pointing to the article
 * in another column (REDIRECT_TO); the fetcher follows it like a 302.
 * week2: one new notice, one edited (an added entity on the control list).
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { esc, type FixtureNotice, paras, views, type WeekChanges, type WeekState, weeklyStates, pagedFiles } from './kit.ts';

const COL = '/article/b/c/';
const PAGE_SIZE = 3;

/** the old address that only redirects, and where it points */
export const REDIRECT_FROM = '/article/b/c/202406/20240603512345.shtml';
export const REDIRECT_TO = '/article/b/e/202406/20240603512346.shtml';

/** a listed notice whose address only redirects by script */
export function redirectNotice(): FixtureNotice {
  return {
    key: '20240603512345',
    path: REDIRECT_FROM,
    title: '商务部办公厅关于做好2024年度纺织品出口许可管理有关工作的通知',
    date: '2024-06-03',
    docNumber: '商办贸函〔2024〕156号',
    agency: '商务部办公厅',
    paras: [
      '为做好纺织品出口许可管理工作，便利企业出口，现就有关事项通知如下。',
      '一、出口至相关市场的棉制针织服装（HS 6109、6110）继续实行出口许可管理，企业可通过商务部业务系统统一平台在线申领许可证。',
      '二、各地商务主管部门要加强政策宣传，指导企业按期申领、规范使用许可证。',
    ],
    views: 801,
  };
}

export const week1: FixtureNotice[] = [
  {
    key: '20240614534567',
    path: '/article/b/c/202406/20240614534567.shtml',
    title: '商务部公告2024年第35号 关于将部分外国实体列入出口管制管控名单的公告',
    date: '2024-06-14',
    docNumber: '商务部公告2024年第35号',
    agency: '商务部',
    effective: '2024-06-14',
    paras: [
      '根据《中华人民共和国出口管制法》有关规定，为维护国家安全和利益、履行防扩散等国际义务，商务部决定将以下5家外国实体列入出口管制管控名单。',
      '禁止出口经营者向上述实体出口两用物项；正在开展的相关出口活动应当立即停止。特殊情况确需出口的，出口经营者应当向商务部提出申请。',
      '本公告自公布之日起施行，即自2024年6月14日起施行。',
    ],
    views: 12033,
  },
  redirectNotice(),
  {
    key: '20240528498765',
    path: '/article/b/c/202405/20240528498765.shtml',
    title: '商务部公告2024年第30号 关于对原产于欧盟的进口相关猪肉及猪副产品反倾销调查的初步裁定',
    date: '2024-05-28',
    docNumber: '商务部公告2024年第30号',
    agency: '商务部',
    effective: '2024-06-01',
    paras: [
      '2024年1月，商务部收到中国畜牧业协会代表国内相关猪肉产业提交的反倾销调查申请，并依法立案调查。',
      '调查机关初步认定，原产于欧盟的进口相关猪肉及猪副产品存在倾销，国内产业受到实质损害，且倾销与实质损害之间存在因果关系。',
      '自2024年6月1日起，进口经营者在进口被调查产品时，应依据初步裁定所确定的各公司保证金比率（15.6%至62.4%）向海关提供相应保证金。',
    ],
    views: 5407,
  },
  {
    key: '20240510476543',
    path: '/article/b/c/202405/20240510476543.shtml',
    title: '商务部公告2024年第27号 关于对原产于日本和韩国的进口不锈钢钢坯和不锈钢热轧板/卷继续征收反倾销税的公告',
    date: '2024-05-10',
    docNumber: '商务部公告2024年第27号',
    agency: '商务部',
    paras: [
      '根据期终复审调查结果，调查机关裁定，如果终止反倾销措施，原产于日本和韩国的进口不锈钢钢坯和不锈钢热轧板/卷对中国的倾销可能继续或再度发生。',
      '被调查产品归在《中华人民共和国进出口税则》72181000、72189100、72189900、72191100、72191200等税则号列项下。',
      '反倾销税征收期限为5年，税率维持原措施不变。',
    ],
    views: 2876,
  },
  {
    key: '20240422455678',
    path: '/article/b/c/202404/20240422455678.shtml',
    title: '商务部公告2024年第21号 关于不可靠实体清单工作机制有关事项的公告',
    date: '2024-04-22',
    docNumber: '商务部公告2024年第21号',
    agency: '商务部',
    paras: [
      '不可靠实体清单工作机制根据调查结果，决定对列入清单的外国实体采取限制其从事与中国有关的进出口活动等处理措施。',
      '相关企业可就处理措施提出申辩意见，工作机制将依法审查并作出决定。',
    ],
    views: 3999,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '20240620556677',
      path: '/article/b/c/202406/20240620556677.shtml',
      title: '商务部公告2024年第45号 关于对锂电池正极材料制备技术调整出口管理措施的公告',
      date: '2024-06-20',
      docNumber: '商务部公告2024年第45号',
      agency: '商务部',
      effective: '2024-07-15',
      paras: [
        '为规范锂离子电池（HS 8507）及其正极材料相关技术的出口管理，商务部会同科技部对《中国禁止出口限制出口技术目录》有关条目作出调整。',
        '磷酸铁锂、磷酸锰铁锂正极材料制备技术列入限制出口技术目录，技术出口经营者应依法申请技术出口许可。',
        '本公告自2024年7月15日起施行。',
      ],
      views: 40,
    },
  ],
  edit: {
    '20240614534567': [
      '根据《中华人民共和国出口管制法》有关规定，为维护国家安全和利益、履行防扩散等国际义务，商务部决定将以下6家外国实体列入出口管制管控名单。',
      '禁止出口经营者向上述实体出口两用物项；正在开展的相关出口活动应当立即停止。特殊情况确需出口的，出口经营者应当向商务部提出申请。',
      '本公告自公布之日起施行，即自2024年6月14日起施行。',
    ],
  },
};

function listPage(rows: FixtureNotice[], page: number, pages: number): string {
  const lis: string[] = [];
  rows.forEach((n, i) => {
    lis.push(
      `<li><a href="${n.path}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a><span>${n.date} 09:${String(10 + i).padStart(2, '0')}:00</span></li>`,
    );
    if (i % 5 === 4 || i === rows.length - 1) lis.push('<li class="listline"></li>');
  });
  const next = page < pages ? `<a href="${COL}?${page + 1}">下一页</a>` : '';
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>公告_中华人民共和国商务部</title></head>
<body>
<div id="header"><img src="/img/bg/logo_01.png" alt="商务部"></div>
<div class="listCon">
  <div class="titleBar"><h3>公告</h3></div>
  <ul class="txtList_01">
${lis.map((l) => `    ${l}`).join('\n')}
  </ul>
  <div class="page">共${pages}页 第${page}页 ${next}</div>
</div>
</body></html>`;
}

function detailPage(n: FixtureNotice, state: WeekState): string {
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="PubDate" content="${n.date} 09:30">
<meta name="ContentSource" content="${esc(n.agency ?? '商务部')}">
<title>${esc(n.title)}</title></head>
<body>
<div id="header"><img src="/img/bg/logo_01.png" alt="商务部"></div>
<div class="artCon">
  <h1 id="artitle">${esc(n.title)}</h1>
  <div class="artInfo">发布时间：${n.date} 09:30　来源：${esc(n.agency ?? '商务部')}　<span class="hits">阅读次数：${views(n, state)}</span></div>
  <div class="art-con" id="zoom">
    <p style="text-align:center">${esc(n.docNumber ?? '')}</p>
${paras(n.paras)}
    <p style="text-align:right">${esc(n.agency ?? '商务部')}</p>
  </div>
  <div class="artPrint"><a href="javascript:window.print()">打印本页</a></div>
</div>
</body></html>`;
}

/** What the real old pages do when an article moved: a script-only page. */
function redirectPage(target: string): string {
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title></head>
<body><script type="text/javascript">window.location.href='${target}';</script></body></html>`;
}

function render(notices: FixtureNotice[], state: WeekState): Record<string, ReplicaFile> {
  const files = pagedFiles(
    notices,
    PAGE_SIZE,
    (i) => (i === 0 ? `${COL}index.html` : `${COL}?${i + 1}`),
    listPage,
    (n) => (n.path === REDIRECT_FROM ? redirectPage(REDIRECT_TO) : detailPage(n, state)),
  );
  files[REDIRECT_TO] = detailPage({ ...redirectNotice(), path: REDIRECT_TO }, state);
  return files;
}

export const site: ReplicaSite = {
  id: 'mofcom-article',
  states: weeklyStates(week1, changes, render),
};
