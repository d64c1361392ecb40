import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { seededRandom } from '../helpers/seeded.ts';
import { count } from './fixtures/count-rows.ts';
import { engineSite } from './fixtures/engine-site.ts';

/**
 * kill -9 of a crawl at three points chosen at random per run (after a random
 * number of committed notices, plus a random few milliseconds, so the kill lands
 * between or inside write transactions), then a rerun that completes. Replay a
 * failing run with KILL_SEED=<printed seed>.
 */
const N = 90;
const child = new URL('./fixtures/crawl-child.ts', import.meta.url).pathname;

function run(db: string, base: string) {
  // node itself (not the tsx wrapper, which would leave an orphan behind on SIGKILL)
  const proc = spawn(process.execPath, ['--import', 'tsx', child, db, base, String(N)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  return {
    proc,
    done: new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((r) => proc.on('exit', (code, signal) => r({ code, signal, out }))),
  };
}

describe('kill -9 of a crawl at three random points', () => {
  let dir: string;
  let rep: Replicas;
  const es = engineSite({ notices: N, perPage: 10 });
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-kill-random-'));
    rep = await startReplicas([es.site]);
  });
  afterAll(async () => {
    await rep?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('each rerun picks up where the last stopped; nothing is duplicated and the database stays sound', { timeout: 90_000 }, async () => {
    const rnd = seededRandom('KILL_SEED');
    const db = join(dir, 'crawl.db');
    const base = rep.baseUrl(es.site.id);
    // three increasing targets spread over the archive, each at least one notice past the last
    const targets = [rnd.int(3, 25), rnd.int(28, 50), rnd.int(53, 72)];
    const lingerMs = targets.map(() => rnd.int(0, 40));
    const log = `KILL_SEED=${rnd.seed} targets=${targets.join(',')} linger=${lingerMs.join(',')}`;
    console.log(`crawl kill points: ${log}`);
    const seen: number[] = [];
    for (let k = 0; k < 3; k++) {
      const before = count(db, 'SELECT count(*) AS n FROM notices');
      // slow detail pages so that a run is still going when its kill point comes
      rep.clearFaults();
      rep.fault(es.site.id, '/zcfb/2024*', { kind: 'delay', ms: 60 });
      const r = run(db, base);
      const t0 = Date.now();
      let exited = false;
      void r.done.then(() => (exited = true));
      while (!exited && Date.now() - t0 < 30_000) {
        const n = count(db, 'SELECT count(*) AS n FROM notices');
        if (n >= targets[k] && n > before) break;
        await new Promise((res) => setTimeout(res, 10));
      }
      // from the kill point on, detail pages hang: only requests already in flight can still
      // commit, so a loaded machine polling late cannot let the crawl run to the end
      rep.fault(es.site.id, '/zcfb/2024*', { kind: 'timeout' });
      await new Promise((res) => setTimeout(res, lingerMs[k]));
      r.proc.kill('SIGKILL');
      const res = await r.done;
      expect(res.signal, `${log}: run ${k + 1} ended before its kill point\n${res.out}`).toBe('SIGKILL');
      const after = count(db, 'SELECT count(*) AS n FROM notices');
      seen.push(after);
      // committed notices survive the kill; the sound database opens and checks clean each time
      expect(after, log).toBeGreaterThanOrEqual(before);
      const c = new Database(db, { readonly: true });
      expect(c.pragma('integrity_check', { simple: true }), log).toBe('ok');
      c.close();
    }
    console.log(`notices after each kill: ${seen.join(', ')}`);
    expect(seen[2], log).toBeLessThan(N);

    rep.clearFaults();
    const last = run(db, base);
    const r = await last.done;
    expect(r.code, `${log}\n${r.out}`).toBe(0);
    const summary = JSON.parse(r.out.trim().split('\n').at(-1)!);
    expect(summary.errors, log).toEqual({});
    expect(summary.newCount, log).toBe(N - seen[2]);

    expect(count(db, 'SELECT count(*) AS n FROM notices'), log).toBe(N);
    expect(count(db, 'SELECT count(*) AS n FROM notice_versions'), log).toBe(N);
    expect(count(db, 'SELECT count(*) AS n FROM (SELECT url FROM notices GROUP BY url HAVING count(*) > 1)'), log).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM (SELECT notice_id, version FROM notice_versions GROUP BY notice_id, version HAVING count(*) > 1)'), log).toBe(
      0,
    );
    // every notice has its one version and its one search-index row
    expect(
      count(db, 'SELECT count(*) AS n FROM notices n WHERE n.version_count <> (SELECT count(*) FROM notice_versions v WHERE v.notice_id = n.id)'),
      log,
    ).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM notice_fts'), log).toBe(N);
    const c = new Database(db, { readonly: true });
    expect(c.pragma('integrity_check', { simple: true }), log).toBe('ok');
    c.close();
  });
});
