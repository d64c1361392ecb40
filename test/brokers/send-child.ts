/** Child process for the broker kill test: one run of a broker's client digests, one message at a time. */
import { openStore } from '../../db/index.ts';
import { runBrokerDigests } from '../../newsletter/brokers/run.ts';
import { createSmtpMailer } from '../../newsletter/mailer.ts';
import { parseWeek } from '../../newsletter/period.ts';

const o = JSON.parse(process.env.CHILD_OPTS ?? '{}') as { db: string; smtp: string; week: string; secret: string; brokerId: number; outDir: string };
const store = await openStore(o.db);
const broker = (await store.brokers.get(o.brokerId))!;
const mailer = await createSmtpMailer(o.smtp, { maxConnections: 1, rateLimitPerSecond: 1000 });
const stats = await runBrokerDigests({
  store,
  broker,
  mailer,
  period: parseWeek(o.week, 'Asia/Shanghai'),
  outDir: o.outDir,
  secret: o.secret,
  publicUrl: 'https://radar.test',
  from: 'Policy Radar <digest@radar.test>',
});
process.stdout.write(`STATS ${JSON.stringify(stats)}\n`);
await mailer.close();
await store.close();
