import { foldCode } from './text.ts';

/**
 * Aho-Corasick automaton over folded UTF-16 code units. Child edges live in one
 * open-addressing hash table (node, char) → child, plus a dense table for the root so the
 * common "no pattern starts here" step is a single array read.
 */
export class Automaton {
  /** open-addressing table of [node + 1, char, child] triples (0 in the first slot = empty) */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly root: Int32Array;
  private readonly fail: Int32Array;
  /** pattern index ending at the node, or -1 */
  private readonly out: Int32Array;
  /** nearest proper suffix node that has an output, or 0 */
  private readonly dict: Int32Array;
  readonly lengths: Int32Array;
  /** 1 for characters that occur in some pattern */
  private readonly alpha: Uint8Array;
  /**
   * Input unit → code for the scan, one array read per character: 0 when the folded unit
   * occurs in no pattern (it ends every partial match); 1 + its column in `delta` when it
   * folds to ASCII; else the folded unit itself (always > 128).
   */
  private readonly input: Uint16Array;
  /** input code of the space (0 when no pattern has one) */
  private readonly spaceCode: number;
  /** 1 when some pattern ends at the node or at a suffix of it */
  private readonly emits: Uint8Array;
  /**
   * goto(s, c) closed over the failure chain, for non-ASCII c and s ≠ root: the hash table
   * holds an edge for every (s, c) whose transition does not fall back to the root, so
   * the scan never walks failure links (the root's own edges are the dense `root` table).
   */
  private readonly jumpTable: Int32Array;
  private readonly jumpMask: number;
  /** ASCII character → column in `delta` */
  private readonly asciiClass: Int32Array;
  private readonly classes: number;
  /** full DFA for ASCII input: delta[node * classes + class] → node */
  private readonly delta: Uint16Array | Int32Array;

  /** patterns must already be folded (see foldPattern) and non-empty */
  constructor(patterns: readonly string[]) {
    let total = 1;
    let maxLen = 1;
    for (const p of patterns) {
      total += p.length;
      if (p.length > maxLen) maxLen = p.length;
    }
    // Edges ≤ total characters; keep the load factor under one half.
    let cap = 1;
    while (cap < total * 2) cap <<= 1;
    this.mask = cap - 1;
    this.table = new Int32Array(cap * 3);
    this.root = new Int32Array(65536).fill(0);
    this.alpha = new Uint8Array(65536);
    const out: number[] = [-1];
    const edges: number[][] = [[]]; // node → [char, child, ...] for the BFS below
    let nodes = 1;
    this.lengths = new Int32Array(patterns.length);
    patterns.forEach((p, idx) => {
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        this.alpha[c] = 1;
        let n = this.get(s, c);
        if (n < 0) {
          n = nodes++;
          out.push(-1);
          edges.push([]);
          this.put(s, c, n);
          edges[s].push(c, n);
        }
        s = n;
      }
      if (out[s] < 0) out[s] = idx;
      this.lengths[idx] = p.length;
    });
    this.out = Int32Array.from(out);
    this.fail = new Int32Array(nodes);
    this.dict = new Int32Array(nodes);
    // Breadth-first: a node's fail link is the longest proper suffix that is also a trie path.
    const queue: number[] = [];
    for (let k = 0; k < edges[0].length; k += 2) {
      const c = edges[0][k];
      const n = edges[0][k + 1];
      this.root[c] = n;
      queue.push(n);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      const e = edges[s];
      for (let k = 0; k < e.length; k += 2) {
        const c = e[k];
        const n = e[k + 1];
        let f = this.fail[s];
        let t = this.step(f, c);
        while (t < 0) {
          f = this.fail[f];
          t = this.step(f, c);
        }
        this.fail[n] = n === t ? 0 : t;
        const fn = this.fail[n];
        this.dict[n] = this.out[fn] >= 0 ? fn : this.dict[fn];
        queue.push(n);
      }
    }
    // Dense transitions for ASCII characters (Latin text is the slow case for a hash walk).
    this.asciiClass = new Int32Array(128).fill(-1);
    let k = 0;
    for (let c = 0; c < 128; c++) if (this.alpha[c]) this.asciiClass[c] = k++;
    this.classes = k;
    this.delta = nodes < 65536 ? new Uint16Array(nodes * k) : new Int32Array(nodes * k);
    // Each row starts as a copy of its fail node's row (computed earlier in BFS order),
    // then the node's own ASCII edges override it.
    for (const s of [0, ...queue]) {
      if (s !== 0) this.delta.copyWithin(s * k, this.fail[s] * k, this.fail[s] * k + k);
      const e = edges[s];
      for (let x = 0; x < e.length; x += 2) if (e[x] < 128) this.delta[s * k + this.asciiClass[e[x]]] = e[x + 1];
    }
    // Closed non-ASCII transitions: for each node, the non-ASCII edges of the node and of
    // every non-root node on its failure chain, nearest first (the node's own edges win).
    // Root-level moves are left to the dense root table.
    let jumps = 0;
    for (const s of queue) for (let f = s; f !== 0; f = this.fail[f]) for (let x = 0; x < edges[f].length; x += 2) if (edges[f][x] >= 128) jumps++;
    let jcap = 16;
    while (jcap < jumps * 2) jcap <<= 1;
    const jm = jcap - 1;
    const jt = new Int32Array(jcap * 3);
    for (const s of queue) {
      for (let f = s; f !== 0; f = this.fail[f]) {
        const e = edges[f];
        for (let x = 0; x < e.length; x += 2) {
          const c = e[x];
          if (c < 128) continue;
          let h = (Math.imul(s, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & jm;
          while (jt[h * 3] !== 0 && !(jt[h * 3] === s + 1 && jt[h * 3 + 1] === c)) h = (h + 1) & jm;
          if (jt[h * 3] !== 0) continue; // a nearer node on the chain already has (s, c)
          jt[h * 3] = s + 1;
          jt[h * 3 + 1] = c;
          jt[h * 3 + 2] = e[x + 1];
        }
      }
    }
    this.jumpTable = jt;
    this.jumpMask = jm;
    const fold = foldTable();
    this.input = new Uint16Array(65536);
    for (let c = 1; c < 65536; c++) {
      const f = fold[c];
      if (!this.alpha[f]) continue;
      if (f < 128) this.input[c] = this.asciiClass[f] + 1;
      else if (f > 128) this.input[c] = f;
    }
    this.spaceCode = this.alpha[32] ? this.asciiClass[32] + 1 : 0;
    this.emits = new Uint8Array(nodes);
    for (let x = 1; x < nodes; x++) this.emits[x] = this.out[x] >= 0 || this.dict[x] > 0 ? 1 : 0;
  }

  private slot(node: number, c: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.mask;
  }

  private get(node: number, c: number): number {
    let h = this.slot(node, c);
    const t = this.table;
    for (;;) {
      const k = t[h * 3];
      if (k === 0) return -1;
      if (k === node + 1 && t[h * 3 + 1] === c) return t[h * 3 + 2];
      h = (h + 1) & this.mask;
    }
  }

  private put(node: number, c: number, n: number): void {
    let h = this.slot(node, c);
    const t = this.table;
    while (t[h * 3] !== 0) h = (h + 1) & this.mask;
    t[h * 3] = node + 1;
    t[h * 3 + 1] = c;
    t[h * 3 + 2] = n;
  }

  /** transition without failure; -1 when absent (the root never fails) */
  private step(s: number, c: number): number {
    if (s === 0) return this.root[c];
    return this.get(s, c);
  }

  /**
   * Calls onHit(pattern, start, end) for every occurrence, with offsets in `text`.
   * Runs of white space count as one space, so "export  controls" matches "export controls".
   */
  scan(text: string, onHit: (pattern: number, start: number, end: number) => void): void {
    const { root, out, dict, lengths, input, spaceCode, emits, classes, delta, jumpTable, jumpMask } = this;
    let s = 0;
    let prevSpace = true;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = input[text.charCodeAt(i)];
      // 0: a character that occurs in no pattern ends every partial match.
      if (c === 0) {
        s = 0;
        prevSpace = false;
        continue;
      }
      if (c === spaceCode) {
        if (prevSpace) continue;
        prevSpace = true;
      } else prevSpace = false;
      if (c <= 128) {
        s = delta[s * classes + c - 1];
        if (s === 0) continue;
      } else {
        let t = 0;
        if (s !== 0) {
          // inlined lookup of the closed transition (s, c); absent means "back to the root"
          let h = (Math.imul(s, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & jumpMask;
          for (;;) {
            const k = jumpTable[h * 3];
            if (k === 0) break;
            if (k === s + 1 && jumpTable[h * 3 + 1] === c) {
              t = jumpTable[h * 3 + 2];
              break;
            }
            h = (h + 1) & jumpMask;
          }
        }
        s = t !== 0 ? t : root[c];
        if (s === 0) continue;
      }
      if (emits[s] === 0) continue;
      let o = out[s] >= 0 ? s : dict[s];
      while (o > 0) {
        const p = out[o];
        onHit(p, this.startOf(text, i, lengths[p]), i + 1);
        o = dict[o];
      }
    }
  }

  /**
   * Start offset of a match of `len` folded units ending at `last`: walks back over the
   * text, skipping the spaces the scan collapsed (a space right after a space, or at 0).
   * Only runs on hits, so the scan itself keeps no per-character history.
   */
  private startOf(text: string, last: number, len: number): number {
    const input = this.input;
    let k = last + 1;
    let need = len;
    while (need > 0) {
      k--;
      const sp = this.spaceCode;
      if (input[text.charCodeAt(k)] === sp && (k === 0 || input[text.charCodeAt(k - 1)] === sp)) continue;
      need--;
    }
    return k;
  }
}

let foldCache: Uint16Array | null = null;

/** foldCode for every UTF-16 unit, so the scan loop does one array read per character. */
function foldTable(): Uint16Array {
  if (!foldCache) {
    foldCache = new Uint16Array(65536);
    for (let c = 0; c < 65536; c++) foldCache[c] = foldCode(c);
  }
  return foldCache;
}
