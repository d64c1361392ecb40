import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig, resolveDatabaseUrl } from '../../cli/config.ts';
import { createLogger } from '../../cli/log.ts';
import { runCli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/stores.ts';

describe('configuration', () => {
  it('accepts a complete example', () => {
    const c = parseConfig({
      database: './data/radar.db',
      userAgent: 'ExampleRadar/1.0 (+mailto:ops@example.com)',
      publicUrl: 'https://radar.example.com',
      secret: 'a-long-random-secret-string',
      timezone: 'Asia/Shanghai',
      crawler: { concurrency: 8, perHostConcurrency: 1, delayMs: 1500, timeoutMs: 20000, retries: 3 },
      sourceOverrides: { 'mofcom-zcfb': { baseUrl: 'https://mirror.example.com/mofcom', intervalMinutes: 180 }, 'ustr-press': { enabled: false } },
      smtp: { url: 'smtp://user:pw@mail.example.com:587', from: 'Policy Radar <radar@example.com>' },
      digest: { cron: '0 8 * * 1', outbox: './outbox', maxItems: 30 },
      server: { port: 8787, host: '0.0.0.0' },
    });
    expect(c.sourceOverrides?.['mofcom-zcfb']?.intervalMinutes).toBe(180);
  });

  it.each([
    [{ secret: 'short' }, /secret: secret must be at least 16 characters/],
    [{ timezone: 'Mars/Olympus' }, /timezone: unknown time zone/],
    [{ digest: { cron: 'every monday' } }, /digest\.cron: not a cron expression/],
    [{ smtp: { url: 'mail.example.com' } }, /smtp\.url: expected smtp:/],
    [{ crawler: { delayMs: -1 } }, /crawler\.delayMs/],
    [{ sourceOverrides: { x: { baseUrl: 'not a url' } } }, /sourceOverrides\.x\.baseUrl/],
    [{ colour: 'blue' }, /Unrecognized key.*colour/],
    [{ sources: [{ id: 'ok-source' }] }, /sources\[0\]/],
  ])('rejects %j with a message naming the field', (raw, msg) => {
    expect(() => parseConfig(raw)).toThrowError(msg);
  });

  it('reads the file, reports bad JSON and missing files, and resolves the database', () => {
    const dir = tempDir();
    const good = join(dir, 'policy-radar.config.json');
    writeFileSync(good, JSON.stringify({ database: 'x.db' }));
    expect(loadConfig(undefined, dir).config.database).toBe('x.db');
    writeFileSync(good, '{ "database": ');
    expect(() => loadConfig(undefined, dir)).toThrowError(/is not valid JSON/);
    expect(() => loadConfig('nope.json', dir)).toThrowError(/config file not found/);
    const prev = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    expect(resolveDatabaseUrl('flag.db', { database: 'cfg.db' })).toBe('flag.db');
    expect(resolveDatabaseUrl(undefined, { database: 'cfg.db' })).toBe('cfg.db');
    expect(resolveDatabaseUrl(undefined, {}, '/srv')).toBe('/srv/data/policy-radar.db');
    if (prev !== undefined) process.env.DATABASE_URL = prev;
  });

  it('prints one clear line and exits 2 on a bad config file', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ timezone: 'Nowhere/Land' }));
    const r = await runCli(['--config', file, 'sources']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/invalid config file .*bad\.json: timezone: unknown time zone/);
  });
});

describe('logs', () => {
  it('writes JSON lines when not on a terminal and honours the level', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', json: true, write: (l) => lines.push(l) });
    log.debug('hidden');
    log.info('crawl finished', { source: 'mofcom-zcfb', new: 3 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'info', msg: 'crawl finished', source: 'mofcom-zcfb', new: 3 });
  });
});

describe('README', () => {
  it('shows configuration examples that validate', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const b of blocks) expect(() => parseConfig(JSON.parse(b))).not.toThrow();
  });
});
