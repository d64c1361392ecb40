import type { Facets } from '../db/types.ts';
import { isKnownRegion, isKnownTopic } from '../taxonomy/known.ts';

const pick = (counts: Record<string, number>, ok: (k: string) => boolean) => Object.fromEntries(Object.entries(counts).filter(([k]) => ok(k)));

/** Facet counts with only vocabulary topics and regions: an archive may hold whatever an old import let in. */
export function knownFacets(f: Facets): Facets {
  return { ...f, topic: pick(f.topic, isKnownTopic), region: pick(f.region, isKnownRegion) };
}
