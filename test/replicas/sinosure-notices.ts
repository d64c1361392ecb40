/**
 * Replica of the Sinosure 通知公告 column: `ul.newsList li` (`a[title]` +
 * `span.time`), `.shtml` pages (`index.shtml`, `index_1.shtml`), detail
 * `./YYYYMM/tYYYYMMDD_<id>.shtml`, body `.TRS_Editor`.
 * week2: a new country-risk notice, one edited.
 */
import { relativeTo, trsSite } from './cms-trs.ts';
import { esc, type FixtureNotice, type WeekChanges } from './kit.ts';

const COL = '/xwzx/tzgg/';

export const week1: FixtureNotice[] = [
  {
    key: '301',
    path: `${COL}202406/t20240611_301.shtml`,
    title: '中国信保关于发布《2024年国家风险分析报告》的公告',
    date: '2024-06-11',
    agency: '中国出口信用保险公司',
    paras: [
      '中国出口信用保险公司发布《2024年国家风险分析报告》，对全球192个国家和地区的风险水平进行评估。',
      '报告显示，部分新兴市场国家外汇短缺加剧，出口企业应关注买方付款能力和汇兑限制风险。',
    ],
    attachments: [{ name: '2024年国家风险分析报告摘要.pdf', path: `${COL}202406/W020240611301.pdf` }],
    views: 5200,
  },
  {
    key: '288',
    path: `${COL}202405/t20240527_288.shtml`,
    title: '中国信保关于小微企业出口信用保险统保平台费率优惠的通知',
    date: '2024-05-27',
    agency: '中国出口信用保险公司',
    effective: '2024-06-01',
    paras: ['对年出口额500万美元以下的小微企业，统保平台费率下调10%。', '本通知自2024年6月1日起执行。'],
    views: 3100,
  },
  {
    key: '270',
    path: `${COL}202405/t20240509_270.shtml`,
    title: '中国信保关于开展“保单融资”专项服务的公告',
    date: '2024-05-09',
    agency: '中国出口信用保险公司',
    paras: ['联合合作银行为投保企业提供保单融资，融资额度最高为应收账款的90%。'],
    views: 1700,
  },
  {
    key: '255',
    path: `${COL}202404/t20240423_255.shtml`,
    title: '中国信保关于调整部分国家承保政策的公告',
    date: '2024-04-23',
    agency: '中国出口信用保险公司',
    paras: ['对受地区冲突影响的国家，短期险业务实行限额审批。'],
    views: 2600,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '315',
      path: `${COL}202406/t20240619_315.shtml`,
      title: '中国信保关于做好应对美国加征关税风险服务的通知',
      date: '2024-06-19',
      agency: '中国出口信用保险公司',
      paras: ['对受美国加征关税影响的出口企业，开辟限额审批和理赔绿色通道。'],
      views: 2,
    },
  ],
  edit: {
    '288': ['对年出口额500万美元以下的小微企业，统保平台费率下调15%。', '本通知自2024年6月1日起执行。'],
  },
};

export const site = trsSite(
  {
    id: 'sinosure-notices',
    siteName: '中国出口信用保险公司',
    column: '新闻中心 > 通知公告',
    pagePath: (i) => (i === 0 ? `${COL}index.shtml` : `${COL}index_${i}.shtml`),
    listOpen: '<div class="newsBox"><ul class="newsList">',
    listClose: '</ul></div>',
    href: relativeTo(COL),
    row: (n, href) => `<li><a href="${href}" title="${esc(n.title)}">${esc(n.title)}</a><span class="time">[${n.date}]</span></li>`,
    titleTag: '<h1>',
  },
  week1,
  changes,
);
