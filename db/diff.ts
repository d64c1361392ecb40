/**
 * The one word-level diff: the crawler stores its output with each changed
 * version, and the server shows it between any two versions, so what is
 * stored and what is displayed cannot disagree. It lives in db/ because the
 * diff is part of the archive's format (DiffOp) and db/ is the one pure layer
 * both crawler and server may import. Text is segmented with Intl.Segmenter ('zh', word), which
 * splits Chinese into words and English on word boundaries, then compared
 * with Myers' O(ND) algorithm. Large or very different texts are diffed by
 * line first, then word by word inside changed line blocks, so cost stays
 * bounded.
 */
import type { DiffOp } from './types.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Segmenting one long string is super-linear in V8/ICU, so text is cut into
 * lines (and long lines into sentences) first; words never span those cuts.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/(\n)/)) {
    if (!line) continue;
    if (line === '\n') {
      out.push(line);
      continue;
    }
    const pieces = line.length > 500 ? line.split(/(?<=[。；！？.;!?，,])/) : [line];
    for (const p of pieces) for (const s of segmenter.segment(p)) out.push(s.segment);
  }
  return out;
}

type Op = DiffOp[0];

/** Myers diff over tokens; null when the edit distance exceeds maxD. */
export function myers(a: string[], b: string[], maxD = 4000): [Op, string][] | null {
  const N = a.length;
  const M = b.length;
  const max = N + M;
  if (max === 0) return [];
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  const limit = Math.min(max, maxD);
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < N && y < M && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= N && y >= M) return backtrack(a, b, trace, d);
    }
  }
  return null;
}

function backtrack(a: string[], b: string[], trace: Int32Array[], D: number): [Op, string][] {
  const ops: [Op, string][] = [];
  let x = a.length;
  let y = b.length;
  for (let d = D; d > 0; d--) {
    const prev = trace[d];
    const get = (k: number) => prev[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && get(k - 1) < get(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = get(prevK);
    const prevY = prevX - prevK;
    const xStart = down ? prevX : prevX + 1;
    while (x > xStart && y > xStart - k) {
      ops.push(['=', a[x - 1]]);
      x--;
      y--;
    }
    if (down) ops.push(['+', b[y - 1]]);
    else ops.push(['-', a[x - 1]]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push(['=', a[x - 1]]);
    x--;
    y--;
  }
  return ops.reverse();
}

/** Joins runs of the same operation; puts removals before additions inside a change. */
export function mergeOps(ops: [Op, string][]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const [op, s] of ops) {
    if (!s) continue;
    const last = out[out.length - 1];
    if (last && last[0] === op) last[1] += s;
    else out.push([op, s]);
  }
  return out;
}

function diffTokens(a: string[], b: string[], maxD: number): [Op, string][] | null {
  // common prefix and suffix cost nothing
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const mid = myers(a.slice(p, a.length - s), b.slice(p, b.length - s), maxD);
  if (!mid) return null;
  const head: [Op, string][] = a.slice(0, p).map((t) => ['=', t]);
  const tail: [Op, string][] = a.slice(a.length - s).map((t) => ['=', t]);
  return [...head, ...mid, ...tail];
}

export interface DiffOptions {
  /** token-level edit distance budget before falling back to lines (default 2000) */
  maxTokenEdits?: number;
}

export function diffWords(prev: string, next: string, opts: DiffOptions = {}): DiffOp[] {
  if (prev === next) return prev ? [['=', prev]] : [];
  const maxD = opts.maxTokenEdits ?? 2000;
  const a = tokenize(prev);
  const b = tokenize(next);
  const direct = a.length + b.length <= 60_000 ? diffTokens(a, b, maxD) : null;
  if (direct) return mergeOps(direct);

  // Coarse pass by line, then words inside each replaced block.
  const la = prev.split(/(?<=\n)/);
  const lb = next.split(/(?<=\n)/);
  const lines = diffTokens(la, lb, 20_000) ?? [...la.map((l) => ['-', l] as [Op, string]), ...lb.map((l) => ['+', l] as [Op, string])];
  const out: [Op, string][] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i][0] === '=') {
      out.push(lines[i++]);
      continue;
    }
    let del = '';
    let add = '';
    while (i < lines.length && lines[i][0] !== '=') {
      if (lines[i][0] === '-') del += lines[i][1];
      else add += lines[i][1];
      i++;
    }
    const ta = tokenize(del);
    const tb = tokenize(add);
    const inner = del && add && ta.length + tb.length <= 20_000 ? diffTokens(ta, tb, maxD) : null;
    if (inner) out.push(...inner);
    else {
      if (del) out.push(['-', del]);
      if (add) out.push(['+', add]);
    }
  }
  return mergeOps(out);
}

/** Rebuilds either side from a diff (used to check diffs and to render). */
export function applyDiff(ops: DiffOp[], side: 'prev' | 'next'): string {
  return ops
    .filter(([op]) => op === '=' || (side === 'prev' ? op === '-' : op === '+'))
    .map(([, s]) => s)
    .join('');
}

/** Counts of added and removed characters, for a one-line summary. */
export function diffStats(ops: DiffOp[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const [op, s] of ops) {
    if (op === '+') added += s.length;
    else if (op === '-') removed += s.length;
  }
  return { added, removed };
}
