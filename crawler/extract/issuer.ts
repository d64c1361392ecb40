/**
 * The issuing office of a notice from the signals a page gives, and which
 * signal decided. Order: the source's own selector for it, labels in the
 * page (发布机构 / 发文机关 / 发文单位 / 来源), the signature lines at the end
 * of the body, the title (国务院关税税则委员会关于…), the document number's
 * issuers (商务部 海关总署公告…, 税委会, 商办贸函), the list's value, and the
 * source's default last. A later signal wins when it names the same bodies
 * more precisely (商务部办公厅 over 商务部) or names more of them (a joint
 * notice's co-issuers). Pure functions.
 */
import { refines, splitIssuers } from '../../taxonomy/issuers.ts';
import { cleanInline } from './text.ts';

export type AgencySignal = 'field' | 'label' | 'signature' | 'title' | 'docNumber' | 'list' | 'default';

export interface IssuerCandidate {
  signal: AgencySignal;
  agencies: string[];
  /** as written, when it is not a list of names (商务部等9部门) */
  raw?: string;
}

export interface Issuer {
  /** display form: the issuers separated by a space */
  agency: string | null;
  agencies: string[];
  signal: AgencySignal | null;
}

const DATE_LINE =
  /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九О]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{4}[-./]\d{1,2}[-./]\d{1,2})$/u;
const LABEL_RE = /(?:发布机构|发文机关|发文单位|发布单位|信息来源|文章来源|来源)\s*[:：]\s*([^\n]{2,80})/gu;
const STOP_AT = /\s{2,}|\u3000|[|｜]|(?:发布时间|发布日期|发文日期|发文字号|成文日期|浏览次数|阅读次数|访问量|点击数|字号|作者|日期|时间)\s*[:：]/u;

/** Names at the start of a label's value: `商务部办公厅　浏览次数：12` -> [商务部办公厅]. */
export function namesInValue(value: string): string[] {
  const v = value.normalize('NFKC').split(STOP_AT)[0] ?? '';
  const names = splitIssuers(v.trim());
  if (names.length) return names;
  // a value that goes on after the names: take them while they read as issuers
  const out: string[] = [];
  for (const part of v.trim().split(/[\s、]+/u)) {
    const n = splitIssuers(part);
    if (!n.length) break;
    out.push(...n);
  }
  return out;
}

/** Issuers named by labels in the page's text (the first label with a usable value wins). */
export function labelIssuers(text: string): string[] {
  for (const m of text.matchAll(LABEL_RE)) {
    const names = namesInValue(m[1]);
    if (names.length) return names;
  }
  return [];
}

/**
 * The signature block: the last lines of the body that are issuer names,
 * above (or beside) the date line. `财政部 税务总局` on one line or one name
 * per line; attachments lists after it are skipped.
 */
export function signatureIssuers(text: string): string[] {
  const lines = text
    .split('\n')
    .map((l) => cleanInline(l.normalize('NFKC')))
    .filter(Boolean);
  let i = lines.length - 1;
  // trailing attachment lines, then the date (a signature is dated: without a date, a closing
  // sentence ending in 会/局/厅 would read as one)
  while (i >= 0 && /^(?:附件|抄送|\(此件|（此件)/u.test(lines[i])) i--;
  let dated = false;
  while (i >= 0 && DATE_LINE.test(lines[i])) {
    dated = true;
    i--;
  }
  const out: string[] = [];
  for (let seen = 0; i >= 0 && seen < 6; i--, seen++) {
    const glued = /\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u;
    if (seen === 0 && glued.test(lines[i])) dated = true;
    const names = splitIssuers(lines[i].replace(glued, ''));
    if (!names.length) break;
    out.unshift(...names);
  }
  return dated ? [...new Set(out)] : [];
}

/** 国务院关税税则委员会关于… / 财政部 海关总署关于… -> the issuers before 关于. */
export function titleIssuers(title: string): string[] {
  const m = /^(.{2,60}?)关于/u.exec(cleanInline(title.normalize('NFKC')));
  return m ? splitIssuers(m[1]) : [];
}

/** Parses a configured field's value: names when it is a list of them, else kept as written. */
export function fieldCandidate(signal: AgencySignal, value: string | null | undefined): IssuerCandidate | null {
  const v = cleanInline(value);
  if (!v) return null;
  const names = splitIssuers(v.replace(/\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u, ''));
  if (names.length) return { signal, agencies: names };
  // foreign agencies, 商务部等9部门: not a list of Chinese names, kept as the site wrote it
  return v.length <= 80 ? { signal, agencies: [v], raw: v } : null;
}

function covers(wider: string[], narrower: string[]): boolean {
  return narrower.every((x) => wider.some((y) => refines(y, x)));
}

/** Every body of `b` is one of `a`'s or a part of one (福建省商务厅办公室 under 福建省商务厅). */
function within(a: string[], b: string[]): boolean {
  return b.every((x) => a.some((y) => refines(y, x) || refines(x, y)));
}

/** The first candidate, replaced by any later one that names its bodies more precisely or names more of them. */
export function chooseIssuer(candidates: (IssuerCandidate | null | undefined)[]): Issuer {
  const cs = candidates.filter((c): c is IssuerCandidate => !!c && c.agencies.length > 0);
  if (!cs.length) return { agency: null, agencies: [], signal: null };
  let best = cs[0];
  // as the site wrote it (商务部等9部门, a foreign agency): kept
  if (best.raw) return { agency: best.raw, agencies: best.agencies, signal: best.signal };
  let changed = true;
  for (let round = 0; changed && round < cs.length; round++) {
    changed = false;
    for (const c of cs) {
      if (c === best || c.signal === 'default' || c.raw) continue;
      const more = c.agencies.length > best.agencies.length;
      const finer = c.agencies.some((y) => best.agencies.every((x) => x !== y) && best.agencies.some((x) => refines(y, x) && y.length > x.length));
      // a joint list beats the office that posted it (来源：福建省商务厅办公室 over the three signed issuers)
      if ((more && within(c.agencies, best.agencies)) || (finer && covers(c.agencies, best.agencies))) {
        best = c;
        changed = true;
      }
    }
  }
  // Chinese lists read 商务部 海关总署; others (an API's agencies) keep their commas
  const sep = best.agencies.every((a) => /^[\u4e00-\u9fa5（）()]+$/u.test(a)) ? ' ' : ', ';
  return { agency: best.agencies.join(sep), agencies: best.agencies, signal: best.signal };
}
