/**
 * Replica of the Hainan Department of Commerce 政策文件 column (TRS):
 * `ul.list-ul li` rows with the date in `em`, `.TRS_UEDITOR` bodies.
 * week2: a new zero-tariff list notice, one edited.
 */
import { relativeTo, trsSite } from './cms-trs.ts';
import { esc, type FixtureNotice, type WeekChanges } from './kit.ts';

const COL = '/dofcom/zcwj/';

export const week1: FixtureNotice[] = [
  {
    key: '3561234',
    path: `${COL}202406/t20240606_3561234.html`,
    title: '海南省商务厅关于海南自由贸易港加工增值货物内销免征关税政策实施有关事项的通知',
    date: '2024-06-06',
    docNumber: '琼商务〔2024〕88号',
    agency: '海南省商务厅',
    effective: '2024-07-01',
    paras: [
      '各市县商务主管部门，洋浦经济开发区管委会：',
      '对在海南自由贸易港鼓励类产业企业生产的含进口料件在海南自由贸易港加工增值达到或超过30%的货物，经“二线”进入内地免征进口关税。',
      '本通知自2024年7月1日起施行。',
    ],
    attachments: [{ name: '加工增值计算方法说明.pdf', path: `${COL}202406/P020240606356123400001.pdf` }],
    views: 4500,
  },
  {
    key: '3550011',
    path: `${COL}202405/t20240522_3550011.html`,
    title: '海南省商务厅关于开展2024年离岛免税经营主体评估工作的通知',
    date: '2024-05-22',
    docNumber: '琼商务函〔2024〕205号',
    agency: '海南省商务厅',
    paras: ['对离岛免税经营主体的商品价格、品类和服务质量开展年度评估。'],
    views: 2600,
  },
  {
    key: '3540001',
    path: `${COL}202405/t20240508_3540001.html`,
    title: '海南省商务厅 海口海关关于“零关税”原辅料清单调整的公告',
    date: '2024-05-08',
    docNumber: '琼商务〔2024〕61号',
    agency: '海南省商务厅 海口海关',
    paras: ['将椰子、咖啡生豆等原辅料纳入海南自由贸易港“零关税”原辅料清单。'],
    views: 3900,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '3570099',
      path: `${COL}202406/t20240617_3570099.html`,
      title: '海南省商务厅关于海南自由贸易港全岛封关运作准备工作的通知',
      date: '2024-06-17',
      docNumber: '琼商务〔2024〕95号',
      agency: '海南省商务厅',
      paras: ['各有关单位应按照封关运作要求，做好“一线放开、二线管住”的货物监管衔接准备。'],
      views: 6,
    },
  ],
  edit: {
    '3550011': ['对离岛免税经营主体的商品价格、品类、服务质量和消费者投诉处理情况开展年度评估。'],
  },
};

export const site = trsSite(
  {
    id: 'hn-commerce',
    siteName: '海南省商务厅',
    column: '政务公开 > 政策文件',
    pagePath: (i) => (i === 0 ? `${COL}index.html` : `${COL}index_${i}.html`),
    listOpen: '<div class="list-con"><ul class="list-ul">',
    listClose: '</ul></div>',
    href: relativeTo(COL),
    row: (n, href) => `<li><a href="${href}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a><em>${n.date}</em></li>`,
    titleTag: '<h2 class="zx-title">',
    bodyOpen: '<div class="TRS_UEDITOR trs_paper_default trs_web">',
  },
  week1,
  changes,
);
