import { BLOC_DATA, BLOC_MEMBERS, COUNTRY_DATA, REGION_BLOCKERS, SAFE_ISO } from './data/regions.ts';
import type { Lang } from './types.ts';
import { type Entry, parseTerms } from './vocab.ts';

export interface Region {
  id: string;
  zh: string;
  en: string;
  bloc: boolean;
}

function clean(name: string): string {
  return name.replace(/^[=~+]+/, '');
}

function parseRows(data: string, bloc: boolean): { region: Region; zh: string; en: string }[] {
  return data.split('\n').map((line) => {
    const [id, zh, en] = line.split('|');
    return { region: { id, zh: clean(zh.split(',')[0]), en: clean(en.split(',')[0]), bloc }, zh, en };
  });
}

const countryRows = parseRows(COUNTRY_DATA, false);
const blocRows = parseRows(BLOC_DATA, true);

/** Every country, territory and bloc with its canonical zh and en name. */
export const REGIONS: readonly Region[] = [...countryRows, ...blocRows].map((r) => r.region);
const byId = new Map(REGIONS.map((r) => [r.id, r]));

export function isRegion(id: string): boolean {
  return byId.has(id.toUpperCase());
}

export function regionName(id: string, lang: Lang = 'en'): string | undefined {
  const r = byId.get(id.toUpperCase());
  return r ? r[lang] : undefined;
}

const membersCache = new Map<string, string[]>();

/** A bloc's member countries (nested blocs expanded); a country maps to itself. */
export function expandRegion(id: string): string[] {
  return [...members(id)];
}

/** expandRegion without the copy, for hot paths that only read it. */
function members(id: string): readonly string[] {
  const key = id.toUpperCase();
  const hit = membersCache.get(key);
  if (hit) return hit;
  const spec = BLOC_MEMBERS[key];
  let out: string[];
  if (!spec) out = byId.has(key) ? [key] : [];
  else {
    const set = new Set<string>();
    for (const m of spec.split(' ')) {
      if (m.startsWith('@')) for (const x of expandRegion(m.slice(1))) set.add(x);
      else if (m) set.add(m);
    }
    out = [...set].sort();
  }
  membersCache.set(key, out);
  return out;
}

/** The blocs a country belongs to (directly or through a nested bloc). */
export function blocsOf(country: string): string[] {
  const c = country.toUpperCase();
  return Object.keys(BLOC_MEMBERS).filter((b) => expandRegion(b).includes(c));
}

/** True when a notice tagged with `tag` concerns a subscriber interested in `interest`. */
export function regionCovers(interest: string, tag: string): boolean {
  const i = interest.toUpperCase();
  const t = tag.toUpperCase();
  if (i === t) return true;
  if (members(i).includes(t)) return true;
  // a notice about a whole bloc concerns a subscriber interested in one of its members
  return members(t).includes(i);
}

export function regionEntries(): Entry[] {
  const out: Entry[] = [];
  for (const r of [...countryRows, ...blocRows]) {
    parseTerms(r.zh, 'region', r.region.id, out);
    parseTerms(r.en, 'region', r.region.id, out);
  }
  // Stand-alone upper-case ISO codes only for the safe subset, as weak evidence.
  for (const code of SAFE_ISO.split(' ')) out.push({ kind: 'region', id: code, term: code, caseSensitive: true, weight: 0.4 });
  parseTerms(REGION_BLOCKERS, 'region', '', out);
  return out;
}
