import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../extension/utils/settings.ts';
import { baseUrl } from '../../newsletter/links.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../taxonomy/defaults.ts';

const bin = join(process.cwd(), 'bin/policy-radar.js');

describe('default server address', () => {
  const served = `http://${DEFAULT_HOST}:${DEFAULT_PORT}`;

  it('is where a fresh extension and digest links without a publicUrl look', () => {
    expect(DEFAULT_SETTINGS.serverUrl).toBe(served);
    expect(baseUrl(undefined)).toBe(served);
  });

  it('is what `serve` and `demo` say they use', () => {
    // commander wraps long option lines
    const serve = spawnSync(process.execPath, [bin, 'serve', '--help'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(serve).toContain(`else ${DEFAULT_PORT})`);
    expect(serve).toContain(`else ${DEFAULT_HOST};`);
    const demo = spawnSync(process.execPath, [bin, 'demo', '--help'], { encoding: 'utf8' });
    expect(demo.stdout).toContain(`(default: "${DEFAULT_PORT}")`);
  });
});
