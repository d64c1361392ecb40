import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/index.ts';
import { tempDir } from '../helpers/stores.ts';
import { base, change, seed } from './fixtures.ts';

const bin = join(process.cwd(), 'bin/policy-radar.js');

/** A port that was free a moment ago (serve must bind a known port for requests to race its start-up). */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

type Outcome = { kind: 'refused' } | { kind: 'answered'; status: number; retryAfter?: string } | { kind: 'hung' } | { kind: 'error'; code: string };

/** One GET; 'hung' when connected but unanswered after `hangMs`. */
function probe(port: number, hangMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/notices?limit=1', agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ kind: 'answered', status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'error', code: e.code ?? String(e) }));
    req.setTimeout(hangMs, () => {
      req.destroy();
      resolve({ kind: 'hung' });
    });
    req.end();
  });
}

/** The URL `serve` (started with --port 0) says it is serving on; rejects if it exits first. */
function servingUrl(p: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    p.stdout!.on('data', (d: Buffer) => {
      out += d;
      const m = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    p.once('exit', (c) => reject(new Error(`exited ${c}: ${out}`)));
  });
}

describe('serve start-up', () => {
  const dir = tempDir();
  const db = join(dir, 'radar.db');
  let proc: ChildProcess | undefined;
  afterAll(() => {
    if (proc && proc.exitCode === null) proc.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every request that reaches it while starting (503 + Retry-After until ready, then 200)', { timeout: 60_000 }, async () => {
    const store = await openStore(db);
    await seed(store);
    await store.close();
    const port = await freePort();
    proc = spawn(process.execPath, [bin, '--db', db, 'serve', '--port', String(port), '--no-scheduler'], {
      // a secret turns on the subscription plugins, the longest part of start-up
      env: { ...process.env, POLICY_RADAR_SECRET: 'startup-test-secret-0123456789' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let up = false;
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d;
      if (out.includes('serving')) up = true;
    });
    proc.stderr!.on('data', (d: Buffer) => (out += d));
    const outcomes: Outcome[] = [];
    const inflight: Promise<void>[] = [];
    // fire a request every few ms from spawn until well after "serving", without waiting for answers
    let afterUp = 0;
    const t0 = Date.now();
    while (afterUp < 20 && Date.now() - t0 < 40_000 && proc.exitCode === null) {
      inflight.push(probe(port, 8_000).then((o) => void outcomes.push(o)));
      if (up) afterUp++;
      await new Promise((r) => setTimeout(r, 5));
    }
    await Promise.all(inflight);
    expect(up, out).toBe(true);
    const connected = outcomes.filter((o) => o.kind !== 'refused');
    expect(connected.length).toBeGreaterThan(20);
    expect(
      outcomes.filter((o) => o.kind === 'hung' || o.kind === 'error'),
      out,
    ).toEqual([]);
    const statuses = new Set(connected.map((o) => (o as { status: number }).status));
    expect([...statuses].every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses.has(200)).toBe(true);
    // a 503 during start-up says when to come back
    for (const o of connected) if (o.kind === 'answered' && o.status === 503) expect(o.retryAfter).toBe('1');
  });

  it('rejects inconsistent server limits in the config with a one-line error', () => {
    const cfg = join(dir, 'bad-limits.json');
    writeFileSync(cfg, JSON.stringify({ server: { headersTimeoutMs: 60_000, requestTimeoutMs: 1_000 } }));
    const r = spawnSync(process.execPath, [bin, '--db', db, '--config', cfg, 'serve', '--port', '0', '--no-scheduler'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('policy-radar: config server: server limit headersTimeoutMs (60000) must not exceed requestTimeoutMs (1000)');
    writeFileSync(cfg, JSON.stringify({ server: { maxConnections: 0 } }));
    const r2 = spawnSync(process.execPath, [bin, '--db', db, '--config', cfg, 'serve', '--port', '0', '--no-scheduler'], { encoding: 'utf8' });
    expect(r2.status).toBe(2);
    expect(r2.stderr).toContain('server.maxConnections');
    writeFileSync(cfg, JSON.stringify({ server: { responseCacheMs: -1 } }));
    const r3 = spawnSync(process.execPath, [bin, '--db', db, '--config', cfg, 'serve', '--port', '0', '--no-scheduler'], { encoding: 'utf8' });
    expect(r3.status).toBe(2);
    expect(r3.stderr).toContain('server.responseCacheMs');
  });

  it('server.responseCacheMs 0 answers every search afresh: a notice saved by another process shows at once', { timeout: 60_000 }, async () => {
    const cfg = join(dir, 'no-cache.json');
    writeFileSync(cfg, JSON.stringify({ server: { responseCacheMs: 0 } }));
    const p = spawn(process.execPath, [bin, '--db', db, '--config', cfg, 'serve', '--port', '0', '--no-scheduler'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await servingUrl(p);
      const total = async () => ((await (await fetch(`${url}/api/notices?q=${encodeURIComponent('无缓存测试')}`)).json()) as { total: number }).total;
      expect(await total()).toBe(0);
      const store = await openStore(db);
      await store.saveObservation(
        base({ url: 'https://www.mofcom.gov.cn/zcfb/art/2025/nocache.html', title: '无缓存测试公告', text: '无缓存测试 正文' }),
        change,
      );
      await store.close();
      expect(await total()).toBe(1);
    } finally {
      p.kill('SIGKILL');
    }
  });

  it('applies the configured limits: a client sending only blank lines is closed, others are served', { timeout: 60_000 }, async () => {
    const cfg = join(dir, 'limits.json');
    writeFileSync(cfg, JSON.stringify({ server: { headersTimeoutMs: 500, requestTimeoutMs: 1_000 } }));
    const p = spawn(process.execPath, [bin, '--db', db, '--config', cfg, 'serve', '--port', '0', '--no-scheduler'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await servingUrl(p);
      const u = new URL(url);
      const sock = connect(Number(u.port), u.hostname);
      sock.on('error', () => {});
      const closed = new Promise<void>((r) => sock.on('close', () => r()));
      const drip = setInterval(() => sock.writable && sock.write('\r\n'), 50);
      const r = await fetch(`${url}/api/sources`);
      expect(r.status).toBe(200);
      await closed;
      clearInterval(drip);
    } finally {
      p.kill('SIGKILL');
    }
  });
});
