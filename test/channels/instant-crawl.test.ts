import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/index.ts';
import { noticeTitle } from '../crawler/fixtures/engine-site.ts';
import { engineSite } from '../crawler/fixtures/engine-site.ts';
import { runCli } from '../helpers/cli.ts';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';
import { tempDir } from '../helpers/stores.ts';
import { HOOK_SECRET, type Receiver, startReceiver, urls } from './receiver.ts';

/**
 * `policy-radar crawl` pushes what it just stored to instant targets: a first
 * crawl's archive (old notices) is not pushed; a new notice and a new version
 * of a known one are, once each; a target following other topics gets nothing.
 */
const env = { POLICY_RADAR_SECRET: 'instant-crawl-secret-0123456789', SMTP_URL: '', POLICY_RADAR_ALLOW_LOOPBACK_HTTP: '1' };

describe('instant pushes after a crawl', () => {
  let rx: Receiver;
  let rep: Replicas;
  let dir: string;
  let db: string;
  // notices 1..9 in week1; week2 adds 0 (出口退税) and edits 3 (原产地证书); the site's dates are in 2024
  const es = engineSite({ id: 'instant-ministry', notices: 9, perPage: 5 });
  const config = (extra: object) => {
    const p = join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(
      p,
      JSON.stringify({
        crawler: { delayMs: 0, retries: 0 },
        sources: [es.source],
        sourceOverrides: { [es.source.id]: { baseUrl: rep.baseUrl(es.source.id) } },
        ...extra,
      }),
    );
    return p;
  };
  const crawl = (cfg: string) => runCli(['--db', db, '--config', cfg, 'crawl', '--source', es.source.id, '--json'], { env });

  beforeAll(async () => {
    rx = await startReceiver();
    rep = await startReplicas([es.site]);
    dir = tempDir();
    db = join(dir, 'radar.db');
    const store = await openStore(db);
    const sub = await store.upsertSubscriber({ email: 'ops@example.cn', status: 'confirmed', interests: { keywords: ['出口退税', '原产地证书'] } });
    await store.addChannelTarget({
      subscriberId: sub.id,
      kind: 'webhook',
      url: urls(rx.base).webhook,
      secret: HOOK_SECRET,
      schedule: 'instant',
      instantTopics: [],
    });
    // an instant target narrowed to a topic none of these notices has
    await store.addChannelTarget({
      subscriberId: sub.id,
      kind: 'webhook',
      url: `${urls(rx.base).webhook}?narrow=1`,
      secret: HOOK_SECRET,
      schedule: 'instant',
      instantTopics: ['trade-remedies'],
    });
    // a weekly target never gets instant pushes
    await store.addChannelTarget({
      subscriberId: sub.id,
      kind: 'webhook',
      url: `${urls(rx.base).webhook}?weekly=1`,
      secret: HOOK_SECRET,
      schedule: 'weekly',
      instantTopics: [],
    });
    await store.close();
  });
  afterAll(async () => {
    await rx?.close();
    await rep?.close();
  });

  it('pushes the new and the changed notice once, never the backfill of a first crawl', async () => {
    const first = await crawl(config({}));
    expect(first.code, first.stderr).toBe(0);
    const s1 = JSON.parse(first.stdout);
    expect(s1.totals.newCount).toBe(9);
    expect(s1.sources[0].savedIds).toHaveLength(9);
    // every notice is from 2024: older than the 7-day default, so nothing is pushed
    expect(s1.pushes).toBeNull();
    expect(rx.hits).toHaveLength(0);

    rep.setState('week2');
    // a long window, so the site's 2024 dates count as recent (the edit is pushed whatever its age)
    const cfg = config({ channels: { instantMaxAgeDays: 100_000 } });
    const second = await crawl(cfg);
    expect(second.code, second.stderr).toBe(0);
    const s2 = JSON.parse(second.stdout);
    expect(s2.totals).toMatchObject({ newCount: 1, changedCount: 1 });
    expect(s2.pushes).toMatchObject({ targets: 2, sent: 2, failed: 0 });
    expect(rx.accepted.map((r) => r.body.items[0].title).sort()).toEqual([noticeTitle(0), noticeTitle(3)].sort());
    // only the target that follows any topic; signed and verified by the receiver
    expect(rx.hits.map((h) => h.query.toString())).toEqual(['', '']);

    const plain = await runCli(['--db', db, '--config', cfg, 'crawl', '--source', es.source.id], { env });
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).not.toContain('instant pushes:');
    expect(rx.accepted).toHaveLength(2);
  }, 120_000);
});
