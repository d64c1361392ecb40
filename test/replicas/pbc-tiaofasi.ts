/**
 * Replica of the PBC 条法司 normative-documents column: a table of rows with
 * the link in `font.newslist_style` and the date in `span.hui12`, every
 * article in its own numeric folder (`…/<id>/index.html`), body `#zoom`.
 * week2: a new cross-border RMB notice, an edited one, one withdrawn.
 */
import { trsSite } from './cms-trs.ts';
import { esc, type FixtureNotice, type WeekChanges } from './kit.ts';

const COL = '/tiaofasi/144941/3581332/';

export const week1: FixtureNotice[] = [
  {
    key: '5381234',
    path: `${COL}5381234/index.html`,
    title: '中国人民银行关于进一步优化跨境人民币政策支持稳外贸稳外资的通知',
    date: '2024-06-14',
    docNumber: '银发〔2024〕112号',
    agency: '中国人民银行',
    paras: [
      '中国人民银行上海总部，各省、自治区、直辖市及计划单列市分行：',
      '为更好服务外贸企业，支持银行业金融机构为跨境电商、市场采购贸易等新业态提供经常项下跨境人民币结算服务。',
      '境内银行可凭支付机构、外贸综合服务企业提交的交易电子信息，为企业办理货物贸易人民币结算。',
    ],
    attachments: [{ name: '跨境人民币业务展业指引.pdf', path: `${COL}5381234/2024061417301234567.pdf` }],
    views: 7020,
  },
  {
    key: '5370011',
    path: `${COL}5370011/index.html`,
    title: '中国人民银行 国家外汇管理局关于银行业金融机构境外贷款业务有关事宜的通知',
    date: '2024-05-30',
    docNumber: '银发〔2024〕98号',
    agency: '中国人民银行 国家外汇管理局',
    effective: '2024-07-01',
    paras: [
      '境内银行可按规定为境外企业发放境外贷款，支持境内企业“走出去”及对外贸易发展。',
      '境外贷款余额上限与银行一级资本净额挂钩，宏观审慎调节系数由中国人民银行确定。',
      '本通知自2024年7月1日起施行。',
    ],
    views: 3300,
  },
  {
    key: '5361200',
    path: `${COL}5361200/index.html`,
    title: '中国人民银行关于调整出口信贷贴息支持范围的通知',
    date: '2024-05-11',
    docNumber: '银发〔2024〕80号',
    agency: '中国人民银行',
    paras: ['将船舶、成套设备和新能源汽车出口买方信贷纳入再贷款支持范围。', '各分行应加强对政策执行情况的监测评估。'],
    views: 1800,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '5392001',
      path: `${COL}5392001/index.html`,
      title: '中国人民银行关于开展跨境贸易投资高水平开放试点的通知',
      date: '2024-06-21',
      docNumber: '银发〔2024〕125号',
      agency: '中国人民银行',
      paras: ['在上海、广东、海南自由贸易试验区开展跨境贸易投资高水平开放试点。', '试点银行可为优质企业办理贸易收支便利化业务，无需事前逐笔审核单证。'],
      views: 5,
    },
  ],
  edit: {
    '5381234': [
      '中国人民银行上海总部，各省、自治区、直辖市及计划单列市分行：',
      '为更好服务外贸企业，支持银行业金融机构为跨境电商、市场采购贸易、海外仓等新业态提供经常项下跨境人民币结算服务。',
      '境内银行可凭支付机构、外贸综合服务企业提交的交易电子信息，为企业办理货物贸易人民币结算。',
    ],
  },
  remove: ['5370011'],
};

export const site = trsSite(
  {
    id: 'pbc-tiaofasi',
    siteName: '中国人民银行',
    column: '条法司 > 规范性文件',
    pagePath: () => `${COL}index.html`,
    pageSize: 20,
    listOpen: '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="newslist">',
    listClose: '</table>',
    row: (n, href) =>
      `<tr><td height="22" align="left"><font class="newslist_style"><a href="${href}" title="${esc(n.title)}" istitle="true">${esc(n.title)}</a></font><span class="hui12">${n.date}</span></td></tr>`,
    titleTag: '<h2 class="zw_title">',
    bodyOpen: '<div id="zoom">',
  },
  week1,
  changes,
);
