/**
 * Replica of the SAFE 政策法规 column: `.list_conr li` rows with `dt a` +
 * `dd` date, detail URLs `/safe/YYYY/MMDD/<id>.html`, body `#content`,
 * pages `index.html`, `index_2.html`.
 * week2: a new trade-settlement notice, an edit, one notice withdrawn.
 */
import { trsSite } from './cms-trs.ts';
import { esc, type FixtureNotice, type WeekChanges } from './kit.ts';

const COL = '/safe/zcfg/';

export const week1: FixtureNotice[] = [
  {
    key: '24501',
    path: '/safe/2024/0613/24501.html',
    title: '国家外汇管理局关于进一步优化贸易外汇业务管理的通知',
    date: '2024-06-13',
    docNumber: '汇发〔2024〕11号',
    agency: '国家外汇管理局',
    effective: '2024-07-01',
    paras: [
      '国家外汇管理局各省、自治区、直辖市分局：',
      '为便利经营主体跨境贸易结算，现就优化贸易外汇业务管理有关事项通知如下。',
      '一、银行可按照“展业三原则”为优质企业办理贸易外汇收支便利化业务，企业无需逐笔提供报关单。',
      '二、支持跨境电商、海外仓等新业态企业通过银行办理货物贸易外汇收支。',
      '本通知自2024年7月1日起实施。',
    ],
    attachments: [{ name: '贸易外汇收支便利化业务操作指引.docx', path: '/safe/file/file/20240613/a7b8c9d0.docx' }],
    views: 8800,
  },
  {
    key: '24388',
    path: '/safe/2024/0530/24388.html',
    title: '国家外汇管理局关于做好跨境融资宏观审慎管理的通知',
    date: '2024-05-30',
    docNumber: '汇发〔2024〕9号',
    agency: '国家外汇管理局',
    paras: ['企业跨境融资风险加权余额上限为净资产的2倍。', '各分局应加强对跨境融资资金使用的事中事后监管。'],
    views: 4100,
  },
  {
    key: '24270',
    path: '/safe/2024/0516/24270.html',
    title: '国家外汇管理局综合司关于开展外汇政策宣传月活动的通知',
    date: '2024-05-16',
    docNumber: '汇综发〔2024〕30号',
    agency: '国家外汇管理局综合司',
    paras: ['聚焦外贸企业关心的汇率避险和跨境结算便利化政策开展宣传。'],
    views: 900,
  },
  {
    key: '24102',
    path: '/safe/2024/0425/24102.html',
    title: '国家外汇管理局关于发布《经常项目外汇业务指引（2024年版）》的通知',
    date: '2024-04-25',
    docNumber: '汇发〔2024〕6号',
    agency: '国家外汇管理局',
    paras: ['《经常项目外汇业务指引（2024年版）》整合了货物贸易、服务贸易和个人外汇业务规定。'],
    views: 6600,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '24611',
      path: '/safe/2024/0620/24611.html',
      title: '国家外汇管理局关于扩大跨境贸易投资高水平开放试点的通知',
      date: '2024-06-20',
      docNumber: '汇发〔2024〕13号',
      agency: '国家外汇管理局',
      paras: ['将跨境贸易投资高水平开放试点扩大至北京、浙江、广东（含深圳）等地区。'],
      views: 8,
    },
  ],
  edit: {
    '24388': ['企业跨境融资风险加权余额上限为净资产的2.5倍。', '各分局应加强对跨境融资资金使用的事中事后监管。'],
  },
  remove: ['24270'],
};

export const site = trsSite(
  {
    id: 'safe-zcfg',
    siteName: '国家外汇管理局',
    column: '政策法规',
    pagePath: (i) => (i === 0 ? `${COL}index.html` : `${COL}index_${i + 1}.html`),
    listOpen: '<div class="list_conr"><ul>',
    listClose: '</ul></div>',
    row: (n, href) => `<li><dt><a href="${href}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a></dt><dd>${n.date}</dd></li>`,
    titleTag: '<div class="detail_tit">',
    bodyOpen: '<div id="content" class="detail_content">',
  },
  week1,
  changes,
);
