/**
 * The background's side of page matching: the taxonomy's vocabularies (HS
 * headings, regions, topics) live only in the background, so the script on every
 * page stays small. Text in, tag ids and spans out; nothing is kept.
 */
import { type MarkSpan, mergeTerms, termsFromMatches } from './page-terms.ts';
import type { PageTerms } from './relevance.ts';
import { matchPageText } from './taxonomy.ts';

/** Tags found in `text` merged into those the page had (`known`), and the spans to mark in `text`. */
export function matchPage(text: string, known: PageTerms): { terms: PageTerms; spans: MarkSpan[] } {
  if (!text) return { terms: known, spans: [] };
  const { terms, spans } = termsFromMatches(matchPageText(text));
  return { terms: mergeTerms(known, terms), spans };
}
