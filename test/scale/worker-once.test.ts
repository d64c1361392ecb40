/**
 * `policy-radar worker` processes on one PostgreSQL (embedded), where nothing
 * depends on timing (the kills and job timeouts are in ./workers.test.ts):
 * - the weekly digest, split into parts, is sent by two workers exactly once
 *   per subscriber through a real SMTP server, and each broker client's digest
 *   once (sent direct, or written to forward);
 * - `worker --once --source` queues, crawls and exits; bad flags are refused.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueue, enqueueDigest } from '../../crawler/queue.ts';
import { openStore } from '../../db/index.ts';
import { hashBrokerToken, newBrokerToken } from '../../newsletter/brokers/token.ts';
import { parseWeek } from '../../newsletter/period.ts';
import { runCli } from '../helpers/cli.ts';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { freshPgUrl } from '../helpers/stores.ts';
import { SECRET, seedWeek, startSmtp } from '../newsletter/helpers.ts';
import { replicaOverrides, replicaSites } from '../replicas/index.ts';
import { startWorker } from './helpers.ts';

/** the sources `--once --source` crawls */
const SITES = replicaSites.filter((s) => s.id === 'mof-gss' || s.id === 'ustr-press');

let dir: string;
let replicas: Replicas;
let configPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pr-scale-'));
  replicas = await startReplicas(SITES, { state: 'week1' });
  configPath = join(dir, 'config.json');
  writeFileSync(configPath, JSON.stringify({ crawler: { timeoutMs: 10_000, retries: 1 }, sourceOverrides: replicaOverrides(replicas, { delayMs: 0 }) }));
});

afterAll(async () => {
  await replicas?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('digest shared by two workers', () => {
  it('sends exactly one mail per subscriber', async () => {
    const url = await freshPgUrl();
    const store = await openStore(url);
    const smtp = await startSmtp({ delayMs: 30 });
    try {
      const period = parseWeek('2026-W10', 'Asia/Shanghai');
      await seedWeek(store, period);
      const emails = Array.from({ length: 16 }, (_, i) => `buyer${i}@example.com`);
      for (const [i, email] of emails.entries()) {
        await store.upsertSubscriber({ email, status: 'confirmed', sendEmpty: true, language: i % 2 ? 'en' : 'zh', interests: { topics: ['tariffs'] } });
      }
      await store.upsertSubscriber({ email: 'left@example.com', status: 'unsubscribed' });
      // a broker's clients: one sent its digest directly, one written for the broker to forward
      const broker = await store.brokers.add({ name: '深圳通关报关行', email: 'desk@sz-broker.example.cn', tokenHash: hashBrokerToken(newBrokerToken()) });
      const client = (name: string, contactEmail: string | null) => ({
        name,
        profile: { hs: ['8541'], regions: [], topics: [], sources: [], keywords: [] },
        contactEmail,
        sendDirect: contactEmail != null,
        language: 'zh' as const,
      });
      await store.brokers.upsertClients(broker.id, [client('直发客户', 'direct@client.example.cn'), client('转发客户', null)]);
      const outbox = join(dir, 'digest-outbox');
      const cfgPath = join(dir, 'digest-config.json');
      writeFileSync(
        cfgPath,
        JSON.stringify({
          secret: SECRET,
          timezone: 'Asia/Shanghai',
          publicUrl: 'https://radar.example.org',
          smtp: { url: smtp.url, from: 'Radar <radar@example.org>' },
          digest: { outbox },
        }),
      );
      const q = await createQueue(url, { jobTimeoutSeconds: 30 });
      try {
        expect(await enqueueDigest(q, period.id, 4)).toBe(4);
      } finally {
        await q.close();
      }
      const args = ['--db', url, '--config', cfgPath, 'worker', '--once', '--no-schedule', '--poll', '200', '--concurrency', '2'];
      const workers = [startWorker(args), startWorker(args)];
      const exits = await Promise.all(workers.map((w) => w.exit));
      for (const [i, e] of exits.entries()) expect({ code: e.code, stderr: workers[i].stderr.slice(-1500) }).toMatchObject({ code: 0 });

      const to = smtp.messages.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)!.value[0].address).sort();
      expect(to).toEqual([...emails, 'direct@client.example.cn'].sort());
      // each broker client once, whichever part and worker claimed it
      const brokerDeliveries = await store.brokers.listDeliveries(broker.id, { period: period.id });
      expect(brokerDeliveries.map((d) => d.status).sort()).toEqual(['sent', 'sent']);
      const forwarded = readdirSync(join(outbox, 'brokers', String(broker.id), period.id)).filter((f) => f.endsWith('.eml'));
      expect(forwarded).toHaveLength(1);
      expect(forwarded[0]).toContain('转发客户');
      const deliveries = await store.listDeliveries({ period: period.id });
      expect(deliveries).toHaveLength(emails.length);
      expect(deliveries.every((d) => d.status === 'sent' && d.attempts === 1)).toBe(true);
      // four parts ran, and their "sent" counts add up to one per subscriber
      const done = workers.flatMap((w) => w.logs).filter((l) => l.msg === 'job done' && l.queue === 'send-digest');
      expect(done).toHaveLength(4);
    } finally {
      await smtp.close();
      await store.close();
    }
  }, 60_000);
});

describe('worker command', () => {
  it('refuses SQLite with a clear message', async () => {
    const r = await runCli(['--db', join(dir, 'x.db'), 'worker', '--once'], { env: { DATABASE_URL: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('worker needs PostgreSQL: set DATABASE_URL=postgres://');
  });

  it('rejects bad numbers', async () => {
    const r = await runCli(['--db', 'postgres://x@127.0.0.1:1/x', 'worker', '--concurrency', '0'], { env: { DATABASE_URL: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--concurrency must be an integer from 1 to 64');
  });

  it('--once --source queues the sources itself, crawls them and exits', async () => {
    const url = await freshPgUrl();
    const r = await runCli(['--db', url, '--config', configPath, 'worker', '--once', '--source', 'mof-gss', 'ustr-press', '--poll', '200', '--json'], {
      env: { DATABASE_URL: '' },
    });
    expect({ code: r.code, stderr: r.stderr.slice(-1500) }).toMatchObject({ code: 0 });
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ crawls: 2, failed: 0 });
    const store = await openStore(url);
    try {
      const sources = (await store.listSources()).filter((s) => s.lastRunAt).map((s) => s.id);
      expect(sources.sort()).toEqual(['mof-gss', 'ustr-press']);
      expect(await store.countNotices()).toBe(summary.newCount);
    } finally {
      await store.close();
    }
  }, 60_000);
});
