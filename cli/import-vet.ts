import { stripBidi } from '../db/bidi.ts';
import { factsProblem, ImportFormatError, parseFacts } from '../db/import-format.ts';
import type { NoticeExport } from '../db/types.ts';
import { isKnownLanguage, knownTags } from '../taxonomy/known.ts';

/**
 * What `import` lets into the archive from a file that may be hostile (db/import-format.ts
 * checked its shape): http(s) URLs only, tags only from the vocabulary (others are
 * dropped, with a warning naming the line), ids that are ids, and one-line fields
 * without bidi controls (db/bidi.ts; they spoof titles and file names). Pure: the import
 * runs it in its validation pass and again as it writes.
 */

export interface Vetted {
  item: NoticeExport;
  warnings: string[];
}

const isHttp = (u: string) => {
  try {
    const p = new URL(u).protocol;
    return p === 'http:' || p === 'https:';
  } catch {
    return false;
  }
};
const SOURCE_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const show = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

export function vetImportItem(item: NoticeExport, lineNo: number): Vetted {
  const n = item.notice;
  const fail = (field: string, why: string) => {
    throw new ImportFormatError(`line ${lineNo}: ${field}: ${why}`);
  };
  if (!isHttp(n.url)) fail('notice.url', `${show(n.url)} is not an http(s) URL`);
  if (!SOURCE_ID.test(n.sourceId)) fail('notice.sourceId', `${show(n.sourceId)} is not a source id (lowercase letters, digits, - and _)`);
  if (!isKnownLanguage(n.language)) fail('notice.language', `${show(n.language)} is not a language code such as zh or en`);
  const warnings: string[] = [];
  const tags = knownTags(n);
  if (tags.dropped.length) warnings.push(`line ${lineNo}: dropped unknown tags ${tags.dropped.map(show).join(', ')}`);
  // facts of another shape (a hostile or newer file) are dropped, the notice kept
  let facts = n.facts;
  if (facts !== undefined) {
    const problem = factsProblem(facts);
    if (problem) {
      warnings.push(`line ${lineNo}: dropped facts that are not relevance facts (${problem})`);
      facts = undefined;
    } else facts = parseFacts(facts) ?? undefined;
  }
  const versions = item.versions.map((v) => {
    const ok = v.attachments.filter((a) => isHttp(a.url));
    if (ok.length < v.attachments.length)
      warnings.push(`line ${lineNo}: version ${v.version}: dropped ${v.attachments.length - ok.length} attachment(s) without an http(s) URL`);
    return { ...v, title: stripBidi(v.title), attachments: ok.map((a) => ({ ...a, name: stripBidi(a.name) })) };
  });
  const notice = {
    ...n,
    facts,
    title: stripBidi(n.title),
    docNumber: stripBidi(n.docNumber),
    agency: stripBidi(n.agency),
    topics: tags.topics,
    regions: tags.regions,
    hsCodes: tags.hsCodes,
  };
  return { item: { notice, versions }, warnings };
}
