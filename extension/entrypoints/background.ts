import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { Engine } from '../utils/engine.ts';
import { checkPageText } from '../utils/message-check.ts';
import type { Message, PageTextReply, TabStateReply } from '../utils/messages.ts';
import { matchPage } from '../utils/page-matcher.ts';
import { loadSettings, normaliseSettings, SETTINGS_KEY, type Settings, saveSettings } from '../utils/settings.ts';
import { regionTools } from '../utils/taxonomy.ts';

const ALARM = 'index-sync';
const USER_SCRIPTS_ID = 'policy-radar-user-sites';

async function scheduleSync(s: Settings): Promise<void> {
  const existing = await browser.alarms.get(ALARM);
  const period = s.syncHours * 60;
  if (existing?.periodInMinutes === period) return;
  await browser.alarms.create(ALARM, { periodInMinutes: period, delayInMinutes: period });
}

/** Runs the content script on the sites the user added and granted (optional permissions). */
async function registerUserSites(s: Settings): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.registerContentScripts) return;
  const granted: string[] = [];
  for (const p of s.extraSites) {
    if (await browser.permissions.contains({ origins: [p] }).catch(() => false)) granted.push(p);
  }
  const existing = await scripting.getRegisteredContentScripts({ ids: [USER_SCRIPTS_ID] }).catch(() => []);
  if (existing.length) await scripting.unregisterContentScripts({ ids: [USER_SCRIPTS_ID] });
  if (!granted.length) return;
  await scripting.registerContentScripts([
    { id: USER_SCRIPTS_ID, matches: granted, js: ['content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

export default defineBackground(() => {
  const engine = new Engine(regionTools);

  browser.runtime.onInstalled.addListener(async () => {
    // written out (with its version) so that later migrations find it
    const s = await saveSettings({});
    await scheduleSync(s);
    await engine.sync();
  });

  browser.runtime.onStartup.addListener(async () => {
    const s = await loadSettings();
    await scheduleSync(s);
    await registerUserSites(s).catch(() => {});
  });

  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === ALARM) void engine.sync();
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes[SETTINGS_KEY]) return;
    const before = normaliseSettings(changes[SETTINGS_KEY].oldValue);
    const after = normaliseSettings(changes[SETTINGS_KEY].newValue);
    if (before.serverUrl !== after.serverUrl) void engine.sync();
    else void engine.refreshTabs();
    if (before.syncHours !== after.syncHours) void scheduleSync(after);
    if (before.extraSites.join() !== after.extraSites.join()) void registerUserSites(after).catch(() => {});
  });

  browser.permissions.onAdded?.addListener(
    () =>
      void loadSettings()
        .then(registerUserSites)
        .catch(() => {}),
  );
  browser.permissions.onRemoved?.addListener(
    () =>
      void loadSettings()
        .then(registerUserSites)
        .catch(() => {}),
  );

  browser.tabs.onRemoved.addListener((tabId) => void engine.forgetTab(tabId));

  browser.runtime.onMessage.addListener((raw, sender) => {
    const msg = raw as Message;
    const tabId = sender.tab?.id;
    // only this extension's own pages and scripts may talk to it
    if (sender.id !== browser.runtime.id) return;
    switch (msg?.type) {
      case 'page-text': {
        const m = checkPageText(raw);
        if (tabId == null || !m) return;
        // the page's text is matched here and dropped; only the tag ids are kept with the tab
        const { terms, spans } = matchPage(m.text, m.terms);
        return engine.onPageTerms(tabId, m.host, terms).then((state): PageTextReply => ({ spans, state }));
      }
      case 'page-off':
        if (tabId == null) return;
        return engine.onPageTerms(tabId, String(msg.host), { hs: [], regions: [], topics: [] });
      case 'tab-state':
        return (async (): Promise<TabStateReply> => ({ state: await engine.tab(msg.tabId), status: await engine.status() }))();
      case 'status':
        return engine.status();
      case 'sync-now':
        return engine.sync().then(async (outcome) => ({ outcome, ...(await engine.status()) }));
      default:
        return;
    }
  });
});
