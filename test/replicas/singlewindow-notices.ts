/**
 * Replica of the Single Window portal's notices: the SPA shell, the JSON
 * list API (`/sw/portal/api/notice/list?type=TZGG&pageSize=10&pageNo=N`,
 * two rows per page here) and static notice pages
 * (`/sw/portal/notice/<id>.html`, `.notice-title`, `.notice-content`).
 * week2: a new outage notice, an edited release note, one notice withdrawn.
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { cnDate, esc, evolve, type FixtureNotice, paras, type WeekChanges, type WeekState, weeklyStates } from './kit.ts';

const PAGE_SIZE = 2;
const page = (id: string) => `/sw/portal/notice/${id}.html`;

export const week1: FixtureNotice[] = [
  {
    key: '20240612001',
    path: page('20240612001'),
    title: '关于“单一窗口”原产地证书申领系统上线RCEP经核准出口商声明功能的公告',
    date: '2024-06-12',
    agency: '国家口岸管理办公室',
    effective: '2024-06-20',
    paras: [
      '为便利企业享受RCEP项下关税优惠，“单一窗口”原产地证书申领系统新增经核准出口商原产地声明功能。',
      '经核准出口商可在系统中自主出具原产地声明，并向日本、韩国、东盟成员国进口商提供。',
      '该功能自2024年6月20日起上线运行。',
    ],
    attachments: [{ name: '原产地声明功能操作指南.pdf', path: '/sw/portal/files/20240612001.pdf' }],
  },
  {
    key: '20240603002',
    path: page('20240603002'),
    title: '关于“单一窗口”出口退税申报系统版本升级的通知',
    date: '2024-06-03',
    agency: '中国电子口岸数据中心',
    paras: ['出口退税申报系统将升级至V3.2版本，支持出口货物报关单与增值税发票自动比对。', '升级期间暂停申报服务4小时。'],
  },
  {
    key: '20240521003',
    path: page('20240521003'),
    title: '关于“单一窗口”货物申报系统暂停服务的公告',
    date: '2024-05-21',
    agency: '中国电子口岸数据中心',
    paras: ['因系统维护，货物申报系统将于2024年5月25日22:00至26日06:00暂停服务。'],
  },
  {
    key: '20240508004',
    path: page('20240508004'),
    title: '关于推广“单一窗口”跨境电商出口统一版的通知',
    date: '2024-05-08',
    agency: '国家口岸管理办公室',
    paras: ['跨境电商出口统一版支持9610、9710、9810模式申报，企业可免费使用。'],
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '20240619005',
      path: page('20240619005'),
      title: '关于“单一窗口”舱单申报系统新增进口提前申报功能的公告',
      date: '2024-06-19',
      agency: '国家口岸管理办公室',
      paras: ['舱单申报系统支持进口货物“提前申报”，企业可在货物抵港前完成申报。'],
    },
  ],
  edit: {
    '20240603002': ['出口退税申报系统将升级至V3.3版本，支持出口货物报关单与增值税发票自动比对。', '升级期间暂停申报服务4小时。'],
  },
  remove: ['20240521003'],
};

const SHELL = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>中国国际贸易单一窗口</title></head>
<body><div id="app"></div><script src="/sw/portal/static/js/app.3f9a1c.js"></script></body></html>`;

function detailPage(n: FixtureNotice): string {
  const files = (n.attachments ?? []).map((a) => `<li><a href="${a.path}" download>${esc(a.name)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(n.title)}-中国国际贸易单一窗口</title></head>
<body>
<div class="sw-header">中国国际贸易单一窗口 China International Trade Single Window</div>
<div class="notice-detail">
  <h2 class="notice-title">${esc(n.title)}</h2>
  <div class="notice-info"><span class="time">发布时间：${n.date}</span><span class="source">来源：${esc(n.agency ?? '')}</span></div>
  <div class="notice-content">
${paras(n.paras)}
    <p style="text-align:right">${esc(n.agency ?? '')}</p>
    <p style="text-align:right">${cnDate(n.date)}</p>
  </div>
${files ? `  <ul class="notice-files">${files}</ul>` : ''}
</div>
<div class="sw-footer">主办单位：国家口岸管理办公室</div>
</body></html>`;
}

function render(notices: FixtureNotice[], _state: WeekState): Record<string, ReplicaFile> {
  const files: Record<string, ReplicaFile> = { '/': SHELL };
  for (const n of notices) files[n.path] = detailPage(n);
  return files;
}

export const site: ReplicaSite = {
  id: 'singlewindow-notices',
  states: weeklyStates(week1, changes, render),
  handle(req, state) {
    if (req.path !== '/sw/portal/api/notice/list') return undefined;
    const json = (body: unknown) => ({ status: 200, headers: { 'content-type': 'application/json;charset=UTF-8' }, body: JSON.stringify(body) });
    if (req.query.get('type') !== 'TZGG') return json({ code: 400, msg: '参数错误', data: null });
    const notices = state === 'week2' ? evolve(week1, changes) : week1;
    const no = Number(req.query.get('pageNo') ?? 1);
    const size = Math.min(Number(req.query.get('pageSize') ?? 10), PAGE_SIZE);
    const records = notices.slice((no - 1) * size, no * size).map((n) => ({ id: n.key, title: n.title, publishTime: `${n.date} 16:20:00`, source: n.agency }));
    return json({ code: 200, msg: 'success', data: { records, total: notices.length, current: no, size } });
  },
};
