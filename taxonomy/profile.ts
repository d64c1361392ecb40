/**
 * A company's profile: what it sells (HS prefixes, product words resolved to HS),
 * where it sells (markets), what it follows (topics, sources, title keywords), where
 * it is (a Chinese province and city) and optional size facts. Validated with zod so
 * the API, the subscribe pages and the CLI give the same clear errors.
 */
import { z } from 'zod';
import { lookupProducts } from './lookup.ts';
import { type Location, parseLocation } from './places.ts';
import { isRegion } from './regions.ts';
import { TOPICS } from './topics.ts';

export interface SizeFacts {
  /** annual export value in US dollars */
  exportValueUsd?: number;
  /** a small or medium-sized enterprise (中小微企业) */
  sme?: boolean;
}

export interface Profile {
  /** HS codes or prefixes, 2–10 digits */
  hs: string[];
  /** markets: region ids (US, EU, ASEAN, DE) */
  regions: string[];
  topics: string[];
  sources: string[];
  /** words looked for in notice titles */
  keywords: string[];
  location?: Location | null;
  size?: SizeFacts | null;
}

export const PROFILE_LIMITS = { listItems: 30, itemLength: 60, keywords: 10, maxExportValueUsd: 1e12 } as const;

export class ProfileError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'ProfileError';
  }
}

/** An array of strings or one comma/space-separated string. */
const listOf = (splitSpaces: boolean) =>
  z
    .union([z.array(z.string()), z.string(), z.null(), z.undefined()], { error: 'a list of strings or a comma-separated string is expected' })
    .transform((v) => {
      if (v == null) return [];
      const raw = Array.isArray(v) ? v : v.split(splitSpaces ? /[,，;；\s]+/ : /[,，;；\n]+/);
      return [...new Set(raw.map((x) => x.trim()).filter(Boolean))];
    })
    .pipe(
      z
        .array(z.string().max(PROFILE_LIMITS.itemLength, `items are at most ${PROFILE_LIMITS.itemLength} characters`))
        .max(PROFILE_LIMITS.listItems, `at most ${PROFILE_LIMITS.listItems} items`),
    );

const hsList = listOf(true).transform((xs, ctx) =>
  xs.map((s) => {
    const c = s.replace(/[.\s]/g, '');
    if (!/^\d{2,10}$/.test(c)) ctx.addIssue({ code: 'custom', message: `"${s}" is not an HS code or prefix of 2 to 10 digits` });
    return c;
  }),
);
const regionList = listOf(true).transform((xs, ctx) =>
  xs.map((s) => {
    const r = s.toUpperCase();
    if (!/^[A-Z][A-Z0-9-]{1,11}$/.test(r) || !isRegion(r)) ctx.addIssue({ code: 'custom', message: `"${s}" is not a region code such as US, EU or ASEAN` });
    return r;
  }),
);
const TOPIC_IDS = new Set(TOPICS.map((t) => t.id));
const topicList = listOf(true).transform((xs, ctx) =>
  xs.map((s) => {
    const t = s.toLowerCase();
    if (!TOPIC_IDS.has(t)) ctx.addIssue({ code: 'custom', message: `"${s}" is not a topic id (${[...TOPIC_IDS].join(', ')})` });
    return t;
  }),
);
const sourceList = listOf(true).transform((xs, ctx) =>
  xs.map((s) => {
    const t = s.toLowerCase();
    if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(t)) ctx.addIssue({ code: 'custom', message: `"${s}" is not a source id` });
    return t;
  }),
);

const locationField = z
  .union([z.string(), z.object({ province: z.string().optional(), city: z.string().optional() }).strict(), z.null(), z.undefined()], {
    error: 'a province and city such as "广东省 深圳市" or { province, city } is expected',
  })
  .transform((v, ctx): Location | null => {
    if (v == null) return null;
    const text = typeof v === 'string' ? v : [v.province, v.city].filter(Boolean).join(' ');
    if (!text.trim()) return null;
    if (text.length > 80) {
      ctx.addIssue({ code: 'custom', message: 'at most 80 characters' });
      return null;
    }
    const loc = parseLocation(text);
    if ('error' in loc) {
      ctx.addIssue({ code: 'custom', message: loc.error });
      return null;
    }
    return loc;
  });

const boolField = z
  .union([z.boolean(), z.enum(['true', 'false', 'on', 'off', 'yes', 'no', '1', '0', '']), z.null(), z.undefined()], { error: 'true or false expected' })
  .transform((v) => {
    if (v == null || v === '') return undefined;
    return v === true || v === 'true' || v === 'on' || v === 'yes' || v === '1';
  });

const moneyField = z.union([z.number(), z.string(), z.null(), z.undefined()], { error: 'a number of US dollars expected' }).transform((v, ctx) => {
  if (v == null || v === '') return undefined;
  // 8000000, 8,000,000, 8m, 800万
  let n: number;
  if (typeof v === 'number') n = v;
  else {
    const s = v.replace(/[,\s_$]/g, '').toLowerCase();
    const m = s.match(/^(\d+(?:\.\d+)?)(万|亿|k|m|bn|b)?(?:美元|usd)?$/);
    if (!m) {
      ctx.addIssue({ code: 'custom', message: `"${v.slice(0, 30)}" is not an amount of US dollars (e.g. 8000000, 8m, 800万)` });
      return undefined;
    }
    const mult: Record<string, number> = { 万: 1e4, 亿: 1e8, k: 1e3, m: 1e6, bn: 1e9, b: 1e9 };
    n = Number(m[1]) * (m[2] ? mult[m[2]] : 1);
  }
  if (!Number.isFinite(n) || n < 0 || n > PROFILE_LIMITS.maxExportValueUsd) {
    ctx.addIssue({ code: 'custom', message: 'a non-negative amount of US dollars expected' });
    return undefined;
  }
  return Math.round(n);
});

const sizeField = z
  .union([z.object({ exportValueUsd: moneyField.optional(), sme: boolField.optional() }).strict(), z.null(), z.undefined()], {
    error: 'an object { exportValueUsd, sme } is expected',
  })
  .transform((v) =>
    v && (v.exportValueUsd !== undefined || v.sme !== undefined)
      ? { ...(v.exportValueUsd !== undefined ? { exportValueUsd: v.exportValueUsd } : {}), ...(v.sme !== undefined ? { sme: v.sme } : {}) }
      : null,
  );

export const profileSchema = z
  .object({
    hs: hsList,
    products: listOf(false),
    regions: regionList,
    markets: regionList,
    topics: topicList,
    sources: sourceList,
    keywords: listOf(false).pipe(z.array(z.string()).max(PROFILE_LIMITS.keywords, `at most ${PROFILE_LIMITS.keywords} keywords`)),
    location: locationField,
    size: sizeField,
    // flat forms (query strings, HTML forms)
    exportValueUsd: moneyField,
    sme: boolField,
  })
  .partial()
  .strict();

export interface ParsedProfile {
  profile: Profile;
  /** product words that matched no HS code (shown back to the user) */
  unknownProducts: string[];
}

function firstIssue(e: z.ZodError): ProfileError {
  const i = e.issues[0];
  const field = i.path.length ? String(i.path[0]) : 'profile';
  const msg = i.code === 'unrecognized_keys' ? `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.join(', ')}` : i.message;
  return new ProfileError(i.code === 'unrecognized_keys' ? i.keys[0] : field, msg);
}

/** Validates a profile from JSON, a form or query parameters; throws ProfileError naming the field. */
export function parseProfile(raw: unknown): ParsedProfile {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ProfileError('profile', 'an object is expected');
  const r = profileSchema.safeParse(raw);
  if (!r.success) throw firstIssue(r.error);
  const v = r.data;
  const hs = [...(v.hs ?? [])];
  const unknownProducts: string[] = [];
  for (const word of v.products ?? []) {
    const found = lookupProducts(word).slice(0, 5);
    if (!found.length) unknownProducts.push(word);
    for (const f of found) if (/^\d{2,10}$/.test(f.hs) && !hs.includes(f.hs)) hs.push(f.hs);
  }
  if (hs.length > PROFILE_LIMITS.listItems) throw new ProfileError('hs', `at most ${PROFILE_LIMITS.listItems} HS codes`);
  const size: SizeFacts | null =
    v.size ??
    (v.exportValueUsd !== undefined || v.sme !== undefined
      ? { ...(v.exportValueUsd !== undefined ? { exportValueUsd: v.exportValueUsd } : {}), ...(v.sme !== undefined ? { sme: v.sme } : {}) }
      : null);
  const profile: Profile = {
    hs,
    regions: [...new Set([...(v.regions ?? []), ...(v.markets ?? [])])],
    topics: v.topics ?? [],
    sources: v.sources ?? [],
    keywords: v.keywords ?? [],
    location: v.location ?? null,
    size,
  };
  return { profile, unknownProducts };
}
