import type { ChannelDelivery, ChannelTarget, Delivery, Interests, Notice, NoticeVersion, SourceRecord, Subscriber } from './types.ts';

/** Row -> API object mappers shared by the store and the search code. */
export const EMPTY_INTERESTS: Interests = { hs: [], regions: [], topics: [], sources: [], keywords: [] };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function noticeFromRow(r: any): Notice {
  return {
    id: Number(r.id),
    sourceId: r.sourceId,
    url: r.url,
    title: r.title,
    docNumber: r.docNumber ?? null,
    agency: r.agency ?? null,
    agencies: Array.isArray(r.agencies) ? r.agencies : typeof r.agencies === 'string' ? JSON.parse(r.agencies) : r.agency ? [r.agency] : [],
    agencySignal: r.agencySignal ?? null,
    dateSignal: r.dateSignal ?? null,
    summary: r.summary ?? null,
    language: r.language,
    publishedAt: r.publishedAt ?? null,
    effectiveAt: r.effectiveAt ?? null,
    firstSeenAt: r.firstSeenAt,
    lastSeenAt: r.lastSeenAt,
    lastChangedAt: r.lastChangedAt,
    status: r.status,
    topics: r.topics ?? [],
    hsCodes: r.hsCodes ?? [],
    regions: r.regions ?? [],
    facts: r.facts ?? {},
    openUntil: r.openUntil ?? null,
    versionCount: Number(r.versionCount),
    contentHash: r.contentHash,
    // only when set, so notices compare and export as before
    ...(r.degraded ? { degraded: true } : {}),
  };
}

export function versionFromRow(r: any): NoticeVersion {
  return {
    noticeId: Number(r.noticeId),
    version: Number(r.version),
    fetchedAt: r.fetchedAt,
    contentHash: r.contentHash,
    title: r.title,
    text: r.text,
    html: r.html,
    attachments: r.attachments ?? [],
    diff: r.diff ?? null,
    changeSummary: r.changeSummary ?? null,
  };
}

export function sourceFromRow(r: any): SourceRecord {
  return { ...r, alarms: r.alarms ?? [], enabled: !!r.enabled };
}

export function subscriberFromRow(r: any): Subscriber {
  return { ...r, id: Number(r.id), interests: { ...EMPTY_INTERESTS, ...(r.interests ?? {}) }, sendEmpty: !!r.sendEmpty };
}

export function deliveryFromRow(r: any): Delivery {
  return { ...r, id: Number(r.id), subscriberId: Number(r.subscriberId), attempts: Number(r.attempts) };
}

export function channelTargetFromRow(r: any): ChannelTarget {
  return {
    ...r,
    id: Number(r.id),
    subscriberId: Number(r.subscriberId),
    failures: Number(r.failures),
    instantTopics: r.instantTopics ?? [],
    secret: r.secret ?? null,
    label: r.label ?? null,
    pauseReason: r.pauseReason ?? null,
    lastSuccessAt: r.lastSuccessAt ?? null,
  };
}

export function channelDeliveryFromRow(r: any): ChannelDelivery {
  return {
    ...r,
    id: Number(r.id),
    targetId: Number(r.targetId),
    attempts: Number(r.attempts),
    partsSent: Number(r.partsSent),
    parts: r.parts === null || r.parts === undefined ? null : Number(r.parts),
  };
}
