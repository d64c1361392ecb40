import { CHAPTER_DATA, HEADING_DATA, MAX_HEADING, PRODUCT_BLOCKERS } from './data/hs.ts';
import type { Lang } from './types.ts';
import { type Entry, parseTerms } from './vocab.ts';

const chapters = CHAPTER_DATA.split('\n').map((l) => l.split('|') as [string, string]);

export interface Heading {
  code: string;
  zh: string;
  en: string;
  zhTerms: string;
  enTerms: string;
}

let headingCache: Heading[] | null = null;

/** The product vocabulary: HS headings (4 digits) and chapter-level words (2 digits). */
export function headings(): Heading[] {
  if (!headingCache) {
    headingCache = HEADING_DATA.split('\n').map((l) => {
      const [code, zhTerms, enTerms] = l.split('|');
      const first = (s: string) => {
        const t = s.split(',')[0].replace(/^[=~+]+/, '');
        return t.charAt(0).toUpperCase() + t.slice(1);
      };
      return { code, zh: first(zhTerms), en: first(enTerms), zhTerms, enTerms };
    });
  }
  return headingCache;
}

/** Digits only: "8501.10.00" → "85011000"; null when nothing usable remains. */
export function normalizeHs(code: string): string | null {
  const d = code.replace(/[\s.\-·]/g, '');
  return /^\d{2,10}$/.test(d) ? d : null;
}

/** True for 01..97 (not 77). */
export function isValidChapter(ch: number): boolean {
  return ch >= 1 && ch <= 97 && ch !== 77;
}

/** True when the first four digits name a heading that can exist (e.g. 2024 cannot). */
export function isValidHeading(code: string): boolean {
  const ch = Number(code.slice(0, 2));
  if (!isValidChapter(ch)) return false;
  if (code.length < 4) return true;
  const h = Number(code.slice(2, 4));
  return h >= 1 && h <= Number(MAX_HEADING.slice((ch - 1) * 2, ch * 2));
}

/** Tag form: 4-digit heading, or the 2-digit chapter when only that is known. */
export function hsTag(code: string): string {
  return code.length >= 4 ? code.slice(0, 4) : code.slice(0, 2);
}

/** Prefix match in either direction: a subscriber's 85 covers tag 8541 and vice versa. */
export function hsCovers(interest: string, tag: string): boolean {
  const a = normalizeHs(interest);
  const b = normalizeHs(tag);
  if (!a || !b) return false;
  return a.startsWith(b) || b.startsWith(a);
}

/** Name of a chapter (2 digits) or a listed heading (4+ digits, falls back to its chapter). */
export function hsName(code: string, lang: Lang = 'en'): string | undefined {
  const d = normalizeHs(code);
  if (!d) return undefined;
  if (d.length >= 4) {
    const h = headings().find((x) => x.code === d.slice(0, 4));
    if (h) return h[lang];
  }
  const ch = Number(d.slice(0, 2));
  if (ch < 1 || ch > 97) return undefined;
  return chapters[ch - 1][lang === 'zh' ? 0 : 1];
}

/**
 * Single plural words whose singular means something else in notices ("parts" of a
 * regulation, "monitor" the market, "chemical" industry): no singular is added for them.
 */
const NO_SINGULAR = new Set(
  'bearings,lighters,logs,glasses,goods,arms,parts,monitors,jerseys,seats,sets,switches,chips,plates,tires,spirits,papers,works,fittings,wares,clothes,scissors,trousers,jeans,shorts,pants,tights,briefs,pyjamas,spectacles,binoculars,pliers,tongs,tweezers,shears,munitions,explosives,matches,dates,hops,greens,sweets,preserves,concentrates,extracts,filters,meters,watches,sweepings,cuttings,waters,sands,feeds,oils,fats,powders,pastes,solutions,mixtures,articles,products,materials,machines,devices,units,equipments,accessories,supplies,stores,works,cans,drums,boxes,cases,bags,sacks,nets,lines,rods,bars,tubes,pipes,sheets,films,foils,strips,wires,cords,bands,rings,caps,tops,shells,heads,points,tips,blades,frames,panels'.split(
    ',',
  ),
);

/**
 * The other grammatical number of an English product term, so the vocabulary lists each once:
 * "solar panels" → "solar panel", "tyre" → "tyres", "laptops" → "laptop". Single plural words
 * whose singular has another meaning keep only the plural (NO_SINGULAR, and adjectives such as
 * chemicals, electronics or plastics).
 */
function numberVariant(term: string): string | null {
  if (!/^[A-Za-z][A-Za-z' -]*[a-z]$/.test(term)) return null;
  const last = term.slice(term.lastIndexOf(' ') + 1).toLowerCase();
  if (/(?:ss|us|is|as)$/.test(last)) return null;
  if (last.endsWith('s')) {
    if (!term.includes(' ') && (NO_SINGULAR.has(last) || /(?:ics|als|ives|ents|ants)$/.test(last))) return null;
    if (last.endsWith('ies')) return `${term.slice(0, -3)}y`;
    if (/(?:ches|shes|xes|oes)$/.test(last)) return term.slice(0, -2);
    return term.slice(0, -1);
  }
  if (/[^aeiou]y$/.test(last)) return `${term.slice(0, -1)}ies`;
  if (/(?:ch|sh|x|o)$/.test(last)) return `${term}es`;
  return `${term}s`;
}

export function productEntries(): Entry[] {
  const out: Entry[] = [];
  for (const h of headings()) {
    parseTerms(h.zhTerms, 'product', h.code, out);
    const en: Entry[] = [];
    parseTerms(h.enTerms, 'product', h.code, en);
    for (const e of en) {
      out.push(e);
      const v = e.caseSensitive ? null : numberVariant(e.term);
      if (v) out.push({ ...e, term: v });
    }
  }
  parseTerms(PRODUCT_BLOCKERS, 'product', '', out);
  return out;
}
