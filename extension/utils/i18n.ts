/**
 * The extension's words, through the browser's own i18n (public/_locales/*
 * /messages.json): the browser picks zh_CN where its UI language is Chinese,
 * en otherwise (default_locale). The message files are the one source of the
 * texts; `lang` tells which of them the browser chose.
 */
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

/** The language the browser chose for our messages (taxonomy names and number formats follow it). */
export function uiLang(): 'zh' | 'en' {
  return t('lang') === 'zh' ? 'zh' : 'en';
}

/** Fills the texts of a page's elements marked data-i18n (and placeholders marked data-i18n-placeholder). */
export function localise(doc: Document): void {
  doc.documentElement.lang = uiLang() === 'zh' ? 'zh-CN' : 'en';
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of doc.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder as MessageKey);
}
