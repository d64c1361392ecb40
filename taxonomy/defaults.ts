/**
 * Defaults that several layers must agree on: the server listens where the
 * extension and the digest's links look for it, and every layer that turns an
 * instant into a local date uses the same zone. They live in taxonomy/ because
 * it is the one layer all others may import, the extension included (see
 * ARCHITECTURE.md); it holds values only, no behaviour.
 */

/** TCP port of `policy-radar serve` when neither --port nor config server.port is given. */
export const DEFAULT_PORT = 8787;
/** Address `policy-radar serve` binds when neither --host nor config server.host is given. */
export const DEFAULT_HOST = '127.0.0.1';
/** Where a fresh extension and digest links without a configured publicUrl find the server. */
export const DEFAULT_SERVER_URL = `http://${DEFAULT_HOST}:${DEFAULT_PORT}`;
/** Time zone of digest weeks, cron times and local dates when config "timezone" is not set. */
export const DEFAULT_TIMEZONE = 'Asia/Shanghai';
