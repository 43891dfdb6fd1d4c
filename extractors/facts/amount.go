package facts

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

var amountRule = &rule{
	name:    "amount",
	kind:    Amount,
	pattern: "[subject [,]] [在 place] predicate|spend-verb [object] [link] MONEY, or subject light|spend-verb [nouns] predicate [link] MONEY, or [subject] [对|向|给 party] verb [价值] MONEY [的] predicate, or [subject] price-word MONEY [的价格] verb object; 公司 takes the company named last; an amount with no payer in a quotation takes the speaker's org; a clause that opens with the predicate takes the topic of the clause before",
	find:    (*Stage).amounts,
	examples: []example{
		// What is to come is marked (plan:marker): 将 before the verb in
		// the amount's clause, not in a clause before it.
		{"从今年起，湖北每年将投入3000多万元用于戏曲和传统文化的传承发展。",
			[]string{"DATE:今年|2018-01-01|2019-01-01", "PLACE:湖北|湖北省|420000|CN", "MONEY:3000多万元|30000000|CNY"},
			[]string{"amount:place-predicate-money|plan:marker|place:subject|湖北省|投入||30000000 CNY||湖北省"}},
		{"这轮增值税减税举措包括降低增值税税率，全年减税规模将达4000亿元。", []string{"MONEY:4000亿元|400000000000|CNY"},
			[]string{"amount:predicate-money|plan:marker||减税规模||400000000000 CNY"}},
		{"过去十年，全国累计改造各类棚户区超过1000万户，今年还将新开工300多万户，为此，中央财政共安排各类改造补助资金730亿元。",
			[]string{"DATE:过去十年|2002-08-31|2012-08-31", "QUANTITY:1000万户|10000000|户", "DATE:今年|2012-01-01|2013-01-01", "QUANTITY:300多万户|3000000|户", "ORG:中央财政", "MONEY:730亿元|73000000000|CNY"},
			[]string{"amount:org-adverbial-predicate-money|中央财政|资金||73000000000 CNY|2002-08-31"}},
		// A company that reports gives its own figures.
		{"腾讯昨日公布，第三季度营收达到1405亿元。",
			[]string{"ORG:腾讯|腾讯控股有限公司", "DATE:昨日|2024-06-03|2024-06-04", "DATE:第三季度|2024-07-01|2024-10-01", "MONEY:1405亿元|140500000000|CNY"},
			[]string{"amount:predicate-money|subject:reporting-company|腾讯控股有限公司|营业收入||140500000000 CNY|2024-07-01"}},
		// Abbreviations of divisions written together name them together.
		{"京津冀实现地区生产总值2.8万亿元。",
			[]string{"PLACE:京|北京市|110000", "PLACE:津|天津市|120000", "PLACE:冀|河北省|130000", "MONEY:2.8万亿元|2800000000000|CNY"},
			[]string{"amount:place-predicate-money|京津冀|生产总值||2800000000000 CNY"}},
		// Places written together are the last one, before a light verb too.
		{"上海浦东新区累计实现外贸进出口总值7.62万亿元。",
			[]string{"PLACE:上海|上海市|310000", "PLACE:浦东新区|上海市浦东新区|310115", "MONEY:7.62万亿元|7620000000000|CNY"},
			[]string{"amount:place-verb-predicate-money|place:subject|上海市浦东新区|进出口额|外贸|7620000000000 CNY||上海市浦东新区"}},
		// Nouns between the amount's 的 and its predicate say what kind.
		{"俄罗斯提供了152亿欧元的双边贷款援助。", []string{"PLACE:俄罗斯|俄罗斯||RU", "MONEY:152亿欧元|15200000000|EUR"},
			[]string{"amount:place-money-predicate|place:subject|俄罗斯|援助|双边贷款|15200000000 EUR||俄罗斯"}},
		// Whom a spend verb before the predicate pays stands before it,
		// after the payer; gse joins 发放贷款 into one noun.
		{"建设银行为小微企业发放贷款5亿元。", []string{"ORG:建设银行", "MONEY:5亿元|500000000|CNY"},
			[]string{"amount:org-predicate-money|建设银行|贷款|小微企业|500000000 CNY"}},
		// 为 after a verb that takes the phrase (继续, a filler) is "for".
		{"工商银行继续为小微企业提供贷款10亿元。", []string{"ORG:工商银行", "MONEY:10亿元|1000000000|CNY"},
			[]string{"amount:org-predicate-money|工商银行|贷款|小微企业|1000000000 CNY"}},
		// The price of what the verb after it buys or makes.
		{"阿里巴巴集团宣布以26.6亿美元收购高鑫零售。",
			[]string{"ORG:阿里巴巴集团", "MONEY:26.6亿美元|2660000000|USD"},
			[]string{"amount:org-price-verb-object|阿里巴巴集团|收购|高鑫零售|2660000000 USD"}},
		{"该市耗资3亿元建设体育馆，预计明年完工。", []string{"MONEY:3亿元|300000000|CNY"},
			[]string{"amount:price-verb-object||建设|体育馆|300000000 CNY"}},
		// After 以 only a verb of buying or selling makes the money a price.
		{"电影票房以50亿元再创新高。", []string{"MONEY:50亿元|5000000000|CNY"}, nil},
		// How long, between the subject and the verb, is no part of who.
		{"中央财政三年累计投入超3.4亿元。",
			[]string{"ORG:中央财政", "DURATION:三年", "MONEY:超3.4亿元|340000000|CNY"},
			[]string{"amount:org-predicate-money|中央财政|投入||340000000 CNY"}},
		// A subject word and the nouns of the budget (一般公共预算: 一般 is
		// tagged a, 公共 b).
		{"一季度，全国一般公共预算收入60189亿元。",
			[]string{"DATE:一季度|2024-01-01|2024-04-01", "MONEY:60189亿元|6018900000000|CNY"},
			[]string{"amount:word-phrase-predicate-money|place:subject|中国|收入|一般公共预算|6018900000000 CNY|2024-01-01|中国"}},
		{"园区还设立中韩创新创业产业基金,规模8.7亿元人民币,主要投向科技。",
			[]string{"MONEY:8.7亿元人民币|870000000|CNY"},
			[]string{"amount:org-comma-predicate-money|中韩创新创业产业基金|规模||870000000 CNY"}},
		{"“2023年国际科技合作项目立项支持国际性研发机构1家,支持经费200万元;支持科技合作项目17个,支持经费近300万元。”市科技局相关负责人告诉记者。",
			[]string{"DATE:2023年|2023-01-01|2024-01-01", "MONEY:200万元|2000000|CNY", "MONEY:近300万元|3000000|CNY"},
			[]string{
				"amount:predicate-money|subject:quote-speaker|市科技局|支持经费||2000000 CNY|2023-01-01",
				"amount:predicate-money|subject:quote-speaker|date:paragraph-context|市科技局|支持经费||3000000 CNY|2023-01-01",
			}},
		{"该公司2023年营收达12亿元。", []string{"MONEY:12亿元|1200000000|CNY", "DATE:2023年|2023-01-01|2024-01-01"},
			[]string{"amount:predicate-money||营业收入||1200000000 CNY|2023-01-01"}},
		// A word that ends like an institution (格局 like 公安局) names none.
		{"形成煤化工全产业链新格局，2023年产值达到430亿元。",
			[]string{"DATE:2023年|2023-01-01|2024-01-01", "MONEY:430亿元|43000000000|CNY"},
			[]string{"amount:predicate-money||产值||43000000000 CNY|2023-01-01"}},
		{"成都市科技局支持经费200万元。", []string{"MONEY:200万元|2000000|CNY", "ORG:成都市科技局"},
			[]string{"amount:org-predicate-money|place:org|成都市科技局|支持经费||2000000 CNY||四川省成都市"}},
		// A light verb and a date stand between the company and its revenue.
		{"宜昌金宝乐器制造有限公司2023年实现营业收入1.2亿元。",
			[]string{"MONEY:1.2亿元|120000000|CNY", "DATE:2023年|2023-01-01|2024-01-01"},
			[]string{"amount:org-predicate-money|宜昌金宝乐器制造有限公司|营业收入||120000000 CNY|2023-01-01"}},
		// 则 and 又 stand between a subject and its verb and change nothing.
		{"无锡市第一棉纺厂则投入8千万元。", []string{"MONEY:8千万元|80000000|CNY"},
			[]string{"amount:org-predicate-money|无锡市第一棉纺厂|投入||80000000 CNY"}},
		{"中央财政为此专门安排扶持资金417亿元。", []string{"MONEY:417亿元|41700000000|CNY"},
			[]string{"amount:word-verb-object-money|中央财政|安排|扶持资金|41700000000 CNY"}},
		// A time is no part of a name: 6月份公司 is a company anaphor after a date.
		{"2018年1月份-6月份公司实现营业收入72.42亿元。",
			[]string{"DATE:2018年1月份-6月份|2018-01-01|2018-07-01", "MONEY:72.42亿元|7242000000|CNY"},
			[]string{"amount:predicate-money||营业收入||7242000000 CNY|2018-01-01"}},
		// A subject word that is no name (fact_words.tsv, kind subject).
		{"中央财政投入4493.76万元支持社会组织开展服务活动。", []string{"MONEY:4493.76万元|44937600|CNY"},
			[]string{"amount:word-predicate-money|中央财政|投入||44937600 CNY"}},
		// A spend verb, the object it buys or sells, then the amount.
		{"海关统计显示，1-9月份，我国出口文化产品137亿美元，同比增长5.2%。", []string{"MONEY:137亿美元|13700000000|USD"},
			[]string{"amount:word-verb-object-money|place:subject|中国|出口|文化产品|13700000000 USD||中国"}},
		{"从年初至今，中央财政共安排446亿元帮助560万户农村危房进行改造。",
			[]string{"ORG:中央财政", "MONEY:446亿元|44600000000|CNY"},
			[]string{"amount:org-verb-object-money|中央财政|安排||44600000000 CNY"}},
		{"广东省去年出口机电产品1000亿美元。",
			[]string{"PLACE:广东省", "DATE:去年|2023-01-01|2024-01-01", "MONEY:1000亿美元|100000000000|USD"},
			[]string{"amount:place-verb-object-money|place:subject|广东省|出口|机电产品|100000000000 USD|2023-01-01|广东省"}},
		{"前7个月，我国交通固定资产投资超2万亿元。", []string{"MONEY:超2万亿元|2000000000000|CNY"},
			[]string{"amount:word-phrase-predicate-money|place:subject|中国|投资|交通固定资产|2000000000000 CNY||中国"}},
		// A name that opens the clause before the nouns of what the money is
		// for: the name is the subject, the nouns the object.
		{"今年上半年，四川交通建设完成投资635亿元。",
			[]string{"DATE:今年上半年|2024-01-01|2024-07-01", "PLACE:四川", "MONEY:635亿元|63500000000|CNY"},
			[]string{"amount:name-phrase-predicate-money|四川|投资|交通建设|63500000000 CNY|2024-01-01"}},
		{"2019年，中国游戏市场实际销售收入2308.8亿元。",
			[]string{"DATE:2019年|2019-01-01|2020-01-01", "PLACE:中国", "MONEY:2308.8亿元|230880000000|CNY"},
			[]string{"amount:name-phrase-predicate-money|place:subject|中国|销售收入|游戏市场|230880000000 CNY|2019-01-01|中国"}},
		// A light or spend verb and what the money is for stand between the
		// subject and the predicate.
		{"国家发展改革委近日安排中央预算内投资4000万元。",
			[]string{"ORG:国家发展改革委|国家发展和改革委员会", "MONEY:4000万元|40000000|CNY"},
			[]string{"amount:org-verb-predicate-money|国家发展和改革委员会|投资|中央预算内|40000000 CNY"}},
		{"一季度我国完成交通固定资产投资6752亿元。", []string{"MONEY:6752亿元|675200000000|CNY"},
			[]string{"amount:word-verb-predicate-money|place:subject|中国|投资|交通固定资产|675200000000 CNY||中国"}},
		// Only a mention is such a subject: 现场签署 merely ends like 海关总署.
		{"现场签署采购投资协议近4.8亿元", []string{"MONEY:近4.8亿元|480000000|CNY"},
			[]string{"amount:verb-object-money||投资|协议|480000000 CNY"}},
		// The predicate may end a longer noun token: 业务 of 业务收入 is part of
		// the phrase, 年 of 年收入 modifies the predicate.
		{"1—4月，我国软件业务收入42582亿元。", []string{"MONEY:42582亿元|4258200000000|CNY"},
			[]string{"amount:word-phrase-predicate-money|place:subject|中国|收入|软件业务|4258200000000 CNY||中国"}},
		{"一季度全国电影票房达244亿元。", []string{"MONEY:244亿元|24400000000|CNY"},
			[]string{"amount:word-phrase-predicate-money|place:subject|中国|票房|电影|24400000000 CNY||中国"}},
		{"中国游戏产业年收入达到2786.87亿元。", []string{"PLACE:中国", "MONEY:2786.87亿元|278687000000|CNY"},
			[]string{"amount:name-phrase-predicate-money|place:subject|中国|收入|游戏产业|278687000000 CNY||中国"}},
		// The company that announced it before a comma pays, wherever it goes.
		// Money named by what it does is the spend verb's object, the
		// verb first (衔接资金); a modifier opens no such name (累计金额).
		{"中央财政累计安排衔接资金6731亿元。",
			[]string{"ORG:中央财政", "MONEY:6731亿元|673100000000|CNY"},
			[]string{"amount:org-verb-object-money|中央财政|安排|衔接资金|673100000000 CNY"}},
		{"我国光伏产品出口累计金额接近430亿美元。",
			[]string{"MONEY:接近430亿美元|43000000000|USD"},
			[]string{"amount:word-phrase-predicate-money|place:subject|中国|金额|光伏产品出口|43000000000 USD||中国"}},
		// Whom the money goes to, after 向, stands between the payer and a
		// spend verb; 仅 singles the payer out and is no part of it.
		{"财政部向安徽省紧急下拨中央救灾资金6.15亿元。",
			[]string{"ORG:财政部|中华人民共和国财政部", "PLACE:安徽省", "MONEY:6.15亿元|615000000|CNY"},
			[]string{"amount:org-verb-object-money|place:org|中华人民共和国财政部|下拨|中央救灾资金|615000000 CNY||中国"}},
		{"仅吉林省当年就投入资金20多亿元。",
			[]string{"PLACE:吉林省", "MONEY:20多亿元|2000000000|CNY"},
			[]string{"amount:place-verb-object-money|place:subject|吉林省|投入|资金|2000000000 CNY||吉林省"}},
		// Bodies listed together pay together.
		{"今天，财政部、应急管理部向云南省紧急下拨中央防汛抗旱补助资金1亿元。",
			[]string{"DATE:今天|2024-06-04|2024-06-05", "ORG:财政部|中华人民共和国财政部", "ORG:应急管理部|中华人民共和国应急管理部", "PLACE:云南省", "MONEY:1亿元|100000000|CNY"},
			[]string{"amount:org-joint-verb-object-money|中华人民共和国财政部、中华人民共和国应急管理部|下拨|中央防汛抗旱补助资金|100000000 CNY|2024-06-04"}},
		// 商 between two bodies is 会同: the first leads.
		{"应急管理部商财政部已累计下拨中央补助资金17.55亿元。",
			[]string{"ORG:应急管理部|中华人民共和国应急管理部", "ORG:财政部|中华人民共和国财政部", "MONEY:17.55亿元|1755000000|CNY"},
			[]string{"amount:org-verb-object-money|place:org|中华人民共和国应急管理部|下拨|中央补助资金|1755000000 CNY||中国"}},
		// Whom the money is for, after 为 or 给, and 在 before a time stand
		// between the payer and the verb; the rest of a count names no payer.
		{"重庆已经累计为企业提供版权质押担保贷款25亿元，日本政府在去年已经投入12亿美元。",
			[]string{"PLACE:重庆|重庆市|500000|CN", "MONEY:25亿元|2500000000|CNY", "ORG:日本政府", "DATE:去年|2023-01-01|2024-01-01", "MONEY:12亿美元|1200000000|USD"},
			[]string{"amount:place-verb-object-money|place:subject|重庆市|提供|版权质押担保贷款|2500000000 CNY||重庆市", "amount:org-predicate-money|日本政府|投入||1200000000 USD|2023-01-01"}},
		{"免费给湖北省39家定点医院提供2000万元，美国政府计划向以色列提供价值3.2亿美元。",
			[]string{"PLACE:湖北省", "MONEY:2000万元|20000000|CNY", "ORG:美国政府", "PLACE:以色列|以色列||IL", "MONEY:3.2亿美元|320000000|USD"},
			[]string{"amount:verb-object-money||提供||20000000 CNY", "amount:org-verb-object-money|美国政府|提供|以色列|320000000 USD"}},
		// A year opening a spend verb's object is the fact's date.
		{"财政部日前下达2021年度补助地方水利发展资金574亿元。",
			[]string{"ORG:财政部|中华人民共和国财政部", "DATE:2021年度|2021-01-01|2022-01-01", "MONEY:574亿元|57400000000|CNY"},
			[]string{"amount:org-verb-object-money|place:org|中华人民共和国财政部|下达|补助地方水利发展资金|57400000000 CNY|2021-01-01|中国"}},
		// What an amount before 的 is the cost of.
		{"总投资近184亿元的国家电网浙北-福州特高压电力联网工程今天开工。",
			[]string{"MONEY:近184亿元|18400000000|CNY", "DATE:今天|2024-06-04|2024-06-05"},
			[]string{"amount:predicate-money||投资|国家电网浙北-福州特高压电力联网工程|18400000000 CNY|2024-06-04"}},
		// A funding round between the money and its predicate.
		{"智谱AI公司完成5亿元B轮融资。",
			[]string{"ORG:智谱AI公司", "MONEY:5亿元|500000000|CNY"},
			[]string{"amount:org-money-predicate|智谱AI公司|融资||500000000 CNY"}},
		// Money the subject gets keeps the verb that says so.
		{"小米集团获得投资10亿元。",
			[]string{"ORG:小米集团", "MONEY:10亿元|1000000000|CNY"},
			[]string{"amount:org-predicate-money|小米集团|获得投资||1000000000 CNY"}},
		// A description before the company's name is no part of who acts;
		// a name before another is no description.
		{"法资企业赛诺菲不久前宣布在这里投资10亿欧元。",
			[]string{"PLACE:法|法国", "ORG:赛诺菲|赛诺菲公司", "DATE:不久前|2024-05-01|2024-06-01", "MONEY:10亿欧元|1000000000|EUR"},
			[]string{"amount:org-appositive-predicate-money|赛诺菲公司|投资||1000000000 EUR|2024-05-01"}},
		{"中粮集团中粮资本投资10亿元。",
			[]string{"ORG:中粮集团", "ORG:中粮资本", "MONEY:10亿元|1000000000|CNY"},
			[]string{"amount:predicate-money||投资||1000000000 CNY"}},
		{"同日，蓉芯微电子公告称，拟在四川省成都市双流区投资45亿元人民币。",
			[]string{"ORG:蓉芯微电子", "PLACE:四川省", "PLACE:成都市", "PLACE:双流区", "MONEY:45亿元人民币|4500000000|CNY"},
			[]string{"amount:speaker-predicate-money|plan:marker|蓉芯微电子|投资||4500000000 CNY||四川省成都市双流区"}},
		// A sentence that opens with 在, a place and its inside says where;
		// the place is no payer.
		{"在内蒙古东部，投资1300多亿元建设风光基地。",
			[]string{"PLACE:内蒙古|内蒙古自治区|150000|CN", "MONEY:1300多亿元|130000000000|CNY"},
			[]string{"amount:predicate-money||投资||130000000000 CNY||内蒙古自治区"}},
		{"在四川境内，完成投资6亿元。",
			[]string{"PLACE:四川|四川省|510000|CN", "MONEY:6亿元|600000000|CNY"},
			[]string{"amount:predicate-money||投资||600000000 CNY||四川省"}},
		// A part by partner after 其中, also past a ；, and a parallel clause
		// with another partner.
		{"我国对共建“一带一路”国家进出口3.13万亿元。其中，对东盟进出口9932.4亿元；对中亚五国进出口950.9亿元。",
			[]string{"MONEY:3.13万亿元|3130000000000|CNY", "ORG:东盟|东南亚国家联盟", "MONEY:9932.4亿元|993240000000|CNY", "MONEY:950.9亿元|95090000000|CNY"},
			[]string{"amount:word-partner-predicate-money|place:subject|中国|进出口额|共建“一带一路”国家|3130000000000 CNY||中国",
				"amount:predicate-money|partner|subject:whole|place:subject|中国|进出口额|东南亚国家联盟|993240000000 CNY||中国",
				"amount:predicate-money|partner|subject:whole|place:subject|中国|进出口额|中亚五国|95090000000 CNY||中国"}},
		{"我国对共建“一带一路”国家进出口17.37万亿元，对东盟进出口5.57万亿元。",
			[]string{"MONEY:17.37万亿元|17370000000000|CNY", "ORG:东盟|东南亚国家联盟", "MONEY:5.57万亿元|5570000000000|CNY"},
			[]string{"amount:word-partner-predicate-money|place:subject|中国|进出口额|共建“一带一路”国家|17370000000000 CNY||中国",
				"amount:predicate-money|subject:parallel|partner|place:subject|中国|进出口额|东南亚国家联盟|5570000000000 CNY||中国"}},
		// A sentence that opens with another partner counts the same trade
		// as the sentence before (|subject:parallel-sentence); not when that
		// trade's subject came from a topic.
		{"前7个月，我国对东盟进出口3.59万亿元，同比增长2.8%。对中亚五国进出口3316.9亿元。",
			[]string{"DATE:前7个月|2024-01-01|2024-08-01", "ORG:东盟|东南亚国家联盟", "MONEY:3.59万亿元|3590000000000|CNY", "MONEY:3316.9亿元|331690000000|CNY"},
			[]string{"amount:word-partner-predicate-money|place:subject|中国|进出口额|东盟|3590000000000 CNY|2024-01-01|中国",
				"amount:predicate-money|subject:parallel-sentence|place:subject|中国|进出口额|中亚五国|331690000000 CNY|2024-01-01|中国"}},
		{"今年前5个月，东盟继续为我国第一大贸易伙伴，进出口2.59万亿元。对欧盟进出口2.28万亿元。",
			[]string{"DATE:今年前5个月|2024-01-01|2024-06-01", "ORG:东盟|东南亚国家联盟", "MONEY:2.59万亿元|2590000000000|CNY", "ORG:欧盟|欧洲联盟", "MONEY:2.28万亿元|2280000000000|CNY"},
			[]string{"amount:predicate-money|subject:topic|东南亚国家联盟|进出口额||2590000000000 CNY|2024-01-01",
				"amount:predicate-money|date:paragraph-context||进出口额||2280000000000 CNY|2024-01-01"}},
		// Times may stand between the one who announced it and the verb.
		{"国家电网今天（6月15日）表示，今年投资247亿元。",
			[]string{"ORG:国家电网|国家电网有限公司", "DATE:今天|2024-06-15|2024-06-16", "DATE:6月15日|2024-06-15|2024-06-16", "DATE:今年|2024-01-01|2025-01-01", "MONEY:247亿元|24700000000|CNY"},
			[]string{"amount:speaker-predicate-money|国家电网有限公司|投资||24700000000 CNY|2024-01-01"}},
		{"国家发展改革委今天表示，继续安排中央预算内投资2.3亿元。", []string{"ORG:国家发展改革委|国家发展和改革委员会", "DATE:今天|2024-06-04|2024-06-05", "MONEY:2.3亿元|230000000|CNY"},
			[]string{"amount:speaker-predicate-money|国家发展和改革委员会|投资||230000000 CNY"}},
		// gse may join 向 to the party's first character (向东/nr 盟).
		{"美国还向东盟提供1.5亿美元的援助。", []string{"PLACE:美国|美国||US", "ORG:东盟|东南亚国家联盟", "MONEY:1.5亿美元|150000000|USD"},
			[]string{"amount:place-money-predicate|place:subject|美国|援助|东南亚国家联盟|150000000 USD||美国"}},
		// A long object, with an adjective inside.
		{"近日，中央财政紧急拨付农业生产救灾及特大防汛抗旱补助资金10亿元。", []string{"ORG:中央财政", "MONEY:10亿元|1000000000|CNY"},
			[]string{"amount:org-verb-object-money|中央财政|拨付|农业生产救灾及特大防汛抗旱补助资金|1000000000 CNY"}},
		// A body named by its suffix announces too, and 再 says nothing of who.
		{"美国政府当天宣称，再向乌克兰提供18.5亿美元。", []string{"PLACE:美国|美国||US", "DATE:当天|2024-06-04|2024-06-05", "PLACE:乌克兰|乌克兰||UA", "MONEY:18.5亿美元|1850000000|USD"},
			[]string{"amount:speaker-verb-object-money|美国政府|提供|乌克兰|1850000000 USD"}},
		// What the money comes out of, 从…中, and where, 在 and a place word,
		// stand between the payer and its verb.
		{"中央组织部从代中央管理的党费中向西藏划拨5000万元，农发行在当地投放贷款3亿元。",
			[]string{"ORG:中央组织部|中共中央组织部", "PLACE:西藏|西藏自治区|540000|CN", "MONEY:5000万元|50000000|CNY", "ORG:农发行|中国农业发展银行", "MONEY:3亿元|300000000|CNY"},
			[]string{"amount:org-verb-object-money|中共中央组织部|划拨|西藏自治区|50000000 CNY", "amount:org-verb-predicate-money|中国农业发展银行|贷款||300000000 CNY"}},
		// How the money was given stands between the subject and its verb.
		{"国家发展改革委分两批下达中央预算内投资35亿元。", []string{"ORG:国家发展改革委|国家发展和改革委员会", "MONEY:35亿元|3500000000|CNY"},
			[]string{"amount:org-verb-predicate-money|国家发展和改革委员会|投资|中央预算内|3500000000 CNY"}},
		// After 向 comes whom the money goes to.
		{"湖北12家银行共向802家重点名单企业发放合格优惠贷款340亿元。", []string{"PLACE:湖北", "MONEY:340亿元|34000000000|CNY"},
			[]string{"amount:verb-object-money||发放|合格优惠贷款|34000000000 CNY"}},
		// A place after 在 is where the money went, not who paid it.
		{"他在北京投资300万元。", []string{"PLACE:北京", "MONEY:300万元|3000000|CNY"},
			[]string{"amount:predicate-money||投资||3000000 CNY||北京"}},
		// The predicate after the amount, the party fined after 对.
		{"荷兰数据保护局对美国优步公司处以2.9亿欧元罚款。",
			[]string{"ORG:荷兰数据保护局", "ORG:美国优步公司|优步公司", "MONEY:2.9亿欧元|290000000|EUR"},
			[]string{"amount:org-money-predicate|place:org|荷兰数据保护局|罚款|优步公司|290000000 EUR||荷兰"}},
		{"荷兰对美国优步公司开出2.9亿欧元罚单。",
			[]string{"PLACE:荷兰", "ORG:美国优步公司|优步公司", "MONEY:2.9亿欧元|290000000|EUR"},
			[]string{"amount:place-money-predicate|place:subject|荷兰|罚款|优步公司|290000000 EUR||荷兰"}},
		// Nouns after 对 are the party fined even when they are no name.
		{"欧盟对美国科技巨头开出7亿欧元罚单。",
			[]string{"ORG:欧盟|欧洲联盟", "PLACE:美国", "MONEY:7亿欧元|700000000|EUR"},
			[]string{"amount:org-money-predicate|欧洲联盟|罚款|美国科技巨头|700000000 EUR"}},
		// Aid and loans go to the party after 向.
		{"美国宣布向乌克兰提供价值4亿美元的军事援助。",
			[]string{"PLACE:美国", "PLACE:乌克兰", "MONEY:4亿美元|400000000|USD"},
			[]string{"amount:place-money-predicate|place:subject|美国|军事援助|乌克兰|400000000 USD||美国"}},
		{"世界银行向巴基斯坦提供15亿美元贷款。",
			[]string{"ORG:世界银行", "PLACE:巴基斯坦", "MONEY:15亿美元|1500000000|USD"},
			[]string{"amount:org-money-predicate|世界银行|贷款|巴基斯坦|1500000000 USD"}},
		// 从 and the source between the subject and the verb.
		{"乌克兰已从美国获得10亿美元贷款。", []string{"PLACE:乌克兰|乌克兰||UA", "PLACE:美国|美国||US", "MONEY:10亿美元|1000000000|USD"},
			[]string{"amount:place-money-predicate|place:subject|乌克兰|获得贷款||1000000000 USD||乌克兰"}},
		{"该项目获得了500万元的奖励。", []string{"MONEY:500万元|5000000|CNY"},
			[]string{"amount:money-predicate||获得奖励||5000000 CNY"}},
		// No verb before the amount: 500万元奖励 names no act.
		{"他说500万元奖励太少。", []string{"MONEY:500万元|5000000|CNY"}, nil},
		// 公司 refers back to the company the document named last.
		{"宜昌金宝乐器制造有限公司是一家乐器企业。2023年，公司实现营业收入1.2亿元。",
			[]string{"ORG:宜昌金宝乐器制造有限公司", "DATE:2023年|2023-01-01|2024-01-01", "MONEY:1.2亿元|120000000|CNY"},
			[]string{"amount:predicate-money|subject:company-coref|宜昌金宝乐器制造有限公司|营业收入||120000000 CNY|2023-01-01"}},
		// 子公司 is not 公司, and 研究院 is no company.
		{"四川省自然资源科学研究院成立于1958年。公司营收达12亿元。",
			[]string{"ORG:四川省自然资源科学研究院", "MONEY:12亿元|1200000000|CNY"},
			[]string{"amount:predicate-money||营业收入||1200000000 CNY"}},
		{"宜昌金宝乐器制造有限公司去年成立。其子公司营收达12亿元。",
			[]string{"ORG:宜昌金宝乐器制造有限公司", "MONEY:12亿元|1200000000|CNY"},
			[]string{"amount:predicate-money||营业收入||1200000000 CNY"}},
		{"春节7天假期，银联网络的交易金额达到1.38万亿元。", []string{"MONEY:1.38万亿元|1380000000000|CNY"},
			[]string{"amount:predicate-money||交易额||1380000000000 CNY"}},
		// The nearest date that is a clause of its own, not the sentence's first.
		{"7月15日,记者获悉,今年上半年,城市更新项目累计完成投资18.4亿元。",
			[]string{"DATE:7月15日|2024-07-15|2024-07-16", "DATE:今年上半年|2024-01-01|2024-07-01", "MONEY:18.4亿元|1840000000|CNY"},
			[]string{"amount:predicate-money||投资||1840000000 CNY|2024-01-01"}},
		// Two characters ending in a one-character suffix are a word (全部,
		// 部 as in 外交部), not a subject.
		{"全部预算为4900亿欧元。", []string{"MONEY:4900亿欧元|490000000000|EUR"},
			[]string{"amount:predicate-money||预算||490000000000 EUR"}},
		{"今年前四个月，我国数字产业完成业务收入11.5万亿元。", []string{"MONEY:11.5万亿元|11500000000000|CNY"},
			[]string{"amount:word-verb-predicate-money|中国数字产业|收入|业务|11500000000000 CNY"}},
		{"1-7月，全国公共财政收入80439亿元。", []string{"MONEY:80439亿元|8043900000000|CNY"},
			[]string{"amount:word-phrase-predicate-money|place:subject|中国|财政收入|公共|8043900000000 CNY||中国"}},
		// A subject word and the nouns of what it counts.
		{"今年上半年，全国铁路完成固定资产投资3559亿元。", []string{"MONEY:3559亿元|355900000000|CNY"},
			[]string{"amount:word-verb-predicate-money|全国铁路|投资|固定资产|355900000000 CNY"}},
		// A name or subject word that opens the clause and whatever words
		// stand before the predicate, as gse tagged them: what was counted.
		{"我国创新药市场规模突破1000亿元。", []string{"MONEY:1000亿元|100000000000|CNY"},
			[]string{"amount:word-phrase-predicate-money|place:subject|中国|规模|创新药市场|100000000000 CNY||中国"}},
		{"美国联邦政府债务规模突破33万亿美元。", []string{"PLACE:美国", "MONEY:33万亿美元|33000000000000|USD"},
			[]string{"amount:name-phrase-predicate-money|place:subject|美国|规模|联邦政府债务|33000000000000 USD||美国"}},
		// A clause that opens with the predicate after an amount's clause
		// counts for the same subject.
		{"截至11月底，全国基本医保基金总收入3.11万亿元，总支出2.63万亿元。",
			[]string{"DATE:截至11月底|2024-01-01|2024-12-01", "MONEY:3.11万亿元|3110000000000|CNY", "MONEY:2.63万亿元|2630000000000|CNY"},
			[]string{
				"amount:word-phrase-predicate-money|place:subject|中国|收入|基本医保基金|3110000000000 CNY|2024-01-01|中国",
				"amount:predicate-money|subject:parallel|place:subject|中国|支出||2630000000000 CNY|2024-01-01|中国",
			}},
		// 进出口 alone is trade in both directions; of two partners joined by
		// 和 the last is no subject alone.
		{"今年前7个月，我国货物贸易进出口25.7万亿元。", []string{"DATE:今年前7个月|2024-01-01|2024-08-01", "MONEY:25.7万亿元|25700000000000|CNY"},
			[]string{"amount:word-phrase-predicate-money|place:subject|中国|进出口额|货物贸易|25700000000000 CNY|2024-01-01|中国"}},
		{"今年前11个月，我国与欧盟和东盟进出口4.4万亿元。",
			[]string{"DATE:今年前11个月|2024-01-01|2024-12-01", "ORG:欧盟|欧洲联盟", "ORG:东盟|东南亚国家联盟", "MONEY:4.4万亿元|4400000000000|CNY"},
			[]string{"amount:word-partner-predicate-money|place:subject|中国|进出口额|欧盟和东盟|4400000000000 CNY|2024-01-01|中国"}},
		// A date may stand after the name, and 和 inside what was counted.
		{"美国今年3月商品和服务贸易逆差达1405亿美元。",
			[]string{"PLACE:美国", "DATE:今年3月|2024-03-01|2024-04-01", "MONEY:1405亿美元|140500000000|USD"},
			[]string{"amount:name-phrase-predicate-money|place:subject|美国|贸易逆差|商品和服务|140500000000 USD|2024-03-01|美国"}},
		// A level reached: 增长至 links the predicate to the amount.
		{"公司营业收入增长至100亿元。", []string{"MONEY:100亿元|10000000000|CNY"},
			[]string{"amount:predicate-money||营业收入||10000000000 CNY"}},
		// 当地 stands for the place its paragraph named last.
		{"在陕西大荔，当地冬枣销售额超70亿元。", []string{"PLACE:陕西|陕西省|610000", "PLACE:大荔|陕西省渭南市大荔县|610523", "MONEY:超70亿元|7000000000|CNY"},
			[]string{"amount:word-phrase-predicate-money|陕西省渭南市大荔县|销售额|冬枣|7000000000 CNY||陕西省渭南市大荔县"}},
		// A place named in a list, or one abbreviated, is no place 当地 stands for.
		{"将重点服务京津冀、长三角、粤港澳大湾区等区域。目前，当地投资50亿元。", []string{"PLACE:京|北京市|110000", "PLACE:津|天津市|120000", "PLACE:冀|河北省|130000", "PLACE:长三角|长三角||CN", "PLACE:粤港澳大湾区|粤港澳大湾区||CN", "MONEY:50亿元|5000000000|CNY"},
			[]string{"amount:predicate-money||投资||5000000000 CNY"}},
		// Two abbreviated sides before the predicate: the second is the
		// partner.
		{"2023年中非贸易额达2821亿美元。", []string{"DATE:2023年|2023-01-01|2024-01-01", "PLACE:中|中国", "PLACE:非|非洲", "MONEY:2821亿美元|282100000000|USD"},
			[]string{"amount:name-partner-predicate-money|place:subject|中国|贸易额|非洲|282100000000 USD|2023-01-01|中国"}},
		// After 对, 与 or 和 comes the partner.
		{"2023年，我国对共建“一带一路”国家进出口19.47万亿元。",
			[]string{"DATE:2023年|2023-01-01|2024-01-01", "MONEY:19.47万亿元|19470000000000|CNY"},
			[]string{"amount:word-partner-predicate-money|place:subject|中国|进出口额|共建“一带一路”国家|19470000000000 CNY|2023-01-01|中国"}},
		// A place that opens the first of things listed with 等 is not their
		// subject (|subject:sentence-place).
		{"北京菜市口百货商场等三家商场，春节期间实现销售额6.3亿元。",
			[]string{"PLACE:北京|北京市|110000|CN", "QUANTITY:三家|3|家", "DATE:春节|2024-02-10|2024-02-11", "MONEY:6.3亿元|630000000|CNY"},
			[]string{"amount:predicate-money||销售额||630000000 CNY|2024-02-10"}},
		// Also where gse reads 对 and a one-character partner as one word.
		{"韩国对华出口1371亿美元。", []string{"PLACE:韩国|韩国", "PLACE:华|中国", "MONEY:1371亿美元|137100000000|USD"},
			[]string{"amount:name-partner-verb-object-money|place:subject|韩国|出口|华|137100000000 USD||韩国"}},
		// Also after a place's 地区 or 区域; a word of trade before the
		// predicate ends the partner.
		{"2024年，长三角地区对共建“一带一路”国家进出口7.7万亿元。",
			[]string{"DATE:2024年|2024-01-01|2025-01-01", "PLACE:长三角|长三角", "MONEY:7.7万亿元|7700000000000|CNY"},
			[]string{"amount:name-partner-predicate-money|长三角|进出口额|共建“一带一路”国家|7700000000000 CNY|2024-01-01"}},
		{"2017年，青岛市与上合组织有关国家进出口贸易总额约为390.2亿元。",
			[]string{"DATE:2017年|2017-01-01|2018-01-01", "PLACE:青岛市|山东省青岛市|370200|CN", "ORG:上合组织|上海合作组织", "MONEY:约为390.2亿元|39020000000|CNY"},
			[]string{"amount:name-partner-predicate-money|place:subject|山东省青岛市|贸易额|上合组织有关国家|39020000000 CNY|2017-01-01|山东省青岛市"}},
		// Money after a count in the clause before counts for its subject.
		{"江西一季度开工重点项目1534个，总投资达6600亿元。",
			[]string{"PLACE:江西|江西省", "DATE:一季度|2024-01-01|2024-04-01", "QUANTITY:1534个|1534|个", "MONEY:6600亿元|660000000000|CNY"},
			[]string{"amount:predicate-money|subject:topic|place:subject|江西省|投资||660000000000 CNY|2024-01-01|江西省"}},
		// The topic's verb may be a word gse read whole that a filler
		// begins (已有/v).
		{"目前，陕西省已有600多个村子完成了“绿色村庄”的建设，今后每年将投入10亿元。",
			[]string{"PLACE:陕西省|陕西省|610000|CN", "QUANTITY:600多个|600|个", "MONEY:10亿元|1000000000|CNY"},
			[]string{"amount:predicate-money|subject:topic|plan:marker|place:subject|陕西省|投入||1000000000 CNY||陕西省"}},
		// A time after the topic's name, and the topic's time; not when it
		// was founded.
		{"国开行今年加大支持力度，共发放国家助学贷款803亿元。",
			[]string{"ORG:国开行|国家开发银行", "DATE:今年|2024-01-01|2025-01-01", "MONEY:803亿元|80300000000|CNY"},
			[]string{"amount:verb-object-money|subject:topic|国家开发银行|发放|国家助学贷款|80300000000 CNY|2024-01-01"}},
		{"大基金二期成立于2019年末，共募集资金2000亿元左右。",
			[]string{"ORG:大基金二期", "DATE:2019年末|2019-12-01|2020-01-01", "MONEY:2000亿元左右|200000000000|CNY"},
			[]string{"amount:verb-object-money|subject:topic|大基金二期|募集|资金|200000000000 CNY"}},
		// A name, then nouns joined by 与 up to the predicate.
		{"如今，华容县现代农业与绿色食品加工产业产值突破430亿元。",
			[]string{"PLACE:华容县|湖南省岳阳市华容县|430623|CN", "MONEY:430亿元|43000000000|CNY"},
			[]string{"amount:name-phrase-predicate-money|place:subject|湖南省岳阳市华容县|产值|现代农业与绿色食品加工产业|43000000000 CNY||湖南省岳阳市华容县"}},
		// The next item of a list of amounts is the same subject's.
		{"永钢集团总资产350亿元、年销售收入超过380亿元。", []string{"ORG:永钢集团", "MONEY:350亿元|35000000000|CNY", "MONEY:超过380亿元|38000000000|CNY"},
			[]string{"amount:org-predicate-money|永钢集团|资产||35000000000 CNY", "amount:predicate-money|subject:parallel|永钢集团|销售收入||38000000000 CNY"}},
		// A clause that compares the count may stand between.
		{"内蒙古接待国内游客1262.80万人次，是2023年的6.34倍，实现旅游收入88.12亿元。",
			[]string{"PLACE:内蒙古|内蒙古自治区", "QUANTITY:1262.80万人次|12628000|人次", "DATE:2023年|2023-01-01|2024-01-01", "MONEY:88.12亿元|8812000000|CNY"},
			[]string{"amount:predicate-money|subject:parallel|place:subject|内蒙古自治区|旅游收入||8812000000 CNY||内蒙古自治区"}},
		// A few nouns before the predicate, after a light verb, say what the
		// money counts; a change clause may stand between.
		{"今年1—2月，江苏接待境外游客22万人次，同比增长120%，实现旅游外汇收入3.5亿美元。",
			[]string{"DATE:今年1—2月|2024-01-01|2024-03-01", "PLACE:江苏|江苏省", "QUANTITY:22万人次|220000|人次", "PERCENT:120%|120|%", "MONEY:3.5亿美元|350000000|USD"},
			[]string{"amount:predicate-money|subject:parallel|place:subject|江苏省|旅游外汇收入||350000000 USD|2024-01-01|江苏省"}},
		{"全村接待游客3万多人，实现旅游纯收入80多万元。",
			[]string{"QUANTITY:3万多人|30000|人", "MONEY:80多万元|800000|CNY"},
			[]string{"amount:predicate-money|subject:parallel|全村|旅游纯收入||800000 CNY"}},
		// 全村 is the village named last before it in its paragraph, else the
		// one the document names most, unless the paragraph tells of a place
		// elsewhere.
		{"他到乐业县百坭村担任第一书记，全村人均纯收入达到9000元。",
			[]string{"PLACE:乐业县|广西壮族自治区百色市乐业县|451028|CN", "PLACE:百坭村|广西壮族自治区百色市乐业县百坭村|451028|CN", "MONEY:9000元|9000|CNY"},
			[]string{"amount:word-predicate-money|place:subject|广西壮族自治区百色市乐业县百坭村|人均纯收入||9000 CNY||广西壮族自治区百色市乐业县百坭村"}},
		{"小岗村变化很大。\n小岗村人住上了楼房。\n2003年全村人均纯收入只有1200元。",
			[]string{"PLACE:小岗村|小岗村||CN", "PLACE:小岗村|小岗村||CN", "DATE:2003年|2003-01-01|2004-01-01", "MONEY:1200元|1200|CNY"},
			[]string{"amount:word-predicate-money|place:subject|小岗村|人均纯收入||1200 CNY|2003-01-01|小岗村"}},
		{"柏桥村种荔枝。\n柏桥村很美。\n新疆霍城种薰衣草，全村人均收入达2.2万元。",
			[]string{"PLACE:柏桥村|广东省茂名市高州市根子镇柏桥村|440981|CN", "PLACE:柏桥村|广东省茂名市高州市根子镇柏桥村|440981|CN", "PLACE:新疆|新疆维吾尔自治区|650000|CN", "PLACE:霍城|新疆维吾尔自治区伊犁哈萨克自治州霍城县|654023|CN", "MONEY:2.2万元|22000|CNY"},
			[]string{"amount:predicate-money||全村人均收入||22000 CNY"}},
		// 全省 where no province stands out in the document is the one its
		// paragraph named last, not one of a list (浙江、江苏两省，全省…).
		{"今年江西省早稻意向播种面积1800万亩左右，目前，全省已提前下达耕地地力补贴资金43.02亿元。",
			[]string{"PLACE:江西省|江西省|360000|CN", "MONEY:43.02亿元|4302000000|CNY"},
			[]string{"amount:word-verb-object-money|place:subject|江西省|下达|耕地地力补贴资金|4302000000 CNY||江西省"}},
		// 村里 says the village as 全村 does.
		{"韩丽来到朝阳村，当时村里年人均纯收入不到3500元。",
			[]string{"PERSON:韩丽", "PLACE:朝阳村|吉林省辽源市东辽县朝阳村|220422|CN", "MONEY:不到3500元|3500|CNY"},
			[]string{"amount:word-predicate-money|place:subject|吉林省辽源市东辽县朝阳村|人均纯收入||3500 CNY||吉林省辽源市东辽县朝阳村"}},
		{"2017年，全县猕猴桃实现综合产值22亿元。",
			[]string{"DATE:2017年|2017-01-01|2018-01-01", "MONEY:22亿元|2200000000|CNY"},
			[]string{"amount:predicate-money||综合产值||2200000000 CNY|2017-01-01"}},
		// Not the last of a list, nor a verb alone between name and amount.
		{"三星、台积电、英特尔等企业预计分别投资数百亿美元。", []string{"ORG:英特尔", "MONEY:数百亿美元|20000000000|USD"},
			[]string{"amount:predicate-money|plan:marker||投资||20000000000 USD"}},
		{"中国需要进口10万亿美元左右。", []string{"PLACE:中国", "MONEY:10万亿美元左右|10000000000000|USD"},
			[]string{"amount:verb-object-money||进口||10000000000000 USD"}},
		// Nouns that open the clause before a spend verb are what it spent
		// on or sold; 了 may follow the verb.
		{"上半年，机电产品出口7.8万亿元。", []string{"DATE:上半年|2024-01-01|2024-07-01", "MONEY:7.8万亿元|7800000000000|CNY"},
			[]string{"amount:verb-object-money||出口|机电产品|7800000000000 CNY|2024-01-01"}},
		{"今年，湖南争取了中央资金5.79亿元。", []string{"DATE:今年|2024-01-01|2025-01-01", "PLACE:湖南", "MONEY:5.79亿元|579000000|CNY"},
			[]string{"amount:place-verb-object-money|湖南|争取|中央资金|579000000 CNY|2024-01-01"}},
		{"今年前三季度，西部地区出口2万亿元。", []string{"DATE:今年前三季度|2024-01-01|2024-10-01", "MONEY:2万亿元|2000000000000|CNY"},
			[]string{"amount:word-verb-object-money|西部地区|出口||2000000000000 CNY|2024-01-01"}},
		// Divisions written together are the last one (四川成都 → 四川省成都市).
		{"去年，四川成都完成投资2000亿元。", []string{"DATE:去年|2023-01-01|2024-01-01", "PLACE:四川|四川省|510000", "PLACE:成都|四川省成都市|510100", "MONEY:2000亿元|200000000000|CNY"},
			[]string{"amount:place-predicate-money|place:subject|四川省成都市|投资||200000000000 CNY|2023-01-01|四川省成都市"}},
		{"四川成都交通建设完成投资635亿元。", []string{"PLACE:四川|四川省|510000", "PLACE:成都|四川省成都市|510100", "MONEY:635亿元|63500000000|CNY"},
			[]string{"amount:name-phrase-predicate-money|place:subject|四川省成都市|投资|交通建设|63500000000 CNY||四川省成都市"}},
		// Nouns that open the clause before the predicate say what was
		// counted, subject or not; a verb predicate has its payer there.
		{"截至6月末，本外币贷款余额41399亿元。", []string{"DATE:截至6月末|2024-01-01|2024-07-01", "MONEY:41399亿元|4139900000000|CNY"},
			[]string{"amount:predicate-money||本外币贷款余额||4139900000000 CNY|2024-01-01"}},
		// A one-character adjective among the nouns, and a list of nouns
		// joined by 、, are part of what was counted; a list with a name in it
		// is read not at all, and 、 between clauses joins no list.
		{"今年前三季度，冷链物流总额为6.4万亿元。", []string{"DATE:今年前三季度|2024-01-01|2024-10-01", "MONEY:6.4万亿元|6400000000000|CNY"},
			[]string{"amount:predicate-money||冷链物流总额||6400000000000 CNY|2024-01-01"}},
		{"今年，汽车、家电、数码产品销售额约8300亿元。", []string{"DATE:今年|2024-01-01|2025-01-01", "MONEY:约8300亿元|830000000000|CNY"},
			[]string{"amount:predicate-money||销售额|汽车、家电、数码产品|830000000000 CNY|2024-01-01"}},
		{"今年，北京、家电、数码产品销售额约8300亿元。", []string{"DATE:今年|2024-01-01|2025-01-01", "PLACE:北京|北京市|110000", "MONEY:约8300亿元|830000000000|CNY"},
			[]string{"amount:predicate-money||销售额||830000000000 CNY|2024-01-01"}},
		{"预计西藏接待游客达7200万人次、文化产业产值120亿元。", []string{"PLACE:西藏|西藏自治区|540000", "QUANTITY:7200万人次|72000000|人次", "MONEY:120亿元|12000000000|CNY"},
			[]string{"amount:predicate-money|plan:marker||产值|文化产业|12000000000 CNY"}},
		{"前三季度农村居民人均可支配收入达到了16740元。", []string{"DATE:前三季度|2024-01-01|2024-10-01", "MONEY:16740元|16740|CNY"},
			[]string{"amount:predicate-money||农村居民人均可支配收入||16740 CNY|2024-01-01"}},
		// A verb predicate's party after 向 (not 对, a trade partner).
		{"三星向苹果赔偿10亿美元。", []string{"ORG:三星|三星集团", "ORG:苹果", "MONEY:10亿美元|1000000000|USD"},
			[]string{"amount:org-predicate-money|三星集团|赔偿|苹果|1000000000 USD"}},
		// A word of consent between the subject and 向 is skipped (fact_words
		// kind filler: 决定, 批准).
		{"美国批准向韩国出售价值2.58亿美元的武器。", []string{"PLACE:美国|美国", "PLACE:韩国|韩国", "MONEY:2.58亿美元|258000000|USD"},
			[]string{"amount:place-verb-object-money|place:subject|美国|出售|韩国|258000000 USD||美国"}},
		// A person gives or spends, maybe after nouns that say who.
		{"网友李丽春捐赠了3380元。", []string{"PERSON:李丽春", "MONEY:3380元|3380|CNY"},
			[]string{"amount:person-predicate-money|李丽春|捐赠||3380 CNY"}},
		// Up to twelve characters of nouns, a direction among them; 于 before a
		// time between the subject and the verb.
		{"规模以上电子信息制造业实现营业收入6.49万亿元。", []string{"MONEY:6.49万亿元|6490000000000|CNY"},
			[]string{"amount:predicate-money||营业收入|规模以上电子信息制造业|6490000000000 CNY"}},
		{"财政部会同农业农村部于近日下达救灾资金14亿元。", []string{"ORG:财政部|中华人民共和国财政部", "ORG:农业农村部|中华人民共和国农业农村部", "DATE:近日|2024-05-25|2024-06-04", "MONEY:14亿元|1400000000|CNY"},
			[]string{"amount:org-verb-object-money|place:org|中华人民共和国财政部|下达|救灾资金|1400000000 CNY|2024-05-25|中国"}},
		// 新增 before what was added is a spend verb; right before the money
		// it is a change's (人民币贷款新增15.68万亿元).
		{"2020年我国新增制造业贷款2.2万亿元。", []string{"DATE:2020年|2020-01-01|2021-01-01", "MONEY:2.2万亿元|2200000000000|CNY"},
			[]string{"amount:word-verb-object-money|place:subject|中国|新增|制造业贷款|2200000000000 CNY|2020-01-01|中国"}},
		{"前11个月人民币贷款新增15.68万亿元。", []string{"DATE:前11个月|2024-01-01|2024-12-01", "MONEY:15.68万亿元|15680000000000|CNY"}, nil},
		// An adverb inside makes words ending in a suffix a clause, no name.
		{"疫情发生以来已为小微企业累计提供213亿元贷款。", []string{"MONEY:213亿元|21300000000|CNY"},
			[]string{"amount:money-predicate||贷款||21300000000 CNY"}},
		// 为 (for) is a preposition whatever gse tags it (为/zg), with an
		// adjective before the name (为/zg 小/a 微企业): whom the money is
		// for, not who pays. 为 the copula, before an amount or a name
		// ending the clause, and 为 inside a word (为期), stay as they were.
		{"疫情发生以来为小微企业累计提供213亿元贷款。", []string{"MONEY:213亿元|21300000000|CNY"},
			[]string{"amount:money-predicate||贷款||21300000000 CNY"}},
		{"排名第一的为华为公司，营收8000亿元。", []string{"ORG:华为公司", "MONEY:8000亿元|800000000000|CNY"},
			[]string{"amount:org-comma-predicate-money|华为公司|营业收入||800000000000 CNY"}},
		{"两家公司投资额分别为5亿元和3亿元。", []string{"QUANTITY:两家|2|家", "MONEY:5亿元|500000000|CNY", "MONEY:3亿元|300000000|CNY"},
			[]string{"amount:counted-predicate-money|两家公司|投资||500000000 CNY"}},
		{"为期三天的展会上，阿里巴巴集团投资100亿元。", []string{"DURATION:三天", "ORG:阿里巴巴集团", "MONEY:100亿元|10000000000|CNY"},
			[]string{"amount:org-predicate-money|阿里巴巴集团|投资||10000000000 CNY"}},
		// A spend verb gse joined to the predicate is no phrase of the name.
		{"农发行发放贷款302亿元。", []string{"ORG:农发行|中国农业发展银行", "MONEY:302亿元|30200000000|CNY"},
			[]string{"amount:org-predicate-money|中国农业发展银行|贷款||30200000000 CNY"}},
		// A counted group that opens the clause, with its place, is the
		// subject; the nouns after a light verb say what was counted.
		{"今年一季度，辽宁省13个高新区实现高新技术产品产值1123亿元。", []string{"DATE:今年一季度|2024-01-01|2024-04-01", "PLACE:辽宁省|辽宁省|210000", "QUANTITY:13个|13|个", "MONEY:1123亿元|112300000000|CNY"},
			[]string{"amount:counted-predicate-money|辽宁省13个高新区|产值|高新技术产品|112300000000 CNY|2024-01-01"}},
		{"全国250个重大项目完成投资1000亿元。", []string{"QUANTITY:250个|250|个", "MONEY:1000亿元|100000000000|CNY"},
			[]string{"amount:counted-predicate-money|全国250个重大项目|投资||100000000000 CNY"}},
		{"今年250个重大建设项目完成投资1102.2亿元。", []string{"DATE:今年|2024-01-01|2025-01-01", "QUANTITY:250个|250|个", "MONEY:1102.2亿元|110220000000|CNY"},
			[]string{"amount:counted-predicate-money|250个重大建设项目|投资||110220000000 CNY|2024-01-01"}},
		// An amount word after the group is what the predicate is of.
		{"2012年年底36个地区债务余额共计3.85万亿元。", []string{"DATE:2012年年底|2012-12-01|2013-01-01", "QUANTITY:36个|36|个", "MONEY:3.85万亿元|3850000000000|CNY"},
			[]string{"amount:counted-predicate-money|36个地区|余额|债务|3850000000000 CNY|2012-12-01"}},
		// A count of years is no group.
		{"3年来企业实现利润800亿元。", []string{"QUANTITY:3年|3|年", "MONEY:800亿元|80000000000|CNY"},
			[]string{"amount:predicate-money||利润||80000000000 CNY"}},
		{"今年1至4月，江苏全省实现社会消费品零售总额15991.9亿元。", []string{"DATE:今年1至4月|2024-01-01|2024-05-01", "PLACE:江苏|江苏省|320000", "MONEY:15991.9亿元|1599190000000|CNY"},
			[]string{"amount:place-verb-predicate-money|place:subject|江苏省|零售额|社会消费品|1599190000000 CNY|2024-01-01|江苏省"}},
		// Letters and digits among the nouns.
		{"2月末，广义货币M2余额223.6万亿元。", []string{"DATE:2月末|2024-02-21|2024-03-01", "MONEY:223.6万亿元|223600000000000|CNY"},
			[]string{"amount:predicate-money||广义货币M2余额||223600000000000 CNY|2024-02-21"}},
		// 地区 after a place is the region's; 会同 opens no subject.
		{"2024年，长三角地区高端装备出口2611.6亿元。", []string{"DATE:2024年|2024-01-01|2025-01-01", "PLACE:长三角|长三角||CN", "MONEY:2611.6亿元|261160000000|CNY"},
			[]string{"amount:name-phrase-verb-object-money|place:subject|长三角|出口|高端装备|261160000000 CNY|2024-01-01|长三角"}},
		{"应急管理部调拨救灾物资，会同财政部下达了中央救灾资金20.85亿元。", []string{"ORG:应急管理部|中华人民共和国应急管理部", "ORG:财政部|中华人民共和国财政部", "MONEY:20.85亿元|2085000000|CNY"},
			[]string{"amount:verb-object-money||下达|中央救灾资金|2085000000 CNY"}},
		{"今年前4个月，轻工业实现营业收入近7万亿元。", []string{"DATE:今年前4个月|2024-01-01|2024-05-01", "MONEY:近7万亿元|7000000000000|CNY"},
			[]string{"amount:predicate-money||营业收入|轻工业|7000000000000 CNY|2024-01-01"}},
		{"今年前三季度全国铁路完成固定资产投资5612亿元。", []string{"DATE:今年前三季度|2024-01-01|2024-10-01", "MONEY:5612亿元|561200000000|CNY"},
			[]string{"amount:word-verb-predicate-money|全国铁路|投资|固定资产|561200000000 CNY|2024-01-01"}},
		{"财政部会同农业农村部下达中央财政农业生产防灾救灾资金5.46亿元。", []string{"ORG:财政部|中华人民共和国财政部", "ORG:农业农村部|中华人民共和国农业农村部", "MONEY:5.46亿元|546000000|CNY"},
			[]string{"amount:org-verb-object-money|place:org|中华人民共和国财政部|下达|中央财政农业生产防灾救灾资金|546000000 CNY||中国"}},
		{"今年中央财政已累计安排农业生产和水利救灾资金12.9亿元。", []string{"DATE:今年|2024-01-01|2025-01-01", "ORG:中央财政", "MONEY:12.9亿元|1290000000|CNY"},
			[]string{"amount:org-verb-object-money|中央财政|安排|农业生产和水利救灾资金|1290000000 CNY|2024-01-01"}},
		{"2020年财政部安排农田建设补助资金702亿元。", []string{"DATE:2020年|2020-01-01|2021-01-01", "ORG:财政部|中华人民共和国财政部", "MONEY:702亿元|70200000000|CNY"},
			[]string{"amount:org-verb-object-money|place:org|中华人民共和国财政部|安排|农田建设补助资金|70200000000 CNY|2020-01-01|中国"}},
		{"2022年，全国共投入研究与试验发展经费30782.9亿元。", []string{"DATE:2022年|2022-01-01|2023-01-01", "MONEY:30782.9亿元|3078290000000|CNY"},
			[]string{"amount:word-verb-object-money|place:subject|中国|投入|研究与试验发展经费|3078290000000 CNY|2022-01-01|中国"}},
		// After the topic's clause, nouns that open the clause say what the
		// topic counts, unless they name who acts.
		{"今年前8个月，我国服务贸易稳步增长，服务进出口总额52476.9亿元人民币。", []string{"DATE:今年前8个月|2025-01-01|2025-09-01", "MONEY:52476.9亿元人民币|5247690000000|CNY"},
			[]string{"amount:predicate-money|subject:topic|place:subject|中国|进出口额|服务|5247690000000 CNY|2025-01-01|中国"}},
		{"交通运输部统筹协调，当地交通部门投资20万元。", []string{"ORG:交通运输部", "MONEY:20万元|200000|CNY"},
			[]string{"amount:predicate-money||投资||200000 CNY"}},
		{"湖南水库建设工程开工，总投资预计超过102亿元。", []string{"PLACE:湖南|湖南省", "MONEY:超过102亿元|10200000000|CNY"},
			[]string{"amount:predicate-money|subject:topic|plan:marker|place:subject|湖南省|投资||10200000000 CNY||湖南省"}},
		{"2010年福州城镇居民人均可支配收入和农村居民人均纯收入分别达到26050元和10107元。",
			[]string{"DATE:2010年|2010-01-01|2011-01-01", "PLACE:福州|福建省福州市", "MONEY:26050元|26050|CNY", "MONEY:10107元|10107|CNY"},
			[]string{"amount:name-predicate-money|respectively|福建省福州市|人均可支配收入|城镇居民|26050 CNY|2010-01-01", "amount:name-predicate-money|respectively|福建省福州市|人均纯收入|农村居民|10107 CNY|2010-01-01"}},
		// 分别 pairs listed names with as many amounts.
		{"前两个月，我国对东盟、欧盟分别进出口1.07万亿元、1.02万亿元。", []string{"DATE:前两个月|2024-01-01|2024-03-01", "ORG:东盟|东南亚国家联盟", "ORG:欧盟|欧洲联盟", "MONEY:1.07万亿元|1070000000000|CNY", "MONEY:1.02万亿元|1020000000000|CNY"},
			[]string{"amount:predicate-money|respectively|place:subject|中国|进出口额|东南亚国家联盟|1070000000000 CNY|2024-01-01|中国", "amount:predicate-money|respectively|place:subject|中国|进出口额|欧洲联盟|1020000000000 CNY|2024-01-01|中国"}},
		{"10月末，广义货币（M2）余额309.71万亿元。", []string{"DATE:10月末|2024-10-21|2024-11-01", "MONEY:309.71万亿元|309710000000000|CNY"},
			[]string{"amount:predicate-money||余额|广义货币（M2）|309710000000000 CNY|2024-10-21"}},
		{"今年一季度，全国演出票房达23.36亿元。", []string{"DATE:今年一季度|2025-01-01|2025-04-01", "MONEY:23.36亿元|2336000000|CNY"},
			[]string{"amount:word-phrase-predicate-money|place:subject|中国|票房|演出|2336000000 CNY|2025-01-01|中国"}},
		{"今年，中央投入14亿元。", []string{"DATE:今年|2024-01-01|2025-01-01", "MONEY:14亿元|1400000000|CNY"},
			[]string{"amount:predicate-money||投入||1400000000 CNY|2024-01-01"}},
		// Before other spend verbs stands who pays; 价值 links.
		{"今年春耕，中央安排45亿元。", []string{"DATE:今年|2024-01-01|2025-01-01", "MONEY:45亿元|4500000000|CNY"},
			[]string{"amount:verb-object-money||安排||4500000000 CNY|2024-01-01"}},
		{"该厂进口了价值1800万元的设备。", []string{"MONEY:1800万元|18000000|CNY"},
			[]string{"amount:verb-object-money||进口||18000000 CNY"}},
		// A date that opens an earlier clause of the sentence dates the amount.
		{"中国轻工业联合会发布数据显示，2023年我国轻工业生产持续回升，实现营业收入22.2万亿元。",
			[]string{"ORG:中国轻工业联合会", "DATE:2023年|2023-01-01|2024-01-01", "MONEY:22.2万亿元|22200000000000|CNY"},
			[]string{"amount:predicate-money|subject:topic|place:subject|中国|营业收入||22200000000000 CNY|2023-01-01|中国"}},
		// A clause that opens with the predicate takes the topic of the clause
		// before it, not a source that reports the number or a time clause.
		{"一季度，云南计划开工500多个项目，总投资超700亿元。",
			[]string{"PLACE:云南|云南省", "MONEY:700亿元|70000000000|CNY"},
			[]string{"amount:predicate-money|subject:topic|place:subject|云南省|投资||70000000000 CNY||云南省"}},
		// The place's projects, counted, may stand between it and the verb
		// (rule |subject:counted-topic); not one company of the place, which acts itself.
		{"辽宁49项重大电网工程开工建设，总投资超过200亿元。",
			[]string{"PLACE:辽宁|辽宁省|210000|CN", "QUANTITY:49项|49|项", "MONEY:超过200亿元|20000000000|CNY"},
			[]string{"amount:predicate-money|subject:counted-topic|place:subject|辽宁省|投资||20000000000 CNY||辽宁省"}},
		{"29日，深圳今年首批266个重大项目开工建设，总投资约3295.3亿元。",
			[]string{"DATE:29日|2024-05-29|2024-05-30", "PLACE:深圳|广东省深圳市|440300|CN", "DATE:今年|2024-01-01|2025-01-01", "QUANTITY:266个|266|个", "MONEY:约3295.3亿元|329530000000|CNY"},
			[]string{"amount:predicate-money|subject:counted-topic|place:subject|广东省深圳市|投资||329530000000 CNY|2024-05-29|广东省深圳市"}},
		{"青岛一家企业攻克了世界性难题，拿下了101亿元的超级订单。",
			[]string{"PLACE:青岛|山东省青岛市|370200|CN", "QUANTITY:一家|1|家", "MONEY:101亿元|10100000000|CNY"},
			[]string{"amount:money-predicate||订单|超级|10100000000 CNY"}},
		{"作为黄河源头的青海，今年下达重点流域生态补偿资金3亿元。",
			[]string{"PLACE:青海|青海省", "DATE:今年|2024-01-01|2025-01-01", "MONEY:3亿元|300000000|CNY"},
			[]string{"amount:verb-object-money|subject:topic|place:subject|青海省|下达|重点流域生态补偿资金|300000000 CNY|2024-01-01|青海省"}},
		// A colon after a news lead starts the topic's clause.
		{"央视网消息（新闻联播）：紧邻京津的河北省，今年以来安排8.5亿元科技创新专项资金。",
			[]string{"ORG:央视网", "PLACE:京|北京市|110000|CN", "PLACE:津|天津市|120000|CN", "PLACE:河北省|河北省|130000|CN", "DATE:今年以来|2024-01-01|2024-06-04", "MONEY:8.5亿元|850000000|CNY"},
			[]string{"amount:verb-object-money|subject:topic|place:subject|河北省|安排||850000000 CNY|2024-01-01|河北省"}},
		// gse tags 通过 a preposition; before 了 it is the topic's verb.
		{"去年12月，日本内阁通过了2023财年防卫预算，总额达6.8万亿日元。",
			[]string{"DATE:去年12月|2023-12-01|2024-01-01", "ORG:日本内阁", "PLACE:日本|日本||JP", "MONEY:6.8万亿日元|6800000000000|JPY"},
			[]string{"amount:predicate-money|subject:topic|日本内阁|总额||6800000000000 JPY|2023-12-01"}},
		// The nouns of what the topic counts may open with an adjective of
		// any length (一般/a 贸易).
		{"前11个月，我国外贸结构持续优化，一般贸易进出口24.47万亿元。",
			[]string{"DATE:前11个月|2024-01-01|2024-12-01", "MONEY:24.47万亿元|24470000000000|CNY"},
			[]string{"amount:predicate-money|subject:topic|place:subject|中国|进出口额|一般贸易|24470000000000 CNY|2024-01-01|中国"}},
		// A time's last character is no part of the predicate (去年|人均纯收入,
		// not 去|年人均纯收入).
		{"田坝村去年人均纯收入达到了8000多块。",
			[]string{"PLACE:田坝村|贵州省遵义市凤冈县田坝村|520327|CN", "DATE:去年|2023-01-01|2024-01-01", "MONEY:8000多块|8000|CNY"},
			[]string{"amount:place-predicate-money|place:subject|贵州省遵义市凤冈县田坝村|人均纯收入||8000 CNY|2023-01-01|贵州省遵义市凤冈县田坝村"}},
		// 其 after a clause that names a company and its estimate.
		{"戴尔公司估计，其第一季度收入约为142亿美元。",
			[]string{"ORG:戴尔公司", "DATE:第一季度|2024-01-01|2024-04-01", "MONEY:约为142亿美元|14200000000|USD"},
			[]string{"amount:predicate-money|subject:pronoun|戴尔公司|收入||14200000000 USD|2024-01-01"}},
		// A filler gse tags a verb is the topic's verb when no other follows.
		{"中国华录提前一年扭亏为盈，净利润为1530万元。",
			[]string{"ORG:中国华录", "MONEY:1530万元|15300000|CNY"},
			[]string{"amount:predicate-money|subject:topic|中国华录|净利润||15300000 CNY"}},
		// 我们国家 is 我国.
		{"2011年，我们国家创造了47.2万亿元的国内生产总值。",
			[]string{"DATE:2011年|2011-01-01|2012-01-01", "MONEY:47.2万亿元|47200000000000|CNY"},
			[]string{"amount:word-money-predicate|place:subject|中国|生产总值||47200000000000 CNY|2011-01-01|中国"}},
		// A time among the nouns between the name and the predicate.
		{"上海金融市场去年交易总额突破1600万亿元。",
			[]string{"PLACE:上海|上海市|310000|CN", "DATE:去年|2023-01-01|2024-01-01", "MONEY:1600万亿元|1600000000000000|CNY"},
			[]string{"amount:name-dated-phrase-predicate-money|place:subject|上海市|总额|金融市场交易|1600000000000000 CNY|2023-01-01|上海市"}},
		{"江苏服装业今年前10个月工业总产值达到了3196亿。",
			[]string{"PLACE:江苏|江苏省|320000|CN", "DATE:今年前10个月|2024-01-01|2024-11-01", "MONEY:3196亿|319600000000|CNY"},
			[]string{"amount:name-dated-phrase-predicate-money|place:subject|江苏省|产值|服装业工业|319600000000 CNY|2024-01-01|江苏省"}},
		{"日本政府去年把防卫费总额增加至约43万亿日元。",
			[]string{"ORG:日本政府", "DATE:去年|2023-01-01|2024-01-01", "MONEY:约43万亿日元|43000000000000|JPY"},
			[]string{"amount:predicate-money||总额||43000000000000 JPY|2023-01-01"}},
		// Times, adverbs, a word of saying, bodies after 会同 and whom or where
		// after a preposition stand between the payer that opens the clause
		// and its spend verb; what it spends may hold a year and a batch.
		{"财政部日前拨付2023年第二笔农业保险保费补贴94.82亿元。",
			[]string{"ORG:财政部|中华人民共和国财政部", "DATE:日前|2024-05-25|2024-06-04", "DATE:2023年|2023-01-01|2024-01-01", "MONEY:94.82亿元|9482000000|CNY"},
			[]string{"amount:org-adverbial-predicate-money|place:org|中华人民共和国财政部|补贴||9482000000 CNY|2023-01-01|中国"}},
		// A body gse read whole after the place the mention holds (美国政府/nt).
		{"美国政府正准备再向乌克兰提供价值7.25亿美元。",
			[]string{"PLACE:美国|美国||US", "PLACE:乌克兰|乌克兰||UA", "MONEY:7.25亿美元|725000000|USD"},
			[]string{"amount:org-adverbial-verb-object-money|美国政府|提供|乌克兰|725000000 USD"}},
		{"中央财政首次提前下拨16亿元。", []string{"MONEY:16亿元|1600000000|CNY"},
			[]string{"amount:word-verb-object-money|中央财政|下拨||1600000000 CNY"}},
		{"目前，河北省已筹措资金6000万元。",
			[]string{"PLACE:河北省|河北省|130000|CN", "MONEY:6000万元|60000000|CNY"},
			[]string{"amount:place-verb-object-money|place:subject|河北省|筹措|资金|60000000 CNY||河北省"}},
		{"美国国防部25日称再向乌克兰提供价值4亿美元。",
			[]string{"ORG:美国国防部", "DATE:25日|2024-05-25|2024-05-26", "PLACE:乌克兰|乌克兰||UA", "MONEY:4亿美元|400000000|USD"},
			[]string{"amount:org-adverbial-verb-object-money|place:org|美国国防部|提供|乌克兰|400000000 USD|2024-05-25|美国"}},
		{"财政部、民政部今天安排今冬明春中央救灾资金73亿元。",
			[]string{"ORG:财政部|中华人民共和国财政部", "ORG:民政部|中华人民共和国民政部", "DATE:今天|2024-06-04|2024-06-05", "MONEY:73亿元|7300000000|CNY"},
			[]string{"amount:org-adverbial-joint-predicate-money|中华人民共和国财政部、中华人民共和国民政部|资金||7300000000 CNY|2024-06-04"}},
		{"财政部会同交通运输部于6月底进一步下达4500万元。",
			[]string{"ORG:财政部|中华人民共和国财政部", "ORG:交通运输部|中华人民共和国交通运输部", "DATE:6月底|2024-06-21|2024-07-01", "MONEY:4500万元|45000000|CNY"},
			[]string{"amount:org-adverbial-predicate-money|place:org|中华人民共和国财政部|下达资金||45000000 CNY|2024-06-21|中国"}},
		{"今年，河北向贫困地区安排生态补偿类资金3.5亿元。",
			[]string{"DATE:今年|2024-01-01|2025-01-01", "PLACE:河北|河北省|130000|CN", "MONEY:3.5亿元|350000000|CNY"},
			[]string{"amount:place-adverbial-predicate-money|place:subject|河北省|资金||350000000 CNY|2024-01-01|河北省"}},
		{"两年来，广州在老旧小区微改造方面共投入2.5亿元。",
			[]string{"PLACE:广州|广东省广州市|440100|CN", "MONEY:2.5亿元|250000000|CNY"},
			[]string{"amount:place-adverbial-predicate-money|place:subject|广东省广州市|投入||250000000 CNY||广东省广州市"}},
		// An organization right before its spend verb names no longer name.
		{"中国人民银行新增支农支小再贷款1000亿元。",
			[]string{"ORG:中国人民银行", "MONEY:1000亿元|100000000000|CNY"},
			[]string{"amount:org-adverbial-predicate-money|中国人民银行|贷款||100000000000 CNY"}},
		// A word of intent (fact_words kind filler: 提议, 准备, 打算) stands
		// between the payer and the verb.
		{"韩亚航空公司提议支付1万美元赔偿。",
			[]string{"ORG:韩亚航空公司", "MONEY:1万美元|10000|USD"},
			[]string{"amount:org-money-predicate|韩亚航空公司|赔偿||10000 USD"}},
		// A subject word may pay across adverbials too.
		{"2017年我国累计发放粮棉油收购贷款3062亿元。",
			[]string{"DATE:2017年|2017-01-01|2018-01-01", "MONEY:3062亿元|306200000000|CNY"},
			[]string{"amount:word-adverbial-predicate-money|place:subject|中国|贷款||306200000000 CNY|2017-01-01|中国"}},
		// A phrase made a time by 期间 is when, not who.
		{"截至2024年1月21日，农发行秋粮收购期间累计发放各类粮油收购贷款1058.13亿元。",
			[]string{"DATE:截至2024年1月21日|2024-01-01|2024-01-22", "ORG:农发行|中国农业发展银行", "MONEY:1058.13亿元|105813000000|CNY"},
			[]string{"amount:org-adverbial-predicate-money|中国农业发展银行|贷款||105813000000 CNY|2024-01-01"}},
		{"农业银行计划在“三夏”期间投放涉农贷款超3000亿元。",
			[]string{"ORG:农业银行|中国农业银行", "MONEY:超3000亿元|300000000000|CNY"},
			[]string{"amount:org-adverbial-predicate-money|中国农业银行|贷款||300000000000 CNY"}},
		// Not a name that may open a longer one, nor across another verb.
		{"截至12月25号，中国出口信用保险公司短期出口信用保险承保规模突破3000亿美元。",
			[]string{"DATE:截至12月25号|2024-01-01|2024-12-26", "PLACE:中国|中国||CN", "MONEY:3000亿美元|300000000000|USD"},
			[]string{"amount:predicate-money||规模||300000000000 USD|2024-01-01"}},
		{"美国会批准2013年国防预算总额为6310亿美元。",
			[]string{"PLACE:美国|美国||US", "DATE:2013年|2013-01-01|2014-01-01", "MONEY:6310亿美元|631000000000|USD"},
			[]string{"amount:predicate-money||国防预算||631000000000 USD|2013-01-01"}},
		// A topic chain: clauses that open with a verb do what the topic's
		// clause further back names, and so does the amount's; not an amount
		// no one before it owns (案值), nor after a clause with a subject of
		// its own.
		{"全国累计检查定点医药机构318.9万家次，查处154.3万家次，共追回医保资金771.3亿元。",
			[]string{"QUANTITY:318.9万家次|3189000|家次", "QUANTITY:154.3万家次|1543000|家次", "MONEY:771.3亿元|77130000000|CNY"},
			[]string{"amount:predicate-money|subject:topic-chain|place:subject|中国|医保资金||77130000000 CNY||中国"}},
		{"安徽还出台措施，围绕重点发展的新兴产业及优势产业，设立总规模不低于2000亿元。",
			[]string{"PLACE:安徽|安徽省|340000|CN", "MONEY:不低于2000亿元|200000000000|CNY"},
			[]string{"amount:predicate-money|subject:topic-chain|place:subject|安徽省|规模||200000000000 CNY||安徽省"}},
		// So does a clause that only says how a part of what the topic
		// counts fares (市场稳步复苏): the topic's clause may then name what it
		// counts; a parallel amount after the chain's is the topic's too.
		{"2023年我国轻工业生产持续回升，市场稳步复苏，新动能行业较快增长，实现营业收入22.2万亿元，实现利润1.4万亿元。",
			[]string{"DATE:2023年|2023-01-01|2024-01-01", "MONEY:22.2万亿元|22200000000000|CNY", "MONEY:1.4万亿元|1400000000000|CNY"},
			[]string{"amount:predicate-money|subject:topic-chain|place:subject|中国|营业收入||22200000000000 CNY|2023-01-01|中国",
				"amount:predicate-money|subject:parallel|place:subject|中国|利润||1400000000000 CNY|2023-01-01|中国"}},
		// A clause of how much the count before it grew names no one: the
		// chain runs across it.
		{"春节前四天，全国旅游接待总人数累计2.87亿人次，同比增长11.1%，实现旅游收入3527亿元。",
			[]string{"QUANTITY:2.87亿人次|287000000|人次", "PERCENT:11.1%|11.1|%", "MONEY:3527亿元|352700000000|CNY"},
			[]string{"amount:predicate-money|subject:topic-chain|place:subject|中国|旅游收入||352700000000 CNY||中国"}},
		// The clause right before one that opens with a verb is the topic's,
		// and a chain across clauses that are only a time reads the topic's
		// clause as topicSubject does; not for money no one owns, even after
		// a verb (签证出口货值), nor for the losses recovered (挽回).
		{"全国共查处相关问题8.88万件，追回集体资金5亿元。",
			[]string{"QUANTITY:8.88万件|88800|件", "MONEY:5亿元|500000000|CNY"},
			[]string{"amount:predicate-money|subject:topic-chain|place:subject|中国|集体资金||500000000 CNY||中国"}},
		{"数据显示，今年以来，我国外贸保持稳定增长态势，前10个月，出口近20万亿元。",
			[]string{"DATE:今年以来|2024-01-01|2024-06-04", "DATE:前10个月|2024-01-01|2024-11-01", "MONEY:近20万亿元|20000000000000|CNY"},
			[]string{"amount:verb-object-money|subject:topic-chain|place:subject|中国|出口||20000000000000 CNY|2024-01-01|中国"}},
		{"今年1—7月，南京海关共签发RCEP原产地证书5.94万份，签证出口货值186.76亿元。",
			[]string{"DATE:今年1—7月|2024-01-01|2024-08-01", "ORG:南京海关|中华人民共和国南京海关", "QUANTITY:5.94万份|59400|份", "MONEY:186.76亿元|18676000000|CNY"},
			[]string{"amount:verb-object-money||出口|货值|18676000000 CNY|2024-01-01"}},
		// 每月, 每年 say how often, like a time, and 并 joins.
		{"欧洲央行还决定从11月起重启资产购买计划，每月购债规模为200亿欧元。",
			[]string{"ORG:欧洲央行|欧洲中央银行", "DATE:从11月起|2024-11-01|2025-01-01", "MONEY:200亿欧元|20000000000|EUR"},
			[]string{"amount:predicate-money|subject:topic-chain|欧洲中央银行|规模||20000000000 EUR|2024-11-01"}},
		// A clause that opens with a name, then 从 and a time (以来, 起),
		// gives its topic all the same.
		{"吉林省从2006年启动棚户区改造工程以来，截至去年底，已累计投入1200多亿元。",
			[]string{"PLACE:吉林省|吉林省|220000|CN", "DATE:2006年|2006-01-01|2007-01-01", "DATE:截至去年底|2023-01-01|2024-01-01", "MONEY:1200多亿元|120000000000|CNY"},
			[]string{"amount:predicate-money|subject:topic-chain|place:subject|吉林省|投入||120000000000 CNY|2023-01-01|吉林省"}},
		{"陕西省从今年起，将投入188亿元。",
			[]string{"PLACE:陕西省|陕西省|610000|CN", "DATE:今年|2024-01-01|2025-01-01", "MONEY:188亿元|18800000000|CNY"},
			[]string{"amount:predicate-money|subject:topic|plan:marker|place:subject|陕西省|投入||18800000000 CNY|2024-01-01|陕西省"}},
		// A clause that is only a time dates what follows and names no one:
		// the chain runs across it.
		{"山东省已建立了19个服务外包示范基地，今年前三季度，承接服务外包合同超过18亿美元。",
			[]string{"PLACE:山东省|山东省|370000|CN", "QUANTITY:19个|19|个", "DATE:今年前三季度|2024-01-01|2024-10-01", "MONEY:超过18亿美元|1800000000|USD"},
			[]string{"amount:predicate-money|subject:topic-chain|place:subject|山东省|服务外包合同||1800000000 USD|2024-01-01|山东省"}},
		{"广州海关破获一起特大食品、日用品走私案件，查获走私的冻鱼、干果、食品等物品11万多吨，案值约9.6亿元人民币。",
			[]string{"ORG:广州海关|中华人民共和国广州海关", "QUANTITY:11万多吨|110000|t", "MONEY:约9.6亿元人民币|960000000|CNY"},
			[]string{"amount:predicate-money||案值||960000000 CNY"}},
		{"浙江共侦破涉及利用网络游戏网站开设赌场的刑事案件21起，抓获犯罪嫌疑人653名，扣押涉案资金近10亿元。",
			[]string{"PLACE:浙江|浙江省|330000|CN", "QUANTITY:21起|21|起", "QUANTITY:653名|653|名", "MONEY:近10亿元|1000000000|CNY"},
			[]string{"amount:predicate-money||资金||1000000000 CNY"}},
		{"南沙不断深化粤港澳全面合作，发展集聚效应逐渐显现，签约项目229个，投资总额达6882亿元。",
			[]string{"PLACE:南沙|广东省广州市南沙区|440115|CN", "PLACE:粤|广东省|440000|CN", "PLACE:港|香港特别行政区|810000|CN", "PLACE:澳|澳门特别行政区|820000|CN", "QUANTITY:229个|229|个", "MONEY:6882亿元|688200000000|CNY"},
			[]string{"amount:predicate-money||总额||688200000000 CNY"}},
		// Parts after 其中 share the whole's subject and period.
		{"据海关统计，2023年，我国货物贸易进出口总值41.76万亿元，同比增长0.2%。其中，出口23.77万亿元，增长0.6%；进口17.99万亿元，下降0.3%。",
			[]string{"DATE:2023年|2023-01-01|2024-01-01", "MONEY:41.76万亿元|41760000000000|CNY", "MONEY:23.77万亿元|23770000000000|CNY", "MONEY:17.99万亿元|17990000000000|CNY"},
			[]string{
				"amount:word-phrase-predicate-money|place:subject|中国|进出口额|货物贸易|41760000000000 CNY|2023-01-01|中国",
				"amount:verb-object-money|subject:whole|place:subject|中国|出口||23770000000000 CNY|2023-01-01|中国",
				"amount:verb-object-money|subject:whole|place:subject|中国|进口||17990000000000 CNY|2023-01-01|中国",
			}},
		// 其中 may open the next paragraph, and the next part stand in a
		// paragraph of its own.
		{"据海关统计，2023年，我国货物贸易进出口总值41.76万亿元。\n其中，出口23.77万亿元，增长0.6%。\n进口17.99万亿元，下降0.3%。",
			[]string{"DATE:2023年|2023-01-01|2024-01-01", "MONEY:41.76万亿元|41760000000000|CNY", "MONEY:23.77万亿元|23770000000000|CNY", "MONEY:17.99万亿元|17990000000000|CNY"},
			[]string{
				"amount:word-phrase-predicate-money|place:subject|中国|进出口额|货物贸易|41760000000000 CNY|2023-01-01|中国",
				"amount:verb-object-money|subject:whole|place:subject|中国|出口||23770000000000 CNY|2023-01-01|中国",
				"amount:verb-object-money|subject:whole|place:subject|中国|进口||17990000000000 CNY|2023-01-01|中国",
			}},
		// A release states whose figures they are once: a sentence whose
		// amount opens its clause takes the subject of the sentence before
		// (|subject:sentence-before); not money no one owns.
		{"今年前5个月我国进出口总值10.51万亿元，同比增长10.9%。贸易顺差5079.4亿元。查获走私货物1万吨，案值12亿元。",
			[]string{"DATE:今年前5个月|2024-01-01|2024-06-01", "MONEY:10.51万亿元|10510000000000|CNY", "PERCENT:10.9%|10.9|%", "MONEY:5079.4亿元|507940000000|CNY", "QUANTITY:1万吨|10000|t", "MONEY:12亿元|1200000000|CNY"},
			[]string{"amount:word-predicate-money|place:subject|中国|进出口额||10510000000000 CNY|2024-01-01|中国",
				"amount:predicate-money|date:paragraph-context|subject:sentence-before|place:subject|中国|贸易顺差||507940000000 CNY|2024-01-01|中国",
				"amount:predicate-money|date:paragraph-context||案值||1200000000 CNY|2024-01-01"}},
		// So does one whose change right after it took that subject.
		{"今年前7个月，我国货物贸易进出口16.72万亿元，同比增长8.6%。其中我国与“一带一路”沿线国家外贸进出口4.57万亿元，增长11.3%。",
			[]string{"DATE:今年前7个月|2024-01-01|2024-08-01", "MONEY:16.72万亿元|16720000000000|CNY", "PERCENT:8.6%|8.6|%", "MONEY:4.57万亿元|4570000000000|CNY", "PERCENT:11.3%|11.3|%"},
			[]string{"amount:word-phrase-predicate-money|place:subject|中国|进出口额|货物贸易|16720000000000 CNY|2024-01-01|中国",
				"amount:predicate-money|date:paragraph-context|subject:sentence-before|place:subject|中国|进出口额||4570000000000 CNY|2024-01-01|中国"}},
		// A part whose predicate ends a word gse read whole (税收|收入).
		{"一季度，全国税务部门组织税费收入合计79721亿元，其中，税收收入46756亿元。",
			[]string{"DATE:一季度|2024-01-01|2024-04-01", "MONEY:79721亿元|7972100000000|CNY", "MONEY:46756亿元|4675600000000|CNY"},
			[]string{"amount:word-phrase-predicate-money|place:subject|中国|收入|税务部门组织税费|7972100000000 CNY|2024-01-01|中国",
				"amount:predicate-money|subject:whole|place:subject|中国|收入||4675600000000 CNY|2024-01-01|中国"}},
		// The partner's name may hold quotes.
		{"今年上半年，长三角地区外贸进出口总值达7.32万亿元。其中，对“一带一路”沿线国家进出口2.22万亿元。",
			[]string{"DATE:今年上半年|2024-01-01|2024-07-01", "PLACE:长三角|长三角", "MONEY:7.32万亿元|7320000000000|CNY", "MONEY:2.22万亿元|2220000000000|CNY"},
			[]string{"amount:name-phrase-predicate-money|长三角|进出口额|外贸|7320000000000 CNY|2024-01-01",
				"amount:predicate-money|partner|subject:whole|长三角|进出口额|“一带一路”沿线国家|2220000000000 CNY|2024-01-01"}},
		// A part with a name of its own keeps it; none, no whole's.
		{"全年总投资100亿元。其中，中国农业银行投放贷款超过20亿元。",
			[]string{"MONEY:100亿元|10000000000|CNY", "MONEY:超过20亿元|2000000000|CNY", "ORG:中国农业银行"},
			[]string{"amount:predicate-money||投资||10000000000 CNY", "amount:org-verb-predicate-money|中国农业银行|贷款||2000000000 CNY"}},
		// The topic may go on with what it counts before its verb.
		{"2024年，福建全省地区生产总值预计增长5.5%左右，进出口总额1.99万亿元。",
			[]string{"DATE:2024年|2024-01-01|2025-01-01", "PLACE:福建|福建省", "PERCENT:5.5%左右|5.5|%", "MONEY:1.99万亿元|1990000000000|CNY"},
			[]string{"amount:predicate-money|subject:topic|place:subject|福建省|进出口额||1990000000000 CNY|2024-01-01|福建省"}},
		// Who is fined or ordered to pay, before 被 or opening the clause
		// before one that opens with 被 (|subject:passive).
		{"美国强生公司被处以超过22亿美元的罚金。",
			[]string{"ORG:美国强生公司", "MONEY:超过22亿美元|2200000000|USD"},
			[]string{"amount:money-predicate|subject:passive|美国强生公司|罚金||2200000000 USD"}},
		{"当事人柳某因非法占用草原12000余平方米，被处以13700元罚款。",
			[]string{"PERSON:柳某", "QUANTITY:12000余平方米|12000|m2", "MONEY:13700元|13700|CNY"},
			[]string{"amount:money-predicate|subject:passive|柳某|罚款||13700 CNY"}},
		{"违法者将被处以5万至30万欧元罚款。",
			[]string{"MONEY:5万至30万欧元|300000|EUR"},
			[]string{"amount:money-predicate|plan:marker||罚款||300000 EUR"}},
		// A body that announces what it does, with no subject in the clauses
		// after it, does it: a country too, and across a clause that opens
		// with a verb after times and a preposition's phrase.
		{"美国7日宣布，将再向乌克兰提供2.25亿美元。",
			[]string{"PLACE:美国|美国||US", "DATE:7日|2024-06-07|2024-06-08", "PLACE:乌克兰|乌克兰||UA", "MONEY:2.25亿美元|225000000|USD"},
			[]string{"amount:verb-object-money|subject:speaker-chain|plan:marker|place:subject|美国|提供|乌克兰|225000000 USD||美国"}},
		{"财政部今天（2月5日）发布通知，将于2月19日在香港特别行政区发行2025年第一期人民币国债，发行规模为125亿元。",
			[]string{"ORG:财政部|中华人民共和国财政部", "DATE:今天（2月5日）|2024-02-05|2024-02-06", "DATE:2月19日|2024-02-19|2024-02-20", "PLACE:香港特别行政区|香港特别行政区|810000|CN", "MONEY:125亿元|12500000000|CNY"},
			[]string{"amount:predicate-money|subject:speaker-chain|place:org|中华人民共和国财政部|规模||12500000000 CNY||中国"}},
		// A clause that is only a time may stand between (今后5年).
		{"国家开发银行今天表示，今后5年，每年将发放不低于1000亿元。",
			[]string{"ORG:国家开发银行", "DATE:今天|2024-06-04|2024-06-05", "DATE:今后5年|2024-06-04|2029-06-04", "MONEY:不低于1000亿元|100000000000|CNY"},
			[]string{"amount:verb-object-money|subject:speaker-chain|plan:marker|国家开发银行|发放||100000000000 CNY|2024-06-04"}},
		// A body the tagger left untagged is named by its suffix (政府).
		{"加拿大政府今天表示，今后5年，将向乌克兰提供15亿美元。",
			[]string{"PLACE:加拿大|加拿大||CA", "DATE:今天|2024-06-04|2024-06-05", "DATE:今后5年|2024-06-04|2029-06-04", "PLACE:乌克兰|乌克兰||UA", "MONEY:15亿美元|1500000000|USD"},
			[]string{"amount:verb-object-money|subject:speaker-chain|plan:marker|加拿大政府|提供|乌克兰|1500000000 USD|2024-06-04"}},
		// Not a result reported with a light verb (完成, 实现), whoever's.
		{"水利部今天表示，2022年，完成水利建设投资达到10893亿元。",
			[]string{"ORG:水利部|中华人民共和国水利部", "DATE:今天|2024-06-04|2024-06-05", "DATE:2022年|2022-01-01|2023-01-01", "MONEY:10893亿元|1089300000000|CNY"},
			[]string{"amount:predicate-money||投资||1089300000000 CNY|2022-01-01"}},
		// Bodies listed with 、 announce together.
		{"财政部、国家卫生健康委、国家疾控局今天（7月2日）发布通知，下达2024年重大公共卫生服务补助资金预算约54亿元。",
			[]string{"ORG:财政部|中华人民共和国财政部", "ORG:国家卫生健康委|国家卫生健康委员会", "ORG:国家疾控局", "DATE:今天（7月2日）|2024-07-02|2024-07-03", "DATE:2024年|2024-01-01|2025-01-01", "MONEY:约54亿元|5400000000|CNY"},
			[]string{"amount:predicate-money|subject:speaker-chain|中华人民共和国财政部、国家卫生健康委员会、国家疾控局|资金预算||5400000000 CNY|2024-01-01"}},
		// Not a clause that opens with nouns of its own, nor past a person.
		{"国家统计局表示，社会物流总费用为6.1万亿元。",
			[]string{"ORG:国家统计局", "MONEY:6.1万亿元|6100000000000|CNY"},
			[]string{"amount:predicate-money||社会物流总费用||6100000000000 CNY"}},
		{"美国7日宣布，拜登将向乌克兰提供2.25亿美元。",
			[]string{"PLACE:美国|美国||US", "DATE:7日|2024-06-07|2024-06-08", "PERSON:拜登", "PLACE:乌克兰|乌克兰||UA", "MONEY:2.25亿美元|225000000|USD"},
			[]string{"amount:verb-object-money|plan:marker||提供|乌克兰|225000000 USD"}},
		// Nor a report's numbers, which are not the bureau's: its country's
		// (|subject:source-state).
		{"国家统计局发布数据，营业收入达66亿元。",
			[]string{"ORG:国家统计局", "MONEY:66亿元|6600000000|CNY"},
			[]string{"amount:predicate-money|subject:source-state|place:subject|中国|营业收入||6600000000 CNY||中国"}},
		// An amount whose clause opens with a verb right after a clause that
		// ends in an amount with a subject is that subject's too
		// (|subject:parallel-figure).
		{"吉林省向游客发放冰雪消费券3000万元，并设立了总额1000万元的基金。",
			[]string{"PLACE:吉林省|吉林省|220000|CN", "MONEY:3000万元|30000000|CNY", "MONEY:1000万元|10000000|CNY"},
			[]string{"amount:place-verb-object-money|place:subject|吉林省|发放|冰雪消费券|30000000 CNY||吉林省",
				"amount:predicate-money|subject:parallel-figure|place:subject|吉林省|总额||10000000 CNY||吉林省"}},
		// The payer across a preposition whose object opens with a
		// demonstrative or 其, and a country's side as the country.
		{"美国就已经向其东亚盟友提供超过150亿美元。",
			[]string{"PLACE:美国|美国||US", "PLACE:东亚", "MONEY:超过150亿美元|15000000000|USD"},
			[]string{"amount:place-adverbial-verb-object-money|place:subject|美国|提供||15000000000 USD||美国"}},
		// A filler and the preposition that gse reads as one adverb (已向/d),
		// which the segment stage cuts in two (segment_splits.tsv): the
		// party after the preposition is the object, as after 向 alone.
		{"德国迄今已向希腊提供了152亿欧元。",
			[]string{"PLACE:德国|德国||DE", "PLACE:希腊|希腊||GR", "MONEY:152亿欧元|15200000000|EUR"},
			[]string{"amount:place-verb-object-money|place:subject|德国|提供|希腊|15200000000 EUR||德国"}},
		// A count between the preposition and the party (已为2000多户企业,
		// 给30多个国家, 为多家小/a 微企业, 向12个省份) is passed: the party is
		// what follows it, and the payer what stands before the preposition.
		// 为 after a verb (表现为) is no preposition and stays as it was.
		{"长春科技金融创新服务中心已为2000多户企业融资131亿元。",
			[]string{"QUANTITY:2000多户|2000|户", "MONEY:131亿元|13100000000|CNY"},
			[]string{"amount:org-predicate-money|长春科技金融创新服务中心|融资|企业|13100000000 CNY"}},
		{"德国还将给30多个国家捐款5亿欧元。",
			[]string{"PLACE:德国|德国||DE", "QUANTITY:30多个|30|个", "MONEY:5亿欧元|500000000|EUR"},
			[]string{"amount:place-predicate-money|plan:marker|place:subject|德国|捐款|国家|500000000 EUR||德国"}},
		{"建设银行已为多家小微企业提供5亿元。",
			[]string{"ORG:建设银行", "MONEY:5亿元|500000000|CNY"},
			[]string{"amount:org-verb-object-money|建设银行|提供|小微企业|500000000 CNY"}},
		{"财政部已向12个省份下拨50亿元。",
			[]string{"ORG:财政部", "QUANTITY:12个|12|个", "MONEY:50亿元|5000000000|CNY"},
			[]string{"amount:org-verb-object-money|财政部|下拨|省份|5000000000 CNY"}},
		{"主要表现为2000多户企业融资131亿元。",
			[]string{"QUANTITY:2000多户|2000|户", "MONEY:131亿元|13100000000|CNY"},
			[]string{"amount:predicate-money||企业融资||13100000000 CNY"}},
		{"日方将向该基金提供10亿日元资金。",
			[]string{"PLACE:日|日本||JP", "MONEY:10亿日元|1000000000|JPY"},
			[]string{"amount:place-adverbial-verb-object-money|plan:marker|place:subject|日本|提供||1000000000 JPY||日本"}},
		// A time and the localizer that bounds it are passed like times
		// (于春节前下拨, 在春节期间投入).
		{"全国总工会日前下发通知，于春节前紧急下拨3.96亿元。",
			[]string{"ORG:全国总工会|中华全国总工会", "DATE:春节|2024-02-10|2024-02-11", "MONEY:3.96亿元|396000000|CNY"},
			[]string{"amount:verb-object-money|subject:topic|中华全国总工会|下拨||396000000 CNY|2024-02-10"}},
		{"11家金融机构将在春节期间投入观影补贴超3000万元。",
			[]string{"QUANTITY:11家|11|家", "DATE:春节|2024-02-10|2024-02-11", "MONEY:超3000万元|30000000|CNY"},
			[]string{"amount:counted-verb-object-money|plan:marker|11家金融机构|投入|观影补贴|30000000 CNY|2024-02-10"}},
		// So is a time token that begins inside a length or a date gse cut
		// apart (3|年内, 2027|年前).
		{"广东佛山在3年内投入100亿元。",
			[]string{"PLACE:广东|广东省|440000|CN", "PLACE:佛山|广东省佛山市|440600|CN", "DURATION:3年", "MONEY:100亿元|10000000000|CNY"},
			[]string{"amount:place-predicate-money|place:subject|广东省佛山市|投入||10000000000 CNY||广东省佛山市"}},
		// 国家 before a spend verb, in a domestic article, is its state
		// (fact_words.tsv kind home); not in a sentence naming another
		// country's place, nor after words that make it some states.
		{"今年，国家将投资6500亿元，新建铁路5200公里。",
			[]string{"DATE:今年|2024-01-01|2025-01-01", "MONEY:6500亿元|650000000000|CNY", "QUANTITY:5200公里|5200000|m"},
			[]string{"amount:home-adverbial-predicate-money|plan:marker|place:subject|中国|投资||650000000000 CNY|2024-01-01|中国"}},
		{"近些年，国家累计投入80亿元贴息贷款。",
			[]string{"MONEY:80亿元|8000000000|CNY"},
			[]string{"amount:home-adverbial-predicate-money|place:subject|中国|投入||8000000000 CNY||中国"}},
		{"在日本，国家将投资1000亿日元。",
			[]string{"PLACE:日本|日本||JP", "MONEY:1000亿日元|100000000000|JPY"},
			[]string{"amount:predicate-money|plan:marker||投资||100000000000 JPY||日本"}},
		{"一些国家将投资100亿美元。",
			[]string{"MONEY:100亿美元|10000000000|USD"},
			[]string{"amount:predicate-money|plan:marker||投资||10000000000 USD"}},
		// So is 国家 that owns the money through 的, or before for whom or
		// what the money is and the predicate.
		{"国家的投入达到5亿元。", []string{"MONEY:5亿元|500000000|CNY"},
			[]string{"amount:home-predicate-money|place:subject|中国|投入||500000000 CNY||中国"}},
		{"截至今年5月底，国家对保障房建设投资了3895亿元。", []string{"MONEY:3895亿元|389500000000|CNY"},
			[]string{"amount:home-partner-predicate-money|place:subject|中国|投资|保障房建设|389500000000 CNY||中国"}},
		{"在日本，国家对核电的投入达到5亿日元。",
			[]string{"PLACE:日本|日本||JP", "MONEY:5亿日元|500000000|JPY"},
			[]string{"amount:predicate-money||投入||500000000 JPY||日本"}},
		// A topic chain runs across a clause that opens with to whom or for
		// whom (为该基金), and a topic's clause may say how or for whom before
		// its verb (对…补助); not with whom (与…签署: both's).
		{"重庆市加大扶持力度，为该基金提供10亿元资金。",
			[]string{"PLACE:重庆市|重庆市|500000|CN", "MONEY:10亿元|1000000000|CNY"},
			[]string{"amount:verb-object-money|subject:topic-chain|place:subject|重庆市|提供||1000000000 CNY||重庆市"}},
		{"河南省对乡村教师生活补助“提标扩面”，已筹措36亿元。",
			[]string{"PLACE:河南省|河南省|410000|CN", "MONEY:36亿元|3600000000|CNY"},
			[]string{"amount:predicate-money|subject:topic|place:subject|河南省|筹措||3600000000 CNY||河南省"}},
		{"一年来，河北共与48家央企签署77项协议，意向总投资11360亿元。",
			[]string{"PLACE:河北|河北省|130000|CN", "QUANTITY:48家|48|家", "QUANTITY:77项|77|项", "MONEY:11360亿元|1136000000000|CNY"},
			[]string{"amount:predicate-money||投资|意向|1136000000000 CNY"}},
		// A parallel figure is the same subject's, also after a change that
		// took its subject late (|subject:parallel-figure), not a metric
		// written after nouns of another's.
		{"重庆市着力推动高质量发展，去年地区生产总值增长6.1%，经济总量超3万亿元。",
			[]string{"PLACE:重庆市|重庆市|500000|CN", "DATE:去年|2023-01-01|2024-01-01", "PERCENT:6.1%|6.1|%", "MONEY:3万亿元|3000000000000|CNY"},
			[]string{"amount:predicate-money|subject:parallel-figure|place:subject|重庆市|生产总值||3000000000000 CNY|2023-01-01|重庆市"}},
		{"新政策实施以来，日均销售额超过1.3亿元。", []string{"MONEY:1.3亿元|130000000|CNY"},
			[]string{"amount:predicate-money||销售额||130000000 CNY"}},
		// A link is a word of its own: 达 of 下达 is the verb's.
		{"财政部下达1.97亿元。", []string{"ORG:财政部|中华人民共和国财政部", "MONEY:1.97亿元|197000000|CNY"},
			[]string{"amount:org-predicate-money|place:org|中华人民共和国财政部|下达资金||197000000 CNY||中国"}},
		// A place or an organization and 的 before the predicate is whose.
		{"去年，华为的营业收入达7042亿元。", []string{"DATE:去年|2023-01-01|2024-01-01", "ORG:华为|华为技术有限公司", "MONEY:7042亿元|704200000000|CNY"},
			[]string{"amount:org-predicate-money|华为技术有限公司|营业收入||704200000000 CNY|2023-01-01"}},
		{"今年1月至6月，西藏的旅游总收入达到24亿元。", []string{"DATE:今年1月至6月|2024-01-01|2024-07-01", "PLACE:西藏|西藏自治区", "MONEY:24亿元|2400000000|CNY"},
			[]string{"amount:place-predicate-money|place:subject|西藏自治区|收入|旅游|2400000000 CNY|2024-01-01|西藏自治区"}},
		{"2008年，中国商品房的销售额还只有2.4万亿元。", []string{"DATE:2008年|2008-01-01|2009-01-01", "PLACE:中国", "MONEY:2.4万亿元|2400000000000|CNY"},
			[]string{"amount:place-predicate-money|place:subject|中国|销售额|商品房|2400000000000 CNY|2008-01-01|中国"}},
		{"今年一季度，长春的国内生产总值仅为1210.6亿元。", []string{"DATE:今年一季度|2024-01-01|2024-04-01", "PLACE:长春|吉林省长春市", "MONEY:1210.6亿元|121060000000|CNY"},
			[]string{"amount:place-predicate-money|吉林省长春市|生产总值||121060000000 CNY|2024-01-01"}},
		// Nouns that open the clause and end in a word of who acts are the
		// subject (|subject:agent-phrase); not one alone, nor a count.
		{"2023年前11个月，地方国企营业收入突破35万亿元，研发经费投入超过4800亿元。",
			[]string{"DATE:2023年前11个月|2023-01-01|2023-12-01", "MONEY:35万亿元|35000000000000|CNY", "MONEY:超过4800亿元|480000000000|CNY"},
			[]string{"amount:predicate-money|subject:agent-phrase|地方国企|营业收入||35000000000000 CNY|2023-01-01",
				"amount:predicate-money|subject:parallel|地方国企|投入|研发经费|480000000000 CNY|2023-01-01"}},
		{"企业实现利润4643亿元。", []string{"MONEY:4643亿元|464300000000|CNY"},
			[]string{"amount:predicate-money||利润|企业|464300000000 CNY"}},
		// A state body's report names its state (|subject:source-state); not
		// for money no one owns (案值).
		{"国家医保局公布，2023年，基本医疗保险基金总收入3.3万亿元。",
			[]string{"ORG:国家医保局|国家医疗保障局", "DATE:2023年|2023-01-01|2024-01-01", "MONEY:3.3万亿元|3300000000000|CNY"},
			[]string{"amount:predicate-money|subject:source-state|place:subject|中国|收入||3300000000000 CNY|2023-01-01|中国"}},
		// A subject word that names the same state (我国) names no other.
		{"商务部数据显示，2024年，我国对外投资合作实现平稳发展，全年对外非金融类直接投资1438.5亿美元。",
			[]string{"ORG:商务部|中华人民共和国商务部", "DATE:2024年|2024-01-01|2025-01-01", "MONEY:1438.5亿美元|143850000000|USD"},
			[]string{"amount:predicate-money|subject:source-state|place:subject|中国|投资||143850000000 USD|2024-01-01|中国"}},
		{"公安部公布，截至目前，共侦破案件25起，案值达2.3亿元。",
			[]string{"ORG:公安部|中华人民共和国公安部", "QUANTITY:25起|25|起", "MONEY:2.3亿元|230000000|CNY"},
			[]string{"amount:predicate-money||案值||230000000 CNY"}},
		// Losses recovered are the recoverer's (挽回, kind receive); public
		// bodies after a subject word are part of the topic (kind body).
		{"2022年，全国公安机关共破获各类经济犯罪案件7.4万起，挽回经济损失236亿余元。",
			[]string{"DATE:2022年|2022-01-01|2023-01-01", "QUANTITY:7.4万起|74000|起", "MONEY:236亿余元|23600000000|CNY"},
			[]string{"amount:predicate-money|subject:topic|全国公安机关|挽回损失||23600000000 CNY|2022-01-01"}},
		// Or owns it through what it did, said before 的 (place-relative):
		// a verb or a phrase of respect; nouns before the verb are who.
		{"2013年，山东省实施传统产业改造的总投资达到529亿。",
			[]string{"DATE:2013年|2013-01-01|2014-01-01", "PLACE:山东省|山东省|370000|CN", "MONEY:529亿|52900000000|CNY"},
			[]string{"amount:place-relative-predicate-money|place:subject|山东省|投资||52900000000 CNY|2013-01-01|山东省"}},
		{"2008年以来，齐齐哈尔在棚改方面的投入达到130多亿元。",
			[]string{"DATE:2008年以来|2008-01-01|2024-06-04", "PLACE:齐齐哈尔|黑龙江省齐齐哈尔市|230200|CN", "MONEY:130多亿元|13000000000|CNY"},
			[]string{"amount:place-relative-predicate-money|place:subject|黑龙江省齐齐哈尔市|投入||13000000000 CNY|2008-01-01|黑龙江省齐齐哈尔市"}},
		{"此外，3月份，俄罗斯个人买入的人民币总额达到419亿卢布。",
			[]string{"DATE:3月份|2024-03-01|2024-04-01", "PLACE:俄罗斯|俄罗斯||RU", "MONEY:419亿卢布|41900000000|RUB"},
			[]string{"amount:place-relative-predicate-money|俄罗斯个人|总额|人民币|41900000000 RUB|2024-03-01"}},
		{"中国从美国进口的大豆金额达到100亿美元。",
			[]string{"PLACE:中国|中国||CN", "PLACE:美国|美国||US", "MONEY:100亿美元|10000000000|USD"},
			[]string{"amount:predicate-money||金额||10000000000 USD"}},
		// Also when the predicate begins inside a word gse read whole.
		{"2017年，中国的货物贸易总额超过了4.1万亿美元。",
			[]string{"DATE:2017年|2017-01-01|2018-01-01", "PLACE:中国|中国||CN", "MONEY:4.1万亿美元|4100000000000|USD"},
			[]string{"amount:place-predicate-money|place:subject|中国|贸易额|货物|4100000000000 USD|2017-01-01|中国"}},
		// So is an amount word before it.
		{"判处罚金总额近300万元。", []string{"MONEY:近300万元|3000000|CNY"},
			[]string{"amount:predicate-money||罚金||3000000 CNY"}},
		// A spend verb before a word that says only "money" is the predicate.
		{"交通运输部日前紧急下达资金3000万元。", []string{"ORG:交通运输部|中华人民共和国交通运输部", "MONEY:3000万元|30000000|CNY"},
			[]string{"amount:org-verb-object-money|place:org|中华人民共和国交通运输部|下达|资金|30000000 CNY||中国"}},
		{"10月末，M2余额291.2万亿元。", []string{"DATE:10月末|2024-10-21|2024-11-01", "MONEY:291.2万亿元|291200000000000|CNY"},
			[]string{"amount:predicate-money||M2余额||291200000000000 CNY|2024-10-21"}},
		// The nouns written before the predicate in its clause are the
		// predicate's (非税收入, 社会物流总费用), not a time (同期|收入), a
		// verb (新增|收入) or the payer of a spend verb (国家|投入, the
		// state's in a domestic article).
		{"上半年，非税收入2.5万亿元，社会物流总费用4.1万亿元。",
			[]string{"DATE:上半年|2024-01-01|2024-07-01", "MONEY:2.5万亿元|2500000000000|CNY", "MONEY:4.1万亿元|4100000000000|CNY"},
			[]string{"amount:predicate-money||非税收入||2500000000000 CNY|2024-01-01", "amount:predicate-money||社会物流总费用||4100000000000 CNY|2024-01-01"}},
		{"国家财政性教育经费为3.6万亿元，同期收入为145.2亿美元。",
			[]string{"MONEY:3.6万亿元|3600000000000|CNY", "MONEY:145.2亿美元|14520000000|USD"},
			[]string{"amount:predicate-money||国家财政性教育经费||3600000000000 CNY", "amount:predicate-money||收入||14520000000 USD"}},
		{"村里每年新增收入120万元，国家投入三亿多元。",
			[]string{"MONEY:120万元|1200000|CNY", "MONEY:三亿多元|300000000|CNY"},
			[]string{"amount:predicate-money||收入||1200000 CNY", "amount:home-adverbial-predicate-money|place:subject|中国|投入||300000000 CNY||中国"}},
		{"七天里，南京共接待旅游者274万人次；实现旅游收入18.95亿元。",
			[]string{"PLACE:南京|江苏省南京市", "QUANTITY:274万人次|2740000|人次", "MONEY:18.95亿元|1895000000|CNY"},
			[]string{"amount:predicate-money|subject:parallel|江苏省南京市|旅游收入||1895000000 CNY"}},
		// GDP is an amount; a filler may stand between predicate and link.
		{"今年上半年福建省生产总值达16640.15亿元。", []string{"DATE:今年上半年|2024-01-01|2024-07-01", "PLACE:福建省", "MONEY:16640.15亿元|1664015000000|CNY"},
			[]string{"amount:place-predicate-money|place:subject|福建省|生产总值||1664015000000 CNY|2024-01-01|福建省"}},
		{"我国GDP首次突破100万亿元。", []string{"MONEY:100万亿元|100000000000000|CNY"},
			[]string{"amount:word-predicate-money|place:subject|中国|生产总值||100000000000000 CNY||中国"}},
		// A subject word that ends inside the predicate keeps its characters.
		{"2023年，西部地区生产总值26.9万亿元。", []string{"DATE:2023年|2023-01-01|2024-01-01", "MONEY:26.9万亿元|26900000000000|CNY"},
			[]string{"amount:word-predicate-money|西部地区|生产总值||26900000000000 CNY|2023-01-01"}},
		{"交易额预计达300亿元人民币。", []string{"MONEY:300亿元人民币|30000000000|CNY"},
			[]string{"amount:predicate-money|plan:marker||交易额||30000000000 CNY"}},
		// No predicate before the amount: the sentence does not say what the
		// money is, so there is no fact.
		{"他花了300万元。", []string{"MONEY:300万元|3000000|CNY"}, nil},
		{"规模。8.7亿元", []string{"MONEY:8.7亿元|870000000|CNY"}, nil},
		// Money per so much money earlier in the clause is a ratio, no amount:
		// the cost of every 100 yuan earned, not a cost of 84.6 yuan.
		{"1—11月份，规模以上工业企业每百元营业收入中的成本为84.6元。",
			[]string{"DATE:1—11月份|2024-01-01|2024-12-01", "MONEY:84.6元|84.6|CNY"}, nil},
		{"另外，单位物流成本有所降低，每百元社会物流总额中的物流费用为4.6元。", []string{"MONEY:4.6元|4.6|CNY"}, nil},
		{"每百元社会物流总额花费的社会物流总费用为4.52元，社会物流总费用12.7万亿元。",
			[]string{"MONEY:4.52元|4.52|CNY", "MONEY:12.7万亿元|12700000000000|CNY"},
			[]string{"amount:predicate-money||社会物流总费用||12700000000000 CNY"}},
	},
}

// perMoney reports whether the clause before pos, from lo, holds 每 and a sum
// of money it counts per (每百元, 每万元, 每元): money after it is so much
// for every such sum, a ratio. It looks back at most maxPerBack characters:
// a clause of sums listed with 、 may run on for the whole document, and a
// look to its start from every sum cost the square of their number.
func perMoney(v *view, lo, pos int) bool {
	for i := pos - 1; i >= max(lo, pos-maxPerBack); i-- {
		switch v.text[i] {
		case ',', '，', ';', '；', '。', ':', '：', '\n':
			return false
		case '每':
			j := i + 1
			for j < pos && strings.ContainsRune("0123456789一二三四五六七八九十百千万亿", v.text[j]) {
				j++
			}
			if j < pos && v.text[j] == '元' {
				return true
			}
		}
	}
	return false
}

// maxPerBack is how far back perMoney looks for 每: 每百元营业收入中的成本为84.23元
// puts it 13 characters before the sum.
const maxPerBack = 64

// amounts finds, for every MONEY mention, the predicate written before it
// and the organization that pays, receives or owns it.
func (s *Stage) amounts(v *view) {
	for si := range v.sents {
		lo := v.sents[si].Start
		for _, m := range v.mentions(si, pipeline.Money) {
			if m.Value == nil {
				continue
			}
			s.amountOf(v, si, lo, m)
		}
	}
}

func (s *Stage) amountOf(v *view, si, lo int, m *pipeline.Mention) {
	if perMoney(v, lo, m.Start) {
		return // 每百元营业收入中的成本为84.6元: a ratio, no amount
	}
	pos := m.Start
	for range 3 {
		n := s.words.Ending(dictionaries.FactLink, v.text, lo, pos)
		if n > 0 && !v.aligned(pos-n, pos) {
			n = 0 // 达 of 下达 is the verb's, no link
		}
		if n == 0 {
			// A filler between predicate and link or amount: GDP首次突破100万亿元,
			// 总投资预计超过102亿元.
			if k := s.words.Ending(dictionaries.FactFiller, v.text, lo, pos); k > 0 && v.aligned(pos-k, pos) {
				n = k
			}
		}
		if n == 0 {
			break
		}
		pos -= n
	}
	if pos > lo && (v.text[pos-1] == ':' || v.text[pos-1] == '：') {
		pos--
	}
	var f pipeline.Fact
	tail := "predicate-money"
	ps := pos
	n := s.words.Ending(dictionaries.FactAmount, v.text, lo, pos)
	if t := v.tokenHolding(pos - n); n > 0 && t != nil && t.Start < pos-n && (t.Pos == "t" || v.endingAt(t.End, lo, pipeline.Date) != nil) {
		n = s.words.Ending(dictionaries.FactAmount, v.text, t.End, pos) // 去年|人均纯收入, not 去|年人均纯收入
	}
	for k := 1; k < n; k++ {
		// 西部地区生产总值: a subject word that ends inside the predicate
		// (地区生产总值) keeps its characters when the rest names the same
		// predicate (not 中央财政|收入 of 财政收入).
		if w := s.words.Ending(dictionaries.FactSubject, v.text, lo, pos-n+k); w > k && s.words.Ending(dictionaries.FactAmount, v.text, pos-n+k, pos) == n-k {
			whole, _ := s.words.Predicate(dictionaries.FactAmount, v.slice(pos-n, pos))
			if rest, _ := s.words.Predicate(dictionaries.FactAmount, v.slice(pos-n+k, pos)); rest == whole {
				n -= k
			}
			break
		}
	}
	if n > 0 {
		// A spend verb whose object holds the predicate reads more:
		// 发放合格优惠贷款340亿元 is what was lent, not a bare 贷款.
		generic := s.words.Ending(dictionaries.FactGeneric, v.text, lo, pos) == n
		if vs, os, ok := s.spend(v, lo, pos); ok && (os < pos-n || generic && os == pos-n) {
			vt, pt := v.tokenStarting(vs), v.tokenEnding(pos)
			if vt != nil && (vt.Pos == "v" || generic && vt.Pos == "vn") && pt != nil && (strings.HasPrefix(pt.Pos, "n") || pt.Pos == "vn") {
				n = 0 // not 采购/vn 交易规模, 安排 财政投入/j
			}
		}
	}
	if n > 0 {
		ps = pos - n
		f = newFact(Amount, "", si, ps, m.End, 0.8)
		f.Predicate, _ = s.words.Predicate(dictionaries.FactAmount, v.slice(ps, pos))
		if s.words.Ending(dictionaries.FactGeneric, v.text, lo, pos) == n {
			// 罚金总额近300万元: the amount word before the generic one says
			// what the money is.
			if k := s.words.Ending(dictionaries.FactAmount, v.text, lo, ps); k > 0 && v.aligned(ps-k, ps) {
				f.Predicate, _ = s.words.Predicate(dictionaries.FactAmount, v.slice(ps-k, ps))
				ps -= k
				f.EvidenceStart = ps
			}
		}
		if k := s.words.Ending(dictionaries.FactReceive, v.text, lo, ps); k > 0 && v.aligned(ps-k, ps) {
			// 小米获得投资10亿元: money the subject gets.
			f.Predicate = v.slice(ps-k, ps) + f.Predicate
			ps -= k
			f.EvidenceStart = ps
		}
		// 中方将再向联合国妇女署捐款1000万美元: a verb predicate's party after
		// 向 or 给, as after a verb before the money; 建设银行为小微企业发放
		// 贷款5亿元: the party of a spend verb right before the predicate.
		at := -1
		if t := v.tokenStarting(ps); t != nil && (t.Pos == "v" || t.Pos == "vn") {
			at = ps
		} else if vs, os, ok := s.spend(v, lo, ps); ok && os == ps {
			at = vs
		} else if t := v.tokenHolding(ps); t != nil && t.Start < ps && s.words.Starting(dictionaries.FactSpend, v.text, t.Start, ps) == ps-t.Start {
			at = t.Start // 发放贷款/n: a spend verb gse joined to the predicate
		}
		if at >= 0 {
			if os, o, ok := s.fined(v, si, lo, at); ok && v.text[os] != '对' { // 对东盟进出口: a partner, read below
				ps = os
				f.Object = o.name
				f.EvidenceStart = os
				for _, om := range o.mentions {
					addMention(&f, om)
				}
			}
		}
	} else if vs, os, ok := s.spend(v, lo, pos); ok && !(os == pos && s.predicateFollows(v, si, m)) && !(os == pos && v.slice(vs, os) == "新增") {
		// 新增 right before the money is a change's (人民币贷款新增15.68万亿元).
		tail, ps = "verb-object-money", vs
		at := vs
		for n := s.words.Ending(dictionaries.FactFiller, v.text, lo, at); n > 0 && v.aligned(at-n, at); n = s.words.Ending(dictionaries.FactFiller, v.text, lo, at) {
			at -= n // 向云南省紧急下拨
		}
		var party org
		if ps0, o, ok := s.fined(v, si, lo, at); ok && v.text[ps0] != '对' {
			ps, party = ps0, o // 财政部向安徽省下拨…: whom it goes to stands between the payer and the verb
		} else {
			for j := at - 1; j >= max(lo, at-maxParty); j-- {
				if strings.ContainsRune("向给为", v.text[j]) && v.aligned(j, j+1) && j+1 < at && s.nounsOnly(v, j+1, at) {
					ps = j // 向中亚国家/ns 提供: a party gse joined past the place's name
					party = org{name: v.slice(j+1, at), start: j + 1, mentions: v.inside(si, j+1, at)}
					break
				}
			}
		}
		f = newFact(Amount, "", si, ps, m.End, 0.8)
		f.Predicate, _ = s.words.Predicate(dictionaries.FactSpend, strings.TrimSuffix(v.slice(vs, os), "了"))
		if os < pos {
			f.Object = v.slice(os, pos)
			if t := v.timeStarting(os, pos); t != nil {
				f.Object = v.slice(t.End, pos) // 2021年度补助地方水利发展资金: the year is the fact's date
			}
		} else if party.name != "" {
			// 向乌克兰提供5亿美元: with no goods named, whom it goes to.
			f.Object = party.name
			for _, pm := range party.mentions {
				addMention(&f, pm)
			}
		} else if k, ok := s.openingNouns(v, si, lo, vs); ok && v.clauseOpens(k, lo) &&
			s.words.Starting(dictionaries.FactGoods, v.text, vs, os) == os-vs &&
			s.words.Ending(dictionaries.FactSubject, v.text, lo, vs) <= vs-k { // not 地区 of 西部地区
			// 上半年，机电产品出口7.8万亿元: the nouns that open the
			// clause are what was sold.
			f.Object = v.slice(k, vs)
		}
	} else if vs, pe, ok := s.predicateAfter(v, si, m); ok {
		tail, ps = "money-predicate", vs
		f = newFact(Amount, "", si, ps, pe, 0.8)
		k := s.words.Ending(dictionaries.FactAmount, v.text, m.End, pe)
		f.Predicate, _ = s.words.Predicate(dictionaries.FactAmount, v.slice(pe-k, pe))
		if m.End+1 < pe-k && v.text[m.End] == '的' {
			f.Object = v.slice(m.End+1, pe-k) // 的双边贷款援助: what kind
		}
		if k := s.words.Starting(dictionaries.FactReceive, v.text, vs, m.Start); k > 0 && v.aligned(vs, vs+k) {
			f.Predicate = v.slice(vs, vs+k) + f.Predicate // 小米获得10亿元投资: money it gets
		}
		if os, o, ok := s.fined(v, si, lo, vs); ok {
			ps = os
			f.Object = o.name
			f.EvidenceStart = os
			for _, om := range o.mentions {
				addMention(&f, om)
			}
		} else if rs, _ := v.runBack(vs, lo); rs < vs && rs-1 > lo && v.text[rs-1] == '从' && v.aligned(rs-1, rs) {
			ps = rs - 1 // 乌克兰已从美国获得10亿美元贷款: the source stands between the subject and the verb
		}
	} else if ws, vs, ve, oe, ok := s.priced(v, si, lo, pos, m); ok {
		// 以26.6亿美元收购高鑫零售: the money is the price of the verb after it.
		tail, ps = "price-verb-object", ws
		f = newFact(Amount, "", si, ps, oe, 0.8)
		f.Predicate = strings.TrimSuffix(v.slice(vs, ve), "给")
		if p, ok := s.words.Predicate(dictionaries.FactSpend, f.Predicate); ok {
			f.Predicate = p
		}
		f.Object = v.slice(ve, oe)
		for _, om := range v.inside(si, ve, oe) {
			addMention(&f, om)
		}
	} else {
		return
	}
	f.Rule = "amount:" + tail
	if k := s.words.Ending(dictionaries.FactEach, v.text, lo, ps); k > 0 && v.slice(ps-k, ps) == "分别" && s.amountsRespectively(v, si, lo, ps-k, f, m) {
		return
	}
	if tail == "predicate-money" && strings.Contains(v.slice(pos, m.Start), "分别") && s.metricsRespectively(v, si, lo, pos, m) {
		return
	}
	var whole *pipeline.Fact
	setValue(&f, m)
	addMention(&f, m)
	if o, how, ok := s.amountSubject(v, si, lo, ps); ok && !s.anaphor(o.name) {
		if j, joint := jointSubject(v, lo, o); joint {
			o, how = j, how+"-joint"
		}
		f.Rule, f.Confidence = "amount:"+how+"-"+tail, 0.85
		if o.phrase != "" && f.Object == "" {
			f.Object = o.phrase
		}
		takeSubject(&f, o, "")
	} else if c := s.companyBefore(v, lo, ps); c != "" {
		f.Subject = c
		f.Rule += "|subject:company-coref"
		f.Confidence = 0.75
	} else if sp, found := s.quoteSpeaker(v, m.Start, m.End); found {
		f.Subject = sp
		f.Rule += "|subject:quote-speaker"
		f.Confidence = 0.75
	} else if w, partner, ok := s.partSubject(v, si, lo, ps); ok && (m.End >= len(v.text) || v.text[m.End] != '的') {
		// 其中，总投资23.7亿元的…项目: an amount before 的 is a named part's own.
		whole = &w
		f.Subject = w.Subject
		if f.Object == "" && partner != "" {
			f.Object = partner
			f.Rule += "|partner"
		}
		f.Rule += "|subject:whole"
		f.Confidence = 0.7
	} else if w, phrase, ok := s.parallelFact(v, si, lo, ps, Amount); ok {
		whole = &w
		f.Subject = w.Subject
		f.Rule += "|subject:parallel"
		if f.Object == "" && phrase != "" {
			f.Object = phrase
			if k, _, ok := v.partnerBefore(lo, s.subjectEnd(v, ps, lo)); ok && v.clauseOpens(k, lo) {
				f.Rule += "|partner"
			}
		}
		f.Confidence = 0.7
	} else if g, partner, pms, ok := s.sentenceParallel(v, si, lo, ps, f.Predicate); ok {
		whole = g
		f.Subject = g.Subject
		f.Rule += "|subject:parallel-sentence"
		if f.Object == "" {
			f.Object = partner
			for _, pm := range pms {
				addMention(&f, pm)
			}
		}
		f.Confidence = 0.7
	} else if g := s.listedAmount(v, si, lo, ps); g != nil {
		// 永钢集团总资产350亿元、年销售收入超过380亿元: the next item of a
		// list of amounts is the same subject's.
		f.Subject = g.Subject
		f.Rule += "|subject:parallel"
		f.Confidence = 0.7
		f.EvidenceStart = min(f.EvidenceStart, g.EvidenceStart)
	} else if o, ok := s.topicSubject(v, si, lo, ps); ok {
		if f.Object == "" {
			f.Object = o.phrase
		}
		takeSubject(&f, o, topicRule(o))
		f.Confidence = 0.7
	} else if o, ok := s.reportingCompany(v, si, lo, ps); ok {
		f.Subject = o.name
		f.Rule += "|subject:reporting-company"
		f.Confidence = 0.7
		f.EvidenceStart = min(f.EvidenceStart, o.start)
		addMention(&f, o.mentions[0])
	} else if o, ok := s.passivePayer(v, si, lo, ps); ok {
		takeSubject(&f, o, "|subject:passive")
		f.Confidence = 0.7
	} else if o, ok := s.speakerChain(v, si, lo, ps, m.Start); ok {
		takeSubject(&f, o, "|subject:speaker-chain")
		f.Confidence = 0.7
	}
	floor := lo // where the nouns of the predicate may start
	agent := false
	if f.Subject == "" && tail == "predicate-money" {
		if o, e, ok := s.agentPhrase(v, si, lo, ps); ok {
			// 地方国企营业收入突破35万亿元: nouns that end in a word of who acts.
			agent, floor = true, e
			takeSubject(&f, o, "|subject:agent-phrase")
			f.Confidence = 0.65
		}
	}
	ne := ps // where the nouns that open the clause end
	if tail == "predicate-money" && f.Object == "" && (f.Subject == "" || strings.Contains(f.Rule, "|subject:")) &&
		s.words.Ending(dictionaries.FactSpend, v.text, lo, pos) == 0 {
		// 非税收入25676亿元, 国家财政性教育经费: the nouns written before the
		// predicate in its clause are the predicate's, as a change's metric;
		// not before a spend verb, whose payer they are (国家投入).
		end := ps
		if t := v.tokenHolding(ps); t != nil && t.Start < ps && t.Start >= lo {
			end = t.Start // 社会物流总费用: the predicate's word began before it
		}
		if k := s.nounsBefore(v, si, max(floor, v.clauseStart(lo, end)), end); k < end && !s.fillerOpens(v, k, end) &&
			s.words.Starting(dictionaries.FactModifier, v.text, k, end) == 0 && // not 全部|预算
			!strings.HasSuffix(v.slice(k, ps), f.Predicate) { // not 国内生产总值|GDP
			f.Predicate = v.slice(k, ps) + f.Predicate
			f.EvidenceStart = min(f.EvidenceStart, k)
			ne = k
		}
	}
	if f.Object == "" && tail != "money-predicate" {
		if e, ok := s.projectAfter(v, si, m); ok {
			// 总投资近184亿元的国家电网浙北-福州特高压电力联网工程: what it costs.
			f.Object = v.slice(m.End+1, e)
			f.EvidenceEnd = max(f.EvidenceEnd, e)
			for _, om := range v.inside(si, m.End+1, e) {
				addMention(&f, om)
			}
		}
	}
	if pt := v.tokenStarting(ne); f.Object == "" && !agent && tail == "predicate-money" && (f.Subject == "" || strings.Contains(f.Rule, "|subject:")) &&
		pt != nil && !strings.HasPrefix(pt.Pos, "v") {
		// 截至6月末，本外币贷款余额41399亿元: the nouns that open the clause
		// say what was counted, when no subject of the clause took them
		// (国有企业营业总收入) and the predicate is no verb whose payer
		// stands there (中央投入14亿元).
		e := ne
		if n := s.words.Ending(dictionaries.FactLight, v.text, lo, e); n > 0 && v.aligned(e-n, e) {
			e -= n // 轻工业实现营业收入: the nouns before the light verb
		}
		if k, ok := s.openingNouns(v, si, lo, e); ok && v.clauseOpens(k, lo) && !s.anaphor(v.slice(k, e)) &&
			s.words.Starting(dictionaries.FactModifier, v.text, k, e) == 0 && !s.fillerOpens(v, k, e) {
			if o := strings.TrimSuffix(v.slice(k, e), "总"); utf8.RuneCountInString(o) > 1 {
				f.Object = o // not 公司, 日均, 全部; 企业进出口 of 企业进出口总货值
			}
		} else if k, ok := s.openingNouns(v, si, lo, ne); ok && k < ne && s.words.Ending(dictionaries.FactLight, v.text, lo, k) > 0 && v.aligned(k-s.words.Ending(dictionaries.FactLight, v.text, lo, k), k) {
			// 辽宁省13个高新区实现高新技术产品产值1123亿元: the nouns after
			// the light verb say what was counted, whoever the subject is.
			if o := strings.TrimSuffix(v.slice(k, ne), "总"); utf8.RuneCountInString(o) > 1 && s.words.Starting(dictionaries.FactSubject, v.text, k, ne) == 0 {
				f.Object = o
			}
		}
	}
	if _, place, ms := s.subjectWalk(v, ps, lo); place != "" {
		f.Place = place
		f.EvidenceStart = min(f.EvidenceStart, ms[0].Start-1)
		for _, pm := range ms {
			addMention(&f, pm)
		}
	}
	d, context := v.dateFor(si, m.Start)
	setDate(&f, d, context)
	if f.DateStart == nil && (strings.HasSuffix(f.Rule, "|subject:topic") || strings.HasSuffix(f.Rule, "|subject:counted-topic")) {
		// 江西一季度开工…，总投资达6600亿元: the topic's clause gives the time.
		setDate(&f, v.topicDate(si, f.EvidenceStart, m.Start), false)
	}
	if whole != nil && (f.DateStart == nil || context) && whole.DateStart != nil {
		// A part counts the whole's period, a parallel clause the other's.
		f.DateStart, f.DateEnd = whole.DateStart, whole.DateEnd
		f.Rule = strings.Replace(f.Rule, "|date:paragraph-context", "", 1)
	}
	if f.Subject == "" {
		if v.predAt == nil {
			v.predAt = map[int]int{}
		}
		v.predAt[len(v.facts)] = ne // where the predicate's nouns start
	}
	v.add(f)
}

// amountsRespectively reads names listed before 分别 and as many amounts
// after the predicate, one amount fact each: the names are the subjects
// (中石油、中石化分别投资200亿元、150亿元) or, after 与, 对 or 同, the partners of
// the subject before them (我国对东盟、欧盟分别进出口1.07万亿元、1.02万亿元 →
// 中国, 东盟 / 欧盟; rule |respectively). f is the fact read for the first
// amount m. It reports whether it made them.
func (s *Stage) amountsRespectively(v *view, si, lo, each int, f pipeline.Fact, m *pipeline.Mention) bool {
	items := s.listBack(v, lo, each)
	vals := v.valuesAfter(m, len(items))
	if len(items) < 2 || len(vals) != len(items) {
		return false
	}
	names := make([]*pipeline.Mention, len(items))
	for i, it := range items {
		n := v.startingMention(it[0], it[1])
		if n == nil || n.End != it[1] {
			return false // only names are paired here
		}
		names[i] = n
	}
	partner := items[0][0] > lo && strings.ContainsRune("与对同", v.text[items[0][0]-1])
	subject, subjectAt := "", -1
	var subjectMs []*pipeline.Mention
	if prep := items[0][0] - 1; partner {
		if rs, _ := v.runBack(prep, lo); rs <= prep {
			if o, _, ok := s.metricSubject(v, si, lo, rs, max(prep, rs+1)); ok && o.start < prep {
				subject, subjectAt, subjectMs = o.name, o.start, o.mentions
			}
		}
	}
	d, context := v.dateFor(si, m.Start)
	for i := range items {
		g := f
		g.MentionIDs = nil
		g.Rule = f.Rule + "|respectively"
		g.EvidenceStart = items[0][0]
		if partner {
			g.Subject, g.Object = subject, entity(names[i])
			if subjectAt >= 0 {
				g.EvidenceStart = subjectAt
			}
			for _, sm := range subjectMs {
				addMention(&g, sm)
			}
		} else {
			g.Subject, g.Object = entity(names[i]), ""
		}
		addMention(&g, names[i])
		g.EvidenceEnd = max(f.EvidenceEnd, vals[i].End)
		setValue(&g, vals[i])
		addMention(&g, vals[i])
		setDate(&g, d, context)
		v.add(g)
	}
	return true
}

// metricsRespectively reads amount predicates listed before 分别 and as many
// amounts after it, one amount fact each (城镇居民人均可支配收入和农村居民人均纯
// 收入分别达到26050元和10107元), with the subject the list's clause names (rule
// |respectively). end is where the last predicate ends. It reports whether
// it made them.
func (s *Stage) metricsRespectively(v *view, si, lo, end int, m *pipeline.Mention) bool {
	cs := end
	for cs > lo && !strings.ContainsRune("，,；;：:", v.text[cs-1]) {
		cs--
	}
	cs = v.pastDate(si, cs)
	var o org
	if n := v.startingMention(cs, end); n != nil {
		o = org{name: entity(n), start: cs, mentions: []*pipeline.Mention{n}}
		cs = n.End
	} else if k, name := s.subjectStarting(v, cs, end); k > 0 {
		o = org{name: name, start: cs, mentions: v.inside(si, cs, cs+k)}
		cs += k
	}
	var items [][2]int
	start := cs
	for p := cs; p < end; {
		t := v.tokenStarting(p)
		if t == nil {
			return false
		}
		if t.Text == "、" || len([]rune(t.Text)) == 1 && strings.Contains("和与及", t.Text) && (t.Pos == "c" || t.Pos == "p") {
			items = append(items, [2]int{start, p})
			start = t.End
		}
		p = t.End
	}
	items = append(items, [2]int{start, end})
	if len(items) < 2 {
		return false
	}
	vals := v.valuesAfter(m, len(items))
	if len(vals) != len(items) {
		return false
	}
	preds := make([]int, len(items))
	for i, it := range items {
		if preds[i] = s.words.Ending(dictionaries.FactAmount, v.text, it[0], it[1]); preds[i] == 0 || len(v.inside(si, it[0], it[1])) > 0 {
			return false // 汽、柴油价格: no amount word ends each item
		}
	}
	d, context := v.dateFor(si, m.Start)
	for i, it := range items {
		f := newFact(Amount, "amount:predicate-money|respectively", si, items[0][0], vals[i].End, 0.75)
		f.Predicate, _ = s.words.Predicate(dictionaries.FactAmount, v.slice(it[1]-preds[i], it[1]))
		f.Object = v.slice(it[0], it[1]-preds[i])
		if o.name != "" {
			f.Rule = "amount:name-predicate-money|respectively"
			f.Subject = o.name
			f.EvidenceStart = o.start
			for _, om := range o.mentions {
				addMention(&f, om)
			}
		}
		setValue(&f, vals[i])
		addMention(&f, vals[i])
		setDate(&f, d, context)
		v.add(f)
	}
	return true
}

// partSubject reads the subject of an amount that is a part of a whole
// given before 其中 (of which): its clause opens with the predicate, maybe
// after the nouns of what it counts, and 其中 opens it or a clause before it
// in the sentence (其中，出口23.77万亿元，增长0.6%；进口17.99万亿元). It returns the last
// amount before 其中 with a subject, at most one sentence back in the
// paragraph (我国货物贸易进出口总值41.76万亿元 → 中国), whose subject and
// period the part shares.
func (s *Stage) partSubject(v *view, si, lo, ps int) (pipeline.Fact, string, bool) {
	const which = "其中"
	cs := s.subjectEnd(v, ps, lo)
	if t := v.tokenHolding(cs); t != nil && t.Start < cs && t.Start >= lo && nounLike(t) {
		cs = t.Start // 其中，税收|收入: the predicate ends a word gse read whole
	}
	partner := ""
	if k, p, ok := v.partnerBefore(lo, cs); ok {
		partner, cs = p, k // 其中，对东盟进出口9932.4亿元: a part by partner
	} else {
		for cs > lo {
			t := v.tokenEnding(cs)
			if t == nil || t.Start < lo || !nounLike(t) || v.slice(t.Start, t.End) == which {
				break
			}
			cs = t.Start
		}
		if len(v.inside(si, cs, ps)) > 0 {
			return pipeline.Fact{}, "", false // a name of its own: 其中，中国农业银行投放贷款…
		}
	}
	q := -1
	if cs-2 >= lo && v.slice(cs-2, cs) == which {
		q = cs - 2
	} else if v.clauseOpens(cs, lo) {
		// 其中 may stand before a ；, where the sentences split.
		for k := cs - 2; k >= 0 && !strings.ContainsRune("。！？\n", v.text[k]); k-- {
			if v.slice(k, k+2) == which && v.boundary(k, 0) {
				q = k
				break
			}
		}
	}
	if q < 0 && cs == lo && si > 0 {
		// The next part in a sentence of its own (其中，出口9.95万亿元…。进口
		// 7.55万亿元): the part before it, in the sentence before, names the whole.
		for i := len(v.facts) - 1; i >= 0; i-- {
			f := &v.facts[i]
			if f.Kind == Amount && f.Sentence == si-1 && strings.Contains(f.Rule, "|subject:whole") {
				if strings.Count(v.slice(f.EvidenceEnd, lo), "\n") <= 1 {
					return *f, partner, true
				}
			}
		}
		return pipeline.Fact{}, "", false
	}
	if q < 0 || !v.boundary(q, 0) {
		return pipeline.Fact{}, "", false
	}
	for i := len(v.facts) - 1; i >= 0; i-- {
		f := &v.facts[i]
		if f.Kind != Amount || f.EvidenceEnd > q {
			continue
		}
		ends, lines := 0, 0
		for _, r := range v.text[f.EvidenceEnd:q] {
			if r == '\n' {
				lines++
			}
			if r == '。' || r == '！' || r == '？' {
				ends++
			}
		}
		// 其中 may open the next paragraph, where each sentence is one.
		if lines > 1 || lines == 1 && (q == 0 || v.text[q-1] != '\n') {
			return pipeline.Fact{}, "", false
		}
		if ends > 1 || f.Subject == "" {
			return pipeline.Fact{}, "", false
		}
		return *f, partner, true
	}
	return pipeline.Fact{}, "", false
}

// parallelFact reads the subject of an amount whose clause opens with its
// predicate right after a clause with a fact of one of kinds, maybe with
// clauses of change between: the two count for the same subject (全国基本
// 医保基金总收入3.11万亿元，总支出2.63万亿元; 我国企业承接服务外包合同额7814.3亿元，
// 执行额5205.1亿元). A few nouns may stand before the predicate, after the
// clause's light verb (接待游客43万人次，实现旅游收入646.11万元): they are
// returned as what the amount counts; so is the partner after 对 that opens
// the clause (…进出口19.47万亿元，对东盟进出口5.57万亿元). It returns the fact
// before, which must have a subject.
func (s *Stage) parallelFact(v *view, si, lo, ps int, kinds ...string) (pipeline.Fact, string, bool) {
	pe := s.subjectEnd(v, ps, lo)
	ss := pe
	if t := v.tokenHolding(ss); t != nil && t.Start < ss && t.Start >= lo {
		ss = t.Start // 总|支出
	}
	phrase := ""
	if k, p, ok := v.partnerBefore(lo, ss); ok && v.clauseOpens(k, lo) {
		phrase, ss = p, k // ，对东盟进出口5.57万亿元: the same trade with another partner
	} else if !v.clauseOpens(ss, lo) {
		ns, ok := s.openingNouns(v, si, lo, ss)
		if !ok {
			return pipeline.Fact{}, "", false
		}
		end := pe
		if pe-ss == 1 {
			end = ss // 旅游|总收入, 旅游|纯收入: one character of the predicate's word adds nothing
		}
		phrase, ss = v.slice(ns, end), s.subjectEnd(v, ns, lo) // 旅游外汇 of 旅游|外汇收入
		if !v.clauseOpens(ss, lo) {
			return pipeline.Fact{}, "", false
		}
	}
	f, ok := s.factBefore(v, si, lo, ss, kinds...)
	return f, phrase, ok
}

// factBefore returns the last fact of one of kinds that ends the clause
// before the one opening at ss in sentence si, or in the sentence before
// where the two split at ；, maybe past clauses of change or comparison, and
// whether it has a subject.
func (s *Stage) factBefore(v *view, si, lo, ss int, kinds ...string) (pipeline.Fact, bool) {
	c := ss - 1
	if c < lo && c >= 0 && strings.ContainsRune("；;", v.text[c]) {
		lo = v.sents[max(si-1, 0)].Start // the sentences split at ；
	}
	for c >= lo && !commaMark(v.text[c]) {
		if !isSpace(v.text[c]) && unicode.IsPunct(v.text[c]) {
			return pipeline.Fact{}, false
		}
		c--
	}
	for range 3 {
		if c <= lo {
			return pipeline.Fact{}, false
		}
		pcs := c
		for pcs > lo && !stopMark(v.text[pcs-1]) {
			pcs--
		}
		for i := len(v.facts) - 1; i >= 0; i-- {
			if f := &v.facts[i]; slices.Contains(kinds, f.Kind) && f.EvidenceEnd <= c && f.EvidenceEnd > pcs {
				return *f, f.Subject != ""
			}
		}
		// A clause of change (，同比增长0.2%，) or one that compares the
		// count before (，是2023年的6.34倍，, ，占全国的12%，) may stand between.
		if pcs <= lo || s.words.Starting(dictionaries.FactCompare, v.text, pcs, c) == 0 && s.words.Starting(dictionaries.FactChange, v.text, pcs, c) == 0 &&
			!comparesBefore(v.slice(pcs, c)) {
			return pipeline.Fact{}, false
		}
		c = pcs - 1
	}
	return pipeline.Fact{}, false
}

// listedAmount returns the amount fact with a subject that ends right
// before the 、 that opens the item of the predicate at ps, past the nouns
// that open it (…总资产350亿元、年销售收入…), or nil.
func (s *Stage) listedAmount(v *view, si, lo, ps int) *pipeline.Fact {
	k := s.subjectEnd(v, ps, lo)
	for k > lo {
		t := v.tokenEnding(k)
		if t == nil || t.Start < lo || !nounLike(t) && t.Pos != "t" && t.Text != "年" {
			break // 年/m 销售收入: a year's
		}
		k = t.Start
	}
	if k-1 <= lo || v.text[k-1] != '、' {
		return nil
	}
	for i := len(v.facts) - 1; i >= 0; i-- {
		if f := &v.facts[i]; f.Sentence == si && f.Kind == Amount && f.EvidenceEnd == k-1 && f.Subject != "" {
			return f
		}
	}
	return nil
}

// comparesBefore reports whether a clause only compares the number of the
// clause before it with another: 是2023年的6.34倍, 相当于全年的一半, 占全国的12%.
func comparesBefore(clause string) bool {
	for _, w := range []string{"是", "相当于", "占", "约占"} {
		if rest, ok := strings.CutPrefix(clause, w); ok && rest != "" {
			return w != "是" || strings.HasSuffix(rest, "倍") || strings.Contains(rest, "的")
		}
	}
	return false
}

// partnerBefore reads the partner after 对 that ends at end, within a few
// characters and with no verb (对东盟|进出口, 对中亚五国|进出口): where 对 stands,
// and the partner's name (the entity of a mention that spans it).
func (v *view) partnerBefore(lo, end int) (int, string, bool) {
	for k := end - 1; k >= lo && end-k <= 12; k-- {
		r := v.text[k]
		if unicode.IsPunct(r) && !strings.ContainsRune("“”‘’", r) || unicode.IsSpace(r) {
			return 0, "", false // quotes may stand in a name: 对“一带一路”沿线国家
		}
		if r != '对' {
			continue
		}
		if t := v.tokenStarting(k); t == nil || t.End != k+1 || k+1 == end || v.hasVerb(k+1, end) {
			return 0, "", false
		}
		if m := v.exact(k+1, end, pipeline.Place, pipeline.Org); m != nil {
			return k, entity(m), true
		}
		return k, v.slice(k+1, end), true
	}
	return 0, "", false
}

// maxOpening is the longest run of nouns, in runes, that openingNouns reads.
const maxOpening = 12

// openingNouns returns where the nouns that end at ss start, when they are
// a few (up to maxOpening characters), hold no name or subject word, and only a light
// verb, a filler or times stand before them in the clause: 旅游 of
// ，实现旅游收入.
func (s *Stage) openingNouns(v *view, si, lo, ss int) (int, bool) {
	pos := ss
	for pos > lo && ss-pos < maxOpening {
		if r := v.text[pos-1]; r == '）' || r == ')' {
			// A bracketed abbreviation after the nouns: 广义货币（M2）余额.
			k := pos - 2
			for k > lo && k > pos-8 && v.text[k] < 0x80 && (unicode.IsLetter(v.text[k]) || unicode.IsDigit(v.text[k])) {
				k--
			}
			if k < pos-2 && k > lo && (v.text[k] == '（' || v.text[k] == '(') {
				pos = k
				continue
			}
			break
		}
		t := v.tokenEnding(pos)
		if t == nil || t.Start < lo {
			break
		}
		if pos < ss && t.Pos == "a" && (t.End-t.Start == 1 || v.boundary(t.Start, lo)) {
			// 冷/a 链物流, 文化新/a 业态: a one-character adjective among the
			// nouns, after nouns or opening them (not 培育/vn 全/a 产业链), or
			// one of any length that opens the clause (一般/a 贸易).
			pos = t.Start
			if p := v.tokenEnding(pos); p == nil || p.Start < lo || !strings.HasPrefix(p.Pos, "n") {
				break
			}
			continue
		}
		if !nounLike(t) && !(t.Pos == "x" && isLatin(t.Text)) && !(t.Pos == "f" && pos < ss) {
			break // 广义货币M2余额: letters and digits among the nouns; 规模以上/f 电子信息制造业
		}
		pos = t.Start
	}
	if pos == ss || ss-pos > maxOpening || len(v.inside(si, pos, ss)) > 0 || s.words.Starting(dictionaries.FactSubject, v.text, pos, ss) > 0 {
		return 0, false
	}
	return v.nounListBack(si, lo, pos)
}

// nounListBack returns where a list of nouns joined by 、 that ends with the
// item starting at pos begins (汽车、家电、数码产品 of …销售额), or pos when no
// 、 stands before it. A list with a name among its items is not read at
// all: its last item is no object by itself.
func (v *view) nounListBack(si, lo, pos int) (int, bool) {
	start := pos
	for start-1 > lo && v.text[start-1] == '、' {
		k, noun := start-1, false
		for k > lo && start-1-k < 8 {
			t := v.tokenEnding(k)
			if t == nil || t.Start < lo || v.endingAt(k, lo, pipeline.Date) != nil {
				break // 上半年|信息传输、…: a time opens no item
			}
			// Inside an item a time or an adjective word (现代/t 服务业), and
			// a verb of two characters (装备制造/v): industries' names.
			if nounLike(t) {
				noun = true
			} else if !(k < start-1 && (t.Pos == "t" || t.Pos == "a") || strings.HasPrefix(t.Pos, "v") && t.End-t.Start > 1) {
				break
			}
			k = t.Start
		}
		if k < start-1 && !noun {
			k = start - 1 // no noun: no item
		}
		if k == start-1 || !v.boundary(k, lo) && v.text[k-1] != '的' { // 中国的|风电、光伏
			return start, true // 、 between clauses: 游客将达7200万人次、文化产业产值
		}
		if in := v.inside(si, k, start-1); len(in) > 0 {
			if m := in[0]; len(in) == 1 && m.Type == pipeline.Place && m.Start == k && m.End < start-1 && v.clauseOpens(k, lo) {
				return m.End, true // 太仓|高端装备制造、新材料…: the place whose list it is opens it
			}
			return 0, false
		}
		start = k
	}
	return start, true
}

// pastTimesBack returns where the times that end at e start: DATE mentions,
// time tokens and a bracketed date (今天（6月15日）), read backwards.
func (v *view) pastTimesBack(e, lo int) int {
	for e > lo {
		if m := v.endingAt(e, lo, pipeline.Date); m != nil {
			e = m.Start
		} else if r := v.text[e-1]; r == '）' || r == ')' {
			k := e - 1
			for k > lo && v.text[k] != '（' && v.text[k] != '(' {
				k--
			}
			if k <= lo || v.endingAt(e-1, k+1, pipeline.Date) == nil {
				return e
			}
			e = k
		} else if t := v.tokenEnding(e); t != nil && t.Start >= lo && t.Pos == "t" {
			e = t.Start
		} else {
			return e
		}
	}
	return e
}

// topicSubject reads the subject of an amount whose clause opens with its
// predicate (，总投资超700亿元) from the clause right before: a PLACE or ORG
// mention or a subject word that opens that clause, after its times, and a
// verb it does, maybe after adverbs (今年一季度，云南计划开工…500多个项目，
// 总投资超700亿元 → 云南), or the name that ends it after 的 (作为黄河源头的
// 青海，今年下达…).
// A clause that names a source (国家统计局发布数据, fact_words.tsv kinds report
// and speech), holds a person or an amount of its own, or ends as a time
// (重组后, 实施以来) gives no topic.
func (s *Stage) topicSubject(v *view, si, lo, ps int) (org, bool) {
	ss := s.subjectEnd(v, ps, lo)
	pe := ss // where what the topic counts ends
	if t := v.tokenHolding(ss); t != nil && t.Start < ss && t.Start >= lo && nounLike(t) {
		ss = t.Start // 软件业务|收入: the predicate ends a word gse read whole
	}
	phrase := ""
	if ss > lo && v.text[ss-1] != ',' && v.text[ss-1] != '，' {
		// A few nouns after the clause's light verb say what it counts
		// (，完成电信业务收入14535亿元 → 电信业务).
		if ns, ok := s.openingNouns(v, si, lo, ss); ok && s.subjectEnd(v, ns, lo) < ns {
			phrase, ss = v.slice(ns, pe), s.subjectEnd(v, ns, lo)
		} else if ok && ns > lo && (v.text[ns-1] == ',' || v.text[ns-1] == '，') && !s.agent(v, ns, ss) {
			// Nouns that open the clause and name no one who acts say what the
			// topic counts (我国服务贸易稳步增长，服务进出口总额…); 当地交通部门投资
			// names its own subject.
			phrase, ss = v.slice(ns, pe), ns
			for _, kind := range []dictionaries.FactKind{dictionaries.FactLink, dictionaries.FactFiller, dictionaries.FactReport} {
				if n := s.words.Starting(kind, v.text, ns, pe); n > 0 {
					phrase = v.slice(ns+n, pe) // 合计进出口, 预计目标…, 力争: no part of what was counted
				}
			}
			if phrase = strings.TrimSuffix(phrase, "总"); utf8.RuneCountInString(phrase) < 2 {
				phrase = "" // 总营收
			}
		}
	}
	cs, c, ok := v.clauseBefore(lo, v.pastTimesBack(ss, lo)) // ，今年上半年国内生产总值…: past its times
	if !ok {
		return org{}, false
	}
	o, ok := s.topicOf(v, si, cs, c, true)
	o.phrase = phrase
	return o, ok
}

// topicDate returns the last date of sentence si in [start, end) that is
// no base of a comparison and no founding date, or nil.
func (v *view) topicDate(si, start, end int) *pipeline.Mention {
	var td *pipeline.Mention
	for _, dm := range v.mentions(si, pipeline.Date) {
		if u := usable(dm); u != nil && dm.Start >= start && dm.End <= end && !v.baseDate(dm) && !v.foundedOn(dm) {
			td = u
		}
	}
	return td
}

// topicChains gives an amount still without a subject the topic of its
// topic chain (topicChain; rule |subject:topic-chain) and, when it has no
// time, the topic's. It runs after countedTopics, whose reading of a count
// right before is nearer.
func (s *Stage) topicChains(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind != Amount || f.Subject != "" || strings.Contains(f.Rule, "|subject:") {
			continue
		}
		ps, known := v.predAt[i]
		if !known {
			continue
		}
		s.chainSubject(v, f, ps)
	}
}

// chainSubject gives fact f, whose predicate or metric starts at ps, the
// topic of its topic chain (takeTopic), or else the subject of the amount
// right before it that the chain gave one: a parallel amount
// (…，实现营业收入22.2万亿元，实现利润1.4万亿元) is the same topic's, as
// parallelFact reads it for subjects found in the clause (|subject:parallel).
func (s *Stage) chainSubject(v *view, f *pipeline.Fact, ps int) {
	lo := v.sents[f.Sentence].Start
	if o, ok := s.topicChain(v, f.Sentence, lo, ps); ok {
		takeTopic(v, f, o, ps)
		return
	}
	g, phrase, ok := s.parallelFact(v, f.Sentence, lo, ps, Amount)
	if !ok || phrase != "" || !strings.Contains(g.Rule, "|subject:topic-chain") {
		return
	}
	f.Subject = g.Subject
	f.Rule += "|subject:parallel"
	f.Confidence = 0.65
	if f.DateStart == nil && g.DateStart != nil {
		f.DateStart, f.DateEnd = g.DateStart, g.DateEnd
	}
}

// takeTopic makes o, the topic of its chain, the subject of fact f, whose
// predicate starts at ps (rule |subject:topic-chain), with the topic's time
// when f has none.
func takeTopic(v *view, f *pipeline.Fact, o org, ps int) {
	takeSubject(f, o, "|subject:topic-chain")
	f.Confidence = 0.65
	if f.DateStart == nil {
		setDate(f, v.topicDate(f.Sentence, o.start, ps), false)
	}
}

// metricChains gives the facts of kind from index from on that are still
// without a subject, whose metric opens their clause (a change, share or
// statistic read from the metric written before its verb or value), the
// topic of their topic chain as topicChains does for amounts (rule
// |subject:topic-chain): 我国成为全球能耗强度降低最快的国家之一，…，非化石能源
// 发电装机容量占比超过了50% → 中国.
func (s *Stage) metricChains(v *view, from int, kind string) {
	for f, ps := range s.openingMetrics(v, from, kind) {
		s.chainSubject(v, f, ps)
	}
}

// openingMetrics yields the facts of kind from index from on that are still
// without a subject and have a metric that opens its clause, with where it
// starts (metricAt): the facts metricChains and metricParallels give a
// subject to.
func (s *Stage) openingMetrics(v *view, from int, kind string) iter.Seq2[*pipeline.Fact, int] {
	return func(yield func(*pipeline.Fact, int) bool) {
		for i := from; i < len(v.facts); i++ {
			f := &v.facts[i]
			if f.Kind != kind || f.Subject != "" || f.Object == "" || strings.Contains(f.Rule, "|subject:") || strings.Contains(f.Rule, ":after-") {
				continue
			}
			if ps := s.metricAt(v, f); ps >= 0 && !yield(f, ps) {
				return
			}
		}
	}
}

// metricAt returns where the metric of fact f, read from what was measured,
// starts when it opens its clause, after times only (单机平均效率提升50%; the
// evidence may start earlier, at a date of the clause before), or where the
// evidence starts after a whole word (日均|客运量, not 进|馆人数), or for a
// statistic with no subject where its clause's verb does (，完成货运周转量…);
// else -1.
func (s *Stage) metricAt(v *view, f *pipeline.Fact) int {
	lo := v.sents[f.Sentence].Start
	if f.Kind == Statistic && strings.HasPrefix(f.Rule, "statistic:subject-verb") {
		if v.clauseOpens(f.EvidenceStart, lo) {
			return f.EvidenceStart
		}
		return -1
	}
	obj := []rune(f.Object)
	for k := f.EvidenceEnd - len(obj); k >= f.EvidenceStart; k-- {
		if slices.Equal(v.text[k:k+len(obj)], obj) {
			if v.clauseOpens(k, lo) {
				return k
			}
			if t := v.tokenEnding(k); k == f.EvidenceStart && t != nil && (t.End-t.Start > 1 || v.text[t.Start] == '的') {
				return k // 日均|客运量, 不良|贷款率, …的|人数: words before it that gse read whole, not 进|馆人数
			}
			return -1
		}
	}
	return -1
}

// metricParallels gives the facts of kind from index from on that are still
// without a subject, whose metric opens their clause, the subject of an
// amount or statistic that ends the clause right before, maybe past clauses
// of change, as parallelFact reads it for amounts (rule |subject:parallel):
// a parallel figure counts for the same subject (我国义务教育巩固率达到93.4%，
// 高中阶段毛入学率88.3%，高等教育毛入学率45.7% → 中国).
func (s *Stage) metricParallels(v *view, from int, kind string) {
	for f, ps := range s.openingMetrics(v, from, kind) {
		si := f.Sentence
		g, phrase, ok := s.parallelFact(v, si, v.sents[si].Start, ps, Amount, Statistic)
		if !ok || phrase != "" || g.Sentence != si || v.valueModifies(&g) {
			continue
		}
		f.Subject = g.Subject
		f.Rule += "|subject:parallel"
		f.Confidence = 0.7
		if f.DateStart == nil && g.DateStart != nil {
			f.DateStart, f.DateEnd = g.DateStart, g.DateEnd
		}
	}
}

// valueModifies reports whether a value f reads stands before 的: 总投资82亿元
// 的太阳能单晶硅项目 says what a thing is, and is no figure of a subject.
func (v *view) valueModifies(f *pipeline.Fact) bool {
	for _, typ := range []string{pipeline.Money, pipeline.Quantity, pipeline.Percent} {
		for _, m := range v.mentions(f.Sentence, typ) {
			if m.Start >= f.EvidenceStart && m.End < f.EvidenceEnd && v.text[m.End] == '的' {
				return true
			}
		}
	}
	return false
}

// maxTopicChain is how many clauses with no subject of their own
// topicChain reads back across to the topic's clause.
const maxTopicChain = 3

// topicChain reads the subject of an amount whose clause opens with its
// predicate, as topicSubject does, from a topic's clause further back in
// the sentence, across clauses that have no subject of their own: each
// opens, after times, adverbs and conjunctions, with a verb, and names no
// person, amount or source. Such clauses are a topic chain: what its
// clauses do, the topic does (财政部今天…续发行2024年第六期超长期特别国债，期限为
// 30年期，发行金额为500亿元 → 财政部). Not when the amount's clause opens with
// nouns of its own (，涉案金额达9亿元: no money of the topic).
func (s *Stage) topicChain(v *view, si, lo, ps int) (org, bool) {
	ss := s.subjectEnd(v, ps, lo)
	as := ss // where the amount's clause starts
	for as > lo && v.text[as-1] != ',' && v.text[as-1] != '，' {
		as--
	}
	if as < ss && !s.subjectless(v, si, as, ss) {
		return org{}, false
	}
	for k := as; k < v.sents[si].End && !stopMark(v.text[k]); k++ {
		if n := s.words.Starting(dictionaries.FactUnowned, v.text, k, v.sents[si].End); n > 0 {
			if r := s.words.Ending(dictionaries.FactReceive, v.text, as, k); r == 0 || !v.aligned(k-r, k) { // 查|获 of 查获 is no 获
				return org{}, false // ，涉案金额达9亿元, ，签证出口货值…: no one's money
			}
			k += n - 1 // 挽回经济损失: the recoverer's
		}
	}
	cs, c, ok := v.clauseBefore(lo, as)
	if ok && as < ss {
		// The amount's own clause opens with a verb (，追回集体资金5亿元): the
		// clause right before may be the topic's, as for topicSubject.
		if o, found := s.topicOf(v, si, cs, c, true); found {
			return o, true
		}
	}
	states := false // clauses of how parts of what the topic counts fare
	times := true   // only clauses that are a time (，前10个月，)
	grew := false   // clauses of how much the count before them grew
	for hop := 0; ok && hop < maxTopicChain; hop++ {
		if s.stateClause(v, si, cs, c) {
			states = true
		} else if s.changeClause(v, si, cs, c) {
			grew = true
		} else if !s.subjectless(v, si, cs, c) {
			return org{}, false
		}
		times = times && v.onlyTime(cs, c)
		if cs, c, ok = v.clauseBefore(lo, cs); ok {
			// After such clauses the topic's clause may name what it counts:
			// 我国轻工业生产持续回升，市场稳步复苏，…，实现营业收入; 我国外贸保持
			// 稳定增长态势，前10个月，出口近20万亿元; 全国旅游接待总人数累计2.87亿
			// 人次，同比增长11.1%，实现旅游收入3527亿元.
			if o, found := s.topicOf(v, si, cs, c, states || times || grew); found {
				return o, true
			}
		}
	}
	return org{}, false
}

// changeClause reports whether the clause [cs, c) of sentence si only says
// by how many percent the count of the clause before it changed: after
// fillers, a basis or what it is measured against, a change verb and
// percentages, with no other mention (，同比增长7.6%，, ，比去年同期分别增长
// 6.02%和9.2%，). It names no subject, so a topic chain runs across it.
func (s *Stage) changeClause(v *view, si, cs, c int) bool {
	p := cs
	for p < c {
		n := max(s.words.Starting(dictionaries.FactFiller, v.text, p, c), s.words.Starting(dictionaries.FactBasis, v.text, p, c),
			s.words.Starting(dictionaries.FactCompare, v.text, p, c))
		if n == 0 {
			break
		}
		p += n
	}
	if n := s.words.Starting(dictionaries.FactChange, v.text, p, c); n == 0 || !v.aligned(p, p+n) {
		return false
	}
	percents := 0
	for _, i := range v.bySent[si] {
		if m := &v.d.Mentions[i]; m.Start >= cs && m.End <= c {
			switch m.Type {
			case pipeline.Percent:
				percents++
			case pipeline.Date:
			default:
				return false
			}
		}
	}
	return percents > 0
}

// stateClause reports whether the clause [cs, c) of sentence si only says
// how a part of the topic fares: nouns that name no one (no mention, no
// subject word, no agent), adverbs, and one or two verbs with no object
// that are no spend, light, statistic, report or speech verbs (，市场稳步
// 复苏，新动能行业较快增长，): the topic chain runs across it.
func (s *Stage) stateClause(v *view, si, cs, c int) bool {
	p := cs
	for p < c && isSpace(v.text[p]) {
		p++
	}
	if p == c || len(v.inside(si, cs, c)) > 0 || s.words.Starting(dictionaries.FactSubject, v.text, p, c) > 0 {
		return false
	}
	nouns, verbs, ne := 0, 0, p
	adverb := false // the word before is an adverb
	for p < c {
		t := v.tokenStarting(p)
		if t == nil || t.End > c {
			return false
		}
		switch {
		case verbs == 0 && (nounLike(t) && !(adverb && t.Pos == "vn") || t.Pos == "a" && nouns == 0):
			nouns++
			ne = t.End
		case nouns > 0 && (t.Pos == "d" || t.Pos == "ad" || t.Pos == "vd") && verbs == 0:
		case nouns > 0 && (strings.HasPrefix(t.Pos, "v") && t.Pos != "vn" || t.Pos == "vn" && adverb) && verbs < 2:
			// gse tags a verb after an adverb a verbal noun at times: 持续/vd 优化/vn.
			for _, kind := range []dictionaries.FactKind{dictionaries.FactSpend, dictionaries.FactLight, dictionaries.FactStatistic, dictionaries.FactReport, dictionaries.FactSpeech} {
				if s.words.Starting(kind, v.text, p, t.End) == t.End-p {
					return false
				}
			}
			verbs++
		default:
			return false
		}
		adverb = t.Pos == "d" || t.Pos == "ad" || t.Pos == "vd"
		p = t.End
	}
	return verbs > 0 && !s.agent(v, cs, ne)
}

// subjectless reports whether the clause [cs, c) of sentence si has no
// subject of its own: it opens, after times, adverbs and conjunctions, with
// a verb (，并处…, ，期限为…), holds no person, amount or other subject word, and
// no word of a source (显示, 表示).
func (s *Stage) subjectless(v *view, si, cs, c int) bool {
	p := cs
	for p < c {
		if m := v.timeStarting(p, c); m != nil {
			p = m.End
		} else if isSpace(v.text[p]) {
			p++
		} else if n := s.words.Starting(dictionaries.FactFiller, v.text, p, c); n > 0 && v.aligned(p, p+n) {
			p += n
		} else if t := v.tokenStarting(p); t != nil && (t.Pos == "t" || t.Pos == "d" || t.Pos == "c" || t.Text == "并" ||
			t.Pos == "r" && strings.HasPrefix(t.Text, "每") && t.End-t.Start > 1) {
			p = t.End // 并, and 每年 (how often) as adverbs
		} else if e := v.recipientPhrase(p, c, false); e > p {
			p = e // ，前三季度向219万劳动者发放…: to whom, before the verb
		} else {
			break
		}
	}
	if p == c && p > cs && v.timeStarting(cs, c) != nil {
		// A clause that is only a time (，2023年，, ，今年以来，) dates what
		// follows and names no one: the chain runs across it.
		return true
	}
	if t := v.tokenStarting(p); t == nil || !strings.HasPrefix(t.Pos, "v") || t.Pos == "vn" || v.startingMention(p, c) != nil {
		return false
	} else if s.words.Starting(dictionaries.FactCause, v.text, p, c) == t.End-p {
		return false // ，使两市的经济总量占全省的40%: the noun after it is the subject
	} else if t.Text == "加上" || t.Text == "连同" {
		return false // ，加上配属的陆军…，参演人数…: others join the topic's count
	}
	for _, i := range v.bySent[si] {
		if m := &v.d.Mentions[i]; (m.Type == pipeline.Person || m.Type == pipeline.Money) && m.Start >= cs && m.End <= c {
			return false
		}
	}
	for p := cs; p < c; p++ {
		if s.words.Starting(dictionaries.FactReport, v.text, p, c) > 0 || s.words.Starting(dictionaries.FactSpeech, v.text, p, c) > 0 {
			return false
		}
	}
	return true
}

// recipientPhrase returns where a phrase of whom an act is for, opening at
// p before c, ends: 向, 给, 为 or 对 as a preposition (gse may tag 向 zg) and
// its object — names, nouns, counts, demonstratives and lists of them
// (向219万劳动者, 向该基金, 为北京市保障房建设); else p. 为 before a verb
// (为推动…) says what for, and is no such phrase. With means, also any
// other preposition of one or two characters and nouns joined by 和, 与 or
// 及: how it is done (通过理财产品, 以政府援助和企业投融资等多种方式); not
// where (在) nor with whom (与, 同: what they do together is both's).
func (v *view) recipientPhrase(p, c int, means bool) int {
	t := v.tokenStarting(p)
	if t == nil || t.Pos != "p" && t.Pos != "zg" || perfective(v, t) {
		return p
	}
	if !(t.End-t.Start == 1 && strings.Contains("向给为对", t.Text)) && !(means && t.Pos == "p" && t.End-t.Start <= 2 && !strings.Contains("在与同和跟", t.Text)) {
		return p
	}
	k := t.End
	for k < c {
		if m := v.startingAny(k, pipeline.Place, pipeline.Org, pipeline.Quantity); m != nil && m.End <= c {
			k = m.End
		} else if r := v.text[k]; r == '、' || r == '等' || means && k > t.End && strings.ContainsRune("和与及", r) && v.nounAt(k+1) {
			k++
		} else if u := v.tokenStarting(k); u != nil && u.End <= c && (nounLike(u) || strings.HasPrefix(u.Pos, "m") || u.Pos == "q" || u.Pos == "r" && k == t.End) {
			k = u.End
		} else {
			break
		}
	}
	if k == t.End {
		return p
	}
	return k
}

// topicOf reads the clause [cs, c) of sentence si as the topic's clause of
// the clause after it (see topicSubject): a name or subject word that opens
// it, after its times, and a verb it does, with what it counts between when
// counts is set (福建全省地区生产总值预计增长); or a name described (作为黄河源头的
// 青海).
func (s *Stage) topicOf(v *view, si, cs, c int, counts bool) (org, bool) {
	if o, ok := s.sinceTopic(v, si, cs, c); ok {
		return o, true // 吉林省从2006年启动棚户区改造工程以来，
	}
	if strings.ContainsRune("后时来前", v.text[c-1]) {
		return org{}, false // 重组后, 实施以来: a time, not the topic's clause
	}
	for p := cs; p < c; p++ {
		n := s.words.Starting(dictionaries.FactReport, v.text, p, c)
		if n > 0 && s.words.Starting(dictionaries.FactFiller, v.text, p, c) == n {
			continue // 预计 is a source's word only right after its name (below)
		}
		if n > 0 || s.words.Starting(dictionaries.FactSpeech, v.text, p, c) > 0 {
			return org{}, false
		}
	}
	for _, i := range v.bySent[si] {
		if m := &v.d.Mentions[i]; (m.Type == pipeline.Person || m.Type == pipeline.Money) && m.Start >= cs && m.End <= c {
			return org{}, false
		}
	}
	// A clause that is the name described (作为黄河源头的青海，) is the topic.
	if m := v.endingAt(c, cs, pipeline.Place, pipeline.Org); m != nil && m.Start > cs && v.text[m.Start-1] == '的' {
		return org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "org-mention"}, true
	}
	p := cs
	for _, m := range v.mentions(si, pipeline.Date) { // times open the clause: 今年一季度云南…, 2023年我国…
		if m.Start == p {
			p = m.End
		}
	}
	for p < c {
		if isSpace(v.text[p]) {
			p++
		} else if t := v.tokenStarting(p); t != nil && t.Pos == "t" {
			p = t.End
		} else {
			break
		}
	}
	if m := v.endingAt(c, p, pipeline.Place, pipeline.Org); m != nil && m.Start >= p && s.nounsOnly(v, p, m.Start) && len(v.inside(si, p, m.Start)) == 0 {
		// A clause that is only the name, maybe after nouns that describe
		// it, names the topic of what follows (江苏，传统产业占…; 小麦第一大省
		// 河南，今年小麦一、二类麦田占比94.4%): rule |subject:topic.
		if s.words.Starting(dictionaries.FactAnaphor, v.text, m.Start, m.End) < m.End-m.Start {
			return org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "org-mention"}, true
		}
	}
	var o org
	if m := v.startingMention(p, c); m != nil {
		if s.words.Starting(dictionaries.FactAnaphor, v.text, m.Start, m.End) == m.End-m.Start {
			return org{}, false // 公司 refers back; companyBefore reads it
		}
		o = org{name: entity(m), start: p, mentions: []*pipeline.Mention{m}, how: "org-mention"}
		p = m.End
	} else if n, name := s.subjectStarting(v, p, c); n > 0 && v.aligned(p, p+n) {
		o = org{name: name, start: p, mentions: v.inside(si, p, p+n), how: "word"}
		p += n
		if e := s.agentAfter(v, si, p, c); e > p {
			o.name += v.slice(p, e) // 全国公安机关: the word's bodies that act
			p = e
		}
	} else {
		return org{}, false
	}
	if s.words.Starting(dictionaries.FactReport, v.text, p, c) > 0 {
		return org{}, false // 国家统计局预计，
	}
	if counts {
		if q := s.pastCountedGroup(v, p, c); q > p {
			// 辽宁49项重大电网工程开工建设，总投资超过200亿元: the place's
			// projects, counted, do the verb (rule |subject:counted-topic).
			o.how, p = "counted", q
		}
	}
	// What it counts may follow the name: 福建全省地区生产总值预计增长.
	for q := p; counts && q < c && q-p <= maxObject; {
		t := v.tokenStarting(q)
		if t != nil && q > p && (t.Text == "和" || t.Text == "与" || t.Text == "及" || t.Text == "、") && v.nounAt(t.End) {
			q = t.End // 我国软件和信息技术服务业运行态势良好: nouns joined are one
			continue
		}
		if t == nil || !nounLike(t) || len(v.inside(si, q, t.End)) > 0 {
			if q > p && t != nil && (t.Pos == "d" || t.Pos == "ad" || strings.HasPrefix(t.Pos, "v") || t.Pos == "a" && t.End == c) {
				p = q
			}
			break
		}
		if q = t.End; q == c && s.words.Ending(dictionaries.FactChange, v.text, p, c) > 0 {
			return o, true // gse's noun 快速增长 ends the clause: it grew
		}
	}
	verb := false // a filler skipped was tagged a verb, and may be the clause's
	for p < c {
		n := s.words.Starting(dictionaries.FactFiller, v.text, p, c)
		if n == 0 {
			n = s.words.Starting(dictionaries.FactModifier, v.text, p, c)
		}
		if t := v.tokenStarting(p); n > 0 && t != nil && t.End > p+n {
			n = 0 // 已有/v: a word gse read whole that a filler begins is the verb
		} else if n > 0 && t != nil && t.End == p+n && strings.HasPrefix(t.Pos, "v") {
			verb = true
		}
		if t := v.tokenStarting(p); n == 0 && t != nil && (t.Pos == "d" || t.Pos == "ad" || t.Pos == "t" && t.End < c) {
			n = t.End - p
		}
		if m := v.timeStarting(p, c); n == 0 && m != nil && m.End < c {
			n = m.End - p // 国开行今年加大…, not 浦东计划到2025年，
		}
		if n == 0 {
			break
		}
		p += n
	}
	if e := v.recipientPhrase(p, c, true); e > p {
		// 建设银行通过理财产品，为保障房建设融资66亿元: how or for whom, then
		// the verb, which may stand in the clause after.
		if t := v.tokenStarting(e); e == c || t != nil && strings.HasPrefix(t.Pos, "v") && t.Pos != "vn" {
			return o, true
		}
	}
	if t := v.tokenStarting(p); t == nil || !strings.HasPrefix(t.Pos, "v") && !perfective(v, t) && !(verb && t.Pos != "p") && !(t.Pos == "a" && t.End == c) {
		return org{}, false // but 中国华录提前/v 一年扭亏为盈: the filler is the verb; not 浦东计划到2025年
	}
	return o, true
}

// perfective reports whether t, which gse tagged a preposition, is a verb
// by the 了 right after it: 日本内阁通过了…预算 (通过 is "by" only before what
// it goes by, never before 了).
func perfective(v *view, t *pipeline.Token) bool {
	return t.Pos == "p" && t.End < len(v.text) && v.text[t.End] == '了'
}

// agent reports whether the nouns [start, end) name who acts rather than
// what was counted: an organization by suffix (…公司) or a word of
// fact_words.tsv kind agent (当地交通部门).
func (s *Stage) agent(v *view, start, end int) bool {
	if _, _, ok := s.suffixes.Match(v.slice(start, end)); ok {
		return true
	}
	return s.words.Ending(dictionaries.FactAgent, v.text, start, end) > 0
}

// spend reads a spend verb and the object it takes before an amount at pos:
// 出口文化产品137亿美元 → the verb's start and the object's start. The
// verb must be a verb token and the object, which may be empty (安排446亿元),
// nouns only.
func (s *Stage) spend(v *view, lo, pos int) (vs, os int, ok bool) {
	for os = pos; os >= max(lo, pos-maxSpendObject-maxObjectTime); os-- {
		ob := os
		if m := v.timeStarting(os, pos); m != nil && m.End < pos {
			ob = m.End // 下达2021年度|补助地方水利发展资金: the year the money is for
		}
		if pos-ob > maxSpendObject {
			continue
		}
		if os < pos && (!s.nounsJoined(v, ob, pos) || s.words.Starting(dictionaries.FactFiller, v.text, ob, pos) > 0 ||
			s.words.Starting(dictionaries.FactReport, v.text, ob, pos) > 0) {
			continue // 总投资预计超过102亿元: 预计 is no object
		}
		ve := os
		if ve-1 > lo && v.text[ve-1] == '了' {
			ve-- // 争取了中央资金5.79亿元
		}
		n := s.words.Ending(dictionaries.FactSpend, v.text, lo, ve)
		if n == 0 || !v.aligned(ve-n, ve) {
			continue
		}
		if t := v.tokenStarting(ve - n); t == nil || !strings.HasPrefix(t.Pos, "v") {
			continue
		}
		return ve - n, os, true
	}
	return 0, 0, false
}

// maxObjectTime is the longest time, in runes, that may open a spend verb's
// object (2021年度).
const maxObjectTime = 8

// maxSpendObject is the longest object, in runes, a spend verb reads before
// an amount: 农业生产救灾及特大防汛抗旱补助资金.
const maxSpendObject = 18

// nounsJoined reports whether [start, end) is noun-like tokens, maybe joined
// by 与, 和 or 及 between two of them (研究与试验发展经费), or with a verb
// inside that modifies the noun after it (农田建设补助资金), first only before
// a word that says just "money" (衔接资金).
func (s *Stage) nounsJoined(v *view, start, end int) bool {
	if s.nounsOnly(v, start, end) {
		return true
	}
	// Money named by what it does may open with the verb (衔接资金).
	generic := s.words.Ending(dictionaries.FactGeneric, v.text, start, end) > 0 && s.words.Starting(dictionaries.FactModifier, v.text, start, end) == 0
	for pos := start; pos < end; {
		t := v.tokenStarting(pos)
		if t == nil || t.End > end {
			return false
		}
		joins := t.Text == "与" || t.Text == "和" || t.Text == "及"
		modifies := t.Pos == "v" && s.words.Starting(dictionaries.FactSpend, v.text, t.Start, t.End) == 0 && s.words.Starting(dictionaries.FactLight, v.text, t.Start, t.End) == 0 ||
			t.Pos == "a" && pos > start // 特大 of 救灾及特大防汛抗旱补助资金
		if !nounLike(t) && !(pos > start && t.End < end && (joins || modifies)) && !(pos == start && t.End < end && modifies && generic) {
			return false // a verb inside modifies a noun after it: 农田建设补助资金
		}
		pos = t.End
	}
	return true
}

// predicateFollows reports whether an amount predicate follows MONEY m,
// which then names what a spend verb before it spent: 投放超3000亿元贷款.
func (s *Stage) predicateFollows(v *view, si int, m *pipeline.Mention) bool {
	_, _, ok := s.predicateAfter(v, si, m)
	return ok
}

// predicateAfter reads an amount predicate written after the amount, with
// a verb before it: 处以2.9亿欧元罚款, 开出2.9亿欧元罚单, 获得500万元的奖励.
// It returns the verb's start and the predicate's end.
func (s *Stage) predicateAfter(v *view, si int, m *pipeline.Mention) (vs, pe int, ok bool) {
	hi := v.sents[si].End
	pos := m.End
	if pos < hi && v.text[pos] == '的' {
		pos++
	}
	pos = pastRound(v, pos, hi)
	n := s.words.Starting(dictionaries.FactAmount, v.text, pos, hi)
	if n == 0 && m.End < hi && v.text[m.End] == '的' {
		// 签署价值4000亿美元的供气合同: a few nouns may say what kind.
		for e := pos + 2; e <= min(hi, pos+maxKindNouns); e++ {
			if k := s.words.Ending(dictionaries.FactAmount, v.text, pos, e); k > 0 && k < e-pos && v.aligned(pos, e) && v.aligned(e-k, e) && s.nounsOnly(v, pos, e-k) &&
				(e == hi || unicode.IsPunct(v.text[e])) {
				pos, n = e-k, k
				break
			}
		}
	}
	if n == 0 || !v.aligned(pos, pos+n) || s.words.Starting(dictionaries.FactGeneric, v.text, pos, hi) == n {
		return 0, 0, false // 安排6亿元资金: 资金 says only money; the verb is the predicate
	}
	vend := m.Start
	if vend-2 >= v.sents[si].Start && v.slice(vend-2, vend) == "价值" {
		vend -= 2 // 提供价值4亿美元的军事援助
	}
	if vend > v.sents[si].Start && v.text[vend-1] == '了' {
		vend--
	}
	t := v.tokenEnding(vend)
	if t == nil || t.Start < v.sents[si].Start || !strings.HasPrefix(t.Pos, "v") {
		return 0, 0, false
	}
	if s.words.Ending(dictionaries.FactSpeech, v.text, t.Start, vend) == vend-t.Start {
		return 0, 0, false // 他说500万元奖励太少: what is said, not done
	}
	return t.Start, pos + n, true
}

// priced reads an amount of money that is the price of the verb after it,
// after a word of fact_words.tsv kind price (以26.6亿美元收购高鑫零售, 斥资5亿元
// 购买…, 耗资3亿元建设…; 以…的价格收购): where the price word starts, the
// verb's span and where what it buys or makes ends — the words up to a
// function word, a punctuation mark or another verb, at most maxSpendObject
// runes, and at least a name that starts there.
func (s *Stage) priced(v *view, si, lo, pos int, m *pipeline.Mention) (ws, vs, ve, oe int, ok bool) {
	n := s.words.Ending(dictionaries.FactPrice, v.text, lo, pos)
	if n == 0 || !v.aligned(pos-n, pos) {
		return 0, 0, 0, 0, false
	}
	hi := v.sents[si].End
	at := m.End
	for _, w := range []string{"的价格", "价格"} {
		if e := at + utf8.RuneCountInString(w); e <= hi && v.slice(at, e) == w {
			at = e
			break
		}
	}
	t := v.tokenStarting(at)
	if t == nil || !strings.HasPrefix(t.Pos, "v") || s.words.Starting(dictionaries.FactSpeech, v.text, t.Start, hi) > 0 {
		return 0, 0, 0, 0, false
	}
	if v.slice(pos-n, pos) == "以" && s.words.Starting(dictionaries.FactSpend, v.text, t.Start, t.End) != t.End-t.Start &&
		s.words.Starting(dictionaries.FactTrade, v.text, t.Start, t.End) != t.End-t.Start {
		return 0, 0, 0, 0, false // 以50.5亿元再创历史新高: 以 says how, not at what price
	}
	vs, ve = t.Start, t.End
	if g := v.tokenStarting(ve); g != nil && g.Text == "给" {
		ve = g.End // 以一万元的价格卖给…: whom it goes to follows
	}
	oe = ve
	if nm := v.longestAt(ve, hi, pipeline.Org, pipeline.Person); nm != nil {
		oe = nm.End
	} else if nm := v.startingMention(ve, hi); nm != nil {
		oe = nm.End
	}
	for oe < hi && oe-ve < maxSpendObject {
		o := v.tokenStarting(oe)
		if o == nil || stops(o) || oe > ve && strings.HasPrefix(o.Pos, "v") && o.Pos != "vn" || o.End-ve > maxSpendObject {
			break
		}
		oe = o.End
	}
	if oe == ve {
		return 0, 0, 0, 0, false
	}
	return pos - n, vs, ve, oe, true
}

// maxKindNouns is the longest phrase, in runes, of nouns and an amount
// predicate after an amount and 的 (的供气合同).
const maxKindNouns = 8

// spendsAt reports whether a spend verb starts at pos (捐赠, 投资, 出资):
// what a person may do with money.
func (s *Stage) spendsAt(v *view, pos int) bool {
	n := s.words.Starting(dictionaries.FactSpend, v.text, pos, len(v.text))
	return n > 0 && v.aligned(pos, pos+n)
}

// fined reads the party an amount is imposed on or paid to, written as
// 对, 向, 给 or 为 and a name before the verb at vs (对优步公司处以…罚款,
// 向乌克兰提供…援助), maybe after a count (为2000多户企业融资: the party is
// 企业) or with an adjective (为小微企业): where the preposition starts and
// the name.
func (s *Stage) fined(v *view, si, lo, vs int) (int, org, bool) {
	rs, _ := v.runBack(vs, lo)
	if t := v.tokenHolding(rs); rs+1 < vs && strings.ContainsRune(partyPrepositions, v.text[rs]) && t != nil && t.End > rs+1 && v.startsMention(rs+1) {
		rs++ // 向东/nr 盟: gse joined the preposition to the party's first character
	}
	if rs >= vs || rs-1 < lo {
		return 0, org{}, false
	}
	ps, ks := rs-1, rs // where the preposition and the party start
	if !strings.ContainsRune(partyPrepositions, v.text[ps]) {
		// 为2000多户企业融资, 为小/a 微企业提供: a count or an adjective
		// between the preposition and the nouns, where the run stops, is
		// passed as prepositionBefore passes it; the party starts after
		// the count (企业, 小微企业).
		ps = v.prepositionBefore(rs, lo)
		if !v.prepositionAt(ps, partyPrepositions) {
			return 0, org{}, false
		}
		ks = ps + 1
		for t := v.tokenStarting(ks); ks < rs && t != nil && counting(t); t = v.tokenStarting(ks) {
			ks = t.End
		}
	}
	o, ok := s.partyName(v, si, ks, vs)
	if !ok {
		// Nouns, maybe after a name, are a party too: 对美国科技巨头开出….
		m := v.startingMention(ks, vs)
		ns := rs
		if m != nil {
			ns = m.End
		}
		if ns < vs && !s.nounsOnly(v, ns, vs) {
			return 0, org{}, false
		}
		o = org{name: v.slice(ks, vs), start: ks, mentions: v.inside(si, ks, vs), how: "phrase"}
	}
	return ps, o, true
}

// amountSubject reads the subject of an amount whose predicate starts at ps,
// after the light verbs, fillers and times subjectEnd skips. It returns the
// subject and how it was read: "org" (a name of the clause), "org-comma" (a
// name ending the clause before: 园区还设立…基金,规模8.7亿元), "place" (a
// PLACE mention that opens the clause: 广东省出口…) or "word" (a subject word
// of fact_words.tsv that opens the clause: 我国 → 中国).
func (s *Stage) amountSubject(v *view, si, lo, ps int) (org, string, bool) {
	ss := s.subjectEnd(v, ps, lo)
	// The nouns of a phrase before the predicate may end inside a token that
	// holds the predicate's start: 软件 + 业务收入 of 我国软件业务收入. ns is
	// where the phrase's tokens end, pe where the phrase does.
	ns, pe := phraseEnd(v, lo, ss)
	rs, _ := v.runBack(ss, lo)
	rs = v.pastDate(si, rs) // 1—8月份 | 全国固定资产投资: the run takes 月份 as a noun
	if rs < ss {
		if m := s.afterAppositive(v, si, rs, ss); m != nil && v.clauseOpens(rs, lo) && !v.afterPreposition(rs, lo) && !v.afterConjunction(rs, lo) {
			return org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "org-mention"}, "org-appositive", true
		}
		if o, ok := s.orgName(v, si, rs, ss); ok && !v.afterPreposition(rs, lo) && !v.afterConjunction(rs, lo) {
			return o, "org", true
		}
		if m := v.exact(rs, ss, pipeline.Place); m != nil && v.clauseOpens(rs, lo) && (rs == lo || v.text[rs-1] != '、') {
			return org{name: entity(m), start: rs, mentions: []*pipeline.Mention{m}, how: "place"}, "place", true
		}
		if name, ok := v.chain(rs, ss); ok && v.clauseOpens(rs, lo) && (rs == lo || v.text[rs-1] != '、') {
			return org{name: name, start: rs, mentions: v.inside(si, rs, ss), how: "place"}, "place", true // 四川成都 → 四川省成都市
		}
		// A name that opens the clause and the nouns of what the money is
		// for: 四川交通建设完成投资635亿元 (the phrase becomes the object).
		if name, e, ms, ok := v.chainStarting(rs, ss); ok && e < pe && v.clauseOpens(rs, lo) && (e == ns || s.nounsOnly(v, e, ns)) &&
			len(v.inside(si, e, ss)) == 0 && v.text[e] != '对' {
			return org{name: name, start: rs, mentions: ms, how: "phrase", phrase: v.slice(e, pe)}, "name-phrase", true // 四川成都交通建设
		}
		if m := v.startingMention(rs, ss); m != nil && (m.Type == pipeline.Place || m.Type == pipeline.Org) && m.End < pe &&
			v.clauseOpens(rs, lo) && (m.End == ns || s.nounsOnly(v, m.End, ns)) && len(v.inside(si, m.End, ss)) == 0 && v.text[m.End] != '对' {
			ps := m.End
			if m.Type == pipeline.Place && ps < pe {
				ps += s.words.Starting(dictionaries.FactScope, v.text, ps, pe) // 黑龙江全省林下经济: all of 黑龙江
				if ps+2 < pe && v.slice(ps, ps+2) == "地区" {
					ps += 2 // 长三角地区高端装备: the region's
				}
			}
			if t := v.tokenHolding(ps); ps < pe && t != nil && t.End > pe &&
				max(s.words.Starting(dictionaries.FactSpend, v.text, ps, pe), s.words.Starting(dictionaries.FactLight, v.text, ps, pe)) == pe-ps {
				return org{name: entity(m), start: rs, mentions: []*pipeline.Mention{m}, how: "org-mention"}, "org", true // 农发行|发放贷款/n: a verb gse joined to the predicate
			}
			return org{name: entity(m), start: rs, mentions: []*pipeline.Mention{m}, how: "phrase", phrase: v.slice(ps, pe)}, "name-phrase", true
		}
		// The same after a subject word (我国交通固定资产投资超2万亿元), which
		// the run may hold or, as gse tags 我国 a pronoun, stop before.
		ws, we, name := rs, rs, ""
		if n, w := s.subjectStarting(v, rs, ss); n > 0 {
			we, name = rs+n, w
		} else if n, w := s.subjectEnding(v, lo, rs); n > 0 {
			ws, name = rs-n, w
		}
		if ws < we && we < pe && v.aligned(ws, we) && v.clauseOpens(ws, lo) && (we == ns || s.nounsOnly(v, we, ns)) && len(v.inside(si, we, ss)) == 0 {
			if t := v.tokenHolding(we); t != nil && t.End > pe && max(s.words.Starting(dictionaries.FactSpend, v.text, we, pe), s.words.Starting(dictionaries.FactLight, v.text, we, pe)) == pe-we {
				return org{name: name, start: ws, mentions: v.inside(si, ws, we), how: "phrase"}, "word", true // 当地|筹集资金/n: a verb gse joined to the predicate
			}
			return org{name: name, start: ws, mentions: v.inside(si, ws, we), how: "phrase", phrase: v.slice(we, pe)}, "word-phrase", true
		}
	}
	if o, ok := s.namedJoinedPhrase(v, si, lo, ns, pe); ok {
		return o, "name-phrase", true
	}
	if o, ok := s.namedDatedPhrase(v, si, lo, ns, pe); ok {
		return o, "name-dated-phrase", true
	}
	if ss-1 > lo && v.text[ss-1] == '方' {
		// 中方将再向…捐款: a country's side is the country.
		if m := v.endingAt(ss-1, lo, pipeline.Place); m != nil && m.Country != "" && v.clauseOpens(m.Start, lo) {
			return org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "place"}, "place", true
		}
	}
	if m := v.endingAt(ss, lo, pipeline.Person); m != nil && s.spendsAt(v, ss) {
		// 网友李丽春捐赠了3380元: a person gives or spends, maybe after the
		// nouns that say who they are.
		if rs, _ := v.runBack(m.Start, lo); rs <= m.Start && v.clauseOpens(rs, lo) && (rs == m.Start || s.nounsOnly(v, rs, m.Start)) {
			return org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "person"}, "person", true
		}
	}
	if n, name := s.subjectEnding(v, lo, ss); n > 0 && v.clauseOpens(ss-n, lo) {
		return org{name: name, start: ss - n, mentions: v.inside(si, ss-n, ss), how: "word"}, "word", true
	}
	if o, ok := s.countedSubject(v, si, lo, ss); ok {
		return o, "counted", true
	}
	if o, how, ok := s.clausePhrase(v, si, lo, ss, pe); ok {
		return o, how, true
	}
	if o, how, ok := s.possessor(v, si, lo, ss, pe); ok {
		return o, how, true
	}
	if o, how, ok := s.relativeOwner(v, si, lo, ss, pe); ok {
		return o, how, true
	}
	if c := ss - 1; c > lo && (v.text[c] == ',' || v.text[c] == '，') {
		// Not a place after 在, which says where (在河北邢台高新区，总投资54亿元的…).
		if rs, _ := v.runBack(c, lo); rs < c && (rs == 0 || v.text[rs-1] != '在') {
			if o, ok := s.orgName(v, si, rs, c); ok {
				return o, "org-comma", true
			}
		}
	}
	if o, ok := s.verbSubject(v, si, lo, ps); ok {
		return o, o.how + "-verb", true
	}
	// The one who announced it, before a comma: 蓉芯微电子公告称，拟在…投资45亿元;
	// 国家电网今天（6月15日）表示，今年将投资247亿元; past a spend verb and
	// what it spends (…表示，将继续安排中央预算内投资2.3亿元).
	if vs, _, ok := s.spend(v, lo, ps); ok && (ss-1 <= lo || v.text[ss-1] != ',' && v.text[ss-1] != '，') {
		ss = s.subjectEnd(v, vs, lo)
		for t := v.tokenEnding(ss); t != nil && t.Start >= lo && (t.Pos == "d" || t.Text == "继续"); t = v.tokenEnding(ss) {
			ss = s.subjectEnd(v, t.Start, lo) // 将继续/v 安排: adverbs, and 继续 as one
		}
	}
	if c := ss - 1; c > lo && (v.text[c] == ',' || v.text[c] == '，') {
		if n := s.words.Ending(dictionaries.FactSpeech, v.text, lo, c); n > 0 {
			e := c - n
			if t := v.tokenEnding(e); t != nil && t.Pos == "n" && s.words.Ending(dictionaries.FactSpeech, v.text, lo, e) == 0 {
				e = t.Start // 公告称, 声明称: the document that says it
			}
			e = v.pastTimesBack(e, lo)
			if m := v.endingAt(e, lo, pipeline.Org); m != nil && v.clauseOpens(m.Start, lo) {
				return org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "org-mention"}, "speaker", true
			}
			if rs, _ := v.runBack(e, lo); rs < e && v.clauseOpens(rs, lo) {
				if o, ok := s.orgName(v, si, rs, e); ok {
					return o, "speaker", true // 美国政府当天宣称: a body named by its suffix
				}
			}
		}
	}
	if o, ok := s.payerAcross(v, si, lo, ps); ok {
		return o, o.how + "-adverbial", true
	}
	return org{}, "", false
}

// maxAdverbial is the longest stretch, in runes, payerAcross reads between
// the payer and the amount's predicate.
const maxAdverbial = 40

// payerAcross reads the payer of an amount whose predicate starts at ps as
// an ORG mention, a PLACE mention of a country or a coded division, a body
// gse read as one word with such a place, named by its suffix (美国政府), or a
// subject word (我国累计发放…贷款, rule word-adverbial-…) that opens the
// clause, after times, when only adverbials stand between it and the spend
// verb: times (日前, 今天（9月20日）), fillers and adverbs (提前, 紧急),
// a word of saying (美国国防部25日称再向…提供), a phrase a period word makes a
// time (秋粮收购期间, 在“三夏”期间), bodies it acts with after 会同
// or 商, and a preposition with whom or where (向河北、辽宁等7省; gse may tag
// 向 zg; 向该基金, 向其盟友: a demonstrative may open them) or, after 在, in
// what respect (在老旧小区微改造方面); a country's side (日方) is the country.
// When the predicate is a noun, a spend verb and what it spends stand before it
// (财政部日前拨付2023年第二笔农业保险保费补贴94.82亿元 → 财政部, 补贴); what it
// spends holds no punctuation, person or organization. No other verb may
// stand between (美国会批准…预算), nor nouns outside a preposition's phrase
// (湖北12家银行共向…发放: the banks pay), nor a negation.
func (s *Stage) payerAcross(v *view, si, lo, ps int) (org, bool) {
	cs := ps
	for cs > lo && !strings.ContainsRune("，,；;：:。！？\n", v.text[cs-1]) {
		cs--
	}
	if ps-cs > maxAdverbial+maxName {
		return org{}, false
	}
	p := cs
	for p < ps {
		if m := v.timeStarting(p, ps); m != nil {
			p = m.End
		} else if n := s.words.Starting(dictionaries.FactLead, v.text, p, ps); n > 0 && v.aligned(p, p+n) {
			p += n
		} else if isSpace(v.text[p]) {
			p++
		} else {
			break
		}
	}
	var o org
	start, end, longer := p, p, false // the payer's name, and whether it may open a longer one
	if t, first := v.tokenStarting(p), v.startingMention(p, ps); t != nil && t.Pos == "nt" && t.End < ps && first != nil && first.End < t.End {
		// 美国政府/nt: a body gse read whole, named by its suffix after the
		// place the mention holds.
		nt, ok := s.orgName(v, si, p, t.End)
		if !ok {
			return org{}, false
		}
		o, end = nt, t.End
		o.how = "org"
	} else if first != nil {
		if first.Type == pipeline.Place && first.PlaceCode == "" && first.Country == "" {
			return org{}, false
		}
		last := first
		for last.End+1 < ps && v.text[last.End] == '、' {
			next := v.startingMention(last.End+1, ps)
			if next == nil || next.Type != first.Type {
				return org{}, false
			}
			last = next
		}
		o = org{name: entity(last), start: last.Start, mentions: []*pipeline.Mention{last}, how: "org"}
		if first.Type == pipeline.Place {
			if first != last {
				return org{}, false
			}
			o.how, longer = "place", true
		}
		start, end = first.Start, last.End
		if first.Type == pipeline.Place && first.Country != "" && end < ps && v.text[end] == '方' {
			// 日方将向该基金提供…: a country's side is the country, as
			// amountSubject reads it right before the predicate.
			if t := v.tokenEnding(end + 1); t != nil && t.Start == first.Start {
				end, longer = end+1, false
			}
		}
	} else if n, name := s.subjectStarting(v, p, ps); n > 0 && v.aligned(p, p+n) {
		// 2017年我国累计发放粮棉油收购贷款3062亿元: a subject word.
		o = org{name: name, start: p, mentions: v.inside(si, p, p+n), how: "word"}
		end = p + n
	} else if n, name := s.homeWord(v, si, p, ps); n > 0 {
		// 今年，国家将投资6500亿元: in a domestic article, its state.
		o = org{name: name, start: p, how: "home"}
		end = p + n
	} else {
		return org{}, false
	}
	if ps-end > maxAdverbial {
		return org{}, false
	}
	// A predicate that is no verb, nor a party before one, needs a spend verb before it.
	noun := s.words.Starting(dictionaries.FactSpend, v.text, ps, v.sents[si].End) == 0 && !strings.ContainsRune("向给为对", v.text[ps])
	spent := false
	for q := end; q < ps; {
		if spent {
			// What the spend verb spends: 2023年第二笔农业保险保费, “普通高中改造计划”补助.
			r := v.text[q]
			if unicode.IsPunct(r) && !strings.ContainsRune("“”‘’、（）()《》", r) || isSpace(r) {
				return org{}, false
			}
			if m := v.startingAny(q, pipeline.Person, pipeline.Org); m != nil {
				return org{}, false
			}
			q++
			continue
		}
		if m := v.timeStarting(q, ps); m != nil {
			q = m.End
			continue
		}
		if r := v.text[q]; r == '（' || r == '(' {
			k := q + 1
			for k < ps && v.text[k] != '）' && v.text[k] != ')' {
				k++
			}
			if k == ps || v.exact(q+1, k, pipeline.Date) == nil {
				return org{}, false // only a date in brackets: 今天（9月20日）
			}
			q = k + 1
			continue
		}
		t := v.tokenStarting(q)
		if t == nil {
			return org{}, false
		}
		if n := s.words.Starting(dictionaries.FactSpend, v.text, q, ps); n > 0 && v.aligned(q, q+n) && strings.HasPrefix(t.Pos, "v") && noun {
			if q == end && longer {
				return org{}, false // 中国|出口信用保险公司…: a place right before the verb may open a longer name
			}
			spent = true
			q += n
			continue
		}
		if n := max(s.words.Starting(dictionaries.FactFiller, v.text, q, ps), s.words.Starting(dictionaries.FactModifier, v.text, q, ps),
			s.words.Starting(dictionaries.FactSpeech, v.text, q, ps)); n > 0 && v.aligned(q, q+n) {
			q += n
			continue
		}
		if (t.Pos == "d" || t.Pos == "ad" || t.Pos == "t") && !strings.ContainsAny(t.Text, "不未没无非别") {
			q = t.End
			continue
		}
		if t.Text == "会同" || t.Text == "商" {
			// 财政部会同交通运输部: the first leads.
			k := t.End
			for m := v.startingMention(k, ps); m != nil && m.Type == pipeline.Org; m = v.startingMention(k, ps) {
				if k = m.End; k < ps && v.text[k] == '、' {
					k++
				}
			}
			if k == t.End {
				return org{}, false
			}
			q = k
			continue
		}
		if e := s.periodAfter(v, q, ps); e > q {
			q = e // 秋粮收购期间: when, not who
			continue
		}
		if (t.Pos == "p" || t.Pos == "zg") && t.End-t.Start == 1 && strings.Contains("在于向为给对从", t.Text) {
			// Whom or where: names, nouns, counts and lists of them (gse may
			// tag 向 zg: 河北向/zg 贫困地区安排), or in what respect
			// (广州在老旧小区微改造方面共投入).
			k := t.End
			if e := v.respectEnd(t.End, ps); t.Text == "在" && e > 0 {
				k = e
			}
			for k < ps {
				if m := v.startingAny(k, pipeline.Place, pipeline.Org, pipeline.Quantity, pipeline.Date); m != nil && m.End <= ps {
					k = m.End
				} else if r := v.text[k]; r == '、' || r == '等' {
					k++
				} else if u := v.tokenStarting(k); u != nil && u.End <= ps && (nounLike(u) || strings.HasPrefix(u.Pos, "m") || u.Pos == "q" ||
					u.Pos == "r" && k == t.End && u.End < ps && v.nounAt(u.End)) {
					k = u.End // and a demonstrative or 其 before nouns: 向该基金, 向其东亚盟友
				} else {
					break
				}
			}
			if k == t.End {
				return org{}, false
			}
			q = k
			continue
		}
		return org{}, false
	}
	if noun && !spent {
		return org{}, false
	}
	if !v.clauseOpens(start, lo) {
		return org{}, false
	}
	return o, true
}

// afterAppositive returns the ORG mention that ends the nouns [start, end)
// after a description of it (法资企业赛诺菲, 科技巨头苹果公司): nouns that end
// in a word of kind appositive and name no one else.
func (s *Stage) afterAppositive(v *view, si, start, end int) *pipeline.Mention {
	m := v.endingAt(end, start, pipeline.Org)
	if m == nil || m.Start <= start || s.words.Ending(dictionaries.FactAppositive, v.text, start, m.Start) == 0 || !s.nounsOnly(v, start, m.Start) {
		return nil
	}
	for _, o := range v.inside(si, start, m.Start) {
		if o.Type == pipeline.Org || o.Type == pipeline.Person {
			return nil // 中国建设银行|上海分行: a name of its own before
		}
	}
	return m
}

// jointSubject widens a subject that is one ORG mention to the ORG
// mentions listed before it with 、 when the first opens the clause:
// 财政部、应急管理部向…下拨 is the two bodies' money, not the last one's.
// The name is their entities joined by 、.
func jointSubject(v *view, lo int, o org) (org, bool) {
	if len(o.mentions) != 1 || o.mentions[0].Type != pipeline.Org || o.start != o.mentions[0].Start {
		return o, false
	}
	j := o
	for j.start-1 > lo && v.text[j.start-1] == '、' {
		m := v.endingAt(j.start-1, lo, pipeline.Org)
		if m == nil {
			return o, false
		}
		j.name, j.start = entity(m)+"、"+j.name, m.Start
		j.mentions = append([]*pipeline.Mention{m}, j.mentions...)
	}
	if j.start == o.start || !v.clauseOpens(j.start, lo) {
		return o, false
	}
	return j, true
}

// maxJoined is the longest phrase, in runes, namedJoinedPhrase reads:
// 现代农业与绿色食品加工产业.
const maxJoined = 16

// namedJoinedPhrase reads a place or organization that opens the clause
// and the nouns after it up to the predicate when they join two phrases
// with 与, 和 or 及 or hold times and adjectives (华容县|现代农业与绿色食品加工产业
// 产值), which the run of name-like words stops at: the name is the
// subject, the nouns what was counted. ns and pe are where the phrase's
// tokens and the phrase end (phraseEnd).
func (s *Stage) namedJoinedPhrase(v *view, si, lo, ns, pe int) (org, bool) {
	var m *pipeline.Mention
	for _, typ := range []string{pipeline.Place, pipeline.Org} {
		for _, c := range v.mentions(si, typ) {
			if c.End < ns && c.Start >= lo && (m == nil || c.Start >= m.End) {
				m = c
			}
		}
	}
	if m == nil || !v.clauseOpens(m.Start, lo) || ns-m.End > maxJoined {
		return org{}, false
	}
	joined := false
	for pos := m.End; pos < ns; {
		t := v.tokenStarting(pos)
		if t == nil || t.End > ns {
			return org{}, false
		}
		join := t.Text == "与" || t.Text == "和" || t.Text == "及" || t.Text == "、"
		switch {
		case join && pos > m.End && t.End < ns:
			joined = true
		case nounLike(t), t.Pos == "t" || t.Pos == "a":
		default:
			return org{}, false
		}
		pos = t.End
	}
	if !joined || !nounLike(v.tokenEnding(ns)) || len(v.inside(si, m.End, ns)) > 0 {
		return org{}, false
	}
	return org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "phrase", phrase: v.slice(m.End, pe)}, true
}

// namedDatedPhrase reads a place or organization that opens the clause and
// the nouns after it up to the predicate with a time among them, which the
// run of name-like words stops at (上海金融市场去年交易总额 → 上海, what was
// counted 金融市场交易; the time is the fact's). ns and pe are as for
// namedJoinedPhrase. Only nouns and the one DATE mention stand between.
func (s *Stage) namedDatedPhrase(v *view, si, lo, ns, pe int) (org, bool) {
	m := v.startingMention(v.pastTimesForward(si, lo, ns), ns)
	if m == nil || m.End >= ns || ns-m.End > maxJoined || !v.clauseOpens(m.Start, lo) || m.Type == pipeline.Place && m.PlaceCode == "" && m.Country == "" {
		return org{}, false
	}
	var d *pipeline.Mention
	phrase := ""
	for pos := m.End; pos < ns; {
		if dm := v.timeStarting(pos, ns); dm != nil && dm.Type == pipeline.Date && d == nil && pos > m.End {
			d, pos = dm, dm.End
			continue
		}
		t := v.tokenStarting(pos)
		if t == nil || t.End > ns || !nounLike(t) || len(v.inside(si, pos, t.End)) > 0 {
			return org{}, false
		}
		phrase += t.Text
		pos = t.End
	}
	if d == nil || d.End == ns && pe == ns {
		return org{}, false // 上海去年投资: no phrase after the time; subjectWalk passed it
	}
	phrase += v.slice(ns, pe)
	return org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "phrase", phrase: phrase}, true
}

// pastTimesForward returns where the clause that holds ns starts, after
// the DATE mentions and time tokens that open it.
func (v *view) pastTimesForward(si, lo, ns int) int {
	p := ns
	for p > lo && !v.boundary(p, lo) {
		p--
	}
	for p < ns {
		if m := v.timeStarting(p, ns); m != nil && m.Type == pipeline.Date {
			p = m.End
		} else if t := v.tokenStarting(p); t != nil && t.Pos == "t" {
			p = t.End
		} else if isSpace(v.text[p]) {
			p++
		} else {
			break
		}
	}
	return p
}

// maxProject is the longest name, in runes, projectAfter reads.
const maxProject = 24

// projectAfter returns where the name of a project ends that follows the
// amount m and 的 (总投资184亿元的…联网工程): whole tokens, names and joining
// marks, the last ending in a word of fact_words.tsv kind project.
func (s *Stage) projectAfter(v *view, si int, m *pipeline.Mention) (int, bool) {
	hi := v.sents[si].End
	start := m.End + 1
	if start >= hi || v.text[m.End] != '的' {
		return 0, false
	}
	end := -1
	for pos := start; pos < hi && pos-start <= maxProject; {
		t := v.tokenStarting(pos)
		if t == nil || !(nounLike(t) || t.Pos == "ns" || t.Text == "-" || t.Text == "—" || t.Pos == "x" && isLatin(t.Text)) {
			break
		}
		pos = t.End
		if s.words.Ending(dictionaries.FactProject, v.text, start, pos) > 0 {
			end = pos
		}
	}
	return end, end > start
}

// maxParty is the longest party, in runes, read between 向, 给 or 为 and a
// spend verb when it is no name: 中亚国家.
const maxParty = 12

// pastRound returns the end of a funding round's name at pos (B轮, Pre-A轮,
// 天使轮, 新一轮), or pos: 完成5亿元B轮融资 is 融资 of that round.
func pastRound(v *view, pos, hi int) int {
	for _, w := range []string{"天使轮", "种子轮", "新一轮", "战略"} {
		if n := utf8.RuneCountInString(w); pos+n <= hi && v.slice(pos, pos+n) == w {
			return pos + n
		}
	}
	k := pos
	for k < hi && k-pos < 6 && (v.text[k] < 0x80 && (unicode.IsLetter(v.text[k]) || unicode.IsDigit(v.text[k])) || v.text[k] == '+' || v.text[k] == '-') {
		k++
	}
	if k > pos && k < hi && v.text[k] == '轮' {
		return k + 1
	}
	return pos
}

// maxCounted is the longest noun phrase, in runes, a counted subject
// reads after its count: 重大建设项目, 规模以上工业企业.
const maxCounted = 10

// countedSubject reads a subject that is a counted group and opens the
// clause before ss, maybe after the place it is of: 250个重大建设项目完成投资…,
// 辽宁省13个高新区实现…产值. The group is the subject, its count and place
// included: what the amount is of is the thirteen zones, not all of 辽宁省.
func (s *Stage) countedSubject(v *view, si, lo, ss int) (org, bool) {
	nounsBack := func(e int) int {
		k := e
		for k > lo && e-k < maxCounted {
			t := v.tokenEnding(k)
			if t == nil || t.Start < lo || !(nounLike(t) || k < e && (t.Pos == "a" || t.Pos == "vn")) {
				break
			}
			k = t.Start
		}
		return k
	}
	k, phrase := nounsBack(ss), ""
	if n := s.words.Ending(dictionaries.FactLight, v.text, lo, k); n > 0 && v.aligned(k-n, k) {
		// 13个高新区实现高新技术产品产值: what was counted stands between.
		phrase = strings.TrimSuffix(v.slice(k, ss), "总")
		ss = k - n
		k = nounsBack(ss)
	} else if n := s.words.Ending(dictionaries.FactAmount, v.text, k, ss); n > 0 && k < ss-n && v.aligned(ss-n, ss) {
		// 36个地区债务余额: the debt is what the balance is of.
		phrase, ss = v.slice(ss-n, ss), ss-n
	}
	if k == ss || ss-k > maxCounted || v.endingAt(ss, lo, pipeline.Person) != nil ||
		s.words.Ending(dictionaries.FactWhere, v.text, k, ss) > 0 {
		return org{}, false
	}
	q := v.endingAt(k, lo, pipeline.Quantity)
	if q == nil || q.Value == nil {
		return org{}, false
	}
	if _, counter := s.words.Predicate(dictionaries.FactCounter, q.Unit); !counter || strings.Contains("项类种次场件批", q.Unit) {
		return org{}, false // 3年, 三项社会保险基金收支: no group that acts or holds money
	}
	start := q.Start
	for m := v.endingAt(start, lo, pipeline.Place); m != nil; m = v.endingAt(start, lo, pipeline.Place) {
		start = m.Start // 辽宁省13个高新区, 四川成都3个园区
	}
	if n, _ := s.subjectEnding(v, lo, start); n > 0 && start == q.Start && v.aligned(start-n, start) {
		start -= n // 全国105家高新区
	}
	if !v.clauseOpens(start, lo) || start > lo && v.text[start-1] == '、' {
		return org{}, false
	}
	return org{name: v.slice(start, ss), start: start, mentions: v.inside(si, start, ss), how: "phrase", phrase: phrase}, true
}

// possessor reads a place or organization that opens the clause and owns
// the predicate at ss with 的, maybe with nouns on either side of 的 that
// say what was counted: 长春的国内生产总值, 西藏的旅游总收入 (object 旅游),
// 中国商品房的销售额 (object 商品房); 华为的营业收入 is the organization's, and
// so is 中国船舶重工集团的利润总额, a body named by its suffix after the place.
func (s *Stage) possessor(v *view, si, lo, ss, pe int) (org, string, bool) {
	nounsBack := func(e int) int {
		k := e
		for k > lo && e-k < 8 && v.endingAt(k, lo, pipeline.Place, pipeline.Org, pipeline.Date) == nil {
			t := v.tokenEnding(k)
			if t == nil || t.Start < lo || !nounLike(t) {
				break
			}
			k = t.Start
		}
		return k
	}
	after := pe
	if t := v.tokenHolding(pe); t != nil && t.Start < pe && t.Start > lo && nounLike(t) {
		after = t.Start // 中国的货物|贸易总额: the predicate begins inside a word gse read whole
	}
	after = nounsBack(after) // 旅游 of 西藏的旅游总收入
	if after-1 <= lo || v.text[after-1] != '的' {
		return org{}, "", false
	}
	before := nounsBack(after - 1) // 商品房 of 中国商品房的销售额
	m := v.endingAt(before, lo, pipeline.Place, pipeline.Org)
	if ts := v.pastTimesBack(before, lo); m == nil && ts < before && before == after-1 {
		// A time between the owner and 的 is when, no part of what was
		// counted (希腊目前的失业率, 上海自然博物馆今天的参观人数): the owner
		// must stand right before it and open the clause.
		if m = v.endingAt(ts, lo, pipeline.Place, pipeline.Org); m != nil && v.clauseOpens(m.Start, lo) {
			how := "place-dated"
			if m.Type == pipeline.Org {
				how = "org-dated"
			}
			return org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: how, phrase: v.slice(after, pe)}, how, true
		}
		m = nil
	}
	if m == nil {
		// 我国的单位GDP能耗: a subject word as the owner.
		if n, name := s.subjectEnding(v, lo, before); n > 0 && v.clauseOpens(before-n, lo) {
			return org{name: name, start: before - n, how: "phrase", phrase: v.slice(before, after-1) + v.slice(after, pe)}, "word", true
		}
		// 国家的投入: in a domestic article, its state's (the nouns before
		// 的 hold it whole, gse tagging 国家 a noun).
		if n, name := s.homeWord(v, si, before, after-1); n > 0 && n == after-1-before && v.clauseOpens(before, lo) {
			return org{name: name, start: before, how: "phrase", phrase: v.slice(after, pe)}, "home", true
		}
	}
	if m != nil && m.Type == pipeline.Place && !v.clauseOpens(m.Start, lo) {
		// Divisions written together own it as the last one (天津宝坻区的降雨量 →
		// 天津市宝坻区), when the chain opens the clause.
		k := m.Start
		for p := v.endingAt(k, lo, pipeline.Place); p != nil; p = v.endingAt(k, lo, pipeline.Place) {
			k = p.Start
		}
		if name, ok := v.chain(k, m.End); ok && v.clauseOpens(k, lo) {
			return org{name: name, start: k, mentions: v.placesIn(k, m.End), how: "place", phrase: v.slice(m.End, after-1) + v.slice(after, pe)}, "place", true
		}
	}
	if m == nil || !v.clauseOpens(m.Start, lo) {
		return org{}, "", false
	}
	if m.Type == pipeline.Place && before < after-1 && s.words.Ending(dictionaries.FactAgent, v.text, before, after-1) == 0 { // not 中国国有企业: bodies of a kind
		if o, ok := s.orgName(v, si, m.Start, after-1); ok && o.how == "org-suffix" {
			o.how, o.phrase = "org", v.slice(after, pe)
			return o, "org", true
		}
	}
	how := "place"
	if m.Type == pipeline.Org {
		how = "org"
	}
	return org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: how, phrase: v.slice(m.End, after-1) + v.slice(after, pe)}, how, true
}

// clausePhrase reads a subject that opens the clause, after its times, and
// the words between it and an amount predicate at ss as what was counted,
// whatever gse tagged them: a subject word (我国创新药市场规模 → 中国, 创新药
// 市场; 我国对外非金融类直接投资 → 中国) or a PLACE or ORG mention (美国联邦政府
// 债务规模 → 美国). pe is where the phrase ends (see phraseEnd). The words may
// hold no mention, no punctuation, preposition, conjunction, pronoun or
// adverb (我国和共建国家的…, 我国企业在…投资), no filler or report word, and
// no light or spend verb (verbSubject reads those).
func (s *Stage) clausePhrase(v *view, si, lo, ss, pe int) (org, string, bool) {
	cs := ss
	for cs > lo && (!v.boundary(cs, lo) || strings.ContainsRune("“‘《", v.text[cs-1])) {
		cs-- // quotes are inside the clause: 对共建“一带一路”国家
	}
	if cs > lo && v.text[cs-1] == '、' {
		return org{}, "", false // the last of a list: 三星、台积电、英特尔等企业
	}
	p := cs
	for p < ss {
		if e := v.pastDate(si, p); e > p {
			p = e
		} else if isSpace(v.text[p]) {
			p++
		} else if t := v.tokenStarting(p); t != nil && t.Pos == "t" && t.End <= ss {
			p = t.End
		} else {
			break
		}
	}
	var o org
	var how string
	home := false
	if m := v.startingMention(p, ss); m != nil {
		if s.words.Starting(dictionaries.FactAnaphor, v.text, m.Start, m.End) == m.End-m.Start {
			return org{}, "", false // 公司 refers back; companyBefore reads it
		}
		o, how = org{name: entity(m), start: p, mentions: []*pipeline.Mention{m}, how: "phrase"}, "name-phrase"
		p = m.End
		if m.Type == pipeline.Place {
			p += s.words.Starting(dictionaries.FactScope, v.text, p, ss) // 广西全区居民…: all of 广西
			if p+2 < ss && (v.text[p] == '地' && v.text[p+1] == '区' || v.text[p] == '区' && v.text[p+1] == '域') && strings.ContainsRune("对与同", v.text[p+2]) {
				p += 2 // 长三角地区对…进出口: the region's trade
			}
		}
	} else if n, name := s.subjectStarting(v, p, ss); n > 0 && v.aligned(p, p+n) {
		o, how = org{name: name, start: p, mentions: v.inside(si, p, p+n), how: "phrase"}, "word-phrase"
		p += n
	} else if n, name := s.homeWord(v, si, p, ss); n > 0 {
		// 国家对中等职业教育的资助投入: in a domestic article, its state's;
		// only with a partner, the nouns after it being the predicate's
		// (国家财政性教育经费).
		o, how, home = org{name: name, start: p, how: "phrase"}, "home-phrase", true
		p += n
	} else {
		return org{}, "", false
	}
	if e := v.pastDate(si, p); e > p && e < ss {
		p = e // 西藏自治区一季度货物贸易进出口总值
	} else if t := v.tokenStarting(p); t != nil && t.Pos == "t" && t.End < ss {
		p = t.End
	}
	if p < ss && strings.ContainsRune("对与同和", v.text[p]) {
		t := v.tokenStarting(p)
		if t != nil && t.End == p+1 && (t.Pos == "p" || t.Pos == "c") {
			return s.partner(v, o, strings.Replace(how, "-phrase", "-partner", 1), p+1, ss, pe)
		}
		if n := v.startingMention(p+1, ss); t != nil && n != nil && n.Type == pipeline.Place && n.End == t.End {
			// 韩国对华出口: gse's one word for 对 and a country's one-character
			// name is still the preposition and the partner.
			return s.partner(v, o, strings.Replace(how, "-phrase", "-partner", 1), p+1, ss, pe)
		}
	}
	if home {
		return org{}, "", false
	}
	if ms := o.mentions; len(ms) == 1 && ms[0].Type == pipeline.Place && ms[0].End-ms[0].Start == 1 && ms[0].End == p {
		// 中非贸易额, 中美贸易额: two abbreviated sides, the second the partner.
		if n := v.startingMention(p, ss); n != nil && n.Type == pipeline.Place && n.End-n.Start == 1 && n.End == ss && pe == ss {
			o.phrase = entity(n)
			o.mentions = append(o.mentions, n)
			return o, strings.Replace(how, "-phrase", "-partner", 1), true
		}
	}
	if p >= pe || pe-p > maxPhrase || len(v.inside(si, p, ss)) > 0 {
		return org{}, "", false
	}
	nouns := false
	for q := p; q < ss; {
		r := v.text[q]
		if unicode.IsPunct(r) || isSpace(r) || unicode.IsDigit(r) {
			return org{}, "", false
		}
		for _, kind := range []dictionaries.FactKind{dictionaries.FactLight, dictionaries.FactSpend, dictionaries.FactFiller, dictionaries.FactReport} {
			if s.words.Starting(kind, v.text, q, ss) > 0 {
				return org{}, "", false // 中央财政将增发, 美债时钟数据显示美国债
			}
		}
		t := v.tokenStarting(q)
		if t == nil {
			q++
			continue
		}
		if t.Pos == "p" || t.Pos == "c" && q == p || t.Pos == "r" || t.Pos == "uj" || t.Pos == "d" || t.Pos == "t" {
			return org{}, "", false // 和 inside joins what was counted: 商品和服务贸易逆差
		}
		nouns = nouns || nounLike(t)
		q = t.End
	}
	if pt := v.tokenStarting(ss); !nouns && !v.insideToken(ss) && (pt == nil || !strings.HasPrefix(pt.Pos, "n")) {
		// 中国需要进口, 韩亚提议支付: what it does, not what it counts; before a
		// noun predicate a verb says what kind (全国演出票房).
		return org{}, "", false
	}
	o.phrase = v.slice(p, pe)
	return o, how, true
}

// partner completes clausePhrase where 对, 与, 同 or 和 follows the subject:
// what stands between it and the predicate is whom the subject trades with
// or pays (我国对共建“一带一路”国家进出口19.47万亿元 → 中国, object 共建“一带一路”
// 国家; 中央财政对地方转移支付规模 → object 地方). It may hold names, quotes and a
// list, but no other punctuation, no 了, and no light, spend, filler or
// report word but one of trade that ends it right before the predicate,
// which is no part of the partner (青岛市与上合组织有关国家进出口贸易总额 → object
// 上合组织有关国家).
func (s *Stage) partner(v *view, o org, how string, p, ss, pe int) (org, string, bool) {
	if pe == ss {
		// 与上合组织有关国家进出口|贸易总额: a word of trade before the
		// predicate says what the predicate counts, and ends the partner.
		if k := max(s.words.Ending(dictionaries.FactBilateral, v.text, p, ss), s.words.Ending(dictionaries.FactGoods, v.text, p, ss)); k > 0 && v.aligned(ss-k, ss) {
			ss, pe = ss-k, ss-k
		}
	}
	if p >= ss || ss-p > maxName {
		return org{}, "", false
	}
	for q := p; q < ss; q++ {
		if r := v.text[q]; unicode.IsPunct(r) && !strings.ContainsRune("“”‘’、", r) || isSpace(r) || r == '了' {
			return org{}, "", false // 与英格兰银行签署了规模为…: a deed, not a partner
		}
		for _, kind := range []dictionaries.FactKind{dictionaries.FactLight, dictionaries.FactSpend, dictionaries.FactFiller, dictionaries.FactReport} {
			if s.words.Starting(kind, v.text, q, ss) > 0 {
				return org{}, "", false
			}
		}
	}
	for pe > p {
		n := s.words.Ending(dictionaries.FactLink, v.text, p, pe)
		if n == 0 {
			n = s.words.Ending(dictionaries.FactModifier, v.text, p, pe)
		}
		if n == 0 {
			break
		}
		pe -= n // 对…国家合计进出口: 合计 is no part of the partner
	}
	if pe <= p {
		return org{}, "", false
	}
	o.phrase = v.slice(p, pe)
	return o, how, true
}

// maxPhrase is the longest run of words, in runes, clausePhrase reads as
// what an amount counts (脱贫地区农副产品网络销售平台累计成交额).
const maxPhrase = 16

// verbSubject reads the subject of an amount predicate at ps across a light
// or spend verb and the nouns of what the money is for, which become the
// phrase: 国家发展改革委近日安排中央预算内投资4000万元 (安排, 中央预算内),
// 一季度我国完成交通固定资产投资6752亿元 (完成, 交通固定资产). The subject
// must open its clause: an ORG or PLACE mention or a subject word.
func (s *Stage) verbSubject(v *view, si, lo, ps int) (org, bool) {
	os, pe := phraseEnd(v, lo, ps)
	for os > lo && ps-os <= maxObject+6 {
		if m := v.endingAt(os, lo, pipeline.Date); m != nil && os < ps {
			os = m.Start // 拨付2023年第二笔农业保险保费补贴: the object names its year
			continue
		}
		t := v.tokenEnding(os)
		if t == nil || t.Start < lo || v.startsMention(t.Start) || v.endingAt(os, lo, pipeline.Org, pipeline.Place) != nil {
			break
		}
		if !nounLike(t) && !(os < ps && (strings.HasPrefix(t.Pos, "m") || t.Pos == "q")) {
			break
		}
		os = t.Start
	}
	ve := os // where the verb ends; a date that opens the object is the verb's (下达2024年…)
	if e := v.pastDate(si, os); e > os && e < ps {
		os = e
	}
	if ps-os > maxObject {
		return org{}, false
	}
	n := s.words.Ending(dictionaries.FactLight, v.text, lo, ve)
	light := n > 0
	if n == 0 {
		n = s.words.Ending(dictionaries.FactSpend, v.text, lo, ve)
	}
	if t := v.tokenStarting(ve - n); n == 0 || !v.aligned(ve-n, ve) || t == nil || !strings.HasPrefix(t.Pos, "v") {
		return org{}, false
	}
	ss := s.subjectEnd(v, ve-n, lo)
	var o org
	if rs, _ := v.runBack(ss, lo); rs < ss && v.clauseOpens(rs, lo) {
		// Only a mention: a name read by its suffix alone may be a verb
		// phrase here (现场签署).
		if oo, ok := s.orgName(v, si, rs, ss); ok && oo.how == "org-mention" {
			o = oo
			o.how = "org"
		} else if m := v.exact(rs, ss, pipeline.Place); m != nil {
			o = org{name: entity(m), start: rs, mentions: []*pipeline.Mention{m}, how: "place"}
		} else if name, ok := v.chain(rs, ss); ok {
			o = org{name: name, start: rs, mentions: v.inside(si, rs, ss), how: "place"} // 上海浦东新区累计实现外贸…
		} else if m := v.startingMention(rs, ss); m != nil && m.Type == pipeline.Place && m.End < ss && s.words.Starting(dictionaries.FactScope, v.text, m.End, ss) == ss-m.End {
			o = org{name: entity(m), start: rs, mentions: []*pipeline.Mention{m}, how: "place"} // 江苏全省实现…: all of 江苏
		}
	}
	if o.name == "" {
		n, name := s.subjectEnding(v, lo, ss)
		if n > 0 && v.aligned(ss-n, ss) && v.clauseOpens(ss-n, lo) {
			o = org{name: name, start: ss - n, mentions: v.inside(si, ss-n, ss), how: "word"}
		} else if rs, _ := v.runBack(ss, lo); light && v.pastDate(si, rs) < ss { // not 全国政府|采购规模
			rs = v.pastDate(si, rs) // 今年前三季度|全国铁路: the run takes 前 and 三季度
			// A subject word and the nouns of what it counts: 全国铁路完成
			// 固定资产投资 → 全国铁路; 我国数字产业 → 中国数字产业 (gse tags
			// 我国 a pronoun, and the run stops after it).
			if n, name := s.subjectStarting(v, rs, ss); n > 0 && v.clauseOpens(rs, lo) && rs+n < ss && v.aligned(rs, rs+n) && s.nounsOnly(v, rs+n, ss) && len(v.inside(si, rs+n, ss)) == 0 {
				o = org{name: name + v.slice(rs+n, ss), start: rs, mentions: v.inside(si, rs, rs+n), how: "word"}
			} else if n, name := s.subjectEnding(v, lo, rs); n > 0 && v.aligned(rs-n, rs) && v.clauseOpens(rs-n, lo) && s.nounsOnly(v, rs, ss) && len(v.inside(si, rs, ss)) == 0 {
				o = org{name: name + v.slice(rs, ss), start: rs - n, mentions: v.inside(si, rs-n, rs), how: "word"}
			}
		}
		if o.name == "" {
			return org{}, false
		}
	}
	if os < pe {
		o.phrase = v.slice(os, pe)
	}
	return o, true
}

// phraseEnd returns where the tokens of a noun phrase before a predicate at
// ps end, ns, and where the phrase ends, pe. Both are ps unless a noun token
// holds the predicate's start. Then ns is the token's start, and so is pe
// when one character of the token comes before the predicate, as such a
// character modifies it (年 of 年产值, 总 of 总收入); longer, it is part of
// the phrase (业务 of 软件业务收入).
func phraseEnd(v *view, lo, ps int) (ns, pe int) {
	t := v.tokenHolding(ps - 1)
	if t == nil || t.Start < lo || t.End <= ps || !nounLike(t) {
		return ps, ps
	}
	if ps-t.Start == 1 {
		return t.Start, t.Start
	}
	return t.Start, ps
}

// nounLike reports whether t may be part of a noun phrase: nouns, verbal
// nouns, adjectival nouns (安全 of 饮水安全普及率), abbreviations and idioms.
func nounLike(t *pipeline.Token) bool {
	return (strings.HasPrefix(t.Pos, "n") || t.Pos == "vn" || t.Pos == "an" || t.Pos == "j" || t.Pos == "l" || t.Pos == "s" || t.Pos == "b") && !stops(t)
}

// anaphor reports whether name is wholly a word that refers back to a
// company (公司, 该公司): no subject by itself.
func (s *Stage) anaphor(name string) bool {
	r := []rune(name)
	return len(r) > 0 && s.words.Starting(dictionaries.FactAnaphor, r, 0, len(r)) == len(r)
}

// reportingCompany reads the company that reports the figures of the clause
// whose amount predicate is at ps, in the clause before it: a company's ORG
// mention, maybe times or fillers, and a report word, maybe with what it
// published (腾讯昨日公布，第三季度营收…; 腾讯公布的财报显示，…). A company's
// report gives its own figures; a statistics bureau's does not, which is
// why topicSubject takes no clause with a report word.
func (s *Stage) reportingCompany(v *view, si, lo, ps int) (org, bool) {
	cs, c, ok := v.clauseBefore(lo, s.subjectEnd(v, ps, lo))
	if !ok {
		return org{}, false
	}
	p := cs
	for p < c {
		if m := v.timeStarting(p, c); m != nil {
			p = m.End
		} else if t := v.tokenStarting(p); t != nil && (t.Pos == "t" || isSpace(v.text[p])) {
			p = t.End
		} else {
			break
		}
	}
	m := v.startingMention(p, c)
	if m == nil || m.Type != pipeline.Org {
		return org{}, false
	}
	if _, kind, ok := s.suffixes.Match(entity(m)); !ok || kind != "company" {
		return org{}, false
	}
	for p = m.End; p < c; {
		if t := v.timeStarting(p, c); t != nil {
			p = t.End
		} else if n := s.words.Starting(dictionaries.FactFiller, v.text, p, c); n > 0 {
			p += n
		} else if t := v.tokenStarting(p); t != nil && (t.Pos == "t" || t.Pos == "d") {
			p = t.End
		} else {
			break
		}
	}
	n := s.words.Starting(dictionaries.FactReport, v.text, p, c)
	if n == 0 || !v.aligned(p, p+n) {
		return org{}, false
	}
	if rest := p + n; rest < c {
		// What it published, then a report word: 的财报显示, 的数据显示.
		if v.text[rest] != '的' || c-rest > maxReportTail || s.words.Ending(dictionaries.FactReport, v.text, rest, c) == 0 {
			return org{}, false
		}
	}
	return org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "org-mention"}, true
}

// maxReportTail is the longest tail after a company's report word, in
// runes: 的第三季度财报显示.
const maxReportTail = 10

// companyBefore resolves a company anaphor (公司, 该公司) that opens the
// clause of an amount predicate at ps: the canonical name of the nearest ORG
// mention before it in the document whose name ends in a company suffix,
// or "" when there is no anaphor or no such company.
func (s *Stage) companyBefore(v *view, lo, ps int) string {
	ss := s.subjectEnd(v, ps, lo)
	n := s.words.Ending(dictionaries.FactAnaphor, v.text, lo, ss)
	if n == 0 || !v.clauseOpens(ss-n, lo) {
		return ""
	}
	var best *pipeline.Mention
	for i := range v.d.Mentions {
		m := &v.d.Mentions[i]
		if m.Type != pipeline.Org || m.End > ss-n || best != nil && m.End <= best.End {
			continue
		}
		for _, name := range []string{entity(m), m.Text} {
			if _, kind, ok := s.suffixes.Match(name); ok && kind == "company" {
				best = m
				break
			}
		}
	}
	if best == nil {
		return ""
	}
	return entity(best)
}

// subjectEnd walks back from an amount predicate at ps over what may stand
// between it and its subject: light verbs (实现), fillers and modifiers
// (已, 累计), times and DATE mentions (2023年, 去年), with a localizer that
// bounds one (春节前, 春节期间) or a time token that begins inside one (3|年内).
func (s *Stage) subjectEnd(v *view, ps, lo int) int {
	ss, _, _ := s.subjectWalk(v, ps, lo)
	return ss
}

// subjectWalk is subjectEnd, and also returns the place after 在 it passed
// (在四川省成都市双流区投资), where the money goes.
func (s *Stage) subjectWalk(v *view, ps, lo int) (int, string, []*pipeline.Mention) {
	var place string
	var placeMs []*pipeline.Mention
	for ss := ps; ; {
		n := s.words.Ending(dictionaries.FactLight, v.text, lo, ss)
		if n == 0 {
			n = s.words.Ending(dictionaries.FactFiller, v.text, lo, ss)
		}
		if n == 0 {
			if n = s.words.Ending(dictionaries.FactModifier, v.text, lo, ss); n > 0 && v.insideToken(ss-n) {
				n = 0 // 共 of 公共财政 is no modifier
			}
		}
		if m := v.endingAt(ss, lo, pipeline.Date, pipeline.Duration); n == 0 && m != nil {
			n = ss - m.Start // 中央财政三年累计投入: how long, not who
		}
		if t := v.tokenEnding(ss); n == 0 && t != nil && t.Start >= lo && (t.Pos == "t" || t.Pos == "r" && strings.HasPrefix(t.Text, "每") && t.End-t.Start > 1) {
			n = ss - t.Start // 今后每年将投入: how often, not who
			for _, i := range v.bySent[v.d.SentenceAt(t.Start)] {
				if m := &v.d.Mentions[i]; (m.Type == pipeline.Date || m.Type == pipeline.Duration) && m.Start >= lo && m.Start < t.Start && m.End > t.Start {
					n = ss - m.Start // 3|年内: the time token begins inside a length gse cut apart
				}
			}
		}
		if t := v.tokenEnding(ss); n == 0 && t != nil && t.Start >= lo && t.Pos == "d" && t.End-t.Start >= 2 && ss < ps &&
			!strings.ContainsAny(t.Text, "不未没无非别") {
			n = ss - t.Start // 中央财政已专门安排: how, not who; never a negation (尚未)
		}
		if t := v.tokenEnding(ss); n == 0 && t != nil && t.Start >= lo && ss < ps && (t.Text == "于" ||
			t.Text == "在" && (v.timeStarting(ss, ps) != nil || v.tokenStarting(ss) != nil && v.tokenStarting(ss).Pos == "t")) {
			n = 1 // 于近日下达, 在去年已经投入: the preposition of the time just passed
		}
		if t := v.tokenEnding(ss); n == 0 && t != nil && t.Start > lo && t.Pos == "f" {
			if m := v.endingAt(t.Start, lo, pipeline.Date); m != nil {
				n = ss - m.Start // 于春节前下拨: a time and the localizer that bounds it
			}
		}
		if t := v.tokenEnding(ss); n == 0 && t != nil && t.Start > lo && t.Pos == "s" && v.text[t.Start-1] == '在' {
			n = ss - t.Start + 1 // 在境外借入: where, not who
		}
		if n == 0 {
			n = ss - v.sourceBefore(ss, lo) // 从党费中划拨: out of what, not who
		}
		if n == 0 && ss < ps {
			if os, _, ok := s.fined(v, v.d.SentenceAt(ss-1), lo, ss); ok && v.text[os] != '对' {
				n = ss - os // 重庆…为企业提供贷款: whom it is for, not who
			}
		}
		if n == 0 {
			if at, p, ms := v.placeBefore(ss, lo); p != "" {
				n = ss - at // 在四川省成都市双流区投资: where, not who
				if place == "" {
					place, placeMs = p, ms
				}
			}
		}
		if n == 0 {
			return ss, place, placeMs
		}
		ss -= n
	}
}

// fillerOpens reports whether a filler word that is a whole token opens
// [start, end): 再 of 再投入, not of 再融资/n.
func (s *Stage) fillerOpens(v *view, start, end int) bool {
	n := s.words.Starting(dictionaries.FactFiller, v.text, start, end)
	return n > 0 && v.aligned(start, start+n)
}

// sourceBefore returns where a phrase that says what money comes out of
// begins when one ends at end: 从 and up to maxSource runes without a
// punctuation mark, then 中 (从代中央管理的党费中). It returns end when there
// is none.
func (v *view) sourceBefore(end, lo int) int {
	if end-1 <= lo || v.text[end-1] != '中' {
		return end
	}
	for pos := end - 2; pos >= lo && pos >= end-1-maxSource; pos-- {
		r := v.text[pos]
		if r == '从' {
			if t := v.tokenStarting(pos); t != nil && t.Pos == "p" {
				return pos
			}
			return end
		}
		if unicode.IsPunct(r) || isSpace(r) {
			return end
		}
	}
	return end
}

// maxSource is the longest phrase, in runes, between 从 and 中 that
// sourceBefore reads.
const maxSource = 16

// quoteSpeaker returns the organization of the speaker of the quotation
// around [start, end): “…”org[相关]title speech-verb, all in one paragraph.
func (s *Stage) quoteSpeaker(v *view, start, end int) (string, bool) {
	open := -1
	for i := start - 1; i >= 0 && v.text[i] != '\n'; i-- {
		if v.text[i] == '”' {
			return "", false
		}
		if v.text[i] == '“' {
			open = i
			break
		}
	}
	if open < 0 {
		return "", false
	}
	q := -1
	for i := end; i < len(v.text) && v.text[i] != '\n'; i++ {
		if v.text[i] == '“' {
			return "", false
		}
		if v.text[i] == '”' {
			q = i + 1
			break
		}
	}
	if q < 0 {
		return "", false
	}
	for k := q + 1; k < len(v.text) && k-q <= maxName; k++ {
		if r := v.text[k]; r == '\n' || r == '，' || r == ',' || r == '。' {
			return "", false
		}
		if s.words.Starting(dictionaries.FactSpeech, v.text, k, len(v.text)) == 0 {
			continue
		}
		ts, _, _, ok := s.title(v, k, q)
		if !ok {
			return "", false
		}
		if n := s.words.Ending(dictionaries.FactFiller, v.text, q, ts); n > 0 {
			ts -= n // 市科技局相关负责人
		}
		si := v.sentence(q, ts)
		if si < 0 {
			return "", false
		}
		if rs, _ := v.runBack(ts, q); rs == q {
			if o, ok := s.orgName(v, si, q, ts); ok {
				return o.name, true
			}
		}
		return "", false
	}
	return "", false
}

// speakerChain reads the subject of an amount from the clause of a body
// that announces or says it: an ORG mention, or a PLACE mention of a country
// or a coded division, that opens its clause, then times and adverbs, a
// notice of what it does (fact_words kind announce: 发布通知, 公告) or a word
// of saying (宣布, 称), or both, and the comma. The amount's clause, and up to
// maxTopicChain clauses between, open with a verb after times, adverbs and a
// preposition's phrase (verbOpens) and name no person: what the body
// announces with no subject of its own, it does (美国7日宣布，将再向乌克兰提供
// 2.25亿美元 → 美国; 财政部今天发布通知，将于2月19日在香港发行…国债，发行规模为
// 125亿元 → 财政部; rule |subject:speaker-chain). Not after a word of kind
// report (发布数据, 公布), whose numbers are another's, nor for money no one
// before it owns (案值).
func (s *Stage) speakerChain(v *view, si, lo, ps, ms int) (org, bool) {
	as := s.subjectEnd(v, ps, lo)
	for as > lo && v.text[as-1] != ',' && v.text[as-1] != '，' {
		as--
	}
	vp, ok := s.openingVerb(v, si, as, ms)
	if !ok || s.words.Starting(dictionaries.FactLight, v.text, vp, ms) > 0 {
		return org{}, false // 水利部今天表示，2022年，完成水利建设投资…: a light verb reports a result, whoever's
	}
	for k := as; k <= ps; k++ {
		if s.words.Starting(dictionaries.FactUnowned, v.text, k, v.sents[si].End) > 0 {
			return org{}, false // ，案值约4.1亿元: no one's money before
		}
	}
	cs, c, ok := v.clauseBefore(lo, as)
	for hop := 0; ok && hop <= maxTopicChain; hop++ {
		if o, found := s.speaker(v, si, cs, c); found {
			return o, true
		}
		if !s.verbOpens(v, si, cs, c) && !v.onlyTime(cs, c) {
			return org{}, false // ，今后5年，: a time dates what follows and names no one
		}
		for _, i := range v.bySent[si] {
			if m := &v.d.Mentions[i]; m.Type == pipeline.Person && m.Start >= cs && m.End <= c {
				return org{}, false
			}
		}
		for p := cs; p < c; p++ {
			if s.words.Starting(dictionaries.FactReport, v.text, p, c) > 0 || s.words.Starting(dictionaries.FactSpeech, v.text, p, c) > 0 {
				return org{}, false
			}
		}
		cs, c, ok = v.clauseBefore(lo, cs)
	}
	return org{}, false
}

// speaker returns the body that announces or says in the clause [cs, c),
// as speakerChain reads it, and whether there is one.
func (s *Stage) speaker(v *view, si, cs, c int) (org, bool) {
	e := c
	said := false
	if n := s.words.Ending(dictionaries.FactSpeech, v.text, cs, e); n > 0 && v.aligned(e-n, e) {
		e, said = e-n, true
	}
	if n := s.words.Ending(dictionaries.FactAnnounce, v.text, cs, e); n > 0 && v.aligned(e-n, e) {
		e, said = e-n, true
	}
	if !said {
		return org{}, false
	}
	for e > cs {
		k := v.pastTimesBack(e, cs)
		if n := s.words.Ending(dictionaries.FactFiller, v.text, cs, k); n > 0 && v.aligned(k-n, k) {
			k -= n // 今天正式宣布
		} else if t := v.tokenEnding(k); t != nil && t.Start >= cs && t.Pos == "d" {
			k = t.Start
		}
		if k == e {
			break
		}
		e = k
	}
	var o org
	if m := v.endingAt(e, cs, pipeline.Org, pipeline.Place); m != nil && (m.Type == pipeline.Org || m.Country != "" || m.PlaceCode != "") {
		o = org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "org-mention"}
		if j, joint := jointSubject(v, v.sents[si].Start, o); joint {
			o = j // 财政部、国家卫生健康委、国家疾控局今天发布通知: the bodies together
		}
	} else if rs, _ := v.runBack(e, cs); rs < e {
		if g, ok := s.orgName(v, si, rs, e); ok {
			o = g // 加拿大政府表示: a body named by its suffix
		}
	}
	if o.name == "" {
		return org{}, false
	}
	p := cs
	for p < o.start {
		if t := v.timeStarting(p, o.start); t != nil {
			p = t.End
		} else if isSpace(v.text[p]) {
			p++
		} else {
			break
		}
	}
	if p != o.start || s.words.Starting(dictionaries.FactAnaphor, v.text, o.start, e) == e-o.start {
		return org{}, false
	}
	return o, true
}

// verbOpens reports whether the clause [cs, c) of sentence si opens with a
// verb, after times, fillers, adverbs and conjunctions and a preposition's
// phrase of whom, where or when (将于2月19日在香港发行, 将再向乌克兰提供),
// with no name where the verb stands.
func (s *Stage) verbOpens(v *view, si, cs, c int) bool {
	_, ok := s.openingVerb(v, si, cs, c)
	return ok
}

// openingVerb returns where the verb that opens the clause [cs, c) stands,
// as verbOpens reads it, and whether there is one.
func (s *Stage) openingVerb(v *view, si, cs, c int) (int, bool) {
	p := cs
	for p < c {
		if m := v.timeStarting(p, c); m != nil {
			p = m.End
		} else if isSpace(v.text[p]) {
			p++
		} else if n := s.words.Starting(dictionaries.FactFiller, v.text, p, c); n > 0 && v.aligned(p, p+n) && p+n < c {
			p += n
		} else if t := v.tokenStarting(p); t != nil && (t.Pos == "t" || t.Pos == "d" || t.Pos == "c" || t.Text == "并" ||
			t.Pos == "r" && strings.HasPrefix(t.Text, "每") || // 每年将发放: how often
			t.Pos == "b" && v.tokenStarting(t.End) != nil && v.tokenStarting(t.End).Pos == "v") {
			p = t.End // 并额外/b 提供
		} else if t != nil && t.End-t.Start == 1 && strings.ContainsRune("于在向为给对从与同", v.text[p]) && (t.Pos == "p" || t.Pos == "zg") {
			k := t.End
			for k < c {
				if m := v.startingAny(k, pipeline.Place, pipeline.Org, pipeline.Quantity, pipeline.Date); m != nil && m.End <= c {
					k = m.End
				} else if r := v.text[k]; r == '、' || r == '等' {
					k++
				} else if u := v.tokenStarting(k); u != nil && u.End <= c && (nounLike(u) || strings.HasPrefix(u.Pos, "m") || u.Pos == "q") {
					k = u.End
				} else {
					break
				}
			}
			if k == t.End {
				return 0, false
			}
			p = k
		} else {
			break
		}
	}
	t := v.tokenStarting(p)
	return p, p < c && t != nil && strings.HasPrefix(t.Pos, "v") && t.Pos != "vn" && v.startingMention(p, c) == nil
}

// pastCountedGroup returns where a counted group that follows a topic's
// name at p ends, right before the verb the group does: times, a count (a
// QUANTITY mention with a counter of fact_words, or gse's numeral such as
// 首批) and the nouns and adjectives of what it counts (浙江省567个投资项目集中
// 开工, 深圳今年首批266个重大项目开工建设). It returns p when there is none.
func (s *Stage) pastCountedGroup(v *view, p, c int) int {
	q := p
	for q < c {
		if m := v.timeStarting(q, c); m != nil {
			q = m.End
		} else if t := v.tokenStarting(q); t != nil && t.Pos == "t" {
			q = t.End
		} else {
			break
		}
	}
	counted := false
	if t := v.tokenStarting(q); t != nil && t.Pos == "m" && strings.HasSuffix(t.Text, "批") {
		q, counted = t.End, true // 首批, 一批
	}
	if m := v.startingAny(q, pipeline.Quantity); m != nil && m.End < c {
		if _, counter := s.words.Predicate(dictionaries.FactCounter, m.Unit); !counter || m.Value == nil || *m.Value < 2 {
			return p // 青岛一家企业: one is the indefinite article, and the company acts
		}
		q, counted = m.End, true
	}
	if !counted {
		return p
	}
	nouns := false
	for q < c {
		t := v.tokenStarting(q)
		if t == nil || t.End > c || !(nounLike(t) || t.Pos == "a" || t.Pos == "b" || t.Pos == "vn") || len(v.inside(v.d.SentenceAt(q), q, t.End)) > 0 {
			break
		}
		nouns = nouns || nounLike(t)
		q = t.End
	}
	if t := v.tokenStarting(q); !nouns || t == nil || !strings.HasPrefix(t.Pos, "v") || t.Pos == "vn" {
		return p
	}
	return q
}

// topicRule is the rule suffix of a subject topicSubject read: a topic,
// or one whose counted group does the verb.
func topicRule(o org) string {
	if o.how == "counted" {
		return "|subject:counted-topic"
	}
	return "|subject:topic"
}

// sentenceParallel reads the subject of a trade amount whose sentence
// opens, after times and connectives (与此同时, 同期), with the partner after
// 对 or 与 and then the predicate pred: the subject of the last amount with
// the same predicate in the sentence before, in the same paragraph, which
// counts the same trade with another partner (前7个月，我国与“一带一路”沿线国家
// 合计进出口5.03万亿元…。与此同时，与欧盟进出口2.72万亿元 → 中国, object 欧盟;
// rule |subject:parallel-sentence). That amount must have a partner of its
// own and a subject its clause names. It returns that fact and the partner.
func (s *Stage) sentenceParallel(v *view, si, lo, ps int, pred string) (*pipeline.Fact, string, []*pipeline.Mention, bool) {
	if si == 0 || !strings.Contains(pred, "进出口") && !strings.Contains(pred, "口") && !strings.Contains(pred, "贸易") {
		return nil, "", nil, false
	}
	ss := s.subjectEnd(v, ps, lo)
	p := lo
	for p < ss {
		if m := v.timeStarting(p, ss); m != nil {
			p = m.End
		} else if r := v.text[p]; isSpace(r) || r == ',' || r == '，' {
			p++
		} else if t := v.tokenStarting(p); t != nil && t.End < ss && (t.Pos == "t" || (t.Pos == "c" || t.Pos == "l" || t.Pos == "b") && t.End-t.Start > 1 && (v.text[t.End] == '，' || v.text[t.End] == ',')) {
			p = t.End
		} else {
			break
		}
	}
	if p >= ss || v.text[p] != '对' && v.text[p] != '与' {
		return nil, "", nil, false
	}
	if t := v.tokenStarting(p); t == nil || t.End != p+1 || p+1 >= ss || ss-p > maxName || v.hasVerb(p+1, ss) {
		return nil, "", nil, false
	}
	for k := p + 1; k < ss; k++ {
		if r := v.text[k]; unicode.IsPunct(r) && !strings.ContainsRune("“”‘’", r) || isSpace(r) {
			return nil, "", nil, false // 对欧盟、美国…分别: a list, read by amountsRespectively
		}
	}
	partner, ms := v.slice(p+1, ss), v.inside(si, p+1, ss)
	if m := v.exact(p+1, ss, pipeline.Place, pipeline.Org); m != nil {
		partner = entity(m)
	}
	prev := v.sents[si-1]
	if strings.ContainsRune(v.slice(prev.End, lo), '\n') {
		return nil, "", nil, false // another paragraph
	}
	for i := len(v.facts) - 1; i >= 0; i-- {
		if f := &v.facts[i]; f.Sentence == si-1 && f.Kind == Amount {
			if f.Subject == "" || f.Predicate != pred {
				continue
			}
			if f.Object == "" || strings.Contains(f.Rule, "topic") {
				// 东盟继续为我国第一大贸易伙伴，进出口2.59万亿元: a trade with no
				// partner, of a subject read from a topic, may be another's.
				return nil, "", nil, false
			}
			return f, partner, ms, true
		}
	}
	return nil, "", nil, false
}

// maxRespect is the longest phrase, in runes, between 在 and the word
// 方面 or 领域 that respectEnd reads.
const maxRespect = 16

// respectEnd returns where a phrase of respect that follows 在 at pos ends:
// words with no punctuation and no mention up to 方面 or 领域 (在老旧小区微改造
// 方面, 在战略性新兴产业领域), or 0 when there is none before end.
func (v *view) respectEnd(pos, end int) int {
	for k := pos + 1; k+2 <= end && k-pos <= maxRespect; k++ {
		if r := v.text[k-1]; unicode.IsPunct(r) || isSpace(r) {
			return 0
		}
		if w := v.slice(k, k+2); (w == "方面" || w == "领域") && v.aligned(k, k+2) {
			if v.startingMention(pos, k) != nil || len(v.inside(v.d.SentenceAt(pos), pos, k)) > 0 {
				return 0
			}
			return k + 2
		}
	}
	return 0
}

// agentPhrase reads the subject of an amount predicate at ps from the nouns
// that open its clause, after times, and end in a word of who acts (fact_words
// kind agent: 国企, 机关, 部门) right before the predicate or its light verb,
// maybe with nouns of the predicate between (地方国企营业收入突破35万亿元 →
// 地方国企, 营业收入; rule |subject:agent-phrase). The nouns name no one else
// (no mention but a subject word that opens them, written as its name: 全国
// 公安机关), hold more than the agent word, and are no count (一家企业) and no
// word that refers back (该企业). It returns the subject and where it ends.
func (s *Stage) agentPhrase(v *view, si, lo, ps int) (org, int, bool) {
	e := s.subjectEnd(v, ps, lo)
	if t := v.tokenHolding(e); t != nil && t.Start < e && t.Start >= lo {
		e = t.Start // 地方国企营业|收入: the predicate's word began before it
	}
	k := e
	for k > lo {
		t := v.tokenEnding(k)
		if t == nil || t.Start < lo || !nounLike(t) || v.endingAt(k, lo, pipeline.Date) != nil {
			break
		}
		k = t.Start
	}
	if k == e || !v.clauseOpens(k, lo) || k > lo && v.text[k-1] == '、' {
		return org{}, 0, false
	}
	if t := v.tokenStarting(k); t == nil || t.Pos == "r" || counted(v.slice(k, e)) {
		return org{}, 0, false
	}
	for a := e; a > k+1; a-- {
		n := s.words.Ending(dictionaries.FactAgent, v.text, k, a)
		if n == 0 || a-n <= k || !v.aligned(a-n, a) {
			continue
		}
		name := v.slice(k, a)
		w, sub := s.subjectStarting(v, k, a)
		if w > 0 {
			name = sub + v.slice(k+w, a) // 我国企业 → 中国企业
		}
		ms := v.inside(si, k, a)
		if len(ms) > 0 && (w == 0 || len(v.inside(si, k+w, a)) > 0) {
			return org{}, 0, false // a name of its own: not the agent's
		}
		return org{name: name, start: k, mentions: ms, how: "phrase"}, a, true
	}
	return org{}, 0, false
}

// agentAfter returns where nouns that follow a subject word at p end when
// they end in a word of public bodies (fact_words kind body) and name no one
// (全国|公安机关, 全国|市场监管部门), or p.
func (s *Stage) agentAfter(v *view, si, p, c int) int {
	found, q := p, p
	for q < c {
		t := v.tokenStarting(q)
		if t == nil || t.End > c || !nounLike(t) || len(v.inside(si, q, t.End)) > 0 {
			break
		}
		q = t.End
		if n := s.words.Ending(dictionaries.FactBody, v.text, p, q); n > 0 && q-n > p {
			found = q
		}
	}
	return found
}

// maxPeriod is the longest phrase, in runes, before a period word that
// periodAfter reads.
const maxPeriod = 10

// periodAfter returns where a phrase at pos that a word of kind period
// (期间, 以来) makes a time ends: maybe 在, then nouns, verbs and quotes with
// no punctuation and no name, then the period word (农发行|秋粮收购期间|累计发放,
// 农业银行计划|在“三夏”期间|投放). It returns pos when there is none before end.
func (s *Stage) periodAfter(v *view, pos, end int) int {
	k := pos
	if t := v.tokenStarting(k); t != nil && t.Text == "在" {
		k = t.End
	}
	start := k
	for k < end && k-start <= maxPeriod {
		if n := s.words.Starting(dictionaries.FactPeriod, v.text, k, end); n > 0 && k > start && v.aligned(k, k+n) {
			return k + n
		}
		if r := v.text[k]; r == '“' || r == '”' {
			k++
			continue
		}
		t := v.tokenStarting(k)
		if t == nil || t.End > end || !(nounLike(t) || strings.HasPrefix(t.Pos, "v") || strings.HasPrefix(t.Pos, "m")) || v.startingMention(k, end) != nil {
			return pos
		}
		k = t.End
	}
	return pos
}

// onlyTime reports whether [cs, c) holds only times (DATE mentions and time
// tokens) and spaces, and at least one time.
func (v *view) onlyTime(cs, c int) bool {
	p, times := cs, 0
	for p < c {
		if m := v.timeStarting(p, c); m != nil {
			p, times = m.End, times+1
		} else if isSpace(v.text[p]) {
			p++
		} else if t := v.tokenStarting(p); t != nil && t.Pos == "t" && t.End <= c {
			p, times = t.End, times+1
		} else {
			return false
		}
	}
	return times > 0
}

// sinceTopic reads a clause that opens, after times, with a PLACE or ORG
// mention, then 从 or 自 and when it starts, ending in 以来, 起 or 后 (吉林省从
// 2006年启动棚户区改造工程以来，; 陕西省从今年起，): the name is the topic of the
// clauses after it, whatever time the clause gives (rule |subject:topic).
func (s *Stage) sinceTopic(v *view, si, cs, c int) (org, bool) {
	if !strings.ContainsRune("来起后", v.text[c-1]) {
		return org{}, false
	}
	p := cs
	for p < c {
		if m := v.timeStarting(p, c); m != nil {
			p = m.End
		} else if isSpace(v.text[p]) {
			p++
		} else {
			break
		}
	}
	m := v.startingMention(p, c)
	if m == nil || m.Type != pipeline.Place && m.Type != pipeline.Org || m.End >= c || !strings.ContainsRune("从自", v.text[m.End]) {
		return org{}, false
	}
	if t := v.tokenStarting(m.End); t == nil || t.End != m.End+1 && t.Pos != "l" || t.Pos != "p" && t.Pos != "l" {
		return org{}, false // 从/p, or gse's 从今年起/l
	}
	for _, i := range v.bySent[si] {
		if n := &v.d.Mentions[i]; (n.Type == pipeline.Person || n.Type == pipeline.Money) && n.Start >= cs && n.End <= c {
			return org{}, false
		}
	}
	return org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "org-mention"}, true
}

// maxRelative is the longest clause, in runes, between an owner and the 的
// before its predicate that relativeOwner reads.
const maxRelative = 14

// relativeOwner reads a place or organization that opens the clause, after
// times, and owns the predicate at ss through what it did, said before 的: a
// verb, maybe after times and a phrase of respect, with no punctuation and
// no other name (山东省实施传统产业改造的总投资 → 山东省; 齐齐哈尔在棚改方面的投入;
// 滑县今年用于秋粮的投入). Nouns between the name and the verb are part of
// who did it (俄罗斯个人买入的人民币总额 → 俄罗斯个人); nouns between 的 and the
// predicate say what was counted. pe is where the phrase ends (phraseEnd).
// The rule is place-relative or org-relative.
func (s *Stage) relativeOwner(v *view, si, lo, ss, pe int) (org, string, bool) {
	after := pe
	for after > lo && pe-after < 8 {
		t := v.tokenEnding(after)
		if t == nil || t.Start < lo || !nounLike(t) {
			break
		}
		after = t.Start
	}
	de := after - 1
	if de <= lo || v.text[de] != '的' {
		return org{}, "", false
	}
	p := lo
	for p < de {
		if e := v.pastDate(si, p); e > p {
			p = e
		} else if r := v.text[p]; isSpace(r) || r == ',' || r == '，' {
			p++
		} else if t := v.tokenStarting(p); t != nil && t.Pos == "t" {
			p = t.End
		} else {
			break
		}
	}
	cs := de
	for cs > lo && !strings.ContainsRune("，,；;：:。！？\n", v.text[cs-1]) {
		cs--
	}
	if p < cs {
		p = cs
	}
	m := v.startingMention(p, de)
	if m == nil || m.Type != pipeline.Place && m.Type != pipeline.Org || !v.clauseOpens(m.Start, lo) || de-m.End > maxRelative || m.End >= de {
		return org{}, "", false
	}
	if len(v.inside(si, m.End, de)) > 0 {
		return org{}, "", false // another name: 中国从美国进口的…
	}
	q, ne, verb := m.End, m.End, false
	for q < de {
		if r := v.text[q]; unicode.IsPunct(r) || isSpace(r) {
			return org{}, "", false
		}
		if d := v.timeStarting(q, de); d != nil {
			q = d.End
			continue
		}
		if e := v.respectEnd(q+1, de); v.text[q] == '在' && e > 0 {
			q, verb = e, true // 在棚改方面: in what respect, as a verb says what it did
			continue
		}
		t := v.tokenStarting(q)
		if t == nil || t.End > de {
			return org{}, "", false
		}
		if strings.HasPrefix(t.Pos, "v") && t.Pos != "vn" {
			if t.Text == "是" || t.Text == "为" || t.Text == "有" {
				return org{}, "", false // 是…的: what it is, not what it did
			}
			verb = true
		} else if !verb && nounLike(t) && ne == q {
			ne = t.End // 俄罗斯个人|买入: who, more closely
		}
		q = t.End
	}
	if !verb {
		return org{}, "", false
	}
	how := "place-relative"
	if m.Type == pipeline.Org {
		how = "org-relative"
	}
	name := entity(m)
	if ne > m.End {
		name += v.slice(m.End, ne)
	}
	return org{name: name, start: m.Start, mentions: []*pipeline.Mention{m}, how: how, phrase: v.slice(after, pe)}, how, true
}

// maxPassive is the most runes between 被 and the verb of paying after it
// that passivePayer reads: 被勒令支付.
const maxPassive = 3

// passivePayer reads who pays an amount whose verb at ps follows 被, maybe
// with a few characters between (被处以, 被勒令支付): a fine or damages laid on
// someone (rule |subject:passive). The payer is the ORG or PERSON mention
// right before 被, past adverbs and times (美国强生公司被处以超过22亿美元的罚金),
// or, when 被 opens its clause after a conjunction or adverbs, the ORG or
// PERSON mention that opens the clause before, maybe after nouns that
// describe it (瑞士联合银行集团…罪名成立，被处以37亿欧元的罚款; 当事人柳某因…，被处以
// 13700元罚款).
func (s *Stage) passivePayer(v *view, si, lo, ps int) (org, bool) {
	b := -1
	for k := ps - 1; k >= lo && ps-k <= maxPassive+1; k-- {
		if r := v.text[k]; unicode.IsPunct(r) || isSpace(r) {
			break
		}
		if v.text[k] == '被' {
			if t := v.tokenStarting(k); t != nil && t.End == k+1 {
				b = k
			}
			break
		}
	}
	if b < 0 {
		return org{}, false
	}
	e := b
	for e > lo {
		if k := v.pastTimesBack(e, lo); k < e {
			e = k
		} else if t := v.tokenEnding(e); t != nil && t.Start >= lo && (t.Pos == "d" || t.Pos == "c" || t.Text == "并" || s.fillerOpens(v, t.Start, e)) {
			e = t.Start // 也曾, 并, 最终
		} else {
			break
		}
	}
	one := func(m *pipeline.Mention) org {
		return org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}, how: "org-mention"}
	}
	if m := v.endingAt(e, lo, pipeline.Org, pipeline.Person); m != nil {
		return one(m), true
	}
	if e > lo && v.text[e-1] != '，' && v.text[e-1] != ',' {
		return org{}, false
	}
	cs, c, ok := v.clauseBefore(lo, e)
	if !ok {
		return org{}, false
	}
	p := cs
	for p < c {
		if d := v.timeStarting(p, c); d != nil {
			p = d.End
		} else if isSpace(v.text[p]) {
			p++
		} else {
			break
		}
	}
	for _, i := range v.bySent[si] {
		m := &v.d.Mentions[i]
		if m.Start < p || m.End > c {
			continue
		}
		if m.Type == pipeline.Place {
			continue // 墨西哥大毒枭古斯曼: a place that describes
		}
		if m.Type != pipeline.Org && m.Type != pipeline.Person || m.Start > p && !s.nounsOnly(v, p, m.Start) {
			return org{}, false // the first name of the clause, after nouns at most
		}
		return one(m), true
	}
	return org{}, false
}
