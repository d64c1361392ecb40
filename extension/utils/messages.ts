/** Messages between the content script, popup/options and the background. */
import type { MarkSpan } from './page-terms.ts';
import type { PageTerms, Reason } from './relevance.ts';
import type { IndexStatus } from './sync.ts';

/** A notice as shown in the popup and the in-page card. */
export interface TabNotice {
  id: number;
  title: string;
  agency: string | null;
  date: string | null;
  /** the notice's page on the Policy Radar server (http/https only) */
  href: string | null;
  /** the source page (ministry site) */
  source: string | null;
  score: number;
  reasons: Reason[];
  hsCodes: string[];
  regions: string[];
  topics: string[];
}

export interface TabState {
  host: string;
  enabled: boolean;
  marks: boolean;
  total: number;
  notices: TabNotice[];
  /** ids found on the page (not the text) */
  terms: PageTerms;
}

export type Message =
  /** text the page script has not sent before, and the tag ids found so far; answered with a PageTextReply */
  | { type: 'page-text'; host: string; text: string; terms: PageTerms }
  | { type: 'page-off'; host: string }
  | { type: 'tab-state'; tabId: number }
  | { type: 'status' }
  | { type: 'sync-now' }
  | { type: 'results'; state: TabState };

export interface StatusReply {
  status: IndexStatus;
  age: string;
  serverUrl: string;
  generatedAt: string | null;
}

export interface TabStateReply {
  state: TabState | null;
  status: StatusReply;
}

/** The background's answer to page-text: where the text names tags (offsets into that text), and the tab's ranked notices. */
export interface PageTextReply {
  spans: MarkSpan[];
  state: TabState;
}

export const MAX_LISTED = 50;
