import type { Lang } from './i18n.ts';

/**
 * Display names for tag ids, from the shared taxonomy when it is available.
 * Loaded lazily and defensively: without a taxonomy the ids themselves are shown
 * and region filters are not expanded.
 */
export interface Labels {
  topic(id: string, lang: Lang): string;
  region(id: string, lang: Lang): string;
  hs(code: string, lang: Lang): string;
  /** ids a region filter should also match (a bloc's members, a country's blocs) */
  expandRegion(id: string): string[];
}

export const idLabels: Labels = {
  topic: (id) => id,
  region: (id) => id,
  hs: (code) => code,
  expandRegion: (id) => [id],
};

function safe<A extends unknown[]>(fn: unknown, fallback: (...a: A) => string): (...a: A) => string {
  if (typeof fn !== 'function') return fallback;
  return (...a: A) => {
    try {
      const v = (fn as (...a: A) => unknown)(...a);
      return typeof v === 'string' && v ? v : fallback(...a);
    } catch {
      return fallback(...a);
    }
  };
}

export async function loadLabels(): Promise<Labels> {
  const tax: Record<string, unknown> = {};
  // the taxonomy's index when it exists, else its modules one by one
  for (const mod of ['index.ts', 'topics.ts', 'regions.ts', 'hs.ts']) {
    try {
      Object.assign(tax, { ...(await import(new URL(`../taxonomy/${mod}`, import.meta.url).href)), ...tax });
      if (mod === 'index.ts') break;
    } catch {
      // missing or broken module: its labels stay ids
    }
  }
  const expand = tax.expandRegion;
  const blocs = tax.blocsOf;
  const strings = (fn: unknown, id: string): string[] => {
    if (typeof fn !== 'function') return [];
    try {
      const r = fn(id);
      return Array.isArray(r) ? r.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  return {
    topic: safe(tax.topicName, idLabels.topic),
    region: safe(tax.regionName, idLabels.region),
    hs: safe(tax.hsName, idLabels.hs),
    // a bloc matches its members, and a country matches the blocs it belongs to
    expandRegion: (id) => [...new Set([id, ...strings(expand, id), ...strings(blocs, id)])],
  };
}
