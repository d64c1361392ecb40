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
 * Common headings (4 digits) and chapter-level product words (2 digits):
 * `code|zh terms|en terms`; first term is the display name. A term may appear under
 * several codes (e.g. 稀土 → 2805 and 2846). Generic "semiconductors" maps to chips (8542),
 * the usual meaning in trade measures; discrete devices and solar cells have their own words.
 */
export const HEADING_DATA = `0102|活牛|live cattle,live bovine animals
0103|活猪|live swine,live pigs
0105|活家禽,活鸡|live poultry,live chickens
02|肉类,肉类产品|meat products,meat and meat products
0201|牛肉|beef,bovine meat
0202|冻牛肉|frozen beef
0203|猪肉|pork,swine meat
0204|羊肉|sheep meat,mutton,lamb meat
0206|食用杂碎,猪杂碎,猪副产品|edible offal
0207|禽肉,鸡肉,鸡爪|poultry meat,chicken meat
03|水产品,海产品,水海产品|seafood,aquatic products,fish and seafood
0302|鲜冷鱼,三文鱼|fresh fish,salmon
0303|冻鱼|frozen fish
0304|鱼片|fish fillets
0306|虾,白虾,对虾,龙虾,螃蟹|shrimp,shrimps,prawns,lobsters,crabs
0307|牡蛎,扇贝,鱿鱼,贝类|oysters,scallops,squid,molluscs
04|乳制品,乳品|dairy products
0401|鲜奶,鲜牛奶,液态奶|fresh milk,liquid milk
0402|奶粉,乳粉|milk powder,powdered milk
0406|奶酪,干酪|cheese
0407|鸡蛋,禽蛋|eggs,birds' eggs
0409|蜂蜜|honey,natural honey
0603|鲜切花|cut flowers
07|蔬菜,鲜蔬菜|vegetables,fresh vegetables
0701|马铃薯|potatoes
0702|番茄,西红柿|tomatoes,tomato
0703|洋葱,大蒜|onions,garlic
0713|豌豆,干豆,绿豆,扁豆|dried peas,peas,lentils,pulses,dried beans
08|水果,鲜水果|fruit,fresh fruit,fruits
0801|椰子,腰果|coconuts,cashew nuts
0802|杏仁,核桃,开心果,榛子|almonds,walnuts,pistachios,hazelnuts
0803|香蕉|bananas
0804|牛油果,鳄梨,芒果|avocados,mangoes,mango
0805|柑橘,橙子,柠檬|citrus fruit,oranges,lemons
0806|葡萄,鲜葡萄|grapes
0808|苹果,梨|apples,pears
0810|蓝莓,榴莲,火龙果,猕猴桃,草莓,荔枝,龙眼|blueberries,durians,pitaya,dragon fruit,kiwifruit,strawberries,lychees
0901|咖啡,咖啡豆|coffee,coffee beans
0902|茶叶,绿茶,红茶|tea,green tea,black tea
0904|胡椒,辣椒|pepper,chillies
1001|小麦|wheat
1003|大麦|barley
1004|燕麦|oats
1005|玉米|maize,corn
1006|大米,稻米,稻谷|rice
1007|高粱|sorghum
1101|小麦粉,面粉|wheat flour
1201|大豆|soybeans,soya beans
1202|花生,花生仁|peanuts,groundnuts
1205|油菜籽|rapeseed,canola seed
1207|芝麻|sesame seeds
15|植物油,食用油|vegetable oils,edible oils
1507|豆油,大豆油|soybean oil,soya-bean oil
1511|棕榈油|palm oil
1512|葵花籽油|sunflower oil
1514|菜籽油,油菜籽油|rapeseed oil,canola oil
1518|化学改性的动、植物或微生物油、脂,化学改性油脂|chemically modified oils,chemically modified animal, vegetable or microbial oils
1601|香肠|sausages
1604|鱼罐头|prepared fish,canned fish
1701|食糖,蔗糖,原糖|sugar,cane sugar,raw sugar
1801|可可豆,可可|cocoa beans,cocoa
1806|巧克力|chocolate
1901|婴幼儿配方奶粉,配方奶粉|infant formula
1905|饼干,面包,糕点|biscuits,bread,pastry
2009|果汁|fruit juice,fruit juices
2202|饮料,软饮料|soft drinks,non-alcoholic beverages
2203|啤酒|beer
2204|葡萄酒|wine,wines
2208|白兰地,威士忌,烈酒,白酒|brandy,whisky,whiskey,distilled spirits
2301|鱼粉|fish meal
2304|豆粕|soybean meal
2306|油渣饼,菜籽粕|oil cake,oil cakes,oilcake,rapeseed meal
2309|饲料,宠物食品|animal feed,pet food
2402|卷烟,雪茄|cigarettes,cigars
2504|天然石墨|natural graphite
2523|水泥|cement
2601|铁矿砂,铁矿石|iron ore
2603|铜矿砂,铜精矿|copper ore,copper concentrates
2604|镍矿|nickel ore
2606|铝土矿,铝矿砂|bauxite,aluminium ore
2701|煤炭,动力煤,焦煤,无烟煤|coal,thermal coal,coking coal
2704|焦炭|coke
2709|原油|crude oil,crude petroleum
2710|成品油,柴油,汽油,燃料油,石脑油,航空煤油|refined oil,refined oil products,diesel,gasoline,fuel oil,naphtha,jet fuel
2711|液化天然气,天然气,液化石油气|liquefied natural gas,natural gas,=LNG,=LPG
2712|石蜡,凡士林|paraffin wax,petroleum jelly
2713|石油焦|petroleum coke
2804|多晶硅,工业硅,氢气|polysilicon,silicon metal,hydrogen
2805|稀土金属,稀土,中重稀土|rare earth metals,rare-earth metals,rare earths,rare earth
2818|氧化铝|alumina,aluminium oxide
2825|氧化锗,二氧化锗,氧化镓|germanium oxide,germanium dioxide,gallium oxide
2836|碳酸锂|lithium carbonate
2846|稀土化合物,稀土氧化物,稀土,中重稀土|rare earth compounds,rare-earth oxides,rare earth oxides,rare earths,rare earth
2850|氮化镓|gallium nitride
2901|乙烷,乙烯,丙烯|ethane,ethylene,propylene
2902|苯,甲苯,二甲苯,苯乙烯,乙苯|benzene,toluene,xylenes,styrene,ethylbenzene
2905|甲醇,乙二醇|methanol,ethylene glycol
2915|丙酸|propionic acid
2917|对苯二甲酸,精对苯二甲酸|terephthalic acid,=PTA
2941|抗生素|antibiotics
3002|疫苗|vaccines
3004|药品,抗癌药,抗癌药品,医药|medicaments,medicines,pharmaceuticals
31|化肥,肥料|fertilizers,fertilisers
3102|尿素,氮肥|urea,nitrogenous fertilisers
3104|钾肥|potash,potassic fertilisers
3105|复合肥,磷酸二铵|compound fertilizers,diammonium phosphate
3208|油漆,涂料|paints,varnishes
3304|化妆品,护肤品|cosmetics,make-up preparations,skin care products
3401|肥皂|soap
3402|洗涤剂|detergents
3801|人造石墨|artificial graphite,synthetic graphite
3808|农药,杀虫剂,除草剂|pesticides,insecticides,herbicides
3818|硅片,晶圆|silicon wafers,wafers
39|塑料,塑料制品|plastics,plastic products
3901|聚乙烯|polyethylene
3902|聚丙烯|polypropylene
3903|聚苯乙烯|polystyrene
3904|聚氯乙烯|polyvinyl chloride,=PVC
3907|共聚甲醛,聚甲醛,聚碳酸酯,环氧树脂,聚酯切片|polyacetal,polyoxymethylene,=POM,polycarbonate,epoxy resins,PET resin
3917|塑料管|plastic pipes,plastic tubes
3920|塑料薄膜|plastic film,plastic sheets
3923|塑料袋,塑料包装|plastic bags,plastic packaging
4001|天然橡胶|natural rubber
4002|合成橡胶,丁基橡胶,卤化丁基橡胶,丁苯橡胶|synthetic rubber,butyl rubber,halogenated butyl rubber
4011|轮胎,汽车轮胎|tyres,tires,pneumatic tyres
4015|橡胶手套|rubber gloves
4202|箱包,手提包,旅行箱|handbags,luggage,suitcases,travel goods
44|木材|timber,wood products
4403|原木|logs,rough wood
4407|锯材|sawn wood,sawnwood,lumber
4412|胶合板|plywood
4703|木浆,纸浆|wood pulp
4707|废纸,回收纸|waste paper,recovered paper
4810|铜版纸,涂布纸|coated paper
4819|纸箱,纸盒|cartons,paper boxes
5101|羊毛|wool
5105|毛条|wool tops
5201|棉花|cotton,raw cotton
5205|棉纱|cotton yarn
5208|棉布,棉织物|cotton fabrics
5402|涤纶长丝|polyester filament yarn
5503|涤纶短纤|polyester staple fibres
5603|无纺布|nonwovens,non-woven fabrics
61|服装,针织服装,服饰|garments,apparel,clothing,knitted apparel
62|服装,服饰|garments,apparel,clothing
6105|POLO衫,polo衫,男式针织衬衫|polo shirts,men's knitted shirts
6109|T恤衫,T恤|T-shirts
6110|毛衣,针织衫,运动衫|sweaters,pullovers,jerseys
6115|袜子|socks,hosiery
6302|床上用品,床单,毛巾|bed linen,towels
6307|口罩|face masks
6309|旧衣服|worn clothing
64|鞋靴,鞋类|footwear,shoes
6403|皮鞋|leather footwear,leather shoes
6404|运动鞋,帆布鞋|sports footwear,sneakers
6506|头盔,安全帽|helmets,safety helmets
6601|雨伞|umbrellas
6907|瓷砖|ceramic tiles
6910|卫生陶瓷|ceramic sanitary ware
6911|陶瓷餐具|ceramic tableware,porcelain tableware
7005|浮法玻璃,平板玻璃|float glass,flat glass
7007|钢化玻璃,光伏玻璃,太阳能玻璃,安全玻璃,太阳能光伏玻璃|tempered glass,toughened glass,safety glass,solar glass,textured tempered glass
7010|玻璃瓶|glass bottles
7013|玻璃器皿|glassware
7019|玻璃纤维|glass fibres,glass fibers,fiberglass
7102|钻石|diamonds
7104|人造钻石,培育钻石|synthetic diamonds,lab-grown diamonds
7106|白银|silver
7108|黄金|gold
7113|首饰,珠宝首饰|jewellery,jewelry
72|钢铁,钢材,钢铁产品|steel,steel products,iron and steel,steel mill products,steel articles
7201|生铁|pig iron
7202|铁合金,硅铁,锰铁|ferro-alloys,ferroalloys,ferrosilicon
7204|废钢|steel scrap,ferrous scrap
7207|钢坯|steel billets,semi-finished steel
7208|热轧板卷,热轧钢板,热轧卷板|hot-rolled flat products,hot-rolled coil,hot-rolled coils,hot-rolled steel,hot-rolled flat
7209|冷轧板卷,冷轧钢板|cold-rolled flat products,cold-rolled steel,cold-rolled sheets,cold-rolled
7210|镀锌板,涂层板,镀锡板|coated sheets,galvanized steel,galvanised steel,tinplate,coated steel
7213|线材,盘条|wire rod,wire rods
7214|螺纹钢,钢筋|rebar,rebars,reinforcing bars
7216|型钢,H型钢|steel sections,H-beams
7218|不锈钢钢坯,不锈钢坯|stainless steel billets,stainless steel semi-finished products
7219|不锈钢板,不锈钢热轧板卷,不锈钢热轧板,不锈钢冷轧板|stainless steel sheet,stainless steel flat products
73|钢铁制品|articles of iron or steel,derivative steel articles
7304|无缝钢管|seamless pipes,seamless tubes,=OCTG
7306|焊管,焊接钢管|welded pipes,welded tubes
7308|钢结构|steel structures
7317|钉子|nails
7318|螺钉,螺栓,紧固件|screws,bolts,fasteners
74|铜材,铜制品|copper products,copper articles
7403|精炼铜,电解铜,阴极铜|refined copper,copper cathodes
7404|废铜,再生铜原料,再生铜|copper scrap,recycled copper
7407|铜条,铜棒,铜型材|copper bars,copper rods,copper profiles
7408|铜线,铜丝|copper wire
7409|铜板,铜带|copper plates,copper sheet,copper strip
7411|铜管|copper tubes,copper pipes
7502|未锻轧镍,镍板|unwrought nickel
76|铝材,铝制品,铝产品|aluminium products,aluminum products,aluminum articles,aluminium articles,aluminum,aluminium
7601|原铝,电解铝,未锻轧铝|unwrought aluminium,unwrought aluminum,primary aluminium,primary aluminum
7602|废铝,再生铝原料,再生铝|aluminium scrap,aluminum scrap,recycled aluminium
7604|铝型材,铝挤压材,铝棒|aluminium extrusions,aluminum extrusions,aluminium profiles,aluminum profiles
7606|铝板,铝板带,铝带|aluminium plates,aluminium sheet,aluminum sheet,aluminium strip
7607|铝箔|aluminium foil,aluminum foil
7608|铝管|aluminium tubes,aluminum tubes,aluminum pipes
7901|锌锭,未锻轧锌|unwrought zinc,zinc ingots
8001|锡锭|tin ingots,unwrought tin
8101|钨,钨制品|tungsten
8102|钼,钼制品|molybdenum
8104|金属镁|magnesium
8105|钴,金属钴|cobalt
8106|铋|bismuth
8108|海绵钛,钛材|titanium
8110|锑|antimony
8112|镓,锗,铟,金属镓,金属锗,区熔锗锭|gallium,germanium,indium
8205|手工具|hand tools
84|机械设备,机械产品|machinery,mechanical appliances
8402|锅炉|boilers
8408|柴油机|diesel engines
8411|燃气轮机|gas turbines,turbojets
8413|水泵|pumps
8414|空气压缩机,风机|air compressors,fans
8415|空调|air conditioners,air conditioning machines
8418|冰箱,冰柜|refrigerators,freezers
8422|洗碗机|dishwashers
8426|起重机,岸桥|cranes,ship-to-shore cranes
8427|叉车|forklift trucks,forklifts
8429|挖掘机,推土机|excavators,bulldozers
8432|农业机械|agricultural machinery
8443|打印机|printers
8450|洗衣机|washing machines
8456|机床,数控机床,激光加工机|machine tools,laser cutting machines
8467|电动工具|power tools
8471|计算机,电脑,笔记本电脑,服务器|computers,laptops,servers,data processing machines
8481|阀门|valves
8482|轴承|bearings,ball bearings
8486|半导体制造设备,光刻机,晶圆制造设备|semiconductor manufacturing equipment,wafer fabrication equipment,lithography equipment,chipmaking equipment
85|电气设备|electrical equipment,electrical machinery
8501|电动机,发电机,电机|electric motors,electric generators,motors
8502|发电机组|generating sets
8504|变压器,逆变器,电源适配器,充电器|transformers,inverters,power adapters,chargers,power supplies
8505|永磁体,永磁材料,钐钴合金|permanent magnets,rare earth magnets
8506|原电池,干电池|primary batteries
8507|锂电池,锂离子电池,蓄电池,动力电池,储能电池,电池组,电池,移动电源|lithium batteries,lithium-ion batteries,lithium-ion battery,lithium battery,batteries,battery,accumulators,battery packs,power banks,EV batteries,electric vehicle batteries,electric vehicle battery,vehicle batteries
8508|吸尘器|vacuum cleaners
8509|小家电,厨房电器|small domestic appliances
8516|电热水器,电吹风,微波炉,电饭煲|water heaters,hair dryers,microwave ovens
8517|手机,智能手机,通信设备,基站,路由器|mobile phones,smartphones,base stations,routers,telecommunications equipment
8518|耳机,音箱,扬声器|headphones,earphones,loudspeakers
8525|摄像头,监控摄像机|video cameras,surveillance cameras
8528|电视机,显示器|televisions,TV sets,computer monitors
8536|开关,插座,连接器|switches,sockets,connectors
8539|灯泡|light bulbs
8541|光伏电池,太阳能电池,光伏组件,太阳能电池板,光伏产品,光伏,半导体器件,二极管,晶体管|solar cells,solar cell,solar panel,photovoltaic cells,solar panels,solar modules,photovoltaic modules,photovoltaic products,photovoltaic,diodes,transistors,semiconductor devices
8542|集成电路,芯片,半导体,处理器,存储芯片|integrated circuits,integrated circuit,chips,semiconductors,microchips,microprocessors,memory chips,high-bandwidth memory
8544|电线电缆,电缆,光缆|insulated wire,electric cables,optical fibre cables,cables
8602|机车|locomotives
8701|拖拉机,牵引车|tractors
8702|客车,大客车|buses,coaches
8703|汽车,乘用车,小汽车,轿车,电动汽车,新能源汽车,纯电动汽车,大排量汽车|passenger cars,cars,motor cars,automobiles,electric vehicles,electric vehicle,battery electric vehicles,battery electric vehicle,passenger vehicles,passenger car
8704|货车,卡车,皮卡,载货汽车|trucks,lorries,pickup trucks,light trucks
8706|汽车底盘,底盘|chassis
8708|汽车零部件,汽车零件,汽车配件|auto parts,automotive parts,vehicle parts,car parts
8711|摩托车,电动自行车|motorcycles,motorbikes,e-bikes,electric bicycles
8712|自行车|bicycles
8716|挂车,半挂车|trailers,semi-trailers
8802|飞机,直升机|aircraft,aeroplanes,airplanes,helicopters
8806|无人机,无人驾驶航空器|drones,drone,unmanned aircraft,=UAV,=UAVs
8807|无人机零部件|drone parts
8901|船舶,货船,集装箱船,散货船,油轮|cargo ships,container ships,bulk carriers,tankers
8903|游艇|yachts
9001|光纤|optical fibres,optical fibers
9004|眼镜,太阳镜|spectacles,sunglasses
9013|液晶面板,液晶显示模组|LCD panels,liquid crystal devices
9018|医疗器械,医疗设备,注射器|medical devices,medical instruments,syringes
9102|手表|wristwatches
92|乐器|musical instruments
9303|枪支|firearms
9306|弹药|ammunition
9401|座椅,椅子,沙发,软体家具|seats,sofas,upholstered furniture,upholstered seats
9403|家具,办公家具,木制家具,橱柜|furniture,office furniture,wooden furniture,kitchen cabinets
9404|床垫|mattresses
9405|LED灯,LED灯具,灯具,照明灯具,照明产品,路灯|LED lamps,LED lights,luminaires,lighting fixtures,lamps,light fittings,lighting products,lighting
9406|活动房屋,集成房屋|prefabricated buildings
9503|玩具,儿童玩具|toys,dolls
9504|游戏机|video game consoles,game consoles
9506|健身器材,运动用品|fitness equipment,exercise equipment,sports equipment
9507|钓具|fishing tackle,fishing rods
9603|牙刷|toothbrushes
9613|打火机|lighters,cigarette lighters
9619|纸尿裤,卫生巾|diapers,nappies,sanitary towels`;

/** Strings that contain product words but mean something else (matched, then dropped). */
export const PRODUCT_BLOCKERS =
  '葡萄牙,葡萄糖,黄金周,黄金期,黄金时期,黄金时间,虾皮,玉米淀粉,Gold Key,golden,coke oven,' +
  // Marketplace badges and services: no gold, diamonds or vessels are for sale there.
  'Gold Supplier,Gold Suppliers,Gold Member,Gold Plus,Silver Supplier,Diamond Member,Diamond Supplier,金牌供应商,金牌会员,钻石会员,钻石供应商,' +
  '船舶运输,船舶代理,船舶代理费';
