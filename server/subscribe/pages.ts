/**
 * HTML of the subscription pages (pure: data in, escaped markup out). The
 * pages use the server's stylesheet plus /subscriptions/style.css; no inline
 * script or style, so they work under the server's strict CSP.
 */
import type { ChannelTarget, Subscriber } from '../../db/types.ts';
import { escapeHtml as e } from '../../db/escape.ts';
import type { Lang } from '../../newsletter/i18n.ts';
import { targetWhere } from '../../newsletter/channels/target-input.ts';
import { PATHS } from '../../newsletter/links.ts';
import type { Vocabulary } from '../../newsletter/taxonomy.ts';

const T = {
  zh: {
    app: '政策雷达',
    subscribeTitle: '订阅每周贸易政策周报',
    subscribeIntro: '每周一封邮件：与您的产品、市场和主题相关的新通知和修改。先确认邮箱才会发送。',
    email: '邮箱',
    language: '邮件语言',
    products: '产品（用逗号分隔，如 光伏组件, 锂电池）',
    hs: 'HS 编码或前缀（如 8541, 85）',
    regions: '市场（国家或地区代码，如 US, EU, ASEAN）',
    topics: '主题',
    sources: '来源（可选，如 mofcom）',
    keywords: '标题关键词（可选）',
    location: '企业所在地（省、市，如：广东省 深圳市；地方政策只推送给当地企业）',
    exportValue: '上年度出口额（美元，可选，如 800万）',
    sme: '是否为中小微企业',
    unknown: '不填',
    yes: '是',
    no: '否',
    sendEmpty: '没有新内容的周也发送邮件',
    subscribe: '订阅',
    checkInbox: '请查收邮件',
    checkInboxText: (email: string) => `如果 ${email} 可以接收邮件，您将收到一封确认邮件。点击其中的链接后即开始发送周报。`,
    unknownProducts: (w: string) => `以下产品词没有找到对应的 HS 编码：${w}。可直接填写 HS 编码。`,
    confirmTitle: '确认订阅',
    changeText: '确认后，以下设置将取代当前设置：',
    confirmText: (email: string) => `确认以 ${email} 订阅政策雷达周报？`,
    confirmButton: '确认订阅',
    confirmedTitle: '订阅已确认',
    confirmedText: '从下周开始，您将收到政策雷达周报。',
    manageTitle: '管理订阅',
    channelsTitle: '群机器人与 Webhook 推送',
    channelsIntro: '把同样的精选内容推送到企业微信群、钉钉群、飞书群或您自己的系统。每周推送随周报发出；“即时”推送在匹配的通知出现时发出。',
    channelsNone: '尚未添加推送目标。',
    channelKind: '类型',
    channelUrl: 'Webhook 地址（https）',
    channelSecret: '签名密钥（钉钉“加签”、飞书签名校验、Webhook 必填；企业微信不填）',
    channelLabel: '备注（可选）',
    channelSchedule: '推送时间',
    channelWeekly: '每周',
    channelInstant: '即时',
    channelTopics: '即时推送仅限这些主题（可选，逗号分隔的主题 ID，如 export-controls,tariffs）',
    channelAdd: '添加推送',
    channelAdded: '已添加推送目标。',
    channelRemove: '删除',
    channelRemoved: '已删除推送目标。',
    channelResume: '恢复推送',
    channelResumed: '已恢复推送。',
    channelPaused: (reason: string) => `已暂停：${reason}`,
    channelActive: '正常',
    channelFailures: (n: number) => `连续失败 ${n} 次`,
    status: '状态',
    statuses: { pending: '待确认', confirmed: '已订阅', paused: '已暂停', unsubscribed: '已退订' },
    save: '保存',
    saved: '已保存。',
    pause: '暂停发送',
    resume: '恢复发送',
    unsubscribe: '退订',
    exportData: '导出我的数据（JSON）',
    deleteData: '删除我的全部数据',
    deleteConfirm: '我确认删除此订阅及其发送记录，此操作不可撤销',
    deletedTitle: '数据已删除',
    deletedText: '您的订阅和发送记录已全部删除。',
    unsubscribeTitle: '退订',
    unsubscribeText: (email: string) => `停止向 ${email} 发送政策雷达周报？`,
    unsubscribedTitle: '已退订',
    unsubscribedText: '您将不会再收到周报。如需恢复，请使用邮件中的“管理订阅”链接。',
    invalidTitle: '链接无效',
    invalidText: '此链接无效、已过期或已被使用。请使用最近一封邮件中的链接，或重新订阅。',
    errorTitle: '输入有误',
    tooMany: '请求过于频繁，请稍后再试。',
    manageLink: '管理订阅',
  },
  en: {
    app: 'Policy Radar',
    subscribeTitle: 'Subscribe to the weekly trade-policy digest',
    subscribeIntro: 'One e-mail a week: new and changed notices about your products, markets and topics. Nothing is sent before you confirm your address.',
    email: 'E-mail',
    language: 'Mail language',
    products: 'Products (comma-separated, e.g. solar panels, lithium batteries)',
    hs: 'HS codes or prefixes (e.g. 8541, 85)',
    regions: 'Markets (country or bloc codes, e.g. US, EU, ASEAN)',
    topics: 'Topics',
    sources: 'Sources (optional, e.g. mofcom)',
    keywords: 'Title keywords (optional)',
    location: 'Where your company is (province and city, e.g. 广东省 深圳市 or Shenzhen; local policies go to local companies only)',
    exportValue: 'Annual exports in USD (optional, e.g. 8m)',
    sme: 'Small or medium-sized enterprise',
    unknown: 'not given',
    yes: 'yes',
    no: 'no',
    sendEmpty: 'Also send a mail in weeks with nothing new',
    subscribe: 'Subscribe',
    checkInbox: 'Check your inbox',
    checkInboxText: (email: string) => `If ${email} can receive mail, a confirmation message is on its way. The digest starts once you click its link.`,
    unknownProducts: (w: string) => `No HS code was found for: ${w}. You can enter HS codes directly.`,
    confirmTitle: 'Confirm subscription',
    changeText: 'Confirming replaces the current settings with these:',
    confirmText: (email: string) => `Subscribe ${email} to the Policy Radar weekly digest?`,
    confirmButton: 'Confirm subscription',
    confirmedTitle: 'Subscription confirmed',
    confirmedText: 'You will receive the Policy Radar digest from next week.',
    manageTitle: 'Manage subscription',
    channelsTitle: 'Chat-group bots and webhooks',
    channelsIntro:
      'Send the same selection to a WeCom, DingTalk or Feishu group, or to your own system. Weekly pushes go out with the digest; instant pushes as soon as a matching notice appears.',
    channelsNone: 'No push targets yet.',
    channelKind: 'Kind',
    channelUrl: 'Webhook URL (https)',
    channelSecret: 'Signing secret (DingTalk 加签, Feishu signature, required for webhooks; none for WeCom)',
    channelLabel: 'Label (optional)',
    channelSchedule: 'When',
    channelWeekly: 'weekly',
    channelInstant: 'instant',
    channelTopics: 'Instant pushes only for these topics (optional, comma-separated topic ids, e.g. export-controls,tariffs)',
    channelAdd: 'Add push target',
    channelAdded: 'Push target added.',
    channelRemove: 'Remove',
    channelRemoved: 'Push target removed.',
    channelResume: 'Resume',
    channelResumed: 'Pushes resumed.',
    channelPaused: (reason: string) => `paused: ${reason}`,
    channelActive: 'active',
    channelFailures: (n: number) => `${n} failure(s) in a row`,
    status: 'Status',
    statuses: { pending: 'awaiting confirmation', confirmed: 'subscribed', paused: 'paused', unsubscribed: 'unsubscribed' },
    save: 'Save',
    saved: 'Saved.',
    pause: 'Pause',
    resume: 'Resume',
    unsubscribe: 'Unsubscribe',
    exportData: 'Export my data (JSON)',
    deleteData: 'Delete all my data',
    deleteConfirm: 'I understand this deletes my subscription and its delivery history for good',
    deletedTitle: 'Data deleted',
    deletedText: 'Your subscription and delivery history have been deleted.',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeText: (email: string) => `Stop sending the Policy Radar digest to ${email}?`,
    unsubscribedTitle: 'Unsubscribed',
    unsubscribedText: 'You will not receive the digest any more. To come back, use the “Manage subscription” link of any digest.',
    invalidTitle: 'Invalid link',
    invalidText: 'This link is invalid or has expired. Use the link of your most recent mail, or subscribe again.',
    errorTitle: 'Please check your input',
    tooMany: 'Too many requests; please try again in a minute.',
    manageLink: 'Manage subscription',
  },
};

export type PageStrings = (typeof T)['en'];

export function pageStrings(lang: Lang): PageStrings {
  return T[lang] as PageStrings;
}

/** A complete page; `body` must already be escaped markup. */
export function page(lang: Lang, title: string, body: string): string {
  const s = T[lang];
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)} · ${e(s.app)}</title>
<link rel="stylesheet" href="/static/style.css">
<link rel="stylesheet" href="/subscriptions/style.css">
</head>
<body>
<header class="top"><a class="brand" href="/"><span class="logo" aria-hidden="true">◎</span> ${e(s.app)}</a></header>
<main class="subs">
<section class="panel">
<h1>${e(title)}</h1>
${body}
</section>
</main>
</body>
</html>
`;
}

export const PAGE_CSS = `
main.subs { max-width: 680px; }
.subs form.subscribe { display: grid; gap: .85rem; }
.subs label { display: grid; gap: .3rem; font-weight: 600; font-size: .95rem; }
.subs label.check { display: flex; align-items: center; gap: .5rem; font-weight: 400; }
.subs input[type=text], .subs input[type=email], .subs select { font: inherit; padding: .5rem .65rem; border: 1px solid #b9c4d0; border-radius: 6px; width: 100%; min-width: 0; }
.subs fieldset { border: 1px solid var(--line, #dde3ea); border-radius: 6px; padding: .6rem .9rem; }
.subs fieldset legend { font-weight: 600; font-size: .95rem; padding: 0 .3rem; }
.subs .topics { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .25rem .75rem; }
.subs .actions { display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; margin-top: 1rem; }
.subs .notice-ok { background: #e7f6ec; border: 1px solid #b7e1c3; padding: .6rem .8rem; border-radius: 6px; }
.subs .notice-error { background: #fdecea; border: 1px solid #f3b8b2; padding: .6rem .8rem; border-radius: 6px; color: #8c1d15; }
.subs button.secondary { background: #5d6b7a; }
.subs button.danger { background: #b3261e; }
.subs .danger-zone { margin-top: 1.5rem; border-top: 1px solid var(--line, #dde3ea); padding-top: 1rem; }
.subs p.hint { color: #5d6b7a; font-size: .9rem; }
`;

export interface FormValues {
  email?: string;
  language?: Lang;
  hs?: string;
  products?: string;
  regions?: string;
  topics?: string[];
  sources?: string;
  keywords?: string;
  location?: string;
  exportValueUsd?: string;
  sme?: string;
  sendEmpty?: boolean;
}

export function valuesOf(sub: Subscriber): FormValues {
  const i = sub.interests;
  return {
    email: sub.email,
    language: sub.language,
    hs: i.hs.join(', '),
    regions: i.regions.join(', '),
    topics: i.topics,
    sources: i.sources.join(', '),
    keywords: i.keywords.join(', '),
    location: i.location ? (i.location.city ?? i.location.province) : '',
    exportValueUsd: i.size?.exportValueUsd !== undefined ? String(i.size.exportValueUsd) : '',
    sme: i.size?.sme === undefined ? '' : i.size.sme ? 'yes' : 'no',
    sendEmpty: sub.sendEmpty,
  };
}

function textField(name: string, label: string, value = '', type = 'text', extra = ''): string {
  return `<label>${e(label)}<input type="${type}" name="${name}" value="${e(value)}" maxlength="600"${extra}></label>`;
}

/** The interests part, shared by the subscribe and manage forms. */
function interestFields(lang: Lang, v: FormValues, vocab: Pick<Vocabulary, 'topicList'>, withProducts: boolean): string {
  const s = T[lang];
  const chosen = new Set(v.topics ?? []);
  const known = new Set(vocab.topicList.map((t) => t.id));
  const topics = vocab.topicList.length
    ? `<fieldset><legend>${e(s.topics)}</legend><div class="topics">${vocab.topicList
        .map(
          (t) =>
            `<label class="check"><input type="checkbox" name="topics" value="${e(t.id)}"${chosen.has(t.id) ? ' checked' : ''}> ${e(lang === 'zh' ? t.zh : t.en)}</label>`,
        )
        .join('')}${[...chosen]
        .filter((t) => !known.has(t))
        .map((t) => `<input type="hidden" name="topics" value="${e(t)}">`)
        .join('')}</div></fieldset>`
    : textField('topics', s.topics, (v.topics ?? []).join(', '));
  return [
    withProducts ? textField('products', s.products, v.products) : '',
    textField('hs', s.hs, v.hs, 'text', ' inputmode="numeric"'),
    textField('regions', s.regions, v.regions),
    topics,
    textField('sources', s.sources, v.sources),
    textField('keywords', s.keywords, v.keywords),
    textField('location', s.location, v.location),
    textField('exportValueUsd', s.exportValue, v.exportValueUsd),
    `<label>${e(s.sme)}<select name="sme">${(['', 'yes', 'no'] as const).map((o) => `<option value="${o}"${(v.sme ?? '') === o ? ' selected' : ''}>${e(o ? s[o] : s.unknown)}</option>`).join('')}</select></label>`,
    `<label>${e(s.language)}<select name="language"><option value="zh"${v.language === 'zh' ? ' selected' : ''}>中文</option><option value="en"${v.language !== 'zh' ? ' selected' : ''}>English</option></select></label>`,
    `<label class="check"><input type="checkbox" name="sendEmpty" value="true"${v.sendEmpty ? ' checked' : ''}> ${e(s.sendEmpty)}</label>`,
  ].join('\n');
}

export function subscribePage(lang: Lang, vocab: Pick<Vocabulary, 'topicList'>, v: FormValues = { language: lang }, error?: string): string {
  const s = T[lang];
  return page(
    lang,
    s.subscribeTitle,
    `<p class="hint">${e(s.subscribeIntro)}</p>
${error ? `<p class="notice-error" role="alert">${e(error)}</p>` : ''}
<form class="subscribe" method="post" action="${PATHS.subscribePage}">
${textField('email', s.email, v.email, 'email', ' required autocomplete="email"')}
${interestFields(lang, v, vocab, true)}
<div class="actions"><button type="submit">${e(s.subscribe)}</button></div>
</form>`,
  );
}

export function messagePage(lang: Lang, title: string, text: string, extra = ''): string {
  return page(lang, title, `<p>${e(text)}</p>${extra}`);
}

/** A page whose only action is a POST button: GET links never change state (mail scanners follow them). */
/** `detail`: lines shown under the question (what a pending change will set) */
export function actionPage(
  lang: Lang,
  title: string,
  text: string,
  action: string,
  token: string,
  button: string,
  danger = false,
  detail: string[] = [],
): string {
  return page(
    lang,
    title,
    `<p>${e(text)}</p>${detail.length ? `\n<ul class="hint">${detail.map((d) => `<li>${e(d)}</li>`).join('')}</ul>` : ''}
<form method="post" action="${e(action)}"><input type="hidden" name="token" value="${e(token)}"><div class="actions"><button type="submit"${danger ? ' class="danger"' : ''}>${e(button)}</button></div></form>`,
  );
}

function channelsSection(lang: Lang, token: string, targets: readonly ChannelTarget[]): string {
  const s = T[lang];
  const tk = `<input type="hidden" name="token" value="${e(token)}">`;
  const rows = targets
    .map((t) => {
      const status = t.status === 'paused' ? s.channelPaused(t.pauseReason ?? '') : t.failures ? s.channelFailures(t.failures) : s.channelActive;
      const when = t.schedule === 'instant' ? `${s.channelInstant}${t.instantTopics.length ? ` (${t.instantTopics.join(', ')})` : ''}` : s.channelWeekly;
      const act = (action: string, label: string) =>
        `<form method="post" action="${PATHS.manage}">${tk}<input type="hidden" name="action" value="${action}"><input type="hidden" name="target" value="${t.id}"><button type="submit" class="secondary">${e(label)}</button></form>`;
      return `<li class="channel"><strong>${e(t.kind)}</strong> ${e(t.label ?? targetWhere(t.url))} · ${e(when)} · <span class="${t.status === 'paused' ? 'notice-error' : ''}">${e(status)}</span>
<div class="actions">${t.status === 'paused' ? act('channel-resume', s.channelResume) : ''}${act('channel-remove', s.channelRemove)}</div></li>`;
    })
    .join('\n');
  return `<section class="channels"><h2>${e(s.channelsTitle)}</h2><p>${e(s.channelsIntro)}</p>
${targets.length ? `<ul class="channels">${rows}</ul>` : `<p>${e(s.channelsNone)}</p>`}
<form class="subscribe" method="post" action="${PATHS.manage}">${tk}<input type="hidden" name="action" value="channel-add">
<label>${e(s.channelKind)} <select name="kind"><option value="wecom">企业微信 WeCom</option><option value="dingtalk">钉钉 DingTalk</option><option value="feishu">飞书 Feishu/Lark</option><option value="webhook">Webhook (JSON)</option></select></label>
<label>${e(s.channelUrl)} <input type="url" name="url" required maxlength="2000" placeholder="https://"></label>
<label>${e(s.channelSecret)} <input type="password" name="secret" maxlength="200" autocomplete="off"></label>
<label>${e(s.channelLabel)} <input type="text" name="label" maxlength="80"></label>
<label>${e(s.channelSchedule)} <select name="schedule"><option value="weekly">${e(s.channelWeekly)}</option><option value="instant">${e(s.channelInstant)}</option></select></label>
<label>${e(s.channelTopics)} <input type="text" name="channelTopics" maxlength="400"></label>
<div class="actions"><button type="submit">${e(s.channelAdd)}</button></div>
</form></section>`;
}

export function managePage(
  lang: Lang,
  sub: Subscriber,
  token: string,
  vocab: Pick<Vocabulary, 'topicList'>,
  note?: { ok?: string; error?: string },
  targets: readonly ChannelTarget[] = [],
): string {
  const s = T[lang];
  const tk = `<input type="hidden" name="token" value="${e(token)}">`;
  const paused = sub.status === 'paused' || sub.status === 'unsubscribed';
  return page(
    lang,
    s.manageTitle,
    `<p><strong>${e(sub.email)}</strong> · ${e(s.status)}: ${e(s.statuses[sub.status])}</p>
${note?.ok ? `<p class="notice-ok" role="status">${e(note.ok)}</p>` : ''}${note?.error ? `<p class="notice-error" role="alert">${e(note.error)}</p>` : ''}
<form class="subscribe" method="post" action="${PATHS.manage}">${tk}<input type="hidden" name="action" value="save">
${interestFields(lang, valuesOf(sub), vocab, true)}
<div class="actions"><button type="submit">${e(s.save)}</button></div>
</form>
<div class="actions">
<form method="post" action="${PATHS.manage}">${tk}<input type="hidden" name="action" value="${paused ? 'resume' : 'pause'}"><button type="submit" class="secondary">${e(paused ? s.resume : s.pause)}</button></form>
${sub.status !== 'unsubscribed' ? `<form method="post" action="${PATHS.unsubscribe}">${tk}<button type="submit" class="secondary">${e(s.unsubscribe)}</button></form>` : ''}
<a href="${PATHS.exportData}?token=${e(encodeURIComponent(token))}">${e(s.exportData)}</a>
</div>
${channelsSection(lang, token, targets)}
<form class="danger-zone" method="post" action="${PATHS.deleteData}">${tk}
<label class="check"><input type="checkbox" name="confirm" value="yes" required> ${e(s.deleteConfirm)}</label>
<div class="actions"><button type="submit" class="danger">${e(s.deleteData)}</button></div>
</form>`,
  );
}
