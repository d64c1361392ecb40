/**
 * What role each tagged region plays in a notice: the export market of the goods
 * (where Chinese goods are sold: a foreign tariff, an FTA partner), the origin of
 * imports (原产于美国的进口聚碳酸酯: the goods come from there, into China or into a
 * third market), or the issuer (a foreign government's own measure, which governs
 * imports into its market). Pure: works on the region mentions classify found.
 */

export type RegionRole = 'market' | 'origin' | 'issuer';

export interface RegionMention {
  id: string;
  start: number;
  end: number;
  /** the mention is in the title (offsets into the title) rather than the text */
  inTitle: boolean;
}

export interface RoleInput {
  title: string;
  text: string;
  regions: string[];
  mentions: RegionMention[];
  /** the foreign issuer's region ('' for Chinese and international issuers) */
  jurisdiction: string;
  /** a Chinese issuer */
  domestic: boolean;
  /** the notice is a trade-remedy case (anti-dumping, countervailing, safeguard) */
  tradeRemedy: boolean;
}

const CLAUSE_END = /[，。；：！？,;:\n]/;
// 原产于美国、欧盟和日本的进口…; 进口自日本; 来自越南的
const ZH_ORIGIN_BEFORE = /(?:原产于|原产地为|原产地是|原产自|原产|进口自|来自|产自|产于)[^，。；：\n]{0,30}$/;
// 对美国进口的…, 自日本进口, 从欧盟进口
const ZH_ORIGIN_PREFIX = /(?:对|自|从)$/;
const ZH_ORIGIN_AFTER = /^[^，。；\n]{0,16}?(?:进口|输华|输入中国|出口至中国|对华出口)/;
const ZH_MARKET_BEFORE = /(?:出口至|出口到|出口往|输往|销往|运往|进入|出口)[^，。；\n]{0,8}$/;
// the foreign country is the one imposing: 美国对华…, 欧盟对中国…
const ZH_AGAINST_CHINA = /^[^，。；\n]{0,12}?(?:对华|对中国|对我国|对我)/;
const EN_ORIGIN_BEFORE =
  /(?:originating in|originating from|originates in|origin(?:ating)? of|imports? (?:of [^.;\n]{0,80}?)?from|(?:products?|goods|merchandise|steel|items?) (?:[^.;\n]{0,40}?)from|exported from|produced in|\bfrom)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*(?:,?\s+(?:and\s+)?(?:the\s+)?)?){0,6}$/;
const EN_MARKET_BEFORE = /(?:exports? to|exporting to|shipped to|entering|into the market of|market access (?:in|to))\s+(?:the\s+)?$/i;
const EN_AGAINST_CHINA = /^[^.;\n]{0,40}?\b(?:on|against|of) (?:imports from )?(?:China|Chinese|the People's Republic of China)\b/;

function clauseBefore(s: string, at: number, max: number): string {
  const from = Math.max(0, at - max);
  const chunk = s.slice(from, at);
  let cut = -1;
  for (let i = chunk.length - 1; i >= 0; i--) {
    if (CLAUSE_END.test(chunk[i])) {
      cut = i;
      break;
    }
  }
  return cut >= 0 ? chunk.slice(cut + 1) : chunk;
}

type MentionRole = 'origin' | 'market' | 'against-china' | 'plain';

function mentionRole(s: string, m: RegionMention): MentionRole {
  const before = clauseBefore(s, m.start, 60);
  const after = s.slice(m.end, m.end + 40);
  if (ZH_AGAINST_CHINA.test(after) || EN_AGAINST_CHINA.test(after)) return 'against-china';
  if (ZH_MARKET_BEFORE.test(before) || EN_MARKET_BEFORE.test(before)) return 'market';
  if (ZH_ORIGIN_BEFORE.test(before)) return 'origin';
  if (ZH_ORIGIN_PREFIX.test(before) && ZH_ORIGIN_AFTER.test(after)) return 'origin';
  if (EN_ORIGIN_BEFORE.test(before)) return 'origin';
  return 'plain';
}

/** The role of every tagged region (regions without a mention, such as an issuer's own, get one too). */
export function regionRoles(input: RoleInput): Record<string, RegionRole> {
  const per = new Map<string, MentionRole[]>();
  for (const m of input.mentions) {
    if (!m.id) continue;
    const list = per.get(m.id) ?? [];
    list.push(mentionRole(m.inTitle ? input.title : input.text, m));
    per.set(m.id, list);
  }
  const out: Record<string, RegionRole> = {};
  for (const id of input.regions) {
    if (id === input.jurisdiction) {
      out[id] = 'issuer';
      continue;
    }
    const roles = per.get(id) ?? [];
    if (roles.includes('market') || roles.includes('against-china')) out[id] = 'market';
    else if (roles.length && roles.every((r) => r === 'origin')) out[id] = 'origin';
    // a Chinese trade-remedy notice naming a country both as the origin of imports (原产于美国的进口…)
    // and plainly (美国) is MOFCOM's own case; without an origin phrase it is about a foreign
    // investigation of Chinese goods (应对欧盟电动汽车反补贴调查): that country is the market
    else if (input.domestic && input.tradeRemedy && roles.includes('origin')) out[id] = 'origin';
    // a foreign issuer's trade-remedy notice naming another country names where the goods come from
    else if (input.jurisdiction && input.tradeRemedy) out[id] = 'origin';
    else out[id] = 'market';
  }
  return out;
}

/** Regions that count as a market a company sells to: markets and foreign issuers (their import rules). */
export function marketRegions(regions: string[], roles: Record<string, RegionRole> | null | undefined): string[] {
  if (!roles) return regions;
  return regions.filter((r) => (roles[r] ?? 'market') !== 'origin');
}
