/**
 * Checks what a page script sends the background before anything acts on it: a
 * page (or a script on it that fakes our messages) must not make the background
 * throw, store junk, or spend unbounded time. Pure; the background also checks
 * that the sender is this extension.
 */
import type { PageTerms } from './relevance.ts';

/** page text per message: far above a real product page, below what would stall matching */
export const MAX_PAGE_TEXT = 4_000_000;
const MAX_TERMS = 2_000;
const MAX_HOST = 253;

function termList(v: unknown): string[] | null {
  if (!Array.isArray(v) || v.length > MAX_TERMS) return null;
  return v.every((x) => typeof x === 'string' && x.length > 0 && x.length <= 64) ? (v as string[]) : null;
}

function pageTerms(v: unknown): PageTerms | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const hs = termList(o.hs);
  const regions = termList(o.regions);
  const topics = termList(o.topics);
  return hs && regions && topics ? { hs, regions, topics } : null;
}

/** A well-formed page-text message, or null. */
export function checkPageText(raw: unknown): { host: string; text: string; terms: PageTerms } | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  if (m.type !== 'page-text' || typeof m.host !== 'string' || !m.host || m.host.length > MAX_HOST) return null;
  if (typeof m.text !== 'string' || m.text.length > MAX_PAGE_TEXT) return null;
  const terms = pageTerms(m.terms);
  return terms ? { host: m.host, text: m.text, terms } : null;
}
