/**
 * The built-in source definitions, one file per real site. README.md in this
 * folder says what is known of each site and what is assumed.
 */
import type { SourceDef } from '../source.ts';
import euTradeNews from './eu-trade-news.ts';
import gaccAnnouncements from './gacc-announcements.ts';
import govZuixin from './gov-zuixin.ts';
import mofGss from './mof-gss.ts';
import mofZcfb from './mof-zcfb.ts';
import mofcomArticle from './mofcom-article.ts';
import mofcomZcfb from './mofcom-zcfb.ts';
import szCommerce from './sz-commerce.ts';
import usFederalRegister from './us-federal-register.ts';
import ustrPress from './ustr-press.ts';
import zjCommerce from './zj-commerce.ts';
import ndrcTz from './ndrc-tz.ts';
import pbcTiaofasi from './pbc-tiaofasi.ts';
import miitWjfb from './miit-wjfb.ts';
import nfraNotices from './nfra-notices.ts';
import safeZcfg from './safe-zcfg.ts';
import sinosureNotices from './sinosure-notices.ts';
import ccpitNotices from './ccpit-notices.ts';
import singlewindowNotices from './singlewindow-notices.ts';
import gdCommerce from './gd-commerce.ts';
import jsCommerce from './js-commerce.ts';
import sdCommerce from './sd-commerce.ts';
import scCommerce from './sc-commerce.ts';
import hnCommerce from './hn-commerce.ts';
import fjCommerce from './fj-commerce.ts';
import shCommerce from './sh-commerce.ts';
import suzhouCommerce from './suzhou-commerce.ts';
import wtoEping from './wto-eping.ts';
import ukTra from './uk-tra.ts';
import ukDbt from './uk-dbt.ts';
import usCbpCsms from './us-cbp-csms.ts';
import euTradeDefence from './eu-trade-defence.ts';

/** sources added for coverage (issue #15): central agencies, provinces, abroad */
const coverage: SourceDef[] = [
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

export const builtinSources: SourceDef[] = [
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
