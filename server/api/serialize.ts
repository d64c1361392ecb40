import type { CrawlRun, Notice, NoticeVersion, SearchHit, SourceRecord } from '../../db/types.ts';
import { MARK_END, MARK_START } from '../../db/index.ts';

/** JSON shapes of the API. Dates are ISO strings; snippets are plain text plus match offsets. */

export function noticeJson(n: Notice) {
  return {
    id: n.id,
    sourceId: n.sourceId,
    title: n.title,
    url: n.url,
    docNumber: n.docNumber,
    agency: n.agency,
    agencies: n.agencies ?? (n.agency ? [n.agency] : []),
    agencySignal: n.agencySignal ?? null,
    dateSignal: n.dateSignal ?? null,
    summary: n.summary ?? null,
    language: n.language,
    publishedAt: n.publishedAt,
    effectiveAt: n.effectiveAt,
    firstSeenAt: n.firstSeenAt.toISOString(),
    lastSeenAt: n.lastSeenAt.toISOString(),
    lastChangedAt: n.lastChangedAt.toISOString(),
    status: n.status,
    versionCount: n.versionCount,
    changed: n.versionCount > 1,
    topics: n.topics,
    hsCodes: n.hsCodes,
    regions: n.regions,
    /** last seen through structure detection: the source's selectors had rotted, fields may be incomplete */
    degraded: !!n.degraded,
    regionRoles: n.facts?.regionRoles ?? {},
    deadlines: n.facts?.deadlines ?? [],
    openUntil: n.openUntil ?? null,
    eligibility: n.facts?.eligibility ?? null,
    localPlace: n.facts?.local ?? null,
  };
}

/** Splits a marked snippet into plain text and [start, end) ranges of the matches. */
export function splitSnippet(s: string): { text: string; marks: [number, number][] } {
  const marks: [number, number][] = [];
  if (!s.includes(MARK_START) && !s.includes(MARK_END)) return { text: s, marks };
  // slices between the markers, not a character at a time: this runs for every hit of every search
  let text = '';
  let start = -1;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== MARK_START && c !== MARK_END) continue;
    text += s.slice(from, i);
    from = i + 1;
    if (c === MARK_START) start = text.length;
    else {
      if (start >= 0 && text.length > start) marks.push([start, text.length]);
      start = -1;
    }
  }
  text += s.slice(from);
  return { text, marks };
}

export function hitJson(h: SearchHit) {
  const { text, marks } = splitSnippet(h.snippet);
  return { ...noticeJson(h.notice), snippet: text, snippetMarks: marks, score: h.score, links: noticeLinks(h.notice.id) };
}

export function noticeLinks(id: number) {
  return { self: `/api/notices/${id}`, html: `/notices/${id}`, versions: `/api/notices/${id}/versions/{n}`, diff: `/api/notices/${id}/diff` };
}

export function versionSummaryJson(v: NoticeVersion) {
  return {
    version: v.version,
    fetchedAt: v.fetchedAt.toISOString(),
    title: v.title,
    contentHash: v.contentHash,
    changeSummary: v.changeSummary,
    links: { self: `/api/notices/${v.noticeId}/versions/${v.version}` },
  };
}

export function versionJson(v: NoticeVersion) {
  return { noticeId: v.noticeId, ...versionSummaryJson(v), text: v.text, attachments: v.attachments };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** One crawl run in a source's health history. */
export function runJson(r: CrawlRun) {
  return {
    startedAt: r.startedAt.toISOString(),
    finishedAt: iso(r.finishedAt),
    // runs still going have no outcome yet
    outcome: r.outcome ?? (r.finishedAt ? null : 'running'),
    reason: r.reason ?? null,
    status: r.status,
    pages: r.pages,
    newCount: r.newCount,
    changedCount: r.changedCount,
    removedCount: r.removedCount,
  };
}

export function sourceJson(s: SourceRecord, history?: CrawlRun[]) {
  return {
    id: s.id,
    name: s.name,
    agency: s.agency,
    country: s.country,
    language: s.language,
    baseUrl: s.baseUrl,
    enabled: s.enabled,
    noticeCount: s.noticeCount ?? null,
    health: {
      status: s.status,
      healthy: s.status === 'ok',
      lastRunAt: iso(s.lastRunAt),
      lastSuccessAt: iso(s.lastSuccessAt),
      itemsSeen: s.itemsSeen,
      consecutiveFailures: s.consecutiveFailures,
      lastError: s.lastError,
      alarms: s.alarms,
      ...(history ? { history: history.map(runJson) } : {}),
    },
  };
}
