/**
 * Replica of the Fujian Department of Commerce 政策法规 column (TRS with
 * `.htm` pages): `.gl_list li` rows (`a[title]` + `span.time`), relative
 * `./YYYYMM/tYYYYMMDD_<id>.htm` links, `.TRS_Editor` bodies.
 * week2: a new cross-strait trade notice, an edit, one withdrawn.
 */
import { relativeTo, trsSite } from './cms-trs.ts';
import { esc, type FixtureNotice, type WeekChanges } from './kit.ts';

const COL = '/xxgk/zcfg/';

export const week1: FixtureNotice[] = [
  {
    key: '6451234',
    path: `${COL}202406/t20240613_6451234.htm`,
    title: '福建省商务厅关于印发《福建省促进跨境电商高质量发展行动方案》的通知',
    date: '2024-06-13',
    docNumber: '闽商务电商〔2024〕5号',
    agency: '福建省商务厅',
    paras: ['各设区市商务局、平潭综合实验区经济发展局：现将行动方案印发给你们。', '支持企业在“丝路海运”沿线国家布局海外仓，对新建海外仓给予最高200万元补助。'],
    views: 2300,
  },
  {
    key: '6440011',
    path: `${COL}202405/t20240529_6440011.htm`,
    title: '福建省商务厅 福州海关 厦门海关关于推进对台贸易便利化的通知',
    date: '2024-05-29',
    docNumber: '闽商务外贸〔2024〕19号',
    agency: '福建省商务厅 福州海关 厦门海关',
    effective: '2024-06-15',
    paras: ['对台湾地区输入的农产品、食品实行快速验放。', '本通知自2024年6月15日起施行。'],
    attachments: [{ name: '快速验放商品目录.xls', path: `${COL}202405/P020240529644001100001.xls` }],
    views: 1700,
  },
  {
    key: '6430000',
    path: `${COL}202405/t20240515_6430000.htm`,
    title: '福建省商务厅关于做好2024年茶叶出口质量安全示范区建设的通知',
    date: '2024-05-15',
    docNumber: '闽商务外贸〔2024〕15号',
    agency: '福建省商务厅',
    paras: ['推动安溪、武夷山等茶叶出口质量安全示范区对标欧盟农残限量标准。'],
    views: 1100,
  },
  {
    key: '6420000',
    path: `${COL}202404/t20240430_6420000.htm`,
    title: '福建省商务厅关于公布2024年省级外贸综合服务企业名单的通知',
    date: '2024-04-30',
    agency: '福建省商务厅',
    paras: ['认定20家企业为2024年省级外贸综合服务企业。'],
    views: 600,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '6460099',
      path: `${COL}202406/t20240620_6460099.htm`,
      title: '福建省商务厅关于支持闽台产业合作区扩大进出口的通知',
      date: '2024-06-20',
      docNumber: '闽商务外贸〔2024〕23号',
      agency: '福建省商务厅',
      paras: ['支持台资企业扩大机电产品、石化产品进出口。'],
      views: 2,
    },
  ],
  edit: {
    '6451234': [
      '各设区市商务局、平潭综合实验区经济发展局：现将行动方案印发给你们。',
      '支持企业在“丝路海运”沿线国家布局海外仓，对新建海外仓给予最高300万元补助。',
    ],
  },
  remove: ['6430000'],
};

export const site = trsSite(
  {
    id: 'fj-commerce',
    siteName: '福建省商务厅',
    column: '政府信息公开 > 政策法规',
    pagePath: (i) => (i === 0 ? `${COL}index.htm` : `${COL}index_${i}.htm`),
    listOpen: '<div class="gl_list"><ul>',
    listClose: '</ul></div>',
    href: relativeTo(COL),
    row: (n, href) => `<li><a href="${href}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a><span class="time">${n.date}</span></li>`,
    titleTag: '<div class="xl_tit">',
  },
  week1,
  changes,
);
