/**
 * Replica of the MIIT 文件发布/通知 column on the jpaas platform: static
 * rendering `ul.list_ul li` (`a` + `span.fr`), article URLs
 * `…/art/YYYY/art_<32 hex>.html`, body `#con_con`. The 403 wall the real
 * site shows some clients is injected by tests as a fault.
 * week2: a new export-control notice, one edited.
 */
import { trsSite } from './cms-trs.ts';
import { esc, type FixtureNotice, type WeekChanges } from './kit.ts';

const COL = '/zwgk/zcwj/wjfb/tz/';

export const week1: FixtureNotice[] = [
  {
    key: 'a1',
    path: `${COL}art/2024/art_3f2a9c0d51e84b7c9a6e0b1d2c3f4a5b.html`,
    title: '工业和信息化部 商务部 海关总署关于加强新能源汽车出口管理的通知',
    date: '2024-06-13',
    docNumber: '工信部联通装〔2024〕95号',
    agency: '工业和信息化部 商务部 海关总署',
    paras: [
      '为促进新能源汽车产业健康发展，规范出口经营秩序，现就加强新能源汽车出口管理有关事项通知如下。',
      '一、出口企业应具备完善的海外售后服务体系，在主要出口国家建立配件供应和维修网点。',
      '二、企业出口纯电动乘用车（HS 8703 80）应按要求申领出口许可证，并提供产品认证证书。',
    ],
    views: 9100,
  },
  {
    key: 'a2',
    path: `${COL}art/2024/art_7b1c2d3e4f5061728394a5b6c7d8e9f0.html`,
    title: '工业和信息化部关于印发《工业领域碳达峰碳中和标准体系建设指南》的通知',
    date: '2024-05-29',
    docNumber: '工信部科〔2024〕88号',
    agency: '工业和信息化部',
    paras: ['到2025年，制定重点领域碳排放核算、产品碳足迹等标准200项以上，积极应对欧盟碳边境调节机制。', '推动与国际标准互认，支持企业参与国际标准制定。'],
    attachments: [{ name: '工业领域碳达峰碳中和标准体系建设指南.pdf', path: '/cms_files/filemanager/1226211233/attach/20245/c0ffee1234.pdf' }],
    views: 4400,
  },
  {
    key: 'a3',
    path: `${COL}art/2024/art_0a0b0c0d0e0f10111213141516171819.html`,
    title: '工业和信息化部办公厅关于组织开展2024年工业产品质量提升行动的通知',
    date: '2024-05-08',
    docNumber: '工信厅科函〔2024〕151号',
    agency: '工业和信息化部办公厅',
    effective: '2024-06-01',
    paras: ['围绕出口重点行业，开展质量对标达标行动。', '本通知自2024年6月1日起实施。'],
    views: 2100,
  },
  {
    key: 'a4',
    path: `${COL}art/2024/art_ffeeddccbbaa99887766554433221100.html`,
    title: '工业和信息化部关于公布2024年度跨境电商产业园区名单的通知',
    date: '2024-04-19',
    docNumber: '工信部消费〔2024〕60号',
    agency: '工业和信息化部',
    paras: ['经地方推荐、专家评审，确定30个园区为2024年度跨境电商产业园区。'],
    views: 1500,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: 'a5',
      path: `${COL}art/2024/art_1234567890abcdef1234567890abcdef.html`,
      title: '工业和信息化部 商务部关于两用物项出口管制合规指引的通知',
      date: '2024-06-20',
      docNumber: '工信部联安全〔2024〕102号',
      agency: '工业和信息化部 商务部',
      paras: ['企业应建立两用物项出口管制内部合规制度，开展最终用户和最终用途审查。'],
      views: 3,
    },
  ],
  edit: {
    a1: [
      '为促进新能源汽车产业健康发展，规范出口经营秩序，现就加强新能源汽车出口管理有关事项通知如下。',
      '一、出口企业应具备完善的海外售后服务体系，在主要出口国家建立配件供应、维修网点和动力电池回收渠道。',
      '二、企业出口纯电动乘用车（HS 8703 80）应按要求申领出口许可证，并提供产品认证证书。',
    ],
  },
};

export const site = trsSite(
  {
    id: 'miit-wjfb',
    siteName: '中华人民共和国工业和信息化部',
    column: '政务公开 > 政策文件 > 文件发布 > 通知',
    pagePath: (i) => (i === 0 ? `${COL}index.html` : `${COL}index_${i}.html`),
    listOpen: '<div class="page-content"><ul class="list_ul">',
    listClose: '</ul></div>',
    row: (n, href) => `<li><a href="${href}" target="_blank" title="${esc(n.title)}">${esc(n.title)}</a><span class="fr">${n.date}</span></li>`,
    titleTag: '<h1 id="con_title">',
    bodyOpen: '<div id="con_con" class="ccontent center">',
  },
  week1,
  changes,
);
