/**
 * Renders digests. The MJML layout is compiled once per language into HTML
 * blocks (split at <!--BLOCK:name--> markers) with {{placeholders}}; each
 * subscriber's mail is then string concatenation of filled blocks, which
 * keeps personalisation cheap (MJML compilation costs ~50 ms, a fill ~0.1 ms).
 * Every value put into a placeholder is escaped here; the templates' own
 * i18n strings ({{t:key}}) are escaped before compilation.
 */
import { readFileSync } from 'node:fs';
import type { Notice, Subscriber } from '../db/types.ts';
import { escapeHtml, safeHttpUrl } from '../db/escape.ts';
import { oneLine } from './escape.ts';
import { type Lang, type Strings, strings } from './i18n.ts';
import type { Period } from './period.ts';
import type { RankedItem, Reason, Selection } from './select.ts';
import { placeName } from '../taxonomy/places.ts';
import type { Vocabulary } from './taxonomy.ts';

type Filler = (vals: Record<string, string>) => string;

export interface Layout {
  prefix: Filler;
  blocks: Record<string, Filler>;
}

const PLACEHOLDER = /\{\{([a-zA-Z]+)\}\}/g;

/** Splits a compiled HTML chunk at its placeholders once; filling is then a join. */
function filler(chunk: string): Filler {
  const parts = chunk.split(PLACEHOLDER);
  return (vals) => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) out += (vals[parts[i]] ?? '') + parts[i + 1];
    return out;
  };
}

function templateSource(name: string, lang: Lang): string {
  const s = strings(lang) as unknown as Record<string, unknown>;
  const src = readFileSync(new URL(`./templates/${name}.mjml`, import.meta.url), 'utf8');
  return src.replace(/\{\{t:([a-zA-Z]+)\}\}/g, (_, key: string) => {
    if (key === 'lang') return lang === 'zh' ? 'zh-CN' : 'en';
    const v = s[key];
    if (typeof v !== 'string') throw new Error(`template ${name}: no string "${key}"`);
    return escapeHtml(v);
  });
}

async function compile(name: string, lang: Lang): Promise<Layout> {
  const { default: mjml2html } = await import('mjml');
  const r = await mjml2html(templateSource(name, lang), { validationLevel: 'strict', keepComments: true });
  // MJML's output is indented for humans; the indentation is a third of every mail's bytes
  const compact = r.html.replace(/\n\s*/g, '\n').replace(/>\n</g, '><');
  const chunks = compact.split(/<!--BLOCK:([a-z]+)-->/);
  const blocks: Record<string, Filler> = {};
  for (let i = 1; i < chunks.length; i += 2) blocks[chunks[i]] = filler(chunks[i + 1]);
  return { prefix: filler(chunks[0]), blocks };
}

const layouts = new Map<string, Promise<Layout>>();

export function layout(name: 'digest' | 'confirm', lang: Lang): Promise<Layout> {
  const key = `${name}:${lang}`;
  let l = layouts.get(key);
  if (!l) {
    l = compile(name, lang);
    l.catch(() => layouts.delete(key));
    layouts.set(key, l);
  }
  return l;
}

export interface DigestLinks {
  notice(n: Notice): string;
  manage: string;
  unsubscribe: string;
  /** the subscriber's deadline calendar (iCalendar feed) */
  calendar?: string;
  /** the subscriber's personal notice feed (Atom) */
  feed?: string;
}

/** A digest a broker hands on to a client: the broker's name on it, and the broker (not a subscription) in the footer. */
export interface PreparedBy {
  /** "由 XX报关行 为您整理" / "Prepared for you by XX" */
  note: string;
  /** put before the subject */
  subjectPrefix: string;
  footer: string;
  contactUrl: string;
  contactLabel: string;
}

export interface DigestInput {
  subscriber: Pick<Subscriber, 'email' | 'language'>;
  preparedBy?: PreparedBy;
  period: Period;
  selection: Selection;
  links: DigestLinks;
  vocab: Pick<Vocabulary, 'topicName' | 'regionName' | 'hsName'>;
}

export interface RenderedMail {
  subject: string;
  preview: string;
  html: string;
  text: string;
  /** number of matched notices in the mail (general section excluded) */
  count: number;
}

function range(p: Period, lang: Lang): string {
  return lang === 'zh' ? `${p.firstDay} 至 ${p.lastDay}` : `${p.firstDay} – ${p.lastDay}`;
}

function metaParts(n: Notice, s: Strings): string[] {
  const parts: string[] = [];
  if (n.agency) parts.push(oneLine(n.agency));
  if (n.docNumber) parts.push(`${s.docNumber} ${oneLine(n.docNumber)}`);
  if (n.publishedAt) parts.push(`${s.published} ${oneLine(n.publishedAt)}`);
  if (n.effectiveAt) parts.push(`${s.effective} ${oneLine(n.effectiveAt)}`);
  return parts;
}

function tagLabels(n: Notice, lang: Lang, vocab: DigestInput['vocab']): string[] {
  const labels = [
    ...n.topics.map((t) => vocab.topicName(t, lang)),
    ...n.regions.map((r) => vocab.regionName(r, lang)),
    ...n.hsCodes.slice(0, 3).map((h) => `HS ${h}`),
  ];
  return [...new Set(labels.map(oneLine).filter(Boolean))].slice(0, 7);
}

function reasonLabel(r: Reason, s: Strings, lang: Lang, vocab: DigestInput['vocab']): string {
  switch (r.kind) {
    case 'topic':
      return `${s.matchTopic} ${vocab.topicName(r.value, lang)}`;
    case 'hs':
      return `${s.matchHs} ${r.value}${r.via ? ` (${r.via})` : ''}`;
    case 'region':
      return `${s.matchRegion} ${vocab.regionName(r.value, lang)}${r.via ? ` (${vocab.regionName(r.via, lang)})` : ''}`;
    case 'source':
      return `${s.matchSource} ${r.value}`;
    case 'keyword':
      return `${s.matchKeyword} “${r.value}”`;
    case 'local':
      return `${s.matchLocal} ${placeName(r.value, lang) ?? r.value}`;
    default:
      return s.noInterests;
  }
}

function whyLine(it: RankedItem, s: Strings, lang: Lang, vocab: DigestInput['vocab']): string {
  const parts = it.reasons.slice(0, 4).map((r) => oneLine(reasonLabel(r, s, lang, vocab)));
  if (it.unknownConditions?.length) parts.push(`${s.checkConditions}${lang === 'en' ? `: ${it.unknownConditions.join('; ')}` : ''}`);
  return parts.join(' · ');
}

function subjectCount(sel: Selection): number {
  return sel.newCount + sel.changedCount;
}

export async function renderDigest(input: DigestInput): Promise<RenderedMail> {
  const lang: Lang = input.subscriber.language === 'zh' ? 'zh' : 'en';
  const s = strings(lang);
  const L = await layout('digest', lang);
  const { selection: sel, period, links, vocab } = input;
  const count = subjectCount(sel);
  const by = input.preparedBy;
  const subject = oneLine(`${by ? `${by.subjectPrefix} · ` : ''}${s.subject(period.id, count)}`);
  const preview = oneLine(s.preview(count, sel.changedCount));
  const summary = count ? s.summary(sel.newCount, sel.changedCount, period.id, range(period, lang)) : s.summaryEmpty(period.id, range(period, lang));
  const topicName = (t: string | null) => (t ? vocab.topicName(t, lang) : s.otherTopic);

  let html = L.prefix({ title: escapeHtml(subject), preview: escapeHtml(preview) });
  html += L.blocks.header({ week: escapeHtml(period.id), summary: escapeHtml(summary) });
  if (by) html += L.blocks.note({ note: escapeHtml(by.note) });
  if (!count) html += L.blocks.empty({ message: escapeHtml(s.summaryEmpty(period.id, range(period, lang))) });
  const closing = sel.closingSoon ?? [];
  if (closing.length) {
    html += L.blocks.topic({ topic: escapeHtml(s.closingTitle), count: String(closing.length) });
    for (const c of closing) {
      html += L.blocks.compact({
        url: escapeHtml(safeHttpUrl(links.notice(c.item.notice)) ?? '#'),
        noticeTitle: escapeHtml(oneLine(c.item.notice.title)),
        meta: escapeHtml(s.closes(c.kind, c.date)),
      });
    }
  }
  for (const sec of sel.sections) {
    html += L.blocks.topic({ topic: escapeHtml(topicName(sec.topic)), count: String(sec.items.length) });
    for (const it of sec.items) {
      const n = it.notice;
      const original = safeHttpUrl(n.url);
      html += L.blocks.card({
        url: escapeHtml(safeHttpUrl(links.notice(n)) ?? '#'),
        noticeTitle: escapeHtml(oneLine(n.title)),
        badge:
          it.kind === 'new'
            ? `<span class="pr-badge pr-new" style="background:#15803d;color:#fff;">${escapeHtml(s.newBadge)}</span>`
            : `<span class="pr-badge pr-changed" style="background:#b45309;color:#fff;">${escapeHtml(s.changedBadge)}</span>`,
        meta: metaParts(n, s).map(escapeHtml).join(' · '),
        change: it.change ? `<div class="pr-change"><strong>${escapeHtml(s.whatChanged)}:</strong> ${escapeHtml(it.change)}</div>` : '',
        tags: tagLabels(n, lang, vocab)
          .map((t) => `<span class="pr-tag">${escapeHtml(t)}</span>`)
          .join(''),
        why: `${escapeHtml(s.whyMatched)}: ${escapeHtml(whyLine(it, s, lang, vocab))}`,
        original: original
          ? ` <span style="color:#cbd5e1;">|</span> <a href="${escapeHtml(original)}" style="color:#64748b;font-size:12px;text-decoration:none;">${escapeHtml(s.original)} ↗</a>`
          : '',
      });
    }
  }
  if (sel.general.length) {
    html += L.blocks.general({});
    for (const it of sel.general) {
      html += L.blocks.compact({
        url: escapeHtml(safeHttpUrl(links.notice(it.notice)) ?? '#'),
        noticeTitle: escapeHtml(oneLine(it.notice.title)),
        meta: metaParts(it.notice, s).map(escapeHtml).join(' · '),
      });
    }
  }
  if (links.calendar && safeHttpUrl(links.calendar))
    html += L.blocks.compact({ url: escapeHtml(links.calendar), noticeTitle: escapeHtml(s.calendar), meta: escapeHtml(s.calendarHint) });
  if (links.feed && safeHttpUrl(links.feed))
    html += L.blocks.compact({ url: escapeHtml(links.feed), noticeTitle: escapeHtml(s.feed), meta: escapeHtml(s.feedHint) });
  html += by
    ? L.blocks.plainfooter({ footerWhy: escapeHtml(by.footer), contactUrl: escapeHtml(by.contactUrl), contactLabel: escapeHtml(by.contactLabel) })
    : L.blocks.footer({
        footerWhy: escapeHtml(s.footerWhy(input.subscriber.email)),
        manageUrl: escapeHtml(links.manage),
        unsubscribeUrl: escapeHtml(links.unsubscribe),
      });
  html += L.blocks.end({});

  return { subject, preview, html, text: renderText(input, subject, summary), count };
}

/** The plain-text alternative part. */
export function renderText(input: DigestInput, subject: string, summary: string): string {
  const lang: Lang = input.subscriber.language === 'zh' ? 'zh' : 'en';
  const s = strings(lang);
  const { selection: sel, links, vocab } = input;
  const by = input.preparedBy;
  const out: string[] = [subject, '', ...(by ? [oneLine(by.note), ''] : []), oneLine(summary), ''];
  const closing = sel.closingSoon ?? [];
  if (closing.length) {
    out.push(`== ${s.closingTitle} (${closing.length}) ==`, '');
    for (const c of closing) out.push(`- ${oneLine(c.item.notice.title)}`, `  ${s.closes(c.kind, c.date)}`, `  ${links.notice(c.item.notice)}`, '');
  }
  const item = (it: RankedItem, full: boolean) => {
    const n = it.notice;
    out.push(`${full ? `[${it.kind === 'new' ? s.newBadge : s.changedBadge}] ` : '- '}${oneLine(n.title)}`);
    const meta = metaParts(n, s).join(' · ');
    if (meta) out.push(`  ${meta}`);
    if (full && it.change) out.push(`  ${s.whatChanged}: ${oneLine(it.change)}`);
    if (full && it.reasons.length) out.push(`  ${s.whyMatched}: ${whyLine(it, s, lang, vocab)}`);
    out.push(`  ${links.notice(n)}`, '');
  };
  for (const sec of sel.sections) {
    out.push(`== ${oneLine(sec.topic ? vocab.topicName(sec.topic, lang) : s.otherTopic)} (${sec.items.length}) ==`, '');
    for (const it of sec.items) item(it, true);
  }
  if (sel.general.length) {
    out.push(`== ${s.generalTitle} ==`, s.generalIntro, '');
    for (const it of sel.general) item(it, false);
  }
  if (by) {
    out.push('-- ', oneLine(by.footer), `${by.contactLabel}: ${by.contactUrl}`, '');
    return out.join('\n');
  }
  out.push(
    '-- ',
    s.footerWhy(input.subscriber.email),
    `${s.manage}: ${links.manage}`,
    ...(links.calendar ? [`${s.calendar}: ${links.calendar}`] : []),
    ...(links.feed ? [`${s.feed}: ${links.feed}`] : []),
    `${s.unsubscribe}: ${links.unsubscribe}`,
    '',
  );
  return out.join('\n');
}

export interface ConfirmInput {
  lang: Lang;
  kind: 'confirm' | 'already';
  url: string;
}

/** The double opt-in mail (or, for an address already confirmed, a pointer to the manage page). */
export async function renderConfirm(input: ConfirmInput): Promise<RenderedMail> {
  const s = strings(input.lang);
  const L = await layout('confirm', input.lang);
  const confirm = input.kind === 'confirm';
  const subject = confirm ? s.confirmSubject : s.alreadySubject;
  const intro = confirm ? s.confirmIntro : s.alreadyIntro;
  const button = confirm ? s.confirmButton : s.manage;
  const url = escapeHtml(input.url);
  const html =
    L.prefix({ title: escapeHtml(subject) }) +
    L.blocks.body({ intro: escapeHtml(intro), button: escapeHtml(button), note: escapeHtml(s.confirmIgnore), url }) +
    L.blocks.end({});
  const text = [subject, '', intro, '', `${button}: ${input.url}`, '', s.confirmIgnore, ''].join('\n');
  return { subject, preview: subject, html, text, count: 0 };
}
