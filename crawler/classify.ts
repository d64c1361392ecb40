/**
 * The one place where new versions get their tags (topics, HS codes,
 * regions) from the taxonomy. The taxonomy module is loaded once; when it
 * is unavailable, notices are stored untagged rather than not at all.
 */
import type { NoticeTags } from '../db/types.ts';

export interface ClassifyInput {
  title: string;
  text: string;
  agency?: string | null;
  docNumber?: string | null;
  language: string;
}

type Tagger = (n: ClassifyInput) => NoticeTags;

let tagger: Promise<Tagger | null> | undefined;

function loadTagger(): Promise<Tagger | null> {
  // specifier held in a variable: the taxonomy is optional at type-check time
  if (tagger) return tagger;
  const spec = new URL('../taxonomy/index.ts', import.meta.url).href;
  tagger = import(spec)
    .then((m: { classify?: (n: ClassifyInput) => unknown; tagsOf?: (c: unknown) => NoticeTags }) => {
      const { classify, tagsOf } = m;
      if (typeof classify !== 'function' || typeof tagsOf !== 'function') return null;
      return (n: ClassifyInput) => tagsOf(classify(n));
    })
    .catch(() => null);
  return tagger;
}

export async function tagNotice(n: ClassifyInput): Promise<Partial<NoticeTags>> {
  const t = await loadTagger();
  if (!t) return {};
  try {
    const tags = t(n);
    return { topics: tags.topics ?? [], hsCodes: tags.hsCodes ?? [], regions: tags.regions ?? [] };
  } catch {
    return {};
  }
}
