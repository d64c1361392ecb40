/**
 * WTO ePing: SPS and TBT notifications by all WTO members
 * (api.wto.org/eping/notifications/search).
 * Known (SITES.md): the API needs a subscription key (Azure API Management:
 * header `Ocp-Apim-Subscription-Key`); parameters `domainIds`, `countryIds`,
 * `hs`, `documentSymbol`, dates, `freeText`.
 * Hence this source is **off by default**: give it a key with
 * `"sourceOverrides": {"wto-eping": {"enabled": true, "headers":
 * {"Ocp-Apim-Subscription-Key": "…"}}}`. Enabled without the header, every
 * command that loads sources stops with that setting's name; with a wrong
 * key the API answers 401 and the run reads "down" with the HTTP status.
 * Assumed: `domainIds=1,2` = SPS and TBT, `page`/`pageSize`, newest first;
 * the answer `{items: [{id, documentSymbol, notifyingMember, title,
 * description, distributionDate, proposedEntryIntoForceDate}], totalItems}`;
 * ePing's public page of a notification at `epingalert.org/en/notifications/<id>`
 * (the notice's URL, never fetched: the record carries everything).
 */
import { defineSource } from '../source.ts';

export default defineSource({
  id: 'wto-eping',
  name: 'WTO ePing SPS/TBT notifications',
  nameEn: 'WTO ePing SPS/TBT notifications',
  agency: 'World Trade Organization',
  agencyEn: 'World Trade Organization',
  country: 'INT',
  language: 'en',
  baseUrl: 'https://api.wto.org',
  enabled: false,
  requiredHeaders: ['Ocp-Apim-Subscription-Key'],
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 2000, concurrency: 1 },
  headers: { Accept: 'application/json' },
  list: {
    kind: 'json',
    url: '/eping/notifications/search?language=1&domainIds=1,2&pageSize=50',
    pagination: { type: 'param', param: 'page', start: 1 },
    maxPages: 2,
    itemsPath: 'items',
    fields: {
      title: 'title',
      link: { selector: 'id', template: 'https://epingalert.org/en/notifications/{}' },
      date: 'distributionDate',
      docNumber: 'documentSymbol',
      agency: 'notifyingMember',
      effectiveDate: 'proposedEntryIntoForceDate',
      body: 'description',
    },
  },
  detail: { fromList: true, hashAttachments: false },
});
