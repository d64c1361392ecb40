/**
 * Replica of the State Council "latest policies" page (www.gov.cn/zhengce/zuixin/).
 * As on the real site, the HTML page is an empty shell rendered by script
 * from `./ZUIXINZHENGCE.json` (array of {TITLE, SUB_TITLE, URL,
 * DOCRELPUBTIME}); URLs in it are absolute on www.gov.cn (mirror mode
 * rewrites them). Detail pages: metadata `table.bd1` with padded labels,
 * body `#UCAP-CONTENT`, meta `firstpublishedtime`, and a hidden mobile
 * duplicate of the body that must not be read twice. A short 印发通知 notice
 * carries its text in a PDF attachment.
 * week2: one new notice, one edited (a sentence added).
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { cnDatePadded, esc, type FixtureNotice, paras, type WeekChanges, type WeekState, weeklyStates } from './kit.ts';

export interface GovNotice extends FixtureNotice {
  written: string;
  index: string;
  topic: string;
}

export const REAL = 'https://www.gov.cn';

export const week1: GovNotice[] = [
  {
    key: '6946567',
    path: '/zhengce/content/202404/content_6946567.htm',
    title: '国务院办公厅关于推动外贸稳规模优结构的意见',
    date: '2024-04-19',
    written: '2024-04-11',
    index: '000014349/2024-00031',
    topic: '商贸、海关、旅游\\对外经贸合作',
    docNumber: '国办发〔2024〕25号',
    agency: '国务院办公厅',
    paras: [
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '外贸是国民经济的重要组成部分。为推动外贸稳规模优结构，经国务院同意，现提出以下意见。',
      '一、强化贸易促进拓展市场。支持企业参加境外展会，加快恢复线下展会，办好中国进出口商品交易会等重点展会。',
      '二、加大金融支持力度。扩大出口信用保险承保规模和覆盖面，鼓励银行机构在风险可控前提下加大对外贸企业的信贷投放，做好跨境贸易人民币结算。',
      '三、发展跨境电商等外贸新业态，加快海外仓建设，推动中间品贸易和绿色贸易发展。',
      '四、提升贸易便利化水平。推进国际贸易“单一窗口”建设，加强与东盟、欧盟等主要贸易伙伴的海关AEO互认合作。',
    ],
  },
  {
    key: '6945012',
    path: '/zhengce/content/202404/content_6945012.htm',
    title: '国务院关于印发《全面对接国际高标准经贸规则推进高水平制度型开放若干措施》的通知',
    date: '2024-04-12',
    written: '2024-04-02',
    index: '000014349/2024-00029',
    topic: '商贸、海关、旅游\\对外经贸合作',
    docNumber: '国发〔2024〕12号',
    agency: '国务院',
    paras: [
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '现将《全面对接国际高标准经贸规则推进高水平制度型开放若干措施》印发给你们，请认真贯彻执行。',
    ],
    attachments: [{ name: '全面对接国际高标准经贸规则推进高水平制度型开放若干措施.pdf', path: '/zhengce/content/202404/P020240412598765432101.pdf' }],
  },
  {
    key: '6938801',
    path: '/zhengce/content/202403/content_6938801.htm',
    title: '国务院关于修改《中华人民共和国进出口商品检验法实施条例》的决定',
    date: '2024-03-22',
    written: '2024-03-10',
    index: '000014349/2024-00022',
    topic: '商贸、海关、旅游\\海关',
    docNumber: '国令第780号',
    agency: '国务院',
    effective: '2024-05-01',
    paras: [
      '国务院决定对《中华人民共和国进出口商品检验法实施条例》作如下修改。',
      '一、将第十一条修改为：海关对进出口商品实施合格评定，合格评定程序包括抽样、检验和检查，评估、验证和合格保证，注册、认可和批准等。',
      '二、对列入目录的出口商品，企业可以自愿选择第三方检验机构出具的检验结果，海关依法予以采信，以适应国际通行的TBT规则。',
      '本决定自2024年5月1日起施行。',
    ],
  },
  {
    key: '6931122',
    path: '/zhengce/content/202403/content_6931122.htm',
    title: '国务院办公厅关于加快发展外贸新业态新模式的意见',
    date: '2024-03-05',
    written: '2024-02-26',
    index: '000014349/2024-00017',
    topic: '商贸、海关、旅游\\对外经贸合作',
    docNumber: '国办发〔2024〕9号',
    agency: '国务院办公厅',
    paras: [
      '新业态新模式是我国外贸发展的有生力量。为加快发展外贸新业态新模式，提出如下意见。',
      '积极支持运用新技术新工具赋能外贸发展，推广数字智能技术应用，完善跨境电商发展支持政策，扩大跨境电商综合试验区试点范围。',
      '鼓励市场采购贸易方式发展，支持保税维修、离岸贸易等新模式，加大对海外智慧物流平台建设的支持。',
    ],
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '6952233',
      path: '/zhengce/content/202404/content_6952233.htm',
      title: '国务院关于印发《扎实推进高水平对外开放更大力度吸引和利用外资行动方案》的通知',
      date: '2024-04-26',
      docNumber: '国发〔2024〕15号',
      agency: '国务院',
      paras: [
        '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
        '为扎实推进高水平对外开放，更大力度吸引和利用外资，现提出行动方案如下。',
        '全面取消制造业领域外资准入限制措施，推进电信、医疗等服务业领域扩大开放；保障外资企业依法平等参与政府采购和标准制定。',
      ],
      ...{ written: '2024-04-20', index: '000014349/2024-00035', topic: '商贸、海关、旅游\\对外经贸合作' },
    } as GovNotice,
  ],
  edit: {
    '6946567': [
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '外贸是国民经济的重要组成部分。为推动外贸稳规模优结构，经国务院同意，现提出以下意见。',
      '一、强化贸易促进拓展市场。支持企业参加境外展会，加快恢复线下展会，办好中国进出口商品交易会等重点展会。',
      '二、加大金融支持力度。扩大出口信用保险承保规模和覆盖面，鼓励银行机构在风险可控前提下加大对外贸企业的信贷投放，做好跨境贸易人民币结算。对小微外贸企业的保单融资实行优惠利率。',
      '三、发展跨境电商等外贸新业态，加快海外仓建设，推动中间品贸易和绿色贸易发展。',
      '四、提升贸易便利化水平。推进国际贸易“单一窗口”建设，加强与东盟、欧盟等主要贸易伙伴的海关AEO互认合作。',
    ],
  },
};

function listJson(notices: GovNotice[]): string {
  return JSON.stringify(
    notices.map((n) => ({ TITLE: n.title, SUB_TITLE: '', URL: `${REAL}${n.path}`, DOCRELPUBTIME: n.date })),
    null,
    1,
  );
}

const SHELL = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>最新_中国政府网</title></head>
<body><div class="header">中国政府网</div>
<div class="list list_1 list_2"><ul id="zuixin"></ul></div>
<script>fetch('./ZUIXINZHENGCE.json').then(function(r){return r.json()}).then(function(a){var ul=document.getElementById('zuixin');a.forEach(function(o){var li=document.createElement('li');var x=document.createElement('a');x.href=o.URL;x.textContent=o.TITLE;li.appendChild(x);var s=document.createElement('span');s.className='date';s.textContent=o.DOCRELPUBTIME;li.appendChild(s);ul.appendChild(li);});});</script>
</body></html>`;

function body(n: GovNotice): string {
  const att = (n.attachments ?? []).map((a) => `<p>附件：<a href="${a.path.split('/').pop()}">${esc(a.name.replace(/\.pdf$/, ''))}</a></p>`).join('\n');
  return `${paras(n.paras)}
<p style="text-align:right">${esc(n.agency ?? '国务院')}</p>
<p style="text-align:right">${n.written.slice(0, 4)}年${Number(n.written.slice(5, 7))}月${Number(n.written.slice(8))}日</p>
${att}`;
}

/** When the CMS last saved the page: a week2 edit saves it again (the change signal, see crawler/detect/signal.ts). */
function lastModified(n: GovNotice, state: WeekState): string {
  return state === 'week2' && changes.edit?.[n.key] ? '2024-04-30-09:12:03' : `${n.date}-17:05:40`;
}

function detailPage(n: GovNotice, state: WeekState): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="firstpublishedtime" content="${n.date}-17:00:12">
<meta name="lastmodifiedtime" content="${lastModified(n, state)}">
<meta name="keywords" content="${esc(n.topic)}">
<title>${esc(n.title)}_国务院文件_中国政府网</title></head>
<body>
<div class="header">中国政府网 www.gov.cn</div>
<div class="wrap">
<table class="bd1" border="0" cellspacing="1" cellpadding="0" width="100%">
  <tr><td width="79"><b>索 引 号：</b></td><td width="244">${n.index}</td><td width="85"><b>主题分类：</b></td><td width="244">${esc(n.topic)}</td></tr>
  <tr><td><b>发文机关：</b></td><td>${esc(n.agency ?? '')}</td><td><b>成文日期：</b></td><td>${cnDatePadded(n.written)}</td></tr>
  <tr><td><b>标　　题：</b></td><td colspan="3">${esc(n.title)}</td></tr>
  <tr><td><b>发文字号：</b></td><td>${esc(n.docNumber ?? '')}</td><td><b>发布日期：</b></td><td>${cnDatePadded(n.date)}</td></tr>
</table>
<div class="pages_content mhide" id="UCAP-CONTENT">
${body(n)}
</div>
<div class="mobile_box" style="display:none">
  <h1 class="m_title">${esc(n.title)}</h1>
  <div class="TRS_UEDITOR trs_paper_default">
${body(n)}
  </div>
</div>
<div class="pages_print"><span>【我要纠错】</span><span>责任编辑：王某</span><span class="pv">浏览量：${(n.views ?? 100) + (state === 'week2' ? 211 : 0)}</span></div>
</div>
</body></html>`;
}

function render(notices: FixtureNotice[], state: WeekState): Record<string, ReplicaFile> {
  const list = notices as GovNotice[];
  const files: Record<string, ReplicaFile> = {
    '/zhengce/zuixin/index.htm': SHELL,
    '/zhengce/zuixin/ZUIXINZHENGCE.json': listJson(list),
  };
  for (const n of list) files[n.path] = detailPage(n, state);
  return files;
}

export const site: ReplicaSite = {
  id: 'gov-zuixin',
  states: weeklyStates(week1, changes, render),
};
