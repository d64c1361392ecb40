/**
 * Replica of CBP's CSMS messages on GovDelivery: the bulletin RSS feed of
 * account USDHSCBP (absolute links on content.govdelivery.com, rewritten to
 * the replica) and bulletin pages (`h1.bulletin_subject`, `.bulletin_body`).
 * week2: a new Section 301 message, a corrected ACE deployment message.
 */
import type { ReplicaFile, ReplicaSite } from '../helpers/replica-server.ts';
import { esc, type FixtureNotice, paras, type WeekChanges, type WeekState, weeklyStates } from './kit.ts';

const REAL = 'https://content.govdelivery.com';
const B = '/accounts/USDHSCBP/bulletins/';

export const week1: FixtureNotice[] = [
  {
    key: '3a1f2c4',
    path: `${B}3a1f2c4`,
    title: 'CSMS # 60887423 - GUIDANCE: Section 301 tariff increases on Chinese electric vehicles, batteries and semiconductors',
    date: '2024-06-13',
    docNumber: 'CSMS#60887423',
    paras: [
      'On May 14, 2024, the U.S. Trade Representative announced increases to Section 301 duties on products of China, including electric vehicles (HTS 8703.80) and lithium-ion batteries (HTS 8507.60).',
      'The new rates apply to goods entered for consumption, or withdrawn from warehouse for consumption, on or after 12:01 a.m. eastern daylight time on August 1, 2024. Filers must report the new Chapter 99 heading 9903.91.01.',
    ],
    attachments: [{ name: 'Section 301 HTS list.pdf', path: '/attachments/USDHSCBP/2024/06/13/file_attachments/2901234/301_list.pdf' }],
  },
  {
    key: '3a0e111',
    path: `${B}3a0e111`,
    title: 'CSMS # 60855120 - ACE Deployment: new data elements for de minimis (Type 86) entries',
    date: '2024-06-04',
    docNumber: 'CSMS#60855120',
    paras: ['ACE will deploy new optional data elements for Type 86 entries on June 22, 2024.', 'Filers should update their software before the deployment.'],
  },
  {
    key: '39ffabc',
    path: `${B}39ffabc`,
    title: 'CSMS # 60801234 - UFLPA Entity List additions',
    date: '2024-05-23',
    docNumber: 'CSMS#60801234',
    paras: [
      'The Forced Labor Enforcement Task Force added five entities to the UFLPA Entity List. Goods produced by these entities are presumed to be prohibited from entry.',
    ],
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '3a2b999',
      path: `${B}3a2b999`,
      title: 'CSMS # 60912345 - Section 301 exclusions extended for solar manufacturing equipment',
      date: '2024-06-20',
      docNumber: 'CSMS#60912345',
      paras: ['USTR extended 14 exclusions for solar manufacturing equipment until May 31, 2025.'],
    },
  ],
  edit: {
    '3a0e111': [
      'ACE will deploy new optional data elements for Type 86 entries on June 29, 2024 (corrected date).',
      'Filers should update their software before the deployment.',
    ],
  },
};

const rfc822 = (iso: string) => new Date(`${iso}T19:15:00Z`).toUTCString().replace('GMT', '+0000');

function feed(notices: FixtureNotice[]): string {
  const items = notices
    .map(
      (n) => `    <item>
      <title>${esc(n.title)}</title>
      <link>${REAL}${n.path}</link>
      <guid isPermaLink="true">${REAL}${n.path}</guid>
      <pubDate>${rfc822(n.date)}</pubDate>
      <description>${esc(n.paras[0])}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>U.S. Customs and Border Protection bulletins</title>
    <link>${REAL}/accounts/USDHSCBP/bulletins</link>
    <description>Recent bulletins from U.S. Customs and Border Protection</description>
    <language>en-us</language>
${items}
  </channel>
</rss>`;
}

function bulletin(n: FixtureNotice): string {
  const links = (n.attachments ?? []).map((a) => `<p><a href="${a.path}">${esc(a.name)}</a></p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(n.title)}</title></head>
<body>
<div id="gd_top_banner"><a href="#">Subscribe to updates from U.S. Customs and Border Protection</a></div>
<div class="bulletin_header"><img src="/images/cbp_logo.png" alt="CBP"></div>
<h1 class="bulletin_subject">${esc(n.title)}</h1>
<div class="dateline">${n.date.slice(5, 7)}/${n.date.slice(8)}/${n.date.slice(0, 4)} 03:15 PM EDT</div>
<div class="bulletin_body">
${paras(n.paras)}
${links}
</div>
<div class="gd_footer">Update your subscriptions, modify your password or email address, or stop subscriptions at any time on your Subscriber Preferences Page.</div>
</body></html>`;
}

function render(notices: FixtureNotice[], _state: WeekState): Record<string, ReplicaFile> {
  const files: Record<string, ReplicaFile> = { '/accounts/USDHSCBP/bulletins.rss': feed(notices) };
  for (const n of notices) files[n.path] = bulletin(n);
  return files;
}

export const site: ReplicaSite = { id: 'us-cbp-csms', states: weeklyStates(week1, changes, render) };
