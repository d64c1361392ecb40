import { describe, expect, it } from 'vitest';
import type { Interests, Notice } from '../../db/types.ts';
import { changeExcerpt } from '../../newsletter/changes.ts';
import { escapeHtml, safeHttpUrl } from '../../db/escape.ts';
import { PeriodError, parseWeek, previousWeek, weekContaining } from '../../newsletter/period.ts';
import { renderDigest } from '../../newsletter/render.ts';
import { prepareWeek, selectFor, weekItems } from '../../newsletter/select.ts';
import { InputError, parseSubscription, validEmail } from '../../newsletter/subscriptions.ts';
import { fallbackVocabulary } from '../../newsletter/taxonomy.ts';
import { parseToken, signToken, verifyToken } from '../../newsletter/tokens.ts';

describe('period', () => {
  it('is the ISO week from Monday 00:00 to Monday 00:00 in the timezone', () => {
    const p = parseWeek('2026-W47', 'Asia/Shanghai');
    expect(p.from.toISOString()).toBe('2026-11-15T16:00:00.000Z');
    expect(p.to.toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect([p.firstDay, p.lastDay]).toEqual(['2026-11-16', '2026-11-22']);
    const ny = parseWeek('2026-w11', 'America/New_York'); // DST starts Sunday 2026-03-08: week W10 is 167 h long
    expect(ny.from.toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(parseWeek('2026-W10', 'America/New_York').to.getTime() - parseWeek('2026-W10', 'America/New_York').from.getTime()).toBe(167 * 3_600_000);
  });
  it('handles year edges and week 53', () => {
    expect(parseWeek('2026-W53', 'UTC').firstDay).toBe('2026-12-28');
    expect(weekContaining(new Date('2027-01-01T12:00:00Z'), 'UTC').id).toBe('2026-W53');
    expect(weekContaining(new Date('2025-12-29T12:00:00Z'), 'UTC').id).toBe('2026-W01');
    // Sunday 20:00 UTC is already Monday in Shanghai
    expect(weekContaining(new Date('2026-11-22T17:00:00Z'), 'Asia/Shanghai').id).toBe('2026-W48');
    expect(previousWeek(new Date('2026-11-23T01:00:00Z'), 'Asia/Shanghai').id).toBe('2026-W47');
  });
  it('refuses bad weeks and zones', () => {
    expect(() => parseWeek('2025-W53', 'UTC')).toThrow(PeriodError);
    expect(() => parseWeek('2026-47', 'UTC')).toThrow(/looks like 2026-W47/);
    expect(() => parseWeek('2026-W00', 'UTC')).toThrow(PeriodError);
    expect(() => parseWeek('2026-W10', 'Mars/Olympus')).toThrow(/unknown timezone/);
  });
});

describe('tokens', () => {
  const sub = { id: 7, email: 'a@example.com', createdAt: new Date('2026-01-01T00:00:00Z') };
  const secret = 'another-secret-of-some-length';
  it('verify only for the same secret, purpose, subscriber record and age', () => {
    const t = signToken(secret, 'manage', sub);
    const p = parseToken(t)!;
    expect(verifyToken(secret, p, 'manage', sub)).toBe(true);
    expect(verifyToken(secret, p, 'unsubscribe', sub)).toBe(false);
    expect(verifyToken('x'.repeat(30), p, 'manage', sub)).toBe(false);
    expect(verifyToken(secret, p, 'manage', { ...sub, email: 'b@example.com' })).toBe(false);
    expect(verifyToken(secret, p, 'manage', { ...sub, createdAt: new Date() })).toBe(false); // deleted and re-created
    expect(verifyToken(secret, p, 'manage', { ...sub, id: 8 })).toBe(false);
    const old = parseToken(signToken(secret, 'confirm', sub, Date.now() - 8 * 86_400_000))!;
    expect(verifyToken(secret, old, 'confirm', sub)).toBe(false);
    const oldUnsub = parseToken(signToken(secret, 'unsubscribe', sub, Date.now() - 900 * 86_400_000))!;
    expect(verifyToken(secret, oldUnsub, 'unsubscribe', sub)).toBe(true);
  });
  it('tampered or malformed tokens do not parse or verify', () => {
    const t = signToken(secret, 'unsubscribe', sub);
    const flipped = t.slice(0, -1) + (t.endsWith('A') ? 'B' : 'A');
    expect(verifyToken(secret, parseToken(flipped)!, 'unsubscribe', sub)).toBe(false);
    const otherId = t.replace('.7.', '.8.');
    expect(verifyToken(secret, parseToken(otherId)!, 'unsubscribe', { ...sub, id: 8 })).toBe(false);
    for (const bad of ['', 'x', 'admin.7.abc.AAAAAAAAAAAAAAAAAAAAAA', `${t}x`, t.replace('.7.', '.07.'), 42, null, 'a'.repeat(500)])
      expect(parseToken(bad)).toBeNull();
  });
});

const from = new Date('2026-03-02T00:00:00Z');
let nid = 0;
function notice(o: Partial<Notice>): Notice {
  nid++;
  return {
    id: nid,
    sourceId: 'mofcom',
    url: `https://x.gov.cn/${nid}`,
    title: `N${nid}`,
    docNumber: null,
    agency: null,
    language: 'zh',
    publishedAt: null,
    effectiveAt: null,
    firstSeenAt: new Date(from.getTime() + 1000),
    lastSeenAt: from,
    lastChangedAt: new Date(from.getTime() + 1000 * nid),
    status: 'active',
    versionCount: 1,
    contentHash: 'h',
    topics: [],
    hsCodes: [],
    regions: [],
    ...o,
  };
}
const interests = (o: Partial<Interests>): Interests => ({ hs: [], regions: [], topics: [], sources: [], keywords: [], ...o });
const vocab = { expandRegion: (r: string) => (r === 'EU' ? ['EU', 'DE', 'FR'] : [r]), blocsOf: (c: string) => (c === 'DE' || c === 'FR' ? ['EU'] : []) };

describe('select', () => {
  const ns = [
    notice({ title: 'solar', hsCodes: ['854140'], regions: ['EU'], topics: ['export-rebates'] }),
    notice({ title: 'chapter 85', hsCodes: ['85'], topics: ['tariffs'] }),
    notice({ title: 'germany', regions: ['DE'], topics: ['tariffs'] }),
    notice({ title: 'fish', hsCodes: ['0301'], regions: ['US'], sourceId: 'ustr' }),
    notice({ title: 'removed', hsCodes: ['8541'], status: 'removed' }),
    notice({ title: 'old changed', hsCodes: ['8541'], firstSeenAt: new Date(0), versionCount: 2 }),
  ];
  const week = prepareWeek(weekItems(ns, from, new Map([[6, 'rate 9% → 13%']])), vocab);

  it('matches HS prefixes both ways AND markets through blocs, with reasons', () => {
    const s = selectFor(week, interests({ hs: ['8541'], regions: ['EU'] }));
    const items = s.sections.flatMap((x) => x.items);
    const byTitle = Object.fromEntries(items.map((i) => [i.notice.title, i]));
    // 'germany' covers all goods, but its topic is not followed: products do not match
    expect(Object.keys(byTitle).sort()).toEqual(['chapter 85', 'old changed', 'solar']);
    expect(byTitle.solar.reasons).toEqual([
      { kind: 'hs', value: '8541', via: '854140' },
      { kind: 'region', value: 'EU' },
    ]);
    expect(byTitle['chapter 85'].reasons).toEqual([{ kind: 'hs', value: '8541', via: '85' }]);
    expect(byTitle['old changed'].kind).toBe('changed');
    expect(byTitle['old changed'].change).toBe('rate 9% → 13%');
    expect(items[0].notice.title).toBe('solar'); // two dimensions outrank one
    expect(items[0].rank!.map((r) => r.label)).toEqual(['product HS 8541 (notice 854140)', 'market EU', 'new this week']);
    expect(s).toMatchObject({ newCount: 2, changedCount: 1, totalMatched: 3 });
    // following its topic admits the all-goods notice, through the bloc
    const t = selectFor(week, interests({ hs: ['8541'], regions: ['EU'], topics: ['tariffs'] }));
    const germany = t.sections.flatMap((x) => x.items).find((i) => i.notice.title === 'germany')!;
    expect(germany.reasons).toEqual([
      { kind: 'topic', value: 'tariffs' },
      { kind: 'region', value: 'EU', via: 'DE' },
    ]);
    // a market-specific notice for another market stays out however many topics match
    expect(selectFor(week, interests({ regions: ['US'], topics: ['tariffs'] })).sections.flatMap((x) => x.items.map((i) => i.notice.title))).toEqual([]);
  });
  it('a country interest matches a bloc-tagged notice; sources and keywords match; sections grouped by topic', () => {
    const s = selectFor(week, interests({ regions: ['FR', 'US'], sources: ['mofcom'], keywords: ['fish', 'solar'] }));
    const items = s.sections.flatMap((x) => x.items);
    expect(items.map((i) => i.notice.title).sort()).toEqual(['fish', 'solar']);
    expect(items.find((i) => i.notice.title === 'solar')!.reasons).toEqual([
      { kind: 'keyword', value: 'solar' },
      { kind: 'source', value: 'mofcom' },
      { kind: 'region', value: 'FR', via: 'EU' },
    ]);
    expect(s.sections.map((x) => x.topic)).toContain(null);
    expect(s.sections.at(-1)!.topic).toBeNull(); // "other" last
  });
  it('local notices only for companies there; failing conditions are left out and counted', () => {
    const local = [
      notice({ title: '深圳市商务局关于外贸专项资金的通知', agency: '深圳市商务局', topics: ['subsidies'] }),
      notice({ title: '浙江省商务厅关于出口信用保险的通知', agency: '浙江省商务厅', topics: ['credit-insurance'] }),
      notice({ title: '中小企业开拓市场资金', agency: '深圳市商务局', topics: ['subsidies'], facts: { eligibility: { maxExportValueUsd: 8_000_000 } } }),
    ];
    const w = prepareWeek(weekItems(local, from), vocab);
    const sz = { province: 'CN-GD', city: 'CN-GD-shenzhen' };
    const titles = (i: Interests) => selectFor(w, i).sections.flatMap((x) => x.items.map((it) => it.notice.title));
    expect(titles(interests({ topics: ['subsidies', 'credit-insurance'] }))).toEqual([]);
    expect(titles(interests({ topics: ['subsidies', 'credit-insurance'], location: sz })).sort()).toEqual([
      '中小企业开拓市场资金',
      '深圳市商务局关于外贸专项资金的通知',
    ]);
    const big = selectFor(w, interests({ topics: ['subsidies'], location: sz, size: { exportValueUsd: 30_000_000 } }));
    expect(big.sections.flatMap((x) => x.items.map((it) => it.notice.title))).toEqual(['深圳市商务局关于外贸专项资金的通知']);
    expect(big.ineligible).toBe(1);
    const unknown = selectFor(w, interests({ topics: ['subsidies'], location: sz }))
      .sections.flatMap((x) => x.items)
      .find((it) => it.notice.title === '中小企业开拓市场资金')!;
    expect(unknown.unknownConditions).toEqual(['annual exports at most USD 8 million']);
  });
  it('caps items, empty interests mean everything, removed notices never appear', () => {
    expect(selectFor(week, interests({ hs: ['85'] }), { maxItems: 2 }).sections.flatMap((x) => x.items)).toHaveLength(2);
    const all = selectFor(week, interests({})).sections.flatMap((x) => x.items.map((i) => i.notice.title));
    expect(all).toHaveLength(5);
    expect(all).not.toContain('removed');
    expect(selectFor(week, interests({ hs: ['29'] })).totalMatched).toBe(0);
  });
});

describe('change excerpt', () => {
  it('prefers the summary, else the first added and removed words', () => {
    expect(changeExcerpt({ changeSummary: '  rate\n raised ', diff: null })).toBe('rate raised');
    expect(
      changeExcerpt({
        changeSummary: null,
        diff: [
          ['=', 'a'],
          ['+', '13%'],
          ['-', '9%'],
          ['=', 'b'],
        ],
      }),
    ).toBe('+ 13%  − 9%');
    expect(changeExcerpt({ changeSummary: null, diff: [['=', 'same']] })).toBeNull();
    expect(changeExcerpt({ changeSummary: 'x'.repeat(500), diff: null })!.length).toBeLessThanOrEqual(220);
  });
});

describe('escaping and input', () => {
  it('escapes markup, quotes and template braces; links only http(s)', () => {
    expect(escapeHtml('<a href="x">{{y}}</a>\u0007')).toBe('&lt;a href=&quot;x&quot;&gt;&#123;&#123;y&#125;&#125;&lt;/a&gt;');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl('https://a.gov.cn/x?y=1')).toBe('https://a.gov.cn/x?y=1');
  });
  it('renders a javascript: source URL as no link at all', async () => {
    const n = notice({ title: 'x', url: 'javascript:alert(1)', hsCodes: ['85'] });
    const w = prepareWeek(weekItems([n], from), vocab);
    const r = await renderDigest({
      subscriber: { email: 'a@b.example', language: 'en' },
      period: parseWeek('2026-W10', 'UTC'),
      selection: selectFor(w, interests({ hs: ['85'] })),
      links: { notice: () => 'https://radar.example/notices/1', manage: 'https://radar.example/m', unsubscribe: 'https://radar.example/u' },
      vocab: fallbackVocabulary,
    });
    expect(r.html).not.toContain('javascript:');
    expect(r.html).toContain('https://radar.example/notices/1');
  });
  it('puts notices whose deadline is near in a closing-soon section at the top', async () => {
    const soon = notice({
      title: '申报外贸专项资金',
      topics: ['subsidies'],
      facts: { deadlines: [{ kind: 'application', from: '2026-02-01', date: '2026-03-12', text: '申报时间' }] },
    });
    const later = notice({ title: '展会补贴', topics: ['subsidies'], facts: { deadlines: [{ kind: 'application', date: '2026-06-30', text: '截止日期' }] } });
    const past = notice({
      title: '过期',
      topics: ['subsidies'],
      facts: {
        deadlines: [
          { kind: 'application', date: '2026-03-01', text: '截止日期' },
          { kind: 'effective', date: '2026-03-10', text: 'effective' },
        ],
      },
    });
    const w = prepareWeek(weekItems([soon, later, past], from), vocab);
    const sel = selectFor(w, interests({ topics: ['subsidies'] }), { today: '2026-03-09' });
    expect(sel.closingSoon.map((c) => [c.item.notice.title, c.kind, c.date])).toEqual([['申报外贸专项资金', 'application', '2026-03-12']]);
    expect(selectFor(w, interests({ topics: ['subsidies'] })).closingSoon).toEqual([]);
    const r = await renderDigest({
      subscriber: { email: 'a@b.example', language: 'zh' },
      period: parseWeek('2026-W10', 'UTC'),
      selection: sel,
      links: {
        notice: () => 'https://radar.example/notices/1',
        manage: 'https://radar.example/m',
        unsubscribe: 'https://radar.example/u',
        calendar: 'https://radar.example/feeds/deadlines.ics?for=t',
        feed: 'https://radar.example/feeds/notices.atom?for=t',
      },
      vocab: fallbackVocabulary,
    });
    expect(r.text.indexOf('== 即将截止 (1) ==')).toBeGreaterThan(0);
    expect(r.text.indexOf('== 即将截止')).toBeLessThan(r.text.indexOf('== subsidies'));
    expect(r.text).toContain('申报截止 2026-03-12');
    expect(r.html).toContain('申报截止 2026-03-12');
    expect(r.text).toContain('申报与截止日期日历: https://radar.example/feeds/deadlines.ics?for=t');
    expect(r.html).toContain('href="https://radar.example/feeds/deadlines.ics?for=t"');
    expect(r.text).toContain('您的专属政策订阅源: https://radar.example/feeds/notices.atom?for=t');
    expect(r.html).toContain('href="https://radar.example/feeds/notices.atom?for=t"');
  });
  it('takes where the company is and its size with the interests, with field-named errors', () => {
    const ok = parseSubscription({ email: 'a@b.example', topics: 'subsidies', location: '浙江省 宁波市', exportValueUsd: '5m', sme: 'no' }, fallbackVocabulary);
    expect(ok.interests).toMatchObject({
      topics: ['subsidies'],
      location: { province: 'CN-ZJ', city: 'CN-ZJ-ningbo' },
      size: { exportValueUsd: 5_000_000, sme: false },
    });
    expect(parseSubscription({ email: 'a@b.example', hs: '85' }, fallbackVocabulary).interests).not.toHaveProperty('location');
    expect(() => parseSubscription({ email: 'a@b.example', location: 'Atlantis' }, fallbackVocabulary)).toThrow(
      /^location: "Atlantis" is not a known Chinese province or city/,
    );
    expect(() => parseSubscription({ email: 'a@b.example', sme: 'perhaps' }, fallbackVocabulary)).toThrow(/^sme: true or false expected/);
  });
  it('validates e-mail addresses and interests', () => {
    expect(validEmail(' Bob@Example.COM ')).toBe('bob@example.com');
    for (const bad of [
      'bob',
      'bob@',
      '@x.com',
      'a b@x.com',
      'a@x',
      'a..b@x.com',
      'a@-x.com',
      `${'a'.repeat(250)}@x.com`,
      'a@x.com\r\nBcc: c@d.com',
      '<a@x.com>',
    ]) {
      expect(() => validEmail(bad), bad).toThrow(InputError);
    }
    const ok = parseSubscription(
      { email: 'a@b.example', hs: '8541.40, 85', regions: 'eu,us', topics: ['Tariffs'], keywords: 'solar', sendEmpty: 'on', language: 'zh' },
      fallbackVocabulary,
    );
    expect(ok.interests).toEqual({ hs: ['854140', '85'], regions: ['EU', 'US'], topics: ['tariffs'], sources: [], keywords: ['solar'] });
    expect(ok.sendEmpty).toBe(true);
    expect(() => parseSubscription({ email: 'a@b.example', language: 'fr' }, fallbackVocabulary)).toThrow(/language/);
    expect(() => parseSubscription({ email: 'a@b.example', admin: true }, fallbackVocabulary)).toThrow(/admin: unknown field/);
    expect(() => parseSubscription({ email: 'a@b.example', keywords: 'x'.repeat(61) }, fallbackVocabulary)).toThrow(/at most 60/);
    expect(() => parseSubscription([], fallbackVocabulary)).toThrow(/JSON object/);
    const mapped = parseSubscription(
      { email: 'a@b.example', products: 'solar cells' },
      { lookupProducts: (q) => (q === 'solar cells' ? [{ hs: '8541', name: 'PV' }] : []) },
    );
    expect(mapped.interests.hs).toEqual(['8541']);
  });
});
