import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { withContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { printJson } from '../format.ts';
import { DEFAULT_SERVER_URL, DEFAULT_TIMEZONE } from '../../taxonomy/defaults.ts';

interface WorkerFlags {
  concurrency: string;
  source?: string[];
  once?: boolean;
  schedule: boolean;
  jobTimeout: string;
  tick: string;
  poll: string;
  digestParts: string;
  json?: boolean;
}

function intOption(name: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`${name} must be an integer from ${min} to ${max}, got "${v}"`);
  return n;
}

/** The digest-part handler: runs newsletter/send.ts, whose claims split the subscribers between parts and workers. */
async function digestHandler(config: Config, store: import('../../db/types.ts').Store) {
  const secret = config.secret;
  if (!secret || secret.length < 16) return undefined;
  const { join, resolve } = await import('node:path');
  const { parseWeek } = await import('../../newsletter/period.ts');
  const { createMailer } = await import('../../newsletter/mailer.ts');
  const { runDigest } = await import('../../newsletter/send.ts');
  const { fromAddress, sendWeeklyBrokerDigests, sendWeeklyPushes } = await import('../services.ts');
  const tz = config.timezone ?? DEFAULT_TIMEZONE;
  const outbox = resolve(config.digest?.outbox ?? 'outbox');
  const handler: import('../../crawler/queue.ts').DigestHandler = async (job, signal) => {
    const period = parseWeek(job.period, tz);
    const mailer = await createMailer({ smtpUrl: config.smtp?.url, outbox: join(outbox, period.id), rateLimitPerSecond: config.smtp?.rateLimitPerSecond });
    try {
      const s = await runDigest({
        store,
        mailer,
        period,
        secret,
        // links in mails must reach the web servers, not this worker: set publicUrl / PUBLIC_URL
        publicUrl: config.publicUrl ?? DEFAULT_SERVER_URL,
        from: fromAddress(config),
        maxItems: config.digest?.maxItems,
        signal,
      });
      // every part may run the pushes: each (target, week) is claimed once, so the parts share them without doubles
      const p = await sendWeeklyPushes(store, config, { period, publicUrl: config.publicUrl ?? DEFAULT_SERVER_URL, signal });
      // likewise the brokers' client digests (claimed per client and week); files to forward land in this worker's outbox
      const b = await sendWeeklyBrokerDigests(store, config, { period, publicUrl: config.publicUrl ?? DEFAULT_SERVER_URL, outbox });
      return {
        period: s.period,
        sent: s.sent,
        empty: s.empty,
        alreadyHandled: s.alreadyHandled,
        failed: s.failed,
        stuck: s.stuck,
        pushes: { sent: p.sent, skipped: p.skipped, failed: p.failed },
        brokers: b,
      };
    } finally {
      await mailer.close();
    }
  };
  return handler;
}

export function register(program: Command) {
  program
    .command('worker')
    .description('PostgreSQL only: take crawl and digest jobs from the shared queue; run as many workers on as many machines as needed')
    .option('-c, --concurrency <n>', 'jobs this process runs at once', '2')
    .option('-s, --source <id...>', 'schedule only these sources (with --once: queue them now, due or not)')
    .option('--once', 'queue what is due (or --source), work until no job is left anywhere, then exit (tests, cron)')
    .option('--no-schedule', 'only work: never queue crawls or digests (another process schedules)')
    .option('--job-timeout <seconds>', 'a job running longer is taken as dead and retried elsewhere; live crawls stop at 90 % of it', '3600')
    .option('--tick <seconds>', 'how often to look for due crawls and digests', '60')
    .option('--poll <ms>', 'wait between queue polls when idle', '1000')
    .option('--digest-parts <n>', 'jobs a weekly digest is split into (workers share them)', '2')
    .option('--json', 'print the summary as JSON on exit')
    .addHelpText(
      'after',
      `
Needs DATABASE_URL=postgres://… (or --db): the queue (pg-boss, schema "pgboss")
lives in the same database. A source is crawled by one worker at a time; a job
of a killed worker is retried by another after --job-timeout; notices and
versions are never duplicated. Every worker also schedules (due crawls, the
weekly digest at config digest.cron); duplicates collapse in the queue, so no
leader is needed. Use --no-schedule on workers when "serve" or one worker
schedules. SIGTERM/SIGINT: stop taking jobs; a running crawl stops after its
pages in flight and goes back to the queue.

Examples:
  DATABASE_URL=postgres://radar@db/radar policy-radar worker --concurrency 4
  policy-radar worker --once --source mofcom-zcfb gacc-announcements
  policy-radar worker --no-schedule          # pure worker behind a scheduler`,
    )
    .action(async (opts: WorkerFlags, cmd: Command) => {
      const concurrency = intOption('--concurrency', opts.concurrency, 1, 64);
      const jobTimeout = intOption('--job-timeout', opts.jobTimeout, 2, 86_399);
      const tickMs = intOption('--tick', opts.tick, 1, 86_400) * 1000;
      const pollMs = intOption('--poll', opts.poll, 100, 60_000);
      const digestParts = intOption('--digest-parts', opts.digestParts, 1, 64);
      await withContext(cmd, async (ctx) => {
        const { isPostgresUrl } = await import('../../db/index.ts');
        if (!isPostgresUrl(ctx.dbUrl))
          throw new UserError('worker needs PostgreSQL: set DATABASE_URL=postgres://… (or --db postgres://…); with SQLite use "crawl" and "serve"');
        const { loadSources, selectSources } = await import('../../crawler/registry.ts');
        const q = await import('../../crawler/queue.ts');
        const { crawlOptionsFrom } = await import('./crawl.ts');
        const { pushAfterCrawl } = await import('../services.ts');
        const { createLogger, parseLevel } = await import('../log.ts');
        const log = createLogger({ level: parseLevel((cmd.optsWithGlobals() as { logLevel?: string }).logLevel) });
        const all = loadSources({ config: ctx.config });
        const ids = (opts.source ?? []).flatMap((s) => s.split(',')).filter(Boolean);
        const scheduled = selectSources(all, ids);
        const store = await ctx.store();
        const interrupted = await (await import('../../crawler/run-owner.ts')).markInterruptedRuns(store);
        if (interrupted) log.info('marked crawl runs of a stopped process as interrupted', { runs: interrupted });
        const queue = await q.createQueue(ctx.dbUrl, { jobTimeoutSeconds: jobTimeout, onError: (e) => log.warn('queue error', { error: e.message }) });
        const digest = await digestHandler(ctx.config, store);
        if (!digest) log.warn('no secret configured: this worker does not send digests (config "secret" or POLICY_RADAR_SECRET)');
        else if (!ctx.config.publicUrl) log.warn('publicUrl is not set: links in digests will point to localhost (config "publicUrl" or PUBLIC_URL)');

        const ac = new AbortController();
        const onSignal = (sig: string) => {
          if (ac.signal.aborted) process.exit(130);
          log.info('stopping: no new jobs; running crawls go back to the queue', { signal: sig });
          ac.abort();
        };
        const onTerm = () => onSignal('SIGTERM');
        const onInt = () => onSignal('SIGINT');
        process.on('SIGTERM', onTerm);
        process.on('SIGINT', onInt);

        const tz = ctx.config.timezone ?? DEFAULT_TIMEZONE;
        const cron = ctx.config.digest?.cron;
        const schedule = async () => {
          const now = new Date();
          const queued = opts.once && ids.length ? await q.enqueueCrawls(store, queue, ids, now) : await q.enqueueDueCrawls(store, queue, scheduled, now);
          if (queued.length) log.info('crawls queued', { sources: queued });
          if (!digest || opts.once) return;
          // the digest due at the last cron time (within a day) is queued with stable job ids: many schedulers, one digest
          const { DEFAULT_DIGEST_CRON, previousCronTime } = await import('../scheduler.ts');
          const { previousWeek } = await import('../../newsletter/period.ts');
          const due = previousCronTime(cron ?? DEFAULT_DIGEST_CRON, tz, now);
          if (now.getTime() - due.getTime() < 24 * 3_600_000) {
            const period = previousWeek(due, tz).id;
            if (await q.enqueueDigest(queue, period, digestParts)) log.info('digest queued', { period, parts: digestParts });
          }
        };

        let timer: NodeJS.Timeout | undefined;
        const t0 = Date.now();
        try {
          if (opts.schedule) {
            await schedule();
            if (!opts.once) {
              timer = setInterval(() => void schedule().catch((e) => log.error('scheduling failed', { error: String((e as Error).message) })), tickMs);
              timer.unref();
            }
          }
          log.info('worker started', { concurrency, once: !!opts.once, schedule: opts.schedule, pid: process.pid });
          const summary = await q.runWorker({
            store,
            queue,
            sources: all,
            crawlOptions: crawlOptionsFrom(ctx.config),
            concurrency,
            once: !!opts.once,
            pollMs,
            signal: ac.signal,
            digest,
            afterCrawl: async (r) => {
              try {
                const p = await pushAfterCrawl(store, ctx.config, r.savedIds);
                if (p) log.info('instant pushes', { source: r.sourceId, sent: p.sent, skipped: p.skipped, failed: p.failed });
              } catch (e) {
                log.warn('instant pushes failed', { source: r.sourceId, error: String((e as Error).message) });
              }
            },
            onEvent: (e) => {
              if (e.type === 'job-start') log.info('job started', { queue: e.queue, key: e.key, job: e.jobId, attempt: e.attempt, pid: process.pid });
              else if (e.type === 'job-done') log.info('job done', { queue: e.queue, key: e.key, job: e.jobId, ms: e.ms });
              else log.warn('job failed', { queue: e.queue, key: e.key, job: e.jobId, error: e.error, willRetry: e.willRetry });
            },
          });
          const out = { ...summary, elapsedMs: Date.now() - t0 };
          if (opts.json) printJson(out);
          else log.info('worker stopped', out);
          if (summary.failed > summary.returned) process.exitCode = 1;
        } finally {
          if (timer) clearInterval(timer);
          process.off('SIGTERM', onTerm);
          process.off('SIGINT', onInt);
          await queue.close();
        }
      });
    });
}
