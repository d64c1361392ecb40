import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { engineSite } from './fixtures/engine-site.ts';

const bin = new URL('../../bin/policy-radar.js', import.meta.url).pathname;

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('policy-radar crawl / sources (custom source from the config file)', () => {
  let dir: string;
  let rep: Replicas;
  let db: string;
  let config: string;
  const es = engineSite({ id: 'my-ministry', notices: 8, perPage: 4 });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-cli-'));
    rep = await startReplicas([es.site]);
    db = join(dir, 'db.sqlite');
    config = join(dir, 'policy-radar.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        crawler: { delayMs: 0, retries: 0 },
        sources: [es.source],
        sourceOverrides: { 'my-ministry': { baseUrl: rep.baseUrl('my-ministry') } },
      }),
    );
  });
  afterAll(async () => {
    await rep?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('crawls and prints a summary table', async () => {
    const r = await cli(['--db', db, '--config', config, 'crawl', '--source', 'my-ministry']);
    expect(r.stderr).toContain('my-ministry');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/source\s+run\s+health/);
    expect(r.stdout).toMatch(/8 new, 0 changed, 0 removed across 1 source/);
    const again = await cli(['--db', db, '--config', config, 'crawl', '--source', 'my-ministry', '--max-pages', '1', '--json']);
    const s = JSON.parse(again.stdout);
    expect(s.sources[0]).toMatchObject({ sourceId: 'my-ministry', pages: 1, newCount: 0, unchangedCount: 4 });
  });

  it('lists sources with health', async () => {
    const r = await cli(['--db', db, '--config', config, 'sources', '--json']);
    expect(r.code).toBe(0);
    const mine = JSON.parse(r.stdout).find((x: { id: string }) => x.id === 'my-ministry');
    expect(mine).toMatchObject({ origin: 'config', status: 'ok', itemsSeen: 4, baseUrl: rep.baseUrl('my-ministry') });
  });

  it('sources test extracts without writing', async () => {
    const probeDb = join(dir, 'untouched.sqlite');
    const r = await cli(['--db', probeDb, '--config', config, 'sources', 'test', 'my-ministry', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.items).toHaveLength(4);
    expect(p.detail.docNumber).toMatch(/^商务部公告2024年第\d+号$/);
    expect(p.problems).toEqual([]);
    const { existsSync } = await import('node:fs');
    expect(existsSync(probeDb)).toBe(false);
    const human = await cli(['--config', config, 'sources', 'test', 'my-ministry', '--url', '/zcfb/missing.htm']);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/PROBLEMS:\n {2}- detail: not-found \(HTTP 404\)/);
  });

  it('rejects bad input with one-line messages', async () => {
    expect((await cli(['--db', db, '--config', config, 'crawl', '--source', 'nope'])).stderr).toMatch(/unknown source "nope"/);
    expect((await cli(['--db', db, '--config', config, 'crawl', '--max-pages', '0'])).stderr).toMatch(/--max-pages must be a positive integer/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ sources: [{ ...es.source, list: { kind: 'html', url: '/' } }] }));
    const r = await cli(['--config', bad, 'sources']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sources(\.0|\[0\])\.list\.item: required for kind "html"/);
  });
});
