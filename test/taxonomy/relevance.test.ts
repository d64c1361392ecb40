import { describe, expect, it } from 'vitest';
import { classify, tagsOf } from '../../taxonomy/index.ts';
import { checkEligibility, extractEligibility } from '../../taxonomy/eligibility.ts';
import { localScope, parseLocation } from '../../taxonomy/places.ts';
import { parseProfile, type Profile, ProfileError } from '../../taxonomy/profile.ts';
import { judge, type MatchNotice } from '../../taxonomy/relevance.ts';

const profile = (p: Partial<Profile>): Profile => ({ hs: [], regions: [], topics: [], sources: [], keywords: [], location: null, size: null, ...p });

/** A notice as the crawler stores it: classified from its own text. */
function notice(title: string, text: string, agency: string | null = null): MatchNotice {
  const tags = tagsOf(classify({ title, text, agency }));
  return { title, agency, ...tags };
}

const resinRuling = notice(
  '商务部关于对原产于美国和欧盟的进口聚碳酸酯反倾销调查最终裁定的公告',
  '商务部对原产于美国和欧盟的进口聚碳酸酯（税则号39074000）进行了反倾销调查，现裁定征收反倾销税。',
  '商务部',
);
const germanSteel = notice(
  'Stainless Steel Sheet and Strip From Germany: Final Results of Antidumping Duty Administrative Review',
  'The Department of Commerce determines that stainless steel sheet and strip from Germany were sold at less than normal value.',
  'International Trade Administration',
);
const usBatteryTariff = notice(
  '美国对原产于中国的锂离子电池加征关税',
  '美国贸易代表办公室宣布，对自中国进口的锂离子电池（HS 850760）加征25%的关税。',
  '商务部',
);
const rebateAll = notice('关于调整部分产品出口退税率的公告', '自2026年12月1日起，调整出口退税率，适用于全部出口货物。', '财政部');
const szFund = notice(
  '深圳市商务局关于组织申报2026年外贸发展专项资金的通知',
  '各有关企业：现组织申报外贸发展专项资金，支持出口信用保险保费补贴。',
  '深圳市商务局',
);

describe('region roles', () => {
  it('tags origins of imports apart from markets', () => {
    expect(resinRuling.regionRoles).toEqual({ EU: 'origin', US: 'origin' });
    expect(germanSteel.regionRoles).toMatchObject({ DE: 'origin', US: 'issuer' });
    expect(usBatteryTariff.regionRoles).toEqual({ US: 'market' });
  });
});

describe('judge', () => {
  const battery = profile({ hs: ['8507'], regions: ['US'], topics: ['trade-remedies', 'export-rebates'] });
  const led = profile({ hs: ['9405', '8541'], regions: ['EU', 'DE'], topics: ['tariffs', 'standards'] });

  it('needs product AND market: a Chinese ruling on resin from the US is not for a battery exporter to the US', () => {
    const v = judge(resinRuling, battery);
    expect(v.relevant).toBe(false);
    expect(v.excluded).toMatch(/HS 3907/);
    // a resin maker is concerned (its home market), but not through the US: that is the origin of imports
    const resin = judge(resinRuling, profile({ hs: ['3907'], regions: ['US'] }));
    expect(resin.relevant).toBe(true);
    expect(resin.anyMarket).toBe(true);
    expect(resin.reasons).toEqual([{ kind: 'hs', value: '3907' }]);
    // a tableware exporter to the US gets nothing from it
    expect(judge(resinRuling, profile({ hs: ['6911'], regions: ['US'], topics: ['trade-remedies'] })).relevant).toBe(false);
  });

  it('leaves US reviews of German steel out of an LED exporter to the EU', () => {
    expect(judge(germanSteel, led).relevant).toBe(false);
    expect(judge(germanSteel, profile({ hs: ['72'], regions: ['DE'] })).relevant).toBe(false);
    expect(judge(germanSteel, profile({ hs: ['72'], regions: ['US'] })).relevant).toBe(true);
  });

  it('says why it matched and how the score was made', () => {
    const v = judge(usBatteryTariff, battery);
    expect(v.relevant).toBe(true);
    expect(v.reasons).toEqual([
      { kind: 'hs', value: '8507' },
      { kind: 'region', value: 'US' },
    ]);
    expect(v.rank.map((r) => r.label)).toEqual(['product HS 8507', 'market US']);
    expect(v.score).toBe(7.5);
  });

  it('admits all-goods notices of a followed topic, not of an unfollowed one', () => {
    expect(judge(rebateAll, battery).relevant).toBe(true);
    expect(judge(rebateAll, led).relevant).toBe(false);
    expect(judge(rebateAll, led).excluded).toMatch(/all goods/);
    // a topic alone does not admit product-specific notices
    expect(judge(usBatteryTariff, profile({ topics: ['tariffs'] })).relevant).toBe(false);
  });

  it('keeps local notices for companies located there', () => {
    const finance = profile({ topics: ['subsidies', 'credit-insurance'] });
    expect(judge(szFund, finance).relevant).toBe(false);
    expect(judge(szFund, { ...finance, location: { province: 'CN-ZJ', city: 'CN-ZJ-ningbo' } }).excluded).toMatch(/深圳/);
    const v = judge(szFund, { ...finance, location: { province: 'CN-GD', city: 'CN-GD-shenzhen' } });
    expect(v.relevant).toBe(true);
    expect(v.reasons).toContainEqual({ kind: 'local', value: 'CN-GD-shenzhen' });
    // a province's notice covers its cities
    const gd = notice('广东省商务厅关于做好出口信用保险工作的通知', '各地级以上市商务主管部门：为支持企业投保出口信用保险……', '广东省商务厅');
    expect(judge(gd, { ...finance, location: { province: 'CN-GD', city: 'CN-GD-foshan' } }).relevant).toBe(true);
  });

  it('marks notices whose conditions the company fails', () => {
    const n = { ...szFund, eligibility: extractEligibility('', '申报企业须为注册在深圳市的中小微企业，上年度出口额在800万美元以下。') };
    const at = { province: 'CN-GD', city: 'CN-GD-shenzhen' };
    const big = judge(n, profile({ topics: ['subsidies'], location: at, size: { exportValueUsd: 20_000_000, sme: false } }));
    expect(big.eligibility.status).toBe('fails');
    expect(big.eligibility.failed).toHaveLength(2);
    const small = judge(n, profile({ topics: ['subsidies'], location: at, size: { exportValueUsd: 3_000_000, sme: true } }));
    expect(small.eligibility.status).toBe('ok');
    expect(small.score).toBeGreaterThan(big.score);
    expect(judge(n, profile({ topics: ['subsidies'], location: at })).eligibility.status).toBe('unknown');
  });
});

describe('places and eligibility', () => {
  it('parses locations from names and ids, with clear errors', () => {
    expect(parseLocation('广东省 深圳市')).toEqual({ province: 'CN-GD', city: 'CN-GD-shenzhen' });
    expect(parseLocation('浙江省宁波市')).toEqual({ province: 'CN-ZJ', city: 'CN-ZJ-ningbo' });
    expect(parseLocation('Shenzhen')).toEqual({ province: 'CN-GD', city: 'CN-GD-shenzhen' });
    expect(parseLocation('浙江 深圳')).toEqual({ error: '深圳 is not in 浙江' });
    expect(parseLocation('火星')).toHaveProperty('error');
  });

  it('finds the issuing local government, not places merely named', () => {
    expect(localScope({ agency: '浙江省商务厅', title: 'x' })).toEqual({ province: 'CN-ZJ' });
    expect(localScope({ agency: '商务部', title: '关于支持深圳市建设的意见' })).toBeNull();
    expect(localScope({ agency: '深圳海关', title: '关于深圳口岸通关的公告' })).toBeNull();
    expect(localScope({ title: '关于组织申报2026年深圳市外贸发展专项资金的通知' })).toEqual({ province: 'CN-GD', city: 'CN-GD-shenzhen' });
  });

  it('reads thresholds in both languages', () => {
    expect(extractEligibility('', '上年度出口额不超过5000万美元的企业')).toEqual({ maxExportValueUsd: 50_000_000 });
    expect(extractEligibility('', 'open to SMEs with annual exports of less than USD 2.5 million')).toEqual({ maxExportValueUsd: 2_500_000, sme: true });
    expect(extractEligibility('', '出口额在1000万美元以上的企业可申报')).toEqual({ minExportValueUsd: 10_000_000 });
    expect(checkEligibility({ minExportValueUsd: 10_000_000 }, { size: { exportValueUsd: 5_000_000 } }).status).toBe('fails');
  });
});

describe('parseProfile', () => {
  it('accepts the flat and nested forms', () => {
    const { profile: p, unknownProducts } = parseProfile({
      hs: '85.07, 9405',
      markets: 'us,eu',
      topics: ['tariffs'],
      location: '广东省 深圳市',
      exportValueUsd: '800万',
      sme: 'yes',
      products: ['xyzzy-widget'],
    });
    expect(p).toMatchObject({
      hs: ['8507', '9405'],
      regions: ['US', 'EU'],
      topics: ['tariffs'],
      location: { city: 'CN-GD-shenzhen' },
      size: { exportValueUsd: 8_000_000, sme: true },
    });
    expect(unknownProducts).toEqual(['xyzzy-widget']);
    expect(parseProfile({ size: { exportValueUsd: 5e6 } }).profile.size).toEqual({ exportValueUsd: 5e6 });
  });

  it.each([
    [{ hs: 'abc' }, 'hs', /HS code/],
    [{ regions: ['Narnia'] }, 'regions', /region code/],
    [{ topics: 'tarifs' }, 'topics', /topic id/],
    [{ location: '火星' }, 'location', /province or city/],
    [{ exportValueUsd: '-5' }, 'exportValueUsd', /amount/],
    [{ sme: 'maybe' }, 'sme', /true or false/],
    [{ colour: 'red' }, 'colour', /unknown field/],
    [[], 'profile', /object/],
  ])('rejects %j with a message naming %s', (raw, field, msg) => {
    try {
      parseProfile(raw);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProfileError);
      expect((e as ProfileError).field).toBe(field);
      expect((e as Error).message).toMatch(msg);
    }
  });
});

describe('trade-remedy cases without a product tag', () => {
  it('are never taken for all-goods notices', () => {
    const n: MatchNotice = {
      title: 'Utility Scale Wind Towers From Indonesia: Final Results of Antidumping Duty Administrative Review',
      topics: ['trade-remedies'],
      hsCodes: [],
      regions: ['ID', 'US'],
      regionRoles: { ID: 'origin', US: 'issuer' },
    };
    const battery = profile({ hs: ['8507'], regions: ['US'], topics: ['trade-remedies'] });
    expect(judge(n, battery)).toMatchObject({ relevant: false, allGoods: false });
    expect(judge(n, { ...battery, keywords: ['wind towers'] }).relevant).toBe(true);
    // rules of procedure of trade-remedy investigations do concern all goods
    const rules: MatchNotice = { title: '商务部关于发布《贸易救济调查听证会规则》的公告', topics: ['trade-remedies'], hsCodes: [], regions: [] };
    expect(judge(rules, battery).relevant).toBe(true);
  });
});

describe('region roles in Chinese notices about foreign cases', () => {
  it('a foreign investigation of Chinese goods makes that country the market', () => {
    const n = notice(
      '浙江省商务厅关于做好应对欧盟电动汽车反补贴调查工作的通知',
      '欧盟委员会对中国电动汽车发起反补贴调查，请各地指导企业积极应诉。',
      '浙江省商务厅',
    );
    expect(n.regionRoles).toEqual({ EU: 'market' });
    const ningboEv = profile({ hs: ['8703'], regions: ['US', 'ASEAN'], topics: ['trade-remedies'], location: { province: 'CN-ZJ', city: 'CN-ZJ-ningbo' } });
    expect(judge(n, ningboEv).relevant).toBe(false);
    expect(judge(n, { ...ningboEv, regions: ['EU'] }).relevant).toBe(true);
  });
});

describe('page profiles', () => {
  it('an all-goods notice concerns a product page through a market the page names, never on its own', () => {
    const packaging: MatchNotice = {
      title: 'Germany: registration duties under the Packaging Act for foreign sellers',
      topics: ['standards'],
      hsCodes: [],
      regions: ['DE'],
    };
    const lampPage = profile({ hs: ['940540'], regions: ['DE', 'EU'] });
    expect(judge(packaging, lampPage, { page: true }).relevant).toBe(true);
    expect(judge(packaging, lampPage).relevant).toBe(false);
    expect(judge(packaging, profile({ hs: ['940540'], regions: ['US'] }), { page: true }).relevant).toBe(false);
    const general: MatchNotice = { title: '关于进一步便利出口退税办理的公告', topics: ['export-rebates'], hsCodes: [], regions: [] };
    expect(judge(general, lampPage, { page: true }).relevant).toBe(false);
  });
});
