/**
 * Hanweb (大汉) column pages deliver their list inside
 * `<script type="text/xml"><datastore>…<record><![CDATA[<li>…</li>]]></record>…`,
 * which an HTML parser keeps as opaque script text. This lifts the records'
 * markup into the page so ordinary item selectors see it. Pure.
 */

const XML_SCRIPT = /<script\b[^>]*type\s*=\s*["']?text\/xml["']?[^>]*>([\s\S]*?)<\/script>/gi;
const RECORD = /<record\b[^>]*>\s*(?:<!\[CDATA\[([\s\S]*?)\]\]>|([\s\S]*?))\s*<\/record>/gi;

/** The page with every datastore block replaced by its records' HTML; unchanged when there is none. */
export function inlineDatastore(html: string): string {
  if (!/<datastore\b/i.test(html)) return html;
  return html.replace(XML_SCRIPT, (whole, inner: string) => {
    if (!/<datastore\b/i.test(inner)) return whole;
    const rows: string[] = [];
    for (const m of inner.matchAll(RECORD)) rows.push((m[1] ?? m[2] ?? '').trim());
    return `<div class="datastore-records">${rows.join('\n')}</div>`;
  });
}
