/**
 * Replica of GOV.UK for the Trade Remedies Authority: the search API
 * filtered by `trade-remedies-authority` and the content pages it links to.
 * week2: a new initiation notice, an edited safeguard notice, one withdrawn.
 */
import { govukSite, type GovukNotice } from './cms-govuk.ts';
import type { WeekChanges } from './kit.ts';

const UP = '/government/uploads/system/uploads/attachment_data/file/';

export const week1: GovukNotice[] = [
  {
    key: 'ad0034',
    path: '/government/publications/notice-of-initiation-anti-dumping-investigation-into-aluminium-extrusions-from-china',
    kind: 'Notice',
    title: 'Notice of initiation: anti-dumping investigation into aluminium extrusions from China',
    summary: 'The TRA has initiated an anti-dumping investigation into imports of aluminium extrusions originating in the People’s Republic of China.',
    date: '2024-06-11',
    agency: 'Trade Remedies Authority',
    paras: [
      'The Trade Remedies Authority (TRA) has today initiated an anti-dumping investigation (case AD0034) into imports of aluminium extrusions originating in the People’s Republic of China, classified under commodity codes 7604 10 and 7604 29.',
      'The period of investigation is 1 April 2023 to 31 March 2024. Interested parties must register interest within 15 days of this notice via the trade remedies service.',
    ],
    attachments: [{ name: 'Notice of initiation AD0034.pdf', path: `${UP}1234567/AD0034_notice_of_initiation.pdf` }],
  },
  {
    key: 'sg0015',
    path: '/government/publications/steel-safeguard-measure-extension-review-final-determination',
    kind: 'Notice',
    title: 'Steel safeguard measure: extension review final determination',
    summary: 'Final determination in the extension review of the safeguard measure on certain steel products.',
    date: '2024-05-30',
    agency: 'Trade Remedies Authority',
    paras: [
      'The TRA recommends that the safeguard measure on 15 steel product categories (case SG0015) be extended for two years.',
      'Tariff-rate quotas will continue to apply by country of origin.',
    ],
  },
  {
    key: 'ts0021',
    path: '/government/publications/transition-review-of-countervailing-duties-on-biodiesel-from-the-usa',
    kind: 'Notice',
    title: 'Transition review of countervailing duties on biodiesel from the USA',
    summary: 'The TRA has started a transition review of countervailing duties on biodiesel from the United States.',
    date: '2024-05-16',
    agency: 'Trade Remedies Authority',
    paras: ['This transition review (case TS0021) examines whether the countervailing measure on biodiesel from the USA should be maintained in the UK.'],
  },
  {
    key: 'guide',
    path: '/guidance/trade-remedies-investigations-a-guide-for-smaller-businesses',
    kind: 'Guidance',
    title: 'Trade remedies investigations: a guide for smaller businesses',
    summary: 'How small and medium-sized businesses can take part in trade remedies investigations.',
    date: '2024-04-25',
    agency: 'Trade Remedies Authority',
    paras: ['Smaller businesses can ask the TRA’s SME helpdesk for support when responding to questionnaires.'],
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: 'ad0036',
      path: '/government/publications/notice-of-initiation-anti-dumping-investigation-into-electric-bicycles-from-china',
      kind: 'Notice',
      title: 'Notice of initiation: anti-dumping investigation into electric bicycles from China',
      summary: 'The TRA has initiated an anti-dumping investigation into imports of electric bicycles from China.',
      date: '2024-06-18',
      agency: 'Trade Remedies Authority',
      paras: ['The TRA has today initiated an anti-dumping investigation (case AD0036) into electric bicycles originating in China (commodity code 8711 60).'],
    } as GovukNotice,
  ],
  edit: {
    sg0015: [
      'The TRA recommends that the safeguard measure on 15 steel product categories (case SG0015) be extended for two years.',
      'Tariff-rate quotas will continue to apply by country of origin; quota volumes rise by 2% a year.',
    ],
  },
  remove: ['ts0021'],
};

export const site = govukSite({ id: 'uk-tra', orgSlug: 'trade-remedies-authority', orgName: 'Trade Remedies Authority', search: true }, week1, changes);
