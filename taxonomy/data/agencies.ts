/**
 * Issuing bodies: `id|zh names|en names|jurisdiction|topic hint`.
 * The jurisdiction is a region id (foreign issuers make their own market a region tag);
 * the topic hint nudges classification for single-purpose agencies.
 */
export const AGENCY_DATA = `mofcom|商务部,中华人民共和国商务部|Ministry of Commerce,=MOFCOM|CN|
mofcom-trade-remedy|商务部贸易救济调查局,贸易救济调查局|Trade Remedy and Investigation Bureau|CN|trade-remedies
gacc|海关总署,中华人民共和国海关总署|General Administration of Customs,=GACC|CN|
mof|财政部|Ministry of Finance|CN|
tariff-commission|国务院关税税则委员会,关税税则委员会,税委会|Customs Tariff Commission of the State Council,Customs Tariff Commission|CN|tariffs
state-council|国务院,国务院办公厅|State Council|CN|
ndrc|国家发展改革委,国家发展和改革委员会,发展改革委,国家发改委|National Development and Reform Commission,=NDRC|CN|
sta|国家税务总局,税务总局|State Taxation Administration,State Administration of Taxation|CN|
safe|国家外汇管理局,外汇局|State Administration of Foreign Exchange|CN|trade-finance
pboc|中国人民银行|People's Bank of China,=PBOC|CN|trade-finance
samr|国家市场监督管理总局,市场监管总局|State Administration for Market Regulation,=SAMR|CN|standards
mot-cn|交通运输部|Ministry of Transport of the People's Republic of China|CN|logistics
nia|国家移民管理局|National Immigration Administration|CN|
mfa-cn|外交部|Ministry of Foreign Affairs of the People's Republic of China|CN|
sinosure|中国出口信用保险公司,中国信保|China Export & Credit Insurance Corporation,=Sinosure|CN|credit-insurance
chexim|中国进出口银行,进出口银行|Export-Import Bank of China|CN|trade-finance
ccpit|中国国际贸易促进委员会,贸促会|China Council for the Promotion of International Trade,=CCPIT|CN|
canton-fair|中国对外贸易中心|China Foreign Trade Centre,China International Import and Export Fair,Canton Fair|CN|trade-fairs
ustr|美国贸易代表办公室|Office of the United States Trade Representative,United States Trade Representative,=USTR|US|
bis|美国商务部工业与安全局,工业与安全局|Bureau of Industry and Security,=BIS|US|export-controls
ita|美国国际贸易管理局|International Trade Administration|US|
doc-us|美国商务部|U.S. Department of Commerce,US Department of Commerce|US|
cbp|美国海关与边境保护局,美国海关|U.S. Customs and Border Protection,US Customs and Border Protection,Customs and Border Protection,=CBP|US|customs
ofac|海外资产控制办公室|Office of Foreign Assets Control,=OFAC|US|export-controls
treasury-us|美国财政部|U.S. Department of the Treasury,Department of the Treasury|US|
white-house|白宫|The White House,White House|US|
usitc|美国国际贸易委员会|U.S. International Trade Commission,International Trade Commission,=USITC|US|trade-remedies
exim-us|美国进出口银行|Export-Import Bank of the United States,=EXIM|US|
sba|美国小企业管理局|Small Business Administration|US|
aphis|美国动植物卫生检验局|Animal and Plant Health Inspection Service,=APHIS|US|standards
fda|美国食品药品监督管理局|Food and Drug Administration|US|standards
european-commission|欧盟委员会,欧委会|European Commission|EU|
dg-trade|欧盟贸易总司|Directorate-General for Trade,=DG Trade|EU|
eu-council|欧盟理事会|Council of the European Union|EU|
uk-dbt|英国商业贸易部|Department for Business and Trade|GB|
uk-tra|英国贸易救济局|Trade Remedies Authority|GB|trade-remedies
ukef|英国出口融资局|UK Export Finance,=UKEF|GB|
hmrc|英国税务海关总署|HM Revenue and Customs,HM Revenue & Customs,=HMRC|GB|
opss|英国产品安全与标准办公室|Office for Product Safety and Standards|GB|standards
india-dgtr|印度贸易救济总局|Directorate General of Trade Remedies,=DGTR|IN|trade-remedies
india-dgft|印度对外贸易总局|Directorate General of Foreign Trade,=DGFT|IN|
cbsa|加拿大边境服务局|Canada Border Services Agency,=CBSA|CA|customs
singapore-customs|新加坡海关|Singapore Customs|SG|customs
austrade|澳大利亚贸易投资委员会|Australian Trade and Investment Commission,=Austrade|AU|
japan-meti|日本经济产业省|Ministry of Economy, Trade and Industry,=METI|JP|
nexi|日本贸易保险|Nippon Export and Investment Insurance,=NEXI|JP|credit-insurance
gecex|巴西外贸委员会|Foreign Trade Chamber,Chamber of Foreign Trade,=Gecex,=GECEX,=Camex,=CAMEX|BR|tariffs
thailand-boi|泰国投资促进委员会|Board of Investment of Thailand,Thailand Board of Investment|TH|foreign-investment
itac-za|南非国际贸易管理委员会|International Trade Administration Commission of South Africa,International Trade Administration Commission,=ITAC|ZA|
indonesia-mot|印度尼西亚贸易部|Ministry of Trade of the Republic of Indonesia|ID|
wto|世界贸易组织,世贸组织|World Trade Organization,=WTO||
adb|亚洲开发银行|Asian Development Bank|
asean-secretariat|东盟秘书处|ASEAN Secretariat||`;

/** Provinces and large cities for 省商务厅 / 市商务局 style issuers (`code|name`). */
export const CN_PLACES =
  'BJ|北京,TJ|天津,HE|河北,SX|山西,NM|内蒙古,LN|辽宁,JL|吉林,HL|黑龙江,SH|上海,JS|江苏,ZJ|浙江,AH|安徽,FJ|福建,JX|江西,' +
  'SD|山东,HA|河南,HB|湖北,HN|湖南,GD|广东,GX|广西,HI|海南,CQ|重庆,SC|四川,GZ|贵州,YN|云南,XZ|西藏,SN|陕西,GS|甘肃,' +
  'QH|青海,NX|宁夏,XJ|新疆,shenzhen|深圳,guangzhou|广州,xiamen|厦门,ningbo|宁波,qingdao|青岛,dalian|大连,hangzhou|杭州,' +
  'suzhou|苏州,nanjing|南京,wuhan|武汉,chengdu|成都,xian|西安,yiwu|义乌,dongguan|东莞';

/** Phrases containing an agency name that do not name the agency. */
export const AGENCY_BLOCKERS = '商务部门,商务主管部门,财政部门,税务部门,海关部门,外汇管理部门';
