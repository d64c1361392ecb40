import type { Command } from 'commander';
import { withContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { printJson, table } from '../format.ts';
import { DEFAULT_SERVER_URL } from '../../taxonomy/defaults.ts';

const STATUSES = ['pending', 'confirmed', 'paused', 'unsubscribed'];

export function register(program: Command) {
  const cmd = program.command('subscribers').description('manage digest subscribers (operators)');

  cmd
    .command('add')
    .description('add or update a subscriber; operator-added addresses are confirmed unless --pending')
    .argument('<email>', 'e-mail address')
    .option('--lang <lang>', 'zh | en', 'en')
    .option('--hs <codes>', 'HS codes or prefixes, comma-separated (e.g. 85,8541)')
    .option('--products <words>', 'product words mapped to HS codes through the taxonomy, comma-separated')
    .option('--regions <ids>', 'markets, comma-separated (e.g. US,EU)')
    .option('--topics <ids>', 'topic ids, comma-separated (e.g. tariffs,export-rebates)')
    .option('--sources <ids>', 'source ids, comma-separated')
    .option('--keywords <words>', 'title keywords, comma-separated')
    .option(
      '--location <place>',
      'where the company is: a Chinese province and city (e.g. "广东省 深圳市", CN-GD-shenzhen); local bureaus\' notices reach only companies there',
    )
    .option('--export-value <usd>', "annual export value in US dollars (e.g. 8000000, 8m, 800万), checked against notices' thresholds")
    .option('--sme', 'a small or medium-sized enterprise (中小微企业)')
    .option('--no-sme', 'not a small or medium-sized enterprise')
    .option('--send-empty', 'also mail in weeks with nothing new')
    .option('--pending', 'leave unconfirmed (no digest until confirmed)')
    .option('--json', 'print the subscriber as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  policy-radar subscribers add buyer@example.com --lang zh --hs 8541 --regions EU,US --topics tariffs --location "广东省 深圳市" --export-value 8m --sme',
    )
    .action(async (email: string, opts, c: Command) => {
      const { InputError, parseSubscription } = await import('../../newsletter/subscriptions.ts');
      const { loadVocabulary } = await import('../../newsletter/taxonomy.ts');
      let input: ReturnType<typeof parseSubscription>;
      try {
        input = parseSubscription(
          {
            email,
            language: opts.lang,
            hs: opts.hs,
            products: opts.products,
            regions: opts.regions,
            topics: opts.topics,
            sources: opts.sources,
            keywords: opts.keywords,
            sendEmpty: !!opts.sendEmpty,
            location: opts.location,
            exportValueUsd: opts.exportValue,
            sme: opts.sme,
          },
          await loadVocabulary(),
        );
      } catch (e) {
        if (e instanceof InputError)
          throw new UserError(
            e.message
              .replace(/^exportValueUsd:/, '--export-value:')
              .replace(/^(\w+):/, '--$1:')
              .replace('--email:', 'email:'),
          );
        throw e;
      }
      await withContext(c, async (ctx) => {
        const store = await ctx.store();
        const sub = await store.upsertSubscriber({
          email: input.email,
          language: input.language,
          interests: input.interests,
          sendEmpty: input.sendEmpty,
          status: opts.pending ? 'pending' : 'confirmed',
        });
        if (opts.json) printJson(sub);
        else
          process.stdout.write(
            `${sub.status} #${sub.id} ${sub.email}${input.unknownProducts.length ? ` (no HS code found for: ${input.unknownProducts.join(', ')})` : ''}\n`,
          );
      });
    });

  cmd
    .command('list')
    .description('list subscribers')
    .option('--status <status>', STATUSES.join(' | '))
    .option('--json', 'print as JSON')
    .action(async (opts, c: Command) => {
      if (opts.status && !STATUSES.includes(opts.status)) throw new UserError(`--status must be one of ${STATUSES.join(', ')}`);
      await withContext(c, async (ctx) => {
        const subs = await (await ctx.store()).listSubscribers({ status: opts.status });
        if (opts.json) return printJson(subs);
        if (!subs.length) return void process.stdout.write('no subscribers\n');
        const i = (s: (typeof subs)[number]) =>
          [
            s.interests.hs.length ? `hs ${s.interests.hs.join(',')}` : '',
            s.interests.regions.join(','),
            s.interests.topics.join(','),
            s.interests.sources.join(','),
            s.interests.keywords.map((k) => `"${k}"`).join(','),
            s.interests.location ? `@${s.interests.location.city ?? s.interests.location.province}` : '',
            s.interests.size?.exportValueUsd !== undefined ? `exports $${s.interests.size.exportValueUsd.toLocaleString('en-US')}` : '',
            s.interests.size?.sme !== undefined ? (s.interests.size.sme ? 'SME' : 'not SME') : '',
          ]
            .filter(Boolean)
            .join(' · ');
        const out = table(
          subs.map((s) => [String(s.id), s.email, s.status, s.language, i(s) || '(everything)']),
          ['id', 'email', 'status', 'lang', 'interests'],
        );
        process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
      });
    });

  cmd
    .command('token')
    .description("print a subscriber's read-only profile token and the URLs that use it (matching notices, deadline calendar)")
    .argument('<email>', 'e-mail address')
    .option('--public-url <url>', 'base URL of the server (default: config publicUrl or http://127.0.0.1:8080)')
    .option('--json', 'print as JSON')
    .action(async (email: string, opts, c: Command) => {
      await withContext(c, async (ctx) => {
        const { assertSecret, signToken } = await import('../../newsletter/tokens.ts');
        let secret: string;
        try {
          secret = assertSecret(ctx.config.secret ?? process.env.POLICY_RADAR_SECRET);
        } catch (e) {
          throw new UserError((e as Error).message);
        }
        const store = await ctx.store();
        const sub = await store.getSubscriberByEmail(email);
        if (!sub) throw new UserError(`no subscriber ${email}`);
        const token = signToken(secret, 'profile', sub);
        const base = String(opts.publicUrl ?? ctx.config.publicUrl ?? DEFAULT_SERVER_URL).replace(/\/+$/, '');
        const out = {
          email: sub.email,
          token,
          notices: `${base}/api/notices?for=${token}`,
          feed: `${base}/feeds/notices.atom?for=${token}`,
          calendar: `${base}/feeds/deadlines.ics?for=${token}`,
        };
        if (opts.json) printJson(out);
        else process.stdout.write(`${out.token}\nnotices:  ${out.notices}\nfeed:     ${out.feed}\ncalendar: ${out.calendar}\n`);
      });
    });

  cmd
    .command('remove')
    .description('unsubscribe an address (keeps its delivery history), or erase it with --delete')
    .argument('<email>', 'e-mail address')
    .option('--delete', 'delete the subscriber and its delivery history')
    .option('--json', 'print the result as JSON')
    .action(async (email: string, opts, c: Command) => {
      await withContext(c, async (ctx) => {
        const store = await ctx.store();
        const sub = await store.getSubscriberByEmail(email);
        if (!sub) throw new UserError(`no subscriber ${email}`);
        if (opts.delete) await store.deleteSubscriber(sub.id);
        else await store.updateSubscriber(sub.id, { status: 'unsubscribed', unsubscribedAt: new Date() });
        const result = { email: sub.email, id: sub.id, action: opts.delete ? 'deleted' : 'unsubscribed' };
        if (opts.json) printJson(result);
        else process.stdout.write(`${result.action} ${sub.email}\n`);
      });
    });
}
