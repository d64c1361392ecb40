/** Content hash of a notice: normalised title and text plus its attachments. */
import { createHash } from 'node:crypto';
import type { Attachment } from '../../db/types.ts';
import { normalizeText } from './normalize.ts';

export function contentHash(input: { title: string; text: string; attachments?: Attachment[] }, noise: RegExp[] = []): string {
  const h = createHash('sha256');
  h.update(normalizeText(input.title, noise));
  h.update('\n\u0000\n');
  h.update(normalizeText(input.text, noise));
  // attachments by URL and body hash: a changed annex is a change, their order is not
  const atts = [...(input.attachments ?? [])].map((a) => `${a.url}|${a.hash ?? ''}`).sort();
  for (const a of atts) h.update(`\n\u0001${a}`);
  return h.digest('hex');
}
