import { type RouteConfig, z } from '@hono/zod-openapi';
import { badParam } from '../http.ts';

/**
 * The query and path parameters of every API route as zod schemas: the router
 * validates requests with them and the OpenAPI document (openapi.ts) is generated
 * from them, so the two cannot drift. Values arrive as Hono gives them: a string,
 * or an array when the parameter is repeated. Blank values (empty form fields)
 * count as absent, as in params.ts, which then turns the checked values into a
 * SearchQuery (cursor, from ≤ to, region expansion).
 */

const got = (v: unknown) => `got "${String(v).slice(0, 40)}"`;
const blank = (v: string) => v.trim() === '';
/** Hono gives a repeated parameter as an array */
const moreThanOnce = (iss: { input?: unknown }) => (Array.isArray(iss.input) ? 'given more than once' : undefined);

/** a single-valued parameter checked by `ok` (blank passes); `fail` says what was expected */
function single(description: string, ok: (v: string) => boolean, fail: string, doc: Record<string, unknown> = { type: 'string' }) {
  return z
    .string({ error: moreThanOnce })
    .superRefine((v, c) => {
      if (!blank(v) && !ok(v.trim())) c.addIssue({ code: 'custom', message: `${fail}, ${got(v)}` });
    })
    .optional()
    .openapi({ description, ...doc });
}

const text = (description: string, max = 500) => single(description, (v) => v.length <= max, `at most ${max} characters`);

/** a parameter that may be repeated or comma-separated */
const list = (description: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .openapi({
      description: `${description} Repeat the parameter or separate values with commas.`,
      type: 'array',
      items: { type: 'string' },
      param: { style: 'form', explode: true },
    });

const int = (description: string, minimum: number, maximum?: number) =>
  single(
    description,
    (v) => /^\d{1,15}$/.test(v) && Number(v) >= minimum && (maximum === undefined || Number(v) <= maximum),
    maximum === undefined ? `expected a whole number ≥ ${minimum}` : `expected a whole number ${minimum}..${maximum}`,
    { type: 'integer', minimum, ...(maximum === undefined ? {} : { maximum }) },
  );

const BOOLEANS = ['1', 'true', 'yes', 'on', '0', 'false', 'no', 'off'];
const bool = (description: string) => single(description, (v) => BOOLEANS.includes(v), 'expected true or false', { type: 'boolean' });

const oneOf = (values: readonly string[], description: string) =>
  single(description, (v) => values.includes(v), `expected ${values.join(', ')}`, { type: 'string', enum: [...values] });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (description: string) => single(description, (v) => DATE.test(v), 'expected a date like 2024-01-31', { type: 'string', format: 'date' });

export const filterQuery = {
  q: text(
    'Archive query syntax: words, "phrases", OR between alternatives, -word or -"phrase" to exclude. Chinese text is segmented, so 关税 finds notices containing it. At most 500 characters.',
  ),
  source: list('Source ids.'),
  agency: text('Exact issuing agency.', 200),
  topic: list('Topic ids.'),
  hs: list('HS code prefixes (2–10 digits, dots ignored): 85 matches 8501 and 850110.'),
  region: list('Region ids; a bloc also matches its members when the taxonomy knows them.'),
  language: text('Language of the notice, e.g. zh or en.', 20),
  from: date('Published on or after (YYYY-MM-DD).'),
  to: date('Published on or before (YYYY-MM-DD).'),
  changedSince: text('First seen or changed at or after this date or date-time.', 40),
  status: oneOf(['active', 'removed', 'all'], 'active (still online), removed, or all (default).'),
};

const SORTS = ['relevance', 'date', 'changed'] as const;

export const pageQuery = {
  sort: oneOf(SORTS, 'relevance (default with q), date (default without q) or changed.'),
  limit: int('Results per page, 1–100 (default 20).', 1, 100),
  page: int('Page number from 1. Not together with cursor.', 1, 100_000),
  cursor: text('Opaque cursor from nextCursor/prevCursor of the same query.', 200),
  facets: bool('Include facet counts (source, topic, region, year) of the whole result.'),
};

export const profileQuery = {
  'profile.hs': list('With for=params: HS codes or prefixes, 2–10 digits.'),
  'profile.products': list('With for=params: product words, looked up as HS headings (锂电池, LED lamps).'),
  'profile.markets': list('With for=params: export markets as region ids (US, EU, ASEAN).'),
  'profile.topics': list('With for=params: topic ids.'),
  'profile.sources': list('With for=params: source ids.'),
  'profile.keywords': list('With for=params: words looked for in titles.'),
  'profile.location': text('With for=params: where the company is, a Chinese province and city by name or id: 广东省 深圳市, CN-GD-shenzhen, Ningbo.', 200),
  'profile.exportValueUsd': text(
    'With for=params: annual export value in US dollars (8000000, 8m, 800万), checked against thresholds such as 年出口额800万美元以下.',
    40,
  ),
  'profile.sme': bool('With for=params: a small or medium-sized enterprise (中小微企业).'),
};

export const forParam = text(
  "Only the notices that concern a company, ranked for it: a subscriber's signed profile token (read-only, valid a year; the digest's deadline-calendar link carries it, and `policy-radar subscribers token <email>` prints it), or `params` with the profile in the profile.* parameters. A notice is kept when it concerns the profile's products (HS overlap, or it covers all goods and one of its topics is followed) AND its markets include a followed one or it names none (origins of imports are not markets) AND, when a local government issued it, the company is located there. Each item carries `match` (why it matched, the parts of its score, its conditions); notices whose conditions the company fails are kept but ranked last with mayNotApply. Every match of the other filters is judged (the whole archive up to 200,000 notices; beyond it the 200,000 most recently stored, with totalExact false); cursors are not used (use page). Answers to a token are sent with Cache-Control: private, no-store. An invalid or expired token gets 403.",
  2000,
);

export const matchQuery = {
  for: forParam,
  openForApplication: bool(
    'Only notices whose application or comment window is open today (deadlines read from the text: 申报时间…至…, 截止日期, comments due).',
  ),
  ...profileQuery,
};

export const exportQuery = { ...filterQuery, limit: int('Stop after this many rows (default: all).', 1) };

export const feedQuery = {
  ...filterQuery,
  for: forParam,
  ...profileQuery,
  sort: oneOf(SORTS, 'changed (default), date or relevance.'),
  limit: int('Entries, 1–200 (default 50).', 1, 200),
  lang: oneOf(['zh', 'en'], 'zh or en entry texts.'),
};

export const calendarQuery = { for: forParam, ...profileQuery, lang: oneOf(['zh', 'en'], 'zh or en event titles.') };

export const diffQuery = { from: int('Older version (default: to − 1).', 1), to: int('Newer version (default: latest).', 1) };

export const bomParam = bool('Start with a UTF-8 byte order mark (for spreadsheet programs).');
export const versionsParam = oneOf(['latest', 'all'], 'latest (default) or all versions per notice.');

const pathId = (name: string) =>
  z
    .string()
    .superRefine((v, c) => {
      if (!/^\d{1,15}$/.test(v) || Number(v) < 1) c.addIssue({ code: 'custom', message: `expected a positive whole number, ${got(v)}` });
    })
    .openapi({ param: { name, in: 'path' }, type: 'integer', minimum: 1 });

export const idPath = z.object({ id: pathId('id') });
export const versionPath = z.object({ id: pathId('id'), n: pathId('n') });

/** A query schema: only the named parameters are accepted (catches typos like ?topics=). */
export const query = (shape: Record<string, z.ZodType>) => z.strictObject(shape);

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] };

/**
 * The 400 of the first failed check, in the API's error format: the parameter named,
 * and the message as params.ts words it ("limit: expected …, got "ten"").
 */
export function validationError(issues: readonly Issue[], known: readonly string[]) {
  const i = issues[0];
  if (i.code === 'unrecognized_keys' && i.keys?.length) return badParam(i.keys[0], `unknown parameter (known: ${known.join(', ')})`);
  return badParam(String(i.path[0] ?? 'query'), i.message);
}

/** The shape of an API route as the app registers it (createRoute without the method, which is always GET). */
export type ApiRoute = Omit<RouteConfig, 'method'>;
