/**
 * Topic vocabulary: `[id, zh name, en name, zh terms, en terms]`.
 * Term prefixes: `=` case-sensitive, `~` weak evidence (lower weight), `+` strong evidence
 * (higher weight), `++` decisive (one mention in the body is enough). Longer terms win over the shorter terms they contain, so phrases such as
 * 出口退税率 keep 税率 from counting for tariffs.
 */
export type TopicRow = readonly [id: string, zh: string, en: string, zhTerms: string, enTerms: string];

export const TOPIC_DATA: readonly TopicRow[] = [
  [
    'tariffs',
    '关税与税率调整',
    'Tariffs and tariff-rate changes',
    '+关税税率,+进口关税,+加征关税,加征,+暂定税率,最惠国税率,+关税调整,关税,~税率,~进口税,+关税减让,+排除申报,~反制,~关税法,+出口关税,+降税,~零关税,+对等关税,+关税措施,~协定税率,+滑准税,+暂定关税,~从量税,+免征关税,+免征进口关税,+关税优惠,+关税政策,+关税豁免,~排除清单,+反制关税,~最惠国,+税则税率,+行邮税,~进口环节税,+关税减免,+减免关税,+征收关税,+报复性关税,+上调关税,+下调关税,+提高关税,+降低关税,+取消关税,+免关税,+暂停加征,+关税上调,+关税下调,~税目',
    '+tariff,+tariffs,+duty rate,+rate of duty,+customs duty,+customs duties,+import duty,+import duties,~ad valorem,+additional duty,+additional duties,+reciprocal tariff,+Section 301,+Section 232,+tariff suspension,+tariff suspensions,+surtax,most-favoured-nation,most-favored-nation,=MFN,+=Global Tariff,+tariff cuts,~tariff elimination,~duty-free,~duties,+duty-free treatment,+tariff increase,+tariff increases,+tariff rate,+tariff rates,+tariff reduction,+tariff reductions,+tariff exemption,+tariff exemptions,+import tax,+import taxes,+=IEEPA,+International Emergency Economic Powers Act,+retaliatory tariffs,+retaliatory duties,~rebalancing measures,~tariff exclusion,~tariff exclusions,+Common Customs Tariff,+Common External Tariff,+autonomous tariff suspensions,+duty rates,+rates of duty,+tariff schedule,+bound rates,+applied rates,~countermeasures,+import levy,+import levies,+duty suspension,+duty suspensions,+duty relief,+duty-free access,+zero-duty,+zero duty,+tariff-free,+tariff hike,+tariff hikes,+duty increase,+duty increases,+higher duties,+import tax rate',
  ],
  [
    'export-rebates',
    '出口退税',
    'Export tax rebates',
    '+出口退税,+退税率,+出口退（免）税,+出口退(免)税,+退（免）税,+出口退税率,+离境退税,+免抵退,退税,+出口免税,+免税申报,+出口货物免税,+启运港退税,+离境港退税,+退税政策,+免抵退税,+出口货物劳务增值税,+出口退税备案,+退（免）税申报',
    '+export tax rebate,+export tax rebates,+tax rebate,+export rebate,+export rebates,+VAT refund,+VAT rebate,+duty drawback,drawback,+=RoDTEP,+remission of duties,+rebate rate,~refund,~remission,+export tax exemption,+VAT exemption for exports,+export tax refund,+export tax refunds,+tax refund,+=RoSCTL,+Rebate of State and Central Taxes and Levies,+departure-port,+refund of VAT,+VAT refunds',
  ],
  [
    'credit-insurance',
    '出口信用保险',
    'Export credit insurance',
    '+出口信用保险,+信用保险,+中国信保,+信保,+短期险,承保,~保单融资,~赔付,~保费,~定损核赔,~收汇风险,+统保,+统保平台,+统保保单,+出口信保,~投保,~赔偿限额,~买方信用限额,~可能损失,+短期出口信用保险,+中长期险,+海外投资保险,~保单,~承保额度,~理赔,+小微企业统保,~买方风险,~收汇,+信用险,+出口信用险,+承保支持,+承保规模,~风险保障,~保险机构,+买方违约,~拒收,~拖欠,+资信调查,+资信报告,~买家资信,+国别风险,+国家风险分析报告,+中长期出口信用保险,~赔款,+保险赔款,+保费补助,+保费扶持',
    '+export credit insurance,+credit insurance,+export insurance,+Express Insurance,~insurance policy,~insurance policies,~nonpayment,~non-payment,~political risks,~insured,~policyholders,~export credit agency,+Accounts Receivable Insurance,~premiums,~indemnities,~insure,+trade credit insurance,+credit insurer,+political risk insurance,~buyer default,~insured percentage,~claims,+insurance cover,~cover,+short-term cover,+political risk,~commercial risk,~commercial risks,+credit risk insurance,~buyer risk,~credit limit,~credit limits,+=Sinosure,+=K-SURE,+=NEXI,+Export Development Canada,+=Coface,+=Atradius,+=ECGC,+Euler Hermes,+Allianz Trade,~premium rates,~premium rate,~insured exporters,~claim payment,~indemnification',
  ],
  [
    'trade-finance',
    '贸易融资与信贷支持',
    'Trade finance and credit support',
    '+贸易融资,融资,信贷,贷款,+外汇,+跨境结算,+人民币跨境,+汇率避险,+供应链金融,+出口信贷,+买方信贷,+卖方信贷,+流动资金贷款,~授信,+应收账款融资,+订单融资,+外汇收支,+金融支持,~进出口银行,~结算,+资金结算,~汇率风险,+再贷款,+信贷支持,+保单融资,~汇兑,~套期保值,+人民币跨境结算,+结售汇,+外汇管理,+收付汇,+贸易外汇,~经常项目,~外债,+跨境融资,~普惠金融,+融资担保,+政府性融资担保,~汇率,+外汇收付,+跨境支付,~银行,+贴息,+融资支持',
    '+trade finance,+export finance,+working capital,+letters of credit,+letter of credit,+supply chain finance,~guarantee,~guarantees,~loan,~loans,~lenders,financing,+factoring,+foreign exchange,~settlement,+buyer credit,+credit guarantee,+loan guarantee,+supply chain finance,~receivables,+cross-border renminbi,~lender,+relending,~lending,+export credit,+loan guarantees,~guarantee programme,+Export-Import Bank,+=EXIM,+=UKEF,+UK Export Finance,+direct lending,+credit facility,~exchange rate,~hedging,+forfaiting,+documentary collection,~payment terms,+packing credit,+pre-shipment credit,+post-shipment credit,+export credit facility',
  ],
  [
    'trade-remedies',
    '贸易救济',
    'Trade remedies: anti-dumping, countervailing, safeguards',
    '+反倾销,+反补贴,+保障措施,+贸易救济,倾销,+期终复审,++反倾销税,++反补贴税,+产业损害,~立案调查,~应诉,~复审,~实质损害,+反规避,~价格承诺,+贸易救济调查',
    '+anti-dumping,+antidumping,+anti dumping,+countervailing,+anti-subsidy,+safeguard measure,safeguard,+dumping,+trade remedies,+trade remedy,~injury,+sunset review,~administrative review,~administrative reviews,~cash deposits,~subsidisation,~subsidization,~dumped,+less than fair value,+less-than-fair-value,+dumping margin,+dumping margins,+countervailable,+countervailable subsidies,+anti-circumvention,+expiry review,~materially injured,~material injury,+safeguard measures,~price undertakings,+antidumping duty,+countervailing duty,+changed circumstances review,+antidumping duty order,+countervailing duty order,++anti-dumping duties,++antidumping duties,++definitive anti-dumping duty,++provisional anti-dumping duty',
  ],
  [
    'export-controls',
    '出口管制与制裁',
    'Export controls, sanctions, entity lists',
    '+出口管制,+两用物项,+管控名单,+不可靠实体清单,+实体清单,+制裁,+反制裁,~出口许可,~防扩散,+军民两用,~最终用户,~物项,~军工,+技术出口许可,+限制出口技术,+禁止出口限制出口技术目录,+两用物项出口许可,+出口许可证件,+出口管制物项,+最终用户清单,+大规模杀伤性武器,+出口管制管控名单',
    '+export control,+export controls,+Export Administration Regulations,+=EAR,+Entity List,+sanctions,~sanctioned,+restrictive measures,+dual-use,+=OFAC,~designated,~=SDN,~blocked,+foreign direct product rule,+=ECCN,+Export Control Classification Number,+Export Control Classification Numbers,~presumption of denial,~end use,~end-use,~end-user,~reexports,~re-export,~reexport,~circumvention,~battlefield goods,~license requirement,+dual-use export licence,+dual-use export license,+export licence for dual-use,+Export Trade Control Order,+export trade control,+Foreign Exchange and Foreign Trade Act,+End User List,+weapons of mass destruction,+non-proliferation,~proliferation,+catch-all controls,+military end use,+military end user',
  ],
  [
    'licensing-quotas',
    '进出口许可与配额',
    'Import/export licensing and quotas',
    '+进口许可证,+出口许可证,+许可证管理,+自动进口许可,+配额,+关税配额,+进口配额,+出口配额,+国营贸易,+配额管理,许可证,+配额内税率,+配额外税率,+进口关税配额,+出口关税配额,++自动进口许可,++自动进口许可证,+进口许可管理,++出口许可证管理,+国营贸易管理,+许可证件,+配额分配,+配额证,+配额申请,+配额总量,+申领许可证,+许可证申领,+进口许可证管理货物目录,+出口许可证管理货物目录,+禁止进口货物目录,+禁止出口货物目录,+禁止进口,+限制进口,+国营贸易企业,+非国营贸易,+进口资质,+原油进口资质,+进口允许量,+配额证明',
    '+import licence,+import license,+import licences,+import licenses,+import licensing,+quota,+quotas,+tariff-rate quota,+tariff-rate quotas,=TRQ,+import approval,~licensing system,~allocation,~allocations,+=SIMA,+import monitoring,~licenses,~licence,~license,+import tariff quota,+import tariff quotas,+export licensing,~export licence,~export license,+state trading,++Free to Restricted,+import authorisation,+import authorization,+import policy,+import approvals,+=Persetujuan Impor,+import permit,+import permits,+licensing requirement,+licensing requirements,+non-automatic licensing,+automatic licensing,+automatic import licence,+automatic import license,+export permit,+export permits,+quota allocation,+in-quota,+out-of-quota,+=TRQs,+tariff quota,+tariff quotas,+import ban,+import bans,+import prohibition,+import prohibitions,+export ban,+export bans,+export prohibition,+import restrictions,+import certificate,+import certificates,+minimum import price,+surveillance licence,+surveillance licences,+prior surveillance,+import registration,+=DGFT',
  ],
  [
    'customs',
    '海关通关与便利化',
    'Customs procedures and facilitation',
    '~海关,+通关,报关,~如实申报,+申报要素,+报关申报,+申报地,+=AEO,+经认证的经营者,~互认,+单一窗口,~查验,+通关便利化,+两步申报,+提前申报,+保税,~加工贸易,+综合保税区,~监管,~口岸,+舱单,+清关,~报关单,~概要申报,~保税监管,+商品归类,~归类,+归类决定,+行政裁定,~报关单位,~进出口货物收发货人,+海关监管,~放行,+通关时间,~报关企业,~海关备案,+转关,~跨境快件,+通关一体化,+海关信用管理,+高级认证企业,+预裁定,+税款担保,+汇总征税,+电子口岸,+出口申报,+进口申报,+规范申报,+申报目录,~监管作业场所,+口岸通关,+通关模式,+抵港直装,+船边直提,+快速通关,~口岸查验,~属地查检,+监管方式,+简化申报,+通关手续,+办理通关,+海关稽查,+主动披露,+海关特殊监管区域,+特殊监管区域,+保税区,+保税物流中心,+保税仓库,+出口监管仓库,+加工贸易手册,~减免税,+税款缴纳,+集中申报,+担保放行,~海关监管区,~无纸化,+海关事务担保,+知识产权海关保护,+海关行政处罚,+申报不实,+海关估价,+完税价格,+价格审查,~特许权使用费,~进出境物品,+暂时进境,+暂时进出境,+暂准进口',
    'customs,+clearance,+customs clearance,+Authorized Economic Operator,+Authorised Economic Operator,=AEO,+=CTPAT,+=C-TPAT,~mutual recognition,+single window,+entry summary declaration,+customs declaration,~entries,+de minimis,+Union Customs Code,+customs procedures,+trade facilitation,~examinations,~border,+=TradeNet,+customs permits,~declaring agents,~declarant,~formal entry,~informal entry,~entry procedures,+customs formalities,+customs declarations,+entry summary,+Automated Commercial Environment,+customs authorities,+customs procedure,~entry type,~tariff classification,+classification ruling,+classification rulings,+country of origin marking,+customs broker,+customs brokers,~entry filing,+importer of record,+=ACE,+=CSMS,~CBP Form,+customs inspection,+Customs Declaration Service,+=EORI,+=ICS2,+Import Control System,+export declaration,+import declaration,+export declarations,+import declarations,+customs value,+customs valuation,~transaction value,+binding tariff information,+advance ruling,+advance rulings,~pre-arrival,+bonded warehouse,~bonded,+foreign-trade zone,+foreign trade zone,+inward processing,+temporary admission,+=ATA Carnet,+Customs Data Hub,+Importer Security Filing,+=ISF,~post-summary correction,~liquidation,+customs bond,~continuous bond,+Partner Government Agency,~=PGA,~manifest,+cargo manifest,+electronic manifest,+Combined Nomenclature,+classification of certain goods,~classified under,+customs audit,+post-clearance audit,+post-clearance,+customs controls,+customs control,+release of goods,+goods declaration,+goods declarations,+simplified declaration,+simplified declarations,+supplementary declaration,+supplementary declarations,+customs warehousing,+customs warehouse,+free zone,+free zones,+transit procedure,+=NCTS,+common transit,+trusted trader,+trusted trader programme,+customs enforcement,~seizures,+counterfeit goods,+customs ruling,+customs rulings,+binding ruling,+binding rulings,+=UNI-PASS,+customs modernisation,+customs modernization,~paperless,+courier clearance,+customs agent,+customs agents,+licensed customs broker,+Customs Act,+entry of merchandise,+=CROSS,~valuation,+temporary import,+temporary importation,+temporary imports,+electronic declaration,+advance electronic data,+Advance Cargo Information,+preliminary electronic information,+customs clearance platform,~declarants',
  ],
  [
    'standards',
    'SPS/TBT 标准与认证',
    'SPS/TBT standards and certification',
    '+检验检疫,+检疫,+植物检疫,+动植物检疫,~卫生证书,+食品安全,+技术性贸易措施,+=TBT,+=SPS,~标准,+认证,+强制性产品认证,+=CCC,+合格评定,~注册,~标签,~检测,+检疫要求,+技术法规,~碳足迹,~有害生物,+强制性国家标准,+安全技术规范,+碳边境调节机制,+=CBAM,+检验检测,~检验,+进口食品,+境外生产企业,~中文标签,+兽医卫生证书,+检验鉴定,+商品检验,~输华,+检疫证书,~官方证书,~注册登记,+境外生产企业注册,+农药残留,+最大残留限量,+兽药残留,~污染物,+食品添加剂,+能效标识,+能效标准,+强制性标准,~标准化,~检测报告,+认证证书,+产品认证,~质量安全,+产品召回,~召回,+风险预警,~警示通报,+技术壁垒,+生态设计,~有害物质,+=RoHS,+=REACH,+化学品注册,+进境检疫,+准入要求,+装运前检验,+检验证书,~检验机构,~到货检验,~目的地检验,+检验监管,+法定检验,+认证认可,+认证机构,+检验检测机构,+型式试验,+型式批准,+监督抽查,+卫生检疫,+动物疫病,+禽流感,+非洲猪瘟,+口蹄疫,~疫区,+检疫议定书,+植物检疫证书,+熏蒸处理,+冷处理,+果园注册,+包装厂注册,~输华企业,+注册企业名单,+食品安全国家标准,+重金属,+转基因,+安全证书,+标签标识,+水效标识,+能效等级,+绿色产品认证,+碳标识,+碳标签,+产品碳足迹,+电池护照,~禁用物质,~限用物质,+化妆品注册,+医疗器械注册',
    "~standards,~standard,+certification,+conformity assessment,+CE marking,+=UKCA,+phytosanitary,+sanitary,+=SPS,+=TBT,+technical regulation,+technical regulations,+product safety,~labelling,~labeling,~testing,+food safety,~registration,+market surveillance,~marking,~pests,+quarantine,~irradiation,~conformity,~traceability,+carbon border adjustment,+=CBAM,+quarantine pests,~non-compliant,~unsafe products,+maximum residue limits,+maximum residue limit,+=MRL,+=MRLs,+residue limits,+pesticide residues,~contaminants,+food additives,+energy labelling,+energy label,+energy efficiency requirements,+ecodesign,+=REACH,+=RoHS,~hazardous substances,+safety standard,+safety standards,+mandatory standard,+product recall,~recall,~recalls,+=CPSC,+Consumer Product Safety,~third-party testing,~test report,+certificate of conformity,+Children's Product Certificate,+declaration of conformity,+notified body,+health certificate,+veterinary certificate,+plant health,+=ISPM,~fumigation,+=G/TBT/N,+=G/SPS/N,+draft technical regulation,+labelling requirements,+General Product Safety Regulation,+=GPSR,+Batteries Regulation,+=EUDR,+deforestation regulation,+=PFAS,~=SVHC,~Annex XVII,+food contact,+maximum residue levels,+maximum residue level,+Import Alert,+import alerts,+drug residues,+veterinary drug residues,~residues,+pre-shipment inspection,+Quality Control Order,+Quality Control Orders,+safety certification,+conformity marking,+technical requirements,+safety requirements,+essential requirements,+harmonised standards,+harmonized standards,+standardisation,+standardization,+accreditation,~accredited,+testing laboratories,+type approval,+type-approval,+homologation,~metrology,+certification body,+certification bodies,+conformity assessment bodies,+labelling rules,+labeling requirements,+Packaging and Packaging Waste Regulation,+=PPWR,+Ecodesign for Sustainable Products Regulation,+=ESPR,+digital product passport,+battery passport,+Radio Equipment Directive,+Machinery Regulation,+Toy Safety Regulation,+toy safety,+=INMETRO,+=SASO,+=SABER,+avian influenza,+African swine fever,+foot-and-mouth disease,+animal disease,+pest risk analysis,+phytosanitary certificate,+cold treatment,+approved establishments,+registered establishments,+facility registration,+Foreign Supplier Verification,+=FSVP,+=FSMA,+Food Safety Modernization Act,~heavy metals,+genetically modified,+novel food,+novel foods,+food labelling,+food labeling,~allergen,+nutrition labelling,+minimum energy performance standards,+=MEPS,+Energy Star,+water efficiency,+pre-export inspection,+=PVoC,+Certificate of Roadworthiness,+inspection body,+product certification,+inspection order,+Food Sanitation Act,+monitoring inspections,+import inspection",
  ],
  [
    'trade-fairs',
    '展会与商务出行',
    'Trade fairs, exhibitions, business travel',
    '+展会,+博览会,+交易会,+广交会,+进博会,+展览,+参展,+展位,+商务旅行卡,+签证,+免签,~商务往来,~采购商,+境外展会,~洽谈,~展区,+展览会,+推介会,+对接会,+洽谈会,+经贸洽谈,+展销会,~招商会,+参展商,+组展,~展馆,+会展,+采购对接,+投资贸易洽谈会,+商务签证,~邀请函,+贸易代表团,+经贸代表团,+线上展会,+云展会,~展品,+报名参展,+展位费,+国家展团,~中国馆,~峰会,~论坛,+展团,+省展团,+参展企业,~布展,+招展,~展商,~观展,+专业观众,+买家对接,~经贸活动,+商务考察,~出访,+签证便利,+过境免签,~入境便利,+国际展会,~专业展,+数字展会,+选品会,+供需对接会,+投洽会,+服贸会,+消博会,+高交会,+东博会',
    "+trade fair,+trade fairs,+trade show,+trade shows,+exhibition,+exhibitions,~expo,+Canton Fair,+trade mission,+trade missions,+business travel,+visa,+visa-free,+matchmaking,~overseas buyers,~international buyers,~booth,~exhibitors,~pavilion,~business visits,~entry badge,+business-matching,+business matching,+sourcing meetings,=Fair,~fairs,+exhibitor,+exhibitor registration,+trade expo,~delegation,+trade delegation,+business delegation,+buyers' meeting,~B2B meetings,+sourcing fair,~showcase,+exhibition centre,+exhibition center,+convention centre,+Convention and Exhibition Centre,+national pavilion,+China pavilion,~invitation letter,~invitation letters,+business visa,+Schengen,+booth fee,+booth fees,+booth rental,~visa application,~visa applications,+visas,~summit,~roadshow,~roadshows,+trade exhibition,~exhibiting,+exhibit at,+visitor registration,+buyer registration,+hosted buyer,+hosted buyers,+sourcing event,+trade event,+trade events,~inbound buyers,+business mission,+business missions,+e-visa,+visa on arrival,+visa waiver,+visa exemption,+multiple-entry visa,+APEC Business Travel Card,+=ABTC",
  ],
  [
    'ecommerce',
    '跨境电商',
    'Cross-border e-commerce',
    '+跨境电商,+跨境电子商务,+电子商务,+电商,~海外仓,+综试区,+=9610,+=9710,+=9810,~市场采购,+直播电商,+网购保税,+跨境电商综合试验区,+独立站,~平台企业,+网络零售,+跨境零售进口,+跨境电商零售进口,+=1210,~跨境包裹,+直播带货,~亚马逊,~=TikTok,~=Temu,~=SHEIN,~速卖通,~阿里巴巴国际站,~卖家,~网店,~外贸新业态,~新业态,+网购,+海淘,+电商平台,+跨境平台,+保税备货,+直购进口,+跨境电商零售进口商品清单,+个人年度交易限值,+单次交易限值,+跨境电商企业,+跨境电商B2B,+邮政小包,~小包,+社交电商,+品牌出海,~直邮,+市场采购贸易,+组货人,+跨境电商出口',
    '+e-commerce,+ecommerce,+online marketplace,+online marketplaces,~marketplace,~marketplaces,+online platform,+online platforms,+online sellers,~low-value,~parcels,~Section 321,~online,+low-value consignments,+low-value shipments,+low value consignments,+marketplace operators,+online retailers,+online shopping,~digital platforms,+distance sales,+Import One-Stop Shop,+=IOSS,~Amazon,~=Temu,~=SHEIN,~=Shopee,~=Lazada,~TikTok Shop,+cross-border parcels,~postal shipments,~express consignments,+deemed supplier,+deemed importer,~platforms,+online sales,+online seller,+third-party sellers,+marketplace sellers,+platform operators,+digital marketplace,+digital marketplaces,+e-tailers,+direct-to-consumer,~consumer parcels,+small parcels,~postal parcels,+low-value goods,+low-value imports,+online retail,+internet sales,+online stores,+online store,+webshops,+Digital Services Act,+postal items,+electronic advance data,+postal consignments',
  ],
  [
    'fta-origin',
    '自贸协定与原产地规则',
    'Free trade agreements and rules of origin',
    '+自由贸易协定,+自贸协定,+自由贸易区,自贸区,+原产地,+原产地证书,+原产地规则,+原产地声明,+协定税率,+=RCEP,+区域全面经济伙伴关系协定,+优惠贸易安排,+经核准出口商,~升级议定书,~降税,~原产资格,+优惠原产地,+原产地证,+享惠,+=ECFA,~自贸伙伴,~原产国,+背对背原产地证明,+累积规则,+区域价值成分,+直接运输规则,+原产地签证,~签证机构,+全面与进步跨太平洋伙伴关系协定,+数字经济伙伴关系协定,+=DEPA',
    '+free trade agreement,+Free Trade Agreement,+=FTA,+rules of origin,+rule of origin,+certificate of origin,~origin,~originating,+preferential tariff treatment,~preferential,+=RCEP,+=USMCA,+=CPTPP,+regional value content,+cumulation,+declaration of origin,+statement on origin,=REX,+=EVFTA,~tariff elimination,~certification of origin,~certify origin,+free trade area,+Free Trade Area,+economic partnership agreement,~trade agreement,+originating status,+=GSP,+Generalised Scheme of Preferences,+Generalized System of Preferences,+=DCTS,+Developing Countries Trading Scheme,+preferential origin,+=EUR.1,+=Form E,+=Form D,+=ATIGA,+=AfCFTA,+African Continental Free Trade Area,+partnership agreement,+product-specific rules,+non-originating materials,~tariff shift,+origin declaration,+proof of origin,+approved exporter,+registered exporter,+Registered Exporter System',
  ],
  [
    'foreign-investment',
    '外商投资',
    'Foreign investment',
    '+外商投资,+外资,~外商,+负面清单,~准入,~投资,+境外投资者,+稳外资,+外资准入,+外商投资企业,+对外投资,+境外投资,~自贸试验区,~自由贸易试验区,~研发中心,+外资企业,+外资项目,+利用外资,+招商引资,~投资促进,+跨国公司地区总部,+地区总部,+总部型机构,+外资研发中心',
    '+foreign investment,+foreign investments,+foreign direct investment,+=FDI,+investment screening,+=CFIUS,+outbound investment,~investors,~investor,~investment,~investments,~acquisitions,+screening mechanism,+National Security and Investment Act,+investment security,~acquiring,+foreign ownership,+foreign equity,+Negative List,+investment incentives,+investment incentive,+Board of Investment,+Board of Investments,+investment licence,+investment license,+Investment Law,~incentive package,+foreign investors,+inward investment',
  ],
  [
    'logistics',
    '国际物流与航运',
    'Logistics and shipping',
    '+物流,+国际物流,+海运,+航运,+运费,~集装箱,+港口,+班轮,+中欧班列,+货代,~航线,~运力,+空运,+航空货运,~船舶,+滞箱费,~海外仓,~供应链,+陆海新通道,~码头,~承运人,+运价,+国际道路运输,+道路货物运输,+国际道路货物运输,+=TIR,+多式联运,+海铁联运,+铁路运输,+铁路快通,~班列,+国际货运,+货物运输,~过境运输,+启运港,~中转港,+航空物流,+国际航线,~运输线路,+运输通道',
    '+logistics,+shipping,+freight,~container,~containers,~ports,~port,~vessels,~vessel,~carriers,+ocean freight,+shipping lines,+freight forwarders,~transit times,~reroute,~rerouting,~surcharges,+port congestion,+air cargo,+maritime,~shipbuilding,+port fees,~transshipment,~lead times,~ship,+maritime single window,+rail freight,+rail tariff,+through tariff,+freight tariff,+container trains,+container train,+block trains,+freight trains,+transport route,+transport corridor,+Middle Corridor,+multimodal,~rolling stock,~consignment note,+freight rates,+rail transport,+road transport,+road haulage,~train,~trains,+draft restrictions,~transit slots,+liner services',
  ],
  [
    'subsidies',
    '外贸扶持资金与补贴',
    'Subsidies and support funds for foreign-trade enterprises',
    '+专项资金,+补贴,+补助,+资助,~奖励,+扶持,~财政支持,+贴息,~资金支持,+外经贸发展专项资金,~支持方向,++保费补助,++保费补贴,++保费资助,+省级财政,+一次性支持,+一次性奖励,+一次性补助,++财政出资,++财政全额承担,++省级财政全额承担,++省级财政出资,++省级财政支付,~全额承担,~财政资金,++给予资助,++给予补贴,++给予补助,++给予奖励,++予以补助,++予以资助,++予以补贴,+奖补,+以奖代补,+补助资金,+扶持资金,~支持资金,~项目资金,+贷款贴息,+进口贴息,~资金申报,~申报指南,+资助标准,+补助标准,+给予支持,+发展资金,+商务发展专项资金,+中小企业开拓资金,+中小企业国际市场开拓资金,+开拓资金,+奖励资金,+财政补助,+资金扶持,+稳外贸资金,+资金补助,+财政奖励,+奖补资金,+奖励标准,+支持标准,+扶持政策,+扶持措施,+资金拨付,+政策兑现,+专项资金管理办法,+补贴标准,+保费支持,+给予一次性,+予以支持,+予以奖励,+惠企政策,+引导基金,+运费补贴,+物流补贴,+展位费补贴,+财政补贴,+资金奖励,+项目申报,~申报条件',
    '+grant,+grants,~subsidy,~subsidies,~funding,+reimburse,+reimbursement,+financial awards,~awards,+support fund,+=EMDG,+=STEP,+Export Market Development Grants,~financial assistance,+Export Market Development Grant,+grant programme,+grant program,+funding programme,+funding program,~co-funding,+matching grant,+matching grants,~cost-sharing,~voucher,~vouchers,+export voucher,~subsidised,~subsidized,+Market Access Program,+financial support,+funding support,~reimbursed,+grant funding,+grant scheme,+grant schemes,+subsidy scheme,+subsidy programme,+subsidy program,+cost-share,+cost share,+co-financing,+funding round,+funding call,+call for proposals,+funding opportunity,+Notice of Funding Opportunity,+awardees,+award recipients,+Foreign Market Development Program,+Agricultural Trade Promotion Program,+export promotion fund,+export development fund,+fully funded,+eligible costs,+eligible expenses,+incentive scheme,+Production Linked Incentive,~incentives,~funded by,+incentive package,+tax incentives,+corporate income tax exemption,~tax holiday',
  ],
];

/** Phrases that contain topic terms but mean something else; matched then dropped. */
export const TOPIC_BLOCKERS =
  '海关总署,海关编码,海关法,海关联络员,税则号列,进出口税则,关税税则委员会,税委会,中国出口信用保险公司,投资便利化,' +
  '中国进出口商品交易会,标准版,国家标准,国际贸易“单一窗口”标准版,' +
  'Harmonized Tariff Schedule,customs tariff heading,tariff heading,tariff line,tariff lines,tariff classification,' +
  'Customs and Border Protection,customs territory,Customs Union,U.S. Customs,Singapore Customs,HM Revenue and Customs,HM Revenue & Customs,' +
  'national security,security threats,affected by U.S. tariffs,affected by US tariffs,tariff uncertainty,=Fair Trade,=Fair Value,=Fair Competition,=Fair Labor,=Fair Trading,Department of Commerce,port of entry,entered for consumption,采购商品,' +
  // Marketplace chrome and shop services (product pages), not policy topics.
  'ready to ship,shipping by sea,shipping by air,shipping by express,ships in,ships within,ships from,ships worldwide,ships to,free shipping,shipping cost,shipping costs,' +
  'shipping fee,shipping fees,shipping time,shipping insurance,drop shipping,dropshipping,buyer protection,' +
  'trade assurance,refund policy,return and refund,returns and refunds,money-back guarantee,dispatch guarantee,' +
  'on-time dispatch guarantee,on-time delivery guarantee,buyers also viewed,买家保障,48小时发货,24小时发货';
