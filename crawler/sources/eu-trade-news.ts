/**
 * EU Directorate-General for Trade news (policy.trade.ec.europa.eu/news_en).
 * Known (SITES.md): RSS feed `…/node/2/rss_en`; news slugs end
 * `-YYYY-MM-DD_en`. Assumed: the page markup follows the Europa Component
 * Library (`.ecl-page-header__title`, body `article .ecl`, `time[datetime]`);
 * when the body selector misses, the source health check raises an alarm.
 */
import { defineSource } from '../source.ts';

export default defineSource({
  id: 'eu-trade-news',
  name: 'EU DG Trade news',
  nameEn: 'EU DG Trade news',
  agency: 'European Commission, DG Trade',
  agencyEn: 'European Commission, Directorate-General for Trade',
  country: 'EU',
  language: 'en',
  baseUrl: 'https://policy.trade.ec.europa.eu',
  schedule: { intervalMinutes: 360 },
  politeness: { delayMs: 2000, concurrency: 1 },
  list: {
    kind: 'rss',
    url: '/node/2/rss_en',
    pagination: { type: 'none' },
    linkPattern: '-\\d{4}-\\d{2}-\\d{2}_en$',
  },
  detail: {
    title: ['h1.ecl-page-header__title', 'h1'],
    body: ['article .ecl', 'main .ecl'],
    date: '.ecl-page-header time@datetime',
  },
});
