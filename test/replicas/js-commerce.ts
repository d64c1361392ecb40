/**
 * Replica of the Jiangsu Department of Commerce 通知公告 column on Hanweb
 * (`/col/col78447/index.html` with a `<datastore>` list, articles
 * `/art/YYYY/M/D/art_78447_<id>.html`, `#zoom` bodies, `table.xxgk_table`).
 * week2: a new RCEP notice, an edited subsidy notice, one withdrawn.
 */
import { hanwebPath, hanwebSite } from './cms-hanweb.ts';
import type { FixtureNotice, WeekChanges } from './kit.ts';

const COL = '78447';
const n = (date: string, id: string) => ({ key: id, path: hanwebPath(COL, date, id), date });

export const week1: FixtureNotice[] = [
  {
    ...n('2024-06-12', '11234567'),
    title: '江苏省商务厅关于做好2024年出口信用保险统保工作的通知',
    docNumber: '苏商贸〔2024〕301号',
    agency: '江苏省商务厅',
    paras: [
      '各设区市商务局：为帮助中小微外贸企业防范风险，省商务厅会同中国信保江苏分公司继续实施出口信用保险统保项目。',
      '对上年度出口额在1000万美元以下的企业，统保保费由省级商务发展专项资金全额承担。',
    ],
    attachments: [{ name: '2024年统保企业名单.xlsx', path: '/module/download/downfile.jsp?classid=0&filename=11234567.xlsx' }],
    views: 2100,
  },
  {
    ...n('2024-05-28', '11220011'),
    title: '江苏省商务厅 南京海关关于推进RCEP原产地证书智能审核的通知',
    docNumber: '苏商贸〔2024〕266号',
    agency: '江苏省商务厅 南京海关',
    effective: '2024-06-15',
    paras: ['自2024年6月15日起，RCEP原产地证书在全省实行智能审核、自助打印。', '企业可通过国际贸易“单一窗口”申领。'],
    views: 1800,
  },
  {
    ...n('2024-05-15', '11208888'),
    title: '江苏省商务厅关于组织参加第136届中国进出口商品交易会的通知',
    docNumber: '苏商贸〔2024〕240号',
    agency: '江苏省商务厅',
    paras: ['第136届广交会将于2024年10月15日在广州开幕，请各地组织企业报名。'],
    views: 1250,
  },
  {
    ...n('2024-04-30', '11190000'),
    title: '江苏省商务厅关于公布2024年度省级跨境电商产业园名单的通知',
    docNumber: '苏商电〔2024〕118号',
    agency: '江苏省商务厅',
    paras: ['认定苏州、无锡等地12个园区为2024年度省级跨境电商产业园。'],
    views: 990,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      ...n('2024-06-19', '11240001'),
      title: '江苏省商务厅关于应对欧盟碳边境调节机制的工作提示',
      docNumber: '苏商贸函〔2024〕88号',
      agency: '江苏省商务厅',
      paras: ['欧盟碳边境调节机制过渡期内，钢铁、铝、化肥出口企业须按季度报告产品隐含碳排放。'],
      views: 3,
    },
  ],
  edit: {
    '11234567': [
      '各设区市商务局：为帮助中小微外贸企业防范风险，省商务厅会同中国信保江苏分公司继续实施出口信用保险统保项目。',
      '对上年度出口额在2000万美元以下的企业，统保保费由省级商务发展专项资金全额承担。',
    ],
  },
  remove: ['11208888'],
};

export const site = hanwebSite(
  { id: 'js-commerce', siteName: '江苏省商务厅', colId: COL, columnName: '通知公告', webId: '37', indexPrefix: '014000319/2024-' },
  week1,
  changes,
);
