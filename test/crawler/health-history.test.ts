/**
 * Blocked vs down vs moved, over time: one source crawled again and again
 * while the replica server injects a different fault each time; every run's
 * outcome and reason is recorded, and the history shows on the sources page,
 * in the API and in `policy-radar sources` / `sources history`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOverride, type ResolvedSource } from '../../crawler/registry.ts';
import { crawlSource } from '../../crawler/run.ts';
import { builtinSources } from '../../crawler/sources/index.ts';
import { openStore } from '../../db/index.ts';
import type { Store } from '../../db/types.ts';
import { runCli } from '../helpers/cli.ts';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { tempDir } from '../helpers/stores.ts';
import { replicaOverrides, replicaSites } from '../replicas/index.ts';
import { type Running, startServer } from '../server/helpers.ts';

const ID = 'mof-gss';
const LIST = '/gzdt/zhengcefabu/';

describe('health history: blocked vs down vs moved', () => {
  let replicas: Replicas;
  let store: Store;
  let source: ResolvedSource;
  const dir = tempDir();
  const file = join(dir, 'db.sqlite');
  beforeAll(async () => {
    replicas = await startReplicas(
      replicaSites.filter((s) => s.id === ID),
      { state: 'week1' },
    );
    store = await openStore(file);
    source = applyOverride(builtinSources.find((s) => s.id === ID)!, replicaOverrides(replicas, { delayMs: 0 })[ID], 'builtin');
  });
  afterAll(async () => {
    await store?.close();
    await replicas?.close();
  });

  const crawl = () => crawlSource(store, source, { delayMs: 0, retries: 0, retryBaseMs: 1, timeoutMs: 800, classify: false });

  it('classifies each run from what the site answered', async () => {
    const list = `${LIST}index.htm`;
    const steps: [string, () => void, string, RegExp][] = [
      ['clean', () => {}, 'ok', /^$|./],
      ['redesigned', () => replicas.redesign(ID), 'degraded', /list selector "ul\.liBox li" matched nothing.*used structure detection/],
      ['412 wall', () => replicas.fault(ID, list, { kind: 'status', status: 412 }), 'blocked', /list page blocked.*412/],
      ['403', () => replicas.fault(ID, list, { kind: 'status', status: 403 }), 'blocked', /list page blocked/],
      ['connection reset', () => replicas.fault(ID, list, { kind: 'reset' }), 'down', /list page unreachable \(network/],
      ['503', () => replicas.fault(ID, list, { kind: 'status', status: 503 }), 'down', /list page unreachable.*503/],
      ['timeout', () => replicas.fault(ID, list, { kind: 'timeout' }), 'down', /list page unreachable \(timeout/],
      ['404', () => replicas.fault(ID, list, { kind: 'status', status: 404 }), 'moved', /list page gone \(not-found/],
      [
        'list emptied',
        () => replicas.fault(ID, list, { kind: 'status', status: 200, body: '<html><body><p>网站改版中</p></body></html>' }),
        'moved',
        /matched nothing and structure detection found no list/,
      ],
      ['back to normal', () => {}, 'ok', /./],
    ];
    for (const [name, setup, outcome, why] of steps) {
      replicas.clearFaults(ID);
      replicas.redesign(ID, false);
      setup();
      const r = await crawl();
      const run = (await store.listRuns({ sourceId: ID, limit: 1 }))[0];
      expect({ name, outcome: run.outcome }).toEqual({ name, outcome });
      expect(run.id).toBe(r.runId);
      if (outcome !== 'ok') expect(run.reason, name).toMatch(why);
    }
    replicas.clearFaults(ID);
    const runs = await store.listRuns({ sourceId: ID, limit: 30 });
    expect(runs.map((r) => r.outcome).reverse()).toEqual(steps.map((s) => s[2]));
  }, 60_000);

  it('the sources page, the API and the CLI show the last runs and why', async () => {
    const srv: Running = await startServer(store);
    try {
      const api = await (await fetch(`${srv.url}/api/sources`)).json();
      const s = api.sources.find((x: { id: string }) => x.id === ID);
      expect(s.health.history).toHaveLength(10);
      expect(s.health.history[0].outcome).toBe('ok');
      expect(s.health.history.map((h: { outcome: string }) => h.outcome)).toContain('blocked');
      expect(s.health.history.find((h: { outcome: string }) => h.outcome === 'moved').reason).toMatch(/structure detection found no list/);

      const page = await (await fetch(`${srv.url}/sources?lang=en`)).text();
      const marks = [...page.matchAll(/<span class="run run-(\w+)" title="([^"]*)"/g)];
      expect(marks.map((m) => m[1])).toEqual(['ok', 'degraded', 'blocked', 'blocked', 'down', 'down', 'down', 'moved', 'moved', 'ok']);
      expect(marks[1][2]).toContain('used structure detection');
      expect(marks[2][2]).toContain('412');
      // the latest bad run's reason is spelt out, escaped
      expect(page).toContain('class="run-why"');
      expect(page).toContain('Last 30 runs');
    } finally {
      await srv.close();
    }

    const config = join(dir, 'policy-radar.config.json');
    writeFileSync(config, JSON.stringify({ database: file, sourceOverrides: replicaOverrides(replicas, { delayMs: 0 }) }));
    const list = await runCli(['--config', config, 'sources']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`${ID}.*\\.dBBXXXMM\\.`));
    const hist = await runCli(['--config', config, 'sources', 'history', ID, '--limit', '4', '--json']);
    expect(hist.code).toBe(0);
    expect(JSON.parse(hist.stdout).map((r: { outcome: string }) => r.outcome)).toEqual(['ok', 'moved', 'moved', 'down']);
    const text = await runCli(['--config', config, 'sources', 'history', ID]);
    expect(text.stdout).toMatch(/blocked .*list page blocked/);
    const bad = await runCli(['--config', config, 'sources', 'history', ID, '--limit', 'x']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--limit must be a whole number');
  }, 60_000);
});
