/**
 * Replica of GOV.UK for the Department for Business and Trade: the
 * organisation's Atom feed (entries link to www.gov.uk, rewritten to the
 * replica) and the content pages.
 * week2: a new notice to exporters, an edited guidance page.
 */
import { govukSite, type GovukNotice } from './cms-govuk.ts';
import type { WeekChanges } from './kit.ts';

const UP = '/government/uploads/system/uploads/attachment_data/file/';

export const week1: GovukNotice[] = [
  {
    key: 'nte-2024-15',
    path: '/government/publications/notice-to-exporters-202415-russia-sanctions-new-export-prohibitions',
    kind: 'Notice',
    title: 'Notice to exporters 2024/15: Russia sanctions – new export prohibitions',
    summary: 'New export prohibitions on machine tools and electronic components to Russia.',
    date: '2024-06-13',
    agency: 'Department for Business and Trade',
    effective: '2024-06-20',
    paras: [
      'This notice to exporters (NTE 2024/15) informs exporters of new prohibitions under the Russia (Sanctions) (EU Exit) Regulations 2019.',
      'The export of CNC machine tools (commodity code 8457) and certain electronic components to Russia is prohibited, effective from 20 June 2024.',
    ],
    attachments: [{ name: 'List of newly controlled goods.pdf', path: `${UP}1240001/nte-2024-15-goods.pdf` }],
  },
  {
    key: 'dcts',
    path: '/guidance/trading-with-developing-nations',
    kind: 'Guidance',
    title: 'Trading with developing nations',
    summary: 'How the Developing Countries Trading Scheme (DCTS) reduces tariffs on imports from 65 countries.',
    date: '2024-05-28',
    agency: 'Department for Business and Trade',
    paras: ['The DCTS removes or reduces tariffs on goods from 65 developing countries.', 'Goods must meet the rules of origin to benefit.'],
  },
  {
    key: 'ukgt',
    path: '/government/news/uk-suspends-tariffs-on-over-100-products',
    kind: 'Press release',
    title: 'UK suspends tariffs on over 100 products',
    summary: 'Tariff suspensions on inputs used by UK manufacturers.',
    date: '2024-05-15',
    agency: 'Department for Business and Trade',
    paras: ['The UK will suspend import tariffs on more than 100 products used in manufacturing until June 2026.'],
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: 'nte-2024-16',
      path: '/government/publications/notice-to-exporters-202416-changes-to-open-general-export-licences',
      kind: 'Notice',
      title: 'Notice to exporters 2024/16: changes to open general export licences',
      summary: 'Amendments to two open general export licences (OGELs).',
      date: '2024-06-19',
      agency: 'Department for Business and Trade',
      paras: ['This notice (NTE 2024/16) announces amendments to the OGEL for dual-use items to EU member states.'],
    } as GovukNotice,
  ],
  edit: {
    dcts: [
      'The DCTS removes or reduces tariffs on goods from 65 developing countries.',
      'Goods must meet the rules of origin to benefit; simplified rules apply to garments since 19 June 2024.',
    ],
  },
};

export const site = govukSite(
  { id: 'uk-dbt', orgSlug: 'department-for-business-and-trade', orgName: 'Department for Business and Trade', atom: true },
  week1,
  changes,
);
