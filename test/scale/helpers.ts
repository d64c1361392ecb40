/** Worker child processes and archive snapshots for the scale tests. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Store } from '../../db/types.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export interface WorkerProc {
  child: ChildProcess;
  /** parsed JSON log lines (stderr) */
  logs: Record<string, unknown>[];
  stdout: string;
  stderr: string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** resolves with the first log line matching `pred` */
  waitForLog(pred: (l: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
}

/** Starts `policy-radar worker …` as a real child process (logs are JSON lines since stderr is a pipe). */
export function startWorker(args: string[], opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): WorkerProc {
  const child = spawn(process.execPath, [join(ROOT, 'bin/policy-radar.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', DATABASE_URL: '', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const w: WorkerProc = {
    child,
    logs: [],
    stdout: '',
    stderr: '',
    exit: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal }))),
    waitForLog(pred, timeoutMs = 30_000) {
      const hit = w.logs.find(pred);
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`log line not seen in ${timeoutMs} ms; stderr:\n${w.stderr.slice(-2000)}`)), timeoutMs);
        waiters.push({
          pred,
          resolve: (l) => {
            clearTimeout(t);
            resolve(l);
          },
        });
      });
    },
  };
  const waiters: { pred: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] = [];
  let buf = '';
  child.stdout!.on('data', (d) => (w.stdout += d));
  child.stderr!.on('data', (d) => {
    w.stderr += d;
    buf += d;
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      let l: Record<string, unknown>;
      try {
        l = JSON.parse(line);
      } catch {
        continue;
      }
      w.logs.push(l);
      for (const x of waiters.splice(0)) {
        if (x.pred(l)) x.resolve(l);
        else waiters.push(x);
      }
    }
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 90_000);
  void w.exit.then(() => clearTimeout(timer));
  return w;
}

export interface ArchiveEntry {
  status: string;
  versions: number;
  hashes: string[];
  title: string;
}

/** The archive as comparable data: url -> status, version count and content hashes in order. */
export async function snapshot(store: Store): Promise<Record<string, ArchiveEntry>> {
  const out: Record<string, ArchiveEntry> = {};
  for await (const n of store.exportNotices({ withVersions: true, status: 'all' })) {
    out[n.notice.url] = { status: n.notice.status, versions: n.versions.length, hashes: n.versions.map((v) => v.contentHash), title: n.notice.title };
  }
  return out;
}
