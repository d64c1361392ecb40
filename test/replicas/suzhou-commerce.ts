/**
 * Replica of the Suzhou Bureau of Commerce 通知公告 column: `nav_list.shtml`
 * pages, `ul.infoList li` rows (`a[title]` + `span.date`), detail URLs
 * `/szsww/tzgg/YYYYMM/<32 hex>.shtml`, body `.article-content`.
 * week2: a new notice on the Suzhou-Europe rail line, one edited.
 */
import { trsSite } from './cms-trs.ts';
import { esc, type FixtureNotice, type WeekChanges } from './kit.ts';

const COL = '/szsww/tzgg/';

export const week1: FixtureNotice[] = [
  {
    key: 's1',
    path: `${COL}202406/8c7d6e5f4a3b21900a1b2c3d4e5f6a7b.shtml`,
    title: '苏州市商务局关于组织申报2024年度苏州市外经贸发展专项资金的通知',
    date: '2024-06-10',
    docNumber: '苏商贸〔2024〕45号',
    agency: '苏州市商务局',
    paras: ['各县级市（区）商务主管部门：现组织申报2024年度外经贸发展专项资金。', '支持企业开拓新兴市场、建设海外仓和应对贸易摩擦。'],
    attachments: [{ name: '专项资金申报指南.pdf', path: `${COL}202406/8c7d6e5f/files/zn.pdf` }],
    views: 2800,
  },
  {
    key: 's2',
    path: `${COL}202405/1a2b3c4d5e6f708192a3b4c5d6e7f809.shtml`,
    title: '苏州市商务局 苏州海关关于推广“保税+”跨境电商模式的通知',
    date: '2024-05-24',
    docNumber: '苏商电〔2024〕17号',
    agency: '苏州市商务局 苏州海关',
    effective: '2024-06-01',
    paras: ['在苏州工业园区综合保税区推广跨境电商“保税备货+直播”模式。', '本通知自2024年6月1日起施行。'],
    views: 1600,
  },
  {
    key: 's3',
    path: `${COL}202405/abcdefabcdefabcdefabcdefabcdef12.shtml`,
    title: '苏州市商务局关于做好2024年加工贸易企业内销工作的通知',
    date: '2024-05-09',
    docNumber: '苏商贸〔2024〕33号',
    agency: '苏州市商务局',
    paras: ['支持加工贸易企业通过内销选择性征收关税政策拓展国内市场。'],
    views: 900,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: 's4',
      path: `${COL}202406/fedcba9876543210fedcba9876543210.shtml`,
      title: '苏州市商务局关于支持“苏满欧”班列扩大出口的通知',
      date: '2024-06-19',
      docNumber: '苏商贸〔2024〕52号',
      agency: '苏州市商务局',
      paras: ['支持企业通过“苏满欧”班列向德国、波兰出口光伏组件和电子产品。'],
      views: 1,
    },
  ],
  edit: {
    s3: ['支持加工贸易企业通过内销选择性征收关税政策和“保税+”模式拓展国内市场。'],
  },
};

export const site = trsSite(
  {
    id: 'suzhou-commerce',
    siteName: '苏州市商务局',
    column: '通知公告',
    pagePath: (i) => (i === 0 ? `${COL}nav_list.shtml` : `${COL}nav_list_${i + 1}.shtml`),
    listOpen: '<div class="list-box"><ul class="infoList">',
    listClose: '</ul></div>',
    row: (n, href) => `<li><a href="${href}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a><span class="date">${n.date}</span></li>`,
    titleTag: '<div class="article-title">',
    bodyOpen: '<div class="article-content">',
  },
  week1,
  changes,
);
