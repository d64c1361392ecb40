import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../../db/types.ts';
import { digestContent, instantContent, type PushContent } from '../../newsletter/channels/content.ts';
import { type ChannelKind, formatPush, mdText } from '../../newsletter/channels/formats.ts';
import { signRequest } from '../../newsletter/channels/sign.ts';
import type { Selection } from '../../newsletter/select.ts';
import { fallbackVocabulary } from '../../newsletter/taxonomy.ts';
import { DING_SECRET, FEISHU_SECRET, HOOK_SECRET, type Receiver, startReceiver, urls } from './receiver.ts';

let n = 0;
function notice(title: string, extra: Partial<Notice> = {}): Notice {
  const id = ++n;
  const t = new Date('2026-11-24T02:00:00Z');
  return {
    id,
    sourceId: 'mofcom-gg',
    url: `https://www.mofcom.gov.cn/zwgk/gkzcfb/art/2026/art_${id}.html`,
    title,
    docNumber: `商务部公告2026年第${id}号`,
    agency: '商务部',
    language: 'zh',
    publishedAt: '2026-11-24',
    effectiveAt: null,
    firstSeenAt: t,
    lastSeenAt: t,
    lastChangedAt: t,
    status: 'active',
    versionCount: 1,
    contentHash: `h${id}`,
    topics: ['export-control'],
    hsCodes: ['8541'],
    regions: ['CN'],
    ...extra,
  };
}

function selection(ns: Notice[], change?: (i: number) => string | null): Selection {
  const items = ns.map((nt, i) => ({
    notice: nt,
    kind: change?.(i) ? ('changed' as const) : ('new' as const),
    change: change?.(i) ?? null,
    score: 3,
    reasons: [{ kind: 'topic' as const, value: 'export-control' }],
  }));
  return {
    sections: [{ topic: 'export-control', items }],
    general: [],
    newCount: items.length,
    changedCount: 0,
    totalMatched: items.length,
    ineligible: 0,
    closingSoon: [],
  };
}

const content = (ns: Notice[], change?: (i: number) => string | null): PushContent =>
  digestContent({
    period: '2026-W48',
    lang: 'zh',
    selection: selection(ns, change),
    vocab: fallbackVocabulary,
    noticeUrl: (x) => `https://radar.example.org/notices/${x.id}`,
    manageUrl: 'https://radar.example.org/subscriptions/manage?token=abc',
  });

const SECRETS: Record<ChannelKind, string | null> = { wecom: null, dingtalk: DING_SECRET, feishu: FEISHU_SECRET, webhook: HOOK_SECRET };

let rx: Receiver;
beforeAll(async () => {
  rx = await startReceiver();
});
afterAll(() => rx.close());

async function post(kind: ChannelKind, c: PushContent, secret = SECRETS[kind]) {
  const bodies = formatPush(kind, c);
  const answers: { status: number; json: any }[] = [];
  for (const [i, b] of bodies.entries()) {
    const r = signRequest(kind, { url: urls(rx.base)[kind], secret }, b, { deliveryId: `t-${i}` });
    const res = await fetch(r.url, { method: 'POST', headers: r.headers, body: r.body });
    answers.push({ status: res.status, json: await res.json() });
  }
  return { bodies, answers };
}

const ok = (a: { status: number; json: any }) => a.status === 200 && (a.json.errcode === 0 || a.json.code === 0 || a.json.ok === true);

describe('channel message formats, checked by a local receiver as each platform checks them', () => {
  const ns = [notice('关于对部分镓、锗相关物项实施出口管制的公告'), notice('Title with ]( and <b>markup</b> *stars*')];

  for (const kind of ['wecom', 'dingtalk', 'feishu', 'webhook'] as const) {
    it(`${kind}: a small digest is one accepted message with every item and its link`, async () => {
      const before = rx.accepted.length;
      const { bodies, answers } = await post(kind, content(ns));
      expect(bodies).toHaveLength(1);
      expect(answers.every(ok), JSON.stringify(answers)).toBe(true);
      const got = rx.accepted.slice(before);
      expect(got.map((g) => g.platform)).toEqual([kind]);
      const text = got[0].raw;
      for (const x of ns) expect(text).toContain(`https://radar.example.org/notices/${x.id}`);
      expect(text).toContain('镓、锗');
      if (kind !== 'webhook') {
        // markup in a title cannot open a link or a tag
        expect(text).not.toContain('<b>');
        expect(text).toContain('＜b＞');
      }
    });
  }

  it('what closes soon comes first in every format, marked with its deadline, as in the mail', async () => {
    const late = notice('关于开展2027年度外经贸发展专项资金申报工作的通知');
    const plain = notice('关于调整部分商品出口退税率的公告');
    const sel = selection([plain, late]);
    sel.closingSoon = [{ item: sel.sections[0].items[1], date: '2026-12-10', kind: 'application' }];
    const c = digestContent({
      period: '2026-W48',
      lang: 'zh',
      selection: sel,
      vocab: fallbackVocabulary,
      noticeUrl: (x) => `https://radar.example.org/notices/${x.id}`,
    });
    expect(c.items.map((i) => i.noticeId)).toEqual([late.id, plain.id]);
    expect(c.items.map((i) => i.deadline)).toEqual([{ date: '2026-12-10', kind: 'application' }, null]);
    for (const kind of ['wecom', 'dingtalk', 'feishu'] as const) {
      const raw = JSON.stringify(formatPush(kind, c));
      expect(raw).toContain('申报截止 2026-12-10');
      expect(raw.indexOf('专项资金')).toBeLessThan(raw.indexOf('出口退税率'));
    }
    const body = formatPush('webhook', c)[0] as { items: { deadline: unknown }[] };
    expect(body.items[0]).toMatchObject({ noticeId: late.id, deadline: { date: '2026-12-10', kind: 'application' } });
    expect(body.items[1].deadline).toBeNull();
  });

  it('the receiver refuses wrong signatures (so the checks above mean something)', async () => {
    for (const kind of ['dingtalk', 'feishu', 'webhook'] as const) {
      const { answers } = await post(kind, content(ns), 'not-the-secret');
      expect(answers.some(ok)).toBe(false);
    }
    const { answers } = await post('dingtalk', content(ns), null);
    expect(answers[0].json.errcode).toBe(310000);
  });

  it('an instant push is one notice', async () => {
    const c = instantContent({ notice: ns[0], kind: 'new', lang: 'en', noticeUrl: (x) => `https://radar.example.org/notices/${x.id}` });
    const { bodies, answers } = await post('wecom', c);
    expect(answers.every(ok)).toBe(true);
    const md = (bodies[0].markdown as { content: string }).content;
    expect(md).toContain('Policy Radar · new notice');
    expect(md).toContain(`notices/${ns[0].id}`);
  });
});

describe('splitting at item boundaries', () => {
  const many = Array.from({ length: 80 }, (_, i) => notice(`关于调整第${i}批进口商品关税税率及相关贸易救济措施的公告（第${i}号）`));
  const idsIn = (s: string) => [...s.matchAll(/notices\/(\d+)/g)].map((m) => Number(m[1]));

  for (const kind of ['wecom', 'dingtalk', 'feishu', 'webhook'] as const) {
    it(`${kind}: 80 items and long excerpts are split into numbered parts, each accepted, each item once and in order`, async () => {
      const c = content(many, (i) => (i % 2 ? `第${i}条修改：${'税率由百分之十调整为百分之五。'.repeat(kind === 'webhook' ? 2000 : 12)}` : null));
      const { bodies, answers } = await post(kind, c);
      expect(bodies.length).toBeGreaterThan(1);
      expect(answers.every(ok), JSON.stringify(answers.filter((a) => !ok(a)))).toBe(true);
      const all = bodies.flatMap((b) => idsIn(JSON.stringify(b))).filter((id, i, a) => a.indexOf(id) === i);
      expect(all).toEqual(many.map((x) => x.id));
      // an item's links stay in one part
      const perPart = bodies.map((b) => new Set(idsIn(JSON.stringify(b))));
      for (const x of many) expect(perPart.filter((s) => s.has(x.id))).toHaveLength(1);
      const texts = bodies.map((b) => JSON.stringify(b));
      if (kind === 'webhook') {
        expect(bodies.map((b) => [b.part, b.parts])).toEqual(bodies.map((_, i) => [i + 1, bodies.length]));
      } else {
        texts.forEach((t, i) => {
          expect(t).toContain(`${i + 1}/${bodies.length}`);
        });
      }
      // nothing was shortened: each excerpt is whole somewhere
      expect(texts.join('')).not.toContain('…(');
      // the manage link is on the last part
      expect(texts.at(-1)).toContain('subscriptions/manage');
    });
  }

  it('an item that alone exceeds the limit is shortened with an explicit full-text link, not dropped', async () => {
    const before = notice('前一条');
    const huge = notice('超长公告');
    const after = notice('后一条');
    const c = content([before, huge, after], (i) => (i === 1 ? '附件清单：'.concat('第一类物项说明文字。'.repeat(10000)) : null));
    for (const kind of ['wecom', 'dingtalk', 'feishu', 'webhook'] as const) {
      const { bodies, answers } = await post(kind, c);
      expect(answers.every(ok)).toBe(true);
      const t = JSON.stringify(bodies);
      expect(idsIn(t).filter((v, i, a) => a.indexOf(v) === i)).toEqual([before.id, huge.id, after.id]);
      if (kind === 'webhook')
        expect(bodies.flatMap((b) => b.items as { noticeId: number; truncated?: boolean }[]).find((x) => x.noticeId === huge.id)?.truncated).toBe(true);
      else expect(t).toContain(`…(全文: [https://radar.example.org/notices/${huge.id}]`);
      // shortened, but as long as the limit allows: more than half of the first part's budget is the excerpt
      expect(t).toContain('第一类物项说明文字。'.repeat(kind === 'wecom' ? 50 : 300));
    }
  });

  it('an empty digest says so in one message', () => {
    const md = (formatPush('wecom', content([]))[0].markdown as { content: string }).content;
    expect(md).toContain('本周没有');
  });

  it('markdown escaping replaces every markup character of titles', () => {
    expect(mdText('a[b](c)<d>*e*_f_`g`#h~i|j')).toBe('a［b］(c)＜d＞＊e＊＿f＿ˋgˋ＃h～i｜j');
  });
});
