/**
 * Replica of EU DG Trade news (policy.trade.ec.europa.eu): the RSS feed
 * `/node/2/rss_en` (absolute links on the real host; slugs end
 * `-YYYY-MM-DD_en`, per SITES.md) and news pages. The page markup is the
 * Europa Component Library pattern (`.ecl-page-header__title`, body in
 * `article .ecl`) — assumed, not recorded in SITES.md.
 * week2: one new item, one edited (provisional -> definitive duty rates).
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { esc, type FixtureNotice, paras, type WeekChanges, type WeekState, weeklyStates } from './kit.ts';

export const REAL = 'https://policy.trade.ec.europa.eu';
const FEED = '/node/2/rss_en';

export const week1: FixtureNotice[] = [
  {
    key: 'bev',
    path: '/news/commission-imposes-provisional-countervailing-duties-imports-battery-electric-vehicles-china-2024-07-04_en',
    title: 'Commission imposes provisional countervailing duties on imports of battery electric vehicles from China',
    date: '2024-07-04',
    paras: [
      'The European Commission has imposed provisional countervailing duties on imports of battery electric vehicles (BEVs, CN 8703 80) from China, following an anti-subsidy investigation.',
      'Individual duties range from 17.4% to 37.6% for sampled producers. The provisional duties apply from 5 July 2024 for a maximum of four months, and discussions with Chinese authorities continue.',
    ],
  },
  {
    key: 'singapore-dta',
    path: '/news/eu-and-singapore-conclude-negotiations-digital-trade-agreement-2024-07-25_en',
    title: 'EU and Singapore conclude negotiations for a Digital Trade Agreement',
    date: '2024-07-25',
    paras: [
      'The EU and Singapore have concluded negotiations for a Digital Trade Agreement, the first of its kind for the EU, setting rules on cross-border data flows, e-signatures and paperless trading.',
      'The agreement builds on the EU-Singapore Free Trade Agreement in force since 2019 and will benefit exporters of goods and services in both markets, including SMEs using e-commerce.',
    ],
  },
  {
    key: 'tinplate',
    path: '/news/commission-opens-anti-dumping-investigation-tin-mill-flat-rolled-steel-products-china-2024-06-20_en',
    title: 'Commission opens anti-dumping investigation into imports of tin mill flat-rolled steel products from China',
    date: '2024-06-20',
    paras: [
      'Following a complaint by EU steel producers, the Commission has opened an anti-dumping investigation into imports of tin mill flat-rolled steel products (CN 7210 11, 7210 12) originating in China.',
      'Interested parties have 37 days to make themselves known and submit their views.',
    ],
  },
  {
    key: 'nz-fta',
    path: '/news/eu-new-zealand-trade-agreement-enters-force-2024-05-01_en',
    title: 'EU-New Zealand trade agreement enters into force',
    date: '2024-05-01',
    paras: [
      'The EU-New Zealand Free Trade Agreement enters into force today, removing tariffs on EU exports such as pork, wine, chocolate and cars from day one.',
      'The agreement contains ambitious sustainability commitments and new rules of origin that allow exporters to self-certify the origin of their goods.',
    ],
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: 'dual-use',
      path: '/news/commission-updates-eu-list-dual-use-items-2024-09-06_en',
      title: 'Commission updates the EU list of dual-use items subject to export controls',
      date: '2024-09-06',
      paras: [
        'The Commission adopted its annual update of the EU control list of dual-use items (Annex I of Regulation (EU) 2021/821), aligning it with decisions of the multilateral export control regimes.',
        'The update covers items such as quantum computing components and semiconductor manufacturing equipment, and enters into force on the day after publication.',
      ],
    },
  ],
  edit: {
    bev: [
      'The European Commission has imposed provisional countervailing duties on imports of battery electric vehicles (BEVs, CN 8703 80) from China, following an anti-subsidy investigation.',
      'Individual duties range from 17.0% to 35.3% for sampled producers after the definitive disclosure. The provisional duties apply from 5 July 2024 for a maximum of four months, and discussions with Chinese authorities continue.',
    ],
  },
};

function rfc822(iso: string): string {
  return new Date(`${iso}T09:00:00Z`).toUTCString().replace('GMT', '+0000');
}

function feed(notices: FixtureNotice[]): string {
  const items = notices
    .map(
      (n) => `    <item>
      <title>${esc(n.title)}</title>
      <link>${REAL}${n.path}</link>
      <description>${esc(n.paras[0])}</description>
      <pubDate>${rfc822(n.date)}</pubDate>
      <dc:creator>DG TRADE</dc:creator>
      <guid isPermaLink="false">${n.key}</guid>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="${REAL}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Trade - News</title>
    <link>${REAL}/news_en</link>
    <description>News from the Directorate-General for Trade</description>
    <language>en</language>
${items}
  </channel>
</rss>`;
}

function longDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function detailPage(n: FixtureNotice): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(n.title)} - European Commission</title>
<meta property="og:title" content="${esc(n.title)}"></head>
<body>
<header class="ecl-site-header"><a class="ecl-link" href="/">Trade</a><div class="ecl-site-header__language">English (en)</div></header>
<main id="main-content">
  <div class="ecl-page-header">
    <ul class="ecl-page-header__meta"><li class="ecl-page-header__meta-item">News article</li><li class="ecl-page-header__meta-item"><time datetime="${n.date}T09:00:00Z">${longDate(n.date)}</time></li><li class="ecl-page-header__meta-item">Directorate-General for Trade</li></ul>
    <h1 class="ecl-page-header__title">${esc(n.title)}</h1>
  </div>
  <div class="ecl-container">
    <article>
      <div class="ecl">
${paras(n.paras)}
      </div>
    </article>
    <div class="ecl-social-media-share">Share this page</div>
  </div>
</main>
<footer class="ecl-site-footer">European Commission</footer>
</body></html>`;
}

function render(notices: FixtureNotice[], _state: WeekState): Record<string, ReplicaFile> {
  const sorted = [...notices].sort((a, b) => (a.date < b.date ? 1 : -1));
  const files: Record<string, ReplicaFile> = { [FEED]: { body: feed(sorted), headers: { 'content-type': 'application/rss+xml; charset=utf-8' } } };
  for (const n of notices) files[n.path] = detailPage(n);
  return files;
}

export const site: ReplicaSite = {
  id: 'eu-trade-news',
  states: weeklyStates(week1, changes, render),
};
