/**
 * Replica of the Shanghai Commission of Commerce 政策法规 column:
 * `ul.uli14 li` rows (`a[title]` + `span.time`), detail URLs
 * `/zcfg/YYYYMMDD/<32 hex>.html`, title `#ivs_title`, body `#ivs_content`,
 * pages `index.html`, `index_2.html`.
 * week2: a new bonded-maintenance notice, an edit, one withdrawn.
 */
import { trsSite } from './cms-trs.ts';
import { esc, type FixtureNotice, type WeekChanges } from './kit.ts';

const COL = '/zcfg/';

export const week1: FixtureNotice[] = [
  {
    key: 'e1',
    path: `${COL}20240612/5a1b2c3d4e5f60718293a4b5c6d7e8f9.html`,
    title: '上海市商务委员会关于印发《上海市推进国际贸易中心建设促进外贸高质量发展若干措施》的通知',
    date: '2024-06-12',
    docNumber: '沪商规〔2024〕3号',
    agency: '上海市商务委员会',
    effective: '2024-07-15',
    paras: [
      '各区商务主管部门：现将若干措施印发给你们，请认真执行。',
      '支持离岸贸易、数字贸易发展，对新型离岸国际贸易企业给予结算便利。',
      '本措施自2024年7月15日起施行，有效期至2027年7月14日。',
    ],
    views: 3200,
  },
  {
    key: 'e2',
    path: `${COL}20240529/0f1e2d3c4b5a69788796a5b4c3d2e1f0.html`,
    title: '上海市商务委员会关于组织申报2024年度进口贸易促进创新示范区的通知',
    date: '2024-05-29',
    docNumber: '沪商贸〔2024〕110号',
    agency: '上海市商务委员会',
    paras: ['依托虹桥国际开放枢纽，培育进口贸易促进创新示范区。'],
    attachments: [{ name: '申报书模板.doc', path: '/cmsres/0f/0f1e2d3c4b5a69788796a5b4c3d2e1f0/sbs.doc' }],
    views: 1500,
  },
  {
    key: 'e3',
    path: `${COL}20240516/aaaabbbbccccddddeeeeffff00001111.html`,
    title: '上海市商务委员会 上海海关关于做好第七届进博会展品通关服务的通知',
    date: '2024-05-16',
    docNumber: '沪商会展〔2024〕45号',
    agency: '上海市商务委员会 上海海关',
    paras: ['进博会展品实行ATA单证册通关，展后转进口的可享受税收优惠。'],
    views: 1900,
  },
  {
    key: 'e4',
    path: `${COL}20240430/22223333444455556666777788889999.html`,
    title: '上海市商务委员会关于公布2024年上海市跨境电商示范园区名单的通知',
    date: '2024-04-30',
    agency: '上海市商务委员会',
    paras: ['认定8个园区为2024年上海市跨境电商示范园区。'],
    views: 1000,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: 'e5',
      path: `${COL}20240619/99998888777766665555444433332222.html`,
      title: '上海市商务委员会关于支持自贸试验区开展保税维修业务的通知',
      date: '2024-06-19',
      docNumber: '沪商贸〔2024〕128号',
      agency: '上海市商务委员会',
      paras: ['支持临港新片区企业开展航空发动机、医疗设备保税维修。'],
      views: 3,
    },
  ],
  edit: {
    e2: ['依托虹桥国际开放枢纽和临港新片区，培育进口贸易促进创新示范区。'],
  },
  remove: ['e3'],
};

export const site = trsSite(
  {
    id: 'sh-commerce',
    siteName: '上海市商务委员会',
    column: '政策法规',
    pagePath: (i) => (i === 0 ? `${COL}index.html` : `${COL}index_${i + 1}.html`),
    listOpen: '<ul class="uli14 nowrapli list-date">',
    listClose: '</ul>',
    row: (n, href) => `<li><a href="${href}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a><span class="time">${n.date}</span></li>`,
    titleTag: '<h2 id="ivs_title" class="Article-title">',
    bodyOpen: '<div id="ivs_content" class="Article_content">',
  },
  week1,
  changes,
);
