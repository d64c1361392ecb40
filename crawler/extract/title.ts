/**
 * Titles without the metadata that wrappers carry along: a title selector
 * that matches a header block also picks up `发布时间：2026-10-28`,
 * `来源：商务部`, `浏览次数：12`, print/font-size links or a date written on
 * the title line. The heading element inside a wrapper is preferred, and the
 * result is cross-checked against the list's title and the page `<title>`.
 * Pure functions over lines of text.
 */
import { cleanInline } from './text.ts';

const LABELS =
  '发布时间|发布日期|发文日期|成文日期|信息提供日期|时间|日期|来源|信息来源|文章来源|发布机构|发文机关|发文单位|作者|浏览次数|阅读次数|访问量|点击数|点击量|字号|索引号|Published|Source|Views';
/** a line that is only metadata */
const META_LINE = new RegExp(
  `^(?:【?(?:${LABELS})】?\\s*[:：]|【?(?:打印|关闭|收藏|分享|打印本页|关闭窗口)】?$|[【[]?\\s*(?:[大中小]\\s*){1,3}[】\\]]?$)`,
  'u',
);
/** metadata glued after the title on one line */
const META_TAIL = new RegExp(`\\s*(?:${LABELS})\\s*[:：].*$`, 'u');
/** a date standing at the end of the title line: 关于…的通知 2026-10-28, （2026年10月28日） */
const DATE_TAIL = /\s*[（(]?\s*\d{4}\s*(?:[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]?$/u;

/** The title from the lines a title element gives: metadata lines dropped, glued metadata and a trailing date cut. */
export function cleanTitle(lines: string[] | string): string {
  const ls = (Array.isArray(lines) ? lines : [lines]).flatMap((l) => l.split('\n')).map((l) => cleanInline(l));
  const kept: string[] = [];
  for (const l of ls) {
    if (!l || META_LINE.test(l)) continue;
    const cut = l.replace(META_TAIL, '').replace(DATE_TAIL, '').trim();
    if (cut) kept.push(cut);
  }
  // a title broken over lines (<br> in long headings) reads as one
  return cleanInline(kept.join(/[\u4e00-\u9fa5]$/u.test(kept[0] ?? '') ? '' : ' '));
}

/** The page <title> without the site's name: `关于…的通知-中华人民共和国商务部` -> `关于…的通知`. */
export function pageTitleHead(title: string | null | undefined): string {
  const t = cleanInline(title);
  const parts = t.split(/\s+[-_|｜—–]{1,2}\s+|(?<=[\u4e00-\u9fa5》」）])[-_|｜—–]{1,2}(?=[\u4e00-\u9fa5])/u).filter(Boolean);
  // the notice's title first, the site's name after it
  return parts[0] ?? t;
}

const norm = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');

/**
 * The title to keep: the page's own when it agrees with the others; the list's
 * when the list and the <title> agree against a page title that has more
 * (metadata the cleaning did not recognise); the list's when the page's is
 * missing. A list title cut short (…) never replaces a full one.
 */
export function crossCheckTitle(page: string, list: string | null | undefined, head: string | null | undefined): string {
  const l = cleanInline(list);
  const h = cleanInline(head);
  if (!page) return l || h;
  if (!l || /(?:\.\.\.|…)$/u.test(l)) return page;
  const p = norm(page);
  const ln = norm(l);
  if (p === ln) return page;
  // the page's title holds the list's and more, and the <title> sides with the list
  if (p.includes(ln) && h && norm(h) === ln) return l;
  return page;
}
