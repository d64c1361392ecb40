import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Broker, Store } from '../../db/types.ts';
import { hashBrokerToken, newBrokerToken } from '../../newsletter/brokers/token.ts';
import { weekContaining } from '../../newsletter/period.ts';
import { brokerRoutes } from '../../server/brokers/routes.ts';
import { createServer, listen } from '../../server/index.ts';
import { NOTICES, seedBrokerWeek } from '../brokers/fixtures.ts';
import { pdfPages } from '../brokers/pdf-text.ts';
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

  it('prints a sheet as PDF through Chromium, names the file safely, and refuses what it cannot print', async () => {
    const led = (await store.brokers.listClients(mine.id)).find((c) => c.name === '深圳光明灯饰')!;
    const list = await (await fetch(`${base}/brokers?token=${token}&lang=zh`)).text();
    expect(list).toContain(`client=${led.id}&amp;format=pdf`);
    const r = await fetch(`${base}/brokers/sheet?token=${token}&client=${led.id}&format=pdf`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('content-disposition')).toBe(
      `inline; filename="policy-sheet-${led.id}.pdf"; filename*=UTF-8''${encodeURIComponent('深圳光明灯饰-policy-sheet.pdf')}`,
    );
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(1);
    expect(pages[0].replace(/\s+/g, '')).toContain('深圳通关报关行');

    // a name with quotes, slashes and a right-to-left override cannot shape the saved file name
    await store.brokers.upsertClients(mine.id, [
      {
        name: 'a"b/c\u202Efdp.exe',
        profile: { hs: ['9405'], regions: ['EU'], topics: [], sources: [], keywords: [] },
        contactEmail: null,
        sendDirect: false,
        language: 'zh',
      },
    ]);
    const odd = (await store.brokers.listClients(mine.id)).find((c) => c.name.startsWith('a"b'))!;
    const o = await fetch(`${base}/brokers/sheet?token=${token}&client=${odd.id}&format=pdf`);
    expect(o.status).toBe(200);
    const cd = o.headers.get('content-disposition')!;
    expect(cd).toContain(`filename*=UTF-8''a_b_cfdp.exe-policy-sheet.pdf`);
    expect(cd).not.toMatch(/%E2%80%AE|"b/);
    await o.arrayBuffer();

    expect((await fetch(`${base}/brokers/sheet?token=${token}&client=${led.id}&format=docx`)).status).toBe(400);
    const other = (await store.brokers.listClients(theirs.id))[0];
    expect((await fetch(`${base}/brokers/sheet?token=${token}&client=${other.id}&format=pdf`)).status).toBe(404);
  });

  it('answers 503 with what to do when the server has no Chromium', async () => {
    const port = await freePort();
    const { server: bare } = await createServer(store, {
      publicUrl: `http://127.0.0.1:${port}`,
      plugins: [brokerRoutes({ timezone: 'Asia/Shanghai', chromiumPath: '/nonexistent/chromium' })],
    });
    await listen(bare, port);
    try {
      const led = (await store.brokers.listClients(mine.id)).find((c) => c.name === '深圳光明灯饰')!;
      const r = await fetch(`http://127.0.0.1:${port}/brokers/sheet?token=${token}&client=${led.id}&format=pdf`);
      expect(r.status).toBe(503);
      expect(await r.text()).toContain('apt-get install chromium');
      expect((await fetch(`http://127.0.0.1:${port}/brokers/sheet?token=${token}&client=${led.id}`)).status).toBe(200);
    } finally {
      await new Promise((r) => bare.close(r));
    }
  });

  it("each client's chat-group targets: added, shown without their key, resumed and removed by POST, never another broker's", async () => {
    const post = (fields: Record<string, string>, t = token) =>
      fetch(`${base}/brokers/targets?lang=zh`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: t, ...fields }).toString(),
      });
    const led = (await store.brokers.listClients(mine.id)).find((c) => c.name === '深圳光明灯饰')!;
    const other = (await store.brokers.listClients(theirs.id))[0];
    const page0 = await (await fetch(`${base}/brokers?token=${token}&lang=zh`)).text();
    expect(page0).toContain('客户群推送');
    expect(page0).toContain(`<option value="${led.id}">深圳光明灯饰</option>`);
    expect(page0).not.toContain('别家客户');

    const key = 'wecom-key-never-shown-77';
    const ok = await post({
      action: 'add',
      client: String(led.id),
      kind: 'wecom',
      url: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${key}`,
      label: '灯饰<b>群</b>',
    });
    expect(ok.status).toBe(200);
    const page1 = await ok.text();
    expect(page1).toContain('已添加推送目标');
    expect(page1).toContain('灯饰&lt;b&gt;群&lt;/b&gt;');
    expect(page1).not.toContain(key);
    const [t] = await store.brokers.listTargets(mine.id);
    expect(t).toMatchObject({ brokerClientId: led.id, kind: 'wecom', schedule: 'weekly' });

    // bad input is refused with the reason, nothing stored; another broker's client reads as absent
    const bad = await post({ action: 'add', client: String(led.id), kind: 'webhook', url: 'https://erp.example.com/hook' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('secret: is required for a webhook');
    const typo = await post({
      action: 'add',
      client: String(led.id),
      kind: 'wecom',
      url: 'https://qyapi.weixin.qq.com/x?key=k',
      schedule: 'instant',
      topics: 'export-control',
    });
    expect(await typo.text()).toContain('unknown topic');
    const stranger = await post({ action: 'add', client: String(other.id), kind: 'wecom', url: 'https://qyapi.weixin.qq.com/x?key=k' });
    expect(stranger.status).toBe(400);
    expect(await stranger.text()).toContain('没有这个客户');
    expect(await store.brokers.listTargets(mine.id)).toHaveLength(1);
    expect(await store.brokers.listTargets(theirs.id)).toHaveLength(0);

    // a paused target shows its reason (escaped) and a resume button
    await store.updateChannelTarget(t.id, { status: 'paused', pauseReason: 'errcode 93000: <invalid webhook url>', failures: 3 });
    const page2 = await (await fetch(`${base}/brokers?token=${token}&lang=zh`)).text();
    expect(page2).toContain('已暂停：errcode 93000: &lt;invalid webhook url&gt;');
    expect(page2).toContain('value="resume"');
    // the other broker can neither resume nor remove it
    expect((await post({ action: 'resume', target: String(t.id) }, otherToken)).status).toBe(400);
    expect((await post({ action: 'remove', target: String(t.id) }, otherToken)).status).toBe(400);
    expect((await store.getChannelTarget(t.id))?.status).toBe('paused');
    expect((await post({ action: 'resume', target: String(t.id) })).status).toBe(200);
    expect(await store.getChannelTarget(t.id)).toMatchObject({ status: 'active', failures: 0, pauseReason: null });
    // GET never changes anything; a forged token gets 403
    expect((await fetch(`${base}/brokers/targets?token=${token}&action=remove&target=${t.id}`)).status).toBeGreaterThanOrEqual(400);
    expect((await post({ action: 'remove', target: String(t.id) }, 'brk_forged-token-000000')).status).toBe(403);
    expect((await post({ action: 'drop', target: String(t.id) })).status).toBe(400);
    expect(await store.getChannelTarget(t.id)).not.toBeNull();
    expect((await post({ action: 'remove', target: String(t.id) })).status).toBe(200);
    expect(await store.getChannelTarget(t.id)).toBeNull();
  });
});
