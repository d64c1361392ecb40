import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Broker, Store } from '../../db/types.ts';
import { parseClientsCsv } from '../../newsletter/brokers/csv.ts';
import { loadWindow, runBrokerDigests, writePolicySheets } from '../../newsletter/brokers/run.ts';
import { loadWeek } from '../../newsletter/digest.ts';
import { createOutboxMailer } from '../../newsletter/mailer.ts';
import { parseWeek } from '../../newsletter/period.ts';
import { freshStore, tempDir } from '../helpers/stores.ts';
import { CLIENTS_CSV, NOTICES, seedBrokerWeek } from './fixtures.ts';
import { pdfPages } from './pdf-text.ts';
import { createSmtpMailer } from '../../newsletter/mailer.ts';
import { startSmtp } from '../newsletter/helpers.ts';

const period = parseWeek('2026-W48', 'Asia/Shanghai');
const settings = { secret: 'broker-test-secret-0123456789', publicUrl: 'https://radar.example.org', from: 'Policy Radar <digest@radar.example.org>' };
let store: Store;
let cleanup: () => Promise<void>;
let broker: Broker;

beforeAll(async () => {
  ({ store, cleanup } = await freshStore('sqlite'));
  await seedBrokerWeek(store, period);
  broker = await store.brokers.add({ name: '深圳通关报关行', email: 'desk@sz-broker.example.cn', tokenHash: 'a'.repeat(64) });
  const parsed = parseClientsCsv(new TextEncoder().encode(CLIENTS_CSV));
  expect(parsed.errors).toEqual([]);
  await store.brokers.upsertClients(
    broker.id,
    parsed.clients.map(({ line: _l, ...c }) => c),
  );
});
afterAll(() => cleanup());

const read = (f: string) => readFileSync(f, 'utf8');

describe('per-client digests', () => {
  it("gives each client the notices of its products AND markets AND place, with the broker's name on it", async () => {
    const out = tempDir();
    const direct = tempDir();
    const mailer = await createOutboxMailer(direct);
    const stats = await runBrokerDigests({ ...settings, store, broker, period, outDir: out, mailer, record: false });
    expect(stats).toMatchObject({ clients: 3, written: 3, sent: 0, failed: 0 });
    const file = (name: string) => read(stats.files.find((f) => f.client === name)!.file);
    const led = file('深圳光明灯饰');
    expect(led).toContain(NOTICES.euLed);
    expect(led).toContain(NOTICES.szLed); // local Shenzhen notice, client is in Shenzhen
    expect(led).not.toContain(NOTICES.jpSeafood);
    expect(led).not.toContain(NOTICES.usFurniture);
    expect(led).toContain('由 深圳通关报关行 为您整理');
    expect(led).toContain('即将截止'); // the EU comment deadline
    expect(led).not.toContain('<script>alert(1)</script>');
    expect(led).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // no subscription links: the broker is the contact
    expect(led).not.toContain('/subscriptions/');
    expect(led).toContain('mailto:desk@sz-broker.example.cn');

    const sea = file('青岛海鲜');
    expect(sea).toContain(NOTICES.jpSeafood);
    expect(sea).not.toContain(NOTICES.euLed);
    expect(sea).not.toContain(NOTICES.szLed); // a Shenzhen notice does not reach Qingdao
    const furniture = file('宁波家具');
    expect(furniture).toContain(NOTICES.usFurniture);
    expect(furniture).not.toContain(NOTICES.euLed);
    // preview: nothing recorded, nothing sent to the client
    expect(await store.brokers.listDeliveries(broker.id)).toEqual([]);
    expect(readdirSync(direct)).toEqual([]);
  });

  it('delivers each client at most once per week: send-direct clients at their contact, the others as files to forward', async () => {
    const out = tempDir();
    const direct = tempDir();
    const mailer = await createOutboxMailer(direct);
    const first = await runBrokerDigests({ ...settings, store, broker, period, outDir: out, mailer, record: true });
    expect(first).toMatchObject({ written: 2, sent: 1, alreadyHandled: 0, failed: 0 });
    const sent = readdirSync(direct).filter((f) => f.endsWith('.eml'));
    expect(sent).toHaveLength(1);
    const eml = read(join(direct, sent[0]));
    expect(eml).toMatch(/^To: sea@example\.cn/m);
    expect(eml).toMatch(/^Reply-To: desk@sz-broker\.example\.cn/m);
    const forwardEml = readdirSync(out).filter((f) => f.endsWith('.eml'));
    expect(forwardEml).toHaveLength(2);
    for (const f of forwardEml) expect(read(join(out, f))).toMatch(/^To: desk@sz-broker\.example\.cn/m);
    expect(forwardEml.some((f) => f.includes('深圳光明灯饰'))).toBe(true);

    const again = await runBrokerDigests({ ...settings, store, broker, period, outDir: tempDir(), mailer, record: true });
    expect(again).toMatchObject({ written: 0, sent: 0, alreadyHandled: 3 });
    expect(readdirSync(direct).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
    expect((await store.brokers.listDeliveries(broker.id, { period: period.id })).map((d) => d.status)).toEqual(['sent', 'sent', 'sent']);
  });
});

describe('send-direct clients over SMTP', () => {
  it('a rejected send is recorded and retried by the next run, then never sent again', async () => {
    const smtp = await startSmtp({ rejectFirst: 1 });
    const mailer = await createSmtpMailer(smtp.url);
    try {
      const other = await store.brokers.add({ name: 'Harbour Trade Services', email: 'desk@harbour.example.com', language: 'en', tokenHash: 'h'.repeat(64) });
      const parsed = parseClientsCsv(
        new TextEncoder().encode(
          'client name,HS codes,markets,location,contact,send direct,language\nSunrise Lamps,9405,EU,Shenzhen,buyer@sunrise.example.com,yes,en\n',
        ),
      );
      expect(parsed.errors).toEqual([]);
      await store.brokers.upsertClients(
        other.id,
        parsed.clients.map(({ line: _l, ...c }) => c),
      );
      const run = () => runBrokerDigests({ ...settings, store, broker: other, period, outDir: tempDir(), mailer, record: true });
      expect(await run()).toMatchObject({ sent: 0, failed: 1 });
      expect((await store.brokers.listDeliveries(other.id)).map((d) => [d.status, d.attempts])).toEqual([['failed', 1]]);
      expect(await run()).toMatchObject({ sent: 1, failed: 0 });
      expect(await run()).toMatchObject({ sent: 0, alreadyHandled: 1 });
      await smtp.waitFor(1);
      expect(smtp.messages).toHaveLength(1);
      const m = smtp.messages[0];
      expect(m.to && 'text' in m.to ? m.to.text : '').toBe('buyer@sunrise.example.com');
      expect(m.replyTo?.text).toBe('desk@harbour.example.com');
      expect(m.subject).toMatch(/^Harbour Trade Services · Policy Radar 2026-W48: \d+ notices? for you$/);
      expect(m.html).toContain('Prepared for you by Harbour Trade Services');
      expect(m.html).toContain(NOTICES.euLed);
      expect(m.text).toContain('Prepared for you by Harbour Trade Services');
      // the first broker's deliveries are its own
      expect((await store.brokers.listDeliveries(broker.id)).every((d) => d.period === period.id)).toBe(true);
      expect((await store.brokers.listDeliveries(broker.id)).length).toBe(3);
    } finally {
      await mailer.close();
      await smtp.close();
    }
  });
});

describe('policy sheets', () => {
  it("writes a one-page A4 HTML and PDF per client with that client's notices, in one Chromium run", async () => {
    const out = tempDir();
    const week = await loadWindow(store, period, 2);
    expect(week.period.firstDay).toBe('2026-11-16');
    const files = await writePolicySheets({ store, broker, week, outDir: out, publicUrl: settings.publicUrl, pdf: { executablePath: '/usr/bin/chromium' } });
    expect(files.map((f) => f.client).sort()).toEqual(['宁波家具', '深圳光明灯饰', '青岛海鲜'].sort());
    const led = files.find((f) => f.client === '深圳光明灯饰')!;
    const html = read(led.html);
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).not.toContain('<nav');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('https://radar.example.org/notices/');
    expect(html).toContain('涉及您的产品 HS 9405');

    expect(existsSync(led.pdf!)).toBe(true);
    const bytes = readFileSync(led.pdf!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(1);
    const text = pages[0].replace(/\s+/g, '');
    expect(text).toContain('深圳通关报关行');
    expect(text).toContain('ecodesign');
    expect(text).toContain('深圳市关于支持LED照明产品');
    expect(text).not.toContain('水产品');

    const sea = (await pdfPages(readFileSync(files.find((f) => f.client === '青岛海鲜')!.pdf!)))[0].replace(/\s+/g, '');
    expect(sea).toContain('水产品检疫要求');
    expect(sea).not.toContain('ecodesign');
  }, 120_000);

  it('an HTML sheet for a week with nothing says so', async () => {
    const empty = await loadWeek(store, parseWeek('2026-W30', 'Asia/Shanghai'));
    const [f] = await writePolicySheets({
      store,
      broker,
      week: empty,
      outDir: tempDir(),
      publicUrl: settings.publicUrl,
      clientId: (await store.brokers.listClients(broker.id))[0].id,
    });
    expect(f.pdf).toBeNull();
    expect(read(f.html)).toContain('这段时间没有与您的产品、市场和所在地相关的新通知。');
  });
});
