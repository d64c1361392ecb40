import { browser } from 'wxt/browser';
import type { Message, StatusReply, TabNotice, TabStateReply } from '../../utils/messages.ts';
import type { Reason } from '../../utils/relevance.ts';
import { loadSettings, saveSettings, toggleSite } from '../../utils/settings.ts';
import { hsName, regionName, topicName } from '../../utils/taxonomy.ts';
import { localise, t, uiLang } from '../../utils/i18n.ts';

const lang = uiLang();
localise(document);
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function safeName(fn: () => string | null | undefined, fallback: string): string {
  try {
    return fn() || fallback;
  } catch {
    return fallback;
  }
}

/** One chip per distinct notice tag that made it match, most specific first. */
export function reasonChips(reasons: Reason[]): { cls: string; text: string; title: string }[] {
  const out: { cls: string; text: string; title: string }[] = [];
  const seen = new Set<string>();
  // direct hits (page EU, notice EU) before hits through a bloc (page DE, notice EU)
  const sorted = [...reasons].sort((a, b) => Number(b.term === b.tag) - Number(a.term === a.tag));
  for (const r of sorted) {
    const key = r.kind === 'interest' ? 'i:' + r.tag : r.kind + ':' + r.tag;
    if (seen.has(key)) continue;
    seen.add(key);
    if (r.kind === 'hs') {
      const name = safeName(() => hsName(r.tag, lang), '');
      out.push({ cls: 'hs', text: `HS ${r.tag}${name ? ' ' + name : ''}`, title: t('chipHsTitle', r.term, r.tag) });
    } else if (r.kind === 'region') {
      const name = safeName(() => regionName(r.tag, lang), r.tag);
      const via =
        r.term !== r.tag
          ? t(
              'chipRegionVia',
              safeName(() => regionName(r.term, lang), r.term),
            )
          : '';
      out.push({ cls: 'region', text: name + via, title: t('chipRegionTitle', r.term) });
    } else if (r.kind === 'topic') {
      out.push({ cls: 'topic', text: safeName(() => topicName(r.tag, lang), r.tag), title: t('chipTopicTitle') });
    } else {
      out.push({ cls: 'interest', text: `★ ${r.term}`, title: t('chipInterestTitle') });
    }
  }
  const order: Record<string, number> = { hs: 0, region: 1, topic: 2, interest: 3 };
  return out.sort((a, b) => order[a.cls] - order[b.cls]);
}

function renderNotice(n: TabNotice): HTMLLIElement {
  const li = el('li');
  const a = el('a', 'title', n.title);
  if (n.href && /^https?:\/\//i.test(n.href)) {
    a.href = n.href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }
  li.append(a, el('div', 'meta', [n.agency, n.date].filter(Boolean).join(' · ') || '—'));
  const why = el('div', 'why');
  for (const c of reasonChips(n.reasons)) {
    const chip = el('span', 'chip ' + c.cls, c.text);
    chip.title = c.title;
    why.append(chip);
  }
  li.append(why);
  return li;
}

function renderStatus(s: StatusReply): void {
  const age = $('age');
  const st = s.status;
  age.textContent = st.hasIndex ? t('popupIndexAge', st.count.toLocaleString(lang), s.age) : t('popupNoIndex');
  age.classList.toggle('stale', st.stale);
  const banner = $('banner');
  if (st.offline) {
    const what = st.lastError?.startsWith('server unreachable') ? t('popupServerUnreachable', s.serverUrl) : t('popupUpdateFailed', st.lastError ?? '');
    banner.textContent = st.hasIndex ? t('popupOfflineCached', what, s.age) : t('popupOfflineNoIndex', what);
    banner.hidden = false;
  } else if (st.stale) {
    banner.textContent = st.hasIndex ? t('popupStale', s.age) : t('popupNotDownloaded');
    banner.hidden = false;
  } else banner.hidden = true;
}

async function targetTab(): Promise<number | null> {
  const q = new URLSearchParams(location.search).get('tab');
  if (q && /^\d+$/.test(q)) return Number(q);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function render(): Promise<TabStateReply['state'] | null> {
  const tabId = await targetTab();
  const reply = (tabId != null ? await browser.runtime.sendMessage({ type: 'tab-state', tabId } satisfies Message) : null) as TabStateReply | null;
  const status = reply?.status ?? ((await browser.runtime.sendMessage({ type: 'status' } satisfies Message)) as StatusReply);
  renderStatus(status);
  const state = reply?.state ?? null;
  const list = $('list');
  const empty = $('empty');
  list.replaceChildren();
  if (state?.host) siteHost = state.host;
  $('host').textContent = state?.host ?? '';
  $('switches').hidden = !state;
  if (!state) {
    $('summary').textContent = t('popupNotTradeSite');
    empty.textContent = t('popupNotTradeSiteHint');
    empty.hidden = false;
    return null;
  }
  ($('site-on') as HTMLInputElement).checked = state.enabled;
  const marksOn = $('marks-on') as HTMLInputElement;
  marksOn.checked = state.marks;
  marksOn.disabled = !state.enabled;
  if (!state.enabled) {
    $('summary').textContent = t('popupSwitchedOff');
    empty.textContent = t('popupSwitchedOffHint');
    empty.hidden = false;
    return state;
  }
  $('summary').textContent =
    state.total === 0
      ? t('popupNoneRelevant')
      : (state.total === 1 ? t('popupRelevantOne') : t('popupRelevantMany', state.total)) +
        (state.total > state.notices.length ? t('popupTopN', state.notices.length) : '');
  empty.hidden = state.total !== 0;
  empty.textContent = t('popupNoMatch');
  for (const n of state.notices) list.append(renderNotice(n));
  return state;
}

/** the tab's site, kept across renders so a switch still works while its state is being recomputed */
let siteHost = '';

async function setSite(field: 'disabledSites' | 'noMarkSites', on: boolean): Promise<void> {
  const host = siteHost;
  if (!host) return;
  const s = await loadSettings();
  await saveSettings({ [field]: toggleSite(s[field], host, on) });
  // the background re-ranks the tab on the settings change; render once it shows the new
  // setting, so a slow background never flips the switch back in front of the user
  for (let i = 0; i < 30; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const state = await render();
    const shown = field === 'disabledSites' ? state?.enabled : state?.marks;
    if (shown === undefined || shown === on) return;
  }
}

$('site-on').addEventListener('change', (e) => void setSite('disabledSites', (e.target as HTMLInputElement).checked));
$('marks-on').addEventListener('change', (e) => void setSite('noMarkSites', (e.target as HTMLInputElement).checked));
$('refresh').addEventListener('click', async () => {
  const b = $('refresh') as HTMLButtonElement;
  b.disabled = true;
  b.textContent = t('popupRefreshing');
  try {
    await browser.runtime.sendMessage({ type: 'sync-now' } satisfies Message);
  } finally {
    b.disabled = false;
    b.textContent = t('popupRefresh');
    await render();
  }
});
$('options').addEventListener('click', (e) => {
  e.preventDefault();
  void browser.runtime.openOptionsPage();
});

void render();
