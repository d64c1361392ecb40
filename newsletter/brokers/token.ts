/** A broker's access token: random, shown once, stored only as its SHA-256 (a leaked database reveals no token). */
import { createHash, randomBytes } from 'node:crypto';

export function newBrokerToken(): string {
  return `brk_${randomBytes(24).toString('base64url')}`;
}

export function hashBrokerToken(token: string): string {
  return createHash('sha256').update(token.trim()).digest('hex');
}
