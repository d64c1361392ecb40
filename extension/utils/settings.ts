/** The user's settings, kept in extension storage (local, not synced: may hold a private server URL). */
import { storage } from 'wxt/utils/storage';
import { type Location, placeInfo } from '../../taxonomy/places.ts';
import type { Interests } from './relevance.ts';
import { siteKey } from './sites.ts';
import { DEFAULT_SERVER_URL } from './taxonomy.ts';

export interface Settings {
  /** Policy Radar server the index comes from */
  serverUrl: string;
  interests: Interests;
  /** match patterns the user added (granted as optional host permissions) */
  extraSites: string[];
  /** hosts (siteKey) where the extension is switched off */
  disabledSites: string[];
  /** hosts (siteKey) where in-page marks are switched off */
  noMarkSites: string[];
  /** regions too common to count alone (home market) */
  homeRegions: string[];
  syncHours: number;
  /** where the company is (as in the digest profile): local governments' notices count only there; null: not set */
  location: Location | null;
}

/** the server `policy-radar serve` starts by default, so a fresh extension works out of the box */
export { DEFAULT_SERVER_URL };

export const DEFAULT_SETTINGS: Settings = {
  serverUrl: DEFAULT_SERVER_URL,
  interests: { hs: [], regions: [], topics: [] },
  extraSites: [],
  disabledSites: [],
  noMarkSites: [],
  homeRegions: ['CN'],
  syncHours: 4,
  location: null,
};

export const SETTINGS_KEY = 'settings';

/** The address every install before version 2 stored as its default server, where nothing listens. */
export const DEAD_DEFAULT_SERVER_URL = 'http://localhost:8080';

/**
 * v1: the unversioned settings written before (same key, no version mark).
 * v2: the same shape, normalised, with the dead default server replaced by the real one.
 * v3: adds `location` (null until the user sets it), so provincial and city notices stop showing everywhere.
 */
export const SETTINGS_MIGRATIONS = {
  2: (old: unknown): Settings => {
    const s = normaliseSettings(old);
    return s.serverUrl === DEAD_DEFAULT_SERVER_URL ? { ...s, serverUrl: DEFAULT_SERVER_URL } : s;
  },
  3: (old: unknown): Settings => normaliseSettings(old),
};

/** The settings as a typed, versioned storage item (a function so tests can define it over seeded storage). */
export function defineSettingsItem() {
  return storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, { fallback: DEFAULT_SETTINGS, version: 3, migrations: SETTINGS_MIGRATIONS });
}

// defined on first use: importing this module (the CLI's tests do, for the defaults) must not touch storage
let shared: ReturnType<typeof defineSettingsItem> | undefined;
const settingsItem = () => (shared ??= defineSettingsItem());

/** Fills gaps and drops junk from stored settings (storage may hold an older shape). */
export function normaliseSettings(raw: unknown): Settings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  const strs = (x: unknown) => (Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : []);
  const it = (s.interests ?? {}) as Partial<Interests>;
  return {
    serverUrl: typeof s.serverUrl === 'string' && /^https?:\/\//i.test(s.serverUrl) ? s.serverUrl.replace(/\/+$/, '') : DEFAULT_SETTINGS.serverUrl,
    interests: { hs: strs(it.hs), regions: strs(it.regions), topics: strs(it.topics) },
    extraSites: strs(s.extraSites),
    disabledSites: strs(s.disabledSites),
    noMarkSites: strs(s.noMarkSites),
    homeRegions: Array.isArray(s.homeRegions) ? strs(s.homeRegions) : DEFAULT_SETTINGS.homeRegions,
    syncHours: typeof s.syncHours === 'number' && s.syncHours >= 0.25 && s.syncHours <= 168 ? s.syncHours : DEFAULT_SETTINGS.syncHours,
    location: normaliseLocation(s.location),
  };
}

/** A stored location with known place ids, the city inside the province; anything else is dropped. */
function normaliseLocation(raw: unknown): Location | null {
  if (!raw || typeof raw !== 'object') return null;
  const { province, city } = raw as { province?: unknown; city?: unknown };
  const p = typeof province === 'string' ? placeInfo(province) : undefined;
  if (!p || p.city) return null;
  if (city === undefined) return { province: p.id };
  const c = typeof city === 'string' ? placeInfo(city) : undefined;
  return c?.city && c.province === p.id ? { province: p.id, city: c.id } : { province: p.id };
}

export async function loadSettings(item = settingsItem()): Promise<Settings> {
  return normaliseSettings(await item.getValue());
}

export async function saveSettings(patch: Partial<Settings>, item = settingsItem()): Promise<Settings> {
  const next = normaliseSettings({ ...(await loadSettings(item)), ...patch });
  await item.setValue(next);
  return next;
}

export function siteState(s: Settings, hostname: string): { enabled: boolean; marks: boolean } {
  const k = siteKey(hostname);
  return { enabled: !s.disabledSites.includes(k), marks: !s.noMarkSites.includes(k) };
}

export function toggleSite(list: string[], hostname: string, on: boolean): string[] {
  const k = siteKey(hostname);
  const rest = list.filter((h) => h !== k);
  return on ? rest : [...rest, k];
}

/** Comma/space separated list typed in the options page -> ids. */
export function parseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;，；]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
