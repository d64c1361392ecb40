/**
 * The one place where new versions get their tags (topics, HS codes,
 * regions) from the taxonomy. The taxonomy module is loaded once; if it
 * fails to load, notices are stored untagged rather than not at all.
 */
import type { NoticeFacts, NoticeTags } from '../db/types.ts';

export interface ClassifyInput {
  title: string;
  text: string;
  agency?: string | null;
  docNumber?: string | null;
  language: string;
}

/** tags plus the relevance facts read from the text (region roles, local place, deadlines, eligibility) */
export type NoticeTagging = Partial<NoticeTags> & { facts?: NoticeFacts };

type Tagger = (n: ClassifyInput) => NoticeTagging;

let tagger: Promise<Tagger | null> | undefined;

function loadTagger(): Promise<Tagger | null> {
  // loaded on first use (a crawl without classification never pays for the vocabularies)
  tagger ??= Promise.all([import('../taxonomy/index.ts'), import('../taxonomy/facts.ts')])
    .then(([{ classify, tagsOf }, { noticeFacts }]) => (n: ClassifyInput) => {
      const tags = tagsOf(classify(n));
      return { ...tags, facts: noticeFacts(n, tags) };
    })
    .catch(() => null);
  return tagger;
}

export async function tagNotice(n: ClassifyInput): Promise<NoticeTagging> {
  const t = await loadTagger();
  if (!t) return {};
  try {
    const tags = t(n);
    return { topics: tags.topics ?? [], hsCodes: tags.hsCodes ?? [], regions: tags.regions ?? [], ...(tags.facts ? { facts: tags.facts } : {}) };
  } catch {
    return {};
  }
}
