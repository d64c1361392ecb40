/**
 * Replica of the Federal Register API (www.federalregister.gov/api/v1/documents.json).
 * The handler really filters a fixture set of documents by the query:
 * `conditions[agencies][]` (slugs), `conditions[publication_date][gte|lte]`,
 * `order=newest`, `per_page` (≤ 1000) and `page`, and answers like the real
 * API: {count, total_pages, next_page_url, results[]} with only the
 * requested `fields[]`. Beyond the last page `results` is absent. A query
 * matching more than 2,000 documents is cut at 2,000, as the real API does
 * (why the source splits its queries into date windows).
 * Each document's full text is served at its `body_html_url` (HTML body) and
 * `raw_text_url` (plain text), as the real site does; one document has no
 * HTML body (body_html_url null), so only its plain text can be read.
 * week2: two new documents, one abstract corrected (its full text's SUMMARY
 * with it), one full text corrected with the abstract unchanged.
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite } from '../helpers/replica-server.ts';

export const REAL = 'https://www.federalregister.gov';

interface Agency {
  raw_name: string;
  name: string;
  slug: string;
}

const A: Record<string, Agency> = {
  ustr: {
    raw_name: 'TRADE REPRESENTATIVE, OFFICE OF UNITED STATES',
    name: 'Trade Representative, Office of United States',
    slug: 'office-of-the-united-states-trade-representative',
  },
  doc: { raw_name: 'DEPARTMENT OF COMMERCE', name: 'Commerce Department', slug: 'commerce-department' },
  ita: { raw_name: 'International Trade Administration', name: 'International Trade Administration', slug: 'international-trade-administration' },
  bis: { raw_name: 'Bureau of Industry and Security', name: 'Industry and Security Bureau', slug: 'industry-and-security-bureau' },
  dhs: { raw_name: 'DEPARTMENT OF HOMELAND SECURITY', name: 'Homeland Security Department', slug: 'homeland-security-department' },
  cbp: { raw_name: 'U.S. Customs and Border Protection', name: 'U.S. Customs and Border Protection', slug: 'u-s-customs-and-border-protection' },
  epa: { raw_name: 'ENVIRONMENTAL PROTECTION AGENCY', name: 'Environmental Protection Agency', slug: 'environmental-protection-agency' },
};

export interface FrDoc {
  document_number: string;
  title: string;
  type: 'Rule' | 'Proposed Rule' | 'Notice' | 'Presidential Document';
  abstract: string | null;
  publication_date: string;
  effective_on: string | null;
  agencies: Agency[];
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 90)
    .replace(/-$/, '');
}

export function htmlUrl(d: FrDoc): string {
  const [y, m, dd] = d.publication_date.split('-');
  return `${REAL}/documents/${y}/${m}/${dd}/${d.document_number}/${slug(d.title)}`;
}

export function pdfUrl(d: FrDoc): string {
  return `https://www.govinfo.gov/content/pkg/FR-${d.publication_date}/pdf/${d.document_number}.pdf`;
}

const hand: FrDoc[] = [
  {
    document_number: '2024-21217',
    title: 'Notice of Action: Four-Year Review of Section 301 Actions on China: Modifications',
    type: 'Notice',
    abstract:
      'The U.S. Trade Representative has determined to modify the Section 301 actions in the investigation of the acts, policies, and practices of China related to technology transfer. Tariffs increase to 100 percent on electric vehicles (HTS 8703), to 50 percent on solar cells (HTS 8541) and semiconductors, and to 25 percent on lithium-ion non-EV batteries (HTS 8507) and certain steel and aluminum products.',
    publication_date: '2024-10-18',
    effective_on: '2024-10-18',
    agencies: [A.ustr],
  },
  {
    document_number: '2024-21540',
    title: 'Solar Energy Industries Petition: Notice of Request for Comments on Exclusions of Certain Solar Manufacturing Equipment',
    type: 'Notice',
    abstract:
      'USTR invites comments on requests to exclude certain machinery used in domestic manufacturing of solar wafers and cells from the Section 301 tariffs on products of China.',
    publication_date: '2024-10-21',
    effective_on: null,
    agencies: [A.ustr],
  },
  {
    document_number: '2024-24012',
    title: "Notice of Product Exclusion Extensions: China's Acts, Policies, and Practices Related to Technology Transfer",
    type: 'Notice',
    abstract:
      'The U.S. Trade Representative has decided to extend 164 product exclusions from the Section 301 tariffs on products of China until May 31, 2025, including certain medical equipment and solar manufacturing equipment.',
    publication_date: '2024-10-25',
    effective_on: '2024-11-01',
    agencies: [A.ustr],
  },
  {
    document_number: '2024-24510',
    title: 'Addition of Entities to the Entity List',
    type: 'Rule',
    abstract:
      'The Bureau of Industry and Security amends the Export Administration Regulations by adding 26 entities under 29 entries to the Entity List, in China, the United Arab Emirates and Singapore, for diverting U.S.-origin items to military end users.',
    publication_date: '2024-10-29',
    effective_on: '2024-10-29',
    agencies: [A.doc, A.bis],
  },
  {
    document_number: '2024-28270',
    title: 'Foreign Direct Product Rules; Advanced Computing and Semiconductor Manufacturing Items: Revisions',
    type: 'Rule',
    abstract:
      'BIS revises the Export Administration Regulations controls on semiconductor manufacturing equipment and high-bandwidth memory, adds new foreign direct product rules, and adds 140 entities to the Entity List.',
    publication_date: '2024-12-05',
    effective_on: '2024-12-02',
    agencies: [A.doc, A.bis],
  },
  {
    document_number: '2024-29071',
    title: 'Automation of CBP Form I-418 for Vessels; Trade Facilitation Through the Automated Commercial Environment',
    type: 'Rule',
    abstract:
      'CBP amends its regulations to allow electronic filing of vessel crew documents through the Automated Commercial Environment (ACE), the U.S. single window for trade.',
    publication_date: '2024-12-10',
    effective_on: '2025-01-09',
    agencies: [A.dhs, A.cbp],
  },
  {
    document_number: '2024-30012',
    title: "Initiation of Section 301 Investigation: China's Acts, Policies, and Practices Related to Targeting of the Semiconductor Industry for Dominance",
    type: 'Notice',
    abstract:
      'USTR is initiating an investigation into acts, policies and practices of China targeting the semiconductor industry, including legacy chips, and requests written comments and holds a public hearing.',
    publication_date: '2024-12-27',
    effective_on: null,
    agencies: [A.ustr],
  },
  {
    document_number: '2024-30533',
    title: 'Trade Partnership Program Audits; Customs Trade Partnership Against Terrorism Trusted Trader',
    type: 'Notice',
    abstract: null,
    publication_date: '2024-12-30',
    effective_on: null,
    agencies: [A.dhs, A.cbp],
  },
  {
    document_number: '2025-00512',
    title: 'Modifications to De Minimis Entry Procedures for Low-Value Shipments',
    type: 'Proposed Rule',
    abstract:
      'CBP proposes to require additional data elements for low-value shipments entered under the de minimis exemption, and to exclude from the exemption goods subject to Section 301, 232 or 201 trade remedies. Comments are due by March 17, 2025.',
    publication_date: '2025-01-14',
    effective_on: null,
    agencies: [A.dhs, A.cbp],
  },
  {
    document_number: '2025-00731',
    title: 'Implementation of Additional Due Diligence Measures for Advanced Computing Integrated Circuits',
    type: 'Rule',
    abstract:
      'BIS revises license exception requirements for advanced integrated circuits and requires foundries to verify end users before exporting items to China and other destinations of concern.',
    publication_date: '2025-01-16',
    effective_on: '2025-01-16',
    agencies: [A.doc, A.bis],
  },
  {
    document_number: '2025-00890',
    title: "Certain Aluminum Extrusions From the People's Republic of China: Continuation of Antidumping and Countervailing Duty Orders",
    type: 'Notice',
    abstract:
      'As a result of the determinations by Commerce and the International Trade Commission that revocation would be likely to lead to continuation or recurrence of dumping, subsidies and material injury, Commerce is publishing a notice of continuation of the orders.',
    publication_date: '2025-01-17',
    effective_on: '2025-01-17',
    agencies: [A.doc, A.ita],
  },
  // other agencies and dates: must be filtered out
  {
    document_number: '2024-26001',
    title: 'Air Plan Approval; Texas; Regional Haze',
    type: 'Rule',
    abstract: 'EPA approves a revision to the Texas state implementation plan.',
    publication_date: '2024-11-12',
    effective_on: '2024-12-12',
    agencies: [A.epa],
  },
  {
    document_number: '2024-19001',
    title: 'Steel Wire Garment Hangers From China: Final Results of Expedited Sunset Review',
    type: 'Notice',
    abstract: 'Commerce finds that revocation of the order would be likely to lead to continuation of dumping.',
    publication_date: '2024-08-20',
    effective_on: '2024-08-20',
    agencies: [A.doc, A.ita],
  },
];

/** ITA's routine AD/CVD notices: formulaic, many per month (why paging matters). */
const products: [string, string, string][] = [
  ['Crystalline Silicon Photovoltaic Cells, Whether or Not Assembled Into Modules', "the People's Republic of China", 'A-570-979'],
  ['Certain Steel Nails', 'the Socialist Republic of Vietnam', 'A-552-818'],
  ['Hot-Rolled Steel Flat Products', 'Japan', 'A-588-874'],
  ['Corrosion-Resistant Steel Products', 'Taiwan', 'A-583-856'],
  ['Polyester Staple Fiber', "the People's Republic of China", 'A-570-905'],
  ['Narrow Woven Ribbons With Woven Selvedge', 'Taiwan', 'A-583-844'],
  ['Light-Walled Rectangular Pipe and Tube', 'Mexico', 'A-201-836'],
  ['Chlorinated Isocyanurates', 'Japan', 'A-588-878'],
  ['Utility Scale Wind Towers', 'Indonesia', 'A-560-833'],
  ['Aluminum Wire and Cable', 'the Republic of Korea', 'A-580-911'],
  ['Stainless Steel Sheet and Strip in Coils', 'Germany', 'A-428-825'],
];
const kinds = [
  [
    'Final Results of Antidumping Duty Administrative Review; 2022-2023',
    'Commerce determines that producers and exporters sold subject merchandise at less than normal value during the period of review. Weighted-average dumping margins range from 0.00 to {m} percent.',
  ],
  [
    'Preliminary Results of Antidumping Duty Administrative Review and Partial Rescission; 2023-2024',
    'Commerce preliminarily determines that sales of subject merchandise were made at less than normal value, with a preliminary margin of {m} percent. Interested parties are invited to comment.',
  ],
] as const;

function generated(): FrDoc[] {
  const out: FrDoc[] = [];
  for (let i = 0; i < 22; i++) {
    const [p, c, caseNo] = products[i % products.length];
    const [k, abs] = kinds[i % 2];
    const day = 1 + ((i * 7) % 28);
    out.push({
      document_number: `2024-2${String(5100 + i * 37).padStart(4, '0')}`,
      title: `${p} From ${c}: ${k}`,
      type: 'Notice',
      abstract: `${abs.replace('{m}', (3.1 + i * 1.7).toFixed(2))} Case number ${caseNo}.`,
      publication_date: `2024-11-${String(day).padStart(2, '0')}`,
      effective_on: i % 2 === 0 ? `2024-11-${String(day).padStart(2, '0')}` : null,
      agencies: [A.doc, A.ita],
    });
  }
  return out;
}

export const week1: FrDoc[] = [...hand, ...generated()];

export const week2Added: FrDoc[] = [
  {
    document_number: '2025-01120',
    title: 'Request for Comments on the 2025 Special 301 Review and National Trade Estimate Report',
    type: 'Notice',
    abstract:
      'USTR requests written comments identifying significant foreign barriers to U.S. exports of goods and services, including tariffs, export subsidies and import licensing, for the 2025 National Trade Estimate Report.',
    publication_date: '2025-01-22',
    effective_on: null,
    agencies: [A.ustr],
  },
  {
    document_number: '2025-01305',
    title: 'Revisions to the Export Administration Regulations: Rare Earth Magnet Technology',
    type: 'Rule',
    abstract:
      'BIS adds export controls on technology for the production of rare earth permanent magnets and related production equipment to the Commerce Control List.',
    publication_date: '2025-01-24',
    effective_on: '2025-01-24',
    agencies: [A.doc, A.bis],
  },
];

/** week2 corrects one abstract (comment deadline moved). */
export const week2Edited: Record<string, string> = {
  '2025-00512':
    'CBP proposes to require additional data elements for low-value shipments entered under the de minimis exemption, and to exclude from the exemption goods subject to Section 301, 232 or 201 trade remedies. Comments are due by March 31, 2025.',
};

export function docsFor(state: string): FrDoc[] {
  if (state !== 'week2') return week1;
  return [...week2Added, ...week1.map((d) => (week2Edited[d.document_number] ? { ...d, abstract: week2Edited[d.document_number] } : d))];
}

/** week2 corrects one document's full text; its abstract stays as it was. */
export const week2FullTextEdited: Record<string, string> = {
  '2025-00731': 'Correction: in the list of destinations of concern, the second entry is corrected to read Macau.',
};

/** Documents the API gives no HTML body for (body_html_url null): only the plain text. */
export const TEXT_ONLY = new Set(['2024-30533']);

const fullTextPath = (d: FrDoc, kind: 'html' | 'text') =>
  `/documents/full_text/${kind}/${d.publication_date.replace(/-/g, '/')}/${d.document_number}.${kind === 'html' ? 'html' : 'txt'}`;

/** The paragraphs of a document's full text, in the Federal Register's order (AGENCY, ACTION, SUMMARY, …). */
export function fullTextParas(d: FrDoc, state: string): string[] {
  const names = d.agencies.map((a) => a.raw_name).join('; ');
  return [
    `AGENCY: ${names}.`,
    `ACTION: ${d.type}.`,
    ...(d.abstract ? [`SUMMARY: ${d.abstract}`] : []),
    `DATES: ${d.effective_on ? `This document is effective ${d.effective_on}.` : 'Published for public information.'}`,
    'SUPPLEMENTARY INFORMATION:',
    `Full text of document ${d.document_number}, ${d.title}, as published in the Federal Register on ${d.publication_date}.`,
    ...(state === 'week2' && week2FullTextEdited[d.document_number] ? [week2FullTextEdited[d.document_number]] : []),
    `[FR Doc. ${d.document_number} Filed ${d.publication_date}; 8:45 am]`,
  ];
}

function record(d: FrDoc): Record<string, unknown> {
  return {
    ...d,
    html_url: htmlUrl(d),
    pdf_url: pdfUrl(d),
    body_html_url: TEXT_ONLY.has(d.document_number) ? null : REAL + fullTextPath(d, 'html'),
    raw_text_url: REAL + fullTextPath(d, 'text'),
  };
}

const escHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** GET of a body_html_url / raw_text_url: the document's full text, or undefined for another path. */
function handleFullText(req: ReplicaRequest, state: string, shiftDays: number): ReplicaResponse | undefined {
  const m = /^\/documents\/full_text\/(html|text)\/\d{4}\/\d{2}\/\d{2}\/([\d-]+)\.(?:html|txt)$/.exec(req.path);
  if (!m) return undefined;
  const d = docsFor(state)
    .map((x) => shiftDoc(x, shiftDays))
    .find((x) => x.document_number === m[2] && req.path === fullTextPath(x, m[1] as 'html' | 'text'));
  if (!d || (m[1] === 'html' && TEXT_ONLY.has(d.document_number))) return { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Not Found</h1>' };
  const ps = fullTextParas(d, state);
  if (m[1] === 'text') return { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: ps.join('\n\n') };
  return {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<html><head><title>${escHtml(d.title)}</title></head><body><div class="document-body">\n${ps.map((p) => `<p>${escHtml(p)}</p>`).join('\n')}\n</div></body></html>`,
  };
}

const DAY_MS = 86_400_000;
/** The fixture's "today" (the week2 crawl date the tests use). */
export const FIXTURE_TODAY = '2025-01-27';

function shiftDate(d: string | null, days: number): string | null {
  if (!d || !days) return d;
  return new Date(Date.parse(`${d}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function shiftDoc(d: FrDoc, days: number): FrDoc {
  return days ? { ...d, publication_date: shiftDate(d.publication_date, days)!, effective_on: shiftDate(d.effective_on, days) } : d;
}

/**
 * `shiftDays` moves every document date (and the query's date window back the
 * other way), so a replica can be dated relative to the real today: the demo
 * crawls with the real clock, the tests with a fixed one.
 */
export function handleDocuments(req: ReplicaRequest, state: string, shiftDays = 0): ReplicaResponse {
  const q = req.query;
  const bad = (msg: string): ReplicaResponse => ({
    status: 400,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ errors: { request: msg } }),
  });
  const perPage = Number(q.get('per_page') ?? 20);
  const page = Number(q.get('page') ?? 1);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 1000) return bad('per_page must be between 1 and 1000');
  if (!Number.isInteger(page) || page < 1) return bad('page must be a positive integer');
  const agencies = q.getAll('conditions[agencies][]');
  const gte = q.get('conditions[publication_date][gte]');
  const lte = q.get('conditions[publication_date][lte]');
  for (const d of [gte, lte]) if (d && !/^\d{4}-\d{2}-\d{2}$/.test(d)) return bad(`invalid date ${d}`);
  let docs = docsFor(state)
    .map((d) => shiftDoc(d, shiftDays))
    .filter(
      (d) =>
        (!agencies.length || d.agencies.some((a) => agencies.includes(a.slug))) && (!gte || d.publication_date >= gte) && (!lte || d.publication_date <= lte),
    );
  const order = q.get('order') ?? 'relevance';
  if (order === 'newest')
    docs = [...docs].sort((a, b) =>
      a.publication_date < b.publication_date ? 1 : a.publication_date > b.publication_date ? -1 : a.document_number < b.document_number ? 1 : -1,
    );
  if (order === 'oldest') docs = [...docs].sort((a, b) => (a.publication_date < b.publication_date ? -1 : 1));
  const count = docs.length;
  const capped = docs.slice(0, 2000);
  const totalPages = Math.ceil(capped.length / perPage);
  const slice = capped.slice((page - 1) * perPage, page * perPage);
  const fields = q.getAll('fields[]');
  const results = slice.map((d) => {
    const r = record(d);
    return fields.length ? Object.fromEntries(fields.filter((f) => f in r).map((f) => [f, r[f]])) : r;
  });
  const body: Record<string, unknown> = { count, description: 'Documents matching your query', total_pages: totalPages };
  if (page < totalPages) {
    const next = new URLSearchParams(q);
    next.set('page', String(page + 1));
    body.next_page_url = `${REAL}/api/v1/documents.json?${next.toString()}`;
  }
  if (slice.length) body.results = results;
  return { headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

/** The replica; with `today`, documents are dated as if FIXTURE_TODAY were that day. */
export function federalRegisterSite(opts: { today?: Date } = {}): ReplicaSite {
  const shift = opts.today ? Math.round((Date.parse(opts.today.toISOString().slice(0, 10)) - Date.parse(FIXTURE_TODAY)) / DAY_MS) : 0;
  return {
    id: 'us-federal-register',
    states: { week1: {}, week2: {} },
    handle: (req, state) => (req.path === '/api/v1/documents.json' ? handleDocuments(req, state, shift) : handleFullText(req, state, shift)),
  };
}

export const site: ReplicaSite = federalRegisterSite();
