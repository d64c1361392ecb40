/** Messages between the content script, popup/options and the background. */
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
  | { type: 'page-terms'; host: string; terms: PageTerms }
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

export const MAX_LISTED = 50;
