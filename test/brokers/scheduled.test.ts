import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendWeeklyDigest } from '../../cli/services.ts';
import type { Store } from '../../db/types.ts';
import { parseClientsCsv } from '../../newsletter/brokers/csv.ts';
import { parseWeek } from '../../newsletter/period.ts';
import { freshStore, tempDir } from '../helpers/stores.ts';
import { CLIENTS_CSV, seedBrokerWeek } from './fixtures.ts';

/** The scheduled weekly digest (serve's scheduler, the demo) also writes every broker's client digests, once. */
describe('broker digests in the scheduled weekly run', () => {
  const period = parseWeek('2026-W48', 'Asia/Shanghai');
  const config = { secret: 'scheduled-broker-secret-0123456789', timezone: 'Asia/Shanghai' };
  let store: Store;
  let cleanup: () => Promise<void>;
  let brokerId: number;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore('sqlite'));
    await seedBrokerWeek(store, period);
    brokerId = (await store.brokers.add({ name: '宁波港报关行', email: 'desk@nb-broker.example.cn', tokenHash: 'b'.repeat(64) })).id;
    // a broker without clients is left alone
    await store.brokers.add({ name: '空报关行', email: 'x@empty.example.cn', tokenHash: 'c'.repeat(64) });
    const parsed = parseClientsCsv(new TextEncoder().encode(CLIENTS_CSV));
    await store.brokers.upsertClients(
      brokerId,
      parsed.clients.map(({ line: _l, ...c }) => c),
    );
  });
  afterAll(() => cleanup());

  it('writes each client digest of the week to forward, and never twice', async () => {
    const outbox = tempDir();
    // the week after period: sendWeeklyDigest sends the previous week by default
    const at = new Date(period.to.getTime() + 86_400_000);
    const r = await sendWeeklyDigest(store, config, { at, publicUrl: 'https://radar.example.org', outbox });
    expect(r.period.id).toBe('2026-W48');
    expect(r.brokers).toMatchObject({ brokers: 1, failed: 0 });
    expect(r.brokers.written + r.brokers.sent).toBeGreaterThanOrEqual(2);
    const dir = join(outbox, 'brokers', String(brokerId), '2026-W48');
    expect(existsSync(dir)).toBe(true);
    const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(files.length).toBe(r.brokers.written);
    const again = await sendWeeklyDigest(store, config, { at, publicUrl: 'https://radar.example.org', outbox });
    expect(again.brokers).toMatchObject({ brokers: 1, written: 0, sent: 0, failed: 0 });
  });
});
