/**
 * The relevance benchmark's notices: 200+ notices in the styles of the agencies that
 * publish them (MOFCOM rulings, foreign trade-remedy notices, rebate and tariff notices,
 * local bureaus' fund notices, fairs, customs, export controls), each with what it really
 * concerns, written by hand: the goods (HS headings, or all goods), the export markets it
 * sets rules for (origins of imports are not markets), the place of the local government
 * that issued it, and who may apply. The matcher never sees `truth`: it reads the text.
 */

export interface Truth {
  /** HS headings the notice is about; [] = all goods */
  hs: string[];
  /** export markets whose rules it sets; [] = not market-specific */
  markets: string[];
  topics: string[];
  /** place id of the issuing local government */
  local: string | null;
  /** who may apply */
  conditions?: { maxExportValueUsd?: number; sme?: boolean; registeredIn?: string };
}

export interface BenchNotice {
  id: number;
  title: string;
  text: string;
  agency: string | null;
  sourceId: string;
  language: 'zh' | 'en';
  truth: Truth;
}

interface Product {
  zh: string;
  en: string;
  hs: string;
  line: string;
}

const P: Record<string, Product> = {
  led: { zh: 'LED灯具', en: 'LED lamps', hs: '9405', line: '94054100' },
  solar: { zh: '光伏电池', en: 'photovoltaic cells', hs: '8541', line: '85414200' },
  battery: { zh: '锂离子电池', en: 'lithium-ion batteries', hs: '8507', line: '85076000' },
  pc: { zh: '聚碳酸酯', en: 'polycarbonate', hs: '3907', line: '39074000' },
  steel: { zh: '不锈钢冷轧板', en: 'stainless steel sheet and strip', hs: '7219', line: '72193400' },
  tableware: { zh: '陶瓷餐具', en: 'ceramic tableware', hs: '6911', line: '69111000' },
  furniture: { zh: '木制家具', en: 'wooden furniture', hs: '9403', line: '94036000' },
  toys: { zh: '玩具', en: 'toys', hs: '9503', line: '95030089' },
  tyres: { zh: '乘用车轮胎', en: 'passenger car tyres', hs: '4011', line: '40111000' },
  shrimp: { zh: '冻虾', en: 'frozen shrimp', hs: '0306', line: '03061790' },
  tea: { zh: '绿茶', en: 'green tea', hs: '0902', line: '09021090' },
  alu: { zh: '铝型材', en: 'aluminium extrusions', hs: '7604', line: '76042910' },
  bike: { zh: '自行车', en: 'bicycles', hs: '8712', line: '87120030' },
  ac: { zh: '空调', en: 'air conditioners', hs: '8415', line: '84151010' },
  drone: { zh: '无人机', en: 'unmanned aerial vehicles', hs: '8806', line: '88062400' },
  glassfibre: { zh: '玻璃纤维', en: 'glass fibre', hs: '7019', line: '70191200' },
};

const C: Record<string, { zh: string; en: string }> = {
  US: { zh: '美国', en: 'the United States' },
  EU: { zh: '欧盟', en: 'the European Union' },
  DE: { zh: '德国', en: 'Germany' },
  FR: { zh: '法国', en: 'France' },
  JP: { zh: '日本', en: 'Japan' },
  KR: { zh: '韩国', en: 'Korea' },
  IN: { zh: '印度', en: 'India' },
  BR: { zh: '巴西', en: 'Brazil' },
  MX: { zh: '墨西哥', en: 'Mexico' },
  VN: { zh: '越南', en: 'Viet Nam' },
  TH: { zh: '泰国', en: 'Thailand' },
  ID: { zh: '印度尼西亚', en: 'Indonesia' },
  MY: { zh: '马来西亚', en: 'Malaysia' },
  AU: { zh: '澳大利亚', en: 'Australia' },
  GB: { zh: '英国', en: 'the United Kingdom' },
  CA: { zh: '加拿大', en: 'Canada' },
  TR: { zh: '土耳其', en: 'Türkiye' },
  ZA: { zh: '南非', en: 'South Africa' },
  AE: { zh: '阿联酋', en: 'the United Arab Emirates' },
  ASEAN: { zh: '东盟', en: 'ASEAN' },
  TW: { zh: '中国台湾', en: 'Taiwan' },
  BH: { zh: '巴林', en: 'Bahrain' },
};

const out: BenchNotice[] = [];
const add = (n: Omit<BenchNotice, 'id'>) => out.push({ id: out.length + 1, ...n });
const zhList = (cs: string[]) => cs.map((c) => C[c].zh).join('、');

// 1. MOFCOM trade-remedy rulings on imports into China: the countries are origins, not markets.
for (const [p, origins, stage] of [
  ['pc', ['US', 'EU'], '最终裁定'],
  ['steel', ['JP', 'KR', 'EU'], '期终复审裁定'],
  ['glassfibre', ['US'], '初裁'],
  ['tyres', ['TH'], '立案'],
  ['alu', ['MY', 'VN'], '最终裁定'],
  ['pc', ['KR', 'TH'], '立案'],
  ['battery', ['JP'], '立案'],
  ['shrimp', ['IN', 'VN'], '初裁'],
  ['furniture', ['MY'], '终止调查'],
  ['solar', ['US', 'KR'], '期终复审立案'],
] as const) {
  const pr = P[p];
  add({
    title: `商务部关于对原产于${zhList([...origins])}的进口${pr.zh}反倾销调查${stage}的公告`,
    text: `根据《中华人民共和国反倾销条例》的规定，商务部对原产于${zhList([...origins])}的进口${pr.zh}（税则号${pr.line}）进行反倾销调查。调查机关认定，被调查产品存在倾销，国内产业受到实质损害。自公告之日起，进口经营者在进口被调查产品时，应依据本裁定向中华人民共和国海关提供保证金。`,
    agency: '商务部',
    sourceId: 'mofcom-trade-remedy',
    language: 'zh',
    truth: { hs: [pr.hs], markets: [], topics: ['trade-remedies'], local: null },
  });
}

// 2. Foreign trade remedies on Chinese goods: the imposing country is the market.
for (const [p, m] of [
  ['led', 'EU'],
  ['solar', 'US'],
  ['battery', 'US'],
  ['tableware', 'EU'],
  ['tyres', 'BR'],
  ['steel', 'IN'],
  ['alu', 'AU'],
  ['bike', 'CA'],
  ['furniture', 'US'],
  ['glassfibre', 'EU'],
  ['toys', 'MX'],
  ['ac', 'TR'],
  ['solar', 'IN'],
  ['tableware', 'MX'],
  ['battery', 'EU'],
  ['tyres', 'US'],
  ['alu', 'VN'],
  ['steel', 'TH'],
  ['glassfibre', 'TR'],
  ['bike', 'EU'],
  ['led', 'BR'],
  ['furniture', 'KR'],
  ['tableware', 'ZA'],
  ['toys', 'IN'],
  ['pc', 'IN'],
] as const) {
  const pr = P[p];
  add({
    title: `${C[m].zh}对华${pr.zh}作出反倾销终裁`,
    text: `据${C[m].zh}主管机关公告，${C[m].zh}对原产于中国的${pr.zh}（HS ${pr.hs}）作出反倾销终裁，对中国涉案企业征收反倾销税，税率为18%至65%不等。请相关出口企业关注，做好应对。`,
    agency: '商务部贸易救济调查局',
    sourceId: 'mofcom-trade-remedy',
    language: 'zh',
    truth: { hs: [pr.hs], markets: [m], topics: ['trade-remedies'], local: null },
  });
}

// 3. US Commerce notices on goods from third countries: US is the market, the third country the origin.
for (const [p, origin] of [
  ['steel', 'DE'],
  ['steel', 'KR'],
  ['tyres', 'TH'],
  ['alu', 'TR'],
  ['glassfibre', 'IN'],
  ['solar', 'VN'],
  ['shrimp', 'IN'],
  ['furniture', 'VN'],
  ['bike', 'TW'],
  ['glassfibre', 'BH'],
  ['alu', 'MY'],
  ['tableware', 'TH'],
] as const) {
  const pr = P[p];
  const name = pr.en.replace(/^./, (c) => c.toUpperCase());
  add({
    title: `${name} From ${C[origin].en.replace(/^the /, '')}: Final Results of Antidumping Duty Administrative Review`,
    text: `The U.S. Department of Commerce determines that ${pr.en} from ${C[origin].en} were sold in the United States at less than normal value during the period of review. The merchandise is classified under subheading ${pr.line.slice(0, 4)}.${pr.line.slice(4, 6)} of the Harmonized Tariff Schedule of the United States.`,
    agency: 'International Trade Administration',
    sourceId: 'federal-register',
    language: 'en',
    truth: { hs: [pr.hs], markets: ['US'], topics: ['trade-remedies'], local: null },
  });
}

// 4. EU anti-dumping regulations on Chinese goods.
for (const p of ['steel', 'glassfibre', 'bike', 'tableware', 'alu', 'tyres'] as const) {
  const pr = P[p];
  add({
    title: `Commission Implementing Regulation (EU) imposing a definitive anti-dumping duty on imports of ${pr.en} originating in the People's Republic of China`,
    text: `The European Commission imposes a definitive anti-dumping duty on imports of ${pr.en}, currently falling under CN code ${pr.line}, originating in the People's Republic of China. The duty rates range from 17.4% to 79.3%.`,
    agency: 'European Commission',
    sourceId: 'eu-trade',
    language: 'en',
    truth: { hs: [pr.hs], markets: ['EU'], topics: ['trade-remedies'], local: null },
  });
}

// 5. Export rebates: product-specific rate changes and all-goods procedure notices.
for (const ps of [
  ['led', 'solar'],
  ['battery'],
  ['steel', 'alu'],
  ['pc', 'glassfibre'],
  ['furniture', 'toys'],
  ['tyres', 'bike'],
  ['tableware'],
  ['ac'],
] as const) {
  const prs = ps.map((k) => P[k]);
  add({
    title: `财政部 税务总局关于调整${prs.map((x) => x.zh).join('、')}等产品出口退税率的公告`,
    text: `为优化出口退税政策，自2026年12月1日起，将${prs.map((x) => `${x.zh}（${x.line}）`).join('、')}的出口退税率由13%调整为9%。具体产品清单见附件。`,
    agency: '财政部',
    sourceId: 'mof-tax',
    language: 'zh',
    truth: { hs: prs.map((x) => x.hs), markets: [], topics: ['export-rebates'], local: null },
  });
}
for (const t of [
  [
    '国家税务总局关于进一步便利出口退税办理的公告',
    '为进一步优化出口退税服务，纳税人申报出口退税时，可通过电子税务局办理，全部出口货物适用本公告。退税审核时间压缩至3个工作日。',
  ],
  ['国家税务总局关于出口退（免）税申报有关事项的公告', '出口企业应在货物报关出口之日次月起至次年4月30日前申报出口退税，本公告适用于所有出口货物。'],
  ['关于优化出口退税备案单证管理的公告', '出口企业可自行选择备案单证的存放方式，适用于各类出口货物和劳务。'],
])
  add({
    title: t[0],
    text: t[1],
    agency: '国家税务总局',
    sourceId: 'mof-tax',
    language: 'zh',
    truth: { hs: [], markets: [], topics: ['export-rebates'], local: null },
  });

// 6. Foreign tariffs: on specific goods, on all Chinese goods; China's own import tariffs (origins).
for (const [p, m] of [
  ['battery', 'US'],
  ['solar', 'US'],
  ['led', 'IN'],
  ['toys', 'BR'],
  ['ac', 'MX'],
  ['furniture', 'CA'],
  ['tea', 'JP'],
  ['bike', 'ZA'],
  ['drone', 'US'],
  ['tyres', 'MX'],
  ['led', 'TR'],
  ['battery', 'IN'],
  ['tableware', 'US'],
  ['steel', 'GB'],
] as const) {
  const pr = P[p];
  add({
    title: `${C[m].zh}宣布提高自中国进口${pr.zh}的关税`,
    text: `${C[m].zh}政府宣布，自2027年1月1日起，对自中国进口的${pr.zh}（HS ${pr.hs}）加征关税，税率由7.5%提高至25%。请对${C[m].zh}出口${pr.zh}的企业提前做好安排。`,
    agency: '商务部',
    sourceId: 'mofcom-zcfb',
    language: 'zh',
    truth: { hs: [pr.hs], markets: [m], topics: ['tariffs'], local: null },
  });
}
for (const m of ['US', 'MX', 'TR', 'IN', 'BR'] as const) {
  add({
    title: `${C[m].zh}对中国全部输入商品加征关税的情况通报`,
    text: `${C[m].zh}宣布对中国出口至${C[m].zh}的全部商品加征10%的关税，自2026年12月15日起执行。商务部将密切关注，请企业评估影响。`,
    agency: '商务部',
    sourceId: 'mofcom-zcfb',
    language: 'zh',
    truth: { hs: [], markets: [m], topics: ['tariffs'], local: null },
  });
}
for (const [p, origin] of [
  ['pc', 'US'],
  ['shrimp', 'EU'],
  ['tea', 'JP'],
] as const) {
  const pr = P[p];
  add({
    title: `国务院关税税则委员会关于对原产于${C[origin].zh}的部分进口商品加征关税的公告`,
    text: `国务院关税税则委员会决定，对原产于${C[origin].zh}的进口${pr.zh}（税则号${pr.line}）加征15%关税。进口企业可申请排除。`,
    agency: '国务院关税税则委员会',
    sourceId: 'mof-tax',
    language: 'zh',
    truth: { hs: [pr.hs], markets: [], topics: ['tariffs'], local: null },
  });
}
add({
  title: '国务院关税税则委员会关于2027年关税调整方案的公告',
  text: '2027年1月1日起，对部分商品的进口关税和出口关税进行调整，包括最惠国税率、协定税率和暂定税率。本方案适用于全部进出口货物。',
  agency: '国务院关税税则委员会',
  sourceId: 'mof-tax',
  language: 'zh',
  truth: { hs: [], markets: [], topics: ['tariffs'], local: null },
});

// 7. Foreign technical regulations and standards for specific goods.
for (const [p, m, what] of [
  ['led', 'EU', 'ecodesign requirements for light sources'],
  ['battery', 'EU', 'the Batteries Regulation: battery passport and carbon footprint declaration'],
  ['toys', 'EU', 'the Toy Safety Regulation'],
  ['ac', 'US', 'energy conservation standards for room air conditioners'],
  ['tableware', 'US', 'lead limits for ceramic tableware'],
  ['furniture', 'GB', 'fire safety rules for upholstered furniture'],
  ['bike', 'AU', 'mandatory safety standard for bicycles'],
  ['tea', 'EU', 'maximum residue levels for pesticides in tea'],
  ['shrimp', 'US', 'import alert on frozen shrimp with antibiotic residues'],
  ['solar', 'IN', 'the approved list of models and manufacturers for solar modules'],
  ['led', 'SA', 'the SASO technical regulation for lighting products'],
  ['tyres', 'EU', 'tyre labelling requirements'],
  ['ac', 'KR', 'energy efficiency grade labelling for air conditioners'],
  ['toys', 'JP', 'safety marks for toys under the Food Sanitation Act'],
  ['drone', 'US', 'remote identification of unmanned aircraft'],
  ['furniture', 'CA', 'formaldehyde emission limits in composite wood products'],
] as const) {
  const pr = P[p];
  const mk = m === 'SA' ? 'Saudi Arabia' : C[m].en;
  add({
    title: `WTO TBT notification: ${mk.replace(/^the /, '')} — ${what}`,
    text: `${mk.replace(/^the /, 'The ')} notified the WTO of draft technical regulations on ${pr.en} (HS ${pr.hs}) concerning ${what}. Exporters of ${pr.en} to ${mk} should check conformity assessment and labelling before the regulation applies.`,
    agency: 'WTO',
    sourceId: 'wto-tbt',
    language: 'en',
    truth: { hs: [pr.hs], markets: [m], topics: ['standards'], local: null },
  });
}

// 8. Trade fairs: all goods, no market unless a country's fair.
for (const t of [
  [
    '关于组织企业参加第141届中国进出口商品交易会的通知',
    '第141届广交会将于2027年4月15日在广州开幕，展区涵盖电子电器、家居用品、纺织服装等，请各地组织企业报名参展。',
  ],
  ['关于举办第九届中国国际进口博览会企业商业展的通知', '进博会将于11月在上海举办，欢迎各类企业报名。'],
  ['中国国际服务贸易交易会参展报名通知', '服贸会将于9月在北京举办，请有意参展的企业于8月前报名。'],
])
  add({
    title: t[0],
    text: t[1],
    agency: '商务部',
    sourceId: 'mofcom-zcfb',
    language: 'zh',
    truth: { hs: [], markets: [], topics: ['trade-fairs'], local: null },
  });
for (const m of ['DE', 'US', 'AE', 'BR', 'VN'] as const) {
  add({
    title: `关于组织企业参加2027年${C[m].zh}中国贸易博览会的通知`,
    text: `为帮助企业开拓${C[m].zh}市场，定于2027年3月在${C[m].zh}举办中国贸易博览会，欢迎各类出口企业报名参展。`,
    agency: '中国国际贸易促进委员会',
    sourceId: 'ccpit',
    language: 'zh',
    truth: { hs: [], markets: [m], topics: ['trade-fairs'], local: null },
  });
}

// 9. Export controls: specific items, no market.
for (const [what, hs] of [
  ['部分无人机及相关物项', ['8806']],
  ['镓、锗相关物项', ['8112']],
  ['石墨负极材料相关物项', ['3801']],
  ['部分稀土中重稀土相关物项', ['2805']],
] as const) {
  add({
    title: `商务部 海关总署关于对${what}实施出口管制的公告`,
    text: `根据《中华人民共和国出口管制法》，经国务院批准，决定对${what}实施出口管制。出口经营者应当向商务部申请出口许可。`,
    agency: '商务部',
    sourceId: 'mofcom-zcfb',
    language: 'zh',
    truth: { hs: [...hs], markets: [], topics: ['export-controls'], local: null },
  });
}
for (const t of [
  [
    '商务部关于将部分美国实体列入不可靠实体清单的公告',
    '根据《不可靠实体清单规定》，将若干美国军工企业列入不可靠实体清单，禁止其从事与中国有关的进出口活动。',
    ['US'],
  ],
  [
    'Entity List additions: Bureau of Industry and Security adds Chinese entities',
    'The Bureau of Industry and Security amends the Export Administration Regulations by adding entities under the destination of China to the Entity List. A license is required for all items subject to the EAR.',
    ['US'],
  ],
] as const)
  add({
    title: t[0],
    text: t[1],
    agency: t[0].startsWith('Entity') ? 'Bureau of Industry and Security' : '商务部',
    sourceId: 'mofcom-zcfb',
    language: t[0].startsWith('Entity') ? 'en' : 'zh',
    truth: { hs: [], markets: [...t[2]], topics: ['export-controls'], local: null },
  });

// 10. Customs, e-commerce, logistics, FTA: all goods.
for (const [title, text, topic] of [
  ['海关总署关于优化出口货物检验检疫监管的公告', '为促进外贸稳定，海关总署对出口货物检验检疫监管措施进行优化，适用于全部出口货物。', 'customs'],
  ['海关总署关于推广“两步申报”通关模式的公告', '在全国海关推广进口货物“两步申报”通关模式，企业可自主选择。', 'customs'],
  ['海关总署关于跨境电子商务零售出口商品退货监管有关事项的公告', '跨境电商出口企业可申请开展退货业务，适用于跨境电子商务零售出口商品。', 'ecommerce'],
  ['商务部等部门关于促进跨境电商海外仓高质量发展的意见', '支持跨境电商企业建设海外仓，完善海外仓服务体系，提升跨境物流效率。', 'ecommerce'],
  ['交通运输部关于国际集装箱班轮运价备案的通知', '国际班轮公司应按规定办理运价备案，适用于国际集装箱运输。', 'logistics'],
  ['关于进一步降低外贸企业港口收费的通知', '自2027年1月1日起降低港口作业包干费，减轻外贸企业物流成本。', 'logistics'],
  [
    '海关总署关于实施《区域全面经济伙伴关系协定》原产地规则的公告',
    '出口货物申请RCEP原产地证书的，应符合协定原产地规则。RCEP成员包括东盟十国、日本、韩国、澳大利亚、新西兰。',
    'fta-origin',
  ],
] as const) {
  const markets = topic === 'fta-origin' ? ['ASEAN', 'JP', 'KR', 'AU', 'NZ'] : [];
  add({
    title,
    text,
    agency: title.startsWith('海关') ? '海关总署' : '商务部',
    sourceId: title.startsWith('海关') ? 'gacc' : 'mofcom-zcfb',
    language: 'zh',
    truth: { hs: [], markets, topics: [topic], local: null },
  });
}
for (const m of ['ASEAN', 'KR', 'AU', 'GB'] as const) {
  const partner = m === 'GB' ? '英国' : C[m].zh;
  add({
    title: `关于中国—${partner}自由贸易协定项下原产地证书签发事项的公告`,
    text: `自2027年1月1日起，出口至${partner}的货物申请中国—${partner}自贸协定原产地证书，可享受协定税率。`,
    agency: '海关总署',
    sourceId: 'gacc',
    language: 'zh',
    truth: { hs: [], markets: [m], topics: ['fta-origin'], local: null },
  });
}

// 11. Local bureaus: funds, credit insurance, fairs; only for companies there; conditions.
const LOCAL: [string, string, string][] = [
  ['CN-GD-shenzhen', '深圳市商务局', 'sz-commerce'],
  ['CN-ZJ', '浙江省商务厅', 'zj-commerce'],
  ['CN-GD', '广东省商务厅', 'gd-commerce'],
  ['CN-ZJ-ningbo', '宁波市商务局', 'ningbo-commerce'],
  ['CN-JS-suzhou', '苏州市商务局', 'suzhou-commerce'],
  ['CN-SH', '上海市商务委员会', 'sh-commerce'],
  ['CN-FJ-xiamen', '厦门市商务局', 'xiamen-commerce'],
  ['CN-SD-qingdao', '青岛市商务局', 'qingdao-commerce'],
  ['CN-GD-guangzhou', '广州市商务局', 'gz-commerce'],
  ['CN-ZJ-hangzhou', '杭州市商务局', 'hz-commerce'],
  ['CN-GD-dongguan', '东莞市商务局', 'dg-commerce'],
];
for (const [place, agency, src] of LOCAL) {
  add({
    title: `${agency}关于组织申报2026年度外贸发展专项资金（出口信用保险保费资助）的通知`,
    text: `各有关企业：为支持外贸企业开拓国际市场，现组织申报出口信用保险保费资助项目。申报企业应为依法设立的外贸企业，上年度出口额在1000万美元以下。申报时间：2026年11月1日至2026年11月30日。`,
    agency,
    sourceId: src,
    language: 'zh',
    truth: { hs: [], markets: [], topics: ['subsidies', 'credit-insurance'], local: place, conditions: { maxExportValueUsd: 10_000_000 } },
  });
  add({
    title: `${agency}关于做好中小微企业出口信用保险统保工作的通知`,
    text: `为降低中小微企业出口风险，本地区开展出口信用保险统保平台工作。参保企业须为中小微企业，保费由财政资金给予补贴。`,
    agency,
    sourceId: src,
    language: 'zh',
    truth: { hs: [], markets: [], topics: ['credit-insurance'], local: place, conditions: { sme: true } },
  });
  add({
    title: `${agency}关于组织企业参加境外展会的通知`,
    text: `为帮助企业拓展海外市场，现组织本地企业参加2027年境外重点展会，对参展企业给予展位费补贴。`,
    agency,
    sourceId: src,
    language: 'zh',
    truth: { hs: [], markets: [], topics: ['trade-fairs', 'subsidies'], local: place },
  });
}
add({
  title: '关于开展2026年深圳市外贸企业融资支持的通知',
  text: '深圳市商务局、深圳市地方金融监督管理局联合开展外贸企业融资支持，注册在深圳市的外贸企业可申请贷款贴息。',
  agency: null,
  sourceId: 'sz-commerce',
  language: 'zh',
  truth: { hs: [], markets: [], topics: ['trade-finance'], local: 'CN-GD-shenzhen', conditions: { registeredIn: 'CN-GD-shenzhen' } },
});
add({
  title: '浙江省商务厅关于支持跨境电商企业开拓欧洲市场的通知',
  text: '支持本省跨境电商企业在欧盟建设海外仓，对符合条件的企业给予资金支持。',
  agency: '浙江省商务厅',
  sourceId: 'zj-commerce',
  language: 'zh',
  truth: { hs: [], markets: ['EU'], topics: ['ecommerce', 'subsidies'], local: 'CN-ZJ' },
});

// 12. National finance and insurance: all goods, no market; some with conditions.
for (const [title, text, topic, cond] of [
  [
    '中国出口信用保险公司关于支持小微企业出口的通知',
    '对年出口额300万美元以下的小微企业，提供保费优惠的短期出口信用保险。',
    'credit-insurance',
    { maxExportValueUsd: 3_000_000, sme: true },
  ],
  ['中国人民银行关于支持外贸企业跨境人民币结算的通知', '银行应为外贸企业提供便利的跨境人民币结算服务，适用于各类外贸企业。', 'trade-finance', undefined],
  ['中国进出口银行关于加大对中小外贸企业信贷支持的通知', '加大对中小外贸企业的信贷投放，支持对象为中小企业。', 'trade-finance', { sme: true }],
  ['国家外汇管理局关于进一步便利跨境贸易外汇收支的通知', '优化贸易外汇收支业务办理，适用于所有货物贸易企业。', 'trade-finance', undefined],
  [
    '财政部 商务部关于外经贸发展专项资金支持中小企业开拓市场的通知',
    '中央财政支持中小企业开拓国际市场，支持对象为上年度出口额在6500万美元以下的中小企业。',
    'subsidies',
    { maxExportValueUsd: 65_000_000, sme: true },
  ],
] as const) {
  add({
    title,
    text,
    agency: null,
    sourceId: 'mofcom-zcfb',
    language: 'zh',
    truth: { hs: [], markets: [], topics: [topic], local: null, ...(cond ? { conditions: cond } : {}) },
  });
}

// 13. Foreign market-wide measures in English (CBP, USTR, EU customs).
for (const [title, text, m, topic] of [
  [
    'CBP announces new entry filing requirements for de minimis shipments',
    'U.S. Customs and Border Protection announces that low-value shipments entering the United States must be filed with full entry data. The rule applies to all merchandise.',
    'US',
    'customs',
  ],
  [
    'USTR announces the four-year review of Section 301 tariff actions',
    'The Office of the United States Trade Representative announces the review of tariff actions on products of China; tariffs on all covered goods remain in effect.',
    'US',
    'tariffs',
  ],
  [
    'EU customs reform: removal of the EUR 150 duty exemption for e-commerce parcels',
    'The European Commission proposes that all goods imported into the European Union through e-commerce pay customs duties from the first euro.',
    'EU',
    'ecommerce',
  ],
  [
    'Mexico raises tariffs on imports from countries without a trade agreement',
    'Mexico raises most-favoured-nation tariffs on imports from countries with which it has no trade agreement, including China, on 1,400 tariff lines.',
    'MX',
    'tariffs',
  ],
  [
    'Indonesia requires import approvals for goods sold on e-commerce platforms',
    'Indonesia requires foreign sellers on e-commerce platforms to obtain import approvals for goods sold to Indonesian consumers.',
    'ID',
    'ecommerce',
  ],
  [
    'UK Global Tariff: suspension of duties on goods in short supply',
    'The Department for Business and Trade suspends tariffs on a range of goods imported into the United Kingdom until 2029.',
    'GB',
    'tariffs',
  ],
  [
    'Viet Nam introduces electronic customs clearance for all imports',
    'Viet Nam customs require electronic declarations for all imported goods from 1 March 2027.',
    'VN',
    'customs',
  ],
  [
    'Brazil lowers import duties under the Mercosur common external tariff',
    'Brazil lowers import duties on goods imported into Brazil from all countries under a list of exceptions to the Mercosur common external tariff.',
    'BR',
    'tariffs',
  ],
  [
    'India extends the Remission of Duties and Taxes on Exported Products scheme',
    'The Directorate General of Foreign Trade of India extends the RoDTEP scheme for Indian exporters until 2027.',
    'IN',
    'export-rebates',
  ],
] as const) {
  add({ title, text, agency: null, sourceId: 'foreign-news', language: 'en', truth: { hs: [], markets: [m], topics: [topic], local: null } });
}

// 14. Product-specific market-neutral notices (certification in China, licences).
for (const [p, title, text, topic] of [
  ['drone', '关于民用无人机出口许可证申领有关事项的通知', '出口民用无人机（税则号88062400）的企业，应向商务部申领出口许可证。', 'licensing-quotas'],
  ['battery', '关于锂离子电池出口运输安全检验的公告', '出口锂离子电池（HS 8507）应按危险货物运输要求申请出口检验，海关实施抽检。', 'customs'],
  ['tea', '关于出口茶叶生产企业备案管理的公告', '出口茶叶（税则号0902）的生产企业应向海关办理备案，未备案企业不得出口。', 'customs'],
  ['shrimp', '关于出口水产品注册登记有关事项的公告', '出口冻虾（税则号0306）等水产品的生产企业应在海关注册登记。', 'standards'],
  ['steel', '关于钢铁产品出口许可证管理的公告', '对不锈钢板材（HS 7219）等钢铁产品实行出口许可证管理。', 'licensing-quotas'],
  ['led', '关于LED灯具出口能效标识的指引', '出口LED灯具（HS 9405）的企业应关注主要市场能效标识要求，可申请检测认证服务。', 'standards'],
  ['toys', '关于出口玩具质量安全监管的公告', '出口玩具（HS 9503）生产企业应建立质量安全管理体系，海关实施监督抽检。', 'standards'],
  ['solar', '关于光伏电池出口企业公平竞争的倡议', '光伏电池（HS 8541）行业协会倡议出口企业规范经营，避免低价竞争。', 'standards'],
  ['ac', '关于空调出口退运货物监管的公告', '出口空调（HS 8415）因质量问题退运的，海关按规定办理退运手续。', 'customs'],
] as const) {
  add({ title, text, agency: null, sourceId: 'mofcom-zcfb', language: 'zh', truth: { hs: [P[p].hs], markets: [], topics: [topic], local: null } });
}

// 15. Product-specific notices for markets, in English (trade remedy initiations).
for (const [p, m, agencyName] of [
  ['alu', 'IN', 'Directorate General of Trade Remedies'],
  ['tyres', 'IN', 'Directorate General of Trade Remedies'],
  ['bike', 'GB', 'Trade Remedies Authority'],
  ['furniture', 'AU', 'Anti-Dumping Commission'],
  ['toys', 'TR', 'Ministry of Trade'],
  ['tableware', 'CA', 'Canada Border Services Agency'],
  ['glassfibre', 'BR', 'SECEX'],
  ['ac', 'IN', 'Directorate General of Trade Remedies'],
] as const) {
  const pr = P[p];
  const mk = C[m].en.replace(/^the /, '');
  add({
    title: `${mk}: initiation of anti-dumping investigation concerning imports of ${pr.en} from China`,
    text: `The ${agencyName} of ${mk} initiated an anti-dumping investigation concerning imports of ${pr.en} (HS ${pr.hs}) originating in or exported from China. Interested parties may register within 30 days.`,
    agency: agencyName,
    sourceId: 'foreign-news',
    language: 'en',
    truth: { hs: [pr.hs], markets: [m], topics: ['trade-remedies'], local: null },
  });
}

// 16. Chinese safeguards and quota notices on imports (origin-free, product-specific).
for (const [p, title] of [
  ['tea', '商务部关于2027年茶叶进口关税配额管理的公告'],
  ['shrimp', '商务部关于冻虾进口保障措施调查立案的公告'],
  ['alu', '商务部关于铝型材进口监测预警的通知'],
] as const) {
  const topic = title.includes('配额') ? 'licensing-quotas' : 'trade-remedies';
  add({
    title,
    text: `商务部决定对进口${P[p].zh}（税则号${P[p].line}）${topic === 'licensing-quotas' ? '实施关税配额管理' : '进行保障措施调查'}。`,
    agency: '商务部',
    sourceId: 'mofcom-trade-remedy',
    language: 'zh',
    truth: { hs: [P[p].hs], markets: [], topics: [topic], local: null },
  });
}

// 17. Foreign investment and unrelated notices (no product, market or exporter topic).
for (const [title, text] of [
  ['外商投资准入特别管理措施（负面清单）（2026年版）', '本清单规定了外商投资准入的特别管理措施，自2026年12月1日起施行。'],
  ['商务部关于外商投资企业信息报告的公告', '外国投资者在中国境内投资，应通过企业登记系统报送投资信息。'],
  ['关于开展2026年度对外投资合作统计工作的通知', '请各地商务主管部门做好对外直接投资统计工作。'],
  ['商务部新闻发言人就中美经贸磋商答记者问', '中美双方进行了坦诚、深入的交流，同意继续保持沟通。'],
])
  add({ title, text, agency: '商务部', sourceId: 'mofcom-zcfb', language: 'zh', truth: { hs: [], markets: [], topics: ['foreign-investment'], local: null } });

export const NOTICES: readonly BenchNotice[] = out;
