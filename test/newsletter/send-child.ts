/** Child process for the kill-and-resume test: one digest run, one message at a time. */
import { openStore } from '../../db/index.ts';
import { createSmtpMailer } from '../../newsletter/mailer.ts';
import { parseWeek } from '../../newsletter/period.ts';
import { runDigest } from '../../newsletter/send.ts';

const o = JSON.parse(process.env.CHILD_OPTS ?? '{}') as { db: string; smtp: string; week: string; secret: string; staleAfterMs?: number };
const store = await openStore(o.db);
const mailer = await createSmtpMailer(o.smtp, { maxConnections: 1, rateLimitPerSecond: 1000 });
const stats = await runDigest({
  store,
  mailer,
  period: parseWeek(o.week, 'Asia/Shanghai'),
  secret: o.secret,
  publicUrl: 'https://radar.test',
  from: 'Policy Radar <digest@radar.test>',
  concurrency: 1,
  staleAfterMs: o.staleAfterMs,
  onEvent: (e) => process.stdout.write(`${JSON.stringify(e)}\n`),
});
process.stdout.write(`STATS ${JSON.stringify(stats)}\n`);
await mailer.close();
await store.close();
