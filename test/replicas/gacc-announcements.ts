/**
 * Replica of GACC announcements (www.customs.gov.cn/customs/302249/302266/302267/).
 * Markup per SITES.md: list rows `[class^="conList_ul"] li` with `a[title]`
 * and a `span` date; detail `.easysite-news-describe` (`YYYY-MM-DD HH:mm`),
 * body `.easysite-news-peruse` with an `.easysite-news-operation` bar inside;
 * everything sits in `.pubCon`. One list link goes straight to a PDF.
 * Anti-bot: every HTML request without the clearance cookie gets **412** and
 * a small script page that sets the cookie and reloads (like the real WAF);
 * only a real browser gets through. Attachments (PDF) are not challenged.
 * week2: one new notice, one edited (return window 6 -> 12 months).
 */
import type { ReplicaFile, ReplicaRequest, ReplicaResponse, ReplicaSite } from '../helpers/replica-server.ts';
import { esc, type FixtureNotice, paras, tinyPdf, views, type WeekChanges, type WeekState, weeklyStates, pagedFiles } from './kit.ts';

const COL = '/customs/302249/302266/302267/';
const PAGE_SIZE = 3;
export const COOKIE = 'HMF_CI';

export const PDF_NOTICE_PATH = '/customs/302249/302266/302267/5876543/2024052009123456.pdf';

export const week1: FixtureNotice[] = [
  {
    key: '5921001',
    path: '/customs/2024-06/14/article_2024061417015921001.html',
    title: '海关总署公告2024年第60号（关于中国—沙特阿拉伯海关“经认证的经营者”互认实施的公告）',
    date: '2024-06-14',
    docNumber: '海关总署公告2024年第60号',
    agency: '海关总署',
    effective: '2024-07-01',
    paras: [
      '为推进中国—沙特阿拉伯海关“经认证的经营者”（AEO）互认合作，现就有关事项公告如下。',
      '一、自2024年7月1日起，中国海关与沙特阿拉伯海关相互认可对方的AEO企业，给予对方AEO企业通关便利措施。',
      '二、中国AEO企业向沙特阿拉伯出口货物时，需要将AEO编码告知沙特阿拉伯进口商，由其按照沙方海关规定申报。',
      '三、沙方给予中国AEO企业的便利措施包括：降低进口货物查验率、优先办理通关手续、指定海关联络员负责沟通解决企业通关问题。',
    ],
    views: 3560,
  },
  {
    key: '5898765',
    path: '/customs/2024-06/03/article_2024060310305898765.html',
    title: '海关总署公告2024年第55号（关于跨境电子商务零售出口商品退货监管措施有关事项的公告）',
    date: '2024-06-03',
    docNumber: '海关总署公告2024年第55号',
    agency: '海关总署',
    paras: [
      '为支持跨境电子商务新业态发展，便利跨境电子商务零售出口商品退货，现就有关事项公告如下。',
      '一、跨境电子商务出口企业、特殊区域内跨境电子商务相关企业或其委托的报关企业可向海关申请开展跨境电子商务零售出口商品退货业务。',
      '二、退货商品应当在出口放行之日起6个月内以原状运抵原监管作业场所，相应税款不予征收，并调整出口统计数据。',
    ],
    views: 2298,
  },
  {
    key: '2024052009123456',
    path: PDF_NOTICE_PATH,
    title: '海关总署公告2024年第52号（关于公布2024年关税配额商品税则号列的公告）',
    date: '2024-05-20',
    docNumber: '海关总署公告2024年第52号',
    agency: '海关总署',
    paras: [],
  },
  {
    key: '5870111',
    path: '/customs/2024-05/15/article_2024051516205870111.html',
    title: '海关总署公告2024年第50号（关于进口日本水产品检验检疫要求有关事项的公告）',
    date: '2024-05-15',
    docNumber: '海关总署公告2024年第50号',
    agency: '海关总署',
    paras: [
      '为保障进口食品安全，保护消费者健康，海关总署决定继续加强对日本输华水产品的检验检疫。',
      '进口商应随附官方出具的卫生证书及放射性物质检测合格证明；不符合要求的，不予进口。',
      '本措施依照WTO《实施卫生与植物卫生措施协定》（SPS协定）有关规定向WTO通报。',
    ],
    views: 6012,
  },
  {
    key: '5851234',
    path: '/customs/2024-05/08/article_2024050809005851234.html',
    title: '海关总署公告2024年第47号（关于国际贸易“单一窗口”出口退税申报功能上线运行的公告）',
    date: '2024-05-08',
    docNumber: '海关总署公告2024年第47号',
    agency: '海关总署',
    effective: '2024-05-20',
    paras: [
      '为进一步优化口岸营商环境，海关总署会同国家税务总局在国际贸易“单一窗口”上线出口退税申报功能。',
      '自2024年5月20日起，出口企业可通过“单一窗口”一站式办理报关单信息查询、出口退税申报和进度查询。',
    ],
    views: 1777,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '5933333',
      path: '/customs/2024-06/20/article_2024062015005933333.html',
      title: '海关总署公告2024年第66号（关于进一步规范出口锂电池危险货物包装检验的公告）',
      date: '2024-06-20',
      docNumber: '海关总署公告2024年第66号',
      agency: '海关总署',
      effective: '2024-08-01',
      paras: [
        '为保障锂电池运输安全，便利锂离子电池（HS 8507600010）及装有锂电池的设备出口，现就出口危险货物包装检验有关事项公告如下。',
        '自2024年8月1日起，出口锂电池的生产企业可向产地海关申请危险货物包装使用鉴定，海关对符合要求的出具《出境危险货物运输包装使用鉴定结果单》。',
      ],
      views: 12,
    },
  ],
  edit: {
    '5898765': [
      '为支持跨境电子商务新业态发展，便利跨境电子商务零售出口商品退货，现就有关事项公告如下。',
      '一、跨境电子商务出口企业、特殊区域内跨境电子商务相关企业或其委托的报关企业可向海关申请开展跨境电子商务零售出口商品退货业务。',
      '二、退货商品应当在出口放行之日起12个月内以原状运抵原监管作业场所，相应税款不予征收，并调整出口统计数据。',
    ],
  },
};

function shell(title: string, inner: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body>
<div class="topBar">中华人民共和国海关总署 General Administration of Customs of the People's Republic of China</div>
<div class="pubCon">
${inner}
</div>
<div class="footer">版权所有：中华人民共和国海关总署</div>
</body></html>`;
}

function listPage(rows: FixtureNotice[], page: number, pages: number): string {
  const items = rows
    .map((n) => `    <li><a href="${n.path}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a><span>${n.date}</span></li>`)
    .join('\n');
  const next = page < pages ? `<a href="${COL}index_${page + 1}.html" class="nextPage">下一页</a>` : '';
  return shell(
    '海关总署公告',
    `  <div class="conList_title">海关总署公告</div>
  <ul class="conList_ul">
${items}
  </ul>
  <div class="eps-pagination">第${page}页/共${pages}页 ${next}</div>`,
  );
}

function detailPage(n: FixtureNotice, state: WeekState): string {
  return shell(
    n.title,
    `  <div class="easysite-news-title"><h2>${esc(n.title)}</h2></div>
  <div class="easysite-news-describe">${n.date} 16:20</div>
  <div class="easysite-news-peruse">
    <div class="easysite-news-operation"><span>【打印本页】</span><span>【关闭窗口】</span><span>浏览次数：${views(n, state)}</span></div>
    <p style="text-align:center">${esc(n.docNumber ?? '')}</p>
${paras(n.paras)}
    <p style="text-align:right">海关总署</p>
    <p style="text-align:right">${n.date.slice(0, 4)}年${Number(n.date.slice(5, 7))}月${Number(n.date.slice(8))}日</p>
  </div>`,
  );
}

function render(notices: FixtureNotice[], state: WeekState): Record<string, ReplicaFile> {
  return pagedFiles(
    notices,
    PAGE_SIZE,
    (i) => (i === 0 ? `${COL}index.html` : `${COL}index_${i + 1}.html`),
    listPage,
    (n) => (n.path.endsWith('.pdf') ? tinyPdf(`GACC announcement 2024 No. 52 tariff quota`) : detailPage(n, state)),
  );
}

/** The WAF in front of every HTML page: 412 + cookie script without the clearance cookie. */
function challenge(req: ReplicaRequest): ReplicaResponse | undefined {
  if (/\.(pdf|docx?|xlsx?|zip)$/i.test(req.path) || req.path === '/robots.txt') return undefined;
  const cookies = req.headers.cookie ?? '';
  if (new RegExp(`(?:^|;\\s*)${COOKIE}=[0-9a-f]{16}`).test(cookies)) return undefined;
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><script>
var t=(Date.now()).toString(16);while(t.length<16){t='0'+t;}
document.cookie='${COOKIE}='+t.slice(-16)+'; path=/';
location.reload();
</script></body></html>`;
  return { status: 412, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: page };
}

export const site: ReplicaSite = {
  id: 'gacc-announcements',
  states: weeklyStates(week1, changes, render),
  handle: (req) => challenge(req),
};
