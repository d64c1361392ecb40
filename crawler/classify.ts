/**
 * The one place where new versions get their tags (topics, HS codes,
 * regions) from the taxonomy. Imported statically (the taxonomy builds its
 * vocabularies lazily, on first use): a classifier that cannot load fails the
 * process at start, and one that throws fails the notice's save (a
 * ClassifyError, counted as a "classify" error of the run) instead of storing
 * it untagged, which nobody would notice.
 */
import type { NoticeTags } from '../db/types.ts';
import { classify, tagsOf } from '../taxonomy/index.ts';

export interface ClassifyInput {
  title: string;
  text: string;
  agency?: string | null;
  docNumber?: string | null;
  language: string;
}

export type Tags = Pick<NoticeTags, 'topics' | 'hsCodes' | 'regions'>;
export type Tagger = (n: ClassifyInput) => Partial<Tags>;

export const taxonomyTagger: Tagger = (n) => tagsOf(classify(n));

export class ClassifyError extends Error {
  override name = 'ClassifyError';
}

export function tagNotice(n: ClassifyInput, tagger: Tagger = taxonomyTagger): Tags {
  let tags: Partial<Tags>;
  try {
    tags = tagger(n);
  } catch (e) {
    throw new ClassifyError(`classifier failed on "${n.title.slice(0, 80)}": ${(e as Error)?.message ?? e}`, { cause: e });
  }
  return { topics: tags.topics ?? [], hsCodes: tags.hsCodes ?? [], regions: tags.regions ?? [] };
}
