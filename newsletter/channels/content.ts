/**
 * What a push says, independent of the platform (pure): the digest's own
 * Selection (whatever rule select.ts or its successor applies) flattened into
 * items with a link and a one-line "why", or one notice for an instant push.
 * Platform modules only lay these out; nothing here decides relevance.
 */
import { safeHttpUrl } from '../../db/escape.ts';
import type { Notice } from '../../db/types.ts';
import { oneLine } from '../escape.ts';
import type { Lang } from '../i18n.ts';
import type { RankedItem, Selection } from '../select.ts';
import type { Vocabulary } from '../taxonomy.ts';

export interface PushItem {
  noticeId: number;
  title: string;
  /** our page for the notice (always http(s)) */
  url: string;
  /** the ministry's page */
  sourceUrl: string;
  kind: 'new' | 'changed';
  /** agency · document number · date */
  meta: string;
  /** "what changed" excerpt for changed notices */
  change: string | null;
  /** topic name the digest grouped it under, or null (general section) */
  topic: string | null;
  topics: string[];
  hsCodes: string[];
  regions: string[];
  /** an application / comment deadline within the digest's closing-soon window (YYYY-MM-DD) */
  deadline: { date: string; kind: 'application' | 'comments' | 'deadline' } | null;
}

export interface PushContent {
  /** weekly: the ISO week id; instant: `notice:<id>` */
  key: string;
  lang: Lang;
  heading: string;
  items: PushItem[];
  /** matched before the digest's maxItems cap */
  totalMatched: number;
  manageUrl: string | null;
}

const WORDS = {
  zh: {
    weekly: (p: string) => `政策雷达 · ${p} 周报`,
    instant: '政策雷达 · 新通知',
    new: '新',
    changed: '更新',
    empty: '本周没有与您的关注相符的新通知。',
    manage: '管理推送',
    more: (n: number) => `另有 ${n} 条匹配，见网页。`,
    fullText: '全文',
    deadline: { application: '申报截止', comments: '意见反馈截止', deadline: '截止' },
  },
  en: {
    weekly: (p: string) => `Policy Radar · week ${p}`,
    instant: 'Policy Radar · new notice',
    new: 'new',
    changed: 'changed',
    empty: 'Nothing new matched your interests this week.',
    manage: 'Manage pushes',
    more: (n: number) => `${n} more matched; see the web page.`,
    fullText: 'full text',
    deadline: { application: 'applications close', comments: 'comments close', deadline: 'deadline' },
  },
} as const;

export function words(lang: Lang) {
  return WORDS[lang] ?? WORDS.en;
}

function meta(n: Notice): string {
  return [n.agency, n.docNumber, n.publishedAt]
    .filter((x): x is string => !!x)
    .map(oneLine)
    .join(' · ');
}

export function pushItem(n: Notice, kind: 'new' | 'changed', change: string | null, topic: string | null, noticeUrl: (n: Notice) => string): PushItem {
  return {
    noticeId: n.id,
    title: oneLine(n.title) || `#${n.id}`,
    url: safeHttpUrl(noticeUrl(n)) ?? '',
    sourceUrl: safeHttpUrl(n.url) ?? '',
    kind,
    meta: meta(n),
    change: change ? oneLine(change) : null,
    topic,
    topics: n.topics,
    hsCodes: n.hsCodes,
    regions: n.regions,
    deadline: null,
  };
}

/**
 * The digest's selection as push items: like the mail, what closes soon comes
 * first (soonest deadline first, each item marked with its deadline), then the
 * digest's order (sections, then the general section).
 */
export function digestContent(o: {
  period: string;
  lang: Lang;
  selection: Selection;
  vocab: Pick<Vocabulary, 'topicName'>;
  noticeUrl: (n: Notice) => string;
  manageUrl?: string | null;
}): PushContent {
  const closing = new Map(o.selection.closingSoon.map((c, i) => [c.item.notice.id, { rank: i, deadline: { date: c.date, kind: c.kind } }]));
  const items: PushItem[] = [];
  const add = (it: RankedItem, topic: string | null) =>
    items.push({ ...pushItem(it.notice, it.kind, it.change, topic, o.noticeUrl), deadline: closing.get(it.notice.id)?.deadline ?? null });
  for (const sec of o.selection.sections) for (const it of sec.items) add(it, sec.topic ? o.vocab.topicName(sec.topic, o.lang) : null);
  for (const it of o.selection.general) add(it, null);
  // stable: items without a deadline keep the digest's order
  const rank = (it: PushItem) => closing.get(it.noticeId)?.rank ?? Number.POSITIVE_INFINITY;
  items.sort((a, b) => rank(a) - rank(b));
  return {
    key: o.period,
    lang: o.lang,
    heading: words(o.lang).weekly(o.period),
    items,
    totalMatched: o.selection.totalMatched,
    manageUrl: o.manageUrl ?? null,
  };
}

/** One notice as an instant push. */
export function instantContent(o: {
  notice: Notice;
  kind: 'new' | 'changed';
  change?: string | null;
  lang: Lang;
  noticeUrl: (n: Notice) => string;
  manageUrl?: string | null;
}): PushContent {
  return {
    key: `notice:${o.notice.id}`,
    lang: o.lang,
    heading: words(o.lang).instant,
    items: [pushItem(o.notice, o.kind, o.change ?? null, null, o.noticeUrl)],
    totalMatched: 1,
    manageUrl: o.manageUrl ?? null,
  };
}
