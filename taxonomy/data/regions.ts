/**
 * Countries and territories: one line each, `ID|zh names|en names`, first name canonical.
 * A leading `=` marks a case-sensitive alias (abbreviations such as US, UK, PRC).
 * A leading `~` marks a weak alias (demonyms): counted with a lower weight.
 * Kept as one compact string because it ships in the browser-extension bundle.
 */
export const COUNTRY_DATA = `AF|阿富汗|Afghanistan
AL|阿尔巴尼亚|Albania
DZ|阿尔及利亚|Algeria
AD|安道尔|Andorra
AO|安哥拉|Angola
AG|安提瓜和巴布达|Antigua and Barbuda
AR|阿根廷|Argentina,~Argentine,~Argentinian
AM|亚美尼亚|Armenia
AU|澳大利亚,澳洲|Australia,~Australian
AT|奥地利|Austria
AZ|阿塞拜疆|Azerbaijan
BS|巴哈马|Bahamas
BH|巴林|Bahrain
BD|孟加拉国,孟加拉|Bangladesh
BB|巴巴多斯|Barbados
BY|白俄罗斯|Belarus
BE|比利时|Belgium
BZ|伯利兹|Belize
BJ|贝宁|Benin
BT|不丹|Bhutan
BO|玻利维亚|Bolivia
BA|波黑,波斯尼亚和黑塞哥维那|Bosnia and Herzegovina,Bosnia
BW|博茨瓦纳|Botswana
BR|巴西|Brazil,~Brazilian
BN|文莱|Brunei,Brunei Darussalam
BG|保加利亚|Bulgaria
BF|布基纳法索|Burkina Faso
BI|布隆迪|Burundi
CV|佛得角|Cabo Verde,Cape Verde
KH|柬埔寨|Cambodia,~Cambodian
CM|喀麦隆|Cameroon
CA|加拿大|Canada,~Canadian
CF|中非共和国|Central African Republic
TD|乍得|Chad
CL|智利|Chile,~Chilean
CN|中国,中华人民共和国,中国大陆,中国内地|China,People's Republic of China,People’s Republic of China,China PR,mainland China,=PRC,=P.R.C.,~Chinese
CO|哥伦比亚|Colombia
KM|科摩罗|Comoros
CG|刚果（布）,刚果共和国|Republic of the Congo,Congo-Brazzaville
CD|刚果（金）,刚果民主共和国|Democratic Republic of the Congo,DR Congo,=DRC
CR|哥斯达黎加|Costa Rica
CI|科特迪瓦|Côte d'Ivoire,Cote d'Ivoire,Ivory Coast
HR|克罗地亚|Croatia
CU|古巴|Cuba
CY|塞浦路斯|Cyprus
CZ|捷克|Czechia,Czech Republic
DK|丹麦|Denmark
DJ|吉布提|Djibouti
DM|多米尼克|Dominica
DO|多米尼加,多米尼加共和国|Dominican Republic
EC|厄瓜多尔|Ecuador
EG|埃及|Egypt,~Egyptian
SV|萨尔瓦多|El Salvador
GQ|赤道几内亚|Equatorial Guinea
ER|厄立特里亚|Eritrea
EE|爱沙尼亚|Estonia
SZ|斯威士兰,埃斯瓦蒂尼|Eswatini,Swaziland
ET|埃塞俄比亚|Ethiopia
FJ|斐济|Fiji
FI|芬兰|Finland
FR|法国|France,~French
GA|加蓬|Gabon
GM|冈比亚|Gambia
GE|格鲁吉亚|Georgia
DE|德国|Germany,~German
GH|加纳|Ghana
GR|希腊|Greece
GD|格林纳达|Grenada
GT|危地马拉|Guatemala
GN|几内亚|Guinea
GW|几内亚比绍|Guinea-Bissau
GY|圭亚那|Guyana
HT|海地|Haiti
HN|洪都拉斯|Honduras
HU|匈牙利|Hungary
IS|冰岛|Iceland
IN|印度|India
ID|印度尼西亚,印尼|Indonesia,~Indonesian
IR|伊朗|Iran,~Iranian
IQ|伊拉克|Iraq
IE|爱尔兰|Ireland
IL|以色列|Israel
IT|意大利|Italy,~Italian
JM|牙买加|Jamaica
JP|日本|Japan,~Japanese
JO|约旦|Jordan
KZ|哈萨克斯坦|Kazakhstan
KE|肯尼亚|Kenya
KI|基里巴斯|Kiribati
KP|朝鲜|North Korea,=DPRK
KR|韩国|South Korea,Korea,Republic of Korea,=ROK,~Korean,~South Korean
KW|科威特|Kuwait
KG|吉尔吉斯斯坦,吉尔吉斯共和国,吉尔吉斯|Kyrgyzstan,Kyrgyz Republic
LA|老挝|Laos,Lao PDR
LV|拉脱维亚|Latvia
LB|黎巴嫩|Lebanon
LS|莱索托|Lesotho
LR|利比里亚|Liberia
LY|利比亚|Libya
LI|列支敦士登|Liechtenstein
LT|立陶宛|Lithuania
LU|卢森堡|Luxembourg
MG|马达加斯加|Madagascar
MW|马拉维|Malawi
MY|马来西亚|Malaysia,~Malaysian
MV|马尔代夫|Maldives
ML|马里|Mali
MT|马耳他|Malta
MH|马绍尔群岛|Marshall Islands
MR|毛里塔尼亚|Mauritania
MU|毛里求斯|Mauritius
MX|墨西哥|Mexico,~Mexican
FM|密克罗尼西亚|Micronesia
MD|摩尔多瓦|Moldova
MC|摩纳哥|Monaco
MN|蒙古国,蒙古|Mongolia
ME|黑山|Montenegro
MA|摩洛哥|Morocco
MZ|莫桑比克|Mozambique
MM|缅甸|Myanmar,Burma
NA|纳米比亚|Namibia
NR|瑙鲁|Nauru
NP|尼泊尔|Nepal
NL|荷兰|Netherlands,Holland,~Dutch
NZ|新西兰|New Zealand
NI|尼加拉瓜|Nicaragua
NE|尼日尔|Niger
NG|尼日利亚|Nigeria
MK|北马其顿|North Macedonia
NO|挪威|Norway
OM|阿曼|Oman
PK|巴基斯坦|Pakistan
PW|帕劳|Palau
PS|巴勒斯坦|Palestine
PA|巴拿马|Panama
PG|巴布亚新几内亚|Papua New Guinea
PY|巴拉圭|Paraguay
PE|秘鲁|Peru
PH|菲律宾|Philippines
PL|波兰|Poland
PT|葡萄牙|Portugal
QA|卡塔尔|Qatar
RO|罗马尼亚|Romania
RU|俄罗斯,俄罗斯联邦|Russia,Russian Federation,~Russian
RW|卢旺达|Rwanda
KN|圣基茨和尼维斯|Saint Kitts and Nevis
LC|圣卢西亚|Saint Lucia
VC|圣文森特和格林纳丁斯|Saint Vincent and the Grenadines
WS|萨摩亚|Samoa
SM|圣马力诺|San Marino
ST|圣多美和普林西比|Sao Tome and Principe
SA|沙特阿拉伯,沙特|Saudi Arabia
SN|塞内加尔|Senegal
RS|塞尔维亚|Serbia
SC|塞舌尔|Seychelles
SL|塞拉利昂|Sierra Leone
SG|新加坡|Singapore
SK|斯洛伐克|Slovakia
SI|斯洛文尼亚|Slovenia
SB|所罗门群岛|Solomon Islands
SO|索马里|Somalia
ZA|南非|South Africa
SS|南苏丹|South Sudan
ES|西班牙|Spain,~Spanish
LK|斯里兰卡|Sri Lanka
SD|苏丹|Sudan
SR|苏里南|Suriname
SE|瑞典|Sweden
CH|瑞士|Switzerland,~Swiss
SY|叙利亚|Syria
TJ|塔吉克斯坦|Tajikistan
TZ|坦桑尼亚|Tanzania
TH|泰国|Thailand,~Thai
TL|东帝汶|Timor-Leste,East Timor
TG|多哥|Togo
TO|汤加|Tonga
TT|特立尼达和多巴哥|Trinidad and Tobago
TN|突尼斯|Tunisia
TR|土耳其|Türkiye,Turkiye,Turkey,~Turkish
TM|土库曼斯坦|Turkmenistan
TV|图瓦卢|Tuvalu
UG|乌干达|Uganda
UA|乌克兰|Ukraine
AE|阿联酋,阿拉伯联合酋长国|United Arab Emirates,=UAE
GB|英国|United Kingdom,Great Britain,Britain,=UK,=U.K.,~British
US|美国,美方|United States,United States of America,=US,=U.S.,=USA,=U.S.A.
UY|乌拉圭|Uruguay
UZ|乌兹别克斯坦|Uzbekistan
VU|瓦努阿图|Vanuatu
VA|梵蒂冈|Holy See,Vatican
VE|委内瑞拉|Venezuela
VN|越南|Vietnam,Viet Nam,Socialist Republic of Vietnam,~Vietnamese
YE|也门|Yemen
ZM|赞比亚|Zambia
ZW|津巴布韦|Zimbabwe
HK|香港,中国香港,香港特别行政区,港澳,港澳台|Hong Kong
MO|澳门,中国澳门,澳门特别行政区,港澳,港澳台|Macau,Macao
TW|台湾,台湾地区,中国台湾,港澳台,对台军售|Taiwan,Chinese Taipei
PR|波多黎各|Puerto Rico
GL|格陵兰|Greenland
GU|关岛|Guam
NC|新喀里多尼亚|New Caledonia`;

/**
 * Blocs: `ID|zh names|en names|members` (members space-separated; `@X` includes bloc X).
 */
export const BLOC_DATA = `EU|欧盟,欧洲联盟,欧方|European Union,=EU,=E.U.
ASEAN|东盟,东南亚国家联盟,东南亚|=ASEAN,Association of Southeast Asian Nations,Southeast Asia,South-East Asia
RCEP|区域全面经济伙伴关系协定,=RCEP|Regional Comprehensive Economic Partnership,=RCEP
GCC|海湾合作委员会,海合会,海湾国家|Gulf Cooperation Council,=GCC,Gulf States
BRI|一带一路,共建一带一路国家|Belt and Road,Belt and Road Initiative,=BRI
AFRICA|非洲,非洲国家|Africa,~African
LATAM|拉美,拉丁美洲,南美,南美洲,拉美和加勒比|Latin America,South America,Latin American,=LatAm,Latin America and the Caribbean
MERCOSUR|南方共同市场,南共市|Mercosur,=MERCOSUR,Southern Common Market
EAEU|欧亚经济联盟|Eurasian Economic Union,=EAEU
CPTPP|全面与进步跨太平洋伙伴关系协定,=CPTPP|Comprehensive and Progressive Agreement for Trans-Pacific Partnership,=CPTPP
BRICS|金砖国家|=BRICS
EFTA|欧洲自由贸易联盟|European Free Trade Association,=EFTA`;

export const BLOC_MEMBERS: Record<string, string> = {
  EU: 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE',
  ASEAN: 'BN KH ID LA MY MM PH SG TH VN TL',
  RCEP: '@ASEAN CN JP KR AU NZ',
  GCC: 'SA AE QA KW OM BH',
  BRI:
    'KZ UZ KG TJ TM PK BD LK NP MV MN RU BY UA GE AM AZ TR IR IQ SA AE QA KW OM BH YE EG JO LB SY IL PS ' +
    'ID MY TH VN KH LA MM PH SG BN TL NZ KR HU PL CZ SK SI HR RS BA ME MK AL BG RO GR PT IT LU AT ' +
    'ZA NG KE ET TZ UG RW AO ZM ZW MZ MG SN GH CI CM GA CG CD DZ MA TN LY SD SS DJ SO ER ML NE TD BF GN SL LR BJ TG GM GW MR MW NA BW LS SZ BI KM CV SC ST GQ ' +
    'CL PE EC UY VE BO AR CU CR PA NI SV HN DO JM TT GY SR GD DM AG BB FJ PG WS TO VU SB KI MH FM',
  AFRICA:
    'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW',
  LATAM: 'MX GT BZ SV HN NI CR PA CU DO HT JM BS BB TT GD LC VC KN AG DM CO VE EC PE BO CL AR UY PY BR GY SR PR',
  MERCOSUR: 'AR BR PY UY BO',
  EAEU: 'RU BY KZ KG AM',
  CPTPP: 'AU BN CA CL JP MY MX NZ PE SG VN GB',
  BRICS: 'BR RU IN CN ZA EG ET IR AE ID',
  EFTA: 'CH NO IS LI',
};

/** ISO alpha-2 codes safe to read as countries when they stand alone in upper case. */
export const SAFE_ISO = 'CN JP KR GB VN TH SG RU BR MX ZA AU NZ PH AE PL NL HK TW KE KH KZ CL';

/** Strings that contain a region name but mean something else (region kind, matched and dropped). */
export const REGION_BLOCKERS =
  '内蒙古,海地区,加纳入,加纳税,增加纳,追加纳,参加纳,法国际,英国际,美国际,泰国际,执法国,依法国,立法国,司法国,合法国,' +
  '马里兰,索马里,=EU Exit,非洲猪瘟,African swine fever,=CN code,=CN codes,=CN subheading,CN-code,Indian Ocean,New Mexico,New Jersey,Georgia Tech,Turkey meat,' +
  'American Samoa,Guinea pig,Jordan River,中欧班列,' +
  // Currencies and marketplace chrome: prices in US$ or AU$ and "6 yrs CN" supplier badges name no market.
  'US$,US $,U.S.$,U.S. $,AU$,AU $,NZ$,NZ $,HK$,HK $,MX$,MX $,SG$,SG $,CN¥,CN ¥,' +
  'US dollar,US dollars,U.S. dollar,U.S. dollars,Australian dollar,Australian dollars,Canadian dollar,Canadian dollars,' +
  'New Zealand dollar,New Zealand dollars,Singapore dollar,Singapore dollars,Hong Kong dollar,Hong Kong dollars,' +
  'Mexican peso,Mexican pesos,Japanese yen,Brazilian real,yrs CN,yr CN,Made-in-China.com,Made-in-China';
