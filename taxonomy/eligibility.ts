/**
 * Who a notice is for, as data: export-value thresholds (年出口额800万美元以下), enterprise
 * size (中小微企业), registration place (注册在深圳市的企业), read from the text and checked
 * against a profile's facts. Pure.
 */
import { type Location, locationWithin, PLACES, placeName } from './places.ts';
import type { Profile } from './profile.ts';

export interface Eligibility {
  /** the company's annual exports must be at most this (USD) */
  maxExportValueUsd?: number;
  /** … at least this (USD) */
  minExportValueUsd?: number;
  /** only small and medium-sized (and micro) enterprises */
  sme?: boolean;
  /** only companies registered there */
  registeredIn?: Location;
}

export interface EligibilityCheck {
  /** ok: no condition fails (and none is unknown); unknown: some fact of the profile is missing; fails: a condition is not met */
  status: 'ok' | 'unknown' | 'fails';
  conditions: string[];
  failed: string[];
  unknown: string[];
}

const UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8, thousand: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9 };

function amount(num: string, unit: string | undefined): number {
  return Math.round(Number(num.replace(/,/g, '')) * (unit ? (UNIT[unit.toLowerCase()] ?? 1) : 1));
}

// 年出口额800万美元以下, 上年度出口额不超过5000万美元, 出口额在1000万美元以上
const ZH_VALUE =
  /(?:年度?|上年度?|上一年度|近一年)?(?:出口额|出口总额|进出口额|进出口总额|出口规模|出口实绩)\s*(?:在|为|达到)?\s*(不超过|不高于|低于|少于|不足|超过|高于|达到|不低于)?\s*(\d+(?:\.\d+)?)\s*(万|亿)?\s*美元\s*(以下|以内|及以下|（含）以下|\(含\)以下|以上|及以上|（含）以上|\(含\)以上)?/g;
// annual exports of less than USD 8 million / export sales below $5 million / exports not exceeding US$10m
const EN_VALUE =
  /\b(?:annual )?(?:exports?|export (?:sales|turnover|value))(?: value)?(?: of)?\s*(less than|below|under|not exceeding|up to|at most|more than|above|over|exceeding|at least)\s*(?:USD|US\$|\$)\s?(\d+(?:[.,]\d+)?)\s*(million|thousand|billion|m|mn|bn)?\b/gi;
const ZH_SME = /(?:中小微企业|中小企业|小微企业|小型微型企业|中小型企业)/;
const ZH_SME_CONDITION =
  /(?:申报|申请|支持对象|扶持对象|面向|适用于|适用对象|条件|须为|应为|限于|仅限|属于|符合)[^。；\n]{0,30}(?:中小微企业|中小企业|小微企业|小型微型企业|中小型企业)|(?:中小微企业|中小企业|小微企业|小型微型企业|中小型企业)[^。；\n]{0,6}(?:可|均可|方可)?(?:申报|申请)/;
const EN_SME_CONDITION =
  /\b(?:eligible|open to|available to|limited to|for|applicants must be)\b[^.;\n]{0,40}\b(?:small and medium[- ]sized enterprises|SMEs|small businesses)\b/i;
// 注册在深圳市的企业, 在深圳市注册的企业, 注册地在广东省, 工商注册地为浙江省
const ZH_REG_BEFORE = /(?:注册在|注册地在|注册地为|注册地位于|工商注册地在|工商注册地为|登记注册在|依法注册在)\s*$/;
const ZH_REG_AROUND = /^(?:省|市|壮族自治区|自治区)?(?:[\u4e00-\u9fa5]{0,6}(?:区|县))?(?:内)?(?:依法)?(?:注册|登记注册|工商注册)/;

const byLength = [...PLACES].sort((a, b) => b.zh.length - a.zh.length);

function registration(text: string): Location | undefined {
  for (const p of byLength) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(p.zh, from);
      if (at < 0) break;
      from = at + p.zh.length;
      const before = text.slice(Math.max(0, at - 10), at);
      const after = text.slice(from, from + 14);
      const reg = ZH_REG_BEFORE.test(before) || (/(?:在|于)\s*$/.test(before) && ZH_REG_AROUND.test(after));
      if (reg) return p.city ? { province: p.province, city: p.id } : { province: p.id };
    }
  }
  const en = text.match(/\bregistered in\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/);
  if (en) {
    const p = PLACES.find((x) => x.en === en[1] || `${x.en} Province` === en[1]);
    if (p) return p.city ? { province: p.province, city: p.id } : { province: p.id };
  }
  return undefined;
}

/** The eligibility conditions stated in a notice's text; null when it states none. */
export function extractEligibility(title: string, text: string): Eligibility | null {
  const s = `${title}\n${text}`;
  const e: Eligibility = {};
  for (const m of s.matchAll(ZH_VALUE)) {
    const v = amount(m[2], m[3]);
    const word = m[1] ?? '';
    const tail = m[4] ?? '';
    if (/以下|以内/.test(tail) || /不超过|不高于|低于|少于|不足/.test(word)) e.maxExportValueUsd = Math.min(e.maxExportValueUsd ?? Infinity, v);
    else if (/以上/.test(tail) || /超过|高于|达到|不低于/.test(word)) e.minExportValueUsd = Math.max(e.minExportValueUsd ?? 0, v);
  }
  for (const m of s.matchAll(EN_VALUE)) {
    const v = amount(m[2], m[3]);
    if (/less|below|under|not exceeding|up to|at most/i.test(m[1])) e.maxExportValueUsd = Math.min(e.maxExportValueUsd ?? Infinity, v);
    else e.minExportValueUsd = Math.max(e.minExportValueUsd ?? 0, v);
  }
  if ((ZH_SME.test(s) && ZH_SME_CONDITION.test(s)) || EN_SME_CONDITION.test(s)) e.sme = true;
  const reg = registration(s);
  if (reg) e.registeredIn = reg;
  return Object.keys(e).length ? e : null;
}

function usd(v: number): string {
  return v >= 1e6 ? `USD ${+(v / 1e6).toFixed(2)} million` : `USD ${v.toLocaleString('en-US')}`;
}

/** Checks a notice's conditions against the profile's facts. */
export function checkEligibility(e: Eligibility | null, p: Pick<Profile, 'location' | 'size'>): EligibilityCheck {
  const c: EligibilityCheck = { status: 'ok', conditions: [], failed: [], unknown: [] };
  if (!e) return c;
  const value = p.size?.exportValueUsd;
  const test = (label: string, known: boolean, ok: boolean) => {
    c.conditions.push(label);
    if (!known) c.unknown.push(label);
    else if (!ok) c.failed.push(label);
  };
  if (e.maxExportValueUsd !== undefined) test(`annual exports at most ${usd(e.maxExportValueUsd)}`, value !== undefined, (value ?? 0) <= e.maxExportValueUsd);
  if (e.minExportValueUsd !== undefined) test(`annual exports at least ${usd(e.minExportValueUsd)}`, value !== undefined, (value ?? 0) >= e.minExportValueUsd);
  if (e.sme) test('small or medium-sized enterprise', p.size?.sme !== undefined, p.size?.sme === true);
  if (e.registeredIn) {
    const at = e.registeredIn;
    test(`registered in ${placeName(at.city ?? at.province, 'zh') ?? at.province}`, !!p.location, locationWithin(at, p.location));
  }
  c.status = c.failed.length ? 'fails' : c.unknown.length ? 'unknown' : 'ok';
  return c;
}
