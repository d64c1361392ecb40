/**
 * Replica of the Shenzhen Municipal Bureau of Commerce policy list
 * (commerce.sz.gov.cn/xxgk/zcfgjzcjd/zcfg/). Markup per SITES.md: rows with
 * `span.lb_title a` + `span.lb_date`, article links containing `post_`, body
 * `.acontent` (older pages `.articbox`), attachments in `div.fjdown`, dates
 * prefixed `信息提供日期：`. Pages 2+ are `index_{n}.html` (NFCMS pattern).
 * week2: one new notice, a deadline changed, one notice withdrawn (404).
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { esc, type FixtureNotice, paras, views, type WeekChanges, type WeekState, weeklyStates, pagedFiles } from './kit.ts';

const COL = '/xxgk/zcfgjzcjd/zcfg/';
const PAGE_SIZE = 3;

export const week1: FixtureNotice[] = [
  {
    key: '11345678',
    path: '/xxgk/zcfgjzcjd/zcfg/content/post_11345678.html',
    title: '深圳市商务局关于申报2024年度出口信用保险保费资助项目的通知',
    date: '2024-06-11',
    docNumber: '深商务贸易〔2024〕38号',
    agency: '深圳市商务局',
    paras: [
      '各有关单位：为帮助我市外贸企业防范收汇风险、开拓国际市场，根据《深圳市推动外贸稳规模优结构若干措施》，现组织开展2024年度出口信用保险保费资助项目申报工作。',
      '一、资助对象：在深圳市依法注册、2023年出口额在5000万美元以下并投保短期出口信用保险的企业。',
      '二、资助标准：按企业实际缴纳保费的50%给予资助，单家企业最高资助100万元。',
      '三、申报时间：2024年6月15日至2024年7月15日，逾期不予受理。',
    ],
    attachments: [
      { name: '2024年度出口信用保险保费资助项目申报指南.pdf', path: '/attachment/1/1345/1345678/11345678.pdf' },
      { name: '申请表.docx', path: '/attachment/1/1345/1345679/11345678.docx' },
    ],
    views: 2400,
  },
  {
    key: '11320001',
    path: '/xxgk/zcfgjzcjd/zcfg/content/post_11320001.html',
    title: '深圳市商务局关于组织企业参加2024年德国汉诺威工业博览会的通知',
    date: '2024-05-27',
    docNumber: '深商务会展〔2024〕12号',
    agency: '深圳市商务局',
    paras: [
      '为支持我市企业开拓欧洲市场，市商务局将组织企业参加2024年德国汉诺威工业博览会。',
      '参展企业可按规定申请展位费资助，重点展示新能源汽车零部件、锂电池储能系统（HS 8507）和工业机器人等产品。',
    ],
    attachments: [{ name: '参展报名表.xlsx', path: '/attachment/1/1320/1320001/11320001.xlsx' }],
    views: 980,
  },
  {
    key: '11298765',
    path: '/xxgk/zcfgjzcjd/zcfg/content/post_11298765.html',
    title: '深圳市人民政府办公厅印发关于加快跨境电子商务高质量发展若干措施的通知',
    date: '2024-05-09',
    docNumber: '深府办规〔2024〕5号',
    agency: '深圳市人民政府办公厅',
    effective: '2024-06-01',
    paras: [
      '为加快我市跨境电子商务高质量发展，制定如下措施。',
      '一、支持跨境电商企业建设海外仓，对在美国、欧盟、东盟等重点市场新建或租用海外仓的企业，按实际投入给予最高500万元资助。',
      '二、支持跨境电商企业品牌出海，对获得境外商标注册的企业给予奖励。',
      '本措施自2024年6月1日起施行，有效期3年。',
    ],
    views: 5100,
  },
  {
    key: '11276543',
    path: '/xxgk/zcfgjzcjd/zcfg/content/post_11276543.html',
    title: '深圳市商务局关于开展RCEP原产地规则和关税减让专题培训的通知',
    date: '2024-04-18',
    agency: '深圳市商务局',
    paras: [
      '为帮助企业用好《区域全面经济伙伴关系协定》（RCEP）关税减让和原产地累积规则，市商务局联合深圳海关举办专题培训。',
      '培训内容包括RCEP项下对日本、韩国出口的关税减让安排，原产地证书申领及经核准出口商制度。',
    ],
    views: 760,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '11360002',
      path: '/xxgk/zcfgjzcjd/zcfg/content/post_11360002.html',
      title: '深圳市商务局关于申报2024年度国际物流和海外仓扶持资金的通知',
      date: '2024-06-18',
      docNumber: '深商务贸易〔2024〕41号',
      agency: '深圳市商务局',
      paras: [
        '为完善国际物流体系，支持企业布局海外仓，现组织申报2024年度国际物流和海外仓扶持资金。',
        '对开通国际货运航线、中欧班列及建设公共海外仓的企业，按实际投入的30%给予资助。',
      ],
      attachments: [{ name: '扶持资金申报指南.pdf', path: '/attachment/1/1360/1360002/11360002.pdf' }],
      views: 30,
    },
  ],
  edit: {
    '11345678': [
      '各有关单位：为帮助我市外贸企业防范收汇风险、开拓国际市场，根据《深圳市推动外贸稳规模优结构若干措施》，现组织开展2024年度出口信用保险保费资助项目申报工作。',
      '一、资助对象：在深圳市依法注册、2023年出口额在5000万美元以下并投保短期出口信用保险的企业。',
      '二、资助标准：按企业实际缴纳保费的50%给予资助，单家企业最高资助100万元。',
      '三、申报时间：2024年6月15日至2024年7月31日，逾期不予受理。',
    ],
  },
  remove: ['11320001'],
};

function listPage(rows: FixtureNotice[], page: number, pages: number): string {
  const items = rows
    .map(
      (n) =>
        `      <li><span class="lb_title"><a href="${n.path}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a></span><span class="lb_date">${n.date}</span></li>`,
    )
    .join('\n');
  const links = Array.from(
    { length: pages },
    (_, i) => `<a href="${i === 0 ? 'index.html' : `index_${i + 1}.html`}"${i + 1 === page ? ' class="current"' : ''}>${i + 1}</a>`,
  ).join('');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>政策法规_深圳市商务局</title></head>
<body>
<div class="header">深圳市商务局 Shenzhen Municipal Bureau of Commerce</div>
<div class="lb_content">
  <div class="lb_nav">当前位置：首页 &gt; 信息公开 &gt; 政策法规及政策解读 &gt; 政策法规</div>
  <div class="lb_list">
    <ul>
${items}
    </ul>
  </div>
  <div class="page">${links}</div>
</div>
</body></html>`;
}

function detailPage(n: FixtureNotice, state: WeekState): string {
  const fj = (n.attachments ?? []).map((a) => `    <p><a href="${a.path}" target="_blank">${esc(a.name)}</a></p>`).join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(n.title)}_深圳市商务局</title>
<meta name="ArticleTitle" content="${esc(n.title)}"></head>
<body>
<div class="header">深圳市商务局</div>
<div class="article">
  <h1 class="tit">${esc(n.title)}</h1>
  <div class="xx_info"><span>信息提供日期：${n.date}</span><span>来源：深圳市商务局</span><span class="hits">访问量：${views(n, state)}</span></div>
  <div class="acontent">
${n.docNumber ? `    <p style="text-align:center">${esc(n.docNumber)}</p>\n` : ''}${paras(n.paras)}
    <p style="text-align:right">${esc(n.agency ?? '深圳市商务局')}</p>
  </div>
${fj ? `  <div class="fjdown">\n    <p>附件：</p>\n${fj}\n  </div>` : ''}
</div>
</body></html>`;
}

function render(notices: FixtureNotice[], state: WeekState): Record<string, ReplicaFile> {
  return pagedFiles(
    notices,
    PAGE_SIZE,
    (i) => (i === 0 ? `${COL}index.html` : `${COL}index_${i + 1}.html`),
    listPage,
    (n) => detailPage(n, state),
  );
}

export const site: ReplicaSite = {
  id: 'sz-commerce',
  states: weeklyStates(week1, changes, render),
};
