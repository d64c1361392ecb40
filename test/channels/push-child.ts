/** Child process for the kill test: one weekly push run, one target at a time. */
import { openStore } from '../../db/index.ts';
import { runWeeklyPushes } from '../../newsletter/channels/deliver.ts';
import { loadWeek } from '../../newsletter/digest.ts';
import { parseWeek } from '../../newsletter/period.ts';

const o = JSON.parse(process.env.CHILD_OPTS ?? '{}') as { db: string; week: string; secret: string };
const store = await openStore(o.db);
const stats = await runWeeklyPushes({
  store,
  week: await loadWeek(store, parseWeek(o.week, 'Asia/Shanghai')),
  settings: { secret: o.secret, publicUrl: 'https://radar.test', from: 'Policy Radar <digest@radar.test>' },
  concurrency: 1,
  allowLoopbackHttp: true,
  retry: { tries: 1 },
  onEvent: (e) => process.stdout.write(`${JSON.stringify(e)}\n`),
});
process.stdout.write(`STATS ${JSON.stringify(stats)}\n`);
await store.close();
