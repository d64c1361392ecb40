/**
 * npm run bench:digest — 10,000 subscribers with varied interests over a week
 * of 500 notices (SQLite in a temp dir): digests built and rendered per
 * second, then sent per second to a local SMTP server (smtp-server in this
 * process) with full delivery bookkeeping. Target: >= 200 rendered/s.
 * Then the same week pushed to a WeCom-style robot (a local HTTP receiver in
 * this process), one target per sending subscriber, with the channels'
 * delivery bookkeeping: pushes/s next to mails/s.
 * Options: --subscribers N --notices N --send N (how many to send; default all) --pushes N (default: --send)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { SMTPServer } from 'smtp-server';
import { openStore } from '../db/index.ts';
import { runWeeklyPushes } from '../newsletter/channels/deliver.ts';
import { composeDigest, loadWeek } from '../newsletter/digest.ts';
import { createSmtpMailer } from '../newsletter/mailer.ts';
import { parseWeek } from '../newsletter/period.ts';
import { runDigest } from '../newsletter/send.ts';
import { loadVocabulary } from '../newsletter/taxonomy.ts';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}
const SUBS = arg('subscribers', 10_000);
const NOTICES = arg('notices', 500);
const SEND = arg('send', SUBS);
const PUSHES = arg('pushes', SEND);

// deterministic pseudo-random numbers so runs are comparable
let seed = 42;
const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(a: readonly T[], n: number): T[] => Array.from({ length: n }, () => a[Math.floor(rnd() * a.length)]).filter((x, i, s) => s.indexOf(x) === i);

const TOPICS = [
  'tariffs',
  'export-rebates',
  'credit-insurance',
  'trade-finance',
  'trade-remedies',
  'export-controls',
  'licensing-quotas',
  'customs-facilitation',
  'sps-tbt',
  'trade-agreements',
];
const HS = [
  '8541',
  '854140',
  '8504',
  '8507',
  '85',
  '84',
  '8471',
  '6109',
  '61',
  '62',
  '9403',
  '94',
  '3004',
  '2901',
  '29',
  '7208',
  '72',
  '8703',
  '87',
  '0306',
  '03',
  '3926',
  '39',
  '4011',
  '9018',
];
const REGIONS = ['US', 'EU', 'DE', 'FR', 'JP', 'KR', 'ASEAN', 'VN', 'TH', 'RU', 'BR', 'IN', 'GB', 'AU', 'CA', 'MX', 'SA', 'AE', 'CN'];
const SOURCES = ['mofcom', 'gacc', 'mof-gss', 'ustr', 'safe'];
const AGENCIES = ['商务部', '海关总署', '财政部', '国务院关税税则委员会', 'USTR', 'European Commission'];

const dir = mkdtempSync(join(tmpdir(), 'bench-digest-'));
const period = parseWeek('2026-W10', 'Asia/Shanghai');
const store = await openStore(join(dir, 'bench.db'));
const secret = 'bench-secret-0123456789';
const out = (s: string) => process.stdout.write(`${s}\n`);

try {
  let t = performance.now();
  const change = () => ({
    diff: [
      ['=', '税率'],
      ['-', '9%'],
      ['+', '13%'],
    ] as ['=' | '+' | '-', string][],
    summary: '',
  });
  for (let i = 0; i < NOTICES; i++) {
    const changed = i % 5 === 0;
    const o = {
      sourceId: pick(SOURCES, 1)[0],
      url: `https://example.gov.cn/n/${i}`,
      title: `${i % 2 ? '关于调整部分商品进出口关税及退税政策的公告' : 'Notice on adjustments to tariffs, quotas and export controls'} (${i}) <b>&</b>`,
      docNumber: i % 3 ? `2026年第${i}号` : null,
      agency: pick(AGENCIES, 1)[0],
      language: i % 2 ? 'zh' : 'en',
      publishedAt: period.firstDay,
      text: `text ${i}`,
      html: '<p>x</p>',
      topics: pick(TOPICS, 1 + Math.floor(rnd() * 2)),
      hsCodes: rnd() < 0.2 ? [] : pick(HS, 1 + Math.floor(rnd() * 3)),
      regions: pick(REGIONS, Math.floor(rnd() * 3)),
    };
    const at = new Date(period.from.getTime() + ((i * 7 * 86_400_000) / NOTICES) * 0.99);
    if (changed) {
      await store.saveObservation({ ...o, contentHash: `a${i}`, fetchedAt: new Date(period.from.getTime() - 5 * 86_400_000) }, change);
      await store.saveObservation({ ...o, contentHash: `b${i}`, fetchedAt: at }, change);
    } else await store.saveObservation({ ...o, contentHash: `a${i}`, fetchedAt: at }, change);
  }
  for (let i = 0; i < SUBS; i++) {
    await store.upsertSubscriber({
      email: `subscriber${i}@example.com`,
      language: i % 3 ? 'zh' : 'en',
      status: 'confirmed',
      sendEmpty: i % 4 === 0,
      interests: {
        hs: pick(HS, Math.floor(rnd() * 4)),
        topics: pick(TOPICS, Math.floor(rnd() * 3)),
        regions: pick(REGIONS, Math.floor(rnd() * 3)),
        sources: rnd() < 0.1 ? pick(SOURCES, 1) : [],
        keywords: rnd() < 0.1 ? ['quota'] : [],
      },
    });
  }
  out(`setup: ${NOTICES} notices, ${SUBS} subscribers in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // 1. build + render (selection, MJML layout fill, text part, tokens), no I/O per subscriber
  const vocab = await loadVocabulary();
  t = performance.now();
  const week = await loadWeek(store, period, vocab);
  const loadMs = performance.now() - t;
  const subs = await store.listSubscribers({ status: 'confirmed' });
  await composeDigest(week, subs[0], { secret, publicUrl: 'https://radar.example.org', from: 'x@y.z' }); // compiles the layouts once
  t = performance.now();
  let items = 0;
  let bytes = 0;
  let empty = 0;
  for (const s of subs) {
    const d = await composeDigest(week, s, { secret, publicUrl: 'https://radar.example.org', from: 'x@y.z' });
    items += d.rendered.count;
    bytes += d.rendered.html.length + d.rendered.text.length;
    if (d.empty) empty++;
  }
  const renderS = (performance.now() - t) / 1000;
  out(`week loaded and indexed in ${loadMs.toFixed(0)} ms (${week.prepared.items.length} notices)`);
  out(
    `rendered: ${subs.length} digests in ${renderS.toFixed(2)} s = ${(subs.length / renderS).toFixed(0)} digests/s (avg ${(items / subs.length).toFixed(1)} notices, ${(bytes / subs.length / 1024).toFixed(1)} KiB html+text, ${empty} empty)`,
  );

  // 2. full send run to a local SMTP server: claim → render → SMTP → record
  let received = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _s, cb) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received++;
        cb();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
  const port = (smtp.server.address() as { port: number }).port;
  const mailer = await createSmtpMailer(`smtp://127.0.0.1:${port}`, { maxConnections: 4, rateLimitPerSecond: 100_000, maxMessages: 1000 });
  if (SEND < SUBS) for (const s of subs.slice(SEND)) await store.updateSubscriber(s.id, { status: 'paused' });
  t = performance.now();
  const stats = await runDigest({
    store,
    mailer,
    period,
    secret,
    publicUrl: 'https://radar.example.org',
    from: 'Policy Radar <digest@radar.example.org>',
    concurrency: 8,
    vocab,
  });
  const sendS = (performance.now() - t) / 1000;
  await mailer.close();
  await new Promise<void>((r) => smtp.close(() => r()));
  out(
    `sent: ${stats.sent} mails (+${stats.empty} skipped as empty) in ${sendS.toFixed(2)} s = ${(stats.sent / sendS).toFixed(0)} mails/s to local SMTP (${received} received, ${stats.failed} failed)`,
  );

  // 3. weekly pushes to a local WeCom-style robot: claim → select → markdown parts → POST → record
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
  for (const s of subs.slice(0, Math.min(PUSHES, SEND))) await store.addChannelTarget({ subscriberId: s.id, kind: 'wecom', url: robotUrl });
  t = performance.now();
  const push = await runWeeklyPushes({
    store,
    week: await loadWeek(store, period, vocab),
    settings: { secret, publicUrl: 'https://radar.example.org', from: 'x@radar.example.org' },
    concurrency: 8,
    allowLoopbackHttp: true,
  });
  const pushS = (performance.now() - t) / 1000;
  await new Promise<void>((r) => robot.close(() => r()));
  out(
    `pushed: ${push.sent} weekly pushes (+${push.skipped} skipped as empty) in ${pushS.toFixed(2)} s = ${(push.sent / pushS).toFixed(0)} pushes/s, ${posts} WeCom messages (${(posts / Math.max(1, push.sent)).toFixed(1)} per push after splitting at 4096 bytes), ${push.failed} failed`,
  );
  out(`target >= 200 rendered/s: ${subs.length / renderS >= 200 ? 'met' : 'NOT met'}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
