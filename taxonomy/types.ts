/** A tag candidate with a confidence in 0..1 and the snippets that produced it. */
export interface Scored {
  id: string;
  score: number;
  evidence?: string[];
}

/** A vocabulary hit in a text; start/end are UTF-16 offsets into the input (end exclusive). */
export interface Match {
  id: string;
  term: string;
  start: number;
  end: number;
}

export interface NoticeInput {
  title: string;
  text: string;
  agency?: string | null;
  docNumber?: string | null;
  language?: string;
}

export interface Classification {
  topics: Scored[];
  hsCodes: Scored[];
  regions: Scored[];
  agencies: Scored[];
  docNumber: string | null;
  /** YYYY-MM-DD */
  effectiveDate: string | null;
  /** each scored region's role: export market, origin of imports, or foreign issuer (taxonomy/region-roles.ts) */
  regionRoles: Record<string, 'market' | 'origin' | 'issuer'>;
  /** topics often touched in passing (customs) that this notice names with two or more distinct strong terms */
  substantive?: string[];
}

export interface Tags {
  topics: string[];
  hsCodes: string[];
  regions: string[];
  /** role of each tagged region */
  regionRoles?: Record<string, 'market' | 'origin' | 'issuer'>;
}

export interface TextMatches {
  products: Match[];
  hsCodes: Match[];
  regions: Match[];
  topics: Match[];
}

export type Lang = 'zh' | 'en';
