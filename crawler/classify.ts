/**
 * The one place where new versions get their tags (topics, HS codes,
 * regions) and relevance facts (region roles, local place, deadlines,
 * eligibility) from the taxonomy. Imported statically (the taxonomy builds its
 * vocabularies lazily, on first use): a classifier that cannot load fails the
 * process at start, and one that throws fails the notice's save (a
 * ClassifyError, counted as a "classify" error of the run) instead of storing
 * it untagged, which nobody would notice.
 */
import type { NoticeFacts, NoticeTags } from '../db/types.ts';
import { noticeFacts } from '../taxonomy/facts.ts';
import { classify, tagsOf } from '../taxonomy/index.ts';

export interface ClassifyInput {
  title: string;
  text: string;
  agency?: string | null;
  docNumber?: string | null;
  language: string;
}

export type Tags = Pick<NoticeTags, 'topics' | 'hsCodes' | 'regions'>;
/** tags plus the relevance facts read from the text */
export type NoticeTagging = Tags & { facts?: NoticeFacts };
export type Tagger = (n: ClassifyInput) => Partial<Tags> & { facts?: NoticeFacts };

export const taxonomyTagger: Tagger = (n) => {
  const tags = tagsOf(classify(n));
  return { ...tags, facts: noticeFacts(n, tags) };
};

export class ClassifyError extends Error {
  override name = 'ClassifyError';
}

export function tagNotice(n: ClassifyInput, tagger: Tagger = taxonomyTagger): NoticeTagging {
  let tags: ReturnType<Tagger>;
  try {
    tags = tagger(n);
  } catch (e) {
    throw new ClassifyError(`classifier failed on "${n.title.slice(0, 80)}": ${(e as Error)?.message ?? e}`, { cause: e });
  }
  return { topics: tags.topics ?? [], hsCodes: tags.hsCodes ?? [], regions: tags.regions ?? [], ...(tags.facts ? { facts: tags.facts } : {}) };
}
