/**
 * Issuing bodies as they are written on Chinese notices: full names in
 * signatures and labels (商务部办公厅, 财政部 海关总署 税务总局), short codes in
 * document numbers (税委会公告, 商办贸函, 国办发, 财关税). Pure functions; the
 * crawler uses them to read the issuer from a page's signals.
 */
import { AGENCY_DATA, CN_PLACES } from './data/agencies.ts';

/**
 * Document-number prefixes -> issuer, longest prefix first when looked up.
 * The code names the drafting office (商办 = 商务部办公厅), so it is more
 * specific than a source's owner.
 */
const PREFIX_ISSUERS: [string, string][] = [
  ['税委会', '国务院关税税则委员会'],
  ['国办发', '国务院办公厅'],
  ['国办函', '国务院办公厅'],
  ['国发', '国务院'],
  ['国函', '国务院'],
  ['国令', '国务院'],
  ['商办', '商务部办公厅'],
  ['商', '商务部'],
  ['财办', '财政部办公厅'],
  ['财', '财政部'],
  ['署', '海关总署'],
  ['税总', '国家税务总局'],
  ['发改办', '国家发展改革委办公厅'],
  ['发改', '国家发展改革委'],
  ['汇发', '国家外汇管理局'],
  ['汇综发', '国家外汇管理局综合司'],
  ['银发', '中国人民银行'],
  ['市监', '国家市场监督管理总局'],
  ['浙商务', '浙江省商务厅'],
  ['浙政办发', '浙江省人民政府办公厅'],
  ['浙政发', '浙江省人民政府'],
  ['深商务', '深圳市商务局'],
  ['深府办', '深圳市人民政府办公厅'],
  ['深府', '深圳市人民政府'],
].sort((a, b) => b[0].length - a[0].length) as [string, string][];

/** The issuer a document-number prefix stands for (商办贸函 -> 商务部办公厅), or null. */
export function issuerOfPrefix(prefix: string): string | null {
  const p = prefix.trim();
  if (!p) return null;
  const exact = PREFIX_ISSUERS.find(([code]) => code === p);
  if (exact) return exact[1];
  // a full name used as the prefix (商务部公告, 海关总署公告)
  if (looksLikeIssuer(p)) return p;
  for (const [code, name] of PREFIX_ISSUERS) if (p.startsWith(code)) return name;
  return null;
}

/** Words that end the name of a self-standing issuing body. */
const ISSUER_END = /(?:部|署|总局|局|委员会|委|院|银行|行|厅|办公室|办公厅|政府|中心|总会|促进会|会|公司|司|海关)$/u;
/** Not issuers although they end like one (media, generic words, sub-units on their own). */
const NOT_ISSUER = /(?:网站|日报|新华社|报社|杂志|出版社|电视台|本网|本部|本局|本委|各部|有关部|部门|学会|协会|研究院|医院)|^(?:本|各|有关|相关|该|贵|全|原)/u;

/** The full name of an issuer written short (税委会 -> 国务院关税税则委员会); other names as given. */
export function fullIssuerName(name: string): string {
  return PREFIX_ISSUERS.find(([code]) => code === name)?.[1] ?? name;
}

/** Known full names, longest first: used to split run-together issuers (财政部税务总局). */
let known: string[] | undefined;
function knownNames(): string[] {
  if (known) return known;
  const out = new Set<string>();
  for (const line of AGENCY_DATA.split('\n')) {
    const zh = line.split('|')[1] ?? '';
    for (const n of zh.split(',')) if (/^[\u4e00-\u9fa5]{2,}$/.test(n) && looksLikeIssuer(n)) out.add(n);
  }
  for (const p of CN_PLACES.split(',')) {
    const name = p.split('|')[1];
    out.add(`${name}省商务厅`);
    out.add(`${name}市商务局`);
    out.add(`${name}市人民政府`);
  }
  for (const n of [
    '商务部办公厅',
    '财政部办公厅',
    '国务院办公厅',
    '国家发展改革委办公厅',
    '工业和信息化部',
    '生态环境部',
    '农业农村部',
    '科技部',
    '公安部',
    '国家知识产权局',
    '国家邮政局',
    '国家药监局',
  ])
    out.add(n);
  known = [...out].sort((a, b) => b.length - a.length);
  return known;
}

/**
 * Whether a string reads as the name of an issuing body: CJK, 2-30 chars,
 * ending like one. A department (司) only counts under its ministry
 * (商务部对外贸易司), not alone (条法司: an internal office, not the issuer).
 */
export function looksLikeIssuer(s: string): boolean {
  const n = s.trim();
  if (!/^[\u4e00-\u9fa5（）()]{2,30}$/u.test(n)) return false;
  if (!ISSUER_END.test(n) || NOT_ISSUER.test(n)) return false;
  if (/司$/.test(n) && !/公司$/.test(n) && !/(?:部|署|总局|委|公司)/u.test(n.slice(0, -1))) return false;
  if (/(?:关于|通知|公告|决定|办法|规定|意见|印发|发布|的)/u.test(n)) return false;
  return true;
}

/**
 * The issuers named in a run of text such as `财政部 海关总署 税务总局`,
 * `财政部、商务部` or `财政部税务总局` (run together: split on known names).
 * Empty when any part does not read as an issuer.
 */
export function splitIssuers(s: string): string[] {
  const parts = s
    .normalize('NFKC')
    .split(/[\s\u3000、，,；;]+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const split = splitKnown(p);
    if (split) out.push(...split);
    else if (looksLikeIssuer(p)) out.push(p);
    else return [];
  }
  return [...new Set(out)];
}

/** 财政部税务总局 -> [财政部, 税务总局] when the whole run is known names; null otherwise. */
function splitKnown(s: string): string[] | null {
  const names = knownNames();
  if (names.includes(s)) return [s];
  for (const k of names) {
    if (!s.startsWith(k) || s.length === k.length) continue;
    const rest = splitKnown(s.slice(k.length));
    if (rest) return [k, ...rest];
  }
  return null;
}

/**
 * True when `specific` names the same body as `general` or a part of it
 * (商务部办公厅 refines 商务部; 税务总局 and 国家税务总局 are the same body).
 */
export function refines(specific: string, general: string): boolean {
  if (specific === general) return true;
  if (specific.startsWith(general)) return true;
  // 国家税务总局 / 税务总局, 国家发展改革委 / 发展改革委: a national prefix left out
  const bare = (x: string) => x.replace(/^(?:国家|中华人民共和国|中国)/u, '');
  return bare(specific) === bare(general) || bare(specific).startsWith(bare(general));
}
