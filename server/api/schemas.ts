/**
 * Response shapes of the API for the OpenAPI document (components.schemas).
 * They describe what the handlers send (api/serialize.ts); what requests may
 * carry is in query-schemas.ts, which validates them.
 */
const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const strList = { type: 'array', items: str };
const dateTime = { type: 'string', format: 'date-time' };

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

/** `#/components/schemas/…` of the document */
export const RESPONSE_SCHEMAS = {
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
};

/** A JSON 200 whose body is the named component, with ETag. */
export const jsonResponse = (ref: string, description = 'OK') => ({
  description,
  headers: { ETag: { schema: { type: 'string' as const } } },
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});

/** An error answer in the API's error format. */
export const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

/** A 200 of another media type, e.g. text/csv. */
export const textResponse = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: 'string' as const } } } });
