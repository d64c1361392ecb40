/**
 * Cheap change signals: page metadata a CMS updates whenever it republishes
 * a notice (gov.cn's `lastmodifiedtime`, Open Graph / Dublin Core modified
 * times). Read with a regex over the page's head, no parse. A known notice
 * whose page bytes changed (view counters, rotating tokens) but whose signal
 * did not is not extracted and compared again; a changed signal is re-checked
 * in full. Pages without a signal are compared as before.
 */
import { createHash } from 'node:crypto';

/** <meta> names that change when the notice does (publication dates such as PubDate do not). */
export const DEFAULT_SIGNALS = [
  'lastmodifiedtime',
  'LastModifiedTime',
  'article:modified_time',
  'og:updated_time',
  'dcterms.modified',
  'DC.date.modified',
  'DCTERMS.modified',
];

const META_RE = /<meta\b[^>]*>/gi;
const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);

/** The first signal the page carries, as "name=value", or null. Only the head is read (its first 16 kB). */
export function changeSignal(html: string, names: readonly string[] = DEFAULT_SIGNALS): string | null {
  const end = html.search(/<\/head>/i);
  const head = html.slice(0, end > 0 ? end : 16_384);
  const found = new Map<string, string>();
  for (const m of head.matchAll(META_RE)) {
    const n = attr(m[0], 'name') ?? attr(m[0], 'property');
    const c = attr(m[0], 'content');
    const key = n ? (n[1] ?? n[2] ?? n[3]) : undefined;
    const value = c ? (c[1] ?? c[2] ?? c[3] ?? '').trim() : '';
    if (key && value && !found.has(key)) found.set(key, value);
  }
  for (const n of names) {
    const v = found.get(n);
    if (v) return `${n}=${v}`;
  }
  return null;
}

/**
 * What a page's HTTP cache entry records as its body hash when it carries a
 * signal: the signal's hash, so that the next fetch compares signals, not bytes.
 */
export function signalHash(signal: string): string {
  return createHash('sha256').update(`change-signal\u0000${signal}`).digest('hex');
}
