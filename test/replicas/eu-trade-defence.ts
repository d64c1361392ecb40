/**
 * Replica of DG Trade's trade-defence notices listing in Europa Component
 * Library markup (`article.ecl-content-item`, `?page=N` from 0, three items
 * per page) and the notice pages (`.ecl-page-header__title`, `article .ecl`).
 * week2: a new initiation, an edited provisional-duty notice, one withdrawn.
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { esc, evolve, type FixtureNotice, paras, type WeekChanges, type WeekState, weeklyStates } from './kit.ts';
import { ukDate } from './cms-govuk.ts';

const LIST = '/enforcement-and-protection/trade-defence/notices_en';
const PAGE_SIZE = 3;
const N = '/enforcement-and-protection/trade-defence/notices/';

export const week1: FixtureNotice[] = [
  {
    key: 'ad712',
    path: `${N}notice-initiation-anti-dumping-proceeding-imports-hardwood-plywood-china_en`,
    title: 'Notice of initiation of an anti-dumping proceeding concerning imports of hardwood plywood originating in the People’s Republic of China',
    date: '2024-06-12',
    docNumber: 'AD712',
    agency: 'European Commission',
    paras: [
      'The European Commission has received a complaint lodged by the Greenwood Alliance alleging that imports of hardwood plywood (CN codes 4412 31 10, 4412 33 00) originating in China are being dumped (case AD712).',
      'Notice published in the Official Journal of the European Union, OJ C, C/2024/3712. Interested parties should make themselves known within 15 days of publication.',
    ],
    attachments: [{ name: 'Notice of initiation (OJ C/2024/3712).pdf', path: '/document/download/ad712-initiation_en.pdf' }],
  },
  {
    key: 'as713',
    path: `${N}provisional-countervailing-duty-imports-battery-electric-vehicles-china_en`,
    title: 'Provisional countervailing duty on imports of new battery electric vehicles designed for the transport of persons originating in China',
    date: '2024-06-05',
    docNumber: 'AS689',
    agency: 'European Commission',
    effective: '2024-07-05',
    paras: [
      'Commission Implementing Regulation imposing a provisional countervailing duty on BEVs (CN 8703 80 10) originating in China (case AS689), effective from 5 July 2024.',
      'Individual duty rates range from 17.4% to 37.6%.',
    ],
  },
  {
    key: 'r798',
    path: `${N}expiry-review-anti-dumping-measures-ceramic-tableware-china_en`,
    title:
      'Notice of initiation of an expiry review of the anti-dumping measures applicable to imports of ceramic tableware and kitchenware originating in China',
    date: '2024-05-22',
    docNumber: 'R798',
    agency: 'European Commission',
    paras: ['Following a request by the EU industry, the Commission initiates an expiry review (R798) of the measures on ceramic tableware (CN 6911 10 00).'],
  },
  {
    key: 'sg12',
    path: `${N}notice-safeguard-steel-products-quota-allocation_en`,
    title: 'Notice on the allocation of steel safeguard tariff quotas for the third quarter of 2024',
    date: '2024-05-14',
    agency: 'European Commission',
    paras: ['Country-specific tariff quotas for steel products under the safeguard measure are reallocated for 1 July to 30 September 2024.'],
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: 'ad715',
      path: `${N}notice-initiation-anti-dumping-proceeding-imports-glass-fibre-yarns-china_en`,
      title: 'Notice of initiation of an anti-dumping proceeding concerning imports of glass fibre yarns originating in the People’s Republic of China',
      date: '2024-06-19',
      docNumber: 'AD715',
      agency: 'European Commission',
      paras: ['The Commission initiates an anti-dumping proceeding (AD715) concerning glass fibre yarns (CN 7019 12) originating in China. OJ C, C/2024/3990.'],
    },
  ],
  edit: {
    as713: [
      'Commission Implementing Regulation imposing a provisional countervailing duty on BEVs (CN 8703 80 10) originating in China (case AS689), effective from 5 July 2024.',
      'Individual duty rates range from 17.4% to 37.6%; cooperating companies not sampled: 20.8%.',
    ],
  },
  remove: ['r798'],
};

function listPage(rows: FixtureNotice[], page: number, pages: number): string {
  const items = rows
    .map(
      (n) => `      <li class="ecl-content-item-block__item"><article class="ecl-content-item">
        <div class="ecl-content-block">
          <ul class="ecl-content-block__primary-meta-container"><li class="ecl-content-block__primary-meta-item">Notice</li><li class="ecl-content-block__primary-meta-item"><time datetime="${n.date}T10:00:00Z">${ukDate(n.date)}</time></li></ul>
          <div class="ecl-content-block__title"><a href="${n.path}" class="ecl-link ecl-link--standalone">${esc(n.title)}</a></div>
        </div>
      </article></li>`,
    )
    .join('\n');
  const next =
    page < pages ? `<li class="ecl-pagination__item ecl-pagination__item--next"><a href="?page=${page}" class="ecl-pagination__link">Next</a></li>` : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Trade defence notices - European Commission</title></head>
<body>
<header class="ecl-site-header"><div class="ecl-site-header__header">Trade and Economic Security</div></header>
<main><div class="ecl-container">
  <h1 class="ecl-page-header__title">Trade defence notices</h1>
  <ul class="ecl-content-item-block">
${items}
  </ul>
  <nav class="ecl-pagination"><ul class="ecl-pagination__list">${next}</ul></nav>
</div></main>
</body></html>`;
}

function noticePage(n: FixtureNotice): string {
  const files = (n.attachments ?? []).map((a) => `<p><a href="${a.path}" class="ecl-link">${esc(a.name.replace(/\.pdf$/, ''))}</a></p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(n.title)}</title></head>
<body>
<header class="ecl-site-header"><div class="ecl-site-header__header">Trade and Economic Security</div></header>
<div class="ecl-page-header"><div class="ecl-container"><h1 class="ecl-page-header__title">${esc(n.title)}</h1>
<ul class="ecl-page-header__meta"><li class="ecl-page-header__meta-item">Notice</li><li class="ecl-page-header__meta-item"><time datetime="${n.date}T10:00:00Z">${ukDate(n.date)}</time></li></ul></div></div>
<main class="ecl-container"><article><div class="ecl">
${paras(n.paras)}
${files}
</div>
</article>
<div class="ecl-social-media-share">Share this page</div></main>
</body></html>`;
}

function render(notices: FixtureNotice[], _state: WeekState): Record<string, ReplicaFile> {
  const files: Record<string, ReplicaFile> = {};
  for (const n of notices) files[n.path] = noticePage(n);
  return files;
}

export const site: ReplicaSite = {
  id: 'eu-trade-defence',
  states: weeklyStates(week1, changes, render),
  handle(req, state) {
    if (req.path !== LIST) return undefined;
    const notices = state === 'week2' ? evolve(week1, changes) : week1;
    const pages = Math.ceil(notices.length / PAGE_SIZE);
    const page = Number(req.query.get('page') ?? 0);
    // Drupal answers an empty listing past the last page
    const rows = notices.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: listPage(rows, page + 1, pages) };
  },
};
