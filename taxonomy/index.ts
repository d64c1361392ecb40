/**
 * Trade-policy taxonomy shared by the crawler (classify), the newsletter (personalise)
 * and the browser extension (matchText). Pure and dependency-free: no node: imports.
 */
export type { Classification, Lang, Match, NoticeInput, Scored, Tags, TextMatches } from './types.ts';
export { classify, tagsOf, THRESHOLDS, WEIGHTS } from './classify.ts';
export { matchText } from './match.ts';
export { lookupProducts } from './lookup.ts';
export { extractHsCodes, type HsHit } from './hs-extract.ts';
export { hsName, normalizeHs, hsCovers, hsTag, isValidHeading, headings } from './hs.ts';
export { REGIONS, regionName, expandRegion, blocsOf, regionCovers, isRegion, type Region } from './regions.ts';
export { TOPICS, topicName, topicKeywords, type Topic } from './topics.ts';
export { AGENCIES, agencyInfo, type Agency } from './agencies.ts';
export { extractDocNumber } from './docnumber.ts';
export { extractEffectiveDate } from './dates.ts';
