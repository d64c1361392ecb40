/**
 * The first replicas (test/replicas/<id>.ts, week1) as a fidelity measure
 * too: each is crawled with its real definition into a fresh store and every
 * stored field compared with the fixture data the pages were rendered from.
 * Sources whose fixtures name no agency expect the source's own (their pages
 * name none: the site is the issuer). The Federal Register replica is left
 * out (its documents are dated relative to a crawl date; test/sources covers
 * it field by field).
 */
import { builtinSources } from '../../../crawler/sources/index.ts';
import { openHarness } from '../../sources/harness.ts';

const FIRST = [
  'mofcom-zcfb',
  'mofcom-article',
  'gacc-announcements',
  'mof-gss',
  'mof-zcfb',
  'gov-zuixin',
  'sz-commerce',
  'zj-commerce',
  'ustr-press',
  'eu-trade-news',
];
const KEYS = ['title', 'docNumber', 'agency', 'publishedAt', 'effectiveAt'] as const;

interface FirstNotice {
  path: string;
  title: string;
  date: string;
  docNumber?: string;
  agency?: string;
  effective?: string;
}

export interface FirstReport {
  perSource: { source: string; exact: number; total: number }[];
  misses: { source: string; path: string; field: string; got: unknown; want: unknown }[];
}

export async function firstReplicaFidelity(): Promise<FirstReport> {
  const perSource: FirstReport['perSource'] = [];
  const misses: FirstReport['misses'] = [];
  for (const id of FIRST) {
    const mod = (await import(`../${id}.ts`)) as { week1: FirstNotice[] };
    const def = builtinSources.find((s) => s.id === id)!;
    const h = await openHarness(id);
    try {
      await h.crawl();
      let exact = 0;
      let total = 0;
      for (const n of mod.week1) {
        const path = n.path.startsWith('http') ? new URL(n.path).pathname : n.path;
        const want = { title: n.title, docNumber: n.docNumber ?? null, agency: n.agency ?? def.agency, publishedAt: n.date, effectiveAt: n.effective ?? null };
        const got = await h.notice(path).catch(() => null);
        for (const k of KEYS) {
          total++;
          if (got && got[k] === want[k]) exact++;
          else misses.push({ source: id, path, field: k, got: got ? got[k] : 'not stored', want: want[k] });
        }
      }
      perSource.push({ source: id, exact, total });
    } finally {
      await h.close();
    }
  }
  return { perSource, misses };
}
