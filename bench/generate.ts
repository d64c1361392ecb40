import { createHash } from 'node:crypto';
import { escapeHtml } from '../db/escape.ts';
import type { NoticeExport } from '../db/types.ts';

/**
 * Deterministic generator of realistic-looking notices (Chinese and English,
 * varied lengths and tags) for benchmarks and large tests.
 */

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const ZH_AGENCIES = ['商务部', '海关总署', '财政部', '国务院关税税则委员会', '国务院', '深圳市商务局', '浙江省商务厅', '税务总局'];
const EN_AGENCIES = [
  'Office of the United States Trade Representative',
  'International Trade Administration',
  'U.S. Customs and Border Protection',
  'Bureau of Industry and Security',
  'European Commission DG Trade',
  'Department for Business and Trade',
];
const ZH_SUBJECTS = [
  '出口退税',
  '关税税率',
  '出口信用保险',
  '跨境电商',
  '反倾销调查',
  '出口管制',
  '原产地规则',
  '进口许可证',
  '通关便利化',
  '外贸企业扶持资金',
  '展会补贴',
  '技术性贸易措施',
  '海运物流',
  '外商投资',
  '自由贸易协定',
];
const ZH_PRODUCTS = ['光伏电池', '锂电池', 'LED灯具', '新能源汽车', '钢铁制品', '纺织服装', '家具', '玩具', '稀土', '集成电路', '无人机', '铝材'];
const ZH_MARKETS = ['欧盟', '美国', '东盟', '日本', '德国', '韩国', '俄罗斯', '巴西', '印度', '澳大利亚', '中东', '非洲'];
// Boilerplate first (common), specific measures later (rarer under the Zipf pick), as in real notices.
const ZH_SENTENCES = [
  '为进一步稳定外贸规模、优化外贸结构，现就有关事项公告如下。',
  '本公告自发布之日起施行，此前规定与本公告不一致的，以本公告为准。',
  '各地商务主管部门要加强政策宣传解读，帮助企业用足用好各项支持政策。',
  '相关企业应当如实申报商品编码、原产地和数量，并留存有关单证备查。',
  '鼓励金融机构加大对外贸企业的信贷支持力度，合理降低融资成本。',
  '支持企业参加境外专业展会，开拓多元化国际市场。',
  '对符合条件的中小微外贸企业，按实际缴纳保费的一定比例给予补贴。',
  '海关将进一步压缩整体通关时间，推广“提前申报”“两步申报”等便利措施。',
  '申请材料包括营业执照复印件、出口合同和报关单电子数据。',
  '各直属海关应当加强对企业的培训指导，及时回应企业关切。',
  '对违反本办法规定的，依照有关法律法规予以处理。',
  '本办法由商务部负责解释。',
  '地方财政部门应按规定及时拨付资金，确保政策落实到位。',
  '企业可通过国际贸易“单一窗口”在线办理相关手续。',
  '对认证企业实施更低查验率和优先通关等便利措施。',
  '鼓励保险机构扩大短期出口信用保险承保规模。',
  '支持跨境电商企业建设海外仓，完善国际物流网络。',
  '推动加工贸易向中西部地区梯度转移。',
  '对列入出口管制管控名单的物项，出口经营者应当向国家出口管制管理部门申请许可。',
  '原产地证书的签发机构应当核实货物的原产地标准。',
  '反倾销调查期为2023年1月1日至2023年12月31日。',
  '进口许可证有效期为一年，当年有效。',
  '对技术性贸易措施通报开展评议，维护企业合法权益。',
  '外商投资企业依法平等适用国家支持企业发展的各项政策。',
  '优化港口作业流程，降低进出口环节合规成本。',
  '展会补贴按照展位费的百分之五十给予支持，单个企业最高不超过20万元。',
  '对出口退税申报资料齐全的企业，税务机关应在三个工作日内办结退税。',
  '加强贸易外汇收支便利化试点，简化单证审核。',
  '适用关税配额的商品，配额内税率按附件执行。',
  '稀土等战略资源产品的出口实行许可证管理。',
];
const EN_SUBJECTS = [
  'tariff adjustments',
  'export controls',
  'antidumping duties',
  'countervailing duties',
  'entity list additions',
  'rules of origin',
  'trade finance support',
  'customs modernization',
  'import licensing',
  'Section 301 tariffs',
  'de minimis shipments',
  'trade fair participation',
];
const EN_PRODUCTS = [
  'solar cells',
  'lithium-ion batteries',
  'LED lamps',
  'electric vehicles',
  'steel products',
  'aluminum extrusions',
  'semiconductors',
  'textiles',
  'furniture',
  'drones',
  'rare earth magnets',
  'shrimp',
];
const EN_MARKETS = ['the European Union', 'China', 'Vietnam', 'Mexico', 'Japan', 'Germany', 'India', 'the United Kingdom', 'Canada', 'Korea'];
const EN_SENTENCES = [
  'This notice announces the determination and sets out the procedures for interested parties.',
  'Comments must be received on or before the date stated in the DATES section.',
  'The measure applies to goods entered, or withdrawn from warehouse, for consumption on or after the effective date.',
  'Importers should review their entries and ensure that the correct classification is declared.',
  'The agency will publish further guidance on implementation in a subsequent notice.',
  'Small and medium-sized exporters may apply for assistance through the regional offices.',
  'The rates listed in the Annex replace those previously in force.',
  'Interested parties may request a hearing within 30 days of publication.',
  'The period of investigation is January 1 through December 31 of the preceding year.',
  'Licenses will be reviewed under a presumption of denial for the listed entities.',
  'This rule is not a significant regulatory action under Executive Order 12866.',
  'The exclusions remain in effect until the date specified in the Annex.',
  'Written submissions should be filed electronically through the online portal.',
  'Goods must satisfy the product-specific rules of origin to qualify for preferential treatment.',
  'The de minimis exemption will not apply to shipments covered by this action.',
  'Authorized economic operators will benefit from reduced inspection rates.',
  'Export credit insurance cover will be extended to small exporters in new markets.',
  'The quota volume for the calendar year is set out in the table below.',
  'Applicants for trade show grants must submit proof of participation.',
  'Sanctioned parties are listed in the annex to this regulation.',
  'Technical regulations notified to the WTO are subject to a sixty-day comment period.',
  'Foreign investment screening applies to acquisitions in critical technologies.',
];
const TOPICS = [
  'tariffs',
  'export-rebates',
  'credit-insurance',
  'trade-finance',
  'trade-remedies',
  'export-controls',
  'licensing-quotas',
  'customs',
  'standards',
  'trade-fairs',
  'ecommerce',
  'fta-origin',
  'foreign-investment',
  'logistics',
  'subsidies',
];
const HS = ['8541', '8507', '9405', '8703', '7208', '6204', '9403', '9503', '2805', '8542', '8806', '7604', '0306', '8501', '6110'];
const REGIONS = ['EU', 'US', 'ASEAN', 'JP', 'DE', 'KR', 'RU', 'BR', 'IN', 'AU', 'GCC', 'VN', 'MX', 'GB', 'CA', 'CN'];
const SOURCES_ZH = ['mofcom-zcfb', 'mofcom-article', 'gacc-announcements', 'mof-gss', 'mof-zcfb', 'gov-zuixin', 'sz-commerce', 'zj-commerce'];
const SOURCES_EN = ['us-federal-register', 'ustr-press', 'eu-trade-news', 'uk-dbt'];

// Compound vocabularies (material x form) give the archive a long tail of terms,
// picked with a Zipf distribution as in real text: a few words are everywhere,
// most are rare.
const ZH_MATERIALS = ['钢', '铝', '铜', '塑料', '橡胶', '棉', '丝', '木', '玻璃', '陶瓷', '不锈钢', '钛', '镁', '锌', '皮革', '竹'];
const ZH_FORMS = ['板', '管', '线材', '制品', '零件', '薄膜', '纱线', '家具', '餐具', '容器', '型材', '箔', '紧固件', '阀门', '织物', '手套'];
const EN_MATERIALS = [
  'steel',
  'aluminum',
  'copper',
  'plastic',
  'rubber',
  'cotton',
  'silk',
  'wooden',
  'glass',
  'ceramic',
  'stainless',
  'titanium',
  'magnesium',
  'zinc',
  'leather',
  'bamboo',
];
const EN_FORMS = [
  'sheets',
  'pipes',
  'wire',
  'fittings',
  'parts',
  'film',
  'yarn',
  'furniture',
  'tableware',
  'containers',
  'profiles',
  'foil',
  'fasteners',
  'valves',
  'fabrics',
  'gloves',
];
const ZH_PLACES = [
  '越南',
  '泰国',
  '马来西亚',
  '印度尼西亚',
  '菲律宾',
  '新加坡',
  '墨西哥',
  '加拿大',
  '英国',
  '法国',
  '意大利',
  '西班牙',
  '荷兰',
  '波兰',
  '土耳其',
  '沙特阿拉伯',
  '阿联酋',
  '南非',
  '尼日利亚',
  '埃及',
  '智利',
  '阿根廷',
  '秘鲁',
  '哈萨克斯坦',
  '乌兹别克斯坦',
  '巴基斯坦',
  '孟加拉国',
  '新西兰',
  '以色列',
  '瑞士',
];
const EN_PLACES = [
  'Thailand',
  'Malaysia',
  'Indonesia',
  'the Philippines',
  'Singapore',
  'France',
  'Italy',
  'Spain',
  'the Netherlands',
  'Poland',
  'Turkey',
  'Saudi Arabia',
  'the United Arab Emirates',
  'South Africa',
  'Nigeria',
  'Egypt',
  'Chile',
  'Argentina',
  'Peru',
  'Kazakhstan',
  'Pakistan',
  'Bangladesh',
  'New Zealand',
  'Israel',
  'Switzerland',
  'Brazil',
  'Australia',
  'Taiwan',
  'Cambodia',
  'Morocco',
];
const cross = (a: string[], b: string[], sep: string) => a.flatMap((x) => b.map((y) => `${x}${sep}${y}`));
const ZH_ALL_PRODUCTS = [...ZH_PRODUCTS, ...cross(ZH_MATERIALS, ZH_FORMS, '')];
const EN_ALL_PRODUCTS = [...EN_PRODUCTS, ...cross(EN_MATERIALS, EN_FORMS, ' ')];
const ZH_ALL_MARKETS = [...ZH_MARKETS, ...ZH_PLACES];
const EN_ALL_MARKETS = [...EN_MARKETS, ...EN_PLACES];

function zipfPicker(r: () => number) {
  const cache = new Map<unknown[], number[]>();
  return <T>(xs: T[]): T => {
    let cum = cache.get(xs);
    if (!cum) {
      cum = [];
      let total = 0;
      for (let i = 0; i < xs.length; i++) cum.push((total += 1 / (i + 1)));
      cache.set(xs, cum);
    }
    const x = r() * cum[cum.length - 1];
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return xs[lo];
  };
}

export function* generateNotices(n: number, seed = 42): Generator<NoticeExport> {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const zipf = zipfPicker(r);
  const some = <T>(xs: T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(xs)))];
  const base = Date.UTC(2019, 0, 1);
  for (let i = 0; i < n; i++) {
    const zh = r() < 0.6;
    const day = Math.floor(r() * 2870);
    const published = new Date(base + day * 86_400_000).toISOString().slice(0, 10);
    const year = published.slice(0, 4);
    const paragraphs = 2 + Math.floor(r() * (r() < 0.1 ? 40 : 8));
    let title: string;
    let text: string;
    let docNumber: string | null;
    if (zh) {
      const subject = zipf(ZH_SUBJECTS);
      const product = zipf(ZH_ALL_PRODUCTS);
      const market = zipf(ZH_ALL_MARKETS);
      title = `关于${product}${subject}有关事项的公告（${market}市场）`;
      docNumber = r() < 0.7 ? `${pick(['商务部公告', '海关总署公告', '财政部公告'])}${year}年第${1 + Math.floor(r() * 120)}号` : null;
      const parts = [`${title}。根据有关规定，现就${product}出口至${market}的${subject}事项公告如下。`];
      for (let p = 0; p < paragraphs; p++)
        parts.push(r() < 0.5 ? zipf(ZH_SENTENCES) : `${zipf(ZH_SENTENCES)}涉及${zipf(ZH_ALL_PRODUCTS)}（税则号列${pick(HS)}）对${zipf(ZH_ALL_MARKETS)}出口。`);
      text = parts.join('\n\n');
    } else {
      const subject = zipf(EN_SUBJECTS);
      const product = zipf(EN_ALL_PRODUCTS);
      const market = zipf(EN_ALL_MARKETS);
      title = `Notice of ${subject} on ${product} from ${market}`;
      docNumber = r() < 0.5 ? `${year}-${String(10000 + Math.floor(r() * 89999))}` : null;
      const parts = [`${title}. This document concerns ${subject} affecting ${product} imported from ${market}.`];
      for (let p = 0; p < paragraphs; p++)
        parts.push(
          r() < 0.5
            ? zipf(EN_SENTENCES)
            : `${zipf(EN_SENTENCES)} It covers ${zipf(EN_ALL_PRODUCTS)} classified under HS ${pick(HS)} and trade with ${zipf(EN_ALL_MARKETS)}.`,
        );
      text = parts.join('\n\n');
    }
    const at = new Date(Date.UTC(2019, 0, 1) + (day + 1) * 86_400_000);
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 32);
    yield {
      notice: {
        sourceId: zh ? pick(SOURCES_ZH) : pick(SOURCES_EN),
        url: `https://example.gov/${zh ? 'zh' : 'en'}/${year}/notice-${seed}-${i}.html`,
        title,
        docNumber,
        agency: zh ? pick(ZH_AGENCIES) : pick(EN_AGENCIES),
        language: zh ? 'zh' : 'en',
        publishedAt: published,
        effectiveAt: r() < 0.3 ? published : null,
        firstSeenAt: at,
        lastSeenAt: at,
        lastChangedAt: at,
        status: r() < 0.02 ? 'removed' : 'active',
        topics: some(TOPICS, 3),
        hsCodes: r() < 0.7 ? some(HS, 3) : [],
        regions: some(REGIONS, 3),
        contentHash: hash,
      },
      versions: [
        {
          version: 1,
          fetchedAt: at,
          contentHash: hash,
          title,
          text,
          html: text
            .split('\n\n')
            .map((p) => `<p>${escapeHtml(p)}</p>`)
            .join(''),
          attachments: [],
          diff: null,
          changeSummary: null,
        },
      ],
    };
  }
}
