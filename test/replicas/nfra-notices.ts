/**
 * Replica of the NFRA 公告通知 column: the list is JSON
 * (`/cbircweb/DocInfo/SelectDocByItemIdAndChild?itemId=915&pageSize=18&pageIndex=N`,
 * `{rptCode, msg, data: {rows, total}}`) and each document is JSON too
 * (`/cn/static/data/DocInfo/SelectByDocId/data_docId=<id>.json`, HTML body in
 * `docClob`, attachments in `attachmentInfoVOList`), as the script-rendered
 * real pages load them. Page size here is 2, so the column has two pages.
 * week2: a new notice on export-credit insurance, one edited, one withdrawn.
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { cnDate, esc, evolve, type FixtureNotice, paras, type WeekChanges, type WeekState, weeklyStates } from './kit.ts';

const DOC = '/cn/static/data/DocInfo/SelectByDocId/data_docId=';
const PAGE_SIZE = 2;

const doc = (id: string) => `${DOC}${id}.json`;

export const week1: FixtureNotice[] = [
  {
    key: '1163581',
    path: doc('1163581'),
    title: '国家金融监督管理总局关于加强出口信用保险业务监管的通知',
    date: '2024-06-12',
    docNumber: '金规〔2024〕9号',
    agency: '国家金融监督管理总局',
    effective: '2024-07-01',
    paras: [
      '各金融监管局，各政策性银行、大型银行、股份制银行，各保险公司：',
      '为规范短期出口信用保险业务经营，支持外贸企业防范收汇风险，现就有关事项通知如下。',
      '一、保险公司应科学厘定出口信用保险费率，不得以不正当方式压低费率开展恶性竞争。',
      '二、鼓励银行与保险公司合作开展保单融资，为小微外贸企业提供便利化的贸易融资服务。',
      '本通知自2024年7月1日起施行。',
    ],
    attachments: [{ name: '出口信用保险业务监管指标.pdf', path: '/chinese/home/docView/1163581_att1.pdf' }],
  },
  {
    key: '1160022',
    path: doc('1160022'),
    title: '国家金融监督管理总局 中国人民银行关于做好跨境贸易金融服务的通知',
    date: '2024-05-31',
    docNumber: '金发〔2024〕15号',
    agency: '国家金融监督管理总局 中国人民银行',
    paras: [
      '各银行业金融机构应优化外贸企业授信审批流程，扩大出口订单融资和供应链金融产品供给。',
      '对受海外市场波动影响的外贸企业，可依法合规办理贷款展期和续贷。',
    ],
  },
  {
    key: '1157777',
    path: doc('1157777'),
    title: '国家金融监督管理总局办公厅关于银行业保险业支持跨境电商发展的通知',
    date: '2024-05-16',
    docNumber: '金办发〔2024〕66号',
    agency: '国家金融监督管理总局办公厅',
    paras: ['支持保险机构开发跨境电商海外仓财产险、货运险产品。'],
  },
  {
    key: '1150001',
    path: doc('1150001'),
    title: '国家金融监督管理总局关于发布银行业保险业绿色金融统计制度的通知',
    date: '2024-04-26',
    agency: '国家金融监督管理总局',
    paras: ['为推动绿色贸易和绿色金融协同发展，现发布银行业保险业绿色金融统计制度。'],
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '1166600',
      path: doc('1166600'),
      title: '国家金融监督管理总局关于优化进出口企业外汇衍生品服务的通知',
      date: '2024-06-19',
      docNumber: '金发〔2024〕18号',
      agency: '国家金融监督管理总局',
      paras: ['银行应为进出口企业提供汇率避险产品，降低中小微企业外汇套期保值成本。'],
    },
  ],
  edit: {
    '1160022': [
      '各银行业金融机构应优化外贸企业授信审批流程，扩大出口订单融资、海外仓融资和供应链金融产品供给。',
      '对受海外市场波动影响的外贸企业，可依法合规办理贷款展期和续贷。',
    ],
  },
  remove: ['1157777'],
};

function docJson(n: FixtureNotice): string {
  return JSON.stringify({
    rptCode: 200,
    msg: '成功',
    data: {
      docId: Number(n.key),
      docTitle: n.title,
      docSubtitle: n.title,
      documentNo: n.docNumber ?? '',
      publishDate: `${n.date} 17:30:00`,
      indexNo: `717804719/2024-${n.key.slice(-4)}`,
      docClob: `<div class="Section0">${paras(n.paras)}<p style="text-align:right">${esc(n.agency ?? '')}</p><p style="text-align:right">${cnDate(n.date)}</p></div>`,
      attachmentInfoVOList: (n.attachments ?? []).map((a) => ({ fileName: a.name, fileUrl: a.path })),
    },
  });
}

function render(notices: FixtureNotice[], _state: WeekState): Record<string, ReplicaFile> {
  const files: Record<string, ReplicaFile> = {
    // the browser page: an empty shell filled by script
    '/cn/view/pages/ItemList.html':
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>公告通知</title></head><body><div id="app"></div><script src="/cn/view/js/itemList.js"></script></body></html>',
  };
  for (const n of notices) files[n.path] = { body: docJson(n), headers: { 'content-type': 'application/json;charset=UTF-8' } };
  return files;
}

export const site: ReplicaSite = {
  id: 'nfra-notices',
  states: weeklyStates(week1, changes, render),
  handle(req, state) {
    if (req.path !== '/cbircweb/DocInfo/SelectDocByItemIdAndChild') return undefined;
    if (req.query.get('itemId') !== '915')
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rptCode: 200, msg: '成功', data: { rows: [], total: 0 } }),
      };
    const notices = state === 'week2' ? evolve(week1, changes) : week1;
    const size = Number(req.query.get('pageSize') ?? 18);
    const page = Number(req.query.get('pageIndex') ?? 1);
    const rows = notices.slice((page - 1) * Math.min(size, PAGE_SIZE), page * Math.min(size, PAGE_SIZE)).map((n) => ({
      docId: Number(n.key),
      docTitle: n.title,
      docSubtitle: n.title,
      publishDate: `${n.date} 17:30:00`,
      docType: 1,
    }));
    return {
      status: 200,
      headers: { 'content-type': 'application/json;charset=UTF-8' },
      body: JSON.stringify({ rptCode: 200, msg: '成功', data: { rows, total: notices.length } }),
    };
  },
};
