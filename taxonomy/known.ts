import { isValidHeading } from './hs.ts';
import { REGIONS } from './regions.ts';
import { TOPICS } from './topics.ts';

/**
 * Whether a stored tag is one of the vocabulary's ids. Tags reach the archive from
 * the classifier but also from imported files; whatever is not a known id (a
 * spreadsheet formula, markup) must not be stored or served as a tag.
 */

const topicIds = () => new Set(TOPICS.map((t) => t.id));
let topics: Set<string> | undefined;
const regionIds = new Set(REGIONS.map((r) => r.id));

export function isKnownTopic(id: string): boolean {
  topics ??= topicIds();
  return topics.has(id);
}

/** a region or bloc id exactly as the vocabulary spells it (US, EU, ASEAN) */
export function isKnownRegion(id: string): boolean {
  return regionIds.has(id);
}

/** an HS chapter or heading that can exist, digits only (85, 8541, 854140) */
export function isKnownHs(code: string): boolean {
  return /^\d{2,10}$/.test(code) && code.length % 2 === 0 && isValidHeading(code);
}

const languageNames = typeof Intl !== 'undefined' && 'DisplayNames' in Intl ? new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }) : null;

/** an ISO 639 language code that Unicode's CLDR names (zh, en, fr); `und` and made-up codes are not */
export function isKnownLanguage(code: string): boolean {
  if (!/^[a-z]{2,3}$/.test(code)) return false;
  return languageNames ? languageNames.of(code) !== undefined : code === 'zh' || code === 'en';
}

/** The known tags of a notice's tag lists, and the ones dropped. */
export function knownTags(t: { topics: string[]; regions: string[]; hsCodes: string[] }): {
  topics: string[];
  regions: string[];
  hsCodes: string[];
  dropped: string[];
} {
  const dropped: string[] = [];
  const keep = (xs: string[], ok: (x: string) => boolean) =>
    xs.filter((x) => {
      if (!ok(x)) dropped.push(x);
      return ok(x);
    });
  return { topics: keep(t.topics, isKnownTopic), regions: keep(t.regions, isKnownRegion), hsCodes: keep(t.hsCodes, isKnownHs), dropped };
}
