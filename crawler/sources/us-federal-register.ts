/**
 * US Federal Register API (www.federalregister.gov/api/v1/documents.json, no key).
 * Known (SITES.md): `conditions[agencies][]` (slugs),
 * `conditions[publication_date][gte|lte]`, `per_page` ≤ 1000, `order`; at most
 * 2,000 results per query, so queries are split into date windows. Fields
 * `document_number, title, type, abstract, publication_date, effective_on,
 * agencies, html_url, pdf_url`.
 * The list hook builds one query per calendar month from the last success
 * (minus a week of overlap for late corrections) or a default look-back;
 * each window is paged by following the answer's `next_page_url` (absent on
 * the last page). Detail comes from the API record (fromList) plus the full
 * text, asked for in `fields[]` as `body_html_url` (the document's body as
 * HTML; `raw_text_url`, plain text, when it is missing) and fetched per
 * document: researchers cite the text, not the abstract, which is kept as
 * the summary. A changed full text (a correction) is a new version; one
 * answering 304 or the same bytes is not fetched into a new version.
 * `pdf_url` (govinfo.gov) is the attachment. The html_url page is a large
 * app page and is not read.
 */
import { defineSource, type ListUrlContext } from '../source.ts';

/** FR agency slugs relevant to exporters */
export const FR_AGENCIES = [
  'office-of-the-united-states-trade-representative',
  'international-trade-administration',
  'u-s-customs-and-border-protection',
  'industry-and-security-bureau',
];
export const FR_FIELDS = [
  'document_number',
  'title',
  'type',
  'abstract',
  'publication_date',
  'effective_on',
  'agencies',
  'html_url',
  'pdf_url',
  'body_html_url',
  'raw_text_url',
];
/** first run: how far back to look */
export const FR_LOOKBACK_DAYS = 90;
/** later runs: re-read this much before the last success (late publication, corrections) */
export const FR_OVERLAP_DAYS = 7;
export const FR_PER_PAGE = 20;

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Calendar-month windows [gte, lte] covering from..to (inclusive, UTC dates), newest first. */
export function monthlyWindows(from: Date, to: Date): [string, string][] {
  const out: [string, string][] = [];
  if (from > to) return out;
  let start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  const end = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate()));
  while (start <= end) {
    const monthEnd = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
    const stop = monthEnd < end ? monthEnd : end;
    out.push([iso(start), iso(stop)]);
    start = new Date(stop.getTime() + DAY);
  }
  return out.reverse();
}

/** One documents.json query per window (relative to the base URL). */
export function federalRegisterUrls(ctx: Pick<ListUrlContext, 'now' | 'lastSuccessAt'>): string[] {
  const from = ctx.lastSuccessAt ? new Date(ctx.lastSuccessAt.getTime() - FR_OVERLAP_DAYS * DAY) : new Date(ctx.now.getTime() - FR_LOOKBACK_DAYS * DAY);
  return monthlyWindows(from, ctx.now).map(([gte, lte]) => {
    const q = new URLSearchParams();
    for (const a of FR_AGENCIES) q.append('conditions[agencies][]', a);
    q.set('conditions[publication_date][gte]', gte);
    q.set('conditions[publication_date][lte]', lte);
    for (const f of FR_FIELDS) q.append('fields[]', f);
    q.set('per_page', String(FR_PER_PAGE));
    q.set('order', 'newest');
    return `/api/v1/documents.json?${q.toString()}`;
  });
}

export default defineSource({
  id: 'us-federal-register',
  name: 'US Federal Register — trade agencies',
  nameEn: 'US Federal Register — USTR, ITA, CBP, BIS',
  agency: 'Federal Register',
  agencyEn: 'Office of the Federal Register',
  country: 'US',
  language: 'en',
  baseUrl: 'https://www.federalregister.gov',
  // published once per business day
  schedule: { intervalMinutes: 720 },
  politeness: { delayMs: 1000, concurrency: 1 },
  list: {
    kind: 'json',
    url: '/api/v1/documents.json',
    urls: federalRegisterUrls,
    // each answer names the next page (absent on the last): no request for an empty page
    pagination: { type: 'next', path: 'next_page_url' },
    // 2,000 results cap / 20 per page
    maxPages: 100,
    itemsPath: 'results',
    fields: {
      title: 'title',
      link: 'html_url',
      date: 'publication_date',
      docNumber: 'document_number',
      agency: 'agencies',
      effectiveDate: 'effective_on',
      body: 'abstract',
      // the full text (HTML body, else plain text): the notice's text; the abstract becomes its summary
      fullText: ['body_html_url', 'raw_text_url'],
      // the official PDF (govinfo.gov) as the notice's attachment
      attachments: 'pdf_url',
    },
    headers: { Accept: 'application/json' },
  },
  // published FR documents never change (corrections are new documents): no PDF download to hash
  detail: { fromList: true, hashAttachments: false },
});
