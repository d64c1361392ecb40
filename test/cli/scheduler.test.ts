import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueSources, nextCronTime, parseCron, previousCronTime, Scheduler } from '../../cli/scheduler.ts';
import type { Store } from '../../db/types.ts';
import { freshStore } from '../helpers/stores.ts';

describe('schedule arithmetic', () => {
  it('finds due sources by their own interval', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const last = new Map<string, Date | null>([
      ['a', new Date('2026-11-23T09:30:00Z')],
      ['b', new Date('2026-11-23T03:00:00Z')],
      ['c', null],
    ]);
    const sources = [
      { id: 'a', enabled: true, schedule: { intervalMinutes: 60 } },
      { id: 'b', enabled: true },
      { id: 'c', enabled: true },
      { id: 'd', enabled: false },
    ];
    expect(dueSources(sources, last, now)).toEqual(['b', 'c']);
  });

  it('computes cron times in the configured timezone', () => {
    // Monday 08:00 in Shanghai is 00:00 UTC
    const after = new Date('2026-11-18T12:00:00Z');
    expect(nextCronTime('0 8 * * 1', 'Asia/Shanghai', after).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(previousCronTime('0 8 * * 1', 'Asia/Shanghai', after).toISOString()).toBe('2026-11-16T00:00:00.000Z');
    expect(() => parseCron('every monday', 'UTC')).toThrowError(/digest.cron: "every monday" is not a valid cron expression/);
  });
});

describe('scheduler on a fake clock', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore('sqlite'));
    for (const id of ['fast', 'slow']) await store.upsertSource({ id, name: id, baseUrl: `https://${id}.test` });
  });
  afterAll(() => cleanup());

  it('crawls each source on its interval, never twice at once, and sends the digest at its time', async () => {
    let now = new Date('2026-11-22T23:00:00Z'); // Sunday 07:00 Shanghai
    const crawls: string[] = [];
    const digests: string[] = [];
    const gates = new Map<string, () => void>();
    const s = new Scheduler({
      store,
      sources: [
        { id: 'fast', enabled: true, schedule: { intervalMinutes: 30 } },
        { id: 'slow', enabled: true, schedule: { intervalMinutes: 600 } },
      ],
      now: () => now,
      timezone: 'Asia/Shanghai',
      crawl: async (id) => {
        crawls.push(id);
        await new Promise<void>((r) => gates.set(id, r));
        await store.updateSourceHealth(id, { lastRunAt: now });
      },
      digest: async (due) => {
        digests.push(due.toISOString());
      },
    });
    expect(s.nextDigestAt.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect((await s.tick()).started).toEqual(['fast', 'slow']);
    // still running: not started again
    now = new Date(now.getTime() + 40 * 60_000);
    expect((await s.tick()).started).toEqual([]);
    gates.get('fast')!();
    gates.get('slow')!();
    await s.idle();
    // 'fast' finished at 23:40; due again 30 min later; 'slow' not for 10 h; digest at 00:00 UTC
    now = new Date('2026-11-23T00:05:00Z');
    expect(await s.tick()).toEqual({ started: [], digest: true });
    now = new Date('2026-11-23T00:11:00Z');
    const t = await s.tick();
    expect(t.started).toEqual(['fast']);
    expect(t.digest).toBe(false);
    gates.get('fast')!();
    await s.idle();
    expect(crawls).toEqual(['fast', 'slow', 'fast']);
    expect(digests).toEqual(['2026-11-23T00:00:00.000Z']);
    expect(s.nextDigestAt.toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it('catches up a digest missed by a restart shortly after its time, and stops cleanly', async () => {
    const digests: Date[] = [];
    let aborted = false;
    const s = new Scheduler({
      store,
      sources: [{ id: 'slow', enabled: true }],
      now: () => new Date('2026-11-23T02:00:00Z'),
      timezone: 'Asia/Shanghai',
      crawl: (_id, signal) =>
        new Promise<void>((resolve) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            resolve();
          });
        }),
      digest: async (due) => {
        digests.push(due);
      },
    });
    await store.updateSourceHealth('slow', { lastRunAt: new Date('2026-11-20T00:00:00Z') });
    const t = await s.tick();
    expect(t.digest).toBe(true);
    expect(t.started).toEqual(['slow']);
    await s.stop();
    expect(aborted).toBe(true);
    expect(digests.map((d) => d.toISOString())).toEqual(['2026-11-23T00:00:00.000Z']);
    expect((await s.tick()).started).toEqual([]);
  });
});
