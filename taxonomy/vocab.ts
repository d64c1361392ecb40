import { Automaton } from './automaton.ts';
import { foldPattern, isWordCode } from './text.ts';

export type Kind = 'region' | 'product' | 'topic' | 'agency';

/** One meaning of a pattern string. */
export interface Entry {
  kind: Kind;
  /** empty for blockers */
  id: string;
  term: string;
  caseSensitive: boolean;
  /** 0.4 weak, 1 normal, 1.5 strong, 2.8 decisive (one body mention passes the topic thresholds) */
  weight: number;
}

export interface Hit {
  entry: Entry;
  start: number;
  end: number;
}

/**
 * Parses a comma-separated term list with prefixes `=` (case-sensitive), `~` (weak),
 * `+` (strong), `++` (decisive: one mention establishes the topic); prefixes combine in
 * any order (e.g. `+=EAR`).
 */
export function parseTerms(list: string, kind: Kind, id: string, out: Entry[]): void {
  for (const raw of list.split(',')) {
    let t = raw.trim();
    let caseSensitive = false;
    let weight = 1;
    for (;;) {
      const p = t[0];
      if (p === '=') caseSensitive = true;
      else if (p === '~') weight = 0.4;
      else if (p === '+') weight = weight === 1.5 ? 2.8 : 1.5;
      else break;
      t = t.slice(1);
    }
    if (t) out.push({ kind, id, term: t, caseSensitive, weight });
  }
}

const KINDS: readonly Kind[] = ['region', 'product', 'topic', 'agency'];

/** Case-preserving comparison form: full-width ASCII → ASCII, white space runs → one space. */
function asciiForm(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\s+/g, ' ');
}

export class Vocabulary {
  private readonly automaton: Automaton;
  /** entries[p][kindIndex]: the meanings of pattern p for that kind, or null */
  private readonly entries: (Entry[] | null)[][];
  /** bit 1: the pattern starts with a word character; bit 2: it ends with one */
  private readonly edges: Uint8Array;
  private readonly anyCase: Uint8Array;

  constructor(all: readonly Entry[]) {
    const index = new Map<string, number>();
    const patterns: string[] = [];
    this.entries = [];
    for (const e of all) {
      const key = foldPattern(e.term);
      if (!key) continue;
      let i = index.get(key);
      if (i === undefined) {
        i = patterns.length;
        index.set(key, i);
        patterns.push(key);
        this.entries.push(KINDS.map(() => null));
      }
      const k = KINDS.indexOf(e.kind);
      const list = (this.entries[i][k] ??= []);
      if (!list.some((x) => x.id === e.id && x.caseSensitive === e.caseSensitive)) list.push(e);
    }
    this.edges = new Uint8Array(patterns.length);
    this.anyCase = new Uint8Array(patterns.length);
    patterns.forEach((p, i) => {
      this.edges[i] = (isWordCode(p.charCodeAt(0)) ? 1 : 0) | (isWordCode(p.charCodeAt(p.length - 1)) ? 2 : 0);
      this.anyCase[i] = this.entries[i].some((l) => l?.some((e) => e.caseSensitive)) ? 1 : 0;
    });
    this.automaton = new Automaton(patterns);
  }

  /**
   * All hits of the wanted kinds, resolved per kind to leftmost-longest non-overlapping
   * spans (so 南美国家 yields 南美, not 美国); blocker spans win then vanish.
   */
  find(text: string, kinds: readonly Kind[]): Record<Kind, Hit[]> {
    const wanted = KINDS.map((k) => kinds.includes(k));
    const { entries, edges, anyCase } = this;
    const n = text.length;
    // Candidate spans per kind in growable typed buffers: [start, end, pattern] triples.
    const bufs = KINDS.map(() => new Int32Array(3 * 256));
    const lens = [0, 0, 0, 0];
    this.automaton.scan(text, (p, start, end) => {
      const e = edges[p];
      if (e & 1 && start > 0 && isWordCode(text.charCodeAt(start - 1))) return;
      if (e & 2 && end < n && isWordCode(text.charCodeAt(end))) return;
      const row = entries[p];
      for (let k = 0; k < 4; k++) {
        if (!wanted[k] || row[k] === null) continue;
        let b = bufs[k];
        const at = lens[k] * 3;
        if (at + 3 > b.length) {
          const g = new Int32Array(b.length * 2);
          g.set(b);
          bufs[k] = b = g;
        }
        b[at] = start;
        b[at + 1] = end;
        b[at + 2] = p;
        lens[k]++;
      }
    });
    const res: Record<Kind, Hit[]> = { region: [], product: [], topic: [], agency: [] };
    for (let k = 0; k < 4; k++) {
      if (!wanted[k]) continue;
      const b = bufs[k];
      const m = lens[k];
      // Hits arrive ordered by end; order by start (longer first) with an insertion sort,
      // which is near-linear because a hit is displaced only by hits within one term length.
      const order = new Int32Array(m);
      for (let j = 0; j < m; j++) {
        const s0 = b[j * 3];
        const e0 = b[j * 3 + 1];
        let q = j - 1;
        while (q >= 0) {
          const o = order[q];
          const s1 = b[o * 3];
          if (s1 < s0 || (s1 === s0 && b[o * 3 + 1] >= e0)) break;
          order[q + 1] = o;
          q--;
        }
        order[q + 1] = j;
      }
      const out = res[KINDS[k]];
      let lastEnd = -1;
      for (let q = 0; q < m; q++) {
        const j = order[q];
        const st = b[j * 3];
        if (st < lastEnd) continue;
        const en = b[j * 3 + 1];
        const p = b[j * 3 + 2];
        let list = entries[p][k]!;
        if (anyCase[p]) {
          const exact = asciiForm(text.slice(st, en));
          list = list.filter((x) => !x.caseSensitive || x.term === exact);
          if (!list.length) continue;
        }
        lastEnd = en;
        for (const entry of list) if (entry.id) out.push({ entry, start: st, end: en });
      }
    }
    return res;
  }
}
