import type { App } from '../app.ts';
import { CSV_COLUMNS } from '../../db/export.ts';

/** OpenAPI 3.1 description of the JSON API, exports and feeds. */
const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const strList = { type: 'array', items: str };
const dateTime = { type: 'string', format: 'date-time' };

const param = (name: string, description: string, schema: object = str, extra: object = {}) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
  ...extra,
});
const list = (name: string, description: string) =>
  param(name, `${description} Repeat the parameter or separate values with commas.`, strList, { style: 'form', explode: true });

const filterParams = [
  param(
    'q',
    'Archive query syntax: words, "phrases", OR between alternatives, -word or -"phrase" to exclude. Chinese text is segmented, so 关税 finds notices containing it. At most 500 characters.',
  ),
  list('source', 'Source ids.'),
  param('agency', 'Exact issuing agency.'),
  list('topic', 'Topic ids.'),
  list('hs', 'HS code prefixes (2–10 digits, dots ignored): 85 matches 8501 and 850110.'),
  list('region', 'Region ids; a bloc also matches its members when the taxonomy knows them.'),
  param('language', 'Language of the notice, e.g. zh or en.'),
  param('from', 'Published on or after (YYYY-MM-DD).', { type: 'string', format: 'date' }),
  param('to', 'Published on or before (YYYY-MM-DD).', { type: 'string', format: 'date' }),
  param('changedSince', 'First seen or changed at or after this date or date-time.', str),
  param('status', 'active (still online), removed, or all (default).', { enum: ['active', 'removed', 'all'] }),
];
const pageParams = [
  param('sort', 'relevance (default with q), date (default without q) or changed.', { enum: ['relevance', 'date', 'changed'] }),
  param('limit', 'Results per page, 1–100 (default 20).', { type: 'integer', minimum: 1, maximum: 100 }),
  param('page', 'Page number from 1. Not together with cursor.', { type: 'integer', minimum: 1 }),
  param('cursor', 'Opaque cursor from nextCursor/prevCursor of the same query.'),
  param('facets', 'Include facet counts (source, topic, region, year) of the whole result.', { type: 'boolean' }),
];
const matchParams = [
  param(
    'for',
    "Only the notices that concern a company, ranked for it: a subscriber's signed profile token (read-only, valid a year; the digest's deadline-calendar link carries it, and `policy-radar subscribers token <email>` prints it), or `params` with the profile in the profile.* parameters. A notice is kept when it concerns the profile's products (HS overlap, or it covers all goods and one of its topics is followed) AND its markets include a followed one or it names none (origins of imports are not markets) AND, when a local government issued it, the company is located there. Each item carries `match` (why it matched, the parts of its score, its conditions); notices whose conditions the company fails are kept but ranked last with mayNotApply. The newest 1,000 matches of the other filters are judged; cursors are not used (use page). Answers to a token are sent with Cache-Control: private, no-store. An invalid or expired token gets 403.",
  ),
  list('profile.hs', 'With for=params: HS codes or prefixes, 2–10 digits.'),
  list('profile.products', 'With for=params: product words, looked up as HS headings (锂电池, LED lamps).'),
  list('profile.markets', 'With for=params: export markets as region ids (US, EU, ASEAN).'),
  list('profile.topics', 'With for=params: topic ids.'),
  list('profile.sources', 'With for=params: source ids.'),
  list('profile.keywords', 'With for=params: words looked for in titles.'),
  param('profile.location', 'With for=params: where the company is, a Chinese province and city by name or id: 广东省 深圳市, CN-GD-shenzhen, Ningbo.'),
  param(
    'profile.exportValueUsd',
    'With for=params: annual export value in US dollars (8000000, 8m, 800万), checked against thresholds such as 年出口额800万美元以下.',
  ),
  param('profile.sme', 'With for=params: a small or medium-sized enterprise (中小微企业).', { type: 'boolean' }),
  param(
    'openForApplication',
    'Only notices whose application or comment window is open today (deadlines read from the text: 申报时间…至…, 截止日期, comments due).',
    { type: 'boolean' },
  ),
];
const exportLimit = param('limit', 'Stop after this many rows (default: all).', { type: 'integer', minimum: 1 });

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const json = (ref: string, description = 'OK') => ({
  description,
  headers: { ETag: { schema: str } },
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const idPath = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };

const notice = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    sourceId: str,
    title: str,
    url: { type: 'string', format: 'uri', description: 'the original page' },
    docNumber: nullableStr,
    agency: nullableStr,
    agencies: { ...strList, description: 'every issuing body (co-issued notices name several)' },
    agencySignal: {
      type: ['string', 'null'],
      description:
        "which page signal gave the agency: field, label, signature, title, docNumber, list, or default (the source's own agency: the page named none); null = not recorded",
    },
    dateSignal: {
      type: ['string', 'null'],
      description: 'which signal gave publishedAt: field, metaTable, list, meta, written, text, url; null = none or not recorded',
    },
    summary: { type: ['string', 'null'], description: 'a summary kept beside the full text (the Federal Register abstract)' },
    language: str,
    publishedAt: { type: ['string', 'null'], format: 'date' },
    effectiveAt: { type: ['string', 'null'], format: 'date' },
    firstSeenAt: dateTime,
    lastSeenAt: dateTime,
    lastChangedAt: dateTime,
    status: { enum: ['active', 'removed'] },
    versionCount: { type: 'integer' },
    changed: { type: 'boolean', description: 'more than one version seen' },
    degraded: { type: 'boolean', description: "last seen through structure detection (the source's selectors had rotted): fields may be incomplete" },
    topics: strList,
    hsCodes: strList,
    regions: strList,
    regionRoles: {
      type: 'object',
      additionalProperties: { enum: ['market', 'origin', 'issuer'] },
      description: 'role of each region: export market of the goods, origin of imports (原产于美国的进口…), or the foreign issuer',
    },
    deadlines: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          kind: { enum: ['application', 'comments', 'deadline', 'effective'] },
          date: { type: 'string', format: 'date' },
          from: { type: 'string', format: 'date' },
          text: str,
        },
      },
      description: 'application windows, deadlines and the effective date read from the text',
    },
    openUntil: { type: ['string', 'null'], format: 'date', description: 'last day applications or comments are open' },
    eligibility: {
      type: ['object', 'null'],
      properties: {
        maxExportValueUsd: { type: 'number' },
        minExportValueUsd: { type: 'number' },
        sme: { type: 'boolean' },
        registeredIn: { type: 'object', properties: { province: str, city: str } },
      },
      description: 'who may apply, as read from the text',
    },
    localPlace: {
      type: ['object', 'null'],
      properties: { province: str, city: str },
      description: "the issuing local government's place (CN-GD, CN-GD-shenzhen)",
    },
    match: {
      type: 'object',
      description: 'with for= only: why the notice concerns the profile',
      properties: {
        score: { type: 'number' },
        reasons: {
          type: 'array',
          items: { type: 'object', properties: { kind: { enum: ['hs', 'keyword', 'topic', 'source', 'region', 'local', 'all'] }, value: str, via: str } },
        },
        rank: {
          type: 'array',
          items: { type: 'object', properties: { label: str, points: { type: 'number' } } },
          description: 'the parts of the score, largest first',
        },
        allGoods: { type: 'boolean' },
        anyMarket: { type: 'boolean' },
        eligibility: { enum: ['ok', 'unknown', 'fails'] },
        mayNotApply: { type: 'boolean' },
        conditions: strList,
        failedConditions: strList,
        unknownConditions: strList,
      },
    },
  },
};
const attachment = { type: 'object', properties: { name: str, url: str, type: str, size: { type: ['integer', 'null'] }, hash: nullableStr } };
const versionSummary = {
  type: 'object',
  properties: { version: { type: 'integer' }, fetchedAt: dateTime, title: str, contentHash: str, changeSummary: nullableStr },
};

export const openapi = {
  openapi: '3.1.0',
  info: {
    title: 'Policy Radar archive API',
    version: '1.0.0',
    description:
      'Search and export the archive of trade-policy notices, with every version and word-level diffs. Errors are JSON objects naming the bad parameter; read endpoints send ETag and Cache-Control.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  paths: {
    '/api/notices': {
      get: {
        summary: 'Search notices, optionally only those for a company profile or still open for applications',
        parameters: [...filterParams, ...pageParams, ...matchParams],
        responses: {
          200: json('SearchResult'),
          400: errorResponse('A parameter or the profile is invalid; error.parameter names it (profile.location, profile.hs, …).'),
          403: errorResponse('The for= token is invalid or expired.'),
        },
      },
    },
    '/api/notices/{id}': {
      get: {
        summary: 'One notice: metadata, current text, tags, attachments, original URL, versions',
        parameters: [idPath],
        responses: { 200: json('NoticeDetail'), 400: errorResponse('id is not a positive integer'), 404: errorResponse('No such notice') },
      },
    },
    '/api/notices/{id}/versions/{n}': {
      get: {
        summary: 'One version of a notice',
        parameters: [idPath, { name: 'n', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        responses: { 200: json('Version'), 400: errorResponse('Bad id or n'), 404: errorResponse('No such notice or version') },
      },
    },
    '/api/notices/{id}/diff': {
      get: {
        summary: 'Word-level diff between two versions',
        parameters: [
          idPath,
          param('from', 'Older version (default: to − 1).', { type: 'integer', minimum: 1 }),
          param('to', 'Newer version (default: latest).', { type: 'integer', minimum: 1 }),
        ],
        responses: { 200: json('Diff'), 400: errorResponse('Bad id, from or to'), 404: errorResponse('No such notice or version') },
      },
    },
    '/api/sources': {
      get: { summary: 'Sources and their crawl health', responses: { 200: json('Sources') } },
    },
    '/api/notices.csv': {
      get: {
        summary: 'CSV export of a search (streamed)',
        description: `Columns, in this order: ${CSV_COLUMNS.join(', ')}. Lists are joined with ";" (attachments with spaces). Text cells starting with = + - @ are prefixed with an apostrophe.`,
        parameters: [...filterParams, exportLimit, param('bom', 'Start with a UTF-8 byte order mark (for spreadsheet programs).', { type: 'boolean' })],
        responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: str } } }, 400: errorResponse('A parameter is invalid') },
      },
    },
    '/api/notices.ndjson': {
      get: {
        summary: 'NDJSON export of a search (streamed), one notice per line in the import format',
        parameters: [...filterParams, exportLimit, param('versions', 'latest (default) or all versions per notice.', { enum: ['latest', 'all'] })],
        responses: { 200: { description: 'NDJSON', content: { 'application/x-ndjson': { schema: str } } }, 400: errorResponse('A parameter is invalid') },
      },
    },
    '/feeds/deadlines.ics': {
      get: {
        summary: "iCalendar feed of a profile's deadlines: application windows, comment deadlines and effective dates of the notices that concern it",
        parameters: [matchParams[0], ...matchParams.slice(1, 10), param('lang', 'zh or en event titles.', { enum: ['zh', 'en'] })],
        responses: {
          200: { description: 'text/calendar (RFC 5545), one all-day event per deadline', content: { 'text/calendar': { schema: str } } },
          400: errorResponse('No profile, or a bad one.'),
          403: errorResponse('The for= token is invalid or expired.'),
        },
      },
    },
    '/feeds/notices.atom': {
      get: {
        summary: 'Atom feed of a search, most recently changed first',
        parameters: [
          ...filterParams,
          param('sort', 'changed (default), date or relevance.', { enum: ['relevance', 'date', 'changed'] }),
          param('limit', 'Entries, 1–200 (default 50).', { type: 'integer', minimum: 1, maximum: 200 }),
        ],
        responses: { 200: { description: 'Atom', content: { 'application/atom+xml': { schema: str } } }, 400: errorResponse('A parameter is invalid') },
      },
    },
    '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
  },
  components: {
    schemas: {
      Notice: notice,
      Hit: {
        allOf: [
          { $ref: '#/components/schemas/Notice' },
          {
            type: 'object',
            properties: {
              snippet: { type: 'string', description: 'plain-text excerpt' },
              snippetMarks: {
                type: 'array',
                items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
                description: '[start, end) offsets (UTF-16) of matches in snippet',
              },
              score: { type: 'number' },
            },
          },
        ],
      },
      Facets: {
        type: 'object',
        properties: Object.fromEntries(['source', 'topic', 'region', 'year'].map((k) => [k, { type: 'object', additionalProperties: { type: 'integer' } }])),
      },
      SearchResult: {
        type: 'object',
        properties: {
          total: { type: 'integer', description: 'Matching notices; a lower bound when totalExact is false.' },
          totalExact: { type: 'boolean', description: 'false when PostgreSQL stopped counting a very broad query (ask with facets=true for the exact total).' },
          sort: { type: 'string', enum: ['relevance', 'date', 'changed', 'profile'], description: "The order used (profile: by the for= profile's score)." },
          broad: { type: 'boolean', description: 'The query matched more than 10,000 notices, so results are newest first instead of by relevance.' },
          page: { type: 'integer' },
          limit: { type: 'integer' },
          offset: { type: 'integer' },
          pages: { type: 'integer' },
          nextCursor: nullableStr,
          prevCursor: nullableStr,
          items: { type: 'array', items: { $ref: '#/components/schemas/Hit' } },
          facets: { $ref: '#/components/schemas/Facets' },
        },
        required: ['total', 'items'],
      },
      Attachment: attachment,
      VersionSummary: versionSummary,
      NoticeDetail: {
        allOf: [
          { $ref: '#/components/schemas/Notice' },
          {
            type: 'object',
            properties: {
              text: str,
              attachments: { type: 'array', items: { $ref: '#/components/schemas/Attachment' } },
              versions: { type: 'array', items: { $ref: '#/components/schemas/VersionSummary' } },
            },
          },
        ],
      },
      Version: {
        allOf: [
          { $ref: '#/components/schemas/VersionSummary' },
          {
            type: 'object',
            properties: { noticeId: { type: 'integer' }, text: str, attachments: { type: 'array', items: { $ref: '#/components/schemas/Attachment' } } },
          },
        ],
      },
      Diff: {
        type: 'object',
        properties: {
          noticeId: { type: 'integer' },
          from: { type: 'integer' },
          to: { type: 'integer' },
          titleChanged: { type: 'boolean' },
          titles: { type: 'object', properties: { from: str, to: str } },
          stats: { type: 'object', properties: { added: { type: 'integer' }, removed: { type: 'integer' } } },
          ops: {
            type: 'array',
            description: 'joining "=" and "-" texts gives the old text, "=" and "+" the new',
            items: { type: 'array', prefixItems: [{ enum: ['=', '+', '-'] }, str], minItems: 2, maxItems: 2 },
          },
        },
      },
      Source: {
        type: 'object',
        properties: {
          id: str,
          name: str,
          agency: nullableStr,
          country: nullableStr,
          language: nullableStr,
          baseUrl: str,
          enabled: { type: 'boolean' },
          noticeCount: { type: ['integer', 'null'] },
          health: {
            type: 'object',
            properties: {
              status: { enum: ['ok', 'blocked', 'down', 'alarm', 'never'] },
              healthy: { type: 'boolean' },
              lastRunAt: { type: ['string', 'null'], format: 'date-time' },
              lastSuccessAt: { type: ['string', 'null'], format: 'date-time' },
              itemsSeen: { type: 'integer' },
              consecutiveFailures: { type: 'integer' },
              lastError: nullableStr,
              alarms: strList,
              history: {
                type: 'array',
                description: 'The last 30 crawl runs, newest first: what each amounted to and why',
                items: {
                  type: 'object',
                  properties: {
                    startedAt: dateTime,
                    finishedAt: { type: ['string', 'null'], format: 'date-time' },
                    outcome: {
                      enum: ['ok', 'degraded', 'blocked', 'down', 'moved', 'running', null],
                      description:
                        'degraded: selectors rotted, structure detection stood in; blocked: anti-bot wall or 403/405/412/521; down: unreachable, timeouts, 5xx; moved: list page gone (404/410) or redirected, or no list found',
                    },
                    reason: nullableStr,
                    status: { enum: ['running', 'ok', 'partial', 'failed', 'blocked'] },
                    pages: { type: 'integer' },
                    newCount: { type: 'integer' },
                    changedCount: { type: 'integer' },
                    removedCount: { type: 'integer' },
                  },
                },
              },
            },
          },
        },
      },
      Sources: { type: 'object', properties: { sources: { type: 'array', items: { $ref: '#/components/schemas/Source' } } } },
      Error: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: {
              status: { type: 'integer' },
              code: str,
              message: str,
              parameter: { type: 'string', description: 'the offending parameter, for 400s' },
            },
            required: ['status', 'code', 'message'],
          },
        },
        required: ['error'],
      },
    },
  },
};

export function registerOpenApi(app: App): void {
  const body = JSON.stringify(openapi);
  app.route('GET', '/api/openapi.json', (ctx) => ctx.json(JSON.parse(body), { cache: 'public, max-age=3600' }));
}
