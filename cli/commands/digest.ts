import type { Command } from 'commander';
import type { PushRunStats } from '../../newsletter/channels/deliver.ts';
import { withContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { printJson } from '../format.ts';
import { fromAddress } from '../services.ts';
import { DEFAULT_SERVER_URL, DEFAULT_TIMEZONE } from '../../taxonomy/defaults.ts';

function positiveInt(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UserError(`${name} must be an integer from 1 to 1000, got "${v}"`);
  return n;
}

export function register(program: Command) {
  program
    .command('digest')
    .description('build the weekly digest for every confirmed subscriber; write it to an outbox or send it')
    .option('--week <week>', 'ISO week, e.g. 2026-W47 (default: the last complete week in the configured timezone)')
    .option('--send', 'deliver and record deliveries: through SMTP when SMTP_URL/config smtp.url is set, else into the outbox')
    .option('--to <email>', 'only this subscriber')
    .option('--out <dir>', 'outbox folder (default: config digest.outbox, else ./outbox); with --send, forces the outbox even when SMTP is set')
    .option('--concurrency <n>', 'digests in flight at once', '4')
    .option('--max-attempts <n>', 'attempts per subscriber and week before giving up', '3')
    .option('--reclaim-after <minutes>', 'resend deliveries left "sending" by a killed run after this long (default: never, so nobody gets a mail twice)')
    .option('--no-push', 'with --send: mail only, no chat-bot or webhook pushes (see "channels --help")')
    .option('--operator-key', 'print the key for GET /digest/preview and exit')
    .option('--json', 'print the run summary as JSON')
    .addHelpText(
      'after',
      `
Without --send nothing is recorded: each digest is written to <out>/<week>/ as
.eml and .html (a preview). With --send every (subscriber, week) is sent at most
once; rerunning after a crash or failure sends only what is missing.

Examples:
  policy-radar digest --week 2026-W47                 # preview into ./outbox/2026-W47/
  SMTP_URL=smtp://user:pass@mail.example:587 policy-radar digest --send
  policy-radar digest --send --to buyer@example.com --week 2026-W47`,
    )
    .action(async (opts, c: Command) => {
      await withContext(c, async (ctx) => {
        const { config } = ctx;
        const secret = config.secret;
        if (!secret || secret.length < 16)
          throw new UserError('set a secret of at least 16 characters (config "secret" or POLICY_RADAR_SECRET): it signs the unsubscribe and manage links');
        if (opts.operatorKey) {
          const { operatorKey } = await import('../../newsletter/tokens.ts');
          process.stdout.write(`${operatorKey(secret)}\n`);
          return;
        }
        const { PeriodError, parseWeek, previousWeek } = await import('../../newsletter/period.ts');
        const tz = config.timezone ?? DEFAULT_TIMEZONE;
        let period: ReturnType<typeof parseWeek>;
        try {
          period = opts.week ? parseWeek(opts.week, tz) : previousWeek(new Date(), tz);
        } catch (e) {
          if (e instanceof PeriodError) throw new UserError(`--week: ${e.message}`);
          throw e;
        }
        const { join, resolve } = await import('node:path');
        const { createMailer } = await import('../../newsletter/mailer.ts');
        const { runDigest } = await import('../../newsletter/send.ts');
        const outbox = resolve(opts.out ?? config.digest?.outbox ?? 'outbox');
        const smtpUrl = opts.send && !opts.out ? config.smtp?.url : undefined;
        let mailer: Awaited<ReturnType<typeof createMailer>>;
        try {
          mailer = await createMailer({ smtpUrl, outbox: join(outbox, period.id), rateLimitPerSecond: config.smtp?.rateLimitPerSecond });
        } catch (e) {
          throw new UserError((e as Error).message);
        }
        let reclaimMs: number | undefined;
        if (opts.reclaimAfter !== undefined) {
          const m = Number(opts.reclaimAfter);
          if (!Number.isFinite(m) || m < 0) throw new UserError(`--reclaim-after must be a number of minutes, got "${opts.reclaimAfter}"`);
          reclaimMs = m * 60_000;
        }
        const store = await ctx.store();
        if (opts.to && !(await store.getSubscriberByEmail(opts.to))) throw new UserError(`no subscriber ${opts.to}`);
        const quiet = !!opts.json;
        const stats = await runDigest({
          store,
          mailer,
          period,
          secret,
          publicUrl: config.publicUrl ?? DEFAULT_SERVER_URL,
          from: fromAddress(config),
          maxItems: config.digest?.maxItems,
          to: opts.to,
          record: !!opts.send,
          concurrency: positiveInt('--concurrency', opts.concurrency, 4),
          maxAttempts: positiveInt('--max-attempts', opts.maxAttempts, 3),
          staleAfterMs: reclaimMs,
          onEvent: quiet
            ? undefined
            : (e) => {
                if (e.type === 'sent') process.stdout.write(`sent     ${e.email} (${e.items} notices)\n`);
                else if (e.type === 'failed') process.stdout.write(`failed   ${e.email}: ${e.error}${e.willRetry ? ' (retrying)' : ''}\n`);
                else if (e.reason !== 'done-or-busy')
                  process.stdout.write(`skipped  ${e.email}: ${e.reason === 'empty' ? 'nothing new' : 'no longer confirmed'}\n`);
              },
        }).finally(() => mailer.close());
        // weekly pushes (channels add … --schedule weekly) go out in the same run, with the same selection
        let pushes: PushRunStats | null = null;
        if (opts.send && opts.push !== false && !opts.to) {
          const { sendWeeklyPushes } = await import('../services.ts');
          pushes = await sendWeeklyPushes(store, config, {
            period,
            publicUrl: config.publicUrl ?? DEFAULT_SERVER_URL,
            staleAfterMs: reclaimMs,
            onEvent: quiet
              ? undefined
              : (e) => {
                  if (e.type === 'sent') process.stdout.write(`pushed   target #${e.targetId} (${e.parts} message${e.parts > 1 ? 's' : ''})\n`);
                  else if (e.type === 'failed') process.stdout.write(`failed   target #${e.targetId}: ${e.error}${e.paused ? ' (target paused)' : ''}\n`);
                },
          });
        }
        const where = mailer.kind === 'smtp' ? 'via SMTP' : `into ${join(outbox, period.id)}`;
        if (opts.json)
          printJson({
            ...stats,
            pushes,
            mode: opts.send ? 'send' : 'preview',
            transport: mailer.kind,
            outbox: mailer.kind === 'outbox' ? join(outbox, period.id) : null,
          });
        else {
          process.stdout.write(
            `\n${period.id} (${period.firstDay} – ${period.lastDay}, ${tz}): ${stats.notices} notices, ${stats.subscribers} confirmed subscribers\n` +
              `${opts.send ? 'sent' : 'previewed'} ${stats.sent} ${where}; ${stats.empty} with nothing new; ${stats.alreadyHandled} already handled; ${stats.failed} failed (${stats.elapsedMs} ms)\n`,
          );
          if (pushes)
            process.stdout.write(
              `pushes: ${pushes.sent} sent to ${pushes.targets} targets; ${pushes.skipped} skipped; ${pushes.failed} failed${pushes.stuck ? `; ${pushes.stuck} still "sending" from an interrupted run (not re-sent)` : ''}\n`,
            );
          if (stats.stuck)
            process.stdout.write(
              `${stats.stuck} deliveries are still marked "sending" from an interrupted run; check the SMTP log, then rerun with --reclaim-after 0 to resend them\n`,
            );
        }
        if (stats.failed || pushes?.failed) process.exitCode = 1;
      });
    });
}
