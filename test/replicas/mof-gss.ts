/**
 * Replica of gss.mof.gov.cn/gzdt/zhengcefabu/ (MOF Tariff Policy Department,
 * which publishes the Customs Tariff Commission's notices). Markup per
 * SITES.md: `ul.liBox li` with `a[title]` + `span` date, TRS-style relative
 * links `./YYYYMM/tYYYYMMDD_<id>.htm`, body `div.my_doccontent`, issuer
 * `div.zzName`; list pages `index.htm`, `index_1.htm` (TRS paging).
 * week2: one new notice, a tariff rate changed, one notice withdrawn (404).
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { cnDate, esc, type FixtureNotice, paras, views, type WeekChanges, type WeekState, weeklyStates, pagedFiles } from './kit.ts';

const COL = '/gzdt/zhengcefabu/';
const PAGE_SIZE = 3;

export const week1: FixtureNotice[] = [
  {
    key: '3950101',
    path: '/gzdt/zhengcefabu/202412/t20241220_3950101.htm',
    title: '国务院关税税则委员会关于2025年关税调整方案的公告',
    date: '2024-12-20',
    docNumber: '税委会公告〔2024〕11号',
    agency: '国务院关税税则委员会',
    effective: '2025-01-01',
    paras: [
      '为服务构建新发展格局，统筹国内国际两个市场两种资源，2025年对部分商品的进出口关税进行调整。',
      '一、进口关税税率。对935项商品实施低于最惠国税率的进口暂定税率，其中LED灯具零部件（税则号列9405）进口暂定税率为5%，环烯烃聚合物、乙烷等原材料适度降低税率。',
      '二、出口关税。继续对铬铁等107项商品征收出口关税，其中对高纯生铁实施出口暂定税率。',
      '三、协定税率。根据我国与有关国家或地区签署的自由贸易协定和优惠贸易安排，2025年对34个国家或地区的部分商品实施协定税率，其中对RCEP成员国继续实施协定第四年税率。',
      '本方案自2025年1月1日起实施。',
    ],
    views: 9120,
  },
  {
    key: '3941234',
    path: '/gzdt/zhengcefabu/202411/t20241125_3941234.htm',
    title: '国务院关税税则委员会关于给予最不发达国家100%税目产品零关税待遇的公告',
    date: '2024-11-25',
    docNumber: '税委会公告〔2024〕8号',
    agency: '国务院关税税则委员会',
    effective: '2024-12-01',
    paras: [
      '为落实国家主席关于给予同中国建交的最不发达国家100%税目产品零关税待遇的宣布，决定调整相关国家零关税待遇。',
      '自2024年12月1日起，对原产于同中国建交的最不发达国家100%税目的进口产品适用税率为零的特惠税率。',
      '海关总署将发布原产地管理办法。',
    ],
    views: 4780,
  },
  {
    key: '3930555',
    path: '/gzdt/zhengcefabu/202410/t20241028_3930555.htm',
    title: '国务院关税税则委员会关于延长部分对美加征关税商品排除期限的公告',
    date: '2024-10-28',
    docNumber: '税委会公告〔2024〕7号',
    agency: '国务院关税税则委员会',
    paras: [
      '国务院关税税则委员会对前期已公布的部分对美加征关税商品排除延期清单进行了评估，决定继续延长排除期限。',
      '清单所列商品（如部分医疗器械、稀土分离设备零部件等）继续不加征我为反制美301措施所加征的关税，排除期限延长至2025年2月28日。',
    ],
    views: 3111,
  },
  {
    key: '3919876',
    path: '/gzdt/zhengcefabu/202409/t20240930_3919876.htm',
    title: '国务院关税税则委员会关于调整部分钢铁产品出口关税的公告',
    date: '2024-09-30',
    docNumber: '税委会公告〔2024〕6号',
    agency: '国务院关税税则委员会',
    effective: '2024-10-15',
    paras: [
      '为促进钢铁行业转型升级，决定调整部分钢铁产品出口关税。',
      '对税则号列7202（铁合金）项下部分产品出口关税税率由25%调整为20%，对7207项下半成品出口暂定税率维持不变。',
      '本公告自2024年10月15日起执行。',
    ],
    views: 2200,
  },
  {
    key: '3905678',
    path: '/gzdt/zhengcefabu/202408/t20240815_3905678.htm',
    title: '国务院关税税则委员会关于对原产于加拿大的部分进口商品开展反歧视调查的公告',
    date: '2024-08-15',
    docNumber: '税委会公告〔2024〕5号',
    agency: '国务院关税税则委员会',
    paras: [
      '针对加拿大对原产于中国的电动汽车（税则号列8703）和钢铝产品加征附加税的措施，国务院关税税则委员会决定依法开展反歧视调查。',
      '利害关系方可在公告发布之日起20日内提交书面意见。',
    ],
    views: 5034,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '3958888',
      path: '/gzdt/zhengcefabu/202412/t20241227_3958888.htm',
      title: '国务院关税税则委员会关于对原产于日本的部分进口商品适用RCEP协定税率的公告',
      date: '2024-12-27',
      docNumber: '税委会公告〔2024〕12号',
      agency: '国务院关税税则委员会',
      effective: '2025-01-01',
      paras: [
        '根据《区域全面经济伙伴关系协定》（RCEP）关税减让安排，自2025年1月1日起，对原产于日本的部分进口商品实施协定第四年税率。',
        '涉及商品包括部分机电产品、化工产品及汽车零部件，具体税率见附件。',
      ],
      views: 17,
    },
  ],
  edit: {
    '3950101': [
      '为服务构建新发展格局，统筹国内国际两个市场两种资源，2025年对部分商品的进出口关税进行调整。',
      '一、进口关税税率。对935项商品实施低于最惠国税率的进口暂定税率，其中LED灯具零部件（税则号列9405）进口暂定税率为3%，环烯烃聚合物、乙烷等原材料适度降低税率。',
      '二、出口关税。继续对铬铁等107项商品征收出口关税，其中对高纯生铁实施出口暂定税率。',
      '三、协定税率。根据我国与有关国家或地区签署的自由贸易协定和优惠贸易安排，2025年对34个国家或地区的部分商品实施协定税率，其中对RCEP成员国继续实施协定第四年税率。',
      '本方案自2025年1月1日起实施。',
    ],
  },
  remove: ['3930555'],
};

/** TRS lists link relatively: './202412/t20241220_3950101.htm' */
function rel(path: string): string {
  return `./${path.slice(COL.length)}`;
}

function listPage(rows: FixtureNotice[], page: number, pages: number): string {
  const items = rows
    .map((n) => `      <li><a href="${rel(n.path)}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a><span>${n.date}</span></li>`)
    .join('\n');
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>政策发布-关税司</title></head>
<body>
<div class="header"><img src="../../images/logo.png" alt="中华人民共和国财政部关税司"></div>
<div class="listMain">
  <div class="listTit">政策发布</div>
  <ul class="liBox">
${items}
  </ul>
  <div class="pagebox"><script>createPageHTML(${pages}, ${page - 1}, "index", "htm");</script></div>
</div>
</body></html>`;
}

function detailPage(n: FixtureNotice, state: WeekState): string {
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="ArticleTitle" content="${esc(n.title)}">
<meta name="PubDate" content="${n.date} 17:30">
<meta name="ContentSource" content="关税司">
<title>${esc(n.title)}</title></head>
<body>
<div class="header"><img src="../../../images/logo.png" alt="关税司"></div>
<div class="conMain">
  <div class="title_con"><h2>${esc(n.title)}</h2></div>
  <div class="xinxi"><span>发布时间：${n.date}</span><span>来源：关税司</span><span class="fwcs">访问量：${views(n, state)}</span></div>
  <div class="my_doccontent">
    <div class="TRS_Editor">
      <p style="text-align:center">${esc(n.docNumber ?? '')}</p>
${paras(n.paras)}
    </div>
  </div>
  <div class="zzName">${esc(n.agency ?? '')}</div>
  <div class="zzDate">${cnDate(n.date)}</div>
</div>
</body></html>`;
}

function render(notices: FixtureNotice[], state: WeekState): Record<string, ReplicaFile> {
  return pagedFiles(
    notices,
    PAGE_SIZE,
    (i) => (i === 0 ? `${COL}index.htm` : `${COL}index_${i}.htm`),
    listPage,
    (n) => detailPage(n, state),
  );
}

export const site: ReplicaSite = {
  id: 'mof-gss',
  states: weeklyStates(week1, changes, render),
};
