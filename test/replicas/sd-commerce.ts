/**
 * Replica of the Shandong Department of Commerce 政策文件 column on Hanweb
 * (`/col/col15736/index.html`, `<datastore>` records, `art_15736_<id>` articles).
 * week2: a new notice on ports and logistics, one edited.
 */
import { hanwebPath, hanwebSite } from './cms-hanweb.ts';
import type { FixtureNotice, WeekChanges } from './kit.ts';

const COL = '15736';
const n = (date: string, id: string) => ({ key: id, path: hanwebPath(COL, date, id), date });

export const week1: FixtureNotice[] = [
  {
    ...n('2024-06-07', '4512345'),
    title: '山东省商务厅关于印发《山东省推进对日韩贸易高质量发展行动方案》的通知',
    docNumber: '鲁商字〔2024〕58号',
    agency: '山东省商务厅',
    paras: [
      '各市商务局：现将《山东省推进对日韩贸易高质量发展行动方案》印发给你们，请结合实际抓好落实。',
      '用足用好RCEP关税减让安排，扩大农产品、海产品（HS 03）和机电产品对日本、韩国出口。',
    ],
    views: 1700,
  },
  {
    ...n('2024-05-22', '4501111'),
    title: '山东省商务厅关于开展2024年外贸企业“千企百展”行动的通知',
    docNumber: '鲁商字〔2024〕47号',
    agency: '山东省商务厅',
    effective: '2024-06-01',
    paras: ['全年组织1000家以上企业参加100个以上境外展会。', '本通知自2024年6月1日起执行。'],
    views: 1320,
  },
  {
    ...n('2024-05-06', '4490099'),
    title: '山东省商务厅 青岛海关 济南海关关于优化农产品出口通关服务的通知',
    docNumber: '鲁商发〔2024〕6号',
    agency: '山东省商务厅 青岛海关 济南海关',
    paras: ['对鲜活农产品实施“即报即放”，出口蔬菜、水果实行预检验。'],
    views: 880,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      ...n('2024-06-18', '4520002'),
      title: '山东省商务厅关于支持港口物流与海外仓联动发展的通知',
      docNumber: '鲁商字〔2024〕63号',
      agency: '山东省商务厅',
      paras: ['支持青岛港、日照港与海外仓企业合作，开通至东南亚、中东的海运快线。'],
      views: 2,
    },
  ],
  edit: {
    '4501111': ['全年组织1200家以上企业参加120个以上境外展会。', '本通知自2024年6月1日起执行。'],
  },
};

export const site = hanwebSite(
  { id: 'sd-commerce', siteName: '山东省商务厅', colId: COL, columnName: '政策文件', webId: '52', indexPrefix: '11370000004201233X/2024-' },
  week1,
  changes,
);
