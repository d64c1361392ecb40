/**
 * Where a company is and which place a local government's notice is for: Chinese
 * provinces and cities (ids `CN-GD`, `CN-GD-shenzhen`), parsed from ids or names
 * (广东省 深圳市, Shenzhen), and the issuing local government of a notice.
 */
import { CN_CITY_DATA, CN_PROVINCE_DATA } from './data/cn-regions.ts';
import type { Lang } from './types.ts';

export interface Place {
  id: string;
  zh: string;
  en: string;
  /** the province id (itself for a province) */
  province: string;
  /** true for a city */
  city: boolean;
}

/** A company's location or a local notice's scope: a province, optionally one of its cities. */
export interface Location {
  province: string;
  city?: string;
}

const provinces: Place[] = CN_PROVINCE_DATA.split('\n').map((l) => {
  const [code, zh, en] = l.split('|');
  return { id: `CN-${code}`, zh, en, province: `CN-${code}`, city: false };
});
const cities: Place[] = CN_CITY_DATA.split('\n').map((l) => {
  const [prov, slug, zh, en] = l.split('|');
  return { id: `CN-${prov}-${slug}`, zh, en, province: `CN-${prov}`, city: true };
});
// municipalities (北京, 上海, 天津, 重庆) are provinces; a city of the same name would be a duplicate
export const PLACES: readonly Place[] = [...provinces, ...cities];
const byId = new Map(PLACES.map((p) => [p.id.toLowerCase(), p]));
// longest names first so 内蒙古 wins over a shorter name inside it
const byName = [...PLACES].sort((a, b) => b.zh.length - a.zh.length);

export function placeInfo(id: string): Place | undefined {
  return byId.get(id.toLowerCase());
}

export function placeName(id: string, lang: Lang = 'zh'): string | undefined {
  const p = placeInfo(id);
  if (!p) return undefined;
  if (!p.city) return p[lang];
  const prov = placeInfo(p.province);
  return lang === 'zh' ? `${prov?.zh ?? ''} ${p.zh}` : `${p.en}, ${prov?.en ?? ''}`;
}

const ZH_SUFFIX = /^(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)?/;

function findByText(s: string): Place | undefined {
  const t = s.trim();
  if (!t) return undefined;
  const lower = t.toLowerCase();
  return byName.find((p) => {
    if (p.en.toLowerCase() === lower || p.en.toLowerCase().replace(/'/g, '') === lower) return true;
    if (!t.startsWith(p.zh)) return false;
    const rest = t.slice(p.zh.length).replace(ZH_SUFFIX, '');
    return rest === '';
  });
}

/**
 * A location from ids (`CN-GD-shenzhen`, `CN-GD`) or names: `广东省 深圳市`, `广东 深圳`,
 * `深圳市`, `Shenzhen, Guangdong`. Returns an error text for anything else.
 */
export function parseLocation(input: string): Location | { error: string } {
  const parts = input
    .split(/[\s,，/、]+/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (!parts.length) return { error: 'a province and/or city is expected' };
  let province: string | undefined;
  let city: string | undefined;
  for (const part of parts) {
    const p = placeInfo(part) ?? findByText(part) ?? findJoined(part);
    if (!p) return { error: `"${part.slice(0, 40)}" is not a known Chinese province or city (e.g. 广东省 深圳市, CN-GD-shenzhen)` };
    if (p.city) {
      if (city && city !== p.id) return { error: 'only one city can be given' };
      city = p.id;
      if (province && province !== p.province) return { error: `${p.zh} is not in ${placeInfo(province)?.zh}` };
      province = p.province;
    } else {
      if (province && province !== p.id) return { error: city ? `${placeInfo(city)?.zh} is not in ${p.zh}` : 'only one province can be given' };
      province = p.id;
    }
  }
  return city ? { province: province!, city } : { province: province! };
}

/** 广东省深圳市 written without a space. */
function findJoined(s: string): Place | undefined {
  for (const p of byName) {
    if (p.city || !s.startsWith(p.zh)) continue;
    const rest = s.slice(p.zh.length).replace(ZH_SUFFIX, '');
    const c = rest ? findByText(rest) : undefined;
    if (c?.city && c.province === p.id) return c;
  }
  return undefined;
}

/** True when a company at `at` is within a local notice's scope. An unknown location is not. */
export function locationWithin(scope: Location, at: Location | null | undefined): boolean {
  if (!at?.province) return false;
  if (scope.province !== at.province) return false;
  return !scope.city || scope.city === at.city;
}

// A local government body: a place name, then a bureau of it. Customs districts (深圳海关) are
// branches of a national agency, not local government, and are left out.
const BODY =
  '(?:人民政府|政府|办公厅|办公室|商务厅|商务局|商务委员会|商务委|财政厅|财政局|税务局|发展和改革委员会|发展改革委|发改委|工业和信息化厅|工业和信息化局|工信厅|工信局|科学技术厅|科技局|市场监督管理局|市场监管局|地方金融监督管理局|金融工作局|贸促会|口岸办)';
const EN_BODY =
  /\b(?:Municipal|Provincial)\b[^.\n]{0,40}\b(?:Bureau|Department|Commission|Government|Office)\b|\b(?:Bureau|Department|Commission) of [A-Za-z ]{0,30}\b(?:of|,)\s*([A-Z][a-z]+)(?: Province| Municipality)?\b/;

function issuerIn(s: string): Location | null {
  let best: { at: number; loc: Location } | null = null;
  for (const p of byName) {
    let from = 0;
    for (;;) {
      const at = s.indexOf(p.zh, from);
      if (at < 0) break;
      from = at + p.zh.length;
      const rest = s.slice(from).replace(ZH_SUFFIX, '');
      const next = rest.match(new RegExp(`^(?:[\\u4e00-\\u9fa5]{2,4}(?:市|区|县))?${BODY}`));
      if (!next) continue;
      const loc: Location = p.city ? { province: p.province, city: p.id } : { province: p.id };
      // a city inside its province's name (广东省深圳市商务局) is the more precise reading
      const inner = p.city ? null : issuerIn(rest);
      const chosen = inner && inner.province === loc.province ? inner : loc;
      if (!best || at < best.at) best = { at, loc: chosen };
      break;
    }
  }
  if (best) return best.loc;
  const en = s.match(EN_BODY);
  if (en) {
    for (const p of byName) if (new RegExp(`\\b${p.en}\\b`).test(s)) return p.city ? { province: p.province, city: p.id } : { province: p.id };
  }
  return null;
}

// A city's or province's own programme (2026年深圳市外贸发展专项资金) is for companies there.
const PROGRAMME = /^(?:省|市)?[^，。,]{0,24}?(?:专项资金|扶持资金|发展资金|资金|补贴|补助|奖励|资助|支持计划|项目)/;

function programIn(title: string): Location | null {
  for (const p of byName) {
    const at = title.indexOf(p.zh);
    if (at < 0) continue;
    const after = title.slice(at + p.zh.length);
    if (!/^(?:省|市|壮族自治区|自治区)/.test(after) || !PROGRAMME.test(after)) continue;
    return p.city ? { province: p.province, city: p.id } : { province: p.id };
  }
  return null;
}

/**
 * The place a local government's notice is for (its issuer: 深圳市商务局, 浙江省财政厅),
 * from the agency field, else the title's or the text's opening or closing lines; null for
 * national and foreign issuers.
 */
export function localScope(n: { agency?: string | null; title?: string; text?: string }): Location | null {
  if (n.agency) {
    const a = issuerIn(n.agency);
    if (a) return a;
    // a named national or foreign agency: not local, whatever the text mentions
    if (!/^\s*$/.test(n.agency) && !/[省市]|Province|Municipal/.test(n.agency)) return null;
  }
  const title = n.title ?? '';
  const t = issuerIn(title.slice(0, 30)) ?? programIn(title);
  if (t) return t;
  const text = n.text ?? '';
  return issuerIn(text.slice(0, 120)) ?? issuerIn(text.slice(-120));
}
