/**
 * The few taxonomy functions the newsletter needs, loaded from taxonomy/index.ts
 * when it exports them; each falls back to something harmless (the raw id, no
 * expansion) so digests still work while the vocabulary is incomplete.
 */
import type { Lang } from './i18n.ts';

export interface Vocabulary {
  topicName(id: string, lang: Lang): string;
  regionName(id: string, lang: Lang): string;
  hsName(code: string, lang: Lang): string;
  /** countries of a bloc (EU → DE, FR, …), including the id itself */
  expandRegion(id: string): string[];
  /** blocs a country belongs to (DE → EU, …) */
  blocsOf(country: string): string[];
  /** product words → HS codes */
  lookupProducts(query: string): { hs: string; name: string }[];
  /** topic ids with names, for the subscribe form's checkboxes (empty when unknown) */
  topicList: readonly { id: string; zh: string; en: string }[];
}

export const fallbackVocabulary: Vocabulary = {
  topicName: (id) => id,
  regionName: (id) => id,
  hsName: (code) => code,
  expandRegion: (id) => [id],
  blocsOf: () => [],
  lookupProducts: () => [],
  topicList: [],
};

type AnyFn = (...a: any[]) => any;

/** Wraps a taxonomy function so a throw or an odd return falls back instead of breaking a send run. */
function guard<K extends Exclude<keyof Vocabulary, 'topicList'>>(mod: Record<string, unknown>, key: K): Vocabulary[K] {
  const fn = mod[key] as AnyFn | undefined;
  const fb = fallbackVocabulary[key] as AnyFn;
  if (typeof fn !== 'function') return fb as Vocabulary[K];
  return ((...args: any[]) => {
    try {
      const r = fn(...args);
      if (r === undefined || r === null) return fb(...args);
      if (key === 'expandRegion') return Array.isArray(r) ? [args[0], ...r.filter((x: unknown) => typeof x === 'string' && x !== args[0])] : fb(...args);
      if (key === 'blocsOf' || key === 'lookupProducts') return Array.isArray(r) ? r : fb(...args);
      return typeof r === 'string' && r ? r : fb(...args);
    } catch {
      return fb(...args);
    }
  }) as Vocabulary[K];
}

let loaded: Promise<Vocabulary> | undefined;

export function loadVocabulary(): Promise<Vocabulary> {
  loaded ??= (async () => {
    // computed specifier: the taxonomy module is developed in parallel and may be absent
    const spec = new URL('../taxonomy/index.ts', import.meta.url).href;
    let mod: Record<string, unknown>;
    try {
      mod = (await import(spec)) as Record<string, unknown>;
    } catch {
      return fallbackVocabulary;
    }
    const fns = ['topicName', 'regionName', 'hsName', 'expandRegion', 'blocsOf', 'lookupProducts'] as const;
    const topics = Array.isArray(mod.TOPICS)
      ? (mod.TOPICS as unknown[]).filter((t): t is { id: string; zh: string; en: string } => typeof (t as { id?: unknown })?.id === 'string')
      : [];
    return { ...Object.fromEntries(fns.map((k) => [k, guard(mod, k)])), topicList: topics } as unknown as Vocabulary;
  })();
  return loaded;
}
