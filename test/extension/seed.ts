/** Notices for the extension tests: which fixture page must match which is documented per notice. */
import type { Store } from '../../db/types.ts';

const change = (a: string, b: string) => ({
  diff: [
    ['-', a],
    ['+', b],
  ] as ['-' | '+', string][],
  summary: 'changed',
});

export interface SeedNotice {
  key: string;
  title: string;
  agency: string;
  language: string;
  daysAgo: number;
  hsCodes: string[];
  regions: string[];
  topics: string[];
}

export const SEED: SeedNotice[] = [
  // led-lamps.html: HS 9405 (lamps) + the EU
  {
    key: 'eu-ecodesign',
    title: 'Ecodesign requirements for light sources: new limits from September',
    agency: 'European Commission',
    language: 'en',
    daysAgo: 10,
    hsCodes: ['9405'],
    regions: ['EU'],
    topics: ['standards'],
  },
  // led-lamps.html: HS 9405.40 exactly
  {
    key: 'rebate-lamps',
    title: '关于调整部分灯具产品出口退税率的公告',
    agency: '财政部 税务总局',
    language: 'zh',
    daysAgo: 20,
    hsCodes: ['940540'],
    regions: [],
    topics: ['export-rebates'],
  },
  // led-lamps.html: Germany
  {
    key: 'de-packaging',
    title: 'Germany: registration duties under the Packaging Act for foreign sellers',
    agency: 'German Packaging Register',
    language: 'en',
    daysAgo: 40,
    hsCodes: [],
    regions: ['DE'],
    topics: ['standards'],
  },
  // led-lamps.html: HS 9405; its title must appear as text, never as markup
  {
    key: 'markup-title',
    title: '<img src=x onerror="document.title=\'pwned\'"> Lamp recall <b>notice</b>',
    agency: 'Test Agency',
    language: 'en',
    daysAgo: 60,
    hsCodes: ['9405'],
    regions: [],
    topics: [],
  },
  // dynamic.html (after load): HS 8507 + United States; China on led-lamps.html is the home market and must not pull it in
  {
    key: 'us-batteries',
    title: 'Section 301: tariff increase on lithium-ion batteries',
    agency: 'USTR',
    language: 'en',
    daysAgo: 5,
    hsCodes: ['8507'],
    regions: ['US', 'CN'],
    topics: ['tariffs'],
  },
  // nothing
  {
    key: 'in-solar',
    title: 'India: anti-dumping duty on solar cells',
    agency: 'DGTR',
    language: 'en',
    daysAgo: 30,
    hsCodes: ['8541'],
    regions: ['IN'],
    topics: ['trade-remedies'],
  },
  {
    key: 'no-fish',
    title: 'Norway: inspection of frozen fish consignments',
    agency: 'Norwegian Food Safety Authority',
    language: 'en',
    daysAgo: 50,
    hsCodes: ['0303'],
    regions: ['NO'],
    topics: ['customs'],
  },
  {
    key: 'cn-only',
    title: '海关总署关于进一步优化跨境贸易营商环境的公告',
    agency: '海关总署',
    language: 'zh',
    daysAgo: 15,
    hsCodes: [],
    regions: ['CN'],
    topics: ['customs'],
  },
  // too old for the index (server keeps 365 days)
  {
    key: 'old-lamps',
    title: 'Old notice on lamps (2021)',
    agency: 'European Commission',
    language: 'en',
    daysAgo: 900,
    hsCodes: ['9405'],
    regions: ['EU'],
    topics: ['standards'],
  },
];

export const ON_PRODUCT_PAGE = ['eu-ecodesign', 'rebate-lamps', 'markup-title', 'de-packaging'];
export const ON_DYNAMIC_PAGE = ['us-batteries'];

export async function seedStore(store: Store, now = new Date()): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const n of SEED) {
    const date = new Date(now.getTime() - n.daysAgo * 86_400_000).toISOString().slice(0, 10);
    const r = await store.saveObservation(
      {
        sourceId: 'test',
        url: `https://gov.example/notices/${n.key}.html`,
        title: n.title,
        agency: n.agency,
        language: n.language,
        publishedAt: date,
        text: n.title,
        html: '<p>fixture</p>',
        contentHash: n.key,
        topics: n.topics,
        hsCodes: n.hsCodes,
        regions: n.regions,
      },
      change,
    );
    ids.set(n.key, r.noticeId);
  }
  return ids;
}
