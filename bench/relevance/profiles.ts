/**
 * The relevance benchmark's companies: what they sell, where, what they follow, where
 * they are and how big. Written as a trade adviser would note a client down.
 */
import type { Profile } from '../../taxonomy/profile.ts';

export interface BenchProfile {
  name: string;
  profile: Profile;
}

const p = (name: string, o: Partial<Profile>): BenchProfile => ({
  name,
  profile: { hs: [], regions: [], topics: [], sources: [], keywords: [], location: null, size: null, ...o },
});
const SZ = { province: 'CN-GD', city: 'CN-GD-shenzhen' };
const NB = { province: 'CN-ZJ', city: 'CN-ZJ-ningbo' };

export const PROFILES: readonly BenchProfile[] = [
  p('LED lamps and solar cells to the EU (Shenzhen)', {
    hs: ['9405', '8541'],
    regions: ['EU', 'DE'],
    topics: ['tariffs', 'standards'],
    location: SZ,
    size: { exportValueUsd: 12_000_000, sme: true },
  }),
  p('lithium batteries and EVs to the US and ASEAN (Shenzhen)', {
    hs: ['8507', '8703'],
    regions: ['US', 'ASEAN'],
    topics: ['export-rebates', 'export-controls', 'trade-remedies'],
    location: SZ,
    size: { exportValueUsd: 80_000_000, sme: false },
  }),
  p('SME finance and subsidies (Shenzhen)', {
    topics: ['credit-insurance', 'trade-finance', 'subsidies', 'trade-fairs'],
    location: SZ,
    size: { exportValueUsd: 2_000_000, sme: true },
  }),
  p('ceramic tableware to the US and Mexico (Guangdong, Foshan)', {
    hs: ['6911'],
    regions: ['US', 'MX'],
    topics: ['trade-remedies', 'tariffs'],
    location: { province: 'CN-GD', city: 'CN-GD-foshan' },
    size: { sme: true },
  }),
  p('polycarbonate producer selling at home and to India', {
    hs: ['3907'],
    regions: ['IN'],
    topics: ['trade-remedies'],
    location: { province: 'CN-ZJ', city: 'CN-ZJ-jiaxing' },
  }),
  p('stainless steel to India and Thailand (Jiangsu)', {
    hs: ['7219'],
    regions: ['IN', 'TH'],
    topics: ['trade-remedies', 'export-rebates'],
    location: { province: 'CN-JS', city: 'CN-JS-wuxi' },
    size: { exportValueUsd: 150_000_000, sme: false },
  }),
  p('furniture to the US, Canada and Australia (Dongguan)', {
    hs: ['9403'],
    regions: ['US', 'CA', 'AU'],
    topics: ['trade-remedies', 'standards'],
    location: { province: 'CN-GD', city: 'CN-GD-dongguan' },
    size: { exportValueUsd: 9_000_000, sme: true },
  }),
  p('toys to the EU and Brazil (Shantou)', {
    hs: ['9503'],
    regions: ['EU', 'BR'],
    topics: ['standards', 'tariffs'],
    location: { province: 'CN-GD', city: 'CN-GD-shantou' },
  }),
  p('tyres to Brazil and Mexico (Qingdao)', {
    hs: ['4011'],
    regions: ['BR', 'MX'],
    topics: ['trade-remedies'],
    location: { province: 'CN-SD', city: 'CN-SD-qingdao' },
    size: { exportValueUsd: 40_000_000, sme: false },
  }),
  p('frozen shrimp exporter to the US and Japan (Zhanjiang)', {
    hs: ['0306'],
    regions: ['US', 'JP'],
    topics: ['standards', 'customs'],
    location: { province: 'CN-GD', city: 'CN-GD-zhanjiang' },
  }),
  p('green tea to the EU and Japan (Hangzhou)', {
    hs: ['0902'],
    regions: ['EU', 'JP'],
    topics: ['standards', 'customs', 'tariffs'],
    location: { province: 'CN-ZJ', city: 'CN-ZJ-hangzhou' },
    size: { exportValueUsd: 1_500_000, sme: true },
  }),
  p('aluminium extrusions to Australia and Viet Nam (Foshan)', {
    hs: ['7604'],
    regions: ['AU', 'VN'],
    topics: ['trade-remedies'],
    location: { province: 'CN-GD', city: 'CN-GD-foshan' },
  }),
  p('bicycles to the EU and Canada (Tianjin)', {
    hs: ['8712'],
    regions: ['EU', 'CA'],
    topics: ['trade-remedies', 'standards'],
    location: { province: 'CN-TJ' },
  }),
  p('air conditioners to Türkiye, Mexico and Korea (Zhuhai)', {
    hs: ['8415'],
    regions: ['TR', 'MX', 'KR'],
    topics: ['trade-remedies', 'standards', 'export-rebates'],
    location: { province: 'CN-GD', city: 'CN-GD-zhuhai' },
    size: { exportValueUsd: 500_000_000, sme: false },
  }),
  p('drones, everywhere (Shenzhen)', { hs: ['8806'], topics: ['export-controls', 'licensing-quotas'], location: SZ }),
  p('glass fibre to the EU and Türkiye (Zhejiang)', {
    hs: ['7019'],
    regions: ['EU', 'TR'],
    topics: ['trade-remedies'],
    location: { province: 'CN-ZJ', city: 'CN-ZJ-jiaxing' },
  }),
  p('small Ningbo trading company: insurance, fairs, e-commerce', {
    topics: ['credit-insurance', 'trade-fairs', 'ecommerce'],
    location: NB,
    size: { exportValueUsd: 5_000_000, sme: true },
  }),
  p('cross-border e-commerce seller to the EU and Indonesia (Hangzhou)', {
    topics: ['ecommerce', 'customs'],
    regions: ['EU', 'ID'],
    location: { province: 'CN-ZJ', city: 'CN-ZJ-hangzhou' },
    size: { sme: true },
  }),
  p('general exporter following tariffs and rebates, no location given', { topics: ['tariffs', 'export-rebates'] }),
  p('RCEP-focused exporter of furniture and LED lamps (Xiamen)', {
    hs: ['9403', '9405'],
    regions: ['ASEAN', 'JP', 'KR'],
    topics: ['fta-origin', 'tariffs'],
    location: { province: 'CN-FJ', city: 'CN-FJ-xiamen' },
  }),
  p('photovoltaic module maker to India and the US (Suzhou)', {
    hs: ['8541'],
    regions: ['IN', 'US'],
    topics: ['trade-remedies', 'standards', 'tariffs'],
    location: { province: 'CN-JS', city: 'CN-JS-suzhou' },
    size: { exportValueUsd: 300_000_000, sme: false },
  }),
  p('large Shanghai trader following finance', {
    topics: ['trade-finance', 'credit-insurance', 'logistics'],
    location: { province: 'CN-SH' },
    size: { exportValueUsd: 200_000_000, sme: false },
  }),
  p('Guangzhou SME exporting garments-free: fairs and subsidies only', {
    topics: ['trade-fairs', 'subsidies'],
    location: { province: 'CN-GD', city: 'CN-GD-guangzhou' },
    size: { exportValueUsd: 4_000_000, sme: true },
  }),
  p('Mexico-focused exporter of everything', { regions: ['MX'], topics: ['tariffs', 'customs'] }),
];
