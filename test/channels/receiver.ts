/**
 * A local stand-in for the four platforms (real HTTP on 127.0.0.1). Each
 * route checks a request the way its platform does — written here from the
 * platforms' docs, not with the code under test — and answers in the
 * platform's format. Scripted failures (status, platform error code,
 * Retry-After, a dropped connection) come first, in order.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export const WECOM_KEY = 'wecom-key-6f1d';
export const DING_TOKEN = 'ding-token-9a2c';
export const DING_SECRET = 'SEC0123456789abcdef-ding';
export const FEISHU_HOOK = 'feishu-hook-51b7';
export const FEISHU_SECRET = 'feishu-secret-77aa';
export const HOOK_SECRET = 'webhook-secret-3c3c';

export interface Received {
  platform: 'wecom' | 'dingtalk' | 'feishu' | 'webhook';
  headers: IncomingMessage['headers'];
  body: any;
  raw: string;
  at: number;
}

export type Scripted = { status: number; body?: unknown; headers?: Record<string, string> } | 'drop';

export interface Receiver {
  base: string;
  accepted: Received[];
  /** every request, accepted or not */
  hits: { path: string; query: URLSearchParams; at: number }[];
  script(path: string, ...answers: Scripted[]): void;
  close(): Promise<void>;
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** onRequest: called as each request arrives (the kill test kills the sender there); delayMs: wait before answering. */
export async function startReceiver(o: { onRequest?: (n: number) => void; delayMs?: number } = {}): Promise<Receiver> {
  const accepted: Received[] = [];
  const hits: Receiver['hits'] = [];
  const scripts = new Map<string, Scripted[]>();
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      o.onRequest?.(hits.length + 1);
      if (o.delayMs) await new Promise((r) => setTimeout(r, o.delayMs));
      const raw = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://x');
      hits.push({ path: url.pathname, query: url.searchParams, at: Date.now() });
      const queue = scripts.get(url.pathname);
      const next = queue?.shift();
      if (next === 'drop') return req.socket.destroy();
      if (next) return send(res, next.status, next.body ?? {}, next.headers);
      let body: any;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return send(res, 400, { errcode: 40001, errmsg: 'invalid json' });
      }
      const keep = (platform: Received['platform']) => accepted.push({ platform, headers: req.headers, body, raw: raw.toString('utf8'), at: Date.now() });

      if (url.pathname === '/cgi-bin/webhook/send') {
        // WeCom group robot
        if (url.searchParams.get('key') !== WECOM_KEY) return send(res, 200, { errcode: 93000, errmsg: 'invalid webhook url' });
        if (body.msgtype !== 'markdown' || typeof body.markdown?.content !== 'string')
          return send(res, 200, { errcode: 40008, errmsg: 'invalid message type' });
        if (Buffer.byteLength(body.markdown.content, 'utf8') > 4096)
          return send(res, 200, { errcode: 40058, errmsg: 'markdown.content exceed max length 4096' });
        keep('wecom');
        return send(res, 200, { errcode: 0, errmsg: 'ok' });
      }
      if (url.pathname === '/robot/send') {
        // DingTalk custom robot with 加签
        if (url.searchParams.get('access_token') !== DING_TOKEN) return send(res, 200, { errcode: 300001, errmsg: 'token is not exist' });
        const ts = url.searchParams.get('timestamp') ?? '';
        const sign = url.searchParams.get('sign') ?? '';
        if (!/^\d{13}$/.test(ts) || Math.abs(Date.now() - Number(ts)) > 3_600_000) return send(res, 200, { errcode: 310000, errmsg: 'invalid timestamp' });
        const want = createHmac('sha256', DING_SECRET).update(`${ts}\n${DING_SECRET}`).digest('base64');
        if (!same(sign, want)) return send(res, 200, { errcode: 310000, errmsg: 'sign not match' });
        if (raw.length > 20 * 1024) return send(res, 200, { errcode: 460101, errmsg: 'message too long' });
        if (body.msgtype !== 'markdown' || typeof body.markdown?.title !== 'string' || typeof body.markdown?.text !== 'string')
          return send(res, 200, { errcode: 40035, errmsg: 'missing parameter' });
        keep('dingtalk');
        return send(res, 200, { errcode: 0, errmsg: 'ok' });
      }
      if (url.pathname === `/open-apis/bot/v2/hook/${FEISHU_HOOK}`) {
        // Feishu custom bot with signature check
        const ts = String(body.timestamp ?? '');
        if (!/^\d{10}$/.test(ts) || Math.abs(Date.now() / 1000 - Number(ts)) > 3600)
          return send(res, 200, { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' });
        const want = createHmac('sha256', `${ts}\n${FEISHU_SECRET}`).update(Buffer.alloc(0)).digest('base64');
        if (!same(String(body.sign ?? ''), want))
          return send(res, 200, { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' });
        if (raw.length > 20 * 1024) return send(res, 200, { code: 9499, msg: 'request body too large' });
        if (body.msg_type !== 'interactive' || !Array.isArray(body.card?.elements)) return send(res, 200, { code: 9499, msg: 'Bad Request' });
        keep('feishu');
        return send(res, 200, { code: 0, msg: 'success', data: {} });
      }
      if (url.pathname === '/hook') {
        // a receiver of our generic webhook, verifying as its README says
        const ts = String(req.headers['x-policy-radar-timestamp'] ?? '');
        const sig = String(req.headers['x-policy-radar-signature'] ?? '');
        const want = `sha256=${createHmac('sha256', HOOK_SECRET).update(`${ts}.`).update(raw).digest('hex')}`;
        if (!ts || Math.abs(Date.now() / 1000 - Number(ts)) > 300 || !same(sig, want)) return send(res, 401, { error: 'bad signature' });
        keep('webhook');
        return send(res, 200, { ok: true });
      }
      send(res, 404, { error: 'no such robot' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return {
    base: `http://127.0.0.1:${port}`,
    accepted,
    hits,
    script(path, ...answers) {
      scripts.set(path, [...(scripts.get(path) ?? []), ...answers]);
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export function urls(base: string) {
  return {
    wecom: `${base}/cgi-bin/webhook/send?key=${WECOM_KEY}`,
    dingtalk: `${base}/robot/send?access_token=${DING_TOKEN}`,
    feishu: `${base}/open-apis/bot/v2/hook/${FEISHU_HOOK}`,
    webhook: `${base}/hook`,
  };
}
