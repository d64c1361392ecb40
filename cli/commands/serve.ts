import type { Command } from 'commander';
import { UserError } from '../errors.ts';
import { DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEZONE } from '../../taxonomy/defaults.ts';

/** Searches each read thread runs at start-up, so that it loads what it keeps in memory: a ranked word
 * search with facets in each language, and the unfiltered archive with facets (the search page's default). */
const WARM_QUERIES = [{ q: '关税', facets: true }, { q: 'tariff', facets: true }, { facets: true }];

/** `policy-radar serve`: the archive API, web UI and feeds over HTTP. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the archive API, researcher web UI and Atom feeds over HTTP')
    .option('-p, --port <n>', `TCP port (default: config server.port, else ${DEFAULT_PORT})`)
    .option('-H, --host <host>', `address to bind (default: config server.host, else ${DEFAULT_HOST}; 0.0.0.0 for all interfaces)`)
    .option('--lang <lang>', 'default interface language when the browser does not say: zh or en', 'zh')
    .option('--no-scheduler', 'serve only: no scheduled crawls or digests (e.g. extra API servers behind a load balancer)')
    .option('--public-url <url>', 'absolute URL of this server in mails and feeds (default: config publicUrl / PUBLIC_URL, else the listen address)')
    .addHelpText(
      'after',
      `
Routes:
  /                      search page          /notices/:id   notice, versions, diff
  /sources               source health        /api/openapi.json  API description
  /api/notices[.csv|.ndjson]  search and exports   /feeds/notices.atom  Atom feed of a search

Scheduler (on unless --no-scheduler): every enabled source is crawled on its own
interval (sourceOverrides.<id>.intervalMinutes, default 6 h), one crawl per source
at a time; the weekly digest goes out at config digest.cron (default "0 8 * * 1",
Mondays 08:00) in config timezone (default ${DEFAULT_TIMEZONE}). SIGTERM/SIGINT stop
new connections and crawls, let requests in progress finish (up to 10 s) and running
crawls stop at a safe point, then exit.

Limits (config "server": {...}; defaults in brackets): headersTimeoutMs [10000],
requestTimeoutMs [30000] (the whole request must arrive; answers may stream longer),
bodyTimeoutMs [10000] (form bodies, else 408), keepAliveTimeoutMs [5000],
maxConnections [500] (more are closed on arrival), readThreads [min(4, cores)]
(SQLite: threads running searches, plus one for exports; 0 = main thread),
responseCacheMs [30000] (whole GET answers of searches and feeds reused; 0 = off). Uncached searches
and pages run at most 8 at once (4 per client, others queue), exports 4 (2 per
client); past a full queue the answer is 503 with Retry-After. During start-up
requests are answered 503 with Retry-After: 1.

Examples:
  policy-radar serve
  policy-radar serve --port 9000 --host 0.0.0.0
  DATABASE_URL=postgres://user:pw@db/radar policy-radar serve`,
    )
    .action(async (opts: { port?: string; host?: string; lang: string; scheduler: boolean; publicUrl?: string }, cmd: Command) => {
      const { openContext } = await import('../context.ts');
      const ctx = await openContext(cmd);
      const portRaw = opts.port ?? ctx.config.server?.port ?? DEFAULT_PORT;
      const port = Number(portRaw);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port: expected 0..65535, got "${portRaw}"`);
      if (opts.lang !== 'zh' && opts.lang !== 'en') throw new UserError(`--lang: expected zh or en, got "${opts.lang}"`);
      const host = opts.host ?? ctx.config.server?.host ?? DEFAULT_HOST;
      const { createApp, listen } = await import('../../server/index.ts');
      const { webPlugins } = await import('../services.ts');
      const { createLogger, parseLevel } = await import('../log.ts');
      const log = createLogger({ level: parseLevel((cmd.optsWithGlobals() as { logLevel?: string }).logLevel) });
      const store = await ctx.store();
      const interrupted = await (await import('../../crawler/run-owner.ts')).markInterruptedRuns(store);
      if (interrupted) log.info('marked crawl runs of a stopped process as interrupted', { runs: interrupted });
      const { createLimitedServer, drain, SHUTDOWN_GRACE_MS, serverLimits, startupGate } = await import('../../server/http-server.ts');
      const { port: _p, host: _h, readThreads, trustProxy, responseCacheMs, ...limitOverrides } = ctx.config.server ?? {};
      let limits: ReturnType<typeof serverLimits>;
      try {
        limits = serverLimits(limitOverrides);
      } catch (e) {
        await ctx.close();
        throw new UserError(`config server: ${(e as Error).message}`);
      }
      // a handler is attached before listening (503 + Retry-After until the app is built), and
      // the app is built after: with --port 0 the public URL is only known once bound
      const gate = startupGate();
      const server = createLimitedServer(limits, gate.listener);
      let addr: Awaited<ReturnType<typeof listen>>;
      try {
        addr = await listen(server, port, host);
      } catch (e) {
        await ctx.close();
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UserError(`port ${port} on ${host} is already in use; pick another with --port`);
        if (code === 'EACCES') throw new UserError(`not allowed to listen on ${host}:${port}`);
        throw e;
      }
      const publicUrl = opts.publicUrl ?? ctx.config.publicUrl ?? addr.url;
      let pool: import('../../db/read-pool.ts').ReadPool | null = null;
      let app: Awaited<ReturnType<typeof createApp>>;
      let plugins: Awaited<ReturnType<typeof webPlugins>> = [];
      try {
        if (ctx.config.secret && ctx.config.secret.length >= 16) plugins = await webPlugins(ctx.config, publicUrl);
        else log.warn('subscriptions and digests are off: set a secret of 16+ characters (config "secret" or POLICY_RADAR_SECRET) to sign their links');
        // SQLite reads run on a pool of threads, so that no search or export blocks the event loop
        let appStore = store;
        const threads = readThreads ?? Math.min(4, (await import('node:os')).availableParallelism());
        if (store.dialect === 'sqlite' && store.file && threads > 0) {
          const { ReadPool, withReadPool } = await import('../../db/read-pool.ts');
          const { threadEntry } = await import('../../crawler/threads.ts');
          const entry = threadEntry('reader');
          pool = await ReadPool.open(store.file, { url: entry.url, options: entry.options }, threads);
          appStore = withReadPool(store, pool);
          // before the first request is let in: a cold thread answers its first searches in seconds
          const warmMs = await pool.warm(WARM_QUERIES);
          log.info('read threads started', { threads, bundled: entry.bundled, warmMs: Math.round(warmMs) });
        }
        app = await createApp(appStore, {
          publicUrl,
          secret: ctx.config.secret,
          lang: opts.lang,
          plugins,
          bodyTimeoutMs: limits.bodyTimeoutMs,
          trustProxy,
          responseCacheMs,
          onError: (err) => log.error('request failed', { error: String((err as Error)?.stack ?? err) }),
        });
      } catch (e) {
        // nothing to serve: stop answering 503 and let the error end the command
        server.close();
        server.closeAllConnections();
        await pool?.close();
        await ctx.close();
        throw e;
      }
      gate.open(app.handler);
      const { startScheduler } = await import('../schedule-runner.ts');
      const scheduler = opts.scheduler ? await startScheduler(ctx, store, { publicUrl, log, digest: plugins.length > 0 }) : null;
      // signal handlers first, then announce: a supervisor may stop us as soon as we say we are up
      const stopped = new Promise<void>((resolve) => {
        const stop = async () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          log.info('shutting down: no new work; waiting for running crawls to stop at a safe point');
          // crawls stop at a safe point while the requests in progress are answered;
          // the read threads close only once the last of those is done
          await Promise.all([scheduler?.stop(), drain(server)]);
          // handlers whose clients hung up may still be reading
          await gate.settled(SHUTDOWN_GRACE_MS);
          await pool?.close();
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      process.stdout.write(`policy-radar: serving ${ctx.dbUrl.replace(/\/\/[^@/]*@/, '//***@')} on ${addr.url}/\n`);
      log.info('server started', { url: addr.url, publicUrl, scheduler: opts.scheduler });
      await stopped;
      await ctx.close();
    });
}
