import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { count } from './fixtures/count-rows.ts';
import { engineSite } from './fixtures/engine-site.ts';

const N = 60;
const child = new URL('./fixtures/crawl-child.ts', import.meta.url).pathname;

function run(db: string, base: string): { proc: ReturnType<typeof spawn>; done: Promise<{ code: number | null; out: string }> } {
  // node itself (not the tsx wrapper, which would leave an orphan behind on SIGKILL)
  const proc = spawn(process.execPath, ['--import', 'tsx', child, db, base, String(N)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  return { proc, done: new Promise((r) => proc.on('exit', (code) => r({ code, out }))) };
}

describe('kill -9 in the middle of a run, then a rerun', () => {
  let dir: string;
  let rep: Replicas;
  const es = engineSite({ notices: N, perPage: 10 });
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-kill-'));
    rep = await startReplicas([es.site]);
  });
  afterAll(async () => {
    await rep?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses nothing committed, duplicates nothing, keeps the database sound', async () => {
    const db = join(dir, 'crawl.db');
    const base = rep.baseUrl(es.site.id);
    rep.fault(es.site.id, '/zcfb/2024*', { kind: 'delay', ms: 40 });
    const first = run(db, base);
    // wait until part of the work is committed, then SIGKILL
    const t0 = Date.now();
    while (count(db, 'SELECT count(*) AS n FROM notices') < 12 && Date.now() - t0 < 30_000) await new Promise((r) => setTimeout(r, 25));
    first.proc.kill('SIGKILL');
    const r1 = await first.done;
    expect(r1.code).toBeNull();
    const before = count(db, 'SELECT count(*) AS n FROM notices');
    expect(before).toBeGreaterThanOrEqual(12);
    expect(before).toBeLessThan(N);
    expect(count(db, 'SELECT count(*) AS n FROM crawl_runs WHERE finished_at IS NULL')).toBe(1);

    rep.clearFaults();
    const second = run(db, base);
    const r2 = await second.done;
    expect(r2.code, r2.out).toBe(0);
    const summary = JSON.parse(r2.out.trim().split('\n').at(-1)!);
    expect(summary.errors, r2.out).toEqual({});
    // the rerun pages through everything (no known-item shortcut after an unfinished run)
    expect(summary.newCount).toBe(N - before);

    expect(count(db, 'SELECT count(*) AS n FROM notices')).toBe(N);
    expect(count(db, 'SELECT count(*) AS n FROM notice_versions')).toBe(N);
    expect(count(db, 'SELECT count(*) AS n FROM (SELECT url FROM notices GROUP BY url HAVING count(*) > 1)')).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM (SELECT notice_id, version FROM notice_versions GROUP BY notice_id, version HAVING count(*) > 1)')).toBe(0);
    const c = new Database(db, { readonly: true });
    expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
    c.close();
  });
});
