import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/index.ts';
import { tempDir } from '../helpers/stores.ts';
import { seed } from './fixtures.ts';

const bin = join(process.cwd(), 'bin/policy-radar.js');

/** The URL `serve` prints once it is up. */
function servingUrl(p: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    p.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    p.once('exit', (c) => reject(new Error(`exited ${c}`)));
  });
}

describe('policy-radar serve', () => {
  const dir = tempDir();
  const db = join(dir, 'radar.db');
  let proc: ChildProcess | undefined;
  afterAll(() => {
    if (proc && proc.exitCode === null) proc.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the given database on the chosen port and stops on SIGTERM', async () => {
    const store = await openStore(db);
    await seed(store);
    await store.close();
    proc = spawn(process.execPath, [bin, '--db', db, 'serve', '--port', '0', '--lang', 'en', '--no-scheduler'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await servingUrl(proc);
    const r = await fetch(`${url}/api/notices?q=${encodeURIComponent('退税')}`);
    expect(r.status).toBe(200);
    expect(((await r.json()) as { total: number }).total).toBe(2);
    expect(await (await fetch(`${url}/sources`)).text()).toContain('Sources and their health');
    const exited = new Promise<number | null>((resolve) => proc!.once('exit', resolve));
    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('answers the requests in progress at SIGTERM before it exits', { timeout: 30_000 }, async () => {
    // a form POST whose body is still arriving when the signal comes: cut at once, its client would get a reset
    const p = spawn(process.execPath, [bin, '--db', db, 'serve', '--port', '0', '--lang', 'en', '--no-scheduler'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, POLICY_RADAR_SECRET: 'a-test-secret-of-enough-length' },
    });
    proc = p;
    let stderr = '';
    p.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const url = new URL(await servingUrl(p));
    const exited = new Promise<number | null>((resolve) => p.once('exit', resolve));
    const body = 'token=not-a-real-token&x=1';
    const sock = connect(Number(url.port), url.hostname);
    let answer = '';
    sock.setEncoding('utf8');
    sock.on('data', (d: string) => (answer += d));
    const ended = new Promise<void>((resolve, reject) => {
      sock.on('end', resolve);
      sock.on('error', reject);
    });
    sock.write(
      `POST /subscriptions/confirm HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((r) => setTimeout(r, 400));
    p.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 400));
    expect(p.exitCode).toBeNull(); // still waiting for that request
    sock.write(body.slice(10));
    await ended;
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('</html>');
    expect(await exited).toBe(0);
    expect(stderr).not.toContain('request failed');
  });

  it('rejects a bad port with a one-line error', () => {
    const r = spawnSync(process.execPath, [bin, '--db', db, 'serve', '--port', 'eighty'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('policy-radar: --port: expected 0..65535, got "eighty"');
  });

  it('documents itself in --help', () => {
    const r = spawnSync(process.execPath, [bin, 'serve', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--port <n>');
    expect(r.stdout).toContain('8787');
  });
});
