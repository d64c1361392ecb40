import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * The client's address behind trusted proxies. X-Forwarded-For is a list each proxy
 * appends the address it saw to; only entries added by proxies we trust mean anything
 * (a client can send any XFF it likes). Configured as
 *  - a list of proxy addresses or CIDR ranges: walking from the socket's peer back
 *    through XFF, the first address that is not a trusted proxy is the client;
 *  - a hop count n: the n-th address from the right (n proxies in front, each appending);
 *  - nothing / false: the socket's peer, XFF ignored.
 */
export type TrustProxy = false | number | string[];

/** The matcher of a trusted-proxy setting; throws a clear error on a bad entry. */
export function trustedProxies(setting: TrustProxy | undefined): ((ip: string) => boolean) | number | null {
  if (setting === undefined || setting === false) return null;
  if (typeof setting === 'number') {
    if (!Number.isInteger(setting) || setting < 0) throw new Error(`trustProxy: a hop count must be a whole number ≥ 0, got ${setting}`);
    return setting;
  }
  const list = new BlockList();
  for (const entry of setting) {
    const [addr, bits, extra] = entry.trim().split('/');
    const family = isIP(addr);
    if (!family || extra !== undefined) throw new Error(`trustProxy: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, ::1)`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(addr, type);
    else {
      const prefix = Number(bits);
      if (!/^\d+$/.test(bits) || prefix > (family === 4 ? 32 : 128)) throw new Error(`trustProxy: "${entry}" has a bad prefix length`);
      list.addSubnet(addr, prefix, type);
    }
  }
  return (ip: string) => {
    const plain = unmapped(ip);
    const family = isIP(plain);
    return family !== 0 && list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
  };
}

/** ::ffff:10.0.0.1 (IPv4 on a dual-stack socket) as 10.0.0.1 */
const unmapped = (ip: string) => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(ip) ? ip.slice(7) : ip);

function forwardedFor(req: IncomingMessage): string[] {
  const h = req.headers['x-forwarded-for'];
  const raw = Array.isArray(h) ? h.join(',') : (h ?? '');
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function clientIp(req: IncomingMessage, trust: ReturnType<typeof trustedProxies>): string {
  const peer = unmapped(req.socket.remoteAddress ?? 'unknown');
  if (trust === null) return peer;
  const hops = forwardedFor(req);
  if (typeof trust === 'number') {
    // n proxies: the peer is the last of them, XFF's last n-1 entries the others
    if (trust === 0) return peer;
    const i = hops.length - trust;
    // fewer entries than proxies: the request did not come through all of them
    return i >= 0 ? unmapped(hops[i]) : peer;
  }
  let ip = peer;
  for (let i = hops.length - 1; i >= 0 && trust(ip); i--) ip = unmapped(hops[i]);
  return ip;
}
