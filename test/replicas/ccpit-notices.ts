/**
 * Replica of the CCPIT 通知公告 column (TRS WCM): `.list_box ul li`
 * (`a[title]` + `span.date`), relative `./YYYYMM/tYYYYMMDD_<id>.html`
 * links, `.TRS_Editor` bodies.
 * week2: a new trade-fair notice, an edited one, one withdrawn.
 */
import { relativeTo, trsSite } from './cms-trs.ts';
import { esc, type FixtureNotice, type WeekChanges } from './kit.ts';

const COL = '/tzgg/';

export const week1: FixtureNotice[] = [
  {
    key: '78901',
    path: `${COL}202406/t20240610_78901.html`,
    title: '中国贸促会关于启用原产地证书智能审签系统的通知',
    date: '2024-06-10',
    docNumber: '贸促办发〔2024〕28号',
    agency: '中国国际贸易促进委员会',
    effective: '2024-07-01',
    paras: [
      '各地方贸促会、各行业贸促会：',
      '为提升原产地证书签证效率，中国贸促会将启用原产地证书智能审签系统，RCEP、中国—东盟等优惠原产地证书可实现“秒批”。',
      '本通知自2024年7月1日起执行。',
    ],
    attachments: [{ name: '智能审签系统操作手册.pdf', path: `${COL}202406/P020240610789010001.pdf` }],
    views: 2900,
  },
  {
    key: '78555',
    path: `${COL}202405/t20240524_78555.html`,
    title: '中国贸促会关于组织企业参加2024年德国汉诺威工业博览会的通知',
    date: '2024-05-24',
    docNumber: '贸促展函〔2024〕41号',
    agency: '中国国际贸易促进委员会',
    paras: ['展会期间将设立中国国家展团，重点展示智能制造和新能源装备。'],
    views: 1500,
  },
  {
    key: '78300',
    path: `${COL}202405/t20240513_78300.html`,
    title: '中国贸促会关于设立贸易摩擦预警和法律服务工作站的通知',
    date: '2024-05-13',
    docNumber: '贸促法发〔2024〕17号',
    agency: '中国国际贸易促进委员会',
    paras: ['在重点外贸城市设立贸易摩擦预警和法律服务工作站，为企业应对反倾销、反补贴调查提供咨询。'],
    views: 1100,
  },
  {
    key: '78011',
    path: `${COL}202404/t20240426_78011.html`,
    title: '中国贸促会关于ATA单证册担保业务收费标准的公告',
    date: '2024-04-26',
    agency: '中国国际贸易促进委员会',
    paras: ['ATA单证册担保费按货物价值的0.5%收取，最低500元。'],
    views: 800,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '79012',
      path: `${COL}202406/t20240618_79012.html`,
      title: '中国贸促会关于举办第二届中国国际供应链促进博览会的通知',
      date: '2024-06-18',
      docNumber: '贸促展函〔2024〕55号',
      agency: '中国国际贸易促进委员会',
      paras: ['第二届链博会将于2024年11月26日至30日在北京举办。'],
      views: 1,
    },
  ],
  edit: {
    '78555': ['展会期间将设立中国国家展团，重点展示智能制造、新能源装备和工业机器人。'],
  },
  remove: ['78300'],
};

export const site = trsSite(
  {
    id: 'ccpit-notices',
    siteName: '中国国际贸易促进委员会',
    column: '通知公告',
    pagePath: (i) => (i === 0 ? `${COL}index.html` : `${COL}index_${i}.html`),
    listOpen: '<div class="list_box"><ul>',
    listClose: '</ul></div>',
    href: relativeTo(COL),
    row: (n, href) => `<li><a href="${href}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a><span class="date">${n.date}</span></li>`,
    titleTag: '<h1 class="article-title">',
  },
  week1,
  changes,
);
