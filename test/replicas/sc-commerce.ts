/**
 * Replica of the Sichuan Department of Commerce 通知公告 column (TRS):
 * `div.listBox ul li` rows (`a[title]` + `span`), relative TRS links.
 * week2: a new China-Europe rail notice, an edited one, one withdrawn.
 */
import { relativeTo, trsSite } from './cms-trs.ts';
import { esc, type FixtureNotice, type WeekChanges } from './kit.ts';

const COL = '/sccom/tzgg/';

export const week1: FixtureNotice[] = [
  {
    key: '4001234',
    path: `${COL}202406/t20240611_4001234.html`,
    title: '四川省商务厅关于申报2024年度外经贸发展专项资金项目的通知',
    date: '2024-06-11',
    docNumber: '川商贸〔2024〕52号',
    agency: '四川省商务厅',
    paras: [
      '各市（州）商务主管部门：现组织申报2024年度外经贸发展专项资金项目。',
      '重点支持企业开拓“一带一路”市场、参加境外展会和投保出口信用保险。',
      '申报截止时间为2024年7月10日。',
    ],
    attachments: [{ name: '项目申报指南.docx', path: `${COL}202406/W020240611400123.docx` }],
    views: 1900,
  },
  {
    key: '3990011',
    path: `${COL}202405/t20240527_3990011.html`,
    title: '四川省商务厅 成都海关关于推进中欧班列（成渝）运贸一体化发展的通知',
    date: '2024-05-27',
    docNumber: '川商贸〔2024〕44号',
    agency: '四川省商务厅 成都海关',
    effective: '2024-06-01',
    paras: ['支持企业通过中欧班列（成渝）出口电子信息产品和汽车零部件。', '本通知自2024年6月1日起施行。'],
    views: 1400,
  },
  {
    key: '3981111',
    path: `${COL}202405/t20240514_3981111.html`,
    title: '四川省商务厅关于开展2024年“川货出海”系列活动的通知',
    date: '2024-05-14',
    docNumber: '川商贸函〔2024〕130号',
    agency: '四川省商务厅',
    paras: ['组织川酒、川茶、装备制造企业赴中亚、东南亚开展贸易对接。'],
    views: 800,
  },
  {
    key: '3970000',
    path: `${COL}202404/t20240425_3970000.html`,
    title: '四川省商务厅关于公布第二批省级外贸转型升级基地名单的通知',
    date: '2024-04-25',
    docNumber: '川商贸〔2024〕31号',
    agency: '四川省商务厅',
    paras: ['认定成都高新区电子信息等15个基地为省级外贸转型升级基地。'],
    views: 700,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '4010101',
      path: `${COL}202406/t20240618_4010101.html`,
      title: '四川省商务厅关于加快西部陆海新通道外贸发展的通知',
      date: '2024-06-18',
      docNumber: '川商贸〔2024〕58号',
      agency: '四川省商务厅',
      paras: ['依托西部陆海新通道扩大对东盟出口，支持企业使用铁海联运“一单制”。'],
      views: 1,
    },
  ],
  edit: {
    '4001234': [
      '各市（州）商务主管部门：现组织申报2024年度外经贸发展专项资金项目。',
      '重点支持企业开拓“一带一路”市场、参加境外展会和投保出口信用保险。',
      '申报截止时间为2024年7月25日。',
    ],
  },
  remove: ['3981111'],
};

export const site = trsSite(
  {
    id: 'sc-commerce',
    siteName: '四川省商务厅',
    column: '通知公告',
    pagePath: (i) => (i === 0 ? `${COL}index.html` : `${COL}index_${i}.html`),
    listOpen: '<div class="listBox"><ul>',
    listClose: '</ul></div>',
    href: relativeTo(COL),
    row: (n, href) => `<li><a href="${href}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a><span>${n.date}</span></li>`,
    titleTag: '<h2 class="article-title">',
  },
  week1,
  changes,
);
