/**
 * Structured logs on stderr: JSON lines when stderr is not a terminal (for
 * log collectors), short readable lines when it is.
 */
export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export function parseLevel(s: string | undefined): Level {
  const l = (s ?? 'info').toLowerCase();
  if (l in ORDER) return l as Level;
  throw Object.assign(new Error(`--log-level: expected debug, info, warn or error, got "${s}"`), { userFacing: true });
}

export function createLogger(opts: { level?: Level; json?: boolean; write?: (line: string) => void } = {}): Logger {
  const min = ORDER[opts.level ?? 'info'];
  const json = opts.json ?? !process.stderr.isTTY;
  const write = opts.write ?? ((line: string) => process.stderr.write(line));
  const log =
    (level: Level) =>
    (msg: string, fields: Record<string, unknown> = {}) => {
      if (ORDER[level] < min) return;
      if (json) {
        write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
        return;
      }
      const extra = Object.entries(fields)
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(' ');
      write(`${level === 'info' ? '' : `${level.toUpperCase()} `}${msg}${extra ? ` ${extra}` : ''}\n`);
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
