import { AGENCY_BLOCKERS, AGENCY_DATA, CN_PLACES } from './data/agencies.ts';
import { type Entry, parseTerms } from './vocab.ts';

export interface Agency {
  id: string;
  zh: string;
  en: string;
  /** region id of the issuer's jurisdiction ('' for international bodies) */
  jurisdiction: string;
  /** topic the agency's notices are usually about ('' if none) */
  topic: string;
}

const rows = AGENCY_DATA.split('\n').map((l) => {
  const [id, zh, en, jurisdiction = '', topic = ''] = l.split('|');
  return { id, zh, en, jurisdiction, topic };
});

const places = CN_PLACES.split(',').map((p) => p.split('|') as [string, string]);

export const AGENCIES: readonly Agency[] = [
  ...rows.map((r) => ({
    id: r.id,
    zh: r.zh.split(',')[0],
    en: r.en.split(',')[0].replace(/^[=~+]+/, ''),
    jurisdiction: r.jurisdiction,
    topic: r.topic,
  })),
  ...places.map(([code, name]) => ({
    id: `commerce:${code}`,
    zh: code.length === 2 ? `${name}省商务厅` : `${name}市商务局`,
    en: `Department of Commerce, ${name}`,
    jurisdiction: 'CN',
    topic: '',
  })),
];
const byId = new Map(AGENCIES.map((a) => [a.id, a]));

export function agencyInfo(id: string): Agency | undefined {
  return byId.get(id);
}

export function agencyEntries(): Entry[] {
  const out: Entry[] = [];
  for (const r of rows) {
    parseTerms(r.zh, 'agency', r.id, out);
    parseTerms(r.en, 'agency', r.id, out);
  }
  for (const [code, name] of places) {
    const id = `commerce:${code}`;
    for (const t of [`${name}省商务厅`, `${name}商务厅`, `${name}自治区商务厅`, `${name}市商务局`, `${name}商务局`])
      out.push({ kind: 'agency', id, term: t, caseSensitive: false, weight: 1 });
  }
  parseTerms(AGENCY_BLOCKERS, 'agency', '', out);
  return out;
}
