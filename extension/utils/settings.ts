/** The user's settings, kept in extension storage (local, not synced: may hold a private server URL). */
import { browser } from 'wxt/browser';
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
};

export const SETTINGS_KEY = 'settings';

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
  };
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return normaliseSettings(got[SETTINGS_KEY]);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normaliseSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
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
  return [...new Set(text.split(/[\s,;，；]+/).map((s) => s.trim()).filter(Boolean))];
}
