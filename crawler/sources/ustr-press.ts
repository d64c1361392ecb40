/**
 * USTR press releases (ustr.gov/about-us/policy-offices/press-office/press-releases).
 * Known (SITES.md): Drupal; items `.view-content .views-row`, title
 * `.views-field-title a`, date `time[datetime]`, body `.field--name-body`.
 * Assumed: the standard Drupal views pager `?page=N` (0-based); title `h1`.
 */
import { defineSource } from '../source.ts';

export default defineSource({
  id: 'ustr-press',
  name: 'USTR press releases',
  nameEn: 'USTR press releases',
  agency: 'Office of the United States Trade Representative',
  agencyEn: 'Office of the United States Trade Representative',
  country: 'US',
  language: 'en',
  baseUrl: 'https://ustr.gov',
  schedule: { intervalMinutes: 360 },
  politeness: { delayMs: 2000, concurrency: 1 },
  list: {
    kind: 'html',
    url: '/about-us/policy-offices/press-office/press-releases',
    pagination: { type: 'param', param: 'page', start: 0 },
    maxPages: 3,
    item: '.view-content .views-row',
    fields: { title: '.views-field-title a', link: '.views-field-title a@href', date: 'time@datetime' },
  },
  detail: {
    title: ['h1.page-title', 'h1'],
    body: '.field--name-body',
    date: 'time@datetime',
  },
});
