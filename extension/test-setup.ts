/**
 * The fake browser has no i18n; this gives it the browser's behaviour over our
 * own message files (named placeholders whose content is $1…$9), English
 * unless a test picks another locale with useLocale().
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const cache = new Map<string, Messages>();
function messages(locale: string): Messages {
  let m = cache.get(locale);
  if (!m) {
    m = JSON.parse(readFileSync(join(import.meta.dirname, 'public/_locales', locale, 'messages.json'), 'utf8')) as Messages;
    cache.set(locale, m);
  }
  return m;
}

export function getMessage(locale: string, key: string, subs: string | string[] = []): string {
  const e = messages(locale)[key];
  if (!e) return '';
  const args = Array.isArray(subs) ? subs : [subs];
  const positional = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  return e.message.replace(/\$([a-z0-9_]+)\$/gi, (_, name: string) => positional(e.placeholders?.[name.toLowerCase()]?.content ?? ''));
}

export function useLocale(locale: 'en' | 'zh_CN'): void {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => getMessage(locale, key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => locale.replace('_', '-');
}

beforeEach(() => useLocale('en'));
