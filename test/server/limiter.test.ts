import { describe, expect, it } from 'vitest';
import { BusyError, Limiter, type LimiterOptions } from '../../server/limiter.ts';

const opts = (o: Partial<LimiterOptions> = {}): LimiterOptions => ({
  total: 3,
  perClient: 2,
  queueTotal: 10,
  queuePerClient: 4,
  queueTimeoutMs: 60_000,
  retryAfterSeconds: 2,
  ...o,
});
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Limiter', () => {
  it('runs at most perClient for one client and total overall; the rest wait', async () => {
    const l = new Limiter(opts());
    const granted: string[] = [];
    const take = (c: string) =>
      l.acquire(c).then((rel) => {
        granted.push(c);
        return rel;
      });
    const a1 = take('a');
    const a2 = take('a');
    void take('a');
    const b1 = take('b');
    void take('b');
    await tick();
    expect(granted).toEqual(['a', 'a', 'b']);
    expect(l.stats()).toEqual({ active: 3, queued: 2 });
    expect(l.stats('a')).toEqual({ active: 2, queued: 1 });
    (await a1)();
    await tick();
    // the freed slot goes to the first waiting client in rotation that may run: a (queued before b)
    expect(granted).toEqual(['a', 'a', 'b', 'a']);
    (await b1)();
    (await a2)();
    await tick();
    expect(granted.sort()).toEqual(['a', 'a', 'a', 'b', 'b']);
  });

  it('hands freed slots to clients in turn, not to whoever queued most', async () => {
    const l = new Limiter(opts({ total: 1, perClient: 1, queuePerClient: 50, queueTotal: 100 }));
    const order: string[] = [];
    const hold = await l.acquire('flood');
    const all: Promise<void>[] = [];
    for (let i = 0; i < 10; i++) all.push(l.run('flood', async () => void order.push('flood')));
    all.push(l.run('other', async () => void order.push('other')));
    hold();
    await Promise.all(all);
    // "other" queued after ten of flood's but runs second
    expect(order.indexOf('other')).toBeLessThanOrEqual(1);
    expect(order).toHaveLength(11);
  });

  it('refuses with BusyError (and Retry-After seconds) when a queue is full', async () => {
    const l = new Limiter(opts({ total: 1, perClient: 1, queuePerClient: 2, queueTotal: 3 }));
    const rel = await l.acquire('a');
    const q1 = l.acquire('a');
    const q2 = l.acquire('a');
    const err = await l.acquire('a').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BusyError);
    expect((err as BusyError).retryAfter).toBe(2);
    // another client still queues until the total queue is full
    const qb = l.acquire('b');
    await expect(l.acquire('c')).rejects.toBeInstanceOf(BusyError);
    rel();
    (await q1)();
    (await qb)();
    (await q2)();
    expect(l.stats()).toEqual({ active: 0, queued: 0 });
  });

  it('refuses work that waited longer than queueTimeoutMs and forgets it', async () => {
    const l = new Limiter(opts({ total: 1, perClient: 1, queueTimeoutMs: 30 }));
    const rel = await l.acquire('a');
    await expect(l.acquire('b')).rejects.toBeInstanceOf(BusyError);
    expect(l.stats()).toEqual({ active: 1, queued: 0 });
    rel();
    rel(); // releasing twice frees one slot only
    expect(l.stats()).toEqual({ active: 0, queued: 0 });
    (await l.acquire('b'))();
  });

  it('releases the slot when the work throws', async () => {
    const l = new Limiter(opts({ total: 1, perClient: 1 }));
    await expect(l.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(l.stats()).toEqual({ active: 0, queued: 0 });
  });

  it('rejects nonsense options', () => {
    expect(() => new Limiter(opts({ total: 0 }))).toThrow(RangeError);
    expect(() => new Limiter(opts({ queueTimeoutMs: Number.NaN }))).toThrow(RangeError);
  });
});
