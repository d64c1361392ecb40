import type { DiffOp } from '../db/types.ts';

/**
 * Word-level diff of two texts, pure and bounded. Lines are diffed first, then
 * words inside each changed block, so long notices with a few edits stay cheap.
 * Words come from Intl.Segmenter('zh'), which splits both Chinese and Latin
 * text; whitespace and punctuation are kept as tokens so ops join back to the
 * original texts exactly.
 */

/** Largest LCS table (cells) computed for one block; beyond it the block is replaced wholesale. */
const MAX_CELLS = 4_000_000;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function words(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) out.push(s.segment);
  return out;
}

function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

type Op = '=' | '+' | '-';

/** Diff of two token arrays: common prefix/suffix trimmed, LCS in the middle. */
export function diffTokens(a: string[], b: string[]): [Op, string[]][] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const out: [Op, string[]][] = [];
  if (pre) out.push(['=', a.slice(0, pre)]);
  const ma = a.slice(pre, a.length - suf);
  const mb = b.slice(pre, b.length - suf);
  out.push(...lcsDiff(ma, mb));
  if (suf) out.push(['=', a.slice(a.length - suf)]);
  return out;
}

function lcsDiff(a: string[], b: string[]): [Op, string[]][] {
  const n = a.length;
  const m = b.length;
  if (!n && !m) return [];
  if (!n) return [['+', b]];
  if (!m) return [['-', a]];
  if ((n + 1) * (m + 1) > MAX_CELLS) return [['-', a], ['+', b]];
  // suffix-LCS table: t[i][j] = LCS length of a[i..], b[j..]
  const w = m + 1;
  const t = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i * w + j] = a[i] === b[j] ? t[(i + 1) * w + j + 1] + 1 : Math.max(t[(i + 1) * w + j], t[i * w + j + 1]);
    }
  }
  const out: [Op, string[]][] = [];
  const push = (op: Op, tok: string) => {
    const last = out.at(-1);
    if (last && last[0] === op) last[1].push(tok);
    else out.push([op, [tok]]);
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('=', a[i++]);
      j++;
    } else if (t[(i + 1) * w + j] >= t[i * w + j + 1]) push('-', a[i++]);
    else push('+', b[j++]);
  }
  while (i < n) push('-', a[i++]);
  while (j < m) push('+', b[j++]);
  return out;
}

function append(out: DiffOp[], op: Op, text: string): void {
  if (!text) return;
  const last = out.at(-1);
  if (last && last[0] === op) last[1] += text;
  else out.push([op, text]);
}

/** Word-level diff of two texts; joining '=' and '-' gives `a`, '=' and '+' gives `b`. */
export function wordDiff(a: string, b: string): DiffOp[] {
  const out: DiffOp[] = [];
  const blocks = diffTokens(lines(a), lines(b));
  for (let k = 0; k < blocks.length; k++) {
    const [op, ls] = blocks[k];
    const next = blocks[k + 1];
    if (op === '-' && next?.[0] === '+') {
      // a replaced block of lines: diff its words
      for (const [wop, ws] of diffTokens(words(ls.join('')), words(next[1].join('')))) append(out, wop, ws.join(''));
      k++;
    } else append(out, op, ls.join(''));
  }
  return out;
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
