import { agencyEntries } from './agencies.ts';
import { productEntries } from './hs.ts';
import { extractHsCodes } from './hs-extract.ts';
import { regionEntries } from './regions.ts';
import { topicEntries } from './topics.ts';
import type { Match, TextMatches } from './types.ts';
import { type Hit, type Kind, Vocabulary } from './vocab.ts';

let vocab: Vocabulary | null = null;

/** The automaton over every vocabulary, built on first use (a few ms) and then reused. */
export function vocabulary(): Vocabulary {
  vocab ??= new Vocabulary([...regionEntries(), ...productEntries(), ...topicEntries(), ...agencyEntries()]);
  return vocab;
}

export function scan(text: string, kinds: readonly Kind[]): Record<Kind, Hit[]> {
  return vocabulary().find(text, kinds);
}

function toMatch(text: string, h: Hit): Match {
  return { id: h.entry.id, term: text.slice(h.start, h.end), start: h.start, end: h.end };
}

/**
 * Product words, HS codes, regions and topic keywords in a text, with offsets for
 * highlighting. One automaton pass for the vocabularies plus one regex pass for codes.
 */
export function matchText(text: string): TextMatches {
  const hits = scan(text, ['product', 'region', 'topic']);
  return {
    products: hits.product.map((h) => toMatch(text, h)),
    hsCodes: extractHsCodes(text).map((h) => ({ id: h.code, term: h.text, start: h.start, end: h.end })),
    regions: hits.region.map((h) => toMatch(text, h)),
    topics: hits.topic.map((h) => toMatch(text, h)),
  };
}
