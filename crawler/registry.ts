/**
 * The set of sources a run works on: built-in definitions merged with the
 * user's custom sources from the config, then per-source overrides applied
 * (base URL for mirrors/replicas, enabled, schedule, politeness, pages).
 */
import { parseSources, type SourceDef, SourceValidationError } from './source.ts';
import { builtinSources } from './sources/index.ts';

export interface SourceOverride {
  baseUrl?: string;
  enabled?: boolean;
  intervalMinutes?: number;
  delayMs?: number;
  concurrency?: number;
  maxPages?: number;
  /** extra request headers (an API subscription key such as WTO ePing's) */
  headers?: Record<string, string>;
}

export interface SourcesConfig {
  sources?: unknown[];
  sourceOverrides?: Record<string, SourceOverride>;
}

/** A source ready to crawl: its definition plus where it was defined and its original base URL. */
export type ResolvedSource = SourceDef & {
  /** the definition's own base URL before overrides (links to it are rewritten to baseUrl) */
  originalBaseUrl: string;
  origin: 'builtin' | 'config';
  enabled: boolean;
};

export function applyOverride(s: SourceDef, o: SourceOverride | undefined, origin: ResolvedSource['origin']): ResolvedSource {
  const out: ResolvedSource = { ...s, originalBaseUrl: s.baseUrl, origin, enabled: s.enabled ?? true };
  if (!o) return out;
  if (o.baseUrl) out.baseUrl = o.baseUrl.replace(/\/+$/, '');
  if (o.enabled !== undefined) out.enabled = o.enabled;
  if (o.headers) out.headers = { ...s.headers, ...o.headers };
  if (o.intervalMinutes) out.schedule = { ...s.schedule, intervalMinutes: o.intervalMinutes };
  if (o.delayMs !== undefined || o.concurrency !== undefined || o.maxPages !== undefined) {
    out.politeness = { ...s.politeness };
    if (o.delayMs !== undefined) out.politeness.delayMs = o.delayMs;
    if (o.concurrency !== undefined) out.politeness.concurrency = o.concurrency;
    if (o.maxPages !== undefined) out.politeness.maxPages = o.maxPages;
  }
  return out;
}

/**
 * Merges built-ins with config sources (a config source with a built-in's id
 * replaces it) and applies sourceOverrides. Unknown override ids are errors,
 * so a typo does not silently leave a source pointed at the real site.
 */
export function loadSources(opts: { builtins?: SourceDef[]; config?: SourcesConfig } = {}): ResolvedSource[] {
  const builtins = opts.builtins ?? builtinSources;
  const config = opts.config ?? {};
  const custom = parseSources(config.sources ?? [], 'sources');
  const byId = new Map<string, { def: SourceDef; origin: ResolvedSource['origin'] }>();
  for (const b of builtins) byId.set(b.id, { def: b, origin: 'builtin' });
  for (const c of custom) byId.set(c.id, { def: c, origin: 'config' });
  const overrides = config.sourceOverrides ?? {};
  const unknown = Object.keys(overrides).filter((id) => !byId.has(id));
  if (unknown.length) throw new SourceValidationError(unknown.map((id) => `sourceOverrides.${id}: no source with this id`));
  const out = [...byId.values()].map(({ def, origin }) => applyOverride(def, overrides[def.id], origin));
  const lacking = out.filter((s) => s.enabled).flatMap(credentialIssues);
  if (lacking.length) throw new SourceValidationError(lacking);
  return out;
}

/** A source that needs a key the user has not given cannot crawl: say which setting is missing. */
export function credentialIssues(s: SourceDef): string[] {
  const have = new Set(Object.keys(s.headers ?? {}).map((h) => h.toLowerCase()));
  return (s.requiredHeaders ?? [])
    .filter((h) => !have.has(h.toLowerCase()))
    .map((h) => `sourceOverrides.${s.id}.headers: "${h}" is required (${s.name} needs it; the source is off until it is set)`);
}

/** Picks sources by id (all enabled ones when ids is empty); unknown ids are errors. */
export function selectSources(all: ResolvedSource[], ids: string[] = []): ResolvedSource[] {
  if (!ids.length) return all.filter((s) => s.enabled);
  const missing = ids.filter((id) => !all.some((s) => s.id === id));
  if (missing.length) throw new SourceValidationError(missing.map((id) => `unknown source "${id}" (see: policy-radar sources)`));
  const picked = ids.map((id) => all.find((s) => s.id === id)!);
  const lacking = picked.flatMap(credentialIssues);
  if (lacking.length) throw new SourceValidationError(lacking);
  return picked;
}
