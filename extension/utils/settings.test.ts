import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEAD_DEFAULT_SERVER_URL, DEFAULT_SETTINGS, defineSettingsItem, loadSettings, saveSettings } from './settings.ts';

describe('versioned settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates the unversioned settings of earlier installs: keeps what the user set, replaces the dead default server', async () => {
    const old = {
      serverUrl: DEAD_DEFAULT_SERVER_URL,
      interests: { hs: ['9405'], regions: ['EU'], topics: [] },
      extraSites: ['*://*.example.com/*'],
      disabledSites: ['alibaba.com'],
      noMarkSites: [],
      homeRegions: ['CN'],
      syncHours: 2,
    };
    await fakeBrowser.storage.local.set({ settings: old });
    const item = defineSettingsItem();
    const s = await loadSettings(item);
    expect(s.serverUrl).toBe(DEFAULT_SETTINGS.serverUrl);
    expect(s.serverUrl).not.toBe(DEAD_DEFAULT_SERVER_URL);
    expect(s).toMatchObject({
      interests: { hs: ['9405'], regions: ['EU'], topics: [] },
      extraSites: ['*://*.example.com/*'],
      disabledSites: ['alibaba.com'],
      syncHours: 2,
    });
    // stored migrated, with its version
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect((raw.settings as { serverUrl: string }).serverUrl).toBe(DEFAULT_SETTINGS.serverUrl);
    expect(raw.settings$).toEqual({ v: 3 });
  });

  it('leaves a server the user chose, and fills gaps of an old, partial shape', async () => {
    await fakeBrowser.storage.local.set({ settings: { serverUrl: 'https://radar.example.org/', interests: { hs: ['85', 3] } } });
    const s = await loadSettings(defineSettingsItem());
    expect(s.serverUrl).toBe('https://radar.example.org');
    expect(s.interests).toEqual({ hs: ['85'], regions: [], topics: [] });
    expect(s.syncHours).toBe(DEFAULT_SETTINGS.syncHours);
  });

  it('migrates v2 settings to v3 without a location, and keeps a valid location, dropping unknown places', async () => {
    await fakeBrowser.storage.local.set({ settings: { serverUrl: 'https://radar.example.org', syncHours: 2 }, settings$: { v: 2 } });
    const item = defineSettingsItem();
    expect(await loadSettings(item)).toMatchObject({ serverUrl: 'https://radar.example.org', syncHours: 2, location: null });
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 3 });
    expect((await saveSettings({ location: { province: 'CN-GD', city: 'CN-GD-shenzhen' } }, item)).location).toEqual({
      province: 'CN-GD',
      city: 'CN-GD-shenzhen',
    });
    // a city outside the province keeps the province only; an unknown province is no location
    expect((await saveSettings({ location: { province: 'CN-JS', city: 'CN-GD-shenzhen' } }, item)).location).toEqual({ province: 'CN-JS' });
    expect((await saveSettings({ location: { province: 'CN-XX' } }, item)).location).toBeNull();
  });

  it('gives the defaults on a fresh install, and saves with the current version', async () => {
    const item = defineSettingsItem();
    expect(await loadSettings(item)).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ syncHours: 8 }, item);
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect((raw.settings as { syncHours: number }).syncHours).toBe(8);
    expect(raw.settings$).toEqual({ v: 3 });
    // a later start does not migrate it again
    expect((await loadSettings(defineSettingsItem())).syncHours).toBe(8);
  });
});
