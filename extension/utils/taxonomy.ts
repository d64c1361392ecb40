/** The only bridge to our taxonomy/ (the one package of ours the extension may use). */
import { blocsOf, expandRegion, hsName, matchText, regionName, topicName } from '../../taxonomy/index.ts';
import type { TextMatches } from './page-terms.ts';
import type { RegionTools } from './relevance.ts';

export { DEFAULT_SERVER_URL } from '../../taxonomy/defaults.ts';

export const regionTools: RegionTools = {
  expandRegion: (id) => expandRegion(id) ?? [],
  blocsOf: (id) => blocsOf(id) ?? [],
};

export function matchPageText(text: string): TextMatches {
  return matchText(text) as TextMatches;
}

export { hsName, regionName, topicName };
