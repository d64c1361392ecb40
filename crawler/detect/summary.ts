/**
 * A short change summary by sentence: how many sentences were added,
 * removed and changed, with the first example of each, e.g.
 * `1 changed, 1 added: "自2025年1月1日起施行" → "自2025年3月1日起施行"; + "新增附件2。"`.
 */

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；!?;])|\n+|(?<=[.])\s+(?=[A-Z0-9“"(（])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = s.replace(/\s+/g, '');
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient on character bigrams (works for Chinese and English alike). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const A = bigrams(a);
  const B = bigrams(b);
  let inter = 0;
  let total = 0;
  for (const [g, n] of A) {
    inter += Math.min(n, B.get(g) ?? 0);
    total += n;
  }
  for (const n of B.values()) total += n;
  return total ? (2 * inter) / total : 0;
}

export interface ChangeSummary {
  added: string[];
  removed: string[];
  changed: [string, string][];
  text: string;
}

function clip(s: string, n = 40): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function summarizeChange(prev: string, next: string): ChangeSummary {
  const count = (xs: string[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const ps = splitSentences(prev);
  const ns = splitSentences(next);
  const pc = count(ps);
  const nc = count(ns);
  const removed0: string[] = [];
  const added0: string[] = [];
  for (const s of ps) {
    const n = nc.get(s) ?? 0;
    if (n > 0) nc.set(s, n - 1);
    else removed0.push(s);
  }
  for (const s of ns) {
    const n = pc.get(s) ?? 0;
    if (n > 0) pc.set(s, n - 1);
    else added0.push(s);
  }
  // pair each removed sentence with its most similar added one: an edit, not a remove + add
  const changed: [string, string][] = [];
  const added = [...added0];
  const removed: string[] = [];
  for (const r of removed0) {
    let best = -1;
    let score = 0.5;
    added.forEach((a, i) => {
      const sc = similarity(r, a);
      if (sc >= score) {
        score = sc;
        best = i;
      }
    });
    if (best >= 0) changed.push([r, added.splice(best, 1)[0]]);
    else removed.push(r);
  }
  const parts: string[] = [];
  if (changed.length) parts.push(`${changed.length} changed`);
  if (added.length) parts.push(`${added.length} added`);
  if (removed.length) parts.push(`${removed.length} removed`);
  const examples: string[] = [];
  if (changed.length) examples.push(`"${clip(changed[0][0])}" → "${clip(changed[0][1])}"`);
  if (added.length) examples.push(`+ "${clip(added[0])}"`);
  if (removed.length) examples.push(`- "${clip(removed[0])}"`);
  const text = parts.length
    ? `${parts.join(', ')} sentence${changed.length + added.length + removed.length > 1 ? 's' : ''}: ${examples.join('; ')}`
    : 'formatting only';
  return { added, removed, changed, text };
}
