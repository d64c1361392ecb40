/**
 * UK Trade Remedies Authority (TRA): notices, reports and guidance on GOV.UK
 * (anti-dumping, countervailing and safeguard cases), read through the
 * GOV.UK search API.
 * Known (SITES.md): `www.gov.uk/api/search.json` with `q`, `count`,
 * `start`, `order=-public_timestamp`, `filter_organisations`; unknown
 * parameters answer 422.
 * Assumed: the organisation slug `trade-remedies-authority`; `results[]`
 * with `title`, `link` (root-relative), `public_timestamp`; content pages in
 * the GOV.UK Design System markup (`h1.gem-c-title__text`, "From:" in
 * `.gem-c-metadata`, body `.govuk-govspeak`, attachments
 * `.gem-c-attachment`, `meta[name="govuk:first-published-at"]`); TRA case
 * references (AD0034, TD0045, SG0015) as document numbers. The case files
 * themselves live on trade-remedies.service.gov.uk (not read).
 */
import { defineSource } from '../source.ts';

export default defineSource({
  id: 'uk-tra',
  name: 'UK Trade Remedies Authority',
  nameEn: 'UK Trade Remedies Authority — notices and guidance',
  agency: 'Trade Remedies Authority',
  agencyEn: 'Trade Remedies Authority',
  country: 'GB',
  language: 'en',
  baseUrl: 'https://www.gov.uk',
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 2000, concurrency: 1 },
  list: {
    kind: 'json',
    url: '/api/search.json?filter_organisations=trade-remedies-authority&order=-public_timestamp&count=20',
    pagination: { type: 'none' },
    itemsPath: 'results',
    fields: { title: 'title', link: 'link', date: 'public_timestamp', agency: 'organisations.0.title' },
  },
  detail: {
    title: 'h1.gem-c-title__text',
    body: '.govuk-govspeak',
    date: { meta: 'govuk:first-published-at' },
    agency: '.gem-c-metadata__definition a',
    docNumber: { selector: 'main', pattern: '\\b((?:AD|AS|CV|TD|TS|SG|ER)\\d{4})\\b' },
    attachments: '.gem-c-attachment a.gem-c-attachment__link',
  },
  noise: { selectors: ['.gem-c-cookie-banner'] },
});
