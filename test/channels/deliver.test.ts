import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notice, Store } from '../../db/types.ts';
import { digestContent, type PushContent } from '../../newsletter/channels/content.ts';
import { pushInstant, pushToTarget } from '../../newsletter/channels/deliver.ts';
import { checkTargetUrl, TargetUrlError } from '../../newsletter/channels/sender.ts';
import { fallbackVocabulary } from '../../newsletter/taxonomy.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';
import { DING_SECRET, HOOK_SECRET, type Receiver, startReceiver, urls } from './receiver.ts';

function notices(k: number): Notice[] {
  const t = new Date('2026-11-24T02:00:00Z');
  return Array.from({ length: k }, (_, i) => ({
    id: i + 1,
    sourceId: 'gacc',
    url: `https://www.customs.gov.cn/customs/302249/302266/art${i}.html`,
    title: `海关总署公告2026年第${i + 1}号（关于进口${'水果检疫要求'.repeat(8)}的公告）`,
    docNumber: null,
    agency: '海关总署',
    language: 'zh',
    publishedAt: '2026-11-24',
    effectiveAt: null,
    firstSeenAt: t,
    lastSeenAt: t,
    lastChangedAt: t,
    status: 'active',
    versionCount: 1,
    contentHash: `h${i}`,
    topics: ['sps'],
    hsCodes: ['0805'],
    regions: ['CN'],
  }));
}

function content(key: string, k: number): PushContent {
  const items = notices(k).map((n) => ({ notice: n, kind: 'new' as const, change: null, score: 1, reasons: [] }));
  const c = digestContent({
    period: key,
    lang: 'zh',
    selection: { sections: [{ topic: 'sps', items }], general: [], newCount: k, changedCount: 0, totalMatched: k, ineligible: 0, closingSoon: [] },
    vocab: fallbackVocabulary,
    noticeUrl: (n) => `https://radar.example.org/notices/${n.id}`,
  });
  return c;
}

// the delivery log's claims and the pause are store code: both backends
describe.each(BACKENDS)('push delivery (%s)', (backend) => {
  let rx: Receiver;
  let store: Store;
  let cleanup: () => Promise<void>;
  let subId: number;
  const waits: number[] = [];
  const retry = { baseDelayMs: 10, sleep: async (ms: number) => void waits.push(ms) };

  beforeAll(async () => {
    rx = await startReceiver();
    ({ store, cleanup } = await freshStore(backend));
    subId = (await store.upsertSubscriber({ email: 'x@example.cn', status: 'confirmed' })).id;
  });
  afterAll(async () => {
    await rx.close();
    await cleanup();
  });

  it('retries 503, 429 (honouring Retry-After) and a dropped connection with exponential backoff, then delivers once', async () => {
    const t = await store.addChannelTarget({ subscriberId: subId, kind: 'wecom', url: urls(rx.base).wecom });
    rx.script('/cgi-bin/webhook/send', { status: 503 }, { status: 429, headers: { 'retry-after': '2' } }, 'drop');
    waits.length = 0;
    const before = rx.accepted.length;
    expect(await pushToTarget({ store, retry, allowLoopbackHttp: true }, t, content('2026-W48', 2))).toBe('sent');
    expect(waits).toEqual([10, 2000, 40]);
    expect(rx.accepted.length - before).toBe(1);
    // at most once: the same key again sends nothing
    expect(await pushToTarget({ store, retry, allowLoopbackHttp: true }, (await store.getChannelTarget(t.id))!, content('2026-W48', 2))).toBe('skipped');
    expect(rx.accepted.length - before).toBe(1);
    expect((await store.listChannelDeliveries({ targetId: t.id })).map((d) => [d.key, d.status, d.partsSent])).toEqual([['2026-W48', 'sent', 1]]);
  });

  it('a permanent platform error is not retried; after 3 failed pushes the target is paused with the reason', async () => {
    const t0 = await store.addChannelTarget({ subscriberId: subId, kind: 'dingtalk', url: urls(rx.base).dingtalk, secret: 'wrong-secret' });
    const hits = () => rx.hits.filter((h) => h.path === '/robot/send').length;
    const h0 = hits();
    for (const key of ['notice:1', 'notice:2', 'notice:3']) {
      const t = (await store.getChannelTarget(t0.id))!;
      expect(await pushToTarget({ store, retry, allowLoopbackHttp: true }, t, content(key, 1))).toBe('failed');
    }
    expect(hits() - h0).toBe(3);
    const t = (await store.getChannelTarget(t0.id))!;
    expect(t).toMatchObject({ status: 'paused', failures: 3 });
    expect(t.pauseReason).toMatch(/errcode 310000: sign not match/);
    expect(await pushToTarget({ store, retry, allowLoopbackHttp: true }, t, content('notice:4', 1))).toBe('skipped');
    expect(hits() - h0).toBe(3);
    // fixed and resumed: the failed pushes go out on the next run, once
    await store.updateChannelTarget(t.id, { secret: DING_SECRET, status: 'active', pauseReason: null, failures: 0 });
    const before = rx.accepted.length;
    expect(await pushToTarget({ store, retry, allowLoopbackHttp: true }, (await store.getChannelTarget(t.id))!, content('notice:1', 1))).toBe('sent');
    expect(rx.accepted.length - before).toBe(1);
    expect((await store.getChannelTarget(t.id))?.failures).toBe(0);
  });

  it('a push that fails after some parts resumes after them: no part twice, none lost', async () => {
    const t = await store.addChannelTarget({ subscriberId: subId, kind: 'wecom', url: urls(rx.base).wecom });
    const c = content('2026-W49', 60);
    const before = rx.accepted.length;
    // part 1 accepted, then part 2 fails permanently (HTTP 400)
    const realFetch = globalThis.fetch;
    let calls = 0;
    globalThis.fetch = (async (...a: Parameters<typeof fetch>) => {
      if (++calls === 2) rx.script('/cgi-bin/webhook/send', { status: 400, body: { errcode: 40035 } });
      return realFetch(...a);
    }) as typeof fetch;
    try {
      expect(await pushToTarget({ store, retry, allowLoopbackHttp: true }, t, c)).toBe('failed');
    } finally {
      globalThis.fetch = realFetch;
    }
    const d = (await store.listChannelDeliveries({ targetId: t.id }))[0];
    expect(d.partsSent).toBe(1);
    expect(d.parts).toBeGreaterThan(2);
    expect(await pushToTarget({ store, retry, allowLoopbackHttp: true }, (await store.getChannelTarget(t.id))!, c)).toBe('sent');
    const got = rx.accepted.slice(before).map((r) => (r.body.markdown.content as string).match(/\((\d+\/\d+)\)/)?.[1]);
    expect(got).toEqual(Array.from({ length: d.parts! }, (_, i) => `${i + 1}/${d.parts}`));
  });

  it('refuses non-https and internal target addresses unless loopback http is explicitly allowed', async () => {
    expect(checkTargetUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k')).toContain('qyapi');
    for (const bad of [
      'http://qyapi.weixin.qq.com/x',
      'https://127.0.0.1/x',
      'https://10.1.2.3/',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/',
      'https://[fd00::1]/',
      'https://[::ffff:192.168.1.1]/',
      'https://localhost/',
      'https://user:pw@example.com/',
      'ftp://example.com/',
      'not a url',
      'http://127.0.0.1:9/x',
    ])
      expect(() => checkTargetUrl(bad), bad).toThrow(TargetUrlError);
    expect(checkTargetUrl('http://127.0.0.1:9/x', { allowLoopbackHttp: true })).toBe('http://127.0.0.1:9/x');
    expect(() => checkTargetUrl('http://10.0.0.1/x', { allowLoopbackHttp: true })).toThrow(TargetUrlError);
    // a push to such a target fails with the reason, without any request
    const t = await store.addChannelTarget({ subscriberId: subId, kind: 'webhook', url: 'http://192.168.0.10/hook', secret: 's' });
    const n = rx.hits.length;
    expect(await pushToTarget({ store, retry }, t, content('2026-W48', 1))).toBe('failed');
    expect(rx.hits.length).toBe(n);
    expect((await store.listChannelDeliveries({ targetId: t.id }))[0].lastError).toMatch(/must be https/);
  });

  it("instant pushes: each matching notice once per target, narrowed to the target's topics", async () => {
    // the shared rule (taxonomy/relevance.ts): a topic alone admits only notices that name no goods; these name 0805
    const sub = await store.upsertSubscriber({ email: 'instant@example.cn', status: 'confirmed', interests: { topics: ['sps'], hs: ['0805'] } });
    const yes = await store.addChannelTarget({
      subscriberId: sub.id,
      kind: 'webhook',
      url: urls(rx.base).webhook,
      secret: HOOK_SECRET,
      schedule: 'instant',
      instantTopics: ['sps'],
    });
    await store.addChannelTarget({
      subscriberId: sub.id,
      kind: 'webhook',
      url: urls(rx.base).webhook,
      secret: HOOK_SECRET,
      schedule: 'instant',
      instantTopics: ['tariffs'],
    });
    const ns = notices(2);
    const settings = { secret: 'instant-secret-0123456789', publicUrl: 'https://radar.example.org', from: 'x@radar.example.org' };
    const before = rx.accepted.length;
    const s1 = await pushInstant({ store, retry, allowLoopbackHttp: true, notices: ns, settings, vocab: fallbackVocabulary });
    expect(s1).toMatchObject({ sent: 2, failed: 0 });
    const got = rx.accepted.slice(before);
    expect(got.map((g) => g.body.items[0].noticeId)).toEqual([1, 2]);
    expect(got.every((g) => g.body.key.startsWith('notice:'))).toBe(true);
    expect((await store.listChannelDeliveries({ targetId: yes.id })).map((d) => d.key)).toEqual(['notice:1:v1', 'notice:2:v1']);
    const s2 = await pushInstant({ store, retry, allowLoopbackHttp: true, notices: ns, settings, vocab: fallbackVocabulary });
    expect(s2).toMatchObject({ sent: 0, skipped: 2 });
    expect(rx.accepted.length - before).toBe(2);
  });
});
