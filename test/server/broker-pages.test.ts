import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Broker, Store } from '../../db/types.ts';
import { hashBrokerToken, newBrokerToken } from '../../newsletter/brokers/token.ts';
import { weekContaining } from '../../newsletter/period.ts';
import { brokerRoutes } from '../../server/brokers/routes.ts';
import { createServer, listen } from '../../server/index.ts';
import { NOTICES, seedBrokerWeek } from '../brokers/fixtures.ts';
import { freshStore } from '../helpers/stores.ts';
import { freePort } from '../newsletter/helpers.ts';

/** A broker's web pages: its clients only, a pasted client list, the printable policy sheet. */
describe('broker pages', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let server: Server;
  let base: string;
  let mine: Broker;
  let theirs: Broker;
  const token = newBrokerToken();
  const otherToken = newBrokerToken();

  beforeAll(async () => {
    ({ store, cleanup } = await freshStore('sqlite'));
    await seedBrokerWeek(store, weekContaining(new Date(), 'Asia/Shanghai'));
    mine = await store.brokers.add({ name: '深圳通关报关行', email: 'desk@sz-broker.example.cn', tokenHash: hashBrokerToken(token) });
    theirs = await store.brokers.add({ name: '别家报关行', email: 'x@other.example.cn', tokenHash: hashBrokerToken(otherToken) });
    await store.brokers.upsertClients(theirs.id, [
      {
        name: '别家客户',
        profile: { hs: ['9405'], regions: ['EU'], topics: [], sources: [], keywords: [] },
        contactEmail: null,
        sendDirect: false,
        language: 'zh',
      },
    ]);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    ({ server } = await createServer(store, { publicUrl: base, plugins: [brokerRoutes({ timezone: 'Asia/Shanghai' })] }));
    await listen(server, port);
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await cleanup?.();
  });

  const importList = (csv: string, t = token) =>
    fetch(`${base}/brokers?lang=zh`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: t, csv }).toString(),
    });

  it('imports a list pasted from Excel (tab-separated), refusing a bad one whole with line numbers', async () => {
    const empty = await fetch(`${base}/brokers?token=${token}&lang=zh`);
    expect(empty.status).toBe(200);
    expect(empty.headers.get('cache-control')).toBe('no-store');
    const e = await empty.text();
    expect(e).toContain('尚无客户');
    expect(e).not.toContain('别家客户');

    const bad = await importList('客户名称\tHS编码\t市场\t所在地\n好客户\t9405\t欧盟\t广东省 深圳市\n坏客户\t9405\t纳尼亚\t广东省\n');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/第 3 行/);
    expect(await store.brokers.listClients(mine.id)).toEqual([]);

    const ok = await importList(
      '客户名称\tHS编码\t市场\t所在地\t联系邮箱\n深圳光明灯饰\t9405\t欧盟\t广东省 深圳市\tled@example.cn\n<script>x</script>水产\t0306\t日本、韩国\t山东省 青岛市\t\n',
    );
    expect(ok.status).toBe(200);
    const page = await ok.text();
    expect(page).toContain('已导入：新增 2 位');
    expect(page).toContain('深圳光明灯饰');
    expect(page).toContain('&lt;script&gt;x&lt;/script&gt;水产');
    expect(page).not.toContain('<script>x</script>');
    expect((await store.brokers.listClients(mine.id)).map((c) => c.name).sort()).toEqual(['<script>x</script>水产', '深圳光明灯饰'].sort());
  });

  it("serves a client's printable sheet with its notices; another broker's client and a bad token get nothing", async () => {
    const led = (await store.brokers.listClients(mine.id)).find((c) => c.name === '深圳光明灯饰')!;
    const r = await fetch(`${base}/brokers/sheet?token=${token}&client=${led.id}`);
    expect(r.status).toBe(200);
    const csp = r.headers.get('content-security-policy')!;
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("script-src 'self'");
    const sheet = await r.text();
    expect(sheet).toContain(NOTICES.euLed);
    expect(sheet).not.toContain(NOTICES.jpSeafood);
    expect(sheet).toContain('深圳通关报关行');
    // the inline stylesheet is exactly the one the hash allows
    const style = /<style>([\s\S]*?)<\/style>/.exec(sheet)![1];
    const { createHash } = await import('node:crypto');
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);

    const other = (await store.brokers.listClients(theirs.id))[0];
    expect((await fetch(`${base}/brokers/sheet?token=${token}&client=${other.id}`)).status).toBe(404);
    expect((await fetch(`${base}/brokers?token=brk_${'x'.repeat(32)}`)).status).toBe(403);
    expect((await fetch(`${base}/brokers`)).status).toBe(403);
    expect((await importList('客户名称,HS编码\n偷偷,9405\n', 'brk_forged-token-000000')).status).toBe(403);
    expect((await store.brokers.listClients(mine.id)).map((c) => c.name)).not.toContain('偷偷');
  });
});
