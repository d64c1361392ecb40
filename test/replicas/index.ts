/**
 * All replica sites (one per built-in source, same id) and the config
 * overrides that point the built-in sources at a running set of replicas.
 */
import type { SourceOverride } from '../../crawler/registry.ts';
import type { ReplicaSite, Replicas } from '../helpers/replica-server.ts';
import { site as gaccAnnouncements } from './gacc-announcements.ts';
import { site as euTradeNews } from './eu-trade-news.ts';
import { site as govZuixin } from './gov-zuixin.ts';
import { site as mofGss } from './mof-gss.ts';
import { site as mofZcfb } from './mof-zcfb.ts';
import { site as mofcomArticle } from './mofcom-article.ts';
import { site as mofcomZcfb } from './mofcom-zcfb.ts';
import { site as szCommerce } from './sz-commerce.ts';
import { federalRegisterSite, site as usFederalRegister } from './us-federal-register.ts';
import { site as ustrPress } from './ustr-press.ts';
import { site as zjCommerce } from './zj-commerce.ts';
import { site as ndrcTz } from './ndrc-tz.ts';
import { site as pbcTiaofasi } from './pbc-tiaofasi.ts';
import { site as miitWjfb } from './miit-wjfb.ts';
import { site as nfraNotices } from './nfra-notices.ts';
import { site as safeZcfg } from './safe-zcfg.ts';
import { site as sinosureNotices } from './sinosure-notices.ts';
import { site as ccpitNotices } from './ccpit-notices.ts';
import { site as singlewindowNotices } from './singlewindow-notices.ts';
import { site as gdCommerce } from './gd-commerce.ts';
import { site as jsCommerce } from './js-commerce.ts';
import { site as sdCommerce } from './sd-commerce.ts';
import { site as scCommerce } from './sc-commerce.ts';
import { site as hnCommerce } from './hn-commerce.ts';
import { site as fjCommerce } from './fj-commerce.ts';
import { site as shCommerce } from './sh-commerce.ts';
import { site as suzhouCommerce } from './suzhou-commerce.ts';
import { REPLICA_EPING_KEY, site as wtoEping } from './wto-eping.ts';
import { site as ukTra } from './uk-tra.ts';
import { site as ukDbt } from './uk-dbt.ts';
import { site as usCbpCsms } from './us-cbp-csms.ts';
import { site as euTradeDefence } from './eu-trade-defence.ts';

/** sources added for coverage (issue #15): central agencies, provinces, abroad */
const coverage: ReplicaSite[] = [
  pbcTiaofasi,
  ndrcTz,
  miitWjfb,
  nfraNotices,
  safeZcfg,
  sinosureNotices,
  ccpitNotices,
  singlewindowNotices,
  gdCommerce,
  jsCommerce,
  sdCommerce,
  scCommerce,
  hnCommerce,
  fjCommerce,
  shCommerce,
  suzhouCommerce,
  wtoEping,
  ukTra,
  ukDbt,
  usCbpCsms,
  euTradeDefence,
];

export const replicaSites: ReplicaSite[] = [
  mofcomZcfb,
  mofcomArticle,
  gaccAnnouncements,
  mofGss,
  mofZcfb,
  govZuixin,
  szCommerce,
  zjCommerce,
  usFederalRegister,
  ustrPress,
  euTradeNews,
  ...coverage,
];

/**
 * The replicas as the demo runs them: the same sites, with the Federal
 * Register's documents dated relative to `today` (its source asks for recent
 * date windows by the real clock).
 */
export function demoReplicaSites(today = new Date()): ReplicaSite[] {
  return replicaSites.map((s) => (s.id === usFederalRegister.id ? federalRegisterSite({ today }) : s));
}

/** What a user would put in sourceOverrides for sources that need a key (off by default). */
const REPLICA_CREDENTIALS: Record<string, SourceOverride> = {
  'wto-eping': { enabled: true, headers: { 'Ocp-Apim-Subscription-Key': REPLICA_EPING_KEY } },
};

/**
 * `sourceOverrides` for the config: every source whose replica is running
 * points at it. `delayMs: 0` is useful in tests (politeness off on 127.0.0.1).
 */
export function replicaOverrides(replicas: Pick<Replicas, 'baseUrl'>, opts: { delayMs?: number } = {}): Record<string, SourceOverride & { baseUrl: string }> {
  const out: Record<string, SourceOverride & { baseUrl: string }> = {};
  for (const s of replicaSites) {
    let baseUrl: string;
    try {
      baseUrl = replicas.baseUrl(s.id);
    } catch {
      continue; // that replica is not running
    }
    out[s.id] = opts.delayMs === undefined ? { baseUrl } : { baseUrl, delayMs: opts.delayMs };
    // sources that need a key the user supplies get the replica's own
    if (REPLICA_CREDENTIALS[s.id]) Object.assign(out[s.id], REPLICA_CREDENTIALS[s.id]);
  }
  return out;
}
