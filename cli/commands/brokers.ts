import type { Command } from 'commander';
import type { Broker, Store } from '../../db/types.ts';
import { DEFAULT_SERVER_URL, DEFAULT_TIMEZONE } from '../../taxonomy/defaults.ts';
import type { Config } from '../config.ts';
import { withContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { printJson, table } from '../format.ts';
import { fromAddress, requireSecret } from '../services.ts';

const TOKEN_ENV = 'POLICY_RADAR_BROKER_TOKEN';

/**
 * The broker named on the command line (name or #id). With a broker token
 * (--token or $POLICY_RADAR_BROKER_TOKEN) the command acts as that broker and only
 * that broker: naming another one is refused.
 */
async function resolveBroker(store: Store, ref: string, opts: { token?: string }): Promise<Broker> {
  const token = opts.token ?? process.env[TOKEN_ENV];
  const id = /^#?\d+$/.test(ref) ? Number(ref.replace('#', '')) : null;
  const named = id !== null ? ((await store.brokers.get(id)) ?? (await store.brokers.getByName(ref))) : await store.brokers.getByName(ref.trim());
  if (token) {
    const { hashBrokerToken } = await import('../../newsletter/brokers/token.ts');
    const own = await store.brokers.getByTokenHash(hashBrokerToken(token));
    if (!own) throw new UserError('the broker token is not valid');
    if (!named || named.id !== own.id) throw new UserError(`this token belongs to broker "${own.name}": it cannot see "${ref}"`);
    return own;
  }
  if (!named) throw new UserError(`no broker "${ref}" (see "policy-radar brokers list")`);
  return named;
}

async function periodOf(config: Config, week: string | undefined) {
  const { PeriodError, parseWeek, previousWeek } = await import('../../newsletter/period.ts');
  const tz = config.timezone ?? DEFAULT_TIMEZONE;
  try {
    return week ? parseWeek(week, tz) : previousWeek(new Date(), tz);
  } catch (e) {
    if (e instanceof PeriodError) throw new UserError(`--week: ${e.message}`);
    throw e;
  }
}

const tokenOption = ['--token <token>', `act as the broker holding this token (default: $${TOKEN_ENV}); a broker sees only its own clients`] as const;

async function outRoot(config: Config, out: string | undefined, broker: Broker): Promise<string> {
  const { join, resolve } = await import('node:path');
  return out ? resolve(out) : join(resolve(config.digest?.outbox ?? 'outbox'), 'brokers', String(broker.id));
}

export function register(program: Command) {
  const cmd = program
    .command('brokers')
    .description('customs-broker accounts: client lists (CSV import), one digest per client, printable policy sheets (HTML + PDF)')
    .addHelpText(
      'after',
      `
Operators add broker accounts ("brokers add"); each gets an access token, shown once.
A broker's clients are imported from a spreadsheet ("brokers import"), and each client
gets the same selection as a subscriber (products AND markets AND place), with the
broker's name on it: written as files for the broker to forward, or sent to the
client's contact when the client row says "send direct". "brokers sheet" prints a
one-page policy sheet per client (HTML and PDF, through Chromium). "brokers targets"
adds a client's WeCom / DingTalk / Feishu group or webhook, pushed that client's selection.

Examples:
  policy-radar brokers add 深圳通关报关行 --email desk@broker.example.cn
  policy-radar brokers import 深圳通关报关行 clients.csv
  policy-radar brokers clients 深圳通关报关行
  policy-radar brokers digest 深圳通关报关行 --week 2026-W47 --send
  policy-radar brokers sheet 深圳通关报关行 --client 宁波家具
  policy-radar brokers targets add 深圳通关报关行 --client 宁波家具 --kind wecom --url 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…'`,
    );

  cmd
    .command('add')
    .description('add a broker account (operators); prints its access token once')
    .argument('<name>', 'the broker as clients know it; printed on every digest and sheet')
    .requiredOption('--email <email>', "the broker's address: digests to forward are addressed to it")
    .option('--language <lang>', 'zh | en: the default language of its clients', 'zh')
    .option('--json', 'print the broker and token as JSON')
    .action(async (name: string, opts, c: Command) => {
      const clean = name.trim().replace(/\s+/g, ' ');
      if (!clean || clean.length > 80) throw new UserError('the broker name must be 1 to 80 characters');
      if (opts.language !== 'zh' && opts.language !== 'en') throw new UserError(`--language must be zh or en, got "${opts.language}"`);
      const { InputError, validEmail } = await import('../../newsletter/subscriptions.ts');
      let email: string;
      try {
        email = validEmail(opts.email);
      } catch (e) {
        if (e instanceof InputError) throw new UserError(`--email: ${e.message.replace(/^email: /, '')}`);
        throw e;
      }
      const { hashBrokerToken, newBrokerToken } = await import('../../newsletter/brokers/token.ts');
      await withContext(c, async (ctx) => {
        const store = await ctx.store();
        if (await store.brokers.getByName(clean)) throw new UserError(`a broker named "${clean}" exists already`);
        const token = newBrokerToken();
        const b = await store.brokers.add({ name: clean, email, language: opts.language, tokenHash: hashBrokerToken(token) });
        // the broker's web pages: its client list, the paste-in import, each client's policy sheet
        const web = `${String(ctx.config.publicUrl ?? DEFAULT_SERVER_URL).replace(/\/+$/, '')}/brokers?token=${token}`;
        if (opts.json) return printJson({ ...b, token, web });
        process.stdout.write(`added broker #${b.id} ${b.name} <${b.email}>\naccess token (shown once, keep it safe): ${token}\nweb pages: ${web}\n`);
      });
    });

  cmd
    .command('list')
    .description('list broker accounts with their number of clients')
    .option('--json', 'print as JSON')
    .action(async (opts, c: Command) => {
      await withContext(c, async (ctx) => {
        const bs = await (await ctx.store()).brokers.list();
        if (opts.json) return printJson(bs);
        if (!bs.length) return void process.stdout.write('no brokers (add one with "policy-radar brokers add")\n');
        process.stdout.write(
          table(
            bs.map((b) => [String(b.id), b.name, b.email, b.language, String(b.clients)]),
            ['id', 'name', 'email', 'lang', 'clients'],
          ),
        );
      });
    });

  cmd
    .command('remove')
    .description('delete a broker account with its clients and their delivery log, or (--client) one of its clients')
    .argument('<broker>', 'name or id')
    .option(...tokenOption)
    .option('--client <name>', 'remove only this client (and its delivery log)')
    .option('--yes', 'really delete the whole broker account (required without --client)')
    .action(async (ref: string, opts, c: Command) => {
      await withContext(c, async (ctx) => {
        const store = await ctx.store();
        const b = await resolveBroker(store, ref, opts);
        if (opts.client) {
          const cl = await store.brokers.getClientByName(b.id, String(opts.client).trim());
          if (!cl || !(await store.brokers.removeClient(b.id, cl.id))) throw new UserError(`${b.name} has no client "${opts.client}"`);
          return void process.stdout.write(`removed client ${cl.name} of ${b.name}\n`);
        }
        const n = (await store.brokers.listClients(b.id)).length;
        if (!opts.yes) throw new UserError(`this deletes broker "${b.name}" and its ${n} clients; run again with --yes`);
        await store.brokers.remove(b.id);
        process.stdout.write(`removed broker #${b.id} ${b.name} and ${n} clients\n`);
      });
    });

  cmd
    .command('import')
    .description("add or update a broker's clients from a CSV file (UTF-8, with or without BOM, or GB18030 from Excel)")
    .argument('<broker>', 'name or id')
    .argument('<file>', 'CSV with a header row')
    .option(...tokenOption)
    .option('--dry-run', 'check the file and report, store nothing')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
Columns (header names in Chinese or English, any order):
  客户名称 / client name   required; re-importing a name updates that client
  HS编码 / HS codes         2–10 digit codes, or product words (LED灯, furniture)
  产品 / products           product words, looked up as HS codes
  市场 / markets            EU, US, JP or 欧盟, 美国, 日本
  所在地 / location         广东省 深圳市, 浙江 宁波, CN-SD-qingdao
  联系邮箱 / contact        the client's e-mail
  主题 / topics             topic ids (tariffs, export-controls, …), optional
  直接发送 / send direct    是/否 (yes/no): send the digest to the contact directly
  语言 / language           zh | en (default: the broker's)
Several values in a cell are separated by ; 、 or , (quote the cell for ,).
The whole file is checked first; any bad row stops the import, with its line number.

Example:
  客户名称,HS编码,市场,所在地,联系邮箱,直接发送
  深圳光明灯饰,9405;8541,欧盟,广东省 深圳市,led@example.cn,是`,
    )
    .action(async (ref: string, file: string, opts, c: Command) => {
      const { existsSync, readFileSync, statSync } = await import('node:fs');
      if (!existsSync(file) || !statSync(file).isFile()) throw new UserError(`no such file: ${file}`);
      if (statSync(file).size > 20 * 1024 * 1024) throw new UserError(`${file} is larger than 20 MB: not a client list`);
      const { parseClientsCsv } = await import('../../newsletter/brokers/csv.ts');
      await withContext(c, async (ctx) => {
        const store = await ctx.store();
        const b = await resolveBroker(store, ref, opts);
        const parsed = parseClientsCsv(readFileSync(file), { defaultLanguage: b.language });
        if (parsed.errors.length) {
          const shown = parsed.errors.slice(0, 50).map((e) => `  line ${e.line}: ${e.message}`);
          const more = parsed.errors.length > 50 ? `\n  … and ${parsed.errors.length - 50} more` : '';
          throw new UserError(
            `${file} (${parsed.encoding}): ${parsed.errors.length} error${parsed.errors.length > 1 ? 's' : ''}, nothing imported\n${shown.join('\n')}${more}`,
          );
        }
        const before = new Set((await store.brokers.listClients(b.id)).map((x) => x.name));
        const result = opts.dryRun
          ? { added: parsed.clients.filter((x) => !before.has(x.name)).length, updated: parsed.clients.filter((x) => before.has(x.name)).length }
          : await store.brokers.upsertClients(
              b.id,
              parsed.clients.map(({ line: _line, ...x }) => x),
            );
        if (opts.json) return printJson({ broker: b.name, encoding: parsed.encoding, dryRun: !!opts.dryRun, ...result });
        process.stdout.write(
          `${opts.dryRun ? 'dry run: would import' : 'imported'} ${parsed.clients.length} clients for ${b.name} (${parsed.encoding}): ${result.added} new, ${result.updated} updated\n`,
        );
      });
    });

  cmd
    .command('clients')
    .description("list a broker's clients (only that broker's)")
    .argument('<broker>', 'name or id')
    .option(...tokenOption)
    .option('--json', 'print as JSON (the export of the client list)')
    .action(async (ref: string, opts, c: Command) => {
      await withContext(c, async (ctx) => {
        const store = await ctx.store();
        const b = await resolveBroker(store, ref, opts);
        const cs = await store.brokers.listClients(b.id);
        if (opts.json) return printJson(cs);
        if (!cs.length) return void process.stdout.write(`${b.name} has no clients (import them with "policy-radar brokers import")\n`);
        const { placeName } = await import('../../taxonomy/places.ts');
        process.stdout.write(
          table(
            cs.map((x) => [
              String(x.id),
              x.name,
              x.profile.hs.join(','),
              x.profile.regions.join(','),
              x.profile.location ? (placeName(x.profile.location.city ?? x.profile.location.province) ?? '') : '',
              x.contactEmail ?? '',
              x.sendDirect ? 'direct' : 'via broker',
            ]),
            ['id', 'client', 'HS', 'markets', 'location', 'contact', 'delivery'],
          ),
        );
      });
    });

  cmd
    .command('digest')
    .description("one digest per client of a broker, with the broker's name on it: files to forward, or sent to the client (send direct)")
    .argument('<broker>', 'name or id')
    .option(...tokenOption)
    .option('--week <week>', 'ISO week, e.g. 2026-W47 (default: the last complete week)')
    .option('--client <name>', 'only this client')
    .option('--send', 'record deliveries (each client at most once per week) and send the send-direct ones (SMTP when configured, else an outbox)')
    .option('--out <dir>', 'folder for the files (default: <outbox>/brokers/<broker id>)')
    .option('--reclaim-after <minutes>', 'resend digests left "sending" by a killed run after this long (default: never)')
    .option('--json', 'print the run summary as JSON')
    .addHelpText(
      'after',
      `
Without --send every client's digest is written to <out>/<week>/ (a preview) and
nothing is recorded. With --send each (client, week) is delivered at most once:
clients marked "send direct" get it at their contact address, the others' are
written to <out>/<week>/ addressed to the broker, to forward.`,
    )
    .action(async (ref: string, opts, c: Command) => {
      await withContext(c, async (ctx) => {
        const { config } = ctx;
        const secret = requireSecret(config);
        const period = await periodOf(config, opts.week);
        let reclaimMs: number | undefined;
        if (opts.reclaimAfter !== undefined) {
          const m = Number(opts.reclaimAfter);
          if (!Number.isFinite(m) || m < 0) throw new UserError(`--reclaim-after must be a number of minutes, got "${opts.reclaimAfter}"`);
          reclaimMs = m * 60_000;
        }
        const store = await ctx.store();
        const b = await resolveBroker(store, ref, opts);
        let clientId: number | undefined;
        if (opts.client) {
          const cl = await store.brokers.getClientByName(b.id, String(opts.client).trim());
          if (!cl) throw new UserError(`${b.name} has no client "${opts.client}"`);
          clientId = cl.id;
        }
        const { join } = await import('node:path');
        const root = await outRoot(config, opts.out, b);
        const { createMailer } = await import('../../newsletter/mailer.ts');
        const { runBrokerDigests } = await import('../../newsletter/brokers/run.ts');
        let mailer: Awaited<ReturnType<typeof createMailer>>;
        try {
          mailer = await createMailer({
            smtpUrl: config.smtp?.url,
            outbox: join(root, period.id, 'sent-direct'),
            rateLimitPerSecond: config.smtp?.rateLimitPerSecond,
          });
        } catch (e) {
          throw new UserError((e as Error).message);
        }
        const quiet = !!opts.json;
        const stats = await runBrokerDigests({
          store,
          broker: b,
          period,
          outDir: join(root, period.id),
          mailer,
          record: !!opts.send,
          clientId,
          staleAfterMs: reclaimMs,
          secret,
          publicUrl: config.publicUrl ?? DEFAULT_SERVER_URL,
          from: fromAddress(config),
          maxItems: config.digest?.maxItems,
          onEvent: quiet
            ? undefined
            : (e) => {
                if (e.type === 'written') process.stdout.write(`written  ${e.client} (${e.items} notices): ${e.file}\n`);
                else if (e.type === 'sent') process.stdout.write(`sent     ${e.client} → ${e.to} (${e.items} notices)\n`);
                else if (e.type === 'failed') process.stdout.write(`failed   ${e.client}: ${e.error}\n`);
                else process.stdout.write(`skipped  ${e.client}: ${e.reason === 'empty' ? 'nothing this week' : 'already delivered this week'}\n`);
              },
        }).finally(() => mailer.close());
        if (opts.json) printJson({ broker: b.name, mode: opts.send ? 'send' : 'preview', transport: mailer.kind, ...stats });
        else
          process.stdout.write(
            `\n${b.name} ${period.id}: ${stats.clients} clients; ${stats.written} written to forward, ${stats.sent} sent directly, ${stats.empty} with nothing, ${stats.alreadyHandled} already delivered, ${stats.failed} failed\n`,
          );
        if (stats.failed) process.exitCode = 1;
      });
    });

  cmd
    .command('sheet')
    .description('a printable one-page policy sheet per client (HTML with an A4 print stylesheet, and PDF through Chromium)')
    .argument('<broker>', 'name or id')
    .option(...tokenOption)
    .option('--week <week>', 'the last ISO week covered (default: the last complete week)')
    .option('--weeks <n>', 'how many weeks the sheet covers, ending with --week', '4')
    .option('--client <name>', 'only this client')
    .option('--out <dir>', 'folder (default: <outbox>/brokers/<broker id>/sheets)')
    .option('--no-pdf', 'HTML only (no Chromium needed)')
    .option('--json', 'print the files as JSON')
    .action(async (ref: string, opts, c: Command) => {
      const weeks = Number(opts.weeks);
      if (!Number.isInteger(weeks) || weeks < 1 || weeks > 26) throw new UserError(`--weeks must be an integer from 1 to 26, got "${opts.weeks}"`);
      await withContext(c, async (ctx) => {
        const { config } = ctx;
        const period = await periodOf(config, opts.week);
        const store = await ctx.store();
        const b = await resolveBroker(store, ref, opts);
        let clientId: number | undefined;
        if (opts.client) {
          const cl = await store.brokers.getClientByName(b.id, String(opts.client).trim());
          if (!cl) throw new UserError(`${b.name} has no client "${opts.client}"`);
          clientId = cl.id;
        }
        const { join } = await import('node:path');
        const { existsSync } = await import('node:fs');
        const chromium = config.crawler?.chromiumPath ?? '/usr/bin/chromium';
        if (opts.pdf !== false && !existsSync(chromium))
          throw new UserError(`no Chromium at ${chromium}: install it (apt-get install chromium), set crawler.chromiumPath, or use --no-pdf`);
        const { loadWindow, writePolicySheets } = await import('../../newsletter/brokers/run.ts');
        const { PdfError } = await import('../../newsletter/brokers/pdf.ts');
        const week = await loadWindow(store, period, weeks);
        const quiet = !!opts.json;
        try {
          const files = await writePolicySheets({
            store,
            broker: b,
            week,
            clientId,
            outDir: join(await outRoot(config, opts.out, b), opts.out ? '' : 'sheets'),
            publicUrl: config.publicUrl ?? DEFAULT_SERVER_URL,
            pdf: opts.pdf === false ? undefined : { executablePath: chromium },
            onEvent: quiet ? undefined : (e) => process.stdout.write(`${e.type.padEnd(5)} ${e.client}: ${e.file}\n`),
          });
          if (opts.json) printJson({ broker: b.name, from: week.period.firstDay, to: week.period.lastDay, files });
          else process.stdout.write(`\n${files.length} policy sheets for ${b.name} (${week.period.firstDay} – ${week.period.lastDay})\n`);
        } catch (e) {
          if (e instanceof PdfError) throw new UserError(e.message);
          throw e;
        }
      });
    });

  registerTargets(cmd);
}

/** `brokers targets …`: chat-group and webhook pushes of a broker's clients (the subscribers' `channels`, scoped to one broker). */
function registerTargets(brokers: Command) {
  const cmd = brokers
    .command('targets')
    .description("push targets of a broker's clients: a WeCom / DingTalk / Feishu group or a signed webhook gets that client's selection")
    .addHelpText(
      'after',
      `
Each target belongs to one client and gets that client's selection (its products AND
markets AND place), headed "由 <broker> 为您整理": weekly with the digest, or instantly
after a crawl. Each (target, week or notice version) is pushed at most once; a target
failing 3 pushes in a row is paused with the reason ("brokers targets resume").
With --token (or $${TOKEN_ENV}) a broker sees and changes only its own clients' targets.

Examples:
  policy-radar brokers targets add 深圳通关报关行 --client 深圳光明灯饰 --kind wecom --url 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…'
  policy-radar brokers targets add 深圳通关报关行 --client 宁波家具 --kind dingtalk --url 'https://oapi.dingtalk.com/robot/send?access_token=…' --secret SEC… --schedule instant --topics trade-remedies
  policy-radar brokers targets list 深圳通关报关行
  policy-radar brokers targets resume 深圳通关报关行 7`,
    );

  cmd
    .command('add')
    .description("add a push target to one of the broker's clients")
    .argument('<broker>', 'broker name or #id')
    .requiredOption('--client <name>', 'the client (as in "brokers clients")')
    .requiredOption('--kind <kind>', 'wecom | dingtalk | feishu | webhook')
    .requiredOption('--url <url>', "the robot's webhook URL as the platform shows it, or your endpoint")
    .option('--secret <secret>', 'signing secret: DingTalk 加签 (SEC…), Feishu 签名校验, webhook HMAC key (required for webhook)')
    .option('--schedule <when>', 'weekly | instant', 'weekly')
    .option('--topics <ids>', 'instant only: topic ids that trigger a push, comma-separated (default: any notice the client would get)')
    .option('--label <text>', 'a name for the target (e.g. the group name)')
    .option('--allow-loopback-http', 'accept http://127.0.0.1 URLs (tests, local development)')
    .option(...tokenOption)
    .option('--json', 'print the target as JSON')
    .action(async (ref: string, opts, c: Command) => {
      const { targetInputFromFlags } = await import('./channels.ts');
      const input = await targetInputFromFlags(opts);
      await withContext(c, async (ctx) => {
        const store = await ctx.store();
        const b = await resolveBroker(store, ref, opts);
        const client = await store.brokers.getClientByName(b.id, String(opts.client).trim());
        if (!client) throw new UserError(`broker "${b.name}" has no client "${opts.client}" (see "policy-radar brokers clients")`);
        const t = await store.addChannelTarget({ brokerClientId: client.id, ...input });
        if (opts.json) printJson({ ...t, secret: t.secret ? '(set)' : null });
        else
          process.stdout.write(
            `added #${t.id} ${t.kind} ${t.schedule}${t.instantTopics.length ? ` (${t.instantTopics.join(',')})` : ''} for ${client.name} (${b.name})\n`,
          );
      });
    });

  cmd
    .command('list')
    .description("list the broker's clients' push targets with status and pause reason (secrets are not shown)")
    .argument('<broker>', 'broker name or #id')
    .option('--client <name>', "only this client's")
    .option(...tokenOption)
    .option('--json', 'print as JSON')
    .action(async (ref: string, opts, c: Command) => {
      await withContext(c, async (ctx) => {
        const store = await ctx.store();
        const b = await resolveBroker(store, ref, opts);
        const clients = new Map((await store.brokers.listClients(b.id)).map((x) => [x.id, x.name]));
        let clientId: number | undefined;
        if (opts.client) {
          const cl = await store.brokers.getClientByName(b.id, String(opts.client).trim());
          if (!cl) throw new UserError(`broker "${b.name}" has no client "${opts.client}"`);
          clientId = cl.id;
        }
        const ts = (await store.brokers.listTargets(b.id, { clientId })).map((t) => ({
          ...t,
          client: clients.get(t.brokerClientId ?? 0) ?? '?',
          secret: t.secret ? '(set)' : null,
          // the URL carries the robot's key: only its host is shown
          url: hostOf(t.url),
        }));
        if (opts.json) return printJson(ts);
        if (!ts.length) return void process.stdout.write(`no push targets for ${b.name}'s clients\n`);
        const out = table(
          ts.map((t) => [
            String(t.id),
            t.client,
            t.kind,
            t.schedule + (t.instantTopics.length ? ` (${t.instantTopics.join(',')})` : ''),
            t.url,
            t.status + (t.pauseReason ? `: ${t.pauseReason}` : ''),
            String(t.failures),
          ]),
          ['id', 'client', 'kind', 'schedule', 'host', 'status', 'failures'],
        );
        process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
      });
    });

  cmd
    .command('remove')
    .description("delete one of the broker's targets and its delivery log")
    .argument('<broker>', 'broker name or #id')
    .argument('<id>', 'target id (see "brokers targets list")')
    .option(...tokenOption)
    .action(async (ref: string, id: string, opts, c: Command) => {
      const n = (await import('./channels.ts')).targetId(id.replace(/^#/, ''));
      await withContext(c, async (ctx) => {
        const store = await ctx.store();
        const b = await resolveBroker(store, ref, opts);
        if (!(await store.brokers.removeTarget(b.id, n))) throw new UserError(`broker "${b.name}" has no push target #${n}`);
        process.stdout.write(`removed #${n}\n`);
      });
    });

  cmd
    .command('resume')
    .description('push to a paused target again (clears its failure count and reason)')
    .argument('<broker>', 'broker name or #id')
    .argument('<id>', 'target id')
    .option(...tokenOption)
    .action(async (ref: string, id: string, opts, c: Command) => {
      const n = (await import('./channels.ts')).targetId(id.replace(/^#/, ''));
      await withContext(c, async (ctx) => {
        const store = await ctx.store();
        const b = await resolveBroker(store, ref, opts);
        const t = await store.brokers.resumeTarget(b.id, n);
        if (!t) throw new UserError(`broker "${b.name}" has no push target #${n}`);
        process.stdout.write(`#${n} ${t.status}\n`);
      });
    });
}

function hostOf(u: string): string {
  try {
    return new URL(u).host;
  } catch {
    return '?';
  }
}
