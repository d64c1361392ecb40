/**
 * Replica of the WTO ePing API (`/eping/notifications/search`): answers only
 * with the subscription key (`Ocp-Apim-Subscription-Key`), otherwise 401
 * with the API gateway's message, as Azure API Management does. Two records
 * per page. week2: a new notification and a revised description.
 */
import type { ReplicaSite } from '../helpers/replica-server.ts';
import { evolve, type FixtureNotice, type WeekChanges, type WeekState } from './kit.ts';

/** the key the replica accepts (given to the source by replicaOverrides) */
export const REPLICA_EPING_KEY = 'replica-eping-key';
const PAGE_SIZE = 2;
const PAGE = 'https://epingalert.org/en/notifications/';

interface EpingNotice extends FixtureNotice {
  member: string;
  effectiveText?: string;
}

export const week1: EpingNotice[] = [
  {
    key: 'G/TBT/N/EU/1062',
    path: `${PAGE}90001`,
    title: 'Draft Commission Implementing Regulation laying down rules for the battery passport (batteries, HS 8507)',
    date: '2024-06-12',
    docNumber: 'G/TBT/N/EU/1062',
    member: 'European Union',
    effective: '2025-02-18',
    paras: [
      'The notified draft lays down the information to be included in the battery passport for industrial and electric-vehicle batteries placed on the EU market. Final date for comments: 60 days from notification.',
    ],
  },
  {
    key: 'G/SPS/N/CHN/1311',
    path: `${PAGE}90002`,
    title: 'National Food Safety Standard: Maximum residue limits for pesticides in foods',
    date: '2024-06-05',
    docNumber: 'G/SPS/N/CHN/1311',
    member: 'China',
    paras: ['The draft standard sets 1,025 maximum residue limits for 112 pesticides in foods, including tea and fresh fruit.'],
  },
  {
    key: 'G/TBT/N/USA/2110',
    path: `${PAGE}90003`,
    title: 'Energy Conservation Program: Test procedures for consumer water heaters',
    date: '2024-05-29',
    docNumber: 'G/TBT/N/USA/2110',
    member: 'United States of America',
    paras: ['Proposed amendments to the test procedure for consumer water heaters and residential-duty commercial water heaters.'],
  },
  {
    key: 'G/TBT/N/JPN/812',
    path: `${PAGE}90004`,
    title: 'Partial revision of the Ministerial Ordinance on electrical appliances and materials',
    date: '2024-05-20',
    docNumber: 'G/TBT/N/JPN/812',
    member: 'Japan',
    paras: ['Revision of technical requirements for lithium-ion power banks sold in Japan.'],
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: 'G/SPS/N/EU/745',
      path: `${PAGE}90005`,
      title: 'Draft Commission Regulation amending maximum residue levels for acetamiprid',
      date: '2024-06-19',
      docNumber: 'G/SPS/N/EU/745',
      paras: ['The draft lowers maximum residue levels for acetamiprid in a range of products, including tea and citrus fruit.'],
      ...{ member: 'European Union' },
    } as EpingNotice,
  ],
  edit: {
    'G/SPS/N/CHN/1311': [
      'The draft standard sets 1,025 maximum residue limits for 112 pesticides in foods, including tea, fresh fruit and vegetables. Comments until 4 August 2024.',
    ],
  },
};

function record(n: EpingNotice) {
  return {
    id: Number(n.path.split('/').pop()),
    documentSymbol: n.docNumber,
    notifyingMember: n.member,
    area: n.docNumber?.includes('/SPS/') ? 'SPS' : 'TBT',
    title: n.title,
    description: n.paras.join('\n'),
    distributionDate: `${n.date}T00:00:00`,
    proposedEntryIntoForceDate: n.effective ? `${n.effective}T00:00:00` : null,
    finalDateForComments: null,
    // the record's id names ePing's public page of the notification
  };
}

function answer(state: WeekState, page: number) {
  const all = (state === 'week2' ? evolve(week1, changes) : week1) as EpingNotice[];
  const items = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map(record);
  return { items, totalItems: all.length, page, pageSize: PAGE_SIZE };
}

export const site: ReplicaSite = {
  id: 'wto-eping',
  states: { week1: {}, week2: {} },
  handle(req, state) {
    if (req.path !== '/eping/notifications/search') return undefined;
    const json = (status: number, body: unknown) => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) });
    const key = req.headers['ocp-apim-subscription-key'];
    if (!key)
      return json(401, {
        statusCode: 401,
        message: 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
      });
    if (key !== REPLICA_EPING_KEY)
      return json(401, {
        statusCode: 401,
        message: 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
      });
    return json(200, answer(state === 'week2' ? 'week2' : 'week1', Number(req.query.get('page') ?? 1)));
  },
};
