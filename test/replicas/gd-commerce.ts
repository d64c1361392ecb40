/**
 * Replica of the Guangdong Department of Commerce on the gkmlpt platform
 * (JSON API with sid 757, article pages with the `div.introduce` table).
 * week2: a new cross-border e-commerce notice, an edited fund notice, one withdrawn.
 */
import { gkmlptPath, gkmlptSite } from './cms-gkmlpt.ts';
import type { FixtureNotice, WeekChanges } from './kit.ts';

export const week1: FixtureNotice[] = [
  {
    key: '4412345',
    path: gkmlptPath('4412345'),
    title: '广东省商务厅关于印发《广东省推动外贸稳规模优结构若干措施》的通知',
    date: '2024-06-14',
    docNumber: '粤商务贸函〔2024〕66号',
    agency: '广东省商务厅',
    effective: '2024-07-01',
    paras: [
      '各地级以上市商务主管部门：现将《广东省推动外贸稳规模优结构若干措施》印发给你们，请认真组织实施。',
      '一、支持企业参加广交会、进博会及境外重点展会，对展位费给予最高70%的补助。',
      '二、扩大出口信用保险覆盖面，支持中小微企业投保短期出口信用保险。',
      '本措施自2024年7月1日起施行。',
    ],
    attachments: [{ name: '广东省推动外贸稳规模优结构若干措施.pdf', path: '/attachment/0/544/544123/4412345.pdf' }],
    views: 3600,
  },
  {
    key: '4401122',
    path: gkmlptPath('4401122'),
    title: '广东省商务厅关于组织申报2024年省级促进经济高质量发展专项资金（外贸）项目的通知',
    date: '2024-05-30',
    docNumber: '粤商务贸字〔2024〕12号',
    agency: '广东省商务厅',
    paras: ['申报截止时间为2024年6月30日。', '重点支持外贸新业态、进口贸易促进和贸易摩擦应对项目。'],
    views: 2200,
  },
  {
    key: '4390001',
    path: gkmlptPath('4390001'),
    title: '广东省商务厅 广东省财政厅关于开展2024年加工贸易转型升级示范企业认定的通知',
    date: '2024-05-17',
    docNumber: '粤商务贸字〔2024〕9号',
    agency: '广东省商务厅 广东省财政厅',
    paras: ['认定一批加工贸易转型升级示范企业，支持企业向研发设计和品牌营销延伸。'],
    views: 1300,
  },
  {
    key: '4378800',
    path: gkmlptPath('4378800'),
    title: '广东省商务厅关于公布2024年第一批外贸综合服务企业名单的通知',
    date: '2024-04-29',
    agency: '广东省商务厅',
    paras: ['经企业申报、地市初审和专家评审，认定30家企业为2024年第一批外贸综合服务企业。'],
    views: 950,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '4420099',
      path: gkmlptPath('4420099'),
      title: '广东省商务厅关于加快跨境电商海外仓建设的通知',
      date: '2024-06-20',
      docNumber: '粤商务电函〔2024〕21号',
      agency: '广东省商务厅',
      paras: ['支持企业在东盟、中东、拉美布局公共海外仓，提供清关、仓储和售后一站式服务。'],
      views: 4,
    },
  ],
  edit: {
    '4401122': ['申报截止时间为2024年7月15日。', '重点支持外贸新业态、进口贸易促进和贸易摩擦应对项目。'],
  },
  remove: ['4390001'],
};

export const site = gkmlptSite(
  {
    id: 'gd-commerce',
    realOrigin: 'http://com.gd.gov.cn',
    siteName: '广东省商务厅',
    sid: '757',
    column: '0',
    indexPrefix: '006939756/2024-',
    classify: '对外贸易',
  },
  week1,
  changes,
);
