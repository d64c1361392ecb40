/**
 * A generic "redesign" of any replica page, as a site relaunch does it:
 * every class name and id renamed (opaque new names, consistently per name),
 * and the page's content wrapped in two new divs. Text, links, tags and
 * <meta> stay as they were. Applied by the replica server to HTML answers of
 * a site switched to its redesigned variant (Replicas.redesign), so it
 * covers every replica, also ones added later.
 */
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';

const rename = (prefix: string, name: string) => `${prefix}${createHash('sha1').update(name).digest('hex').slice(0, 6)}`;

/** The page with classes and ids renamed and a wrapper added inside <body>. */
export function redesignHtml(html: string): string {
  let out = html.replace(/<[a-zA-Z][^<>]*>/g, (tag) =>
    tag.replace(/(\s)(class|id)(\s*=\s*)(["'])([^"']*)\4/gi, (_m, sp: string, attr: string, eq: string, q: string, value: string) => {
      const v =
        attr.toLowerCase() === 'class'
          ? value
              .split(/\s+/)
              .filter(Boolean)
              .map((c) => rename('c', c))
              .join(' ')
          : value
            ? rename('i', value)
            : value;
      return `${sp}${attr}${eq}${q}${v}${q}`;
    }),
  );
  if (/<body[^>]*>/i.test(out)) {
    out = out.replace(/<body([^>]*)>/i, (m) => `${m}<div class="shell-2027"><div class="frame-2027">`);
    out = /<\/body>/i.test(out) ? out.replace(/<\/body>/i, '</div></div></body>') : `${out}</div></div>`;
  }
  return out;
}

/** The charset an HTML answer is in: Content-Type, else <meta charset>, else UTF-8. */
function charsetOf(contentType: string, body: Buffer): string {
  const declared = /charset=([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(body.subarray(0, 2048).toString('latin1'))?.[1];
  return declared && iconv.encodingExists(declared) ? declared : 'utf-8';
}

/** redesignHtml on an encoded answer body (GBK pages stay GBK). */
export function redesignBody(contentType: string, body: Buffer): Buffer {
  const cs = charsetOf(contentType, body);
  return iconv.encode(redesignHtml(iconv.decode(body, cs)), cs);
}
