/**
 * US Customs and Border Protection, Cargo Systems Messaging Service (CSMS):
 * the trade community's notices on ACE, duties (Section 301/232, AD/CVD),
 * entry guidance and outages, published as GovDelivery bulletins of the
 * account USDHSCBP.
 * Known: only that CSMS messages are GovDelivery bulletins titled
 * "CSMS # <number> - <subject>" (SITES.md does not cover CBP).
 * Assumed: the account's bulletin feed `/accounts/USDHSCBP/bulletins.rss`
 * (RSS 2.0, newest first, `pubDate`); bulletin pages
 * `/accounts/USDHSCBP/bulletins/<hex id>` with the text in
 * `.bulletin_body`; the CSMS number as document number.
 */
import { defineSource } from '../source.ts';

export default defineSource({
  id: 'us-cbp-csms',
  name: 'US CBP CSMS messages',
  nameEn: 'US CBP Cargo Systems Messaging Service',
  agency: 'U.S. Customs and Border Protection',
  agencyEn: 'U.S. Customs and Border Protection',
  country: 'US',
  language: 'en',
  baseUrl: 'https://content.govdelivery.com',
  schedule: { intervalMinutes: 360 },
  politeness: { delayMs: 2000, concurrency: 1 },
  list: {
    kind: 'rss',
    url: '/accounts/USDHSCBP/bulletins.rss',
    pagination: { type: 'none' },
    linkPattern: '/accounts/USDHSCBP/bulletins/[0-9a-f]+$',
  },
  detail: {
    title: ['h1.bulletin_subject', 'h1'],
    body: '.bulletin_body',
    remove: ['script', 'style', '.gd_footer'],
    docNumber: { selector: 'h1', pattern: '(CSMS\\s*#\\s*\\d{7,9})' },
    attachments: '.bulletin_body a[href$=".pdf"]',
  },
});
