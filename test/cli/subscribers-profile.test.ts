import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/stores.ts';

const dir = tempDir();
const db = join(dir, 'subs.db');
const env = { POLICY_RADAR_SECRET: 'cli-profile-secret-0123456789' };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('policy-radar subscribers: location and size facts', () => {
  it('stores where the company is and its size, and prints a profile token', async () => {
    const add = await runCli(
      ['--db', db, 'subscribers', 'add', 'sz@example.cn', '--hs', '8507', '--location', '广东省 深圳市', '--export-value', '800万', '--sme', '--json'],
      { env },
    );
    expect(add.stderr).toBe('');
    expect(JSON.parse(add.stdout).interests).toMatchObject({
      hs: ['8507'],
      location: { province: 'CN-GD', city: 'CN-GD-shenzhen' },
      size: { exportValueUsd: 8_000_000, sme: true },
    });
    const list = await runCli(['--db', db, 'subscribers', 'list'], { env });
    expect(list.stdout).toContain('@CN-GD-shenzhen · exports $8,000,000 · SME');
    const tok = await runCli(['--db', db, 'subscribers', 'token', 'sz@example.cn', '--public-url', 'https://radar.example.org', '--json'], { env });
    const t = JSON.parse(tok.stdout);
    expect(t.token).toMatch(/^profile\.\d+\./);
    expect(t.calendar).toBe(`https://radar.example.org/feeds/deadlines.ics?for=${t.token}`);
    expect(t.feed).toBe(`https://radar.example.org/feeds/notices.atom?for=${t.token}`);
  });

  it.each([
    [['--location', '火星'], /--location: "火星" is not a known Chinese province or city/],
    [['--location', '浙江 深圳'], /--location: 深圳 is not in 浙江/],
    [['--export-value', 'lots'], /--export-value: "lots" is not an amount of US dollars/],
  ])('rejects %j with a clear error', async (args, msg) => {
    const r = await runCli(['--db', db, 'subscribers', 'add', 'bad@example.cn', ...args], { env });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(msg);
  });
});
