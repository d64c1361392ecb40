/** Content hash of a notice: normalised title and text plus its attachments. */
import { createHash } from 'node:crypto';
import type { Attachment } from '../../db/types.ts';
import { normalizeText } from './normalize.ts';

export function contentHash(input: { title: string; text: string; attachments?: Attachment[] }, noise: RegExp[] = []): string {
  return contentHashNormalized(normalizeText(input.title, noise), normalizeText(input.text, noise), input.attachments);
}

/** contentHash from title and text already passed through normalizeText (with the same noise). */
export function contentHashNormalized(title: string, text: string, attachments?: Attachment[]): string {
  const h = createHash('sha256');
  h.update(title);
  h.update('\n\u0000\n');
  h.update(text);
  // attachments by URL and body hash: a changed annex is a change, their order is not
  const atts = [...(attachments ?? [])].map((a) => `${a.url}|${a.hash ?? ''}`).sort();
  for (const a of atts) h.update(`\n\u0001${a}`);
  return h.digest('hex');
}
