import { type ChildProcess, spawn } from 'node:child_process';
import { createServer as netServer } from 'node:net';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { ChangeFn, Store } from '../../db/types.ts';
import type { Period } from '../../newsletter/period.ts';

export const SECRET = 'test-secret-0123456789-abcdef';

export interface TestSmtp {
  port: number;
  url: string;
  messages: ParsedMail[];
  /** resolves when `n` messages have arrived */
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1. With delayMs it waits before accepting each
 * message; a message whose client disconnected during that wait is not kept
 * (the sender never got its 250, as when the sending process is killed).
 */
export async function startSmtp(opts: { delayMs?: number; rejectFirst?: number; onData?: (n: number) => void } = {}): Promise<TestSmtp> {
  let received = 0;
  const messages: ParsedMail[] = [];
  const closed = new Set<string>();
  let rejects = opts.rejectFirst ?? 0;
  const waiters: { n: number; resolve: () => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        opts.onData?.(++received);
        if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
        if (closed.has(session.id)) return callback(new Error('client went away'));
        if (rejects > 0) {
          rejects--;
          const err = Object.assign(new Error('try again later'), { responseCode: 451 });
          return callback(err);
        }
        messages.push(await simpleParser(Buffer.concat(chunks)));
        for (const w of waiters) if (messages.length >= w.n) w.resolve();
        callback();
      });
    },
  });
  // a client killed mid-session resets its connection: that is what the kill tests do, not a failure
  server.on('error', () => {});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(n, timeoutMs = 10_000) {
      if (messages.length >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`only ${messages.length} of ${n} messages arrived`)), timeoutMs);
        waiters.push({
          n,
          resolve: () => {
            clearTimeout(t);
            resolve();
          },
        });
      });
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = netServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const change: ChangeFn = (_a, _b) => ({
  diff: [
    ['=', '出口退税率'],
    ['-', '9%'],
    ['+', '13%'],
  ],
  summary: '',
});

export const TITLES = {
  solar: '关于提高部分光伏产品出口退税率的公告',
  dumping: 'Preliminary anti-dumping determination on certain chemicals from the United States',
  ustr: 'USTR extends exclusions from Section 301 tariffs for solar manufacturing equipment',
  tariffPlan: '关于2027年关税调整方案的通知',
  injection: '<img src=x onerror=alert(1)><script>alert("x")</script> {{unsubscribeUrl}} Notice on knitted garments quotas',
  old: 'An old notice that did not change this week',
  major: '关于进一步稳定外贸的若干政策措施',
};

/** A week of notices (saved with fetchedAt inside the period), one changed notice and one outside the period. */
export async function seedWeek(store: Store, p: Period): Promise<void> {
  const at = (h: number) => new Date(p.from.getTime() + h * 3_600_000);
  const before = new Date(p.from.getTime() - 10 * 86_400_000);
  const base = { language: 'zh', html: '<p>x</p>', sourceId: 'mofcom', agency: '商务部', text: 'x' };
  await store.saveObservation(
    {
      ...base,
      url: 'https://www.mofcom.gov.cn/n/1',
      title: TITLES.solar,
      docNumber: '2026年第15号',
      publishedAt: p.firstDay,
      contentHash: 'h1',
      topics: ['export-rebates'],
      hsCodes: ['854140'],
      regions: ['EU'],
      fetchedAt: at(2),
    },
    change,
  );
  await store.saveObservation(
    {
      ...base,
      language: 'en',
      sourceId: 'mofcom-trb',
      url: 'https://www.mofcom.gov.cn/n/2',
      title: TITLES.dumping,
      publishedAt: p.firstDay,
      contentHash: 'h2',
      topics: ['trade-remedies'],
      hsCodes: ['2901'],
      regions: ['US'],
      fetchedAt: at(5),
    },
    change,
  );
  await store.saveObservation(
    {
      ...base,
      language: 'en',
      sourceId: 'ustr',
      agency: 'USTR',
      url: 'https://ustr.gov/n/3',
      title: TITLES.ustr,
      publishedAt: p.firstDay,
      contentHash: 'h3',
      topics: ['tariffs'],
      hsCodes: ['8486'],
      regions: ['US'],
      fetchedAt: at(8),
    },
    change,
  );
  await store.saveObservation(
    {
      ...base,
      url: 'https://www.mofcom.gov.cn/n/4',
      title: TITLES.tariffPlan,
      contentHash: 'h4a',
      topics: ['tariffs'],
      hsCodes: ['8541'],
      regions: ['CN'],
      fetchedAt: before,
    },
    change,
  );
  await store.saveObservation(
    {
      ...base,
      url: 'https://www.mofcom.gov.cn/n/4',
      title: TITLES.tariffPlan,
      contentHash: 'h4b',
      topics: ['tariffs'],
      hsCodes: ['8541'],
      regions: ['CN'],
      fetchedAt: at(30),
    },
    change,
  );
  await store.saveObservation(
    {
      ...base,
      url: 'https://www.mofcom.gov.cn/n/5',
      title: TITLES.injection,
      contentHash: 'h5',
      topics: ['licensing-quotas'],
      hsCodes: ['6109'],
      regions: ['JP'],
      fetchedAt: at(40),
    },
    change,
  );
  await store.saveObservation(
    {
      ...base,
      url: 'https://www.mofcom.gov.cn/n/6',
      title: TITLES.old,
      contentHash: 'h6',
      topics: ['tariffs'],
      hsCodes: ['85'],
      regions: ['US'],
      fetchedAt: before,
    },
    change,
  );
  await store.saveObservation(
    {
      ...base,
      url: 'https://www.gov.cn/n/7',
      sourceId: 'gov',
      agency: '国务院办公厅',
      title: TITLES.major,
      docNumber: '国办发〔2026〕12号',
      contentHash: 'h7',
      topics: ['trade-finance', 'credit-insurance', 'export-rebates'],
      hsCodes: [],
      regions: [],
      fetchedAt: at(50),
    },
    change,
  );
}

export interface SendChild {
  proc: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>;
}

/** Runs a send script in a child process with its options in CHILD_OPTS, so a test can kill it mid-send. */
export function spawnChild(script: string, opts: object): SendChild {
  const proc = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, CHILD_OPTS: JSON.stringify(opts) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (c) => (out += c));
  proc.stderr!.on('data', (c) => (out += c));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal, out })),
  );
  return { proc, done };
}

/** Runs a digest send in a child process (send-child.ts), so a test can kill it mid-send. */
export function spawnSendChild(opts: { db: string; smtp: string; week: string; secret: string; staleAfterMs?: number }): SendChild {
  return spawnChild(join(import.meta.dirname, 'send-child.ts'), opts);
}

/** How many messages each recipient received. */
export function countsByRecipient(smtp: TestSmtp): Map<string, number> {
  const m = new Map<string, number>();
  for (const msg of smtp.messages) {
    const to = (Array.isArray(msg.to) ? msg.to[0] : msg.to)!.value[0].address!;
    m.set(to, (m.get(to) ?? 0) + 1);
  }
  return m;
}
