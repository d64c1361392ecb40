/** Strings of the digest e-mail and the subscription pages, in Chinese and English. */

export type Lang = 'zh' | 'en';

export interface Strings {
  brand: string;
  tagline: string;
  subject: (week: string, count: number) => string;
  preview: (count: number, changed: number) => string;
  summary: (nNew: number, nChanged: number, week: string, range: string) => string;
  summaryEmpty: (week: string, range: string) => string;
  newBadge: string;
  changedBadge: string;
  whatChanged: string;
  whyMatched: string;
  published: string;
  effective: string;
  docNumber: string;
  agency: string;
  readNotice: string;
  original: string;
  generalTitle: string;
  generalIntro: string;
  otherTopic: string;
  footerWhy: (email: string) => string;
  manage: string;
  unsubscribe: string;
  matchTopic: string;
  matchHs: string;
  matchRegion: string;
  matchSource: string;
  matchKeyword: string;
  matchLocal: string;
  closingTitle: string;
  calendar: string;
  calendarHint: string;
  feed: string;
  feedHint: string;
  closes: (kind: 'application' | 'comments' | 'deadline', date: string) => string;
  /** an item whose conditions (export value, size, registration) the subscriber's facts do not show to be met */
  checkConditions: string;
  noInterests: string;
  confirmSubject: string;
  confirmIntro: string;
  confirmButton: string;
  confirmIgnore: string;
  alreadySubject: string;
  alreadyIntro: string;
}

const zh: Strings = {
  brand: '政策雷达',
  tagline: '每周贸易政策动态',
  subject: (week, n) => (n ? `政策雷达周报 ${week}：${n} 条与您相关的政策动态` : `政策雷达周报 ${week}：本周无新动态`),
  preview: (n, c) => (n ? `本周 ${n} 条相关通知${c ? `，其中 ${c} 条有修改` : ''}。` : '本周没有与您关注领域相关的新通知。'),
  summary: (n, c, week, range) =>
    `${week}（${range}）与您关注的产品、市场和主题相关的通知：${[n ? `新发布 ${n} 条` : '', c ? `有修改 ${c} 条` : ''].filter(Boolean).join('，')}。`,
  summaryEmpty: (week, range) => `${week}（${range}）没有与您关注领域相关的新通知或修改。`,
  newBadge: '新发布',
  changedBadge: '有修改',
  whatChanged: '修改内容',
  whyMatched: '匹配原因',
  published: '发布',
  effective: '施行',
  docNumber: '文号',
  agency: '发布机构',
  readNotice: '查看通知',
  original: '原文',
  generalTitle: '其他重要通知',
  generalIntro: '以下通知不在您的关注范围内，但影响面较广。',
  otherTopic: '其他',
  footerWhy: (email) => `您收到此邮件，是因为 ${email} 订阅了政策雷达周报。`,
  manage: '管理订阅',
  unsubscribe: '退订',
  matchTopic: '主题',
  matchHs: '商品编码',
  matchRegion: '市场',
  matchSource: '来源',
  matchLocal: '本地政策',
  closingTitle: '即将截止',
  calendar: '申报与截止日期日历',
  calendarHint: '在日历应用中订阅此链接（iCalendar），与您相关的申报截止日期会自动出现',
  feed: '您的专属政策订阅源',
  feedHint: '在 RSS/Atom 阅读器中订阅此链接，与您相关的新通知一发布就会出现',
  closes: (kind, date) => `${kind === 'comments' ? '意见截止' : kind === 'application' ? '申报截止' : '截止'} ${date}`,
  checkConditions: '请核对申报条件',
  matchKeyword: '关键词',
  noInterests: '全部通知',
  confirmSubject: '请确认订阅政策雷达周报',
  confirmIntro: '您（或他人）使用此邮箱订阅了政策雷达周报。请点击下方按钮确认订阅。',
  confirmButton: '确认订阅',
  confirmIgnore: '如果不是您本人操作，请忽略此邮件，我们不会再发送任何邮件。',
  alreadySubject: '您已订阅政策雷达周报',
  alreadyIntro: '此邮箱已订阅政策雷达周报。如需修改关注领域、暂停或退订，请使用下方链接。',
};

const en: Strings = {
  brand: 'Policy Radar',
  tagline: 'Weekly trade-policy digest',
  subject: (week, n) => (n ? `Policy Radar ${week}: ${n} notice${n === 1 ? '' : 's'} for you` : `Policy Radar ${week}: nothing new this week`),
  preview: (n, c) =>
    n ? `${n} relevant notice${n === 1 ? '' : 's'} this week${c ? `, ${c} changed` : ''}.` : 'No new notices matching your interests this week.',
  summary: (n, c, week, range) =>
    `${week} (${range}): ${[n ? `${n} new notice${n === 1 ? '' : 's'}` : '', c ? `${c} changed notice${c === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ')} matching your products, markets and topics.`,
  summaryEmpty: (week, range) => `${week} (${range}): no new or changed notices matched your interests.`,
  newBadge: 'NEW',
  changedBadge: 'CHANGED',
  whatChanged: 'What changed',
  whyMatched: 'Why',
  published: 'Published',
  effective: 'Effective',
  docNumber: 'No.',
  agency: 'Agency',
  readNotice: 'Read notice',
  original: 'Original',
  generalTitle: 'Other major notices',
  generalIntro: 'Outside your interests, but broad in scope.',
  otherTopic: 'Other',
  footerWhy: (email) => `You receive this e-mail because ${email} subscribed to the Policy Radar weekly digest.`,
  manage: 'Manage subscription',
  unsubscribe: 'Unsubscribe',
  matchTopic: 'topic',
  matchHs: 'HS',
  matchRegion: 'market',
  matchSource: 'source',
  matchLocal: 'local policy for',
  closingTitle: 'Closing soon',
  calendar: 'Deadline calendar',
  calendarHint: 'subscribe to this link (iCalendar) in a calendar app: the deadlines of the notices that concern you appear there',
  feed: 'Your personal notice feed',
  feedHint: 'subscribe to this link in a feed reader (Atom): the notices that concern you appear as soon as they are published',
  closes: (kind, date) => `${kind === 'comments' ? 'comments due' : kind === 'application' ? 'applications close' : 'deadline'} ${date}`,
  checkConditions: 'check the conditions',
  matchKeyword: 'keyword',
  noInterests: 'all notices',
  confirmSubject: 'Please confirm your Policy Radar subscription',
  confirmIntro: 'You (or someone using your address) subscribed to the Policy Radar weekly digest. Please confirm with the button below.',
  confirmButton: 'Confirm subscription',
  confirmIgnore: 'If this was not you, ignore this e-mail: we will not write again.',
  alreadySubject: 'You are already subscribed to Policy Radar',
  alreadyIntro: 'This address already receives the Policy Radar digest. Use the link below to change your interests, pause or unsubscribe.',
};

export function strings(lang: string): Strings {
  return lang === 'zh' ? zh : en;
}
