import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/index.ts';
import { parseWeek } from '../../newsletter/period.ts';
import { DEFAULT_TIMEZONE } from '../../taxonomy/defaults.ts';
import { runCli } from '../helpers/cli.ts';
import { BACKENDS, freshPgUrl, tempDir } from '../helpers/stores.ts';
import { seedWeek } from '../newsletter/helpers.ts';
import { DING_SECRET, type Receiver, startReceiver, urls } from './receiver.ts';

const WEEK = '2026-W47';
const ENV = { POLICY_RADAR_SECRET: 'cli-test-secret-0123456789', SMTP_URL: '' };

// checked before any database is opened (targetInputFromFlags): once, not per backend
describe('policy-radar channels add: help and flag checks', () => {
  it('has help with examples, and refuses http URLs, webhooks without a secret and unknown topics with a clear message', async () => {
    const db = join(tempDir(), 'radar.db');
    const cli = (...args: string[]) => runCli(['--db', db, ...args], { env: ENV });
    const [help, http, noSecret, typo] = await Promise.all([
      cli('channels', 'add', '--help'),
      // a loopback http URL like the receiver's, without --allow-loopback-http
      cli('channels', 'add', 'buyer@example.cn', '--kind', 'wecom', '--url', urls('http://127.0.0.1:9').wecom),
      cli('channels', 'add', 'buyer@example.cn', '--kind', 'webhook', '--url', 'https://erp.example.com/h'),
      cli(
        'channels',
        'add',
        'buyer@example.cn',
        '--kind',
        'webhook',
        '--url',
        'https://erp.example.com/h',
        '--secret',
        'webhook-secret-1',
        '--schedule',
        'instant',
        '--topics',
        'export-control',
      ),
    ]);
    expect(help.stdout).toContain('--schedule');
    expect(help.stdout).toContain('Examples:');
    expect(http.code).not.toBe(0);
    expect(http.stderr).toMatch(/--url: a target URL must be https/);
    expect(noSecret.stderr).toMatch(/--secret is required/);
    expect(typo.code).not.toBe(0);
    expect(typo.stderr).toMatch(/--topics unknown topic "export-control"/);
  });
});

// the CLI on both backends: the delivery claims and the pause are store code
describe.each(BACKENDS)('policy-radar channels (%s)', (backend) => {
  let rx: Receiver;
  let dir: string;
  let db: string;
  const env = ENV;
  const cli = (...args: string[]) => runCli(['--db', db, ...args], { env });

  beforeAll(async () => {
    rx = await startReceiver();
    dir = tempDir();
    db = backend === 'pg' ? await freshPgUrl() : join(dir, 'radar.db');
    const store = await openStore(db);
    await seedWeek(store, parseWeek(WEEK, DEFAULT_TIMEZONE));
    await store.close();
  });
  afterAll(() => rx.close());

  it('adds, lists, tests, pauses, resumes and removes targets; digest --send pushes beside the mail, once', async () => {
    expect((await cli('subscribers', 'add', 'buyer@example.cn', '--lang', 'zh', '--topics', 'tariffs,export-rebates')).code).toBe(0);
    const nobody = await cli('channels', 'add', 'nobody@example.cn', '--kind', 'wecom', '--url', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k');
    expect(nobody.stderr).toMatch(/no subscriber nobody@example.cn/);

    const a = await cli('channels', 'add', 'buyer@example.cn', '--kind', 'wecom', '--url', urls(rx.base).wecom, '--allow-loopback-http', '--json');
    expect(a.code, a.stderr).toBe(0);
    const wecom = JSON.parse(a.stdout);
    const b = await cli(
      'channels',
      'add',
      'buyer@example.cn',
      '--kind',
      'dingtalk',
      '--url',
      urls(rx.base).dingtalk,
      '--secret',
      DING_SECRET,
      '--allow-loopback-http',
      '--json',
    );
    const ding = JSON.parse(b.stdout);
    expect(ding.secret).toBe('(set)');

    const list = await cli('channels', 'list');
    expect(list.stdout).toMatch(/wecom\s+weekly/);
    expect(list.stdout).not.toContain(DING_SECRET);

    const n0 = rx.accepted.length;
    const t = await runCli(['--db', db, 'channels', 'test', String(ding.id)], { env: { ...env, POLICY_RADAR_ALLOW_LOOPBACK_HTTP: '1' } });
    expect(t.code, t.stderr).toBe(0);
    expect(rx.accepted.slice(n0).map((r) => r.platform)).toEqual(['dingtalk']);

    expect((await cli('channels', 'pause', String(wecom.id), '--reason', 'group archived')).stdout).toContain('paused');
    expect((await cli('channels', 'list')).stdout).toContain('paused: group archived');

    const pushEnv = { ...env, POLICY_RADAR_ALLOW_LOOPBACK_HTTP: '1' };
    const n1 = rx.accepted.length;
    const run = await runCli(['--db', db, 'digest', '--week', WEEK, '--send', '--out', join(dir, 'outbox')], { env: pushEnv });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/sent 1 into/);
    expect(run.stdout).toMatch(/pushes: 1 sent to 1 targets/);
    const pushed = rx.accepted.slice(n1);
    expect(pushed.map((r) => r.platform)).toEqual(['dingtalk']);
    expect(pushed[0].body.markdown.text).toContain('subscriptions/manage');

    // resumed, the paused target gets its week; the rerun sends nothing twice
    expect((await cli('channels', 'resume', String(wecom.id))).code).toBe(0);
    const again = await runCli(['--db', db, 'digest', '--week', WEEK, '--send', '--out', join(dir, 'outbox'), '--json'], { env: pushEnv });
    const j = JSON.parse(again.stdout);
    expect(j.sent).toBe(0);
    expect(j.pushes).toMatchObject({ sent: 1, skipped: 1, failed: 0 });
    expect(rx.accepted.slice(n1).map((r) => r.platform)).toEqual(['dingtalk', 'wecom']);

    expect((await cli('channels', 'remove', String(wecom.id))).stdout).toContain('removed');
    expect((await cli('channels', 'remove', String(wecom.id))).stderr).toContain(`no push target #${wecom.id}`);
  });
});
