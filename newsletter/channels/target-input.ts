/**
 * A push target as a person types it (CLI flags or the manage page's form),
 * checked once for both: kind, https URL to a public address, the secret the
 * platform needs, schedule and instant topics. Pure apart from checkTargetUrl's
 * address rules.
 */
import { CHANNEL_KINDS, type ChannelKind } from './formats.ts';
import { checkTargetUrl, TargetUrlError } from './sender.ts';

export class TargetInputError extends Error {
  constructor(
    /** which input is wrong: kind, url, secret, schedule, topics */
    readonly field: 'kind' | 'url' | 'secret' | 'schedule' | 'topics',
    message: string,
  ) {
    super(message);
  }
}

export interface TargetInput {
  kind: ChannelKind;
  url: string;
  secret: string | null;
  label: string | null;
  schedule: 'weekly' | 'instant';
  instantTopics: string[];
}

export function parseTargetInput(
  raw: { kind?: string; url?: string; secret?: string | null; label?: string | null; schedule?: string; topics?: string | string[] },
  o: { allowLoopbackHttp?: boolean; knownTopics?: ReadonlySet<string> } = {},
): TargetInput {
  const kind = String(raw.kind ?? '').trim() as ChannelKind;
  if (!CHANNEL_KINDS.includes(kind)) throw new TargetInputError('kind', `must be one of ${CHANNEL_KINDS.join(', ')}, got "${raw.kind ?? ''}"`);
  const schedule = String(raw.schedule ?? 'weekly').trim();
  if (schedule !== 'weekly' && schedule !== 'instant') throw new TargetInputError('schedule', `must be weekly or instant, got "${schedule}"`);
  const secret = raw.secret?.trim() || null;
  if (kind === 'webhook' && !secret) throw new TargetInputError('secret', 'is required for a webhook (receivers verify X-Policy-Radar-Signature with it)');
  if (kind === 'wecom' && secret) throw new TargetInputError('secret', 'WeCom robots have no signing secret: the key is part of the URL');
  if (secret !== null && secret.length < 8) throw new TargetInputError('secret', 'is too short (at least 8 characters)');
  const topics = (Array.isArray(raw.topics) ? raw.topics : String(raw.topics ?? '').split(',')).map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (topics.length && schedule !== 'instant') throw new TargetInputError('topics', 'apply to instant pushes only');
  const unknown = o.knownTopics ? topics.filter((t) => !o.knownTopics!.has(t)) : [];
  if (unknown.length) throw new TargetInputError('topics', `unknown topic ${unknown.map((t) => `"${t}"`).join(', ')}`);
  let url: string;
  try {
    url = checkTargetUrl(String(raw.url ?? '').trim(), { allowLoopbackHttp: o.allowLoopbackHttp });
  } catch (e) {
    if (e instanceof TargetUrlError) throw new TargetInputError('url', e.message);
    throw e;
  }
  const label = raw.label?.trim().slice(0, 80) || null;
  return { kind, url, secret, label, schedule, instantTopics: [...new Set(topics)] };
}

/** Where a target posts, without its key or token (the URL is a credential for WeCom and DingTalk): for pages that list targets. */
export function targetWhere(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname.length > 24 ? `${u.pathname.slice(0, 24)}…` : u.pathname}`;
  } catch {
    return '?';
  }
}
