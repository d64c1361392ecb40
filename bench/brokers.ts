/**
 * npm run bench:brokers — a broker with 2,000 clients (CSV generated here) over a
 * week of 300 notices (SQLite in a temp dir): CSV check, import and re-import
 * (updates) time, per-client digests written for forwarding per second with
 * delivery bookkeeping, policy sheets (HTML) per second, and PDFs per second
 * through Chromium (one launch) for the first --pdfs clients, and weekly pushes
 * of --pushes clients' selections to a local WeCom-style robot (pushes/s).
 * Options: --clients N --notices N --pdfs N --pushes N
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../db/index.ts';
import { parseClientsCsv } from '../newsletter/brokers/csv.ts';
import { runBrokerDigests, writePolicySheets } from '../newsletter/brokers/run.ts';
import { runWeeklyPushes } from '../newsletter/channels/deliver.ts';
import { loadWeek } from '../newsletter/digest.ts';
import { createOutboxMailer } from '../newsletter/mailer.ts';
import { parseWeek } from '../newsletter/period.ts';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}
const CLIENTS = arg('clients', 2000);
const NOTICES = arg('notices', 300);
const PDFS = arg('pdfs', 20);
const PUSHES = arg('pushes', 500);

let seed = 7;
const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const one = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
const HS = ['9405', '8541', '9403', '9401', '0306', '0303', '8507', '6109', '8471', '3926'];
const MARKETS = ['欧盟', '美国', '日本', '韩国', 'DE', 'ASEAN', 'GB'];
const PLACES = ['广东省 深圳市', '浙江省 宁波市', '山东省 青岛市', '江苏省 苏州市', '福建省 厦门市'];
const REGIONS = ['EU', 'US', 'JP', 'KR', 'DE', 'ASEAN', 'GB'];
const out = (s: string) => process.stdout.write(`${s}\n`);
const rate = (n: number, ms: number) => `${((n / ms) * 1000).toFixed(0)}/s`;

const dir = mkdtempSync(join(tmpdir(), 'bench-brokers-'));
const period = parseWeek('2026-W10', 'Asia/Shanghai');
const store = await openStore(join(dir, 'bench.db'));
try {
  const change = () => ({ diff: [['+', 'x']] as ['+', string][], summary: '' });
  for (let i = 0; i < NOTICES; i++) {
    const r = one(REGIONS);
    await store.saveObservation(
      {
        sourceId: 'mofcom',
        url: `https://example.gov.cn/b/${i}`,
        title: `关于调整部分商品出口管理措施的公告 (${i})`,
        agency: '商务部',
        language: 'zh',
        publishedAt: period.firstDay,
        text: `text ${i}`,
        html: '<p>x</p>',
        contentHash: `h${i}`,
        topics: [one(['tariffs', 'standards', 'trade-remedies', 'customs'])],
        hsCodes: [one(HS)],
        regions: [r],
        facts: { regionRoles: { [r]: 'market' }, local: null },
        fetchedAt: new Date(period.from.getTime() + Math.floor((i * 6 * 86_400_000) / NOTICES)),
      },
      change,
    );
  }
  const rows = ['客户名称,HS编码,市场,所在地,联系邮箱'];
  for (let i = 0; i < CLIENTS; i++) rows.push(`客户${i}有限公司,${one(HS)};${one(HS)},${one(MARKETS)}、${one(MARKETS)},${one(PLACES)},c${i}@example.cn`);
  const csv = new TextEncoder().encode(`${rows.join('\n')}\n`);
  const broker = await store.brokers.add({ name: '基准报关行', email: 'desk@bench.example.cn', tokenHash: 'b'.repeat(64) });

  let t = performance.now();
  const parsed = parseClientsCsv(csv);
  const tParse = performance.now() - t;
  if (parsed.errors.length) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  const clients = parsed.clients.map(({ line: _l, ...c }) => c);
  t = performance.now();
  await store.brokers.upsertClients(broker.id, clients);
  const tImport = performance.now() - t;
  t = performance.now();
  await store.brokers.upsertClients(broker.id, clients);
  const tReimport = performance.now() - t;
  out(
    `clients: ${CLIENTS}; CSV checked in ${tParse.toFixed(0)} ms (${rate(CLIENTS, tParse)}), imported in ${tImport.toFixed(0)} ms, re-imported (updates) in ${tReimport.toFixed(0)} ms`,
  );

  const week = await loadWeek(store, period);
  const mailer = await createOutboxMailer(join(dir, 'direct'));
  const settings = { secret: 'bench-secret-0123456789', publicUrl: 'https://radar.example.org', from: 'Policy Radar <d@example.org>' };
  t = performance.now();
  const stats = await runBrokerDigests({ ...settings, store, broker, period, week, outDir: join(dir, 'out'), mailer, record: true });
  const tDigest = performance.now() - t;
  out(
    `digests: ${stats.written} written for forwarding, ${stats.empty} empty, in ${tDigest.toFixed(0)} ms (${rate(stats.clients, tDigest)} clients, with claims)`,
  );

  // weekly pushes of clients' selections (headed with the broker's name) to a local robot:
  // claim → select → markdown parts → POST → record, as the subscribers' pushes
  let posts = 0;
  const robot = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      posts++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((r) => robot.listen(0, '127.0.0.1', () => r()));
  const robotUrl = `http://127.0.0.1:${(robot.address() as { port: number }).port}/cgi-bin/webhook/send?key=bench`;
  for (const c of (await store.brokers.listClients(broker.id)).slice(0, PUSHES))
    await store.addChannelTarget({ brokerClientId: c.id, kind: 'wecom', url: robotUrl });
  t = performance.now();
  const push = await runWeeklyPushes({ store, week, settings, concurrency: 8, allowLoopbackHttp: true });
  const tPush = performance.now() - t;
  await new Promise<void>((r) => robot.close(() => r()));
  out(
    `pushes: ${push.sent} clients' weekly pushes (+${push.skipped} skipped as empty) in ${tPush.toFixed(0)} ms (${rate(push.sent, tPush)}), ${posts} WeCom messages, ${push.failed} failed`,
  );

  t = performance.now();
  const sheets = await writePolicySheets({ store, broker, week, outDir: join(dir, 'sheets'), publicUrl: settings.publicUrl });
  const tSheets = performance.now() - t;
  out(`sheets: ${sheets.length} HTML in ${tSheets.toFixed(0)} ms (${rate(sheets.length, tSheets)})`);

  if (PDFS > 0 && existsSync('/usr/bin/chromium')) {
    const some = (await store.brokers.listClients(broker.id)).slice(0, PDFS);
    t = performance.now();
    for (const c of some.slice(0, 1))
      await writePolicySheets({
        store,
        broker,
        week,
        outDir: join(dir, 'pdf1'),
        publicUrl: settings.publicUrl,
        clientId: c.id,
        pdf: { executablePath: '/usr/bin/chromium' },
      });
    const tFirst = performance.now() - t;
    // one launch for many: a broker of PDFS clients
    const small = await store.brokers.add({ name: 'PDF bench', email: 'p@bench.example.cn', tokenHash: 'p'.repeat(64) });
    await store.brokers.upsertClients(small.id, clients.slice(0, PDFS));
    t = performance.now();
    const n = (
      await writePolicySheets({
        store,
        broker: small,
        week,
        outDir: join(dir, 'pdfs'),
        publicUrl: settings.publicUrl,
        pdf: { executablePath: '/usr/bin/chromium' },
      })
    ).length;
    const tPdf = performance.now() - t;
    out(`pdf: first sheet (Chromium launch included) ${tFirst.toFixed(0)} ms; ${n} sheets in one launch ${tPdf.toFixed(0)} ms (${rate(n, tPdf)})`);
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
