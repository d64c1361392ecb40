/**
 * National Financial Regulatory Administration (国家金融监督管理总局), 公告通知
 * (www.nfra.gov.cn, column 公告通知).
 * Known (SITES.md): the lists are rendered by script from JSON.
 * Assumed (public scrapers of the former CBIRC site, same platform): the
 * column is `/cbircweb/DocInfo/SelectDocByItemIdAndChild?itemId=…&pageSize=
 * 18&pageIndex=N`, answering `{data: {rows: [{docId, docSubtitle,
 * publishDate}], total}}`; one document is
 * `/cn/static/data/DocInfo/SelectByDocId/data_docId=<id>.json` with
 * `{data: {docTitle, documentNo, publishDate, docClob (HTML), attachmentInfoVOList}}`.
 * The browser page (`/cn/view/pages/ItemDetail.html?docId=…`) is an empty
 * shell, so the notice URL is the document's JSON; the hook below turns it
 * into notice fields with the ordinary detail extraction.
 */
import { extractDetail } from '../extract/detail.ts';
import { parseJsonLoose } from '../extract/list.ts';
import { escapeHtml as esc } from '../extract/sanitize.ts';
import { defineSource } from '../source.ts';
import { CN_EFFECTIVE_DATE } from './patterns.ts';

const AGENCY = '国家金融监督管理总局';
const COLUMN = '915';

interface NfraDoc {
  docTitle?: string;
  docSubtitle?: string;
  documentNo?: string;
  publishDate?: string;
  docClob?: string;
  attachmentInfoVOList?: { fileName?: string; fileUrl?: string }[] | null;
}

/** The document JSON as a small HTML page, read by the same extraction as every other source. */
function documentPage(doc: NfraDoc): string {
  const atts = (doc.attachmentInfoVOList ?? [])
    .filter((a) => a.fileUrl)
    .map((a) => `<a href="${esc(a.fileUrl ?? '')}">${esc(a.fileName ?? '')}</a>`)
    .join('');
  return `<html><head><meta name="PubDate" content="${esc(doc.publishDate ?? '')}"></head><body>
<h1>${esc(doc.docTitle || doc.docSubtitle || '')}</h1><p id="docNo">${esc(doc.documentNo ?? '')}</p>
<div id="docClob">${doc.docClob ?? ''}</div><div id="atts">${atts}</div></body></html>`;
}

export default defineSource({
  id: 'nfra-notices',
  name: '国家金融监督管理总局 公告通知',
  nameEn: 'NFRA announcements and notices',
  agency: AGENCY,
  agencyEn: 'National Financial Regulatory Administration',
  country: 'CN',
  language: 'zh',
  baseUrl: 'https://www.nfra.gov.cn',
  schedule: { intervalMinutes: 360 },
  politeness: { delayMs: 3000, concurrency: 1 },
  list: {
    kind: 'json',
    url: `/cbircweb/DocInfo/SelectDocByItemIdAndChild?itemId=${COLUMN}&pageSize=18`,
    pagination: { type: 'param', param: 'pageIndex', start: 1 },
    maxPages: 3,
    itemsPath: 'data.rows',
    fields: {
      title: ['docSubtitle', 'docTitle'],
      link: { selector: 'docId', template: '/cn/static/data/DocInfo/SelectByDocId/data_docId={}.json' },
      date: 'publishDate',
    },
  },
  detail: {
    extract: ({ html, url }) => {
      let doc: NfraDoc | undefined;
      try {
        doc = (parseJsonLoose(html) as { data?: NfraDoc })?.data;
      } catch {
        doc = undefined;
      }
      // not the document JSON (a "系统繁忙" answer, a redesign): fail the item rather than store the raw JSON as a version
      if (!doc || typeof doc.docClob !== 'string') throw new Error(`not an NFRA document (no data.docClob): ${url}`);
      const f = extractDetail(documentPage(doc), {
        url,
        source: {
          agency: AGENCY,
          detail: {
            title: 'h1',
            body: '#docClob',
            date: { meta: 'PubDate' },
            // documentNo is often empty: the engine then reads the number from the title or the text's start
            docNumber: '#docNo',
            agency: '#docClob p[style*="right"]',
            effectiveDate: { selector: '#docClob', pattern: CN_EFFECTIVE_DATE },
            attachments: '#atts a',
          },
        },
      });
      return { ...f, meta: {} };
    },
  },
});
