import type { Command } from 'commander';
import { UserError } from '../errors.ts';
import { DEFAULT_PORT } from '../../taxonomy/defaults.ts';

const SAMPLE_SUBSCRIBERS = [
  {
    email: 'led-exporter@example.com',
    language: 'en' as const,
    interests: {
      hs: ['9405', '8541'],
      regions: ['EU', 'DE'],
      topics: ['tariffs', 'standards'],
      sources: [],
      keywords: [],
      location: { province: 'CN-GD', city: 'CN-GD-shenzhen' },
      size: { exportValueUsd: 12_000_000, sme: true },
    },
    note: 'LED lamps and solar cells to the EU (Shenzhen)',
  },
  {
    email: 'battery-maker@example.cn',
    language: 'zh' as const,
    interests: {
      hs: ['8507', '8703'],
      regions: ['US', 'ASEAN'],
      topics: ['export-rebates', 'export-controls', 'trade-remedies'],
      sources: [],
      keywords: [],
      location: { province: 'CN-ZJ', city: 'CN-ZJ-ningbo' },
      size: { exportValueUsd: 60_000_000, sme: false },
    },
    note: '锂电池、新能源汽车 → 美国、东盟（宁波）',
  },
  {
    email: 'sme-finance@example.cn',
    language: 'zh' as const,
    interests: {
      hs: [],
      regions: [],
      topics: ['credit-insurance', 'trade-finance', 'subsidies', 'trade-fairs'],
      sources: ['sz-commerce', 'zj-commerce', 'mofcom-zcfb'],
      keywords: [],
      location: { province: 'CN-GD', city: 'CN-GD-shenzhen' },
      size: { exportValueUsd: 3_000_000, sme: true },
    },
    note: '出口信用保险、融资与补贴（深圳的中小企业）',
  },
];

export function register(program: Command) {
  program
    .command('demo')
    .description('run the whole system on this machine: replica sites, two weekly crawls, digests, then serve the archive')
    .option('--once', 'do everything but serving, then exit (for CI)')
    .option('-p, --port <n>', 'port to serve on (0 picks a free one)', String(DEFAULT_PORT))
    .option('--dir <dir>', 'where the demo keeps its database and outbox (recreated each run)', 'data/demo')
    .option('--json', 'print a JSON summary at the end (with --once)')
    .addHelpText(
      'after',
      `
Nothing touches the internet: the built-in source definitions are pointed at
local replicas of the real sites (same markup), which then move to "next week"
with new, amended and removed notices.

Examples:
  policy-radar demo            # then open the printed URLs
  policy-radar demo --once     # CI: exits 0 when the pipeline worked`,
    )
    .action(async (opts: { once?: boolean; port: string; dir: string; json?: boolean }, cmd: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port: expected 0..65535, got "${opts.port}"`);
      const { runDemo } = await import('../demo.ts');
      const g = cmd.optsWithGlobals() as { db?: string; config?: string };
      const result = await runDemo({
        dir: opts.dir,
        db: g.db,
        configFile: g.config,
        port,
        serve: !opts.once,
        quiet: !!opts.json,
        subscribers: SAMPLE_SUBSCRIBERS,
      });
      if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    });
}
