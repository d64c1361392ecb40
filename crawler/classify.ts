/**
 * The one place where new versions get their tags (topics, HS codes,
 * regions) from the taxonomy. The taxonomy module is loaded once; if it
 * fails to load, notices are stored untagged rather than not at all.
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
  // loaded on first use (a crawl without classification never pays for the vocabularies)
  tagger ??= import('../taxonomy/index.ts').then(({ classify, tagsOf }) => (n: ClassifyInput) => tagsOf(classify(n))).catch(() => null);
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
