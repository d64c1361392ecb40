/**
 * The broker page's push targets: each client's WeCom / DingTalk / Feishu group
 * or webhook, with its state and pause reason, and the forms that add, resume
 * and remove them (POST only, the broker's token in the form). The URL's key and
 * the secret are never shown back. The same input check as the CLI and the
 * subscribers' manage page (newsletter/channels/target-input.ts).
 */
import type { BrokerClient, ChannelTarget, Store } from '../../db/types.ts';
import { parseTargetInput, TargetInputError, targetWhere } from '../../newsletter/channels/target-input.ts';
import type { Lang } from '../../newsletter/i18n.ts';
import { HttpError } from '../http.ts';
import { html, type SafeHtml } from '../html.ts';

export const TARGETS_PATH = '/brokers/targets';

const T = {
  zh: {
    title: '客户群推送（企业微信、钉钉、飞书、Webhook）',
    intro: '为客户的群添加机器人：该客户的精选内容以“由 贵司 为您整理”的名义推送。每周推送随周报发出；“即时”推送在匹配的通知出现时发出。',
    none: '尚未添加推送目标。',
    client: '客户',
    kind: '类型',
    url: 'Webhook 地址（https）',
    secret: '签名密钥（钉钉“加签”、飞书签名校验、Webhook 必填；企业微信不填）',
    label: '备注（可选，如群名）',
    schedule: '推送时间',
    weekly: '每周',
    instant: '即时',
    topics: '即时推送仅限这些主题（可选，逗号分隔的主题 ID，如 export-controls,tariffs）',
    add: '添加推送',
    added: '已添加推送目标。',
    remove: '删除',
    removed: '已删除推送目标。',
    resume: '恢复推送',
    resumed: '已恢复推送。',
    paused: (r: string) => `已暂停：${r}`,
    active: '正常',
    failures: (n: number) => `连续失败 ${n} 次`,
    noTarget: '没有这个推送目标。',
    noClient: '没有这个客户。',
  },
  en: {
    title: "Clients' chat groups (WeCom, DingTalk, Feishu, webhooks)",
    intro:
      "Add a robot to a client's group: it gets that client's selection, headed with your name. Weekly pushes go with the digest; instant pushes as soon as a matching notice appears.",
    none: 'No push targets yet.',
    client: 'Client',
    kind: 'Kind',
    url: 'Webhook URL (https)',
    secret: 'Signing secret (DingTalk 加签, Feishu signature, required for webhooks; none for WeCom)',
    label: 'Label (optional, e.g. the group name)',
    schedule: 'When',
    weekly: 'weekly',
    instant: 'instant',
    topics: 'Instant pushes only for these topics (optional, comma-separated topic ids, e.g. export-controls,tariffs)',
    add: 'Add push target',
    added: 'Push target added.',
    remove: 'Remove',
    removed: 'Push target removed.',
    resume: 'Resume',
    resumed: 'Pushes resumed.',
    paused: (r: string) => `paused: ${r}`,
    active: 'active',
    failures: (n: number) => `${n} failures in a row`,
    noTarget: 'No such push target.',
    noClient: 'No such client.',
  },
} as const;

export function targetsSection(lang: Lang, token: string, clients: readonly BrokerClient[], targets: readonly ChannelTarget[]): SafeHtml {
  const s = T[lang];
  const names = new Map(clients.map((c) => [c.id, c.name]));
  const act = (t: ChannelTarget, action: string, label: string) =>
    html`<form method="post" action="${TARGETS_PATH}"><input type="hidden" name="token" value="${token}"><input type="hidden" name="action" value="${action}"><input type="hidden" name="target" value="${String(t.id)}"><button type="submit" class="secondary">${label}</button></form>`;
  const rows = targets.map((t) => {
    const state = t.status === 'paused' ? s.paused(t.pauseReason ?? '') : t.failures ? s.failures(t.failures) : s.active;
    const when = t.schedule === 'instant' ? `${s.instant}${t.instantTopics.length ? ` (${t.instantTopics.join(', ')})` : ''}` : s.weekly;
    return html`<tr><td>${names.get(t.brokerClientId ?? 0) ?? '?'}</td><td>${t.kind}</td><td>${t.label ?? targetWhere(t.url)}</td><td>${when}</td><td class="${t.status === 'paused' ? 'notice-error' : ''}">${state}</td><td>${t.status === 'paused' ? act(t, 'resume', s.resume) : ''}${act(t, 'remove', s.remove)}</td></tr>`;
  });
  const form = clients.length
    ? html`<form class="subscribe" method="post" action="${TARGETS_PATH}"><input type="hidden" name="token" value="${token}"><input type="hidden" name="action" value="add">
<label>${s.client} <select name="client">${clients.map((c) => html`<option value="${String(c.id)}">${c.name}</option>`)}</select></label>
<label>${s.kind} <select name="kind"><option value="wecom">企业微信 WeCom</option><option value="dingtalk">钉钉 DingTalk</option><option value="feishu">飞书 Feishu/Lark</option><option value="webhook">Webhook (JSON)</option></select></label>
<label>${s.url} <input type="url" name="url" required maxlength="2000" placeholder="https://"></label>
<label>${s.secret} <input type="password" name="secret" maxlength="200" autocomplete="off"></label>
<label>${s.label} <input type="text" name="label" maxlength="80"></label>
<label>${s.schedule} <select name="schedule"><option value="weekly">${s.weekly}</option><option value="instant">${s.instant}</option></select></label>
<label>${s.topics} <input type="text" name="topics" maxlength="400"></label>
<p><button type="submit">${s.add}</button></p></form>`
    : '';
  return html`<h2>${s.title}</h2><p>${s.intro}</p>
${targets.length ? html`<table class="clients"><tbody>${rows}</tbody></table>` : html`<p>${s.none}</p>`}
${form}`;
}

/** Runs one posted action for the broker; a target or client of another broker reads as absent. */
export async function targetAction(
  store: Store,
  brokerId: number,
  lang: Lang,
  body: URLSearchParams,
  o: { allowLoopbackHttp?: boolean; knownTopics: ReadonlySet<string> },
): Promise<{ ok?: string; error?: string }> {
  const s = T[lang];
  const action = body.get('action');
  if (action === 'add') {
    const clientId = Number(body.get('client'));
    const client = Number.isSafeInteger(clientId) && clientId > 0 ? await store.brokers.getClient(brokerId, clientId) : null;
    if (!client) return { error: s.noClient };
    try {
      const input = parseTargetInput(
        {
          kind: body.get('kind') ?? '',
          url: body.get('url') ?? '',
          secret: body.get('secret'),
          label: body.get('label'),
          schedule: body.get('schedule') ?? 'weekly',
          topics: body.get('topics') ?? '',
        },
        o,
      );
      await store.addChannelTarget({ brokerClientId: client.id, ...input });
      return { ok: s.added };
    } catch (e) {
      if (e instanceof TargetInputError) return { error: `${e.field}: ${e.message}` };
      throw e;
    }
  }
  const id = Number(body.get('target'));
  if (action === 'remove') return (await store.brokers.removeTarget(brokerId, id)) ? { ok: s.removed } : { error: s.noTarget };
  if (action === 'resume') return (await store.brokers.resumeTarget(brokerId, id)) ? { ok: s.resumed } : { error: s.noTarget };
  throw new HttpError(400, 'bad_parameter', 'action: add, remove or resume', 'action');
}
