/**
 * Turns the taxonomy's matches on a page's text into the tag ids sent to the
 * background (never the text itself) and the spans to mark on the page.
 */
import type { PageTerms } from './relevance.ts';

/** One taxonomy match (same shape as taxonomy's Match). */
export interface TermMatch {
  id: string;
  term: string;
  start: number;
  end: number;
}

export interface TextMatches {
  products: TermMatch[];
  hsCodes: TermMatch[];
  regions: TermMatch[];
  topics: TermMatch[];
}

export type TermKind = 'hs' | 'region' | 'topic';

export interface MarkSpan {
  kind: TermKind;
  /** tag id the span stands for (HS code, region id, topic id) */
  id: string;
  start: number;
  end: number;
}

/** HS code(s) a product match stands for: digits in its id, e.g. '9405' or 'led-lamps:9405'. */
export type ProductHs = (productId: string) => string[];

export const productHsFromId: ProductHs = (id) => {
  const m = id.match(/\d{2,10}/g);
  return m ?? [];
};

export function normaliseHsCode(code: string): string | null {
  const c = code.replace(/[.\s-]/g, '');
  return /^\d{2,10}$/.test(c) ? c : null;
}

/** Collects the distinct tag ids and the spans to mark from the matcher's output. */
export function termsFromMatches(m: TextMatches, productHs: ProductHs = productHsFromId): { terms: PageTerms; spans: MarkSpan[] } {
  const hs = new Set<string>();
  const regions = new Set<string>();
  const topics = new Set<string>();
  const spans: MarkSpan[] = [];
  for (const x of m.hsCodes) {
    const c = normaliseHsCode(x.id);
    if (!c) continue;
    hs.add(c);
    spans.push({ kind: 'hs', id: c, start: x.start, end: x.end });
  }
  for (const x of m.products) {
    for (const raw of productHs(x.id)) {
      const c = normaliseHsCode(raw);
      if (!c) continue;
      hs.add(c);
      spans.push({ kind: 'hs', id: c, start: x.start, end: x.end });
    }
  }
  for (const x of m.regions) {
    regions.add(x.id);
    spans.push({ kind: 'region', id: x.id, start: x.start, end: x.end });
  }
  for (const x of m.topics) {
    topics.add(x.id);
    spans.push({ kind: 'topic', id: x.id, start: x.start, end: x.end });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { terms: { hs: [...hs], regions: [...regions], topics: [...topics] }, spans };
}

export function mergeTerms(a: PageTerms, b: PageTerms): PageTerms {
  const u = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  return { hs: u(a.hs, b.hs), regions: u(a.regions, b.regions), topics: u(a.topics, b.topics) };
}

export function emptyTerms(): PageTerms {
  return { hs: [], regions: [], topics: [] };
}

export function sameTerms(a: PageTerms, b: PageTerms): boolean {
  const eq = (x: string[], y: string[]) => x.length === y.length && x.every((v) => y.includes(v));
  return eq(a.hs, b.hs) && eq(a.regions, b.regions) && eq(a.topics, b.topics);
}
