import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/index.ts';
import { parseWeek } from '../../newsletter/period.ts';
import { type Receiver, startReceiver, urls } from '../channels/receiver.ts';
import { runCli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/stores.ts';
import { CLIENTS_CSV, NOTICES, seedBrokerWeek } from './fixtures.ts';

const dir = tempDir();
const db = join(dir, 'radar.db');
const env = { POLICY_RADAR_SECRET: 'cli-broker-secret-0123456789', DATABASE_URL: '', SMTP_URL: '' };
const cli = (...args: string[]) => runCli(['--db', db, ...args], { env, cwd: dir });
let tokenA = '';

beforeAll(async () => {
  const store = await openStore(db);
  await seedBrokerWeek(store, parseWeek('2026-W48', 'Asia/Shanghai'));
  await store.close();
  const a = await cli('brokers', 'add', '深圳通关报关行', '--email', 'desk@sz-broker.example.cn', '--json');
  expect(a.stderr).toBe('');
  tokenA = JSON.parse(a.stdout).token;
  expect(tokenA).toMatch(/^brk_/);
  expect((await cli('brokers', 'add', 'Other Broker', '--email', 'ops@other.example.com', '--language', 'en')).code).toBe(0);
}, 60_000);

describe('policy-radar brokers', () => {
  it('has help for every subcommand', async () => {
    const r = await cli('brokers', '--help');
    for (const s of ['add', 'list', 'remove', 'import', 'clients', 'digest', 'sheet', 'targets']) expect(r.stdout).toContain(s);
    expect((await cli('brokers', 'import', '--help')).stdout).toContain('客户名称 / client name');
  });

  it('imports a GB18030 client list, re-imports it as updates, and refuses a bad file whole with line numbers', async () => {
    const gb = join(dir, 'clients-gb.csv');
    writeFileSync(gb, iconv.encode(CLIENTS_CSV.replace(/\n/g, '\r\n'), 'gb18030'));
    const r = await cli('brokers', 'import', '深圳通关报关行', gb);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('imported 3 clients for 深圳通关报关行 (gb18030): 3 new, 0 updated');
    expect((await cli('brokers', 'import', '深圳通关报关行', gb)).stdout).toContain('0 new, 3 updated');

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `${CLIENTS_CSV}新客户,9405,欧盟,,,\n坏客户,9999,火星,,,\n`);
    const b = await cli('brokers', 'import', '深圳通关报关行', bad);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('nothing imported');
    expect(b.stderr).toMatch(/line 6: 坏客户: HS code "9999" does not exist/);
    expect(b.stderr).toMatch(/line 6: 坏客户: market "火星"/);
    const list = JSON.parse((await cli('brokers', 'clients', '深圳通关报关行', '--json')).stdout);
    expect(list.map((c: { name: string }) => c.name).sort()).toEqual(['宁波家具', '深圳光明灯饰', '青岛海鲜'].sort());
  });

  it("a broker's token shows only its own clients", async () => {
    const own = await cli('brokers', 'clients', '深圳通关报关行', '--token', tokenA);
    expect(own.code).toBe(0);
    expect(own.stdout).toContain('青岛海鲜');
    const other = await cli('brokers', 'clients', 'Other Broker', '--token', tokenA);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('this token belongs to broker "深圳通关报关行": it cannot see "Other Broker"');
    expect(other.stdout).toBe('');
    const importOther = await cli('brokers', 'import', 'Other Broker', join(dir, 'clients-gb.csv'), '--token', tokenA);
    expect(importOther.code).toBe(2);
    expect((await cli('brokers', 'clients', 'Other Broker')).stdout).toContain('has no clients');
    expect((await cli('brokers', 'clients', '深圳通关报关行', '--token', 'brk_forged')).stderr).toContain('not valid');
  });

  it('removes one client, or the whole account only with --yes', async () => {
    await cli('brokers', 'add', 'Short-lived', '--email', 'x@short.example.com');
    const csv = join(dir, 'short.csv');
    writeFileSync(csv, 'client name,HS codes,markets\nA Co,9405,EU\nB Co,9403,US\n');
    expect((await cli('brokers', 'import', 'Short-lived', csv)).code).toBe(0);
    expect((await cli('brokers', 'remove', 'Short-lived', '--client', 'A Co')).stdout).toContain('removed client A Co');
    expect((await cli('brokers', 'remove', 'Short-lived', '--client', 'A Co')).stderr).toContain('has no client "A Co"');
    const refused = await cli('brokers', 'remove', 'Short-lived');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('its 1 clients; run again with --yes');
    expect((await cli('brokers', 'remove', 'Short-lived', '--yes')).stdout).toContain('and 1 clients');
    expect((await cli('brokers', 'list')).stdout).not.toContain('Short-lived');
    // another broker's token cannot remove a client here
    expect((await cli('brokers', 'remove', 'Other Broker', '--client', 'x', '--token', tokenA)).stderr).toContain('cannot see "Other Broker"');
  });

  it('writes and records digests once per week, and policy sheets', async () => {
    const out = join(dir, 'out');
    const first = await cli('brokers', 'digest', '深圳通关报关行', '--week', '2026-W48', '--send', '--out', out);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('2 written to forward, 1 sent directly');
    const again = await cli('brokers', 'digest', '深圳通关报关行', '--week', '2026-W48', '--send', '--out', out);
    expect(again.stdout).toContain('3 already delivered');
    const files = readdirSync(join(out, '2026-W48'));
    const led = files.find((f) => f.includes('深圳光明灯饰') && f.endsWith('.html'))!;
    expect(readFileSync(join(out, '2026-W48', led), 'utf8')).toContain(NOTICES.euLed);
    expect(readdirSync(join(out, '2026-W48', 'sent-direct')).some((f) => f.endsWith('.eml'))).toBe(true);

    const sheets = join(dir, 'sheets');
    const s = await cli(
      'brokers',
      'sheet',
      '深圳通关报关行',
      '--week',
      '2026-W48',
      '--weeks',
      '1',
      '--client',
      '宁波家具',
      '--out',
      sheets,
      '--no-pdf',
      '--json',
    );
    expect(s.stderr).toBe('');
    const { files: sheetFiles } = JSON.parse(s.stdout);
    expect(sheetFiles).toHaveLength(1);
    expect(readFileSync(sheetFiles[0].html, 'utf8')).toContain(NOTICES.usFurniture);
    expect((await cli('brokers', 'sheet', '深圳通关报关行', '--client', '没有这个客户', '--no-pdf')).stderr).toContain('has no client "没有这个客户"');
    expect((await cli('brokers', 'sheet', '深圳通关报关行', '--weeks', '0')).stderr).toContain('--weeks must be an integer');
  });

  it("push targets of a broker's clients: add, list, scoped by token, pushed by digest --send once, removed", async () => {
    const rx: Receiver = await startReceiver();
    try {
      const pushEnv = { ...env, POLICY_RADAR_ALLOW_LOOPBACK_HTTP: '1' };
      const bcli = (...args: string[]) => runCli(['--db', db, ...args], { env: pushEnv, cwd: dir });
      expect((await cli('brokers', 'targets', '--help')).stdout).toMatch(/add[\s\S]*list[\s\S]*remove[\s\S]*resume/);
      const add = await bcli(
        'brokers',
        'targets',
        'add',
        '深圳通关报关行',
        '--client',
        '宁波家具',
        '--kind',
        'wecom',
        '--url',
        urls(rx.base).wecom,
        '--label',
        '家具客户群',
        '--json',
      );
      expect(add.stderr).toBe('');
      const t = JSON.parse(add.stdout);
      expect(t).toMatchObject({ kind: 'wecom', schedule: 'weekly', label: '家具客户群' });
      // bad input: an unknown client, a typo in a topic id, a webhook without its secret, an internal address
      expect((await bcli('brokers', 'targets', 'add', '深圳通关报关行', '--client', '没有', '--kind', 'wecom', '--url', urls(rx.base).wecom)).stderr).toContain(
        'has no client "没有"',
      );
      const typo = await bcli(
        'brokers',
        'targets',
        'add',
        '深圳通关报关行',
        '--client',
        '宁波家具',
        '--kind',
        'wecom',
        '--url',
        urls(rx.base).wecom,
        '--schedule',
        'instant',
        '--topics',
        'export-control',
      );
      expect(typo.code).toBe(2);
      expect(typo.stderr).toContain('export-control');
      expect(
        (await bcli('brokers', 'targets', 'add', '深圳通关报关行', '--client', '宁波家具', '--kind', 'webhook', '--url', urls(rx.base).webhook)).code,
      ).toBe(2);
      expect(
        (await cli('brokers', 'targets', 'add', '深圳通关报关行', '--client', '宁波家具', '--kind', 'wecom', '--url', 'https://10.0.0.8/hook')).stderr,
      ).toMatch(/internal address/);

      const list = await cli('brokers', 'targets', 'list', '深圳通关报关行');
      expect(list.stdout).toContain('宁波家具');
      expect(list.stdout).toContain('127.0.0.1');
      // the robot's key is never printed back
      expect(list.stdout + (await cli('brokers', 'targets', 'list', '深圳通关报关行', '--json')).stdout).not.toContain('wecom-key');
      // the other broker's token sees none of them and cannot remove them
      const other = JSON.parse((await cli('brokers', 'list', '--json')).stdout).find((b: { name: string }) => b.name === 'Other Broker');
      expect((await cli('brokers', 'targets', 'list', 'Other Broker')).stdout).toContain('no push targets');
      expect((await cli('brokers', 'targets', 'remove', `#${other.id}`, String(t.id))).stderr).toContain(`has no push target #${t.id}`);
      expect((await cli('brokers', 'targets', 'list', 'Other Broker', '--token', tokenA)).code).toBe(2);

      const before = rx.accepted.length;
      const send = await bcli('digest', '--send', '--week', '2026-W48');
      expect(send.code).toBe(0);
      const pushed = rx.accepted.slice(before).filter((g) => g.platform === 'wecom');
      expect(pushed).toHaveLength(1);
      expect(pushed[0].body.markdown.content).toContain('由 深圳通关报关行 为您整理');
      expect(pushed[0].body.markdown.content).toContain(NOTICES.usFurniture);
      expect((await bcli('digest', '--send', '--week', '2026-W48')).code).toBe(0);
      expect(rx.accepted.length - before).toBe(1);

      expect((await cli('brokers', 'targets', 'resume', '深圳通关报关行', String(t.id))).stdout).toContain('active');
      expect((await cli('brokers', 'targets', 'remove', '深圳通关报关行', String(t.id), '--token', tokenA)).stdout).toContain(`removed #${t.id}`);
      expect((await cli('brokers', 'targets', 'remove', '深圳通关报关行', 'x')).stderr).toContain('positive integer');
    } finally {
      await rx.close();
    }
  }, 120_000);
});
