import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useLocale } from '../test-setup.ts';
import { t, uiLang } from './i18n.ts';
import { badgeTitle, formatAge } from './sync.ts';

const root = join(import.meta.dirname, '..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (loc: string) => JSON.parse(readFileSync(join(root, 'public/_locales', loc, 'messages.json'), 'utf8')) as Messages;
const en = load('en');
const zh = load('zh_CN');

/** Every source file of the extension, tests and generated folders left out. */
function sources(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.name.startsWith('.') || d.name === 'public' || d.name === 'node_modules') return [];
    const p = join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return /\.(ts|html)$/.test(d.name) && !d.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('extension messages', () => {
  it('exist in Chinese and English with the same keys and placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) expect(Object.keys(zh[k].placeholders ?? {}), k).toEqual(Object.keys(en[k].placeholders ?? {}));
    for (const k of Object.keys(zh)) expect(zh[k].message, k).not.toBe('');
  });

  it('cover every key the code and pages use', () => {
    const used = new Set<string>();
    for (const f of sources()) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z]+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/data-i18n(?:-placeholder)?="([A-Za-z]+)"/g)) used.add(m[1]);
      for (const m of text.matchAll(/__MSG_([A-Za-z]+)__/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(40);
    for (const k of used) expect(en, k).toHaveProperty(k);
  });

  it('speak Chinese where the browser is Chinese', () => {
    useLocale('zh_CN');
    expect(uiLang()).toBe('zh');
    expect(t('popupRelevantMany', 3)).toBe('3 条相关公告');
    expect(formatAge(5 * 60_000)).toBe('5 分钟前');
    expect(badgeTitle(2, { stale: true, offline: true })).toBe('政策雷达：2 条相关公告（服务器无法访问，使用缓存索引）');
  });

  it('and English otherwise', () => {
    useLocale('en');
    expect(uiLang()).toBe('en');
    expect(badgeTitle(1, { stale: false, offline: false })).toBe('Policy Radar: 1 relevant notice');
    expect(badgeTitle(4, { stale: true, offline: false })).toBe('Policy Radar: 4 relevant notices (index out of date)');
    expect(t('popupIndexAge', '8', 'just now')).toBe('Index: 8 notices · checked just now');
  });
});
