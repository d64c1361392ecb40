import type { Command } from 'commander';
import { withContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { printJson, table } from '../format.ts';
import { CHANNEL_KINDS } from '../../newsletter/channels/formats.ts';

const LOOPBACK_ENV = 'POLICY_RADAR_ALLOW_LOOPBACK_HTTP';

/** http://127.0.0.1 targets (tests, local development) only when asked for explicitly. */
export function allowLoopback(opts: { allowLoopbackHttp?: boolean }): boolean {
  return !!opts.allowLoopbackHttp || process.env[LOOPBACK_ENV] === '1';
}

export function targetId(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 1) throw new UserError(`target id must be a positive integer, got "${v}"`);
  return n;
}

/** The --kind/--url/--secret/--schedule/--topics/--label flags checked as the manage page checks them; a bad one is a UserError naming the flag. */
export async function targetInputFromFlags(opts: Record<string, unknown>): Promise<import('../../newsletter/channels/target-input.ts').TargetInput> {
  const { parseTargetInput, TargetInputError } = await import('../../newsletter/channels/target-input.ts');
  try {
    // a topic id that names nothing would never trigger a push
    const { loadVocabulary } = await import('../../newsletter/taxonomy.ts');
    const knownTopics = new Set((await loadVocabulary()).topicList.map((t) => t.id));
    return parseTargetInput(opts, { allowLoopbackHttp: allowLoopback(opts), knownTopics });
  } catch (e) {
    if (e instanceof TargetInputError) throw new UserError(`--${e.field}${e.field === 'url' ? ':' : ''} ${e.message}`);
    throw e;
  }
}

export function register(program: Command) {
  const cmd = program
    .command('channels')
    .description('push channels of a subscriber: WeCom / DingTalk / Feishu group bots and signed JSON webhooks')
    .addHelpText(
      'after',
      `
Weekly targets get the subscriber's digest selection when "policy-radar digest --send"
runs (beside the mail); instant targets get each matching notice after a crawl.
Each (target, week or notice) is pushed at most once. A target failing 3 pushes
in a row is paused with the reason; fix it, then "channels resume".
Target URLs must be https to a public host; http://127.0.0.1 only with
--allow-loopback-http or ${LOOPBACK_ENV}=1 (tests, local development).`,
    );

  cmd
    .command('add')
    .description('add a push target to a subscriber')
    .argument('<email>', 'the subscriber (see "subscribers add")')
    .requiredOption('--kind <kind>', CHANNEL_KINDS.join(' | '))
    .requiredOption('--url <url>', "the robot's webhook URL as the platform shows it, or your endpoint")
    .option('--secret <secret>', 'signing secret: DingTalk 加签 (SEC…), Feishu 签名校验, webhook HMAC key (required for webhook)')
    .option('--schedule <when>', 'weekly | instant', 'weekly')
    .option('--topics <ids>', 'instant only: topic ids that trigger a push, comma-separated (default: any notice the digest would select)')
    .option('--label <text>', 'a name for the target (e.g. the group name)')
    .option('--allow-loopback-http', 'accept http://127.0.0.1 URLs (tests, local development)')
    .option('--json', 'print the target as JSON')
    .addHelpText(
      'after',
      `
Examples:
  policy-radar channels add buyer@example.com --kind wecom --url 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…'
  policy-radar channels add buyer@example.com --kind dingtalk --url 'https://oapi.dingtalk.com/robot/send?access_token=…' --secret SEC… --schedule instant --topics export-controls,tariffs
  policy-radar channels add buyer@example.com --kind feishu --url https://open.feishu.cn/open-apis/bot/v2/hook/… --secret …
  policy-radar channels add buyer@example.com --kind webhook --url https://erp.example.com/hooks/policy --secret "$(openssl rand -hex 32)"`,
    )
    .action(async (email: string, opts, c: Command) => {
      const input = await targetInputFromFlags(opts);
      const topics = input.instantTopics;
      await withContext(c, async (ctx) => {
        const store = await ctx.store();
        const sub = await store.getSubscriberByEmail(email);
        if (!sub) throw new UserError(`no subscriber ${email} (add one with "policy-radar subscribers add")`);
        const t = await store.addChannelTarget({
          subscriberId: sub.id,
          ...input,
        });
        if (opts.json) printJson({ ...t, secret: t.secret ? '(set)' : null });
        else process.stdout.write(`added #${t.id} ${t.kind} ${t.schedule}${topics.length ? ` (${topics.join(',')})` : ''} for ${sub.email}\n`);
      });
    });

  cmd
    .command('list')
    .description('list push targets, with status, failures and pause reason (secrets are not shown)')
    .option('--email <email>', "only this subscriber's")
    .option('--json', 'print as JSON')
    .action(async (opts, c: Command) => {
      await withContext(c, async (ctx) => {
        const store = await ctx.store();
        let subscriberId: number | undefined;
        if (opts.email) {
          const sub = await store.getSubscriberByEmail(opts.email);
          if (!sub) throw new UserError(`no subscriber ${opts.email}`);
          subscriberId = sub.id;
        }
        const ts = (await store.listChannelTargets({ subscriberId })).map((t) => ({ ...t, secret: t.secret ? '(set)' : null }));
        if (opts.json) return printJson(ts);
        if (!ts.length) return void process.stdout.write('no push targets\n');
        // owner: the subscriber's address, or "broker / client" for a broker's client
        const owners = new Map<number, string>();
        for (const t of ts) {
          if (t.subscriberId != null) owners.set(t.id, (await store.getSubscriber(t.subscriberId))?.email ?? '?');
          else if (t.brokerClientId != null) {
            const o = await store.brokers.clientWithBroker(t.brokerClientId);
            owners.set(t.id, o ? `${o.broker.name} / ${o.client.name}` : '?');
          }
        }
        const host = (u: string) => {
          try {
            return new URL(u).host;
          } catch {
            return u;
          }
        };
        const out = table(
          ts.map((t) => [
            String(t.id),
            owners.get(t.id) ?? '',
            t.kind,
            t.schedule + (t.instantTopics.length ? ` (${t.instantTopics.join(',')})` : ''),
            host(t.url),
            t.status + (t.pauseReason ? `: ${t.pauseReason}` : ''),
            String(t.failures),
          ]),
          ['id', 'owner', 'kind', 'schedule', 'host', 'status', 'failures'],
        );
        process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
      });
    });

  cmd
    .command('remove')
    .description('delete a push target and its delivery log')
    .argument('<id>', 'target id (see "channels list")')
    .action(async (id: string, _opts, c: Command) => {
      const n = targetId(id);
      await withContext(c, async (ctx) => {
        if (!(await (await ctx.store()).removeChannelTarget(n))) throw new UserError(`no push target #${n}`);
        process.stdout.write(`removed #${n}\n`);
      });
    });

  for (const [name, status] of [
    ['pause', 'paused'],
    ['resume', 'active'],
  ] as const) {
    cmd
      .command(name)
      .description(name === 'pause' ? 'stop pushing to a target (its log is kept)' : 'push to a paused target again (clears its failure count and reason)')
      .argument('<id>', 'target id')
      .option('--reason <text>', 'why (shown in "channels list")')
      .action(async (id: string, opts, c: Command) => {
        const n = targetId(id);
        await withContext(c, async (ctx) => {
          const t = await (await ctx.store()).updateChannelTarget(
            n,
            status === 'paused' ? { status, pauseReason: opts.reason ?? 'paused by operator' } : { status, pauseReason: null, failures: 0 },
          );
          if (!t) throw new UserError(`no push target #${n}`);
          process.stdout.write(`#${n} ${t.status}\n`);
        });
      });
  }

  cmd
    .command('test')
    .description('send one test message to a target now (not recorded; does not count as a failure)')
    .argument('<id>', 'target id')
    .option('--allow-loopback-http', 'accept http://127.0.0.1 URLs (tests, local development)')
    .addHelpText('after', '\nExample:\n  policy-radar channels test 3')
    .action(async (id: string, opts, c: Command) => {
      const n = targetId(id);
      const { checkTargetUrl, sendWithRetry } = await import('../../newsletter/channels/sender.ts');
      const { formatPush, isChannelKind } = await import('../../newsletter/channels/formats.ts');
      const { signRequest } = await import('../../newsletter/channels/sign.ts');
      await withContext(c, async (ctx) => {
        const store = await ctx.store();
        const t = await store.getChannelTarget(n);
        if (!t) throw new UserError(`no push target #${n}`);
        if (!isChannelKind(t.kind)) throw new UserError(`target #${n} has an unknown kind ${t.kind}`);
        const lang =
          t.subscriberId != null
            ? ((await store.getSubscriber(t.subscriberId))?.language ?? 'en')
            : t.brokerClientId != null && (await store.brokers.clientWithBroker(t.brokerClientId))?.client.language === 'en'
              ? 'en'
              : 'zh';
        let url: string;
        try {
          url = checkTargetUrl(t.url, { allowLoopbackHttp: allowLoopback(opts) });
        } catch (e) {
          throw new UserError(`target #${n}: ${(e as Error).message}`);
        }
        const heading = lang === 'zh' ? '政策雷达 · 测试推送' : 'Policy Radar · test push';
        const [body] = formatPush(t.kind, { key: 'test', lang, heading, items: [], totalMatched: 0, manageUrl: null });
        const r = await sendWithRetry(t.kind, () => signRequest(t.kind, { url, secret: t.secret }, body, { deliveryId: `${t.id}.test.${Date.now()}` }), {
          tries: 1,
        });
        if (!r.ok) throw new UserError(`target #${n} refused the test push: ${r.error}`);
        process.stdout.write(`#${n} accepted the test push\n`);
      });
    });
}
