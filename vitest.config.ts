import { configDefaults, defineConfig } from 'vitest/config';

/** What every project of ours shares (projects below do not `extends`, so the global setup runs once). */
const common = {
  testTimeout: 90_000,
  hookTimeout: 120_000,
  pool: 'forks',
} as const;

/**
 * Files whose outcome depends on timing: kill points, job and request
 * timeouts, fairness under load, short response-cache lifetimes, processes
 * signalled mid-work. They run one at a time, after everything else, on an
 * otherwise idle machine. Everything else runs two files at a time (most of
 * a file's time is one CLI child or one crawl using one core). A new test
 * that waits on a timer or kills a process mid-way belongs here.
 */
const SERIAL = [
  'test/server/load.test.ts',
  'test/server/slow-clients.test.ts',
  'test/server/startup.test.ts',
  'test/server/serve-cli.test.ts',
  'test/server/limiter.test.ts',
  'test/server/api.test.ts',
  'test/crawler/fetch.test.ts',
  'test/crawler/health-history.test.ts',
  'test/crawler/interrupted-runs.test.ts',
  'test/crawler/kill.test.ts',
  'test/crawler/kill-random.test.ts',
  'test/newsletter/kill-random.test.ts',
  'test/newsletter/resume.test.ts',
  'test/brokers/kill.test.ts',
  'test/channels/kill.test.ts',
  'test/scale/queue.test.ts',
  'test/scale/workers.test.ts',
];

export default defineConfig({
  test: {
    ...common,
    // CI also writes a JSON report, from which .ci/run prints a plain "N passed, N failed" line
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-output/vitest.json' },
    // one real PostgreSQL server for the whole run, provided to every project (test/global-setup.ts)
    globalSetup: ['test/global-setup.ts'],
    // the default for projects that set none (the extension's unit tests)
    maxWorkers: 2,
    projects: [
      {
        test: {
          ...common,
          name: 'main',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SERIAL],
          maxWorkers: 2,
          // a worker process runs file after file with the modules it has loaded (our code and
          // packages, the taxonomy's vocabularies): about 1 s less per file than a fresh process
          // each. Test files here share no state but their own (no vi.mock, env restored).
          isolate: false,
        },
      },
      {
        test: {
          ...common,
          name: 'serial',
          include: SERIAL,
          maxWorkers: 1,
          // after the parallel group: nothing else runs beside them
          sequence: { groupOrder: 1 },
        },
      },
      // the extension's unit tests, beside its utils, with WXT's fake browser
      'extension/vitest.config.ts',
    ],
  },
});
