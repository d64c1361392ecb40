/**
 * UK Department for Business and Trade (DBT): everything it publishes on
 * GOV.UK (notices to exporters, export-control and sanctions guidance,
 * tariff and trade-agreement news), read from its Atom feed.
 * Known (SITES.md): Atom
 * `www.gov.uk/government/organisations/department-for-business-and-trade.atom`;
 * entries link to www.gov.uk content pages.
 * Assumed: the feed's latest 20 entries (no paging); entries with
 * `link[rel=alternate]` and `updated`; content pages in the GOV.UK Design
 * System markup (as uk-tra); "Notice to exporters" numbers (NTE 2024/15)
 * as document numbers.
 */
import { defineSource } from '../source.ts';

export default defineSource({
  id: 'uk-dbt',
  name: 'UK Department for Business and Trade',
  nameEn: 'UK Department for Business and Trade — GOV.UK activity',
  agency: 'Department for Business and Trade',
  agencyEn: 'Department for Business and Trade',
  country: 'GB',
  language: 'en',
  baseUrl: 'https://www.gov.uk',
  schedule: { intervalMinutes: 360 },
  politeness: { delayMs: 2000, concurrency: 1 },
  list: {
    kind: 'atom',
    url: '/government/organisations/department-for-business-and-trade.atom',
    pagination: { type: 'none' },
  },
  detail: {
    title: 'h1.gem-c-title__text',
    body: '.govuk-govspeak',
    date: { meta: 'govuk:first-published-at' },
    agency: '.gem-c-metadata__definition a',
    docNumber: { selector: 'main', pattern: '\\b(NTE \\d{4}/\\d{1,3})\\b' },
    attachments: '.gem-c-attachment a.gem-c-attachment__link',
  },
  noise: { selectors: ['.gem-c-cookie-banner'] },
});
