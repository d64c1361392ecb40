/**
 * Replica builder for GOV.UK (the publishing platform behind www.gov.uk, not
 * Drupal but with the same role): content pages in the GOV.UK Design System
 * markup (`h1.gem-c-title__text`, `.gem-c-metadata` "From:" organisation and
 * "Published" date, body `.govuk-govspeak`, attachments
 * `section.gem-c-attachment a.govuk-link`, `meta[name="govuk:first-published-at"]`),
 * the search API `/api/search.json` (unknown parameters → 422, as the real
 * one answers) and organisation Atom feeds.
 */
import type { ReplicaFile, ReplicaResponse, ReplicaSite } from '../helpers/replica-server.ts';
import { esc, evolve, type FixtureNotice, paras, type WeekChanges, type WeekState, weeklyStates } from './kit.ts';

export const GOVUK = 'https://www.gov.uk';

export interface GovukNotice extends FixtureNotice {
  /** document type shown above the title: Notice, Guidance, Press release … */
  kind: string;
  summary: string;
}

export interface GovukOptions {
  id: string;
  /** organisation slug and name, e.g. trade-remedies-authority */
  orgSlug: string;
  orgName: string;
  /** serve the search API (filter_organisations=orgSlug) */
  search?: boolean;
  /** serve the organisation's Atom feed */
  atom?: boolean;
}

/** 2024-06-05 -> 5 June 2024 */
export function ukDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}`;
}

const stamp = (iso: string) => `${iso}T09:30:00+01:00`;

function page(o: GovukOptions, n: GovukNotice): string {
  const atts = (n.attachments ?? [])
    .map(
      (a) => `  <section class="gem-c-attachment govuk-!-display-none-print">
    <div class="gem-c-attachment__thumbnail"><svg class="gem-c-attachment__thumbnail-image" aria-hidden="true"></svg></div>
    <div class="gem-c-attachment__details"><h3 class="gem-c-attachment__title"><a class="govuk-link gem-c-attachment__link" href="${a.path}">${esc(a.name.replace(/\.\w+$/, ''))}</a></h3>
    <p class="gem-c-attachment__metadata"><abbr title="Portable Document Format" class="gem-c-attachment__abbr">PDF</abbr>, 245 KB, 12 pages</p></div>
  </section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head><meta charset="utf-8"><title>${esc(n.title)} - GOV.UK</title>
<meta name="govuk:format" content="${esc(n.kind.toLowerCase().replace(/ /g, '_'))}">
<meta name="govuk:first-published-at" content="${stamp(n.date)}">
<meta name="govuk:primary-publishing-organisation" content="${esc(n.agency ?? o.orgName)}">
<meta name="description" content="${esc(n.summary)}"></head>
<body class="govuk-template__body">
<a href="#content" class="govuk-skip-link">Skip to main content</a>
<div class="gem-c-cookie-banner govuk-clearfix" data-nosnippet><p>Cookies on GOV.UK</p></div>
<header class="govuk-header" role="banner"><div class="govuk-header__container govuk-width-container"><a href="/" class="govuk-header__link govuk-header__link--homepage">GOV.UK</a></div></header>
<div class="govuk-width-container">
  <nav class="govuk-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/business-and-industry">Business and industry</a></li></ol></nav>
  <main class="govuk-main-wrapper" id="content" role="main" lang="en">
    <div class="gem-c-title"><span class="govuk-caption-xl gem-c-title__context">${esc(n.kind)}</span><h1 class="gem-c-title__text govuk-heading-l">${esc(n.title)}</h1></div>
    <p class="gem-c-lead-paragraph">${esc(n.summary)}</p>
    <div class="gem-c-metadata" data-module="metadata"><dl>
      <dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/${o.orgSlug}" class="govuk-link">${esc(n.agency ?? o.orgName)}</a></dd>
      <dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">${ukDate(n.date)}</dd>
    </dl></div>
${atts}
    <div class="govuk-govspeak direction-ltr gem-c-govspeak">
${paras(n.paras)}
    </div>
    <div class="gem-c-print-link"><button class="govuk-link">Print this page</button></div>
  </main>
</div>
<footer class="govuk-footer"><p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p></footer>
</body></html>`;
}

const SEARCH_PARAMS = new Set(['q', 'count', 'start', 'order', 'filter_organisations', 'fields', 'filter_format']);

function search(o: GovukOptions, notices: GovukNotice[], q: URLSearchParams): ReplicaResponse {
  const json = (status: number, body: unknown): ReplicaResponse => ({
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  });
  const bad = [...q.keys()].filter((k) => !SEARCH_PARAMS.has(k));
  if (bad.length) return json(422, { error: `Unknown parameter: ${bad[0]}` });
  const mine = q.get('filter_organisations') === o.orgSlug ? notices : [];
  const start = Number(q.get('start') ?? 0);
  const count = Number(q.get('count') ?? 10);
  const results = mine.slice(start, start + count).map((n) => ({
    title: n.title,
    link: n.path,
    description: n.summary,
    display_type: n.kind,
    format: n.kind.toLowerCase().replace(/ /g, '_'),
    public_timestamp: `${n.date}T09:30:00.000+01:00`,
    organisations: [{ title: n.agency ?? o.orgName, slug: o.orgSlug, acronym: null }],
  }));
  return json(200, { results, total: mine.length, start, facets: {}, suggested_queries: [] });
}

function atom(o: GovukOptions, notices: GovukNotice[]): string {
  const entries = notices
    .map(
      (n) => `  <entry>
    <id>${GOVUK}${n.path}#${stamp(n.date)}</id>
    <updated>${stamp(n.date)}</updated>
    <link rel="alternate" type="text/html" href="${GOVUK}${n.path}"/>
    <title>${esc(n.title)}</title>
    <summary type="html">${esc(`<p>${esc(n.kind)}: ${esc(n.summary)}</p>`)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>${GOVUK}/government/organisations/${o.orgSlug}</id>
  <link rel="alternate" type="text/html" href="${GOVUK}/government/organisations/${o.orgSlug}"/>
  <link rel="self" type="application/atom+xml" href="${GOVUK}/government/organisations/${o.orgSlug}.atom"/>
  <title>${esc(o.orgName)} - Activity on GOV.UK</title>
  <updated>${notices[0] ? stamp(notices[0].date) : '2024-01-01T00:00:00+00:00'}</updated>
  <author><name>HM Government</name></author>
${entries}
</feed>`;
}

export function govukSite(o: GovukOptions, week1: GovukNotice[], changes: WeekChanges): ReplicaSite {
  const render = (notices: FixtureNotice[], _state: WeekState): Record<string, ReplicaFile> => {
    const list = notices as GovukNotice[];
    const files: Record<string, ReplicaFile> = {};
    if (o.atom) files[`/government/organisations/${o.orgSlug}.atom`] = atom(o, list);
    for (const n of list) files[n.path] = page(o, n);
    return files;
  };
  return {
    id: o.id,
    states: weeklyStates(week1, changes, render),
    handle: o.search
      ? (req, state) =>
          req.path === '/api/search.json' ? search(o, (state === 'week2' ? evolve(week1, changes) : week1) as GovukNotice[], req.query) : undefined
      : undefined,
  };
}
