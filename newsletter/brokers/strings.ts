/** Words of the broker digests and policy sheets, zh and en (the digest's own are in ../i18n.ts). */
import type { Lang } from '../i18n.ts';

export interface BrokerStrings {
  preparedBy: (broker: string) => string;
  subjectPrefix: (broker: string) => string;
  footer: (broker: string, client: string) => string;
  sheetFooter: (broker: string) => string;
  contact: (broker: string) => string;
  sheetTitle: string;
  sheetFor: (client: string) => string;
  sheetPeriod: (from: string, to: string) => string;
  sheetEmpty: string;
  sheetMore: (n: number) => string;
  closes: string;
  published: string;
  agency: string;
  why: string;
  link: string;
  product: (hs: string, name: string | undefined) => string;
  market: (name: string) => string;
  topic: (name: string) => string;
  local: (place: string) => string;
  keyword: (w: string) => string;
  conditions: string;
  printed: (date: string) => string;
}

const zh: BrokerStrings = {
  preparedBy: (b) => `由 ${b} 为您整理`,
  subjectPrefix: (b) => b,
  footer: (b, c) => `这是 ${b} 为 ${c} 整理的贸易政策周报。如需调整关注的产品、市场或所在地，请联系 ${b}。`,
  sheetFooter: (b) => `本提示单由 ${b} 根据您的产品、市场和所在地整理，仅供参考，以原文为准。`,
  contact: (b) => `联系 ${b}`,
  sheetTitle: '政策提示单',
  sheetFor: (c) => `客户：${c}`,
  sheetPeriod: (a, b) => `${a} 至 ${b} 发布或修改的相关通知`,
  sheetEmpty: '这段时间没有与您的产品、市场和所在地相关的新通知。',
  sheetMore: (n) => `另有 ${n} 条相关通知，见周报。`,
  closes: '截止',
  published: '发布',
  agency: '发布机构',
  why: '与您相关',
  link: '链接',
  product: (hs, name) => `涉及您的产品 HS ${hs}${name ? `（${name}）` : ''}`,
  market: (m) => `市场：${m}`,
  topic: (t) => `主题：${t}`,
  local: (p) => `${p}本地政策`,
  keyword: (w) => `标题含“${w}”`,
  conditions: '请核对申报条件',
  printed: (d) => `打印于 ${d}`,
};

const en: BrokerStrings = {
  preparedBy: (b) => `Prepared for you by ${b}`,
  subjectPrefix: (b) => b,
  footer: (b, c) => `${b} prepared this trade-policy digest for ${c}. To change the products, markets or location it follows, contact ${b}.`,
  sheetFooter: (b) => `${b} selected these notices for your products, markets and location. For reference only: the original text prevails.`,
  contact: (b) => `Contact ${b}`,
  sheetTitle: 'Policy sheet',
  sheetFor: (c) => `Client: ${c}`,
  sheetPeriod: (a, b) => `Relevant notices published or changed ${a} – ${b}`,
  sheetEmpty: 'No new notices for your products, markets and location in this period.',
  sheetMore: (n) => `${n} more relevant notice${n === 1 ? '' : 's'} in the digest.`,
  closes: 'Closes',
  published: 'Published',
  agency: 'Agency',
  why: 'Why it matters',
  link: 'Link',
  product: (hs, name) => `concerns your product HS ${hs}${name ? ` (${name})` : ''}`,
  market: (m) => `market: ${m}`,
  topic: (t) => `topic: ${t}`,
  local: (p) => `local policy for ${p}`,
  keyword: (w) => `title mentions “${w}”`,
  conditions: 'check the conditions',
  printed: (d) => `Printed ${d}`,
};

export function brokerStrings(lang: Lang): BrokerStrings {
  return lang === 'zh' ? zh : en;
}
