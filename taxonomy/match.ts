import { agencyEntries } from './agencies.ts';
import { productEntries } from './hs.ts';
import { extractHsCodes } from './hs-extract.ts';
import { regionEntries } from './regions.ts';
import { labelLevels } from './spec-labels.ts';
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
  // Attribute lines of product pages (Color:, Packaging:, Origin:) name no product, topic or market.
  const keep = (list: Hit[], maxLevel: number) => {
    if (!list.length) return [];
    const levels = labelLevels(
      text,
      list.map((h) => h.start),
    );
    const out: Match[] = [];
    for (let i = 0; i < list.length; i++) if (levels[i] <= maxLevel) out.push(toMatch(text, list[i]));
    return out;
  };
  return {
    products: keep(hits.product, 0),
    hsCodes: extractHsCodes(text).map((h) => ({ id: h.code, term: h.text, start: h.start, end: h.end })),
    regions: keep(hits.region, 1),
    topics: keep(hits.topic, 0),
  };
}
