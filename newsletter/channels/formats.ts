/**
 * Message formats of each channel kind (pure): PushContent → request bodies,
 * split under the platform's limit (split.ts). Signing is sign.ts, at send time.
 *
 * What these follow (platform docs as published, checked 2026-12):
 * - WeCom group robot (developer.work.weixin.qq.com/document/path/91770):
 *   POST JSON `{"msgtype":"markdown","markdown":{"content":…}}` to the
 *   robot's webhook URL (its `key` is in the URL); content at most 4096
 *   bytes UTF-8; answer `{"errcode":0,"errmsg":"ok"}`, errcode ≠ 0 is an error.
 *   Markdown subset: headings, bold, [text](url), > quote, <font color>.
 * - DingTalk custom robot (open.dingtalk.com, "自定义机器人发送群消息"):
 *   `{"msgtype":"markdown","markdown":{"title":…,"text":…}}`, body ≤ 20 KB;
 *   answer `{"errcode":0}`. Signing in the URL, see sign.ts.
 * - Feishu/Lark custom bot (open.feishu.cn, "自定义机器人使用指南"):
 *   `{"msg_type":"interactive","card":{header,elements:[{tag:"markdown"}]}}`,
 *   request body ≤ 20 KB; answer `{"code":0}` (older: `StatusCode: 0`).
 *   Signing in the body (`timestamp`, `sign`), see sign.ts.
 * - Generic webhook: our own JSON (`type: "policy-radar.push"`), one part
 *   at most 256 KB, signed in headers (sign.ts).
 * Limits are measured in UTF-8 bytes with a margin (20 000 for "20 KB").
 */
import type { PushContent, PushItem } from './content.ts';
import { words } from './content.ts';
import { cutChars, type Layout, packBlocks, partLabel, utf8Bytes } from './split.ts';

export const CHANNEL_KINDS = ['wecom', 'dingtalk', 'feishu', 'webhook'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export function isChannelKind(s: string): s is ChannelKind {
  return (CHANNEL_KINDS as readonly string[]).includes(s);
}

export const LIMITS: Record<ChannelKind, number> = {
  wecom: 4096,
  dingtalk: 20_000,
  // the signature fields (sign.ts) are added to the body after splitting
  feishu: 20_000 - 120,
  webhook: 256 * 1024,
};

/** One request body, before signing. */
export type PushBody = Record<string, unknown>;

/**
 * Text safe inside the platforms' markdown: no markup characters from
 * notice titles (a "]" would end a link, "<" start a tag). Full-width
 * look-alikes keep the text readable.
 */
export function mdText(s: string): string {
  return s.replace(
    /[[\]<>*_`#~|]/g,
    (c) => ({ '[': '［', ']': '］', '<': '＜', '>': '＞', '*': '＊', _: '＿', '`': 'ˋ', '#': '＃', '~': '～', '|': '｜' })[c] ?? c,
  );
}

/** A URL safe inside "(…)" of a markdown link. */
export function mdUrl(u: string): string {
  return u.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}

function mdLink(text: string, url: string): string {
  return url ? `[${mdText(text)}](${mdUrl(url)})` : mdText(text);
}

function freeText(it: PushItem): number {
  return Array.from(it.title).length + Array.from(it.change ?? '').length;
}

/** One item in markdown; `cut` limits title + change to that many characters and adds the full-text link. */
function mdBlock(it: PushItem, lang: PushContent['lang'], cut?: number): string {
  const w = words(lang);
  const tLen = Array.from(it.title).length;
  const title = cut === undefined ? it.title : cutChars(it.title, cut);
  const change = it.change === null ? null : cut === undefined ? it.change : cutChars(it.change, Math.max(0, cut - tLen));
  const lines = [`**${mdLink(title, it.url)}** (${it.kind === 'new' ? w.new : w.changed})`];
  if (it.meta) lines.push(mdText(it.meta));
  if (it.deadline) lines.push(`⏰ ${w.deadline[it.deadline.kind]} ${it.deadline.date}`);
  if (change) lines.push(`> ${mdText(change)}`);
  if (cut !== undefined) lines.push(`…(${w.fullText}: ${mdLink(it.url || it.sourceUrl, it.url || it.sourceUrl)})`);
  return lines.join('\n');
}

function mdFooter(c: PushContent): string {
  const w = words(c.lang);
  const out: string[] = [];
  if (c.totalMatched > c.items.length) out.push(w.more(c.totalMatched - c.items.length));
  if (c.manageUrl) out.push(mdLink(w.manage, c.manageUrl));
  return out.join('\n');
}

function mdMessage(c: PushContent, blocks: string[], label: string, withFooter: boolean): string {
  const head = `## ${mdText(c.heading)}${label ? ` (${label})` : ''}`;
  const body = blocks.length ? blocks.join('\n\n') : words(c.lang).empty;
  const foot = withFooter ? mdFooter(c) : '';
  return [head, body, foot].filter(Boolean).join('\n\n');
}

/** Markdown parts of a push, each fitting `fits(markdown, label)`; the footer goes on the last part (always reserved). */
function mdParts(c: PushContent, fits: (md: string, label: string) => boolean): { md: string; label: string }[] {
  const layout: Layout<PushItem> = {
    block: (it, cut) => mdBlock(it, c.lang, cut),
    freeText,
    fits: (blocks, label) => fits(mdMessage(c, blocks, label, true), label),
  };
  const parts = packBlocks(c.items, layout);
  return parts.map((blocks, i) => {
    const label = partLabel(i, parts.length);
    return { md: mdMessage(c, blocks, label, i === parts.length - 1), label };
  });
}

const jsonBytes = (o: unknown) => utf8Bytes(JSON.stringify(o));

function wecomBody(md: string): PushBody {
  return { msgtype: 'markdown', markdown: { content: md } };
}

function dingtalkBody(c: PushContent, md: string, label: string): PushBody {
  return { msgtype: 'markdown', markdown: { title: label ? `${c.heading} ${label}` : c.heading, text: md } };
}

function feishuBody(c: PushContent, md: string, label: string): PushBody {
  return {
    msg_type: 'interactive',
    card: {
      config: { wide_screen_mode: true },
      header: { template: 'blue', title: { tag: 'plain_text', content: label ? `${c.heading} (${label})` : c.heading } },
      // the header carries the heading; the markdown element starts at the items
      elements: [{ tag: 'markdown', content: md.replace(/^## [^\n]*\n*/, '') }],
    },
  };
}

function webhookItem(it: PushItem, cut?: number): Record<string, unknown> {
  const tLen = Array.from(it.title).length;
  const o: Record<string, unknown> = {
    noticeId: it.noticeId,
    kind: it.kind,
    title: cut === undefined ? it.title : cutChars(it.title, cut),
    url: it.url,
    sourceUrl: it.sourceUrl,
    meta: it.meta,
    change: it.change === null || cut === undefined ? it.change : cutChars(it.change, Math.max(0, cut - tLen)),
    topic: it.topic,
    topics: it.topics,
    hsCodes: it.hsCodes,
    regions: it.regions,
    deadline: it.deadline,
  };
  // receivers see explicitly that the text was shortened and where the full text is
  if (cut !== undefined) o.truncated = true;
  return o;
}

function webhookBody(c: PushContent, items: string[], i: number, n: number): string {
  const head = JSON.stringify({
    type: 'policy-radar.push',
    key: c.key,
    heading: c.heading,
    lang: c.lang,
    part: i + 1,
    parts: n,
    totalMatched: c.totalMatched,
    manageUrl: c.manageUrl,
  });
  return `${head.slice(0, -1)},"items":[${items.join(',')}]}`;
}

/** The request bodies of one push on one channel kind, in order. */
export function formatPush(kind: ChannelKind, c: PushContent): PushBody[] {
  const limit = LIMITS[kind];
  switch (kind) {
    case 'wecom':
      return mdParts(c, (md) => utf8Bytes(md) <= limit).map((p) => wecomBody(p.md));
    case 'dingtalk':
      return mdParts(c, (md, label) => jsonBytes(dingtalkBody(c, md, label)) <= limit).map((p) => dingtalkBody(c, p.md, p.label));
    case 'feishu':
      return mdParts(c, (md, label) => jsonBytes(feishuBody(c, md, label)) <= limit).map((p) => feishuBody(c, p.md, p.label));
    case 'webhook': {
      const layout: Layout<PushItem> = {
        block: (it, cut) => JSON.stringify(webhookItem(it, cut)),
        freeText,
        fits: (blocks) => utf8Bytes(webhookBody(c, blocks, 998, 999)) <= limit,
      };
      const parts = packBlocks(c.items, layout);
      return parts.map((blocks, i) => JSON.parse(webhookBody(c, blocks, i, parts.length)) as PushBody);
    }
  }
}
