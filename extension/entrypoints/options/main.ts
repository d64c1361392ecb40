import { browser } from 'wxt/browser';
import type { Message, StatusReply } from '../../utils/messages.ts';
import { parseLocation, placeName } from '../../../taxonomy/places.ts';
import { loadSettings, parseList, saveSettings } from '../../utils/settings.ts';
import { DEFAULT_SITES, toMatchPattern } from '../../utils/sites.ts';
import { localise, t } from '../../utils/i18n.ts';

localise(document);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = (id: string) => $<HTMLInputElement | HTMLTextAreaElement>(id);

async function fill(): Promise<void> {
  const s = await loadSettings();
  input('server').value = s.serverUrl;
  input('hs').value = s.interests.hs.join(', ');
  input('regions').value = s.interests.regions.join(', ');
  input('topics').value = s.interests.topics.join(', ');
  input('location').value = s.location
    ? [s.location.province, s.location.city]
        .filter((x): x is string => !!x)
        .map((id) => placeName(id, 'zh') ?? id)
        .join(' ')
    : '';
  input('extra').value = s.extraSites.join('\n');
  input('off').value = s.disabledSites.join('\n');
  $('default-sites').replaceChildren(
    ...DEFAULT_SITES.map((p) => {
      const li = document.createElement('li');
      li.textContent = p.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/\*$/, '');
      return li;
    }),
  );
  const st = (await browser.runtime.sendMessage({ type: 'status' } satisfies Message).catch(() => null)) as StatusReply | null;
  if (st) {
    const { hasIndex, count, offline, lastError } = st.status;
    $('index-status').textContent = hasIndex
      ? t(offline ? 'optionsIndexOffline' : 'optionsIndexStatus', count, st.age)
      : lastError
        ? t('optionsNoIndexError', lastError)
        : t('optionsNoIndex');
  }
}

$('form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const saved = $('saved');
  saved.className = '';
  const server = input('server').value.trim();
  if (!/^https?:\/\/[^/\s]+/i.test(server)) {
    saved.className = 'error';
    saved.textContent = t('optionsBadUrl');
    return;
  }
  const where = input('location').value.trim();
  const location = where ? parseLocation(where) : null;
  if (location && 'error' in location) {
    saved.className = 'error';
    saved.textContent = t('optionsBadLocation', location.error);
    return;
  }
  const lines = input('extra')
    .value.split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const patterns = lines.map(toMatchPattern);
  const bad = lines.filter((_, i) => !patterns[i]);
  if (bad.length) {
    saved.className = 'error';
    saved.textContent = t('optionsNotASite', bad.join(', '));
    return;
  }
  const extraSites = [...new Set(patterns as string[])];
  // permissions.request needs the click's user gesture: call it before any await
  const asked = extraSites.length ? browser.permissions.request({ origins: extraSites, permissions: ['scripting'] }).catch(() => false) : Promise.resolve(true);
  void asked.then(async (granted) => {
    await saveSettings({
      serverUrl: server,
      interests: {
        hs: parseList(input('hs').value),
        regions: parseList(input('regions').value).map((r) => r.toUpperCase()),
        topics: parseList(input('topics').value),
      },
      location,
      extraSites,
      disabledSites: parseList(input('off').value.replace(/\n/g, ',')).map((h) => h.toLowerCase()),
    });
    saved.textContent = granted ? t('optionsSaved') : t('optionsSavedInactive');
    await fill();
  });
});

void fill();
