import type * as S from './schema/sqlite.ts';
import type { ChannelDelivery, ChannelTarget, Delivery, Interests, Notice, NoticeStatus, NoticeVersion, SourceRecord, Subscriber } from './types.ts';

/** A row as the shared store code reads it (db/store/backend.ts); text columns holding a union are cast below. */
type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];

/** Row -> API object mappers shared by the store and the search code. */
export const EMPTY_INTERESTS: Interests = { hs: [], regions: [], topics: [], sources: [], keywords: [] };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function noticeFromRow(r: Row<typeof S.notices>): Notice {
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
    status: r.status as NoticeStatus,
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

export function versionFromRow(r: Row<typeof S.noticeVersions>): NoticeVersion {
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

export function sourceFromRow(r: Row<typeof S.sources>): SourceRecord {
  return { ...r, status: r.status as SourceRecord['status'], alarms: r.alarms ?? [], enabled: !!r.enabled };
}

export function subscriberFromRow(r: Row<typeof S.subscribers>): Subscriber {
  return {
    ...r,
    language: r.language as Subscriber['language'],
    status: r.status as Subscriber['status'],
    id: Number(r.id),
    interests: { ...EMPTY_INTERESTS, ...(r.interests ?? {}) },
    sendEmpty: !!r.sendEmpty,
  };
}

export function deliveryFromRow(r: Row<typeof S.deliveries>): Delivery {
  return { ...r, status: r.status as Delivery['status'], id: Number(r.id), subscriberId: Number(r.subscriberId), attempts: Number(r.attempts) };
}

export function channelTargetFromRow(r: Row<typeof S.channelTargets>): ChannelTarget {
  return {
    ...r,
    kind: r.kind as ChannelTarget['kind'],
    schedule: r.schedule as ChannelTarget['schedule'],
    status: r.status as ChannelTarget['status'],
    id: Number(r.id),
    subscriberId: r.subscriberId == null ? null : Number(r.subscriberId),
    brokerClientId: r.brokerClientId == null ? null : Number(r.brokerClientId),
    failures: Number(r.failures),
    instantTopics: r.instantTopics ?? [],
    secret: r.secret ?? null,
    label: r.label ?? null,
    pauseReason: r.pauseReason ?? null,
    lastSuccessAt: r.lastSuccessAt ?? null,
  };
}

export function channelDeliveryFromRow(r: Row<typeof S.channelDeliveries>): ChannelDelivery {
  return {
    ...r,
    status: r.status as ChannelDelivery['status'],
    id: Number(r.id),
    targetId: Number(r.targetId),
    attempts: Number(r.attempts),
    partsSent: Number(r.partsSent),
    parts: r.parts === null || r.parts === undefined ? null : Number(r.parts),
  };
}
