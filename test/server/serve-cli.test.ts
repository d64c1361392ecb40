import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/index.ts';
import { tempDir } from '../helpers/stores.ts';
import { seed } from './fixtures.ts';

const bin = join(process.cwd(), 'bin/policy-radar.js');

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
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      proc!.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m) resolve(m[1]);
      });
      proc!.once('exit', (c) => reject(new Error(`exited ${c}`)));
    });
    const r = await fetch(`${url}/api/notices?q=${encodeURIComponent('退税')}`);
    expect(r.status).toBe(200);
    expect(((await r.json()) as { total: number }).total).toBe(2);
    expect(await (await fetch(`${url}/sources`)).text()).toContain('Sources and their health');
    const exited = new Promise<number | null>((resolve) => proc!.once('exit', resolve));
    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
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
