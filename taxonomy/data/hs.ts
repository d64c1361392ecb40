/** HS chapter names, one per line in chapter order 01..97: `zh|en` (77 is reserved). */
export const CHAPTER_DATA = `活动物|Live animals
肉及食用杂碎|Meat and edible meat offal
鱼、甲壳动物、软体动物|Fish, crustaceans and molluscs
乳品、蛋品、天然蜂蜜|Dairy produce, eggs, natural honey
其他动物产品|Other products of animal origin
活植物、花卉|Live trees, plants and cut flowers
食用蔬菜|Edible vegetables
食用水果及坚果|Edible fruit and nuts
咖啡、茶及调味香料|Coffee, tea, maté and spices
谷物|Cereals
制粉工业产品|Products of the milling industry
油籽及含油果实|Oil seeds and oleaginous fruits
虫胶、树胶、树脂|Lac, gums, resins
编结用植物材料|Vegetable plaiting materials
动植物油脂|Animal, vegetable or microbial fats and oils
肉、鱼制品|Preparations of meat or fish
糖及糖食|Sugars and sugar confectionery
可可及可可制品|Cocoa and cocoa preparations
谷物粉、淀粉或乳的制品；糕饼点心|Preparations of cereals, flour, starch or milk; pastrycooks' products
蔬菜、水果、坚果制品|Preparations of vegetables, fruit or nuts
杂项食品|Miscellaneous edible preparations
饮料、酒及醋|Beverages, spirits and vinegar
食品工业残渣；配制的动物饲料|Food industry residues; prepared animal fodder
烟草及其制品|Tobacco and manufactured tobacco substitutes
盐；硫磺；泥土及石料；石灰及水泥|Salt; sulphur; earths and stone; lime and cement
矿砂、矿渣及矿灰|Ores, slag and ash
矿物燃料、矿物油|Mineral fuels, mineral oils
无机化学品；稀土金属化合物|Inorganic chemicals; compounds of rare-earth metals
有机化学品|Organic chemicals
药品|Pharmaceutical products
肥料|Fertilisers
鞣料、染料、颜料、涂料|Tanning or dyeing extracts; dyes, pigments, paints
精油及香膏；芳香料制品及化妆盥洗品|Essential oils; perfumery, cosmetic or toilet preparations
肥皂、洗涤剂、润滑剂|Soap, washing and lubricating preparations
蛋白类物质；改性淀粉；胶|Albuminoidal substances; modified starches; glues
炸药；烟火制品|Explosives; pyrotechnic products
照相及电影用品|Photographic or cinematographic goods
杂项化学产品|Miscellaneous chemical products
塑料及其制品|Plastics and articles thereof
橡胶及其制品|Rubber and articles thereof
生皮及皮革|Raw hides and skins and leather
皮革制品；箱包|Articles of leather; handbags and travel goods
毛皮及人造毛皮|Furskins and artificial fur
木及木制品；木炭|Wood and articles of wood; wood charcoal
软木及软木制品|Cork and articles of cork
编结材料制品|Manufactures of straw and plaiting materials
木浆；回收纸|Pulp of wood; recovered paper
纸及纸板|Paper and paperboard
书籍、报纸、印刷品|Printed books, newspapers, pictures
蚕丝|Silk
羊毛、动物毛|Wool, fine or coarse animal hair
棉花|Cotton
其他植物纺织纤维|Other vegetable textile fibres
化学纤维长丝|Man-made filaments
化学纤维短纤|Man-made staple fibres
絮胎、毡呢及无纺织物；线绳|Wadding, felt and nonwovens; twine and cordage
地毯|Carpets and other textile floor coverings
特种机织物|Special woven fabrics
浸渍、涂布或层压的纺织物|Impregnated, coated or laminated textile fabrics
针织物及钩编织物|Knitted or crocheted fabrics
针织或钩编的服装|Apparel, knitted or crocheted
非针织或非钩编的服装|Apparel, not knitted or crocheted
其他纺织制成品|Other made up textile articles
鞋靴|Footwear
帽类|Headgear
雨伞、手杖|Umbrellas, walking sticks
羽毛制品；人造花|Prepared feathers; artificial flowers
石料、石膏、水泥制品|Articles of stone, plaster, cement
陶瓷产品|Ceramic products
玻璃及其制品|Glass and glassware
珠宝、贵金属|Pearls, precious stones and metals; jewellery
钢铁|Iron and steel
钢铁制品|Articles of iron or steel
铜及其制品|Copper and articles thereof
镍及其制品|Nickel and articles thereof
铝及其制品|Aluminium and articles thereof
（保留）|(reserved)
铅及其制品|Lead and articles thereof
锌及其制品|Zinc and articles thereof
锡及其制品|Tin and articles thereof
其他贱金属；金属陶瓷|Other base metals; cermets
贱金属工具、器具|Tools, implements and cutlery of base metal
贱金属杂项制品|Miscellaneous articles of base metal
核反应堆、锅炉、机器、机械器具|Nuclear reactors, boilers, machinery and mechanical appliances
电机、电气设备|Electrical machinery and equipment
铁道车辆|Railway locomotives and rolling stock
车辆及其零件|Vehicles other than railway rolling stock
航空器、航天器|Aircraft, spacecraft
船舶及浮动结构体|Ships, boats and floating structures
光学、计量、医疗仪器|Optical, measuring, medical instruments
钟表|Clocks and watches
乐器|Musical instruments
武器、弹药|Arms and ammunition
家具；寝具；灯具；活动房屋|Furniture; bedding; lamps; prefabricated buildings
玩具、游戏品、运动用品|Toys, games and sports requisites
杂项制品|Miscellaneous manufactured articles
艺术品、收藏品及古物|Works of art, collectors' pieces and antiques`;

/**
 * Highest heading number per chapter (two digits each, chapters 01..97), used to
 * reject 4-digit numbers that cannot be HS headings (e.g. 2024 → chapter 20 stops at 2009).
 */
export const MAX_HEADING =
  '0610091011041414100809140204220504060509060909043021165342060515070707060727261715060421040207231107' +
  '1312110816090511110617171006070304151420182926190816000607071315118749091607083314090706082006';

/**
 * HS headings (4 digits, all chapters 01–97; residual "other …" headings only where a specific
 * name exists) and chapter-level product words (2 digits):
 * `code|zh terms|en terms`; first term is the display name. A term may appear under
 * several codes (e.g. 稀土 → 2805 and 2846). Generic "semiconductors" maps to chips (8542),
 * the usual meaning in trade measures; discrete devices and solar cells have their own words.
 */
export const HEADING_DATA = `0101|活马,马匹,活驴|live horses,live asses
0102|活牛|live cattle,live bovine animals
0103|活猪|live swine,live pigs
0104|活羊,活绵羊,活山羊|live sheep,live goats
0105|活家禽,活鸡|live poultry,live chickens
0106|活动物,宠物活体|live reptiles,live pet animals
02|肉类,肉类产品|meat products,meat and meat products
0201|牛肉|beef,bovine meat
0202|冻牛肉|frozen beef
0203|猪肉|pork,swine meat
0204|羊肉|sheep meat,mutton,lamb meat,lamb,goat meat
0205|马肉,驴肉|horse meat
0206|食用杂碎,猪杂碎,猪副产品|edible offal
0207|禽肉,鸡肉,鸡爪,鸡翅,鸡腿,鸭肉,火鸡肉,禽类杂碎|poultry meat,chicken meat,chicken wings,chicken legs,chicken feet,duck meat,turkey meat,poultry offal
0208|兔肉,蛙腿|rabbit meat,frogs' legs
0209|猪脂肪,肥膘|pig fat
0210|腊肉,火腿,熏肉,咸肉,培根|bacon,smoked meat,cured ham
03|水产品,海产品,水海产品|seafood,aquatic products,fish and seafood
0301|活鱼,鱼苗,观赏鱼,活鳗鱼,活鱼苗,鳗鱼苗|live fish,ornamental fish,live eels
0302|鲜冷鱼,三文鱼,鲜冷金枪鱼,鲜冷三文鱼|fresh fish,salmon,chilled fish
0303|冻鱼,冻带鱼,冻金枪鱼,冻鲭鱼,冻鲱鱼,带鱼,金枪鱼,鲭鱼|frozen fish,frozen tuna,frozen mackerel
0304|鱼片,冻鱼片,罗非鱼片,鱼糜|fish fillets,tilapia fillets,surimi,pollock fillets
0305|干鱼,咸鱼,熏鱼,鱼干|dried fish,salted fish,smoked fish,smoked salmon
0306|虾,白虾,对虾,龙虾,螃蟹,冻虾,小龙虾,虾仁,北极虾,冷水虾,大闸蟹,河蟹,梭子蟹|shrimp,shrimps,prawns,lobsters,crabs,crawfish,crayfish,cold-water shrimp,cold-water prawns
0307|牡蛎,扇贝,鱿鱼,贝类,蛤蜊,章鱼,墨鱼,鲍鱼,冻鱿鱼|oysters,scallops,squid,molluscs,clams,mussels,octopus,cuttlefish,abalone
0308|海胆,海蜇,海参|sea cucumbers,sea urchins,jellyfish
04|乳制品,乳品|dairy products
0401|鲜奶,鲜牛奶,液态奶,牛奶,纯牛奶|fresh milk,liquid milk
0402|奶粉,乳粉|milk powder,powdered milk
0403|酸奶,酸乳|yoghurt,yogurt,buttermilk
0404|乳清制品,乳清,乳清粉|whey,whey powder
0405|黄油,奶油|butter,dairy spreads
0406|奶酪,干酪|cheese
0407|鸡蛋,禽蛋|eggs,birds' eggs
0408|蛋黄,蛋粉|egg yolks,egg powder
0409|蜂蜜|honey,natural honey
0410|燕窝,食用燕窝|edible bird's nests,insects for human consumption
0501|人发|human hair unworked
0502|猪鬃|pigs' bristles,hog bristles
0504|肠衣|sausage casings,animal guts
0505|羽绒,羽毛|down feathers,duck down,goose down
0506|骨粉|bone meal,ossein
0507|象牙|ivory
0508|珊瑚|coral
0510|龙涎香|ambergris
0511|动物精液,胚胎|bovine semen
0601|种球,花卉种球|flower bulbs
0602|活植物,苗木,花卉苗木|live plants,nursery stock,seedlings
0603|鲜切花,鲜花|cut flowers,fresh flowers
0604|观赏植物枝叶|foliage for bouquets
07|蔬菜,鲜蔬菜|vegetables,fresh vegetables
0701|马铃薯|potatoes
0702|番茄,西红柿|tomatoes,tomato
0703|洋葱,大蒜|onions,garlic
0704|花椰菜,西兰花,卷心菜,甘蓝|cauliflower,broccoli,cabbages
0705|生菜,莴苣|lettuce
0706|胡萝卜,萝卜|carrots,turnips
0707|黄瓜|cucumbers,gherkins
0708|鲜豆,菜豆,豆角,豇豆|fresh beans,green beans
0709|蘑菇,鲜蘑菇,芦笋,茄子,芹菜,菠菜,甜椒,鲜香菇,松茸|mushrooms,fresh mushrooms,asparagus,aubergines,eggplants,celery,spinach,sweet peppers,truffles
0710|冷冻蔬菜,速冻蔬菜|frozen vegetables
0711|暂时保藏蔬菜,盐渍蔬菜|provisionally preserved vegetables
0712|脱水蔬菜,干蔬菜,干香菇,干蘑菇,木耳,黑木耳|dried vegetables,dehydrated vegetables,dried mushrooms,dried shiitake
0713|豌豆,干豆,绿豆,扁豆,红豆,蚕豆,鹰嘴豆,芸豆|dried peas,peas,lentils,pulses,dried beans,dry beans,chickpeas,kidney beans,broad beans,mung beans
0714|木薯,红薯,甘薯,山药,魔芋|cassava,manioc,sweet potatoes,taro,yams,konjac
08|水果,鲜水果|fruit,fresh fruit,fruits
0801|椰子,腰果|coconuts,cashew nuts
0802|杏仁,核桃,开心果,榛子,板栗,栗子,松子,夏威夷果,碧根果,腰果仁|almonds,walnuts,pistachios,hazelnuts,chestnuts,pine nuts,macadamia nuts,pecans
0803|香蕉|bananas,plantains
0804|牛油果,鳄梨,芒果,椰枣,菠萝,凤梨,无花果,番石榴|avocados,mangoes,mango,pineapples,dried figs,guavas
0805|柑橘,橙子,柠檬,橘子,柚子,葡萄柚|citrus fruit,oranges,lemons,mandarins,grapefruit,tangerines,limes
0806|葡萄,鲜葡萄,葡萄干,提子|grapes,raisins,sultanas,table grapes
0807|西瓜,甜瓜,哈密瓜,木瓜|watermelons,melons,papayas
0808|苹果,梨,鲜梨,鸭梨,雪梨,香梨,鲜苹果|apples,pears,fresh pears,fresh apples
0809|樱桃,车厘子,李子,桃子,油桃|cherries,peaches,plums,apricots,nectarines
0810|蓝莓,榴莲,火龙果,猕猴桃,草莓,荔枝,龙眼,桂圆|blueberries,durians,pitaya,dragon fruit,kiwifruit,strawberries,lychees,longans,durian
0811|冷冻水果,速冻水果|frozen fruit
0812|暂时保藏水果|provisionally preserved fruit
0813|干果,杏干,西梅,红枣,干枣,柿饼,枸杞,干枸杞,枸杞干果|dried fruit,prunes,dried apricots,dried dates,jujubes,goji berries,dried goji,wolfberries,wolfberry
0814|柑橘皮|citrus peel
0901|咖啡,咖啡豆|coffee,coffee beans
0902|茶叶,绿茶,红茶|tea,green tea,black tea
0903|马黛茶|yerba mate
0904|胡椒,辣椒|pepper,chillies
0905|香草,香子兰|vanilla
0906|肉桂,桂皮|cinnamon
0907|丁香|cloves
0908|肉豆蔻,豆蔻|nutmeg,cardamoms
0909|茴香,八角,孜然|aniseed,star anise,cumin,coriander seeds,fennel seeds
0910|生姜,姜黄,咖喱|ginger,turmeric,curry,thyme
1001|小麦|wheat
1002|黑麦|rye
1003|大麦|barley
1004|燕麦|oats
1005|玉米|maize,corn
1006|大米,稻米,稻谷|rice
1007|高粱|sorghum
1008|荞麦,藜麦,谷子|buckwheat,millet,quinoa
1101|小麦粉,面粉|wheat flour
1102|玉米粉,米粉|maize flour,rice flour
1103|粗粒,粗粉,颗粒饲料|groats,meal and pellets of cereals
1104|燕麦片|rolled oats,oat flakes
1105|马铃薯粉,土豆粉|potato flour,potato flakes
1106|豆粉|flour of dried leguminous vegetables
1107|麦芽|malt
1108|淀粉,玉米淀粉,马铃薯淀粉,木薯淀粉|starch,maize starch,potato starch,cassava starch,tapioca starch
1109|面筋,谷朊粉|wheat gluten
1201|大豆|soybeans,soya beans
1202|花生,花生仁|peanuts,groundnuts
1203|椰子干|copra
1204|亚麻籽|linseed,flaxseed
1205|油菜籽|rapeseed,canola seed,canola
1206|葵花籽,瓜子|sunflower seeds
1207|芝麻,棉籽,南瓜子|sesame seeds,cotton seeds,cottonseed,pumpkin seeds
1208|大豆粉|soya bean flour
1209|种子,蔬菜种子,草籽|seeds for sowing,vegetable seeds,grass seeds
1210|啤酒花|hop cones,hops
1211|人参,中药材,药材,甘草|ginseng,medicinal herbs,herbal materials,liquorice root,licorice root
1212|海带,紫菜,海藻,甜菜,甘蔗|seaweeds,seaweed,kelp,sugar beet,sugar cane,locust beans
1213|秸秆|cereal straw
1214|苜蓿,干草,牧草|alfalfa,hay,lucerne
1301|虫胶,阿拉伯胶,天然树胶|shellac,gum arabic,natural gums
1302|植物提取物,果胶,琼脂,卡拉胶|plant extracts,pectin,agar-agar,carrageenan
1401|竹子,藤条|bamboo,rattan
1404|棉短绒|cotton linters
15|植物油,食用油|vegetable oils,edible oils
1501|猪油|lard
1502|牛油,牛脂|tallow,beef tallow
1503|猪油硬脂|lard stearin
1504|鱼油|fish oil,fish oils
1505|羊毛脂|wool grease,lanolin
1506|其他动物油脂|other animal fats
1507|豆油,大豆油|soybean oil,soya-bean oil
1508|花生油|groundnut oil,peanut oil
1509|橄榄油,初榨橄榄油|olive oil,extra virgin olive oil
1510|橄榄果渣油|olive pomace oil
1511|棕榈油|palm oil
1512|葵花籽油|sunflower oil
1513|椰子油,棕榈仁油|coconut oil,palm kernel oil
1514|菜籽油,油菜籽油|rapeseed oil,canola oil
1515|芝麻油,玉米油,亚麻籽油,蓖麻油|sesame oil,corn oil,linseed oil,castor oil
1516|氢化油,氢化植物油|hydrogenated oils,hydrogenated vegetable oils
1517|人造黄油,起酥油|margarine,shortening
1518|化学改性的动、植物或微生物油、脂,化学改性油脂|chemically modified oils,chemically modified animal, vegetable or microbial oils
1520|甘油,粗甘油|glycerol,crude glycerol,glycerine
1521|蜂蜡,植物蜡|beeswax,vegetable waxes
1522|油脚|degras
1601|香肠|sausages
1602|肉罐头,午餐肉,禽肉罐头,鸡肉罐头,火腿罐头|canned meat,luncheon meat,prepared meat,canned chicken
1603|肉汁,鱼汁|meat extracts
1604|鱼罐头,金枪鱼罐头,鱼子酱,烤鳗,烤鳗鱼,蒲烧鳗|prepared fish,canned fish,canned tuna,caviar,roasted eel,prepared eel,roasted eel,kabayaki
1605|虾仁罐头,小龙虾仁,甲壳动物制品|prepared shrimp,prepared crustaceans,canned crab
1701|食糖,蔗糖,原糖,白糖,白砂糖,砂糖|sugar,cane sugar,raw sugar,white sugar,refined sugar
1702|乳糖,葡萄糖,果糖,麦芽糖,葡萄糖浆|lactose,glucose,fructose,glucose syrup,maple syrup
1703|糖蜜|molasses
1704|糖果,口香糖,软糖|sugar confectionery,candy,candies,chewing gum
1801|可可豆,可可|cocoa beans,cocoa
1802|可可壳|cocoa shells
1803|可可膏,可可液块|cocoa paste,cocoa liquor
1804|可可脂|cocoa butter
1805|可可粉|cocoa powder
1806|巧克力|chocolate
1901|婴幼儿配方奶粉,配方奶粉,婴儿食品,辅食|infant formula,baby food
1902|面条,挂面,方便面,意大利面,饺子,粉丝,粉条,米线|pasta,noodles,instant noodles,spaghetti,dumplings,rice noodles,vermicelli
1903|西米|tapioca
1904|谷物早餐,麦片,膨化食品|breakfast cereals,cornflakes,muesli
1905|饼干,面包,糕点,蛋糕,月饼,面包糕点|biscuits,bread,pastry,cakes,mooncakes
2001|醋渍蔬菜,泡菜|pickled vegetables,pickles
2002|番茄酱,番茄罐头,番茄制品|tomato paste,canned tomatoes,tomato puree
2003|蘑菇罐头,香菇罐头|canned mushrooms,preserved mushrooms
2004|冷冻薯条,速冻薯条|frozen french fries,frozen potatoes
2005|蔬菜罐头,甜玉米罐头,竹笋罐头|canned vegetables,preserved vegetables,sweet corn
2006|蜜饯,果脯|candied fruit
2007|果酱|jams,fruit jellies,marmalades,fruit puree
2008|水果罐头,坚果制品,花生酱,黄桃罐头,橘子罐头|canned fruit,preserved fruit,peanut butter,canned peaches,canned mandarin oranges
2009|果汁,橙汁,浓缩果汁|fruit juice,fruit juices,orange juice,juice concentrate
2101|速溶咖啡,咖啡提取物,茶提取物|instant coffee,coffee extracts,tea extracts
2102|酵母,干酵母|yeast,yeasts,baking powder
2103|酱油,调味酱,番茄沙司,芥末,调味料|soy sauce,sauces,ketchup,mustard,condiments,seasonings
2104|汤料,浓汤|soups,broths
2105|冰淇淋,冰激凌|ice cream
2106|蛋白粉,膳食补充剂,保健食品,豆腐|protein concentrates,food supplements,dietary supplements,tofu
2201|矿泉水,瓶装水|mineral water,bottled water
2202|饮料,软饮料|soft drinks,non-alcoholic beverages
2203|啤酒|beer
2204|葡萄酒|wine,wines
2205|苦艾酒,味美思|vermouth
2206|黄酒,米酒,苹果酒,清酒|cider,sake,rice wine
2207|乙醇,燃料乙醇,酒精|ethyl alcohol,ethanol,fuel ethanol,denatured alcohol
2208|白兰地,威士忌,烈酒,白酒,伏特加,朗姆酒,金酒|brandy,whisky,whiskey,distilled spirits,spirits,vodka
2209|食醋|vinegar
2301|鱼粉|fish meal
2302|麸皮,米糠|bran
2303|酒糟,玉米酒糟,甜菜渣|distillers' dried grains,=DDGS,beet pulp
2304|豆粕|soybean meal
2305|花生粕|groundnut oilcake
2306|油渣饼,菜籽粕,棉籽粕,葵花粕|oil cake,oil cakes,oilcake,rapeseed meal,cottonseed meal,sunflower meal
2307|酒泥|wine lees
2308|橡子|acorns
2309|饲料,宠物食品|animal feed,pet food
2401|烟叶,烟草|tobacco,unmanufactured tobacco,tobacco leaf
2402|卷烟,雪茄|cigarettes,cigars
2403|烟丝,电子烟|smoking tobacco,e-cigarettes
2404|电子烟烟弹,加热烟草|heated tobacco products,vape liquids
2501|食盐,工业盐,海盐|salt,sea salt,industrial salt
2502|硫铁矿|iron pyrites
2503|硫磺|sulphur,sulfur
2504|天然石墨|natural graphite
2505|石英砂,天然砂|natural sands,silica sand
2506|石英,石英岩|quartz,quartzite
2507|高岭土|kaolin,china clay
2508|膨润土,粘土|bentonite,clays
2509|白垩|chalk
2510|磷矿石,磷矿|phosphate rock,natural calcium phosphates
2511|重晶石|barite,barytes
2512|硅藻土|diatomaceous earth
2513|浮石,刚玉|pumice
2514|板岩|roofing slate
2515|大理石|marble
2516|花岗岩|granite,sandstone
2517|碎石,砾石|gravel,crushed stone
2518|白云石|dolomite
2519|菱镁矿,氧化镁|magnesite,magnesia
2520|石膏|gypsum
2521|石灰石|limestone
2522|石灰,生石灰|quicklime,slaked lime
2523|水泥|cement
2524|石棉|asbestos
2525|云母|mica
2526|滑石|talc,steatite
2528|天然硼酸盐|natural borates
2529|长石|fluorspar,fluorite,feldspar,leucite
2530|锂矿,锂辉石|spodumene,lithium ore,vermiculite
2601|铁矿砂,铁矿石|iron ore
2602|锰矿,锰矿砂|manganese ore,manganese ores
2603|铜矿砂,铜精矿|copper ore,copper concentrates
2604|镍矿|nickel ore
2605|钴矿|cobalt ores
2606|铝土矿,铝矿砂|bauxite,aluminium ore
2607|铅矿|lead ores
2608|锌矿|zinc ores
2609|锡矿|tin ores
2610|铬矿|chromium ores,chrome ore
2611|钨矿,钨精矿|tungsten ores,tungsten concentrates
2612|铀矿|uranium ores
2613|钼矿,钼精矿|molybdenum ores,molybdenum concentrates
2614|钛矿|titanium ores,ilmenite
2615|锆矿,锆英砂,铌钽矿|zirconium ores,zircon sand,niobium ores,tantalum ores
2616|贵金属矿砂,金矿,银矿|precious metal ores,gold ore,silver ore
2617|锑矿,锑精矿|antimony ores
2618|粒化炉渣,水渣|granulated slag
2619|钢渣|steel slag,dross
2620|含金属灰渣|metal-bearing ash
2621|海藻灰,城市垃圾焚烧灰|municipal waste ash
2701|煤炭,动力煤,焦煤,无烟煤|coal,thermal coal,coking coal
2702|褐煤|lignite
2703|泥炭|peat
2704|焦炭|coke
2706|煤焦油|coal tar
2707|粗苯,焦化苯|coal tar oils,crude benzol
2708|沥青焦|pitch coke
2709|原油|crude oil,crude petroleum
2710|成品油,柴油,汽油,燃料油,石脑油,航空煤油|refined oil,refined oil products,diesel,gasoline,fuel oil,naphtha,jet fuel,petroleum oils,petroleum products
2711|液化天然气,天然气,液化石油气|liquefied natural gas,natural gas,=LNG,=LPG
2712|石蜡,凡士林|paraffin wax,petroleum jelly
2713|石油焦,石油沥青|petroleum coke,bitumen,petroleum bitumen
2714|天然沥青,油页岩|natural bitumen,oil shale,tar sands
2715|沥青混合物,沥青|bituminous mixtures,asphalt
2801|氯气,液氯|chlorine,iodine,fluorine
2802|升华硫|sublimed sulphur
2803|炭黑|carbon black
2804|多晶硅,工业硅,氢气,金属硅,氩气,氦气,黄磷|polysilicon,silicon metal,hydrogen,argon,helium,neon,yellow phosphorus,selenium
2805|稀土金属,稀土,中重稀土,金属钠,金属锂,金属钙|rare earth metals,rare-earth metals,rare earths,rare earth,sodium metal,lithium metal
2806|盐酸|hydrochloric acid
2807|硫酸|sulphuric acid,sulfuric acid
2808|硝酸|nitric acid
2809|磷酸,五氧化二磷|phosphoric acid,phosphorus pentoxide
2810|硼酸|boric acid
2811|氢氟酸,无机酸|hydrofluoric acid,hydrogen fluoride,inorganic acids
2812|三氯化磷|phosphorus trichloride
2813|二硫化碳|carbon disulphide
2814|液氨,合成氨,氨水|ammonia,anhydrous ammonia
2815|烧碱,氢氧化钠,氢氧化钾|caustic soda,sodium hydroxide,potassium hydroxide
2816|氢氧化镁|magnesium hydroxide
2817|氧化锌|zinc oxide
2818|氧化铝,人造刚玉,棕刚玉,白刚玉|alumina,aluminium oxide,artificial corundum,fused alumina
2819|氧化铬,三氧化铬|chromium oxides,chromium trioxide
2820|二氧化锰,电解二氧化锰|manganese dioxide,electrolytic manganese dioxide
2821|氧化铁,铁红|iron oxides
2822|氧化钴,四氧化三钴|cobalt oxides
2823|钛白粉,二氧化钛|titanium dioxide,titanium oxides
2824|氧化铅|lead oxides
2825|氧化锗,二氧化锗,氧化镓,氢氧化锂,五氧化二钒,氧化铪,二氧化铪|germanium oxide,germanium dioxide,gallium oxide,lithium hydroxide,vanadium pentoxide,hafnium oxide,hafnium dioxide
2826|氟化物,氟化铝,六氟磷酸锂,冰晶石|fluorides,aluminium fluoride,cryolite,lithium hexafluorophosphate
2827|氯化钙,氯化铵,氯化钾|calcium chloride,ammonium chloride
2828|次氯酸钠,次氯酸钙|sodium hypochlorite,calcium hypochlorite
2829|氯酸钠,高氯酸盐|sodium chlorate,perchlorates
2830|硫化钠|sodium sulphide
2831|保险粉,连二亚硫酸钠|sodium dithionite
2832|亚硫酸钠,焦亚硫酸钠|sodium sulphite,sodium metabisulphite
2833|硫酸盐,硫酸钠,硫酸铝,硫酸镍,硫酸钴,硫酸锰,元明粉,硫酸镁|sodium sulphate,aluminium sulphate,nickel sulphate,cobalt sulphate,manganese sulphate,magnesium sulphate,magnesium sulfate
2834|硝酸钾,亚硝酸钠|potassium nitrate,sodium nitrite
2835|磷酸盐,三聚磷酸钠,磷酸氢钙,饲料级磷酸氢钙,磷酸铁|sodium tripolyphosphate,dicalcium phosphate,phosphates,iron phosphate
2836|碳酸锂,纯碱,碳酸钠,碳酸钙,碳酸钾,小苏打,碳酸锶,碳酸钡|lithium carbonate,soda ash,sodium carbonate,calcium carbonate,potassium carbonate,sodium bicarbonate,strontium carbonate,barium carbonate
2837|氰化钠,氰化物|sodium cyanide,cyanides
2839|硅酸钠,泡花碱|sodium silicate,water glass
2840|硼砂|borax
2841|高锰酸钾,钨酸铵,仲钨酸铵,钼酸铵|potassium permanganate,ammonium paratungstate,ammonium molybdate
2842|磷酸铁锂,钴酸锂,锰酸锂|lithium iron phosphate,lithium cobalt oxide,lithium manganese oxide
2843|贵金属化合物,硝酸银|silver nitrate,precious metal compounds
2844|浓缩铀,天然铀,放射性元素|uranium,enriched uranium,radioactive elements
2845|同位素,重水|isotopes,heavy water
2846|稀土化合物,稀土氧化物,稀土,中重稀土|rare earth compounds,rare-earth oxides,rare earth oxides,rare earths,rare earth
2847|过氧化氢,双氧水|hydrogen peroxide
2849|碳化硅,碳化钨,碳化钙,电石|silicon carbide,tungsten carbide,calcium carbide
2850|氮化镓,氮化硅|gallium nitride,silicon nitride
2852|汞化合物|mercury compounds
2853|磷化物|phosphides
2901|乙烷,乙烯,丙烯,丁二烯,异丁烯|ethane,ethylene,propylene,butadiene
2902|苯,甲苯,二甲苯,苯乙烯,乙苯,对二甲苯,纯苯|benzene,toluene,xylenes,styrene,ethylbenzene,paraxylene,=PX
2903|二氯甲烷,三氯甲烷,氯乙烯,氯仿,四氯乙烯,制冷剂,氢氟碳化物,消耗臭氧层物质|dichloromethane,chloroform,vinyl chloride,tetrachloroethylene,hydrofluorocarbons,=HFC,=HFCs,refrigerants,=R134a,ozone-depleting substances,ozone depleting substances
2904|硝基苯|nitrobenzene
2905|甲醇,乙二醇,丁醇,辛醇,丙二醇,山梨醇,甘露醇,木糖醇,赤藓糖醇|methanol,ethylene glycol,butanol,octanol,propylene glycol,sorbitol,mannitol,xylitol,erythritol
2906|薄荷醇|menthol
2907|苯酚,双酚A,间甲酚,甲酚|phenol,bisphenol A,cresols,m-cresol
2909|乙醚,甲基叔丁基醚|=MTBE,methyl tert-butyl ether
2910|环氧乙烷,环氧丙烷,环氧氯丙烷|ethylene oxide,propylene oxide,epichlorohydrin
2912|甲醛,乙醛,香兰素|formaldehyde,acetaldehyde,vanillin
2914|丙酮,丁酮|acetone,methyl ethyl ketone
2915|丙酸,乙酸,醋酸,醋酸乙酯,乙酸乙酯|propionic acid,acetic acid,ethyl acetate,vinyl acetate
2916|丙烯酸,丙烯酸酯,甲基丙烯酸甲酯,布洛芬|acrylic acid,acrylates,methyl methacrylate,=MMA,ibuprofen
2917|对苯二甲酸,精对苯二甲酸,己二酸,苯酐,草酸|terephthalic acid,=PTA,adipic acid,phthalic anhydride,oxalic acid
2918|柠檬酸,水杨酸,乳酸,葡萄糖酸钠,乙醛酸,酒石酸|citric acid,salicylic acid,lactic acid,sodium gluconate,glyoxylic acid,tartaric acid
2919|磷酸酯|phosphoric esters
2920|亚磷酸酯|phosphite esters
2921|苯胺,对苯二胺,己二胺|aniline,hexamethylenediamine,p-phenylenediamine
2922|赖氨酸,谷氨酸钠,味精,氨基酸,乙醇胺,甘氨酸|lysine,monosodium glutamate,=MSG,amino acids,ethanolamines,glycine
2923|胆碱,卵磷脂|choline chloride,lecithin
2924|对乙酰氨基酚,扑热息痛|paracetamol,acetaminophen,aspartame
2925|糖精|saccharin
2926|丙烯腈|acrylonitrile
2929|异氰酸酯,甲苯二异氰酸酯,二苯基甲烷二异氰酸酯|isocyanates,=TDI,=MDI
2930|蛋氨酸,甲硫氨酸|methionine
2931|草甘膦|glyphosate
2932|呋喃,三氯蔗糖,糠醛|sucralose,furfural
2933|三聚氰胺,己内酰胺,三氯异氰尿酸|melamine,caprolactam,trichloroisocyanuric acid
2935|磺胺|sulphonamides,sulfonamides
2936|维生素,维生素C,维生素E|vitamins,vitamin C,vitamin E
2937|激素|hormones
2938|甜菊糖苷|steviol glycosides
2939|咖啡因,麻黄碱,生物碱|caffeine,ephedrine,alkaloids
2940|木糖|xylose
2941|抗生素,青霉素,阿莫西林|antibiotics,penicillin,amoxicillin
3002|疫苗,血液制品,血浆|vaccines,blood products,blood plasma
3003|药品原料,散装药品|unmeasured medicaments
3004|药品,抗癌药,抗癌药品,医药,中成药,胰岛素|medicaments,medicines,pharmaceuticals,insulin
3005|医用敷料,纱布,绷带,创可贴|wound dressings,bandages,gauze
3006|医用耗材,手术缝合线|sterile surgical sutures
31|化肥,肥料|fertilizers,fertilisers
3101|有机肥|organic fertilisers,organic fertilizers
3102|尿素,氮肥,硫酸铵|urea,nitrogenous fertilisers,ammonium sulphate,ammonium sulfate
3103|磷肥,过磷酸钙|phosphate fertilisers,superphosphates
3104|钾肥|potash,potassic fertilisers
3105|复合肥,磷酸二铵,磷酸氢二铵,磷酸一铵,磷酸氢二铵肥料|compound fertilizers,diammonium phosphate,monoammonium phosphate
3201|鞣料浸膏|tanning extracts
3202|鞣剂|tanning substances
3203|天然色素|colouring matter of vegetable origin
3204|染料,活性染料,分散染料,荧光增白剂|dyes,reactive dyes,disperse dyes,optical brighteners
3205|色淀|colour lakes
3206|颜料,氧化铁颜料|pigments,inorganic pigments
3207|釉料,玻璃料|glazes,glass frit
3208|油漆,涂料|paints,varnishes
3209|水性涂料|water-based paints
3210|其他油漆|other paints
3212|烫印箔|stamping foils
3213|颜料盒|artists' colours
3214|腻子,密封胶|putty,mastics,sealants
3215|油墨,印刷油墨|printing ink,inks
3301|精油,香精油|essential oils
3302|香精,食用香精|flavourings,food flavourings,odoriferous mixtures
3303|香水|perfumes,eau de toilette
3304|化妆品,护肤品|cosmetics,make-up preparations,skin care products
3305|洗发水,护发素|shampoos,hair care products
3306|牙膏|toothpaste,dental floss
3307|剃须膏,除臭剂,香薰|shaving preparations,deodorants
3401|肥皂|soap
3402|洗涤剂,洗衣粉,洗衣液,清洁剂,表面活性剂|detergents,surfactants,washing powder,laundry detergent
3403|润滑剂,润滑油|lubricants,lubricating oil
3404|人造蜡|artificial waxes
3405|鞋油,抛光剂|shoe polish,floor polish
3406|蜡烛|candles
3407|橡皮泥,牙科蜡|modelling pastes
3501|酪蛋白|casein
3502|白蛋白|albumins
3503|明胶|gelatin
3504|蛋白胨|peptones
3505|改性淀粉,糊精|modified starches,dextrins
3506|胶粘剂,胶水,粘合剂|adhesives,glues
3507|酶制剂|enzymes
3601|火药|propellent powders
3602|炸药|explosives
3603|雷管,导火索|detonators,safety fuses
3604|烟花,爆竹,鞭炮,烟花爆竹|fireworks,firecrackers
3605|火柴|safety matches
3606|打火机燃料,固体酒精|lighter fuel,ferro-cerium
3701|感光板|photographic plates
3702|胶卷|photographic film
3707|感光乳液,光刻胶|photographic chemicals,photoresists,photoresist
3801|人造石墨|artificial graphite,synthetic graphite
3802|活性炭|activated carbon,activated charcoal
3803|妥尔油|tall oil
3804|木素磺酸盐|lignin sulphonates
3805|松节油|turpentine
3806|松香|rosin
3807|木焦油|wood tar
3808|农药,杀虫剂,除草剂|pesticides,insecticides,herbicides
3809|纺织助剂|finishing agents
3810|焊剂,助焊剂|soldering fluxes
3811|抗爆剂,润滑油添加剂|anti-knock preparations,lubricant additives
3812|橡胶助剂,增塑剂,抗氧剂|rubber accelerators,plasticisers,plasticizers,antioxidants for rubber
3813|灭火剂,泡沫灭火剂,灭火泡沫|fire-extinguishing preparations,firefighting foams,fire-fighting foams,fire extinguishing foams
3814|稀释剂|thinners
3815|工业催化剂,尾气催化剂|industrial catalysts,chemical catalysts
3816|耐火泥|refractory cements
3817|烷基苯|alkylbenzenes
3818|硅片,晶圆|silicon wafers,wafers
3819|刹车油,制动液|brake fluids
3820|防冻液|antifreeze
3821|培养基|culture media
3822|诊断试剂,检测试剂,试剂盒|diagnostic reagents,test kits,reagents
3823|硬脂酸,工业脂肪酸|stearic acid,fatty acids
3824|减水剂,混凝土外加剂|concrete admixtures
3826|生物柴油|biodiesel
3827|含卤化物混合物|halogenated mixtures
39|塑料,塑料制品|plastics,plastic products
3901|聚乙烯|polyethylene
3902|聚丙烯|polypropylene
3903|聚苯乙烯|polystyrene
3904|聚氯乙烯|polyvinyl chloride,=PVC
3905|聚乙烯醇,醋酸乙烯聚合物|polyvinyl alcohol,=PVA
3906|丙烯酸树脂,聚甲基丙烯酸甲酯,亚克力|acrylic polymers,acrylic resins,=PMMA
3907|共聚甲醛,聚甲醛,聚碳酸酯,环氧树脂,聚酯切片,聚对苯二甲酸乙二醇酯|polyacetal,polyoxymethylene,=POM,polycarbonate,epoxy resins,PET resin,polyethylene terephthalate
3908|尼龙切片,聚酰胺|polyamides,nylon chips
3909|氨基树脂,酚醛树脂,聚氨酯|amino resins,phenolic resins,polyurethanes
3910|硅橡胶,有机硅,硅油|silicones,silicone oil
3911|石油树脂,聚苯硫醚|petroleum resins,polyphenylene sulphide,polyphenylene sulfide
3912|纤维素,硝化纤维素,醋酸纤维|cellulose acetate,carboxymethyl cellulose
3913|黄原胶,海藻酸钠|xanthan gum,alginates
3914|离子交换树脂|ion-exchangers
3915|废塑料|plastic waste,plastic scrap
3916|塑料单丝,塑料型材|plastic monofilament,plastic profiles
3917|塑料管|plastic pipes,plastic tubes
3918|塑料地板,PVC地板,塑胶地板|vinyl flooring,plastic floor coverings,=SPC flooring
3919|胶带,胶粘带,不干胶|adhesive tapes,self-adhesive labels
3920|塑料薄膜|plastic film,plastic sheets
3921|泡沫塑料板|foam sheets
3922|浴缸,塑料马桶座|plastic baths,plastic shower trays
3923|塑料袋,塑料包装|plastic bags,plastic packaging
3924|塑料餐具,塑料厨具|plastic tableware,plastic kitchenware
3925|塑料门窗|plastic doors,plastic windows
3926|塑料配件,塑料衣架|plastic fittings,plastic hangers
4001|天然橡胶|natural rubber
4002|合成橡胶,丁基橡胶,卤化丁基橡胶,丁苯橡胶,三元乙丙橡胶,乙丙橡胶|synthetic rubber,butyl rubber,halogenated butyl rubber,=EPDM,ethylene propylene rubber
4003|再生橡胶|reclaimed rubber
4004|废橡胶|rubber waste
4005|混炼胶|compounded rubber
4006|橡胶型材|rubber profiles
4007|橡胶线|rubber thread
4008|橡胶板|rubber sheets
4009|橡胶管,胶管|rubber hoses,rubber tubes
4010|输送带,传动带|conveyor belts,transmission belts
4011|轮胎,汽车轮胎|tyres,tires,pneumatic tyres
4012|翻新轮胎,旧轮胎|retreaded tyres,used tyres
4013|内胎|inner tubes
4014|避孕套,奶嘴|condoms,teats
4015|橡胶手套,一次性手套,丁腈手套,乳胶手套,检查手套|rubber gloves,disposable gloves,nitrile gloves,latex gloves,examination gloves,medical gloves
4016|橡胶制品,橡胶密封件|rubber seals,rubber gaskets,rubber articles
4017|硬质橡胶|hard rubber
4101|生牛皮|raw hides,raw bovine hides
4102|生羊皮|raw sheepskins
4103|其他生皮|other raw hides
4104|蓝湿皮,牛皮革|wet blue,tanned hides
4105|羊皮革|sheep leather
4106|猪皮革|pig leather
4107|成品革,牛皮|finished leather
4112|羊皮|sheepskin leather
4113|其他皮革|other leather
4114|漆皮,油鞣皮|patent leather,chamois leather
4115|再生皮革|composition leather
4201|鞍具,宠物牵引绳|saddlery,dog leashes
4202|箱包,手提包,旅行箱,皮包,行李箱,背包,钱包,拉杆箱|handbags,luggage,suitcases,travel goods,backpacks,wallets,purses,trolley cases
4203|皮衣,皮手套,皮带|leather clothing,leather gloves,leather belts
4205|皮革制品|other articles of leather
4206|肠线|catgut
4301|生毛皮|raw furskins
4302|毛皮|tanned furskins
4303|毛皮服装|fur garments,fur clothing
4304|人造毛皮|artificial fur,faux fur
44|木材,木制品|timber,wood products,articles of wood
4401|木屑颗粒,木片,生物质颗粒,薪柴|wood pellets,wood chips,fuel wood
4402|木炭,竹炭|wood charcoal,charcoal
4403|原木|logs,rough wood
4404|竹签,木签|hoopwood,wooden skewers
4405|木丝|wood wool
4406|枕木|railway sleepers
4407|锯材|sawn wood,sawnwood,lumber
4408|单板,饰面单板|veneer sheets,veneers
4409|木地板条,木线条|wood mouldings
4410|刨花板|particle board,particleboard,=OSB
4411|纤维板,中密度纤维板,密度板|fibreboard,fiberboard,=MDF
4412|胶合板|plywood
4413|强化木|densified wood
4414|木相框|wooden frames
4415|木托盘,托盘|wooden pallets,pallets
4416|木桶|wooden casks
4417|木工具|wooden tools
4418|木门,木地板,实木复合地板,竹地板|wooden doors,wood flooring,engineered wood flooring,bamboo flooring
4419|木餐具,筷子,竹筷|wooden tableware,chopsticks
4420|木制工艺品|wooden ornaments
4421|木衣架|wooden hangers
4501|天然软木|natural cork
4502|软木块|cork blocks
4503|软木塞|cork stoppers
4504|软木制品|agglomerated cork
4601|编结材料|plaiting materials
4602|藤编,竹编,柳编,草编制品|basketwork,wickerwork,rattan furniture
4701|机械木浆|mechanical wood pulp
4702|溶解浆|dissolving pulp
4703|木浆,纸浆|wood pulp
4704|亚硫酸盐木浆|sulphite wood pulp
4705|化学机械木浆|semi-chemical pulp
4706|竹浆,棉浆|bamboo pulp
4707|废纸,回收纸|waste paper,recovered paper
4801|新闻纸|newsprint
4802|书写纸,印刷纸,复印纸|writing paper,printing paper,copy paper
4803|生活用纸原纸|tissue base paper
4804|牛皮纸,箱板纸|kraft paper,kraftliner,kraft linerboard
4805|瓦楞原纸|fluting paper,corrugating medium
4806|羊皮纸,防油纸|greaseproof paper,glassine
4807|复合纸|composite paper
4808|瓦楞纸|corrugated paper
4809|复写纸|carbon paper
4810|铜版纸,涂布纸|coated paper
4811|涂塑纸,不干胶纸|coated paperboard
4812|滤纸|filter paper
4813|卷烟纸|cigarette paper
4814|墙纸,壁纸|wallpaper
4816|转印纸|transfer paper
4817|信封|paper envelopes
4818|卫生纸,纸巾,面巾纸,餐巾纸,厨房纸|toilet paper,tissue paper,paper towels,paper napkins,facial tissues
4819|纸箱,纸盒|cartons,paper boxes
4820|记事本,练习本|exercise books,paper notebooks
4821|纸标签|paper labels
4822|纸管|paper tubes
4823|纸杯,纸盘,纸吸管|paper cups,paper plates,paper straws
4901|图书,书籍|printed books
4903|儿童图画书|children's picture books
4907|邮票,钞票|postage stamps,banknotes
4908|转印贴花|decalcomanias
4909|明信片,贺卡|postcards,greeting cards
4911|印刷品|printed matter
5001|蚕茧|silkworm cocoons
5002|生丝,桑蚕丝|raw silk
5003|废丝|silk waste
5004|丝线|silk yarn
5007|丝绸,真丝,丝织物,真丝面料|silk fabrics,woven silk,silk
5101|羊毛|wool
5102|动物细毛,羊绒,山羊绒|cashmere,fine animal hair
5103|废毛|wool waste
5104|再生羊毛|garnetted wool
5105|毛条|wool tops
5106|粗梳毛纱|carded wool yarn
5107|精梳毛纱|combed wool yarn
5108|羊绒纱|yarn of fine animal hair,cashmere yarn
5109|毛纱,毛线|wool yarn,knitting wool
5110|马毛纱|yarn of horsehair
5111|粗纺毛织物|woven fabrics of carded wool
5112|精纺毛织物,毛料|woven fabrics of combed wool,worsted fabrics
5113|马毛织物|woven fabrics of horsehair
5201|棉花|cotton,raw cotton
5202|废棉|cotton waste
5203|精梳棉|carded cotton,combed cotton
5204|棉缝纫线|cotton sewing thread
5205|棉纱|cotton yarn
5206|混纺棉纱|blended cotton yarn
5207|零售棉纱|cotton yarn for retail sale
5208|棉布,棉织物|cotton fabrics
5209|重磅棉布,牛仔布|denim,heavy cotton fabrics
5210|涤棉布|poly-cotton fabrics
5211|混纺棉布|blended cotton fabrics
5212|其他棉织物|other woven cotton fabrics
5301|亚麻,亚麻纤维|flax fibre
5302|大麻纤维|true hemp
5303|黄麻|jute
5305|剑麻,苎麻|sisal,ramie,abaca
5306|亚麻纱|flax yarn,linen yarn
5307|黄麻纱|jute yarn
5308|苎麻纱|ramie yarn
5309|亚麻布,亚麻织物|linen fabrics,woven fabrics of flax
5310|黄麻布,麻袋布|jute fabrics,hessian
5311|苎麻布|ramie fabrics
5401|化纤缝纫线|synthetic sewing thread
5402|涤纶长丝,锦纶长丝,尼龙长丝,涤纶丝,氨纶|polyester filament yarn,nylon filament yarn,polyester yarn,=POY,=DTY,=FDY,spandex,elastane
5403|人造丝,粘胶长丝|viscose filament yarn,rayon filament
5404|单丝|synthetic monofilament
5405|人造单丝|artificial monofilament
5406|零售化纤长丝|man-made filament yarn for retail sale
5407|涤纶布,尼龙布,化纤面料,涤纶织物|polyester fabrics,nylon fabrics,woven synthetic fabrics
5408|粘胶长丝织物|viscose filament fabrics
5501|合成纤维丝束|synthetic filament tow
5502|人造纤维丝束|artificial filament tow
5503|涤纶短纤,锦纶短纤,腈纶短纤|polyester staple fibres,polyester staple fibre,=PSF,acrylic staple fibres
5504|粘胶短纤,粘胶纤维|viscose staple fibre,viscose staple fibres,viscose rayon
5505|化纤废料|waste of man-made fibres
5506|已梳合成短纤|carded synthetic staple fibres
5508|化纤短纤缝纫线|sewing thread of man-made staple fibres
5509|涤纶纱,腈纶纱|polyester spun yarn,acrylic yarn
5510|粘胶纱,人造棉纱|viscose yarn,rayon yarn
5511|零售化纤纱|man-made staple yarn for retail sale
5512|涤纶短纤织物|woven fabrics of synthetic staple fibres
5513|涤棉混纺布|polyester-cotton fabrics
5514|重磅涤棉布|heavy polyester-cotton fabrics
5515|其他合成纤维织物|other woven synthetic fabrics
5516|粘胶布,人造棉布|viscose fabrics,rayon fabrics
5601|絮胎,卫生棉条|wadding,tampons
5602|毡呢,毛毡|needle felt
5603|无纺布|nonwovens,non-woven fabrics
5604|包覆橡胶线|rubber thread covered with textile
5605|金银线|metallised yarn
5606|雪尼尔纱|chenille yarn
5607|绳索,缆绳,渔网线|ropes,cordage,twine
5608|渔网,网具|fishing nets,knotted netting
5609|绳制品|articles of twine
5701|手工地毯,手工打结地毯|hand-knotted carpets
5702|机织地毯|woven carpets
5703|簇绒地毯,人造草坪|tufted carpets,artificial turf,artificial grass
5704|毡地毯|felt carpets
5705|地垫,门垫|floor mats,rugs
5801|灯芯绒,丝绒|corduroy,velvet
5802|毛巾布|terry towelling fabrics
5803|纱罗|gauze fabrics
5804|蕾丝,网眼布|lace,tulle
5805|挂毯|tapestries
5806|织带,狭幅织物|narrow woven fabrics,webbing
5807|织唛|woven labels
5808|编带|braids in the piece
5809|金属线织物|woven fabrics of metal thread
5810|刺绣,绣花|embroidery
5811|绗缝织物|quilted textile products
5901|书籍装订布|bookbinding cloth
5902|帘子布,轮胎帘子布|tyre cord fabric
5903|涂层布,PVC涂层布|coated fabrics,PVC coated fabrics
5904|油毡,地板布|linoleum
5905|墙布|textile wall coverings
5906|橡胶布|rubberised fabrics
5907|涂布织物|impregnated fabrics
5908|灯芯|textile wicks
5909|消防水带|textile hosepiping,fire hoses
5910|纺织输送带|textile conveyor belts
5911|工业用纺织品,过滤布|technical textiles,filter cloth
6001|毛绒布,长毛绒|pile fabrics,plush fabrics
6002|窄幅针织物|narrow knitted fabrics
6003|针织布|knitted fabrics of width not exceeding 30 cm
6004|弹力针织布|elastic knitted fabrics
6005|经编织物|warp knit fabrics
6006|针织面料,针织布料|knitted fabrics,knit fabrics
61|服装,针织服装,服饰|garments,apparel,clothing,knitted apparel
6101|男式针织大衣|men's knitted overcoats
6102|女式针织大衣|women's knitted overcoats
6103|男式针织西服,针织套装|men's knitted suits
6104|女式针织连衣裙,针织裙|women's knitted dresses
6105|POLO衫,polo衫,男式针织衬衫|polo shirts,men's knitted shirts
6106|女式针织衬衫|women's knitted blouses
6107|针织内裤,睡衣|men's underpants,pyjamas
6108|女式内衣,睡裙|women's underwear,nightdresses
6109|T恤衫,T恤|T-shirts
6110|毛衣,针织衫,运动衫|sweaters,pullovers,jerseys
6111|婴儿服装,婴儿针织服装|babies' garments,baby clothing,baby clothes
6112|运动服,泳衣,泳装,滑雪服|tracksuits,swimwear,swimsuits,ski suits
6113|涂层针织防护服|protective garments of coated knitted fabric
6114|针织其他服装|other knitted garments
6115|袜子|socks,hosiery
6116|针织手套|knitted gloves
6117|围巾,披肩|scarves,shawls
62|服装,服饰|garments,apparel,clothing
6201|羽绒服,大衣,风衣|down jackets,overcoats,anoraks,windbreakers
6202|女式大衣,女式羽绒服|women's overcoats,women's anoraks
6203|男式西服,西装,男裤,牛仔裤|men's suits,trousers,jeans
6204|女式套装,连衣裙,半身裙,女裤|women's suits,dresses,skirts,women's trousers
6205|男式衬衫|men's shirts
6206|女式衬衫|women's blouses,blouses
6207|男式内衣|men's underwear
6208|女式睡袍|women's nightdresses
6209|婴儿机织服装|babies' woven garments
6210|防护服,医用防护服,隔离衣|protective clothing,protective suits,isolation gowns
6211|滑雪套装,运动套装|woven tracksuits
6212|胸罩,文胸,内衣,塑身衣|brassieres,bras,corsets,lingerie
6213|手帕|handkerchiefs
6214|丝巾|silk scarves,woven scarves
6215|领带,领结|neckties,bow ties
6216|劳保手套|woven gloves,work gloves
6217|服装配件,衣领|clothing accessories
6301|毯子,毛毯|blankets,travelling rugs
6302|床上用品,床单,毛巾|bed linen,towels
6303|窗帘|curtains,drapes
6304|床罩,靠垫套|bedspreads,cushion covers
6305|编织袋,集装袋,吨袋|woven sacks,bulk bags,=FIBC,=FIBCs
6306|帐篷,篷布,遮阳篷|tents,tarpaulins,awnings
6307|口罩|face masks
6308|成套刺绣材料|needlecraft sets
6309|旧衣服|worn clothing
6310|碎布,旧布|rags
64|鞋靴,鞋类|footwear,shoes
6401|雨靴,防水鞋|waterproof footwear,rain boots
6402|塑料鞋,拖鞋,凉鞋,橡胶鞋|rubber footwear,plastic footwear,slippers,sandals,flip-flops
6403|皮鞋|leather footwear,leather shoes
6404|运动鞋,帆布鞋|sports footwear,sneakers
6405|布鞋,其他鞋靴|textile footwear
6406|鞋面,鞋底,鞋材|shoe uppers,outer soles,footwear parts
6501|帽坯|hat forms
6502|草帽坯|plaited hat shapes
6504|草帽|straw hats
6505|针织帽,帽子,棒球帽|hats,knitted hats,baseball caps,beanies
6506|头盔,安全帽|helmets,safety helmets
6507|帽衬|headbands
6601|雨伞|umbrellas
6602|手杖|walking sticks
6603|伞骨|umbrella frames
6701|羽毛制品|articles of feathers
6702|人造花,仿真花|artificial flowers,artificial plants
6703|整理过的人发|human hair dressed
6704|假发,发套,接发|wigs,false beards,hair extensions
6801|石材路缘石|setts,kerbstones
6802|石材,石材制品,大理石板,花岗岩板|worked stone,stone slabs,granite slabs,marble slabs
6803|板岩制品|worked slate
6804|磨石,砂轮|millstones,grinding wheels
6805|砂纸,砂布|sandpaper,abrasive paper
6806|矿棉,岩棉|mineral wool,rock wool,slag wool
6807|沥青制品,防水卷材|bituminous roofing
6808|木丝板|wood wool panels
6809|石膏板|plasterboard,gypsum board
6810|混凝土制品,石英石,人造石,水泥制品|concrete products,quartz surface products,engineered stone,artificial stone
6811|石棉水泥制品|asbestos-cement articles
6812|石棉制品|asbestos articles
6813|刹车片,摩擦材料|brake pads,friction material,brake linings
6814|云母制品|worked mica
6815|碳纤维,石墨制品,碳纤维制品|carbon fibres,carbon fibers,carbon fibre,carbon fiber,graphite products
69|陶瓷,陶瓷产品|ceramics,ceramic products
6901|硅藻土砖|siliceous fossil bricks
6902|耐火砖,耐火材料|refractory bricks,refractories
6903|耐火陶瓷制品|refractory ceramic goods
6904|建筑用砖,红砖|building bricks
6905|屋顶瓦,瓦片|roofing tiles
6906|陶瓷管|ceramic pipes
6907|瓷砖,陶瓷砖|ceramic tiles
6909|工业陶瓷|ceramic wares for laboratory
6910|卫生陶瓷|ceramic sanitary ware
6911|陶瓷餐具|ceramic tableware,porcelain tableware
6912|陶器,陶制餐具|earthenware tableware,stoneware
6913|陶瓷工艺品,陶瓷摆件|ceramic ornaments,ceramic statuettes
6914|其他陶瓷制品|other ceramic articles
70|玻璃,玻璃制品|glass products,glassware and glass
7001|碎玻璃|cullet
7002|玻璃球,玻璃棒,光纤预制棒|glass balls,glass rods,optical fibre preforms,optical fiber preforms
7003|压延玻璃|cast glass,rolled glass
7004|拉制玻璃|drawn glass
7005|浮法玻璃,平板玻璃|float glass,flat glass
7006|加工玻璃|worked glass
7007|钢化玻璃,光伏玻璃,太阳能玻璃,安全玻璃,太阳能光伏玻璃|tempered glass,toughened glass,safety glass,solar glass,textured tempered glass
7008|中空玻璃|multiple-walled insulating glass,insulating glass
7009|玻璃镜,后视镜,镜子|glass mirrors,rear-view mirrors
7010|玻璃瓶|glass bottles
7011|玻壳|glass envelopes
7013|玻璃器皿|glassware
7014|信号玻璃|signalling glassware
7015|钟表玻璃,眼镜片毛坯|clock glasses
7016|玻璃砖|glass blocks,glass mosaics
7017|实验室玻璃器皿|laboratory glassware
7018|玻璃珠,仿珍珠|glass beads,imitation pearls
7019|玻璃纤维|glass fibres,glass fibers,fiberglass
7020|石英玻璃|other articles of glass,quartz glass
7101|珍珠,养殖珍珠|pearls,cultured pearls
7102|钻石|diamonds
7103|宝石,红宝石,蓝宝石,翡翠,玉石|precious stones,rubies,sapphires,emeralds,jade
7104|人造钻石,培育钻石|synthetic diamonds,lab-grown diamonds
7105|钻石粉,金刚石粉|diamond dust,diamond powder
7106|白银|silver
7107|包银金属|base metals clad with silver
7108|黄金|gold
7109|包金金属|base metals clad with gold
7110|铂金,金属钯,金属铑|platinum,palladium,rhodium
7111|包铂金属|base metals clad with platinum
7112|贵金属废料|precious metal scrap,precious metal waste
7113|首饰,珠宝首饰|jewellery,jewelry
7114|金银器|goldsmiths' wares,silverware
7115|贵金属制品|other articles of precious metal
7116|珍珠制品|articles of pearls
7117|仿首饰,饰品,时尚饰品|imitation jewellery,imitation jewelry,costume jewellery,fashion jewelry
7118|硬币,纪念币|coins
72|钢铁,钢材,钢铁产品|steel,steel products,iron and steel,steel mill products,steel articles
7201|生铁|pig iron
7202|铁合金,硅铁,锰铁,硅锰,硅锰合金|ferro-alloys,ferroalloys,ferrosilicon,silicomanganese
7203|海绵铁,直接还原铁|direct reduced iron,sponge iron,=DRI
7204|废钢|steel scrap,ferrous scrap
7205|铁粉|iron powders
7206|铁锭|iron ingots
7207|钢坯|steel billets,semi-finished steel,billets
7208|热轧板卷,热轧钢板,热轧卷板|hot-rolled flat products,hot-rolled coil,hot-rolled coils,hot-rolled steel,hot-rolled flat
7209|冷轧板卷,冷轧钢板,冷轧板|cold-rolled flat products,cold-rolled steel,cold-rolled sheets,cold-rolled
7210|镀锌板,涂层板,镀锡板,马口铁|coated sheets,galvanized steel,galvanised steel,tinplate,coated steel
7211|窄带钢,热轧窄带|narrow hot-rolled strip
7212|镀层窄带钢|coated narrow strip
7213|线材,盘条|wire rod,wire rods,steel wire rod
7214|螺纹钢,钢筋|rebar,rebars,reinforcing bars
7215|冷拉钢棒,光亮棒|cold-finished steel bars
7216|型钢,H型钢,角钢,槽钢|steel sections,H-beams
7217|钢丝,镀锌钢丝|steel wire,galvanized wire,galvanised wire
7218|不锈钢钢坯,不锈钢坯|stainless steel billets,stainless steel semi-finished products
7219|不锈钢板,不锈钢热轧板卷,不锈钢热轧板,不锈钢冷轧板|stainless steel sheet,stainless steel flat products
7220|不锈钢窄带|narrow stainless steel strip
7221|不锈钢盘条|stainless steel wire rod
7222|不锈钢棒,不锈钢型材|stainless steel bars
7223|不锈钢丝|stainless steel wire
7224|合金钢坯|alloy steel billets
7225|硅钢,取向硅钢,电工钢,合金钢板|grain-oriented electrical steel,electrical steel,silicon steel,alloy steel flat products
7226|窄合金钢板|narrow alloy steel flat products
7227|合金钢盘条|alloy steel wire rod
7228|合金钢棒,工具钢|alloy steel bars,tool steel
7229|合金钢丝|alloy steel wire
73|钢铁制品|articles of iron or steel,derivative steel articles
7301|钢板桩|sheet piling
7302|钢轨,铁轨|railway rails
7303|铸铁管|cast iron pipes
7304|无缝钢管,油井管,石油套管|seamless pipes,seamless tubes,=OCTG,oil country tubular goods,casing and tubing
7305|大口径焊管|large diameter welded pipes,line pipe
7306|焊管,焊接钢管|welded pipes,welded tubes
7307|管件,法兰,弯头|pipe fittings,flanges
7308|钢结构|steel structures
7309|储罐,钢制储罐|storage tanks
7310|钢桶,罐头盒|steel drums,steel cans
7311|钢瓶,气瓶,压缩气体容器|gas cylinders,steel cylinders
7312|钢丝绳,钢绞线|wire ropes,steel wire ropes,steel strand
7313|刺丝|barbed wire
7314|钢丝网,焊网,铁丝网|wire mesh,welded mesh,steel wire mesh
7315|链条,链条及零件|roller chains,transmission chains
7316|船锚|ship anchors
7317|钉子|nails
7318|螺钉,螺栓,紧固件,螺丝,螺母,垫圈|screws,bolts,fasteners
7319|缝纫针|sewing needles
7320|弹簧|coil springs,leaf springs
7321|炉具,燃气灶,烤炉|stoves,cookers,gas stoves,barbecues
7322|暖气片,散热器|radiators
7323|厨具,炊具,不锈钢厨具,铸铁锅|kitchenware,cookware,cooking pots,steel kitchenware,cast iron cookware
7324|不锈钢水槽,水槽|stainless steel sinks,kitchen sinks
7325|铸铁件,铸件|iron castings,cast iron articles
7326|钢制衣架,金属网篮|steel hangers,wire hangers
74|铜材,铜制品|copper products,copper articles
7401|冰铜|copper mattes
7402|粗铜,阳极铜|blister copper,copper anodes
7403|精炼铜,电解铜,阴极铜|refined copper,copper cathodes
7404|废铜,再生铜原料,再生铜|copper scrap,recycled copper
7405|铜母合金|master alloys of copper
7406|铜粉|copper powders
7407|铜条,铜棒,铜型材|copper bars,copper rods,copper profiles
7408|铜线,铜丝|copper wire
7409|铜板,铜带|copper plates,copper sheet,copper strip
7410|铜箔,电解铜箔|copper foil,electrolytic copper foil
7411|铜管|copper tubes,copper pipes
7412|铜管件|copper tube fittings
7413|铜绞线|copper stranded wire
7415|铜钉,铜螺丝|copper screws
7418|铜制厨具,铜制卫浴|copper kitchenware
7419|其他铜制品|other articles of copper
7501|镍锍|nickel mattes,nickel matte,mixed hydroxide precipitate
7502|未锻轧镍,镍板,镍锭,电解镍|unwrought nickel,nickel ingots
7503|废镍|nickel scrap
7504|镍粉|nickel powders
7505|镍棒,镍丝|nickel bars,nickel wire
7506|镍带,镍箔|nickel plates,nickel foil
7507|镍管|nickel tubes
7508|镍制品|other articles of nickel
76|铝材,铝制品,铝产品|aluminium products,aluminum products,aluminum articles,aluminium articles,aluminum,aluminium
7601|原铝,电解铝,未锻轧铝,铝锭|unwrought aluminium,unwrought aluminum,primary aluminium,primary aluminum,aluminium ingots,aluminum ingots
7602|废铝,再生铝原料,再生铝|aluminium scrap,aluminum scrap,recycled aluminium
7603|铝粉|aluminium powders,aluminum powder
7604|铝型材,铝挤压材,铝棒|aluminium extrusions,aluminum extrusions,aluminium profiles,aluminum profiles
7605|铝线,铝丝|aluminium wire,aluminum wire
7606|铝板,铝板带,铝带|aluminium plates,aluminium sheet,aluminum sheet,aluminium strip
7607|铝箔|aluminium foil,aluminum foil
7608|铝管|aluminium tubes,aluminum tubes,aluminum pipes
7609|铝管件|aluminium tube fittings
7610|铝门窗,铝合金门窗,铝结构|aluminium doors,aluminium windows,aluminum structures
7611|铝制储罐|aluminium reservoirs
7612|铝罐,易拉罐|aluminium cans,aluminum cans,beverage cans
7613|铝制气瓶|aluminium gas containers
7614|铝绞线|aluminium stranded wire
7615|铝制厨具,铝锅|aluminium kitchenware,aluminum cookware
7616|铝合金制品|other articles of aluminium
7801|铅锭,精炼铅,未锻轧铅|unwrought lead,refined lead,lead ingots
7802|废铅|lead scrap
7804|铅板,铅粉|lead plates
7806|铅制品|articles of lead
7901|锌锭,未锻轧锌|unwrought zinc,zinc ingots
7902|废锌|zinc scrap
7903|锌粉|zinc powders,zinc dust
7904|锌棒,锌丝|zinc bars
7905|锌板|zinc plates
7907|锌制品|articles of zinc
8001|锡锭|tin ingots,unwrought tin
8002|废锡|tin scrap
8003|锡条,锡丝,焊锡|tin bars,solder wire
8007|锡制品|articles of tin
8101|钨,钨制品,钨粉,钨丝|tungsten,tungsten powder,tungsten wire
8102|钼,钼制品,钼粉|molybdenum
8103|金属钽,钽粉|tantalum
8104|金属镁,镁锭,镁合金|magnesium,magnesium ingots,magnesium alloys
8105|钴,金属钴|cobalt
8106|铋|bismuth
8108|海绵钛,钛材,钛合金|titanium,titanium sponge,titanium alloys
8109|海绵锆,金属锆|zirconium
8110|锑|antimony
8111|金属锰,电解锰|manganese metal,electrolytic manganese
8112|镓,锗,铟,金属镓,金属锗,区熔锗锭,金属铬,金属钒,金属铪,铪粉,金属铼,铼粉,金属铌|gallium,germanium,indium,beryllium,chromium metal,hafnium,rhenium,vanadium,niobium
8113|金属陶瓷|cermets
8201|园林工具,农用手工具|spades,shovels,garden tools,secateurs
8202|锯片,手锯,圆锯片|saw blades,hand saws,circular saw blades
8203|钳子,老虎钳|pliers,pincers,tin snips
8204|扳手,套筒|spanners,wrenches,socket wrenches
8205|手工具|hand tools
8206|成套工具,工具套装|tool sets,tool kits
8207|钻头,丝锥,铣刀,刀具,可互换工具|drill bits,milling cutters,taps and dies,interchangeable tools,cutting tools
8208|机器刀片|knives and cutting blades for machines
8209|硬质合金刀片,刀片|cemented carbide inserts,carbide inserts
8210|手动厨房器具|hand-operated kitchen appliances
8211|菜刀,厨刀,折叠刀|kitchen knives,knives,pocket knives
8212|剃刀,剃须刀片|razors,razor blades
8213|剪刀|scissors
8214|指甲刀,修甲工具|nail clippers,manicure sets
8215|刀叉,不锈钢餐具,勺子|cutlery,spoons,forks,stainless steel cutlery
8301|挂锁,门锁,智能门锁|padlocks,door locks,smart locks
8302|门窗五金,铰链,合页,脚轮|door hardware,castors,casters,furniture fittings
8303|保险柜,保险箱|strongboxes
8304|文件柜|filing cabinets
8305|订书钉,回形针|paper clips
8306|金属工艺品|statuettes of base metal,metal ornaments
8307|软管,金属软管|flexible metal tubing,metal hoses
8308|拉链头,扣件,钩扣|hooks and eyes
8309|瓶盖,皇冠盖|bottle caps,crown corks
8310|标牌,金属标牌|metal signs,sign-plates
8311|焊丝,焊条|welding wire,welding electrodes,welding rods
84|机械设备,机械产品|machinery,mechanical appliances
8401|核反应堆,燃料元件|nuclear reactors,nuclear fuel elements
8402|锅炉|boilers
8403|集中供暖锅炉|central heating boilers
8404|锅炉辅助设备|auxiliary plant for boilers
8405|煤气发生器,乙炔发生器|gas generators
8406|汽轮机,蒸汽轮机|steam turbines
8407|汽油机,点燃式发动机,船外机|spark-ignition engines,petrol engines,outboard motors
8408|柴油机|diesel engines
8409|发动机零件|engine parts
8410|水轮机|hydraulic turbines
8411|燃气轮机|gas turbines,turbojets
8412|液压马达,液压缸,气缸|hydraulic motors,hydraulic cylinders,pneumatic cylinders
8413|水泵|pumps
8414|空气压缩机,风机,压缩机,电风扇|air compressors,fans,compressors,electric fans
8415|空调|air conditioners,air conditioning machines
8416|燃烧器|burners,furnace burners
8417|工业炉,烘炉|industrial furnaces,industrial ovens
8418|冰箱,冰柜,热泵|refrigerators,freezers,heat pumps
8419|热交换器,换热器,干燥机,太阳能热水器|heat exchangers,industrial dryers,sterilisers,solar water heaters
8420|压延机|calendering machines
8421|离心机,过滤器,净水器,空气净化器|centrifuges,water purifiers,air purifiers,filtering machinery
8422|洗碗机,包装机械,包装机|dishwashers,packaging machinery,packaging machines
8423|电子秤,衡器|weighing machines,electronic scales
8424|喷雾器,灭火器,喷枪,高压清洗机|sprayers,fire extinguishers,spray guns,pressure washers
8425|千斤顶,卷扬机|winches,hoists
8426|起重机,岸桥|cranes,ship-to-shore cranes
8427|叉车,高空作业平台,高空作业车|forklift trucks,forklifts,mobile access equipment,aerial work platforms
8428|电梯,扶梯,输送机,升降机|elevators,escalators,conveyors
8429|挖掘机,推土机|excavators,bulldozers
8430|打桩机,盾构机,掘进机|pile drivers,tunnel boring machines
8431|工程机械零件|parts of construction machinery
8432|农业机械|agricultural machinery
8433|收割机,联合收割机,割草机|combine harvesters,harvesters,lawn mowers,mowers
8434|挤奶机|milking machines
8435|榨汁机,酿酒机械|presses for wine making
8436|家禽饲养机械|poultry-keeping machinery
8437|种子清选机|seed cleaning machines
8438|食品机械,食品加工机械|food processing machinery
8439|造纸机|paper-making machinery
8440|装订机|book-binding machinery
8441|制袋机,纸加工机械|paper cutting machines
8442|制版机械|printing plates machinery
8443|打印机,复印机,印刷机,印刷机械|printers,photocopiers,printing machines,printing machinery
8444|化纤挤压机|man-made textile extruding machines
8445|纺纱机,纺织机械|spinning machines,textile machinery
8446|织布机,喷气织机|weaving machines,looms
8447|针织机,绣花机|knitting machines,embroidery machines
8448|纺机零件|textile machinery parts
8450|洗衣机|washing machines
8451|干衣机,烘干机,干洗机|clothes dryers,dry-cleaning machines
8452|缝纫机|sewing machines
8453|制鞋机械,制革机械|leather working machinery,shoe-making machinery
8454|转炉,连铸机|continuous casting machines
8455|轧机,轧钢机|rolling mills
8456|机床,数控机床,激光加工机|machine tools,laser cutting machines
8457|加工中心|machining centres,machining centers
8458|车床,数控车床|lathes,CNC lathes
8459|钻床,镗床,铣床|drilling machines,milling machines,boring machines
8460|磨床|grinding machines
8461|刨床,插床,拉床|planing machines,broaching machines
8462|冲床,压力机,折弯机,剪板机,锻压机床|press brakes,punching machines,forging machines
8463|拉丝机|wire-drawing machines
8464|石材加工机械|stone working machines
8465|木工机械|woodworking machinery
8466|机床附件,夹具|machine tool parts,tool holders
8467|电动工具|power tools
8468|焊割设备,焊枪|gas welding equipment
8470|计算器|calculators,electronic calculators
8471|计算机,电脑,笔记本电脑,服务器,键盘,鼠标|computers,laptops,servers,data processing machines
8472|碎纸机,自动柜员机,ATM机|paper shredders,automatic teller machines
8473|电脑配件,计算机零件|computer parts,computer accessories
8474|混凝土搅拌机,破碎机,矿山机械|concrete mixers,crushers,mining machinery
8475|玻璃加工机械|glass-working machines
8476|自动售货机|vending machines
8477|注塑机,挤出机,塑料机械|injection moulding machines,injection molding machines,extruders,plastics machinery
8478|烟草加工机械|tobacco processing machinery
8479|工业机器人,3D打印机,锂电设备|industrial robots,3D printers
8480|模具,注塑模具|injection moulds,injection molds
8481|阀门|valves
8482|轴承|bearings,ball bearings
8483|齿轮箱,减速器,减速机,传动轴,联轴器|gearboxes,speed reducers,transmission shafts,couplings
8484|密封垫,机械密封|gaskets,mechanical seals
8485|增材制造设备|additive manufacturing machines
8486|半导体制造设备,光刻机,晶圆制造设备|semiconductor manufacturing equipment,wafer fabrication equipment,lithography equipment,chipmaking equipment
85|电气设备|electrical equipment,electrical machinery
8501|电动机,发电机,电机|electric motors,electric generators,motors
8502|发电机组,风力发电机组,风电机组|generating sets,wind turbines,wind-powered generating sets
8503|电机零件|parts of electric motors
8504|变压器,逆变器,电源适配器,充电器,充电桩|transformers,inverters,power adapters,chargers,power supplies,EV chargers
8505|永磁体,永磁材料,钐钴合金,钕铁硼,稀土永磁|permanent magnets,rare earth magnets,NdFeB magnets,neodymium magnets
8506|原电池,干电池|primary batteries
8507|锂电池,锂离子电池,蓄电池,动力电池,储能电池,电池组,电池,移动电源|lithium batteries,lithium-ion batteries,lithium-ion battery,lithium battery,batteries,battery,accumulators,battery packs,power banks,EV batteries,electric vehicle batteries,electric vehicle battery,vehicle batteries
8508|吸尘器,扫地机器人|vacuum cleaners,robot vacuum cleaners
8509|小家电,厨房电器,料理机,电动牙刷|small domestic appliances,food processors,electric toothbrushes
8510|电动剃须刀,理发推子,脱毛器|electric shavers,hair clippers,epilators
8511|火花塞,起动电机|spark plugs,starter motors
8512|车灯,雨刮器|vehicle lighting,windscreen wipers
8513|手电筒|flashlights,torches
8514|工业电炉,感应炉|industrial electric furnaces,induction furnaces
8515|电焊机,焊接设备,激光焊接机|welding machines,welding equipment,laser welding machines
8516|电热水器,电吹风,微波炉,电饭煲,电水壶,电烤箱,电暖器,电磁炉,咖啡机,电饭锅,卷发器,吹风机|water heaters,hair dryers,microwave ovens,electric kettles,electric ovens,toasters,coffee makers,rice cookers,induction cookers,space heaters,hair straighteners,curling irons
8517|手机,智能手机,通信设备,基站,路由器,电话机,智能手表|mobile phones,smartphones,base stations,routers,telecommunications equipment,telephone sets,smartwatches
8518|耳机,音箱,扬声器|headphones,earphones,loudspeakers
8519|录音设备,音响设备|sound recording apparatus
8521|录像设备|video recorders
8522|音视频设备零件|parts of audio equipment
8523|存储卡,U盘,固态硬盘,闪存|memory cards,=USB flash drives,solid-state drives,=SSD,=SSDs,flash memory
8524|显示模组,平板显示模组|flat panel display modules,display modules
8525|摄像头,监控摄像机|video cameras,surveillance cameras
8526|雷达,导航设备,北斗导航|radar,radar apparatus,=GPS receivers,navigation apparatus
8527|收音机|radio receivers,radios
8528|电视机,显示器|televisions,TV sets,computer monitors
8529|天线|antennas
8530|交通信号设备|traffic control equipment
8531|报警器,烟雾报警器,防盗报警器|smoke alarms,burglar alarms
8532|电容器|capacitors
8533|电阻器|resistors
8534|印刷电路板,电路板,线路板|printed circuit boards,=PCB,=PCBs,circuit boards
8535|高压开关|high-voltage switchgear
8536|开关,插座,连接器,断路器|switches,sockets,connectors,circuit breakers
8537|配电柜,控制柜,开关柜|switchboards,control panels,switchgear
8538|开关零件|parts of switchgear
8539|灯泡|light bulbs
8540|电子管|thermionic valves
8541|光伏电池,太阳能电池,光伏组件,太阳能电池板,光伏产品,光伏,半导体器件,二极管,晶体管|solar cells,solar cell,solar panel,photovoltaic cells,solar panels,solar modules,photovoltaic modules,photovoltaic products,photovoltaic,diodes,transistors,semiconductor devices
8542|集成电路,芯片,半导体,处理器,存储芯片|integrated circuits,integrated circuit,chips,semiconductors,microchips,microprocessors,memory chips,high-bandwidth memory
8543|电子烟具|electronic cigarettes apparatus
8544|电线电缆,电缆,光缆,电线,数据线|insulated wire,electric cables,optical fibre cables,cables,extension cords,extension leads
8545|石墨电极,碳刷|graphite electrodes,carbon brushes
8546|绝缘子|insulators
8547|绝缘配件|insulating fittings
8549|电子废物,电子垃圾|electronic waste,e-waste
8601|电力机车|rail locomotives
8602|机车|locomotives
8603|动车组|electric multiple units
8604|铁路维修车|railway maintenance vehicles
8605|铁路客车|railway passenger coaches
8606|铁路货车,铁路货车车厢|railway wagons,railway freight cars
8607|铁路车辆零件,轮对|railway parts,wheelsets
8608|铁道信号设备|railway signalling equipment
87|机动车,机动车辆|motor vehicles,motor vehicle,used motor vehicles
8701|拖拉机,牵引车|tractors
8702|客车,大客车|buses,coaches
8703|汽车,乘用车,小汽车,轿车,电动汽车,新能源汽车,纯电动汽车,大排量汽车,高尔夫球车|passenger cars,cars,motor cars,automobiles,electric vehicles,electric vehicle,battery electric vehicles,battery electric vehicle,passenger vehicles,passenger car,golf carts,snowmobiles
8704|货车,卡车,皮卡,载货汽车|trucks,lorries,pickup trucks,light trucks
8705|消防车,起重车|fire engines,fire trucks,crane lorries,special purpose vehicles
8706|汽车底盘,底盘|chassis
8707|车身|vehicle bodies
8708|汽车零部件,汽车零件,汽车配件,轮毂,钢轮毂,铝合金轮毂|auto parts,automotive parts,vehicle parts,car parts,road wheels,steel wheels,aluminium wheels,aluminum wheels
8709|场内牵引车|works trucks
8710|坦克,装甲车|armoured vehicles,armored vehicles
8711|摩托车,电动自行车,电动平衡车,平衡车,电动滑板车|motorcycles,motorbikes,e-bikes,electric bicycles,self-balancing scooters,electric scooters,e-scooters
8712|自行车|bicycles
8713|轮椅,电动轮椅|wheelchairs,mobility scooters,electric wheelchairs
8714|自行车零件,摩托车零件|bicycle parts,motorcycle parts
8715|婴儿车,童车,儿童推车,婴儿推车|baby carriages,strollers,prams
8716|挂车,半挂车|trailers,semi-trailers
8801|滑翔机,热气球|gliders,balloons
8802|飞机,直升机|aircraft,aeroplanes,airplanes,helicopters
8803|飞机零件,航空器零件|aircraft parts
8804|降落伞|parachutes
8805|飞行模拟器|flight simulators
8806|无人机,无人驾驶航空器|drones,drone,unmanned aircraft,=UAV,=UAVs
8807|无人机零部件|drone parts
8901|船舶,货船,集装箱船,散货船,油轮,液化天然气运输船,LNG运输船,汽车运输船|cargo ships,container ships,bulk carriers,tankers,LNG carriers,LNG carrier,vehicle carriers,car carriers
8902|渔船|fishing vessels
8903|游艇|yachts
8904|拖船|tugboats
8905|钻井平台,浮船坞|drilling platforms,floating docks
8906|军舰|warships
8907|浮标,浮筒|buoys
8908|拆解船舶|vessels for breaking up
9001|光纤,隐形眼镜|optical fibres,optical fibers,contact lenses
9002|镜头,光学镜头|lenses,camera lenses,optical lenses
9003|眼镜架,镜架|spectacle frames
9004|眼镜,太阳镜|spectacles,sunglasses
9005|望远镜,双筒望远镜|binoculars,telescopes
9006|照相机,相机|cameras,digital cameras
9007|电影摄影机|cinematographic cameras
9008|投影仪|projectors
9010|暗室设备|photographic laboratory equipment
9011|显微镜|microscopes
9012|电子显微镜|electron microscopes
9013|液晶面板,液晶显示模组|LCD panels,liquid crystal devices
9014|罗盘,导航仪器|compasses,navigational instruments
9015|测绘仪器,全站仪,水准仪|surveying instruments,theodolites
9016|天平,精密天平|precision balances
9017|绘图仪器,尺子,卷尺|drawing instruments,tape measures
9018|医疗器械,医疗设备,注射器,血压计,手术器械|medical devices,medical instruments,syringes,blood pressure monitors,surgical instruments
9019|按摩器,按摩椅,呼吸机|massage apparatus,massage chairs,ventilators,respirators
9020|防毒面具|gas masks
9021|助听器,心脏起搏器,人工关节,骨科植入物|hearing aids,pacemakers,orthopaedic appliances,artificial joints
9022|X射线设备,CT机,X光机|X-ray apparatus,CT scanners,X-ray equipment
9023|教学模型|demonstration models
9024|材料试验机|materials testing machines
9025|温度计,体温计|thermometers,hydrometers
9026|流量计,压力表,液位计|flow meters,pressure gauges,level gauges
9027|分析仪器,光谱仪,色谱仪|spectrometers,chromatographs,gas analysers,analytical instruments
9028|电表,水表,燃气表,智能电表|electricity meters,water meters,gas meters,smart meters
9029|转速表,计步器|revolution counters,taximeters
9030|示波器,万用表|oscilloscopes,multimeters
9031|测量仪器,坐标测量机|measuring instruments,coordinate measuring machines
9032|恒温器,自动调节仪|thermostats,automatic regulating instruments
9101|贵金属表壳手表|precious metal watches
9102|手表|wristwatches,watches
9103|闹钟,时钟|alarm clocks,clocks
9105|挂钟,座钟|wall clocks
9106|考勤钟|time registers
9107|定时开关|time switches
9108|机芯,手表机芯|watch movements
9109|钟机芯|clock movements
9111|表壳|watch cases
9113|表带|watch straps
9114|钟表零件|clock parts
92|乐器|musical instruments
9201|钢琴|pianos
9202|吉他,小提琴|guitars,violins
9205|管乐器,口琴,萨克斯|wind instruments,harmonicas,saxophones
9206|打击乐器,架子鼓|percussion instruments,drum kits
9207|电子琴,电吉他|electronic keyboards,electric guitars
9208|八音盒|music boxes
9209|乐器零件|parts of musical instruments
9301|军用武器|military weapons
9302|手枪|revolvers,pistols
9303|枪支|firearms
9304|气枪|air guns
9305|枪支零件|parts of firearms
9306|弹药|ammunition
9307|刀剑|swords
9401|座椅,椅子,沙发,软体家具|seats,sofas,upholstered furniture,upholstered seats
9402|医用家具,病床,手术台|hospital beds,medical furniture
9403|家具,办公家具,木制家具,橱柜|furniture,office furniture,wooden furniture,kitchen cabinets
9404|床垫,枕头,被子,羽绒被,睡袋|mattresses,pillows,quilts,duvets,sleeping bags
9405|LED灯,LED灯具,灯具,照明灯具,照明产品,路灯|LED lamps,LED lights,luminaires,lighting fixtures,lamps,light fittings,lighting products,lighting
9406|活动房屋,集成房屋,预制建筑,预制房屋|prefabricated buildings,prefabricated houses
9503|玩具,儿童玩具|toys,dolls
9504|游戏机,台球,扑克牌,棋类,游戏手柄|video game consoles,game consoles,playing cards,billiards
9505|圣诞用品,圣诞装饰品,节日用品,圣诞树|Christmas decorations,Christmas trees,festive articles,party supplies
9506|健身器材,运动用品,高尔夫球杆,羽毛球,乒乓球,滑雪板,跑步机,瑜伽垫,滑板|fitness equipment,exercise equipment,sports equipment,golf clubs,treadmills,yoga mats,skis,tennis rackets,skateboards
9507|钓具|fishing tackle,fishing rods
9508|游乐设备|amusement park rides
9601|骨制品|worked ivory
9602|蜡制品|worked vegetable carving material
9603|牙刷,扫帚,刷子|toothbrushes,brooms,brushes
9604|筛子|hand sieves
9605|旅行套装|travel sets
9606|纽扣,按扣|press-fasteners
9607|拉链|zippers,zipper,slide fasteners,zip fasteners
9608|圆珠笔,钢笔,签字笔,铅笔芯|ballpoint pens,fountain pens,felt-tipped pens,marker pens
9609|铅笔,蜡笔,粉笔|pencils,crayons
9610|白板,黑板|whiteboards,blackboards
9612|色带,印台|typewriter ribbons,ink pads
9613|打火机|lighters,cigarette lighters
9614|烟斗|smoking pipes
9615|梳子,发夹|combs,hair clips
9616|喷雾瓶,粉扑|scent sprayers,powder puffs
9617|保温杯,保温瓶,真空保温杯|vacuum flasks,thermos flasks,insulated bottles
9618|人体模型|mannequins
9619|纸尿裤,卫生巾|diapers,nappies,sanitary towels
9620|自拍杆,三脚架|monopods,tripods,selfie sticks
9701|油画|paintings
9702|版画|engravings
9703|雕塑|sculptures
9704|邮票收藏|collectors' stamps
9705|收藏品|collectors' pieces
9706|古董,古玩|antiques`;

/** Strings that contain product words but mean something else (matched, then dropped). */
export const PRODUCT_BLOCKERS =
  '葡萄牙,黄金周,黄金期,黄金时期,黄金时间,虾皮,Gold Key,golden,coke oven,' +
  // Place names and phrases that contain a product word: 酒精度 is a label field, 甘蓝型 a rapeseed type, 杂草种子 weeds.
  '丝绸之路,Silk Road,象牙海岸,Ivory Coast,Pearl River,珍珠港,Pearl Harbor,Platinum Member,Platinum Supplier,苹果公司,Apple Inc,酒精度,酒精含量,甘蓝型,杂草种子,' +
  // Marketplace badges and services: no gold, diamonds or vessels are for sale there.
  'Gold Supplier,Gold Suppliers,Gold Member,Gold Plus,Silver Supplier,Diamond Member,Diamond Supplier,金牌供应商,金牌会员,钻石会员,钻石供应商,' +
  '船舶运输,船舶代理,船舶代理费,' +
  // 'battery electric cars': the cars, not batteries.
  'battery electric,battery-electric,' +
  // Pests and diseases named after their host (quarantine notices): the pest, not the fruit.
  '苹果蠹蛾,苹果小卷蛾,苹果绵蚜,梨小食心虫,柑橘大实蛉,柑橘黄龙病,橘小实蝇,瓜实蝇,番茄潜叶蛾,马铃薯甲虫,马铃薯癌肿病,玉米象,大豆疫病,codling moth,apple maggot,citrus canker,potato wart,' +
  // Systems and services whose names hold a product word.
  'computer system,computer systems,computerised system,computerized system,电子计算机系统';
