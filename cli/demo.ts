import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Server } from 'node:http';
import { openStore } from '../db/index.ts';
import type { Interests, Store } from '../db/types.ts';
import { crawlOptionsFrom } from './commands/crawl.ts';
import { loadConfig } from './config.ts';
import { DEFAULT_HOST, DEFAULT_TIMEZONE } from '../taxonomy/defaults.ts';
import { fromAddress, sendWeeklyDigest, webPlugins } from './services.ts';
import type { DemoBrokerResult } from './demo-brokers.ts';

/**
 * `policy-radar demo`: the whole pipeline on this machine. The real built-in
 * source definitions are pointed at local replicas of the sites (the same
 * replicas the tests crawl), crawled for "this week" and "next week", three
 * sample subscribers get their digests in the outbox, and the archive is served.
 */

export interface DemoOptions {
  dir: string;
  db?: string;
  configFile?: string;
  port: number;
  serve: boolean;
  quiet?: boolean;
  subscribers: { email: string; language: 'zh' | 'en'; interests: Interests; note: string }[];
}

export interface DemoResult {
  database: string;
  outbox: string;
  sources: { id: string; notices: number; status: string; health: string }[];
  notices: number;
  changed: number;
  removed: number;
  digests: { email: string; file: string | null }[];
  noticeWithDiff: number | null;
  url: string | null;
  /** a customs broker with three clients: their digests and policy sheets */
  broker: DemoBrokerResult;
}

export async function runDemo(o: DemoOptions): Promise<DemoResult> {
  const say = (s: string) => {
    if (!o.quiet) process.stdout.write(s);
  };
  const dir = resolve(o.dir);
  if (!o.db) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dbUrl = o.db ?? join(dir, 'policy-radar.db');
  const outbox = join(dir, 'outbox');
  const { config: userConfig } = loadConfig(o.configFile);

  const { startReplicas } = await import('../test/helpers/replica-server.ts');
  const { demoReplicaSites, replicaOverrides } = await import('../test/replicas/index.ts');
  const replicaSites = demoReplicaSites();
  const { loadSources, selectSources } = await import('../crawler/registry.ts');
  const { crawlSources } = await import('../crawler/run.ts');

  say('Policy Radar demo: everything runs on this machine; nothing touches the internet.\n\n');
  say(`[1/5] Starting replicas of ${replicaSites.length} government sites on 127.0.0.1 (real source definitions, base URLs overridden)\n`);
  const replicas = await startReplicas(replicaSites, { state: 'week1' });
  let store: Store | undefined;
  let server: Server | undefined;
  try {
    // only the built-in sources, each pointed at its replica; custom sources from a config would reach the internet
    const config = {
      ...userConfig,
      secret: userConfig.secret ?? randomBytes(24).toString('base64url'),
      timezone: userConfig.timezone ?? DEFAULT_TIMEZONE,
      sourceOverrides: replicaOverrides(replicas, { delayMs: 0 }),
      sources: [],
      digest: { ...userConfig.digest, outbox },
      smtp: undefined,
    };
    const sources = selectSources(loadSources({ config }));
    store = await openStore(dbUrl);

    let publicUrl = `http://127.0.0.1:${o.port}`;
    if (o.serve) {
      const { createServer, listen } = await import('../server/index.ts');
      const plugins = await webPlugins(config, publicUrl);
      ({ server } = await createServer(store, { publicUrl, secret: config.secret, plugins }));
      try {
        publicUrl = (await listen(server, o.port, DEFAULT_HOST)).url;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE')
          throw Object.assign(new Error(`port ${o.port} is in use: run the demo with --port 0 (any free port) or another port`), { userFacing: true });
        throw e;
      }
    }

    const crawl = async (label: string) => {
      const summary = await crawlSources(store!, sources, { ...crawlOptionsFrom(config), delayMs: 0 }, (e) => {
        if (e.type === 'done') {
          const r = e.result;
          say(
            `      ${r.sourceId.padEnd(22)} ${String(r.newCount).padStart(3)} new ${String(r.changedCount).padStart(3)} changed ${String(r.removedCount).padStart(2)} removed  ${(r.durationMs / 1000).toFixed(1).padStart(5)} s  ${r.health}${r.alarms.length ? ` (${r.alarms.join('; ')})` : ''}\n`,
          );
        } else if (e.type === 'error') say(`      ${e.sourceId.padEnd(22)} error: ${e.error}\n`);
      });
      const t = summary.totals;
      say(
        `      ${label}: ${t.newCount} new, ${t.changedCount} changed, ${t.removedCount} removed, ${t.pages} pages in ${(summary.durationMs / 1000).toFixed(1)} s\n\n`,
      );
      return summary;
    };
    say('[2/5] Crawling this week\n');
    const first = await crawl('week 1');
    say('[3/5] Next week: the sites publish new notices, amend some and remove others; crawling again\n');
    replicas.setState('week2');
    const second = await crawl('week 2');

    say('[4/5] Three sample subscribers; writing their weekly digests to the outbox\n');
    for (const s of o.subscribers) {
      await store.upsertSubscriber({ email: s.email, language: s.language, interests: s.interests, status: 'confirmed', sendEmpty: true });
      say(`      ${s.email.padEnd(28)} ${s.note}\n`);
    }
    const digest = await sendWeeklyDigest(store, config, { at: new Date(), publicUrl, outbox, week: 'current' });
    const written = digest.outbox && existsSync(digest.outbox) ? readdirSync(digest.outbox) : [];
    const digests = o.subscribers.map((s) => {
      const name = written.find((f) => f.endsWith(`-${s.email}.html`));
      return { email: s.email, file: name && digest.outbox ? join(digest.outbox, name) : null };
    });
    say(`      ${digest.period.id}: ${digest.stats.sent} digests written to ${relative(process.cwd(), digest.outbox ?? outbox) || '.'}\n\n`);
    say('      A customs broker imports three clients from a spreadsheet; their digests and policy sheets (HTML + PDF):\n');
    const { runDemoBroker } = await import('./demo-brokers.ts');
    const chromiumPath = userConfig.crawler?.chromiumPath ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null);
    const broker = await runDemoBroker(store, {
      dir,
      period: digest.period,
      settings: { secret: config.secret, publicUrl, from: fromAddress(config), maxItems: config.digest?.maxItems },
      chromiumPath,
      say,
    });
    say(
      `      ${broker.digests.length} client digests and ${broker.sheets.length} policy sheets in ${relative(process.cwd(), join(dir, 'brokers')) || '.'}\n\n`,
    );

    const all = await store.search({ limit: 1000, sort: 'changed', status: 'all' });
    const changedNotice = all.hits.find((h) => h.notice.versionCount > 1)?.notice ?? null;
    const bySource = new Map<string, number>();
    for (const r of await store.listSources()) bySource.set(r.id, r.noticeCount ?? 0);
    const result: DemoResult = {
      database: dbUrl,
      outbox: digest.outbox ?? outbox,
      sources: second.sources.map((r) => ({ id: r.sourceId, notices: bySource.get(r.sourceId) ?? 0, status: r.status, health: r.health })),
      notices: all.total,
      changed: all.hits.filter((h) => h.notice.versionCount > 1).length,
      removed: all.hits.filter((h) => h.notice.status === 'removed').length,
      digests,
      noticeWithDiff: changedNotice?.id ?? null,
      url: server ? publicUrl : null,
      broker,
    };
    void first;
    if (!existsSync('/usr/bin/chromium') && !userConfig.crawler?.chromiumPath) {
      say(
        'Note: Chromium is not installed, so the GACC source (it needs a real browser) was recorded as blocked.\n      Install it with: sudo apt-get install -y chromium\n\n',
      );
    }

    if (!server) {
      say(`[5/5] Done: ${result.notices} notices (${result.changed} with several versions, ${result.removed} removed) in ${relative(process.cwd(), dbUrl)}\n`);
      say(`      Digests: ${relative(process.cwd(), result.outbox)}/*.html (open one in a browser)\n`);
      say(`      Broker:  ${relative(process.cwd(), join(dir, 'brokers'))}/ (client digests, sheets/*.pdf)\n`);
      say(`      Serve it: npx policy-radar --db ${relative(process.cwd(), dbUrl)} serve\n`);
      return result;
    }

    const { operatorKey } = await import('../newsletter/tokens.ts');
    const diffUrl = changedNotice ? `${publicUrl}/notices/${changedNotice.id}?from=1&to=${changedNotice.versionCount}` : `${publicUrl}/`;
    say(`[5/5] Serving the archive at ${publicUrl}/  (Ctrl-C to stop)\n\n`);
    say(`      Search:          ${publicUrl}/?q=${encodeURIComponent('关税 OR tariff')}\n`);
    say(`      Notice + diff:   ${diffUrl}\n`);
    say(`      Source health:   ${publicUrl}/sources\n`);
    say(`      Subscribe page:  ${publicUrl}/subscribe\n`);
    say(
      `      Digest preview:  ${publicUrl}/digest/preview?email=${encodeURIComponent(o.subscribers[0].email)}&week=${digest.period.id}  (user: operator, password: ${operatorKey(config.secret)})\n`,
    );
    say(`      Digest files:    ${relative(process.cwd(), result.outbox)}/\n`);
    say(`      API:             ${publicUrl}/api/notices?q=${encodeURIComponent('出口退税')}   (OpenAPI: ${publicUrl}/api/openapi.json)\n`);
    say(`      Extension:       npm run ext:build, then chrome://extensions → Developer mode → Load unpacked →\n`);
    say(`                       ${resolve('extension/.output/chrome-mv3')} ; set its server URL to ${publicUrl} in Options\n\n`);
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        done();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return result;
  } finally {
    if (server) {
      const s = server;
      await new Promise<void>((r) => {
        s.close(() => r());
        s.closeAllConnections();
      });
    }
    await store?.close();
    await replicas.close();
  }
}
