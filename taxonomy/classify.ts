import { agencyInfo } from './agencies.ts';
import { extractEffectiveDate } from './dates.ts';
import { extractDocNumber } from './docnumber.ts';
import { hsTag } from './hs.ts';
import { extractHsCodes } from './hs-extract.ts';
import { scan } from './match.ts';
import { regionRoles } from './region-roles.ts';
import { detectLang } from './text.ts';
import type { Classification, NoticeInput, Scored, Tags } from './types.ts';
import type { Hit, Kind } from './vocab.ts';

/** Tuning knobs, in one place so the evaluation can report what it ran with. */
export const WEIGHTS = {
  titleFactor: 3,
  repeatBonus: 0.3,
  repeatCap: 3,
  topicScale: 4,
  agencyTopicBoost: 1.5,
  productTitleFactor: 2.5,
  productScale: 1.2,
  regionTitleFactor: 2.5,
  regionScale: 1,
  jurisdictionBoost: 1.5,
  explicitHsScore: 0.95,
  fairProductFactor: 0.4,
  /** body product words in notices that concern sectors, not goods (investment screening) */
  investmentProductFactor: 0.4,
  /** body product words naming a sector (医疗器械等领域, the steel industry) */
  sectorProductFactor: 0.4,
  /** body product words naming a raw material (以葡萄酿造, made from grapes) */
  materialProductFactor: 0.4,
  /** body product words from chapters or headings that none of the notice's explicit HS codes is in */
  offChapterProductFactor: 0.5,
  /** English product words modifying the name of other goods (steel nails, aluminium road wheels) */
  modifierProductFactor: 0.2,
  /** product words naming what goods are for (电动自行车用蓄电池, batteries for e-bikes) */
  purposeProductFactor: 0.15,
  /** vessel and container words in shipping notices: the means of transport, not the goods */
  logisticsVesselFactor: 0.1,
  /** product words in the name of a fair (塑料及橡胶展览会, Lighting Fair): the fair's sector, not goods */
  fairNameFactor: 0.1,
  /** chemical words in sentences on residues (农药残留, MRLs for glyphosate): residues in the goods, not goods */
  residueProductFactor: 0.15,
};

/** Thresholds applied by tagsOf. */
export const THRESHOLDS = { topic: 0.45, topicRelative: 0.5, hs: 0.5, region: 0.5, secondary: 0.65 };

/**
 * Topics that nearly every trade notice touches in passing (goods clear customs): beside
 * another, stronger topic they are tagged only on stronger evidence (THRESHOLDS.secondary).
 */
const PASSING_TOPICS = new Set(['customs']);

const ALL_KINDS: readonly Kind[] = ['region', 'product', 'topic', 'agency'];

// Sentences that exclude goods ("are not subject to", "除外") do not make them the notice's products.
const EXCLUSION =
  /not subject to|are excluded|is excluded|excluding|except for|exempt(?:ed)? from|shall not apply|does not apply|不适用|除外|不包括|不在[^。；]{0,20}范围/i;
/** characters that end a sentence (by code: this runs for every product hit of every notice) */
const SENTENCE_END = new Set([...'。；;!?！？\n'].map((c) => c.charCodeAt(0)));

const DOT = 46;
/** True when position i ends a sentence: 。；!? or an English full stop followed by white space. */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (SENTENCE_END.has(c)) return true;
  return c === DOT && (i + 1 >= text.length || text.charCodeAt(i + 1) <= 32);
}

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !endsSentence(text, a - 1)) a--;
  let b = end;
  while (b < text.length && !endsSentence(text, b)) b++;
  return text.slice(a, b);
}

// A product word directly followed by a sector noun names an industry, not goods.
const SECTOR_AFTER = /^(?:等)?(?:多个|各|重点|传统)?(?:领域|行业|产业|板块)|^\s+(?:sectors?|industry|industries)\b/i;
// An English product word followed by the name of other goods modifies it (steel pipes, aluminium
// road wheels, battery anodes): those goods are what the notice covers.
const OTHER_GOODS_AFTER =
  /^[ -](?:[a-z-]+ )?(?:pipes?|tubes?|wheels?|anodes?|cathodes?|parts?|components?|fittings?|frames?|housings?|casings?|cans?|drums?|containers?|bags?|boxes?|packaging|tools?|machines?|machinery|equipment|fasteners?|nails|screws|bolts|springs|chains|structures?|kits?|accessories|moulds?|molds?|chargers?|cables?|furniture|appliances?)\b/i;

function modifiesNoun(text: string, h: Hit, next?: Hit): boolean {
  if (!/[a-z]$/i.test(h.entry.term)) return false;
  // gold jewellery, steel nails: the next word is itself a product heading (not a chapter word: mango fruit)
  if (
    next &&
    next.entry.id.length === 4 &&
    next.start > h.end &&
    next.start - h.end <= 1 &&
    /^[ -]?$/.test(text.slice(h.end, next.start)) &&
    /^[a-z]/i.test(next.entry.term)
  )
    return true;
  return OTHER_GOODS_AFTER.test(text.slice(h.end, h.end + 32));
}

// A product word followed by materials, equipment or technology names inputs or tools, not the goods.
const COMPONENT_AFTER =
  /^(?:(?:提锂|提取|提炼|冶炼|加工|开采|选矿|生产|制造|制备)(?:技术|工艺)|正极材料|负极材料|材料|原料|生产设备|制造设备|设备|制备技术|技术|生产线)|^\s+(?:materials?|equipment|technolog(?:y|ies)|production lines?)\b/i;
// A product word that is the raw material of the goods: 以葡萄酿造, 以大豆为原料, made from grapes.
// Goods carried as cargo (transport of liquefied natural gas) are not the goods a measure covers.
const MATERIAL_BEFORE = /(?:以|用|由)$|\b(?:made|derived|produced|distilled|brewed) from\s+$|\b(?:transport|carriage) of\s+$/i;
const MATERIAL_AFTER = /^(?:为原料|为主要原料|酿造|酿制|制成|加工而成|蒸馏)/;

// A product word that names the use of other goods: 电动自行车用锂离子蓄电池, batteries for e-bikes.
const PURPOSE_GAP = /^(?:用|专用|\s+(?:for|used in|used with|used on|intended for|of a kind used (?:on|in|for|with))\s+(?:use (?:in|with)\s+)?(?:the\s+)?)$/i;

/** Product hits that only say what other named goods are for (the hit before 用/for is the goods). */
function purposeHits(text: string, hits: Hit[]): Set<Hit> {
  const out = new Set<Hit>();
  for (let i = 0; i + 1 < hits.length; i++) {
    const a = hits[i];
    const b = hits[i + 1];
    if (b.start < a.end || b.start - a.end > 28) continue;
    const gap = text.slice(a.end, b.start);
    if (/^(?:用|专用)[\u3400-\u9fff]{0,4}$/.test(gap))
      out.add(a); // 电动自行车用 + (锂离子)蓄电池
    else if (PURPOSE_GAP.test(gap)) {
      out.add(b); // batteries + for + e-bikes
      // … and the goods listed with it: tyres for buses and lorries
      for (let j = i + 2; j < hits.length; j++) {
        const c = hits[j];
        const prev = hits[j - 1];
        if (c.start < prev.end || !LIST_GAP.test(text.slice(prev.end, c.start))) break;
        out.add(c);
      }
    }
  }
  return out;
}

const LIST_GAP = /^(?:\s*(?:,|and|or|&)\s*|,\s*and\s+|和|及|与|、)$/;

// A product word in the name of a fair: 国际塑料及橡胶展览会, Lighting Fair, Furniture Expo.
const FAIR_NAME_AFTER =
  /^(?:(?:及|和|与|、)[\u3400-\u9fff]{1,6})?(?:国际)?(?:展览会|博览会|交易会|展销会|展会|博览|展)|^(?:\s+(?:and|&)\s+[A-Za-z]+)?\s+(?:Fair|Expo|Exhibition|Show|Week)\b/;

// Sentences on residue limits name pesticides and drugs as residues in the goods.
// … and limits of substances in goods: 甲醛释放量, 邻苯二甲酸酯限量, maximum residue levels.
const RESIDUE = /残留|residue|限量|释放量|迁移量|\bMRLs?\b/i;
// In a notice on residues, pesticides and drugs named for how they are used (农药使用, 用药管理) are no goods either.
const PESTICIDE_USE = /^(?:使用|用药|施用|的使用|\s+use\b)/;
const chemicalChapter = (id: string) => id >= '28' && id < '39';

// Frozen fruit and vegetables have their own headings (0811, 0710): 冷冻榴莲, frozen strawberries.
const FROZEN_BEFORE = /(?:冷冻|速冻|冻)$|\bfrozen\s+$/i;
function frozenHeading(text: string, h: Hit): Hit {
  const id = h.entry.id;
  const to = id > '0800' && id < '0811' ? '0811' : id > '0700' && id < '0710' ? '0710' : '';
  if (!to || !FROZEN_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start))) return h;
  return { ...h, entry: { ...h.entry, id: to } };
}

// Single-character product words (苯, 锑, 虾, 梨) are parts of longer names (苯酚, 氧化锑, 凤梨)
// unless they stand alone: between punctuation, non-Chinese text or a few function characters.
const CJK = /[\u3400-\u9fff]/;
const SINGLE_PREV_OK = /[及和与或对将属的从向在了含口、，,。；;：:（）()《》“”\s]/;
const SINGLE_NEXT_OK = /[及和与或等的制相锭粉材产品类、，,。；;：:（）()《》“”\s]/;

// A chemical name followed by one of these characters is part of a longer name (硝基苯 in 硝基苯胺).
const CHEMICAL_END = /[苯烷烯炔醇酸胺酚]$/;
const CHEMICAL_CONTINUES = /[胺酚酸醇醛酮酯醚烷烯炔腈基]/;

/** False for product words that are only part of a longer name. */
function productStandsAlone(text: string, h: Hit): boolean {
  if (h.end < text.length && CHEMICAL_CONTINUES.test(text[h.end]) && CHEMICAL_END.test(h.entry.term)) return false;
  if (h.end - h.start !== 1 || !CJK.test(text[h.start])) return true;
  const prev = h.start > 0 ? text[h.start - 1] : '';
  const next = h.end < text.length ? text[h.end] : '';
  const ok = (c: string, allowed: RegExp) => !c || !CJK.test(c) || allowed.test(c);
  return ok(prev, SINGLE_PREV_OK) && ok(next, SINGLE_NEXT_OK);
}

/** Licence and export-ban words that belong to export controls when the notice is about controlled items. */
const LICENCE_TERMS = new Set(
  [
    '出口许可证',
    '出口许可',
    '许可证管理',
    '出口许可证管理',
    '许可证',
    'licence',
    'license',
    'licenses',
    'licences',
    'licensing system',
    'export licence',
    'export license',
    'export licensing',
    'export permit',
    'export permits',
    'export ban',
    'export bans',
    'export prohibition',
    '禁止出口货物目录',
  ].map((t) => t.toLowerCase()),
);

/** In a notice with export-control evidence and no quota words, licence hits are export-control evidence. */
function licencesToControls(hits: Hit[]): Hit[] {
  const controls = hits.some((h) => h.entry.id === 'export-controls' && h.entry.weight >= 1);
  if (!controls) return hits;
  const licensing = hits.filter((h) => h.entry.id === 'licensing-quotas');
  if (!licensing.length || licensing.some((h) => !LICENCE_TERMS.has(h.entry.term.toLowerCase()))) return hits;
  return hits.map((h) => (h.entry.id === 'licensing-quotas' ? { ...h, entry: { ...h.entry, id: 'export-controls' } } : h));
}

function scaled(h: Hit, factor: number): Hit {
  return { ...h, entry: { ...h.entry, weight: h.entry.weight * factor } };
}

/** Product hits in excluding sentences are discounted. */
function discountExclusions(text: string, hits: Hit[]): Hit[] {
  // a sentence can only match if the whole text does: most notices exclude nothing
  if (!hits.length || !EXCLUSION.test(text)) return hits;
  return hits.map((h) => (EXCLUSION.test(sentenceAround(text, h.start, h.end)) ? scaled(h, 0.3) : h));
}

class Tally {
  private readonly raw = new Map<string, number>();
  private readonly evidence = new Map<string, Set<string>>();

  add(id: string, amount: number, ev?: string): void {
    this.raw.set(id, (this.raw.get(id) ?? 0) + amount);
    if (ev) {
      let s = this.evidence.get(id);
      if (!s) this.evidence.set(id, (s = new Set()));
      if (s.size < 6) s.add(ev);
    }
  }

  /** Adds title hits (once per term, boosted) and body hits (diminishing repeats). */
  addHits(title: Hit[], body: Hit[], titleFactor: number): void {
    const seen = new Set<string>();
    for (const h of title) {
      const key = `${h.entry.id}\u0000${h.entry.term}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.add(h.entry.id, h.entry.weight * titleFactor, h.entry.term);
    }
    const counts = new Map<string, { id: string; w: number; n: number; term: string }>();
    for (const h of body) {
      const key = `${h.entry.id}\u0000${h.entry.term}`;
      const c = counts.get(key);
      if (c) c.n++;
      else counts.set(key, { id: h.entry.id, w: h.entry.weight, n: 1, term: h.entry.term });
    }
    for (const c of counts.values()) this.add(c.id, c.w * (1 + WEIGHTS.repeatBonus * Math.min(c.n - 1, WEIGHTS.repeatCap)), c.term);
  }

  scored(scale: number, drop?: (id: string) => boolean): Scored[] {
    const out: Scored[] = [];
    for (const [id, raw] of this.raw) {
      if (drop?.(id)) continue;
      out.push({ id, score: round(1 - Math.exp(-raw / scale)), evidence: [...(this.evidence.get(id) ?? [])] });
    }
    return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Product words inside a longer place name (萨克斯 in 哈萨克斯坦) are no goods. */
function withoutNamedPlaces(hits: Record<Kind, Hit[]>): Record<Kind, Hit[]> {
  if (!hits.region.length || !hits.product.length) return hits;
  const inside = (p: Hit) => hits.region.some((r) => r.start <= p.start && p.end <= r.end && r.end - r.start > p.end - p.start);
  return { ...hits, product: hits.product.filter((p) => !inside(p)) };
}

/**
 * The country a foreign agency's own name gives (Thai Customs Department → TH), for names
 * in Latin script only: a Chinese office named after its host country (驻美国使馆经商处) is Chinese.
 */
function issuerCountry(agency: string | null | undefined): string {
  if (!agency || /[\u3400-\u9fff]/.test(agency)) return '';
  const found = scan(agency, ['region']).region.map((h) => h.entry.id);
  const ids = [...new Set(found)];
  return ids.length === 1 && ids[0] !== 'CN' ? ids[0] : '';
}

/** A list item's marker: 一、 (二) 3. */
const LIST_MARKER = /[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、)]\s/;
/** The product word opens an enumerated item that gives no code: it is that item's goods. */
function ownListItem(text: string, h: Hit): boolean {
  // the clause up to the word (at most 40 characters back) and the rest of it after the word
  const clause = text
    .slice(Math.max(0, h.start - 40), h.start)
    .split(/[。；;\n]/)
    .pop()!;
  if (!LIST_MARKER.test(clause)) return false;
  const item = text.slice(h.start, h.start + 80).split(/[。；;\n]/)[0];
  return !/\d{4}/.test(clause + item);
}

function scoreAgencies(notice: NoticeInput, title: Hit[], body: Hit[]): Scored[] {
  const best = new Map<string, { score: number; ev: string }>();
  const put = (id: string, score: number, ev: string) => {
    const b = best.get(id);
    if (!b || b.score < score) best.set(id, { score, ev });
  };
  if (notice.agency) for (const h of scan(notice.agency, ['agency']).agency) put(h.entry.id, 1, h.entry.term);
  for (const h of title) put(h.entry.id, 0.9, h.entry.term);
  for (const h of body) put(h.entry.id, h.start < 300 ? 0.7 : 0.5, h.entry.term);
  return [...best.entries()].map(([id, b]) => ({ id, score: b.score, evidence: [b.ev] })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** Topics, HS codes, regions, issuing agencies, document number and effective date of a notice. */
export function classify(notice: NoticeInput): Classification {
  const title = notice.title ?? '';
  const text = notice.text ?? '';
  const lang = notice.language ? (notice.language.toLowerCase().startsWith('zh') ? 'zh' : 'en') : detectLang(`${title}\n${text}`);
  const th = withoutNamedPlaces(scan(title, ALL_KINDS));
  const bh = withoutNamedPlaces(scan(text, ALL_KINDS));

  const agencies = scoreAgencies(notice, th.agency, bh.agency);
  const primary = agencies[0] ? agencyInfo(agencies[0].id) : undefined;
  // A foreign issuer the agency list lacks still says where it is: Thai Customs Department,
  // Ministry of Trade of the Republic of Türkiye; and the country it names beats a namesake
  // (International Trade Administration Commission of South Africa is not the US ITA).
  const named = issuerCountry(notice.agency);
  const known = primary && agencies[0].score >= 0.7 ? primary.jurisdiction : '';
  const byName = !!named && named !== known;
  const jurisdiction = byName ? named : known;
  const jurisdictionEvidence = byName ? `agency:${notice.agency}` : `agency:${agencies[0]?.id}`;
  // Chinese issuers: CN is home, not a market; foreign issuers: their own market counts.
  const domestic = jurisdiction ? jurisdiction === 'CN' : lang === 'zh';

  const topics = new Tally();
  const allTopicHits = licencesToControls([...th.topic, ...bh.topic]);
  topics.addHits(allTopicHits.slice(0, th.topic.length), allTopicHits.slice(th.topic.length), WEIGHTS.titleFactor);
  for (const a of agencies) {
    const info = agencyInfo(a.id);
    if (info?.topic && a.score >= 0.7) topics.add(info.topic, WEIGHTS.agencyTopicBoost * a.score, `agency:${a.id}`);
  }

  const topicScores = topics.scored(WEIGHTS.topicScale);
  // A passing topic named by two or more distinct strong terms (customs formalities, customs
  // declarations) is what the notice is about, not a mention in passing.
  const substantive = [...PASSING_TOPICS].filter(
    (id) => new Set(allTopicHits.filter((h) => h.entry.id === id && h.entry.weight > 1).map((h) => h.entry.term.toLowerCase())).size >= 2,
  );
  // Fair and exhibition notices enumerate exhibit categories; they do not concern those goods.
  const fairNotice = topicScores[0]?.id === 'trade-fairs';
  const investmentNotice = topicScores[0]?.id === 'foreign-investment';
  const logisticsNotice = topicScores[0]?.id === 'logistics';
  const explicit = new Map<string, string[]>();
  const titleCodes = extractHsCodes(title);
  const bodyCodes = extractHsCodes(text);
  // Codes given only in excluding sentences (orange juice (2009.12) is excluded) are not the notice's goods.
  const excludes = EXCLUSION.test(text);
  const excludedOnly = new Set<string>();
  const included = new Set<string>();
  for (const h of bodyCodes) {
    const tag = hsTag(h.code);
    if (excludes && EXCLUSION.test(sentenceAround(text, h.start, h.end))) excludedOnly.add(tag);
    else included.add(tag);
  }
  for (const h of titleCodes) included.add(hsTag(h.code));
  for (const tag of included) excludedOnly.delete(tag);
  for (const h of [...titleCodes, ...bodyCodes]) {
    const tag = hsTag(h.code);
    if (excludedOnly.has(tag)) continue;
    const ev = explicit.get(tag) ?? [];
    if (ev.length < 4 && !ev.includes(h.text)) ev.push(h.text);
    explicit.set(tag, ev);
  }
  // A notice that lists HS codes delimits its goods; product words from other chapters are context.
  const codedChapters = new Set([...explicit.keys()].map((t) => t.slice(0, 2)));
  const titleAlone = th.product.filter((h) => productStandsAlone(title, h)).map((h) => frozenHeading(title, h));
  const titlePurpose = purposeHits(title, titleAlone);
  const transport = (h: Hit) => logisticsNotice && (h.entry.id === '8901' || h.entry.id === '8609');
  // Headings of a listed chapter named only in words: the listed codes name those goods more precisely.
  const offHeading = (h: Hit) => codedChapters.has(h.entry.id.slice(0, 2)) && h.entry.id.length === 4 && !explicit.has(h.entry.id);
  const titleProducts = titleAlone.map((h, i) => {
    let f = 1;
    if (titlePurpose.has(h)) f *= WEIGHTS.purposeProductFactor;
    if (transport(h)) f *= WEIGHTS.logisticsVesselFactor;
    if (modifiesNoun(title, h, titleAlone[i + 1])) f *= WEIGHTS.modifierProductFactor;
    if (offHeading(h)) f *= WEIGHTS.offChapterProductFactor;
    if (FAIR_NAME_AFTER.test(title.slice(h.end, h.end + 16))) f *= WEIGHTS.fairNameFactor;
    if (chemicalChapter(h.entry.id) && RESIDUE.test(title)) f *= WEIGHTS.residueProductFactor;
    return f === 1 ? h : scaled(h, f);
  });
  const bodyAlone = bh.product.filter((h) => productStandsAlone(text, h)).map((h) => frozenHeading(text, h));
  const residues = RESIDUE.test(text);
  const bodyPurpose = purposeHits(text, bodyAlone);
  const bodyProducts = discountExclusions(text, bodyAlone).map((h, i) => {
    let f = 1;
    if (bodyPurpose.has(bodyAlone[i])) f *= WEIGHTS.purposeProductFactor;
    if (transport(h)) f *= WEIGHTS.logisticsVesselFactor;
    if (fairNotice) f *= WEIGHTS.fairProductFactor;
    if (investmentNotice) f *= WEIGHTS.investmentProductFactor;
    const after = text.slice(h.end, h.end + 14);
    if (SECTOR_AFTER.test(after) || COMPONENT_AFTER.test(after)) f *= WEIGHTS.sectorProductFactor;
    if (FAIR_NAME_AFTER.test(text.slice(h.end, h.end + 16))) f *= WEIGHTS.fairNameFactor;
    if (residues && chemicalChapter(h.entry.id) && (RESIDUE.test(sentenceAround(text, h.start, h.end)) || PESTICIDE_USE.test(text.slice(h.end, h.end + 6))))
      f *= WEIGHTS.residueProductFactor;
    if (modifiesNoun(text, h, bodyAlone[i + 1])) f *= WEIGHTS.modifierProductFactor;
    if (MATERIAL_BEFORE.test(text.slice(Math.max(0, h.start - 20), h.start)) || MATERIAL_AFTER.test(text.slice(h.end, h.end + 8)))
      f *= WEIGHTS.materialProductFactor;
    // Listed codes delimit the goods: other headings named in words (钢坯 beside 不锈钢钢坯 7218) are context,
    // unless the word heads an item of its own in an enumerated list (三、将竹制筷子……的出口退税率提高至13%).
    if (codedChapters.size && (!codedChapters.has(h.entry.id.slice(0, 2)) || offHeading(h)) && !ownListItem(text, h)) f *= WEIGHTS.offChapterProductFactor;
    return f === 1 ? h : scaled(h, f);
  });
  const hs = new Tally();
  hs.addHits(titleProducts, bodyProducts, WEIGHTS.productTitleFactor);
  const hsScored = hs.scored(WEIGHTS.productScale);
  for (const [tag, ev] of explicit) {
    const prev = hsScored.find((s) => s.id === tag);
    if (prev) {
      prev.score = Math.max(prev.score, WEIGHTS.explicitHsScore);
      prev.evidence = [...ev, ...(prev.evidence ?? [])].slice(0, 6);
    } else hsScored.push({ id: tag, score: WEIGHTS.explicitHsScore, evidence: ev });
  }
  hsScored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));

  // A weak demonym right before a product word names the goods' origin (Iranian crude oil, Russian aluminium).
  const originOf = (t: string, hits: Hit[], products: Hit[]) =>
    hits.map((h) =>
      h.entry.weight < 1 && products.some((p) => p.start > h.end && p.start - h.end <= 1 && /^\s?$/.test(t.slice(h.end, p.start)))
        ? { ...h, entry: { ...h.entry, weight: 1 } }
        : h,
    );
  const regions = new Tally();
  regions.addHits(originOf(title, th.region, th.product), originOf(text, bh.region, bh.product), WEIGHTS.regionTitleFactor);
  if (jurisdiction && jurisdiction !== 'CN') regions.add(jurisdiction, WEIGHTS.jurisdictionBoost, jurisdictionEvidence);

  const regionScores = regions.scored(WEIGHTS.regionScale, (id) => domestic && id === 'CN');
  const mentions = [
    ...th.region.map((h) => ({ id: h.entry.id, start: h.start, end: h.end, inTitle: true })),
    ...bh.region.map((h) => ({ id: h.entry.id, start: h.start, end: h.end, inTitle: false })),
  ];
  const tradeRemedy = topicScores.some((t) => t.id === 'trade-remedies' && t.score >= THRESHOLDS.topic);
  return {
    topics: topicScores,
    hsCodes: hsScored,
    regions: regionScores,
    regionRoles: regionRoles({
      title,
      text,
      regions: regionScores.map((r) => r.id),
      mentions,
      jurisdiction: jurisdiction === 'CN' ? '' : jurisdiction,
      domestic,
      tradeRemedy,
    }),
    agencies,
    ...(substantive.length ? { substantive } : {}),
    docNumber: notice.docNumber?.trim() || extractDocNumber(title, text),
    effectiveDate: extractEffectiveDate(`${title}\n${text}`),
  };
}

/** The tags stored with a notice version: scores above the thresholds, chapters dropped when a heading in them is tagged. */
export function tagsOf(c: Classification, thresholds = THRESHOLDS): Tags {
  const top = c.topics[0]?.score ?? 0;
  const topics = c.topics
    .filter((t) => t.score >= thresholds.topic && t.score >= top * thresholds.topicRelative)
    .filter((t) => !PASSING_TOPICS.has(t.id) || t === c.topics[0] || t.score >= thresholds.secondary || !!c.substantive?.includes(t.id))
    .map((t) => t.id);
  const hsAll = c.hsCodes.filter((h) => h.score >= thresholds.hs).map((h) => h.id);
  const hsCodes = hsAll.filter((h) => h.length !== 2 || !hsAll.some((o) => o.length > 2 && o.startsWith(h)));
  const regions = c.regions.filter((r) => r.score >= thresholds.region).map((r) => r.id);
  const roles = Object.fromEntries(regions.filter((r) => c.regionRoles?.[r]).map((r) => [r, c.regionRoles[r]]));
  const out: Tags = { topics, hsCodes: [...new Set(hsCodes)].sort(), regions: regions.sort() };
  if (regions.length) out.regionRoles = roles;
  return out;
}
