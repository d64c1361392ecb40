/**
 * Replica of www.mof.gov.cn/zhengwuxinxi/zhengcefabu/ (MOF policy releases).
 * Markup per SITES.md: `ul.xwfb_listbox li`, pages `index.htm`,
 * `index_1.htm` …, body `.TRS_Editor`, some pages GB2312.
 * Encodings on purpose: the first list page is GB2312 bytes declared only in
 * `<meta>` (HTTP says plain `text/html`); one detail page is GB2312 declared
 * only in the Content-Type header (no meta); the rest is UTF-8.
 * week2: one new notice, one edited (a rebate rate changed).
 */
import { gbk, type ReplicaFile, type ReplicaSite } from '../helpers/replica-server.ts';
import { chunk, cnDate, esc, type FixtureNotice, paras, views, type WeekChanges, type WeekState, weeklyStates } from './kit.ts';

const COL = '/zhengwuxinxi/zhengcefabu/';
const PAGE_SIZE = 3;
/** served as GB2312 with the charset only in the HTTP header */
export const GB_HEADER_KEY = '3935123';

export const week1: FixtureNotice[] = [
  {
    key: '3948001',
    path: '/zhengwuxinxi/zhengcefabu/202411/t20241115_3948001.htm',
    title: '财政部 税务总局关于调整出口退税政策的公告',
    date: '2024-11-15',
    docNumber: '财政部 税务总局公告2024年第15号',
    agency: '财政部 税务总局',
    effective: '2024-12-01',
    paras: [
      '现就调整出口退税政策有关事项公告如下：',
      '一、取消铝材、铜材以及化学改性的动植物或微生物油、脂等产品出口退税。具体产品清单见附件1。',
      '二、将部分成品油、光伏（HS 8541）、电池（HS 8507）、部分非金属矿物制品的出口退税率由13%下调至9%。具体产品清单见附件2。',
      '三、本公告自2024年12月1日起实施。本公告所列产品适用的出口退税率，以出口货物报关单上注明的出口日期界定。',
    ],
    views: 20010,
  },
  {
    key: '3935123',
    path: '/zhengwuxinxi/zhengcefabu/202405/t20240520_3935123.htm',
    title: '财政部 商务部关于印发《外经贸发展专项资金管理办法》的通知',
    date: '2024-05-20',
    docNumber: '财企〔2024〕12号',
    agency: '财政部 商务部',
    paras: [
      '为规范外经贸发展专项资金管理，提高资金使用效益，财政部、商务部制定了《外经贸发展专项资金管理办法》，现予印发。',
      '专项资金重点支持优化贸易结构、促进外贸新业态发展、公共服务平台建设、境外展会参展以及出口信用保险保费补贴等事项。',
      '专项资金实施期限至2028年，到期后按规定评估确定是否继续实施。',
    ],
    views: 7766,
  },
  {
    key: '3921777',
    path: '/zhengwuxinxi/zhengcefabu/202403/t20240328_3921777.htm',
    title: '财政部 海关总署 税务总局关于跨境电子商务出口退运商品税收政策的公告',
    date: '2024-03-28',
    docNumber: '财政部 海关总署 税务总局公告2024年第10号',
    agency: '财政部 海关总署 税务总局',
    paras: [
      '为支持跨境电子商务新业态加快发展，对跨境电子商务出口退运商品实施以下税收政策。',
      '对自出口之日起6个月内因滞销、退货原因，原状退运进境的商品（不含食品），免征进口关税和进口环节增值税、消费税；出口时已征收的出口关税准予退还。',
    ],
    views: 4409,
  },
  {
    key: '3910222',
    path: '/zhengwuxinxi/zhengcefabu/202402/t20240222_3910222.htm',
    title: '财政部关于做好2024年中小外贸企业出口信用保险保费补贴工作的通知',
    date: '2024-02-22',
    docNumber: '财金〔2024〕9号',
    agency: '财政部',
    paras: [
      '各省、自治区、直辖市财政厅（局）：为稳定外贸主体，现就2024年中小外贸企业出口信用保险保费补贴工作通知如下。',
      '对上年度出口额在500万美元以下的中小外贸企业投保短期出口信用保险的保费，中央财政按不超过50%的比例给予补贴。',
    ],
    views: 2980,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '3951999',
      path: '/zhengwuxinxi/zhengcefabu/202412/t20241226_3951999.htm',
      title: '财政部 海关总署 税务总局关于延续实施国际运输船舶增值税政策的公告',
      date: '2024-12-26',
      docNumber: '财政部 海关总署 税务总局公告2024年第18号',
      agency: '财政部 海关总署 税务总局',
      effective: '2025-01-01',
      paras: [
        '为促进航运业和国际物流发展，自2025年1月1日起至2027年12月31日，对符合条件的国际运输船舶继续实施增值税退税政策。',
        '国际物流企业购进的用于国际运输的船舶，可按规定申请退还增值税。',
      ],
      views: 55,
    },
  ],
  edit: {
    '3948001': [
      '现就调整出口退税政策有关事项公告如下：',
      '一、取消铝材、铜材以及化学改性的动植物或微生物油、脂等产品出口退税。具体产品清单见附件1。',
      '二、将部分成品油、光伏（HS 8541）、电池（HS 8507）、部分非金属矿物制品的出口退税率由13%下调至9%，其中锂离子蓄电池出口退税率下调至11%。具体产品清单见附件2。',
      '三、本公告自2024年12月1日起实施。本公告所列产品适用的出口退税率，以出口货物报关单上注明的出口日期界定。',
    ],
  },
};

function listPage(rows: FixtureNotice[], page: number, pages: number, charset: string): string {
  const items = rows
    .map((n) => `    <li><a href="./${n.path.slice(COL.length)}" title="${esc(n.title)}">${esc(n.title)}</a><span>${n.date}</span></li>`)
    .join('\n');
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>政策发布-中华人民共和国财政部</title></head>
<body>
<div class="header">中华人民共和国财政部 Ministry of Finance of the People's Republic of China</div>
<div class="xwfb_box">
  <h3>政策发布</h3>
  <ul class="xwfb_listbox">
${items}
  </ul>
  <div class="pager"><script>var countPage = ${pages}; var currentPage = ${page - 1}; createPageHTML(countPage, currentPage, "index", "htm");</script></div>
</div>
</body></html>`;
}

function detailPage(n: FixtureNotice, state: WeekState, withMeta: boolean): string {
  const meta = withMeta ? '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n' : '';
  return `<!DOCTYPE html>
<html><head>${meta}<meta name="PubDate" content="${n.date} 16:00">
<title>${esc(n.title)}-中华人民共和国财政部</title></head>
<body>
<div class="header">中华人民共和国财政部</div>
<div class="box_content">
  <h2 class="title_con">${esc(n.title)}</h2>
  <div class="xxgk_info">发布日期：${n.date}　来源：条法司　<span class="wzfwcs">浏览次数：${views(n, state)}</span></div>
  <div class="TRS_Editor">
    <p style="text-align:center">${esc(n.docNumber ?? '')}</p>
${paras(n.paras)}
    <p style="text-align:right">${esc(n.agency ?? '财政部')}</p>
    <p style="text-align:right">${cnDate(n.date)}</p>
  </div>
</div>
</body></html>`;
}

function render(notices: FixtureNotice[], state: WeekState): Record<string, ReplicaFile> {
  const files: Record<string, ReplicaFile> = {};
  const pages = chunk(notices, PAGE_SIZE);
  pages.forEach((rows, i) => {
    if (i === 0) {
      // GB2312 bytes, charset only in <meta>; the server says just text/html
      files[`${COL}index.htm`] = { body: gbk(listPage(rows, 1, pages.length, 'gb2312')), headers: { 'content-type': 'text/html' } };
    } else files[`${COL}index_${i}.htm`] = listPage(rows, i + 1, pages.length, 'utf-8');
  });
  for (const n of notices) {
    if (n.key === GB_HEADER_KEY) {
      // GB2312 bytes, charset only in the HTTP header
      files[n.path] = { body: gbk(detailPage(n, state, false)), headers: { 'content-type': 'text/html; charset=GB2312' } };
    } else files[n.path] = detailPage(n, state, true);
  }
  return files;
}

export const site: ReplicaSite = {
  id: 'mof-zcfb',
  states: weeklyStates(week1, changes, render),
};
