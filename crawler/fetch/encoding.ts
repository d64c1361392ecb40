/**
 * Decoding pages of unknown charset: Content-Type charset, then
 * <meta charset>, then sniffing. GBK and GB2312 are decoded as GB18030 (a
 * superset), and a declared charset that the bytes plainly contradict
 * (valid multi-byte UTF-8 under a "gbk" or "iso-8859-1" header) loses.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

const ALIASES: Record<string, string> = {
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  'x-gbk': 'gb18030',
  'x-gb2312': 'gb18030',
  gb18030: 'gb18030',
  'euc-cn': 'gb18030',
  cp936: 'gb18030',
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
};

export function normalizeCharset(name: string | undefined | null): string | undefined {
  if (!name) return undefined;
  const n = name
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (!n) return undefined;
  const a = ALIASES[n] ?? n;
  return iconv.encodingExists(a) ? a : undefined;
}

export function charsetFromContentType(ct: string | null | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(ct ?? '');
  return m?.[1];
}

/** <meta charset="…"> or <meta http-equiv="Content-Type" content="…charset=…">, in the first 4 KB. */
export function charsetFromMeta(buf: Buffer): string | undefined {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1];
}

function hasHighBytes(buf: Buffer): boolean {
  // native scan: this runs on every page
  return !isAscii(buf);
}

/** Valid UTF-8, tolerating a multi-byte sequence cut at the very end (truncated bodies). */
export function isValidUtf8(buf: Buffer): boolean {
  for (let cut = 0; cut <= 3 && cut <= buf.length; cut++) {
    // a cut only helps when the invalid part is the tail
    if (isUtf8(buf.subarray(0, buf.length - cut))) return true;
  }
  return false;
}

export interface Decoded {
  text: string;
  charset: string;
  /** where the charset came from */
  source: 'forced' | 'bom' | 'header' | 'meta' | 'sniff';
}

export function decodeBody(buf: Buffer, contentType?: string | null, forced?: string): Decoded {
  const f = normalizeCharset(forced);
  if (f) return { text: decodeAs(buf, f), charset: f, source: 'forced' };
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: decodeAs(buf.subarray(3), 'utf-8'), charset: 'utf-8', source: 'bom' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), charset: 'utf-16le', source: 'bom' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), charset: 'utf-16be', source: 'bom' };

  const high = hasHighBytes(buf);
  const utf8 = !high || isValidUtf8(buf);
  const header = normalizeCharset(charsetFromContentType(contentType));
  const meta = normalizeCharset(charsetFromMeta(buf));
  const pick = (cs: string, source: Decoded['source']): Decoded => ({ text: decodeAs(buf, cs), charset: cs, source });

  for (const [cs, source] of [
    [header, 'header'],
    [meta, 'meta'],
  ] as const) {
    if (!cs) continue;
    if (cs === 'utf-8') {
      if (utf8) return pick('utf-8', source);
      continue; // declared UTF-8 but is not: try the next clue
    }
    // pure ASCII decodes the same either way; real multi-byte UTF-8 under another label is a mislabel
    if (high && utf8) return pick('utf-8', 'sniff');
    return pick(cs, source);
  }
  if (utf8) return pick('utf-8', 'sniff');
  // Chinese government sites: non-UTF-8 bytes are almost always GBK family
  return pick('gb18030', 'sniff');
}

function decodeAs(buf: Buffer, cs: string): string {
  if (cs === 'utf-8') return buf.toString('utf8');
  return iconv.decode(buf, cs);
}

/** Textual content types we decode and parse. */
export function isTextual(contentType: string): boolean {
  const t = contentType.toLowerCase();
  return !t || t.startsWith('text/') || t.includes('html') || t.includes('xml') || t.includes('json') || t.includes('javascript');
}
