import type { ChangeFn, Store } from '../../db/types.ts';
import type { Period } from '../../newsletter/period.ts';

const change: ChangeFn = () => ({ diff: [['+', 'x']], summary: '' });

export const NOTICES = {
  euLed: 'Commission Regulation on ecodesign requirements for LED light sources placed on the EU market',
  szLed: '深圳市关于支持LED照明产品拓展国际市场的若干措施',
  usFurniture: 'Antidumping duty order on wooden bedroom furniture: administrative review',
  jpSeafood: '日本调整进口冻虾等水产品检疫要求的通报',
  injected: '<script>alert(1)</script> LED lamps for the EU: labelling "energy" rules',
} as const;

/** One week of notices for the three demo-like clients, saved inside the period. */
export async function seedBrokerWeek(store: Store, p: Period): Promise<void> {
  const at = (h: number) => new Date(p.from.getTime() + h * 3_600_000);
  const soon = new Date(p.to.getTime() + 5 * 86_400_000).toISOString().slice(0, 10);
  const base = { html: '<p>x</p>', text: 'x', publishedAt: p.firstDay };
  const save = (o: Parameters<Store['saveObservation']>[0]) => store.saveObservation(o, change);
  await save({
    ...base,
    sourceId: 'eu-ojl',
    language: 'en',
    agency: 'European Commission',
    url: 'https://eur-lex.europa.eu/n/1',
    title: NOTICES.euLed,
    contentHash: 'b1',
    topics: ['standards'],
    hsCodes: ['9405'],
    regions: ['EU'],
    facts: { regionRoles: { EU: 'market' }, local: null, deadlines: [{ kind: 'comments', date: soon, text: 'comments' }] },
    fetchedAt: at(3),
  });
  await save({
    ...base,
    sourceId: 'sz-commerce',
    language: 'zh',
    agency: '深圳市商务局',
    url: 'https://commerce.sz.gov.cn/n/2',
    title: NOTICES.szLed,
    contentHash: 'b2',
    topics: ['subsidies'],
    hsCodes: ['9405'],
    regions: [],
    facts: { local: { province: 'CN-GD', city: 'CN-GD-shenzhen' } },
    fetchedAt: at(5),
  });
  await save({
    ...base,
    sourceId: 'usitc',
    language: 'en',
    agency: 'U.S. Department of Commerce',
    url: 'https://www.federalregister.gov/n/3',
    title: NOTICES.usFurniture,
    contentHash: 'b3',
    topics: ['trade-remedies'],
    hsCodes: ['9403'],
    regions: ['US'],
    facts: { regionRoles: { US: 'market' }, local: null },
    fetchedAt: at(7),
  });
  await save({
    ...base,
    sourceId: 'wto-eping',
    language: 'zh',
    agency: 'WTO/SPS',
    url: 'https://eping.wto.org/n/4',
    title: NOTICES.jpSeafood,
    contentHash: 'b4',
    topics: ['sps'],
    hsCodes: ['0306'],
    regions: ['JP'],
    facts: { regionRoles: { JP: 'market' }, local: null },
    fetchedAt: at(9),
  });
  await save({
    ...base,
    sourceId: 'eu-ojl',
    language: 'en',
    agency: 'European Commission',
    url: 'https://eur-lex.europa.eu/n/5',
    title: NOTICES.injected,
    contentHash: 'b5',
    topics: ['standards'],
    hsCodes: ['9405'],
    regions: ['EU'],
    facts: { regionRoles: { EU: 'market' }, local: null },
    fetchedAt: at(11),
  });
}

/** The three clients as a broker's spreadsheet (UTF-8). */
export const CLIENTS_CSV = `客户名称,HS编码,市场,所在地,联系邮箱,直接发送
深圳光明灯饰,9405,欧盟,广东省 深圳市,led@example.cn,否
宁波家具,9403,美国,浙江省 宁波市,furniture@example.cn,否
青岛海鲜,0306,"日本、韩国",山东省 青岛市,sea@example.cn,是
`;
