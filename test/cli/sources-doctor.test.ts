/**
 * `policy-radar sources doctor` from the command line, against a replica
 * switched to its redesigned variant: it prints the broken selectors, a
 * patch and the verification; --json gives a patch that repairs the crawl;
 * saved pages work offline.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPatch } from '../../crawler/doctor.ts';
import { loadSources } from '../../crawler/registry.ts';
import { probeSource } from '../../crawler/probe.ts';
import { runCli } from '../helpers/cli.ts';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { tempDir } from '../helpers/stores.ts';
import { replicaOverrides, replicaSites } from '../replicas/index.ts';

describe('policy-radar sources doctor', () => {
  let replicas: Replicas;
  let config: string;
  const dir = tempDir();
  // a database that does not exist: the doctor must not create one, and finds no kept pages
  const noDb = join(dir, 'none.db');
  beforeAll(async () => {
    replicas = await startReplicas(
      replicaSites.filter((s) => s.id === 'zj-commerce'),
      { state: 'week1' },
    );
    replicas.redesign('zj-commerce');
    config = join(dir, 'policy-radar.config.json');
    writeFileSync(config, JSON.stringify({ sourceOverrides: replicaOverrides(replicas, { delayMs: 0 }) }));
  });
  afterAll(() => replicas.close());

  it('--help explains it with examples', async () => {
    const r = await runCli(['sources', 'doctor', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--list-file');
  });

  it('prints what rotted, a patch for the definition, and that it works', async () => {
    const r = await runCli(['--db', noDb, '--config', config, 'sources', 'doctor', 'zj-commerce']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('list: "ul.zcwj_list li" finds no item');
    expect(r.stdout).toMatch(/list items: 0 with the current selectors, [1-9]\d* with the proposal/);
    expect(r.stdout).toContain('detail body found: no with the current selectors, yes with the proposal');
    expect(r.stdout).toMatch(/^list: \{$/m);
    expect(r.stdout).toMatch(/^ {2}item: '.+',$/m);
    expect(r.stdout).toContain('verified: extraction works with these selectors');
  });

  it('--json: its patch repairs the source (no detection needed), and saved pages work offline', async () => {
    const r = await runCli(['--db', noDb, '--config', config, 'sources', 'doctor', 'zj-commerce', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.verified).toBe(true);
    const src = loadSources({ config: { sourceOverrides: replicaOverrides(replicas, { delayMs: 0 }) } }).find((s) => s.id === 'zj-commerce')!;
    const broken = await probeSource(src, { delayMs: 0 });
    expect(broken.problems.join('\n')).toContain('structure detection');
    const fixed = await probeSource(applyPatch(src, out.patch), { delayMs: 0 });
    expect(fixed.problems).toEqual([]);
    expect(fixed.items.map((i) => i.url)).toEqual(broken.items.map((i) => i.url));

    // the same pages, saved: no fetch needed (the config points nowhere reachable)
    const list = await (await fetch(out.listUrl)).text();
    const detail = await (await fetch(out.detailUrl)).text();
    writeFileSync(join(dir, 'list.html'), list);
    writeFileSync(join(dir, 'detail.html'), detail);
    const offline = join(dir, 'offline.json');
    writeFileSync(offline, JSON.stringify({ sourceOverrides: { 'zj-commerce': { baseUrl: 'http://127.0.0.1:9' } } }));
    const r2 = await runCli([
      '--db',
      noDb,
      '--config',
      offline,
      'sources',
      'doctor',
      'zj-commerce',
      '--list-file',
      join(dir, 'list.html'),
      '--detail-file',
      join(dir, 'detail.html'),
      '--url',
      new URL(out.detailUrl).pathname,
      '--json',
    ]);
    expect(r2.code).toBe(0);
    expect(JSON.parse(r2.stdout).patch).toEqual(out.patch);
  });

  it('uses the pages the degraded crawl saw, without fetching; --live fetches them now', async () => {
    const db = join(dir, 'crawled.db');
    const crawl = await runCli(['--db', db, '--config', config, 'crawl', '--source', 'zj-commerce', '--json']);
    expect(crawl.code, crawl.stderr).toBe(0);
    expect(JSON.parse(crawl.stdout).sources[0].health).toBe('alarm');
    // the site is unreachable now: only the kept pages can give a verified proposal
    const offline = join(dir, 'gone.json');
    writeFileSync(offline, JSON.stringify({ sourceOverrides: { 'zj-commerce': { baseUrl: 'http://127.0.0.1:9' } } }));
    const r = await runCli(['--db', db, '--config', offline, 'sources', 'doctor', 'zj-commerce']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/using the list page the crawl saw at \S+ \(run #1\)/);
    expect(r.stdout).toMatch(/using the detail page the crawl saw at/);
    expect(r.stdout).toContain('verified: extraction works with these selectors');
    const j = JSON.parse((await runCli(['--db', db, '--config', offline, 'sources', 'doctor', 'zj-commerce', '--json'])).stdout);
    expect(j.keptPages.map((p: { kind: string }) => p.kind).sort()).toEqual(['detail', 'list']);
    // the kept page's own address, on the replica the crawl saw, not the unreachable one configured now
    expect(j.listUrl.startsWith(replicas.baseUrl('zj-commerce').replace(/\/$/, ''))).toBe(true);
    const live = await runCli(['--db', db, '--config', offline, 'sources', 'doctor', 'zj-commerce', '--live']);
    expect(live.code).not.toBe(0);
    expect(live.stdout).not.toContain('using the');
    expect(live.stdout).toContain('PROBLEMS');
    expect(existsSync(noDb)).toBe(false);
  });

  it('unknown source and unreadable file: clear errors', async () => {
    const r = await runCli(['--db', noDb, '--config', config, 'sources', 'doctor', 'no-such-source']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('unknown source "no-such-source"');
    const r2 = await runCli(['--db', noDb, '--config', config, 'sources', 'doctor', 'zj-commerce', '--list-file', join(dir, 'missing.html')]);
    expect(r2.code).not.toBe(0);
    expect(r2.stderr).toContain('cannot read');
  });
});
