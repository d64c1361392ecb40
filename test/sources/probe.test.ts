import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeSource } from '../../crawler/probe.ts';
import { loadSources } from '../../crawler/registry.ts';
import { builtinSources } from '../../crawler/sources/index.ts';
import { startReplicas, type Replicas } from '../helpers/replica-server.ts';
import { demoReplicaSites, replicaOverrides } from '../replicas/index.ts';
import { runCli } from '../helpers/cli.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/stores.ts';

/** `policy-radar sources test ID` works on every built-in source against its replica. */
describe('sources test on the built-in sources', () => {
  let replicas: Replicas;
  beforeAll(async () => {
    // dated relative to today, as the sources' own date windows ask (Federal Register)
    replicas = await startReplicas(demoReplicaSites(), { state: 'week1' });
  });
  afterAll(() => replicas.close());

  it('lists items and extracts a detail page for each source, writing nothing', async () => {
    const sources = loadSources({ config: { sourceOverrides: replicaOverrides(replicas, { delayMs: 0 }) } });
    expect(sources).toHaveLength(builtinSources.length);
    for (const s of sources) {
      const r = await probeSource(s, { delayMs: 0, chromiumPath: '/usr/bin/chromium' });
      expect(r.problems, s.id).toEqual([]);
      expect(r.items.length, s.id).toBeGreaterThan(0);
      expect(r.detail?.title, s.id).toBeTruthy();
    }
  }, 120_000);

  it('runs from the command line with a config pointing at the replica', async () => {
    const dir = tempDir();
    const config = join(dir, 'policy-radar.config.json');
    writeFileSync(config, JSON.stringify({ sourceOverrides: replicaOverrides(replicas, { delayMs: 0 }) }));
    const r = await runCli(['--config', config, 'sources', 'test', 'mof-zcfb', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.items.length).toBeGreaterThan(0);
    expect(out.detail.title).toMatch(/[\u4e00-\u9fa5]/);
  });
});
