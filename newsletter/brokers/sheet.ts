/**
 * The one-page "policy sheet" a broker prints and hands to a client at the counter
 * (pure: data in, HTML out, so the server can mount it as a page later and pdf.ts can
 * print it). A4 print stylesheet, no navigation, no QR code; per notice its title,
 * agency, date, deadline, one line on why it matters (from the match reasons) and the
 * link. Every value from a notice is escaped (db/escape.ts).
 */
import type { Broker, BrokerClient, Notice } from '../../db/types.ts';
import { escapeHtml, safeHttpUrl } from '../../db/escape.ts';
import { placeName } from '../../taxonomy/places.ts';
import { oneLine } from '../escape.ts';
import type { Lang } from '../i18n.ts';
import { closingDeadline, type RankedItem, type Selection } from '../select.ts';
import type { Vocabulary } from '../taxonomy.ts';
import { brokerStrings } from './strings.ts';

/** notices on one A4 page; the rest are counted, not dropped silently */
export const SHEET_MAX_ITEMS = 10;
const TITLE_MAX = 110;

export interface SheetInput {
  broker: Pick<Broker, 'name' | 'email'>;
  client: Pick<BrokerClient, 'name' | 'language'>;
  selection: Selection;
  /** first and last day covered, YYYY-MM-DD */
  firstDay: string;
  lastDay: string;
  /** the day deadlines are counted from and the sheet is dated, YYYY-MM-DD */
  today: string;
  noticeUrl(n: Notice): string;
  vocab: Pick<Vocabulary, 'topicName' | 'regionName' | 'hsName'>;
  maxItems?: number;
}

export interface SheetRow {
  item: RankedItem;
  deadline: string | null;
}

/** The items of a sheet: those closing soon first (soonest first), then by score. */
export function sheetRows(sel: Selection, today: string, max = SHEET_MAX_ITEMS): { rows: SheetRow[]; more: number } {
  const all = sel.sections.flatMap((s) => s.items);
  const rows = all.map((item) => ({ item, deadline: closingDeadline(item.notice, today, 60)?.date ?? null }));
  rows.sort(
    (a, b) =>
      (a.deadline ? 0 : 1) - (b.deadline ? 0 : 1) ||
      (a.deadline ?? '').localeCompare(b.deadline ?? '') ||
      b.item.score - a.item.score ||
      a.item.notice.id - b.item.notice.id,
  );
  return { rows: rows.slice(0, max), more: Math.max(0, all.length - max) + Math.max(0, sel.totalMatched - all.length) };
}

/** One line on why a notice matters to the client, from the reasons it matched. */
export function whyItMatters(it: RankedItem, lang: Lang, vocab: SheetInput['vocab']): string {
  const t = brokerStrings(lang);
  const parts: string[] = [];
  for (const r of it.reasons) {
    if (r.kind === 'hs') parts.push(t.product(r.value, vocab.hsName(r.value, lang) || undefined));
    else if (r.kind === 'region') parts.push(t.market(vocab.regionName(r.via ?? r.value, lang)));
    else if (r.kind === 'topic') parts.push(t.topic(vocab.topicName(r.value, lang)));
    else if (r.kind === 'local') parts.push(t.local(placeName(r.value, lang) ?? r.value));
    else if (r.kind === 'keyword') parts.push(t.keyword(r.value));
  }
  if (!it.reasons.some((r) => r.kind === 'topic') && it.notice.topics[0]) parts.unshift(vocab.topicName(it.notice.topics[0], lang));
  if (it.unknownConditions?.length) parts.push(t.conditions);
  return oneLine(parts.slice(0, 4).join(lang === 'zh' ? '；' : '; '));
}

export const SHEET_STYLE = `
@page { size: A4; margin: 14mm 14mm 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'PingFang SC', 'Microsoft YaHei', -apple-system, 'Segoe UI', Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #111827; }
main { max-width: 182mm; margin: 0 auto; }
header { border-bottom: 2px solid #0f2744; padding-bottom: 3mm; margin-bottom: 3mm; display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm; }
h1 { font-size: 16pt; margin: 0; color: #0f2744; }
.by { font-size: 10.5pt; font-weight: 600; margin-top: 1mm; }
.meta { color: #4b5563; font-size: 9pt; text-align: right; }
.period { color: #374151; font-size: 9.5pt; margin: 0 0 3mm; }
ol { list-style: none; margin: 0; padding: 0; }
li { padding: 2.2mm 0; border-bottom: 1px solid #e5e7eb; break-inside: avoid; }
.title { font-weight: 700; font-size: 10.5pt; }
.title a { color: #0b3d91; text-decoration: none; }
.facts { color: #4b5563; font-size: 8.8pt; margin-top: 0.6mm; }
.deadline { color: #b91c1c; font-weight: 700; }
.why { font-size: 9.2pt; margin-top: 0.6mm; }
.why b { color: #0f2744; }
.url { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 8pt; color: #374151; word-break: break-all; margin-top: 0.4mm; }
.empty, .more { color: #4b5563; margin: 4mm 0; }
footer { margin-top: 4mm; color: #6b7280; font-size: 8.5pt; }
@media screen { body { background: #f1f5f9; } main { background: #fff; margin: 8mm auto; padding: 12mm 14mm; box-shadow: 0 1px 4px rgba(0,0,0,.15); } }
@media print { nav, .no-print { display: none !important; } a { color: inherit; } }
`;

function cut(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function renderPolicySheet(input: SheetInput): string {
  const lang: Lang = input.client.language === 'en' ? 'en' : 'zh';
  const t = brokerStrings(lang);
  const { rows, more } = sheetRows(input.selection, input.today, input.maxItems);
  const e = escapeHtml;
  const colon = lang === 'zh' ? '：' : ': ';
  const items = rows.map(({ item, deadline }) => {
    const n = item.notice;
    const url = safeHttpUrl(input.noticeUrl(n));
    const title = e(cut(oneLine(n.title), TITLE_MAX));
    const facts = [
      n.agency ? `${e(t.agency)}${colon}${e(oneLine(n.agency))}` : '',
      n.publishedAt ? `${e(t.published)} ${e(n.publishedAt)}` : '',
      deadline ? `<span class="deadline">${e(t.closes)} ${e(deadline)}</span>` : '',
    ].filter(Boolean);
    return `<li><div class="title">${url ? `<a href="${e(url)}">${title}</a>` : title}</div>
<div class="facts">${facts.join(' · ')}</div>
<div class="why"><b>${e(t.why)}${colon}</b>${e(whyItMatters(item, lang, input.vocab))}</div>
${url ? `<div class="url">${e(url)}</div>` : ''}</li>`;
  });
  const body = rows.length ? `<ol>${items.join('\n')}</ol>` : `<p class="empty">${e(t.sheetEmpty)}</p>`;
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${t.sheetTitle} · ${input.client.name}`)}</title>
<style>${SHEET_STYLE}</style>
</head>
<body>
<main>
<header>
<div><h1>${e(t.sheetTitle)} · ${e(input.client.name)}</h1><div class="by">${e(t.preparedBy(input.broker.name))}</div></div>
<div class="meta">${e(t.sheetFor(input.client.name))}<br>${e(input.broker.email)}<br>${e(t.printed(input.today))}</div>
</header>
<p class="period">${e(t.sheetPeriod(input.firstDay, input.lastDay))}</p>
${body}
${more ? `<p class="more">${e(t.sheetMore(more))}</p>` : ''}
<footer>${e(t.sheetFooter(input.broker.name))}</footer>
</main>
</body>
</html>
`;
}
