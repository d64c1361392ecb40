import { TOPIC_BLOCKERS, TOPIC_DATA } from './data/topics.ts';
import type { Lang } from './types.ts';
import { type Entry, parseTerms } from './vocab.ts';

export interface Topic {
  id: string;
  zh: string;
  en: string;
}

/** The 15 topics with stable ids. */
export const TOPICS: readonly Topic[] = TOPIC_DATA.map(([id, zh, en]) => ({ id, zh, en }));

export function topicName(id: string, lang: Lang = 'en'): string | undefined {
  return TOPICS.find((t) => t.id === id)?.[lang];
}

/** Keywords of a topic (without weight prefixes), e.g. for search suggestions. */
export function topicKeywords(id: string, lang: Lang): string[] {
  const row = TOPIC_DATA.find((t) => t[0] === id);
  if (!row) return [];
  return (lang === 'zh' ? row[3] : row[4]).split(',').map((t) => t.replace(/^[=~+]+/, ''));
}

export function topicEntries(): Entry[] {
  const out: Entry[] = [];
  for (const [id, , , zh, en] of TOPIC_DATA) {
    parseTerms(zh, 'topic', id, out);
    parseTerms(en, 'topic', id, out);
  }
  parseTerms(TOPIC_BLOCKERS, 'topic', '', out);
  return out;
}
