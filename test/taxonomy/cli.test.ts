import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/policy-radar.js');
const dir = mkdtempSync(join(tmpdir(), 'taxonomy-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, 'classify', ...args], { input: input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const notice = '税委会公告〔2025〕2号 关于对原产于美国的部分进口商品加征关税的公告\n自2025年2月10日起，对原产于美国的煤炭、液化天然气加征15%关税。\n';

describe('policy-radar classify', () => {
  it('prints a table for a notice piped on stdin', () => {
    const r = run([], notice);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('税委会公告〔2025〕2号');
    expect(r.out).toContain('2025-02-10');
    expect(r.out).toMatch(/\*\s+topic\s+tariffs/);
    expect(r.out).toMatch(/\*\s+region\s+US/);
    expect(r.out).toMatch(/\*\s+hs\s+2701/);
  });

  it('reads --file and prints JSON with --json', () => {
    const f = join(dir, 'notice.txt');
    writeFileSync(f, 'Body text: new tariffs on solar cells imported from China.');
    const r = run(['--file', f, '--title', 'USTR Section 301 tariff increase', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.title).toBe('USTR Section 301 tariff increase');
    expect(j.tags.topics).toContain('tariffs');
    expect(j.tags.hsCodes).toContain('8541');
    expect(j.tags.regions).toEqual(expect.arrayContaining(['CN', 'US']));
    expect(j.topics[0]).toHaveProperty('score');
  });

  it('fails clearly on a missing file, empty input or a bad --lang', () => {
    const missing = run(['--file', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/file not found/);
    const empty = run([], '   \n');
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/empty/);
    const lang = run(['--lang', 'fr'], notice);
    expect(lang.code).toBe(2);
    expect(lang.err).toMatch(/--lang/);
  });
});
