import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store, Subscriber } from '../../db/types.ts';
import { signToken } from '../../newsletter/tokens.ts';
import { createServer, listen } from '../../server/index.ts';
import { subscriptionRoutes } from '../../server/subscribe/routes.ts';
import { type Receiver, startReceiver, urls } from '../channels/receiver.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';
import { freePort, SECRET } from '../newsletter/helpers.ts';

/** A subscriber sets up push targets on the manage page, as with `channels add|remove|resume`. */
describe.each(BACKENDS)('push targets on the manage page (%s)', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let server: Server;
  let base: string;
  let rx: Receiver;
  let me: Subscriber;
  let other: Subscriber;

  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
    rx = await startReceiver();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    ({ server } = await createServer(store, { publicUrl: base, secret: SECRET, plugins: [subscriptionRoutes({ allowLoopbackHttp: true })] }));
    await listen(server, port);
    me = await store.upsertSubscriber({ email: 'me@example.cn', language: 'zh', status: 'confirmed', interests: { hs: ['85'] } });
    other = await store.upsertSubscriber({ email: 'other@example.cn', language: 'zh', status: 'confirmed', interests: { hs: ['85'] } });
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await rx?.close();
    await cleanup?.();
  });

  const token = (s: Subscriber) => signToken(SECRET, 'manage', s);
  const post = (s: Subscriber, fields: Record<string, string>) =>
    fetch(`${base}/subscriptions/manage?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: token(s), ...fields }).toString(),
    });

  it('adds a DingTalk robot and an instant webhook, refusing bad input with the reason and storing nothing for it', async () => {
    const page = await (await fetch(`${base}/subscriptions/manage?token=${token(me)}&lang=en`)).text();
    expect(page).toContain('Chat-group bots and webhooks');
    expect(page).toContain('No push targets yet.');

    const bad = [
      [{ kind: 'wecom', url: 'http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' }, /url: a target URL must be https/],
      [{ kind: 'webhook', url: 'https://erp.example.com/hook' }, /secret: is required for a webhook/],
      [{ kind: 'wecom', url: 'https://10.0.0.1/hook' }, /url: /],
      [{ kind: 'telegram', url: 'https://t.example/x' }, /kind: must be one of/],
      [
        { kind: 'webhook', url: 'https://erp.example.com/h', secret: 'webhook-secret-1', schedule: 'instant', channelTopics: 'no-such-topic' },
        /topics: unknown topic/,
      ],
    ] as const;
    for (const [fields, msg] of bad) {
      const r = await post(me, { action: 'channel-add', ...fields });
      expect(r.status, JSON.stringify(fields)).toBe(400);
      expect(await r.text()).toMatch(msg);
    }
    expect(await store.listChannelTargets({ subscriberId: me.id })).toEqual([]);

    const ding = await post(me, {
      action: 'channel-add',
      kind: 'dingtalk',
      url: urls(rx.base).dingtalk,
      secret: 'SEC0123456789abcdef-ding',
      label: '外贸部群',
    });
    expect(ding.status).toBe(200);
    expect(await ding.text()).toContain('Push target added.');
    const hook = await post(me, {
      action: 'channel-add',
      kind: 'webhook',
      url: urls(rx.base).webhook,
      secret: 'webhook-secret-3c3c',
      schedule: 'instant',
      channelTopics: 'export-controls, tariffs',
    });
    const html = await hook.text();
    expect(html).toContain('外贸部群');
    expect(html).toMatch(/instant \(export-controls, tariffs\)/);
    // the URL's key or token is never shown back, nor the secret
    expect(html).not.toContain('access_token=');
    expect(html).not.toContain('webhook-secret-3c3c');
    const ts = await store.listChannelTargets({ subscriberId: me.id });
    expect(ts.map((t) => [t.kind, t.schedule, t.instantTopics])).toEqual([
      ['dingtalk', 'weekly', []],
      ['webhook', 'instant', ['export-controls', 'tariffs']],
    ]);
  });

  it('shows why a target was paused and resumes it; never touches another subscriber’s target', async () => {
    const [ding] = await store.listChannelTargets({ subscriberId: me.id });
    await store.updateChannelTarget(ding.id, { status: 'paused', pauseReason: 'DingTalk 310000: sign not match', failures: 3 });
    const page = await (await fetch(`${base}/subscriptions/manage?token=${token(me)}&lang=en`)).text();
    expect(page).toContain('paused: DingTalk 310000: sign not match');
    expect(page).toContain('Resume');

    const theirs = await store.addChannelTarget({ subscriberId: other.id, kind: 'wecom', url: urls(rx.base).wecom });
    for (const action of ['channel-remove', 'channel-resume']) {
      const r = await post(me, { action, target: String(theirs.id) });
      expect(r.status).toBe(400);
      expect(await r.text()).toContain('no such push target');
    }
    expect(await store.getChannelTarget(theirs.id)).not.toBeNull();

    const resumed = await post(me, { action: 'channel-resume', target: String(ding.id) });
    expect(await resumed.text()).toContain('Pushes resumed.');
    expect(await store.getChannelTarget(ding.id)).toMatchObject({ status: 'active', pauseReason: null, failures: 0 });

    const removed = await post(me, { action: 'channel-remove', target: String(ding.id) });
    expect(await removed.text()).toContain('Push target removed.');
    expect(await store.getChannelTarget(ding.id)).toBeNull();
    // a GET never changes anything, and a forged token acts for nobody
    const forged = await fetch(`${base}/subscriptions/manage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: 'manage.1.x.AAAA', action: 'channel-remove', target: String(theirs.id) }).toString(),
    });
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(await store.getChannelTarget(theirs.id)).not.toBeNull();
  });
});
