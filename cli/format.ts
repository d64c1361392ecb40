import { MARK_END, MARK_START } from '../db/search/snippet.ts';

/** Small terminal-output helpers shared by the commands. */

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Snippet markers -> bold on a terminal, plain brackets otherwise. */
export function terminalSnippet(s: string, tty = process.stdout.isTTY): string {
  const [a, b] = tty ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
  return s.split(MARK_START).join(a).split(MARK_END).join(b);
}

export function plainSnippet(s: string): string {
  return s.split(MARK_START).join('').split(MARK_END).join('');
}

/** Display width: CJK characters take two columns. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

export function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

export function truncate(s: string, n: number): string {
  if (width(s) <= n) return s;
  let out = '';
  for (const ch of s) {
    if (width(out + ch) > n - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export function table(rows: string[][], header?: string[]): string {
  const all = header ? [header, ...rows] : rows;
  const widths = all[0]?.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? '')))) ?? [];
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]))).join('  ');
  const out = all.map(line);
  if (header) out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return `${out.join('\n')}\n`;
}

export function list(v: string | string[] | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  const arr = (Array.isArray(v) ? v : [v])
    .flatMap((x) => x.split(','))
    .map((x) => x.trim())
    .filter(Boolean);
  return arr.length ? arr : undefined;
}
