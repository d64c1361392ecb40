/**
 * The CPU-heavy part of one fetched detail page as one self-contained job:
 * extraction (parse, sanitise, text), the normalised text the content hash
 * is made of, and for notices not stored yet their taxonomy tags and their
 * full-text index tokens. Plain data in and out, so it runs the same inline
 * or in a worker thread (crawler/detail-pool.ts).
 */
import { ftsTokens } from '../db/search/tokenize.ts';
import { type NoticeTagging, tagNotice } from './classify.ts';
import { compileNoise, normalizeText } from './detect/normalize.ts';
import { type DetailFields, extractDetail } from './extract/detail.ts';
import type { ListItem } from './extract/list.ts';
import type { SourceDef } from './source.ts';

/** What extraction needs of a source definition; no functions (it crosses threads). */
export type DetailSource = Pick<SourceDef, 'agency' | 'noise'> & { detail?: Omit<NonNullable<SourceDef['detail']>, 'extract'> };

export interface DetailJob {
  html: string;
  /** the page's final URL (links are made absolute against it) */
  url: string;
  source: DetailSource;
  item: ListItem;
  language: string;
  /** not in the store yet: classify and tokenise now (a known notice only needs it when it changed) */
  fresh: boolean;
  classify: boolean;
  /** for a fresh notice, also compute bodyTokens (the crawl's writer stores on this thread's caller, see writer.ts) */
  tokens?: boolean;
}

export interface DetailOutcome {
  fields: DetailFields;
  /** the notice's title: the page's, else the list's, else the URL */
  title: string;
  /** normalizeText(title) and normalizeText(text) with the source's noise: contentHashNormalized's input */
  normTitle: string;
  normText: string;
  tags?: NoticeTagging;
  /** ftsTokens(fields.text), for the store's full-text index (SQLite), when the job asked for it */
  bodyTokens?: string;
}

/** The source definition as a DetailJob carries it; null when it has a hook function (run those inline). */
export function detailSource(s: Pick<SourceDef, 'agency' | 'detail' | 'noise'>): DetailSource | null {
  if (typeof s.detail?.extract === 'function') return null;
  return { agency: s.agency, noise: s.noise, detail: s.detail };
}

const noiseCache = new Map<string, RegExp[]>();
function noiseOf(patterns: string[] | undefined): RegExp[] {
  if (!patterns?.length) return [];
  const key = patterns.join('\u0000');
  let re = noiseCache.get(key);
  if (!re) {
    if (noiseCache.size > 100) noiseCache.clear();
    re = compileNoise(patterns);
    noiseCache.set(key, re);
  }
  return re;
}

export async function runDetailJob(job: DetailJob): Promise<DetailOutcome> {
  const fields = extractDetail(job.html, { url: job.url, source: job.source, item: job.item });
  const title = fields.title || job.item.title || job.item.url;
  const noise = noiseOf(job.source.noise?.patterns);
  const out: DetailOutcome = { fields, title, normTitle: normalizeText(title, noise), normText: normalizeText(fields.text, noise) };
  if (job.fresh) {
    if (job.classify) out.tags = tagNotice({ title, text: fields.text, agency: fields.agency, docNumber: fields.docNumber, language: job.language });
    if (job.tokens !== false) out.bodyTokens = ftsTokens(fields.text);
  }
  return out;
}
