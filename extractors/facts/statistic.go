package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// maxObject is the longest counted object, in runes, a statistic reads.
const maxObject = 10

var statisticRule = &rule{
	name:    "statistic",
	kind:    Statistic,
	pattern: ", subject [filler|modifier]… verb [object] QUANTITY [object]; and , 其中 object QUANTITY after it; and a rate: …率 [link] PERCENT",
	find:    (*Stage).statistics,
	examples: []example{
		// A forecast is marked (plan:marker).
		{"从开通之初年运量仅有2000多万吨，到今年预计年运量将达到4.51亿吨。",
			[]string{"QUANTITY:2000多万吨|20000000|t", "DATE:到今年|2018-01-01|2019-01-01", "QUANTITY:4.51亿吨|451000000|t"},
			[]string{"statistic:measure|plan:marker||达到|年运量|451000000 t|2018-01-01"}},
		// A state body's report names its state (|subject:source-state),
		// after a colon too.
		{"记者从交通运输部获悉：10月1日，全社会跨区域人员流动量超3.3亿人次。",
			[]string{"ORG:交通运输部|中华人民共和国交通运输部", "DATE:10月1日|2024-10-01|2024-10-02", "QUANTITY:超3.3亿人次|330000000|人次"},
			[]string{"statistic:measure|subject:source-state|place:subject|中国|为|全社会跨区域人员流动量|330000000 人次|2024-10-01|中国"}},
		// A value its qualifier links takes no adverb before it for a verb.
		{"理想月销量首次突破3万辆。", []string{"QUANTITY:突破3万辆|30000|辆"},
			[]string{"statistic:measure||为|理想月销量|30000 辆"}},
		// A subject word that opens a clause of the sentence names the state
		// of its figures when nothing else is named (|subject:sentence-state);
		// not one inside what describes a thing.
		{"如今，全国具备条件的乡镇和建制村都通了硬化路，农村自来水普及率达到90%。",
			[]string{"PERCENT:90%|90|%"},
			[]string{"statistic:rate|subject:sentence-state|place:subject|中国|达到|农村自来水普及率|90 %||中国"}},
		// The word may stand inside the figure's evidence, after times.
		{"2012年我国最终消费对经济增长的贡献率为51.8%。",
			[]string{"DATE:2012年|2012-01-01|2013-01-01", "PERCENT:51.8%|51.8|%"},
			[]string{"statistic:rate|subject:sentence-state|place:subject|中国|为|消费对经济增长的贡献率|51.8 %|2012-01-01|中国"}},
		// So does a place that opens a clause of the sentence, after times
		// (|subject:sentence-place); not one that opens the name of what
		// reports, nor of a thing it points to, nor one before nouns in a
		// clause before the figure's that states no figure.
		{"昨天，武汉市最大累计降雨量超过224毫米。",
			[]string{"DATE:昨天|2024-06-03|2024-06-04", "PLACE:武汉市|湖北省武汉市|420100|CN", "QUANTITY:超过224毫米|224|mm"},
			[]string{"statistic:measure|subject:sentence-place|place:subject|湖北省武汉市|为|降雨量|224 mm|2024-06-03|湖北省武汉市"}},
		{"贵州省绿色经济占生产总值比重达37%，森林覆盖率达55.3%。",
			[]string{"PLACE:贵州省|贵州省|520000|CN", "PERCENT:37%|37|%", "PERCENT:55.3%|55.3|%"},
			[]string{"statistic:rate|subject:sentence-place|place:subject|贵州省|达|森林覆盖率|55.3 %||贵州省"}},
		{"中国游戏产业报告显示，今年上半年，游戏用户规模达到6.68亿人。",
			[]string{"PLACE:中国|中国||CN", "DATE:今年上半年|2024-01-01|2024-07-01", "QUANTITY:6.68亿人|668000000|人"},
			[]string{"statistic:subject-verb-object-quantity||达到|游戏用户规模|668000000 人|2024-01-01"}},
		{"浙江工商部门通报了抽检结果，不合格率达75%。",
			[]string{"PLACE:浙江|浙江省|330000|CN", "PERCENT:75%|75|%"},
			[]string{"statistic:rate||达|不合格率|75 %"}},
		{"四平这家农机厂播种机销售火爆，产能利用率达90%。",
			[]string{"PLACE:四平|吉林省四平市|220300|CN", "PERCENT:90%|90|%"},
			[]string{"statistic:rate||达|产能利用率|90 %"}},
		// A metric as read that opens inside a name gse cut apart (中/f 石油/n)
		// is the name's (|subject:split-name).
		{"2017年中石油天然气产量达到1033亿立方米。",
			[]string{"DATE:2017年|2017-01-01|2018-01-01", "ORG:中石油|中国石油天然气集团有限公司", "QUANTITY:1033亿立方米|103300000000|m3"},
			[]string{"statistic:measure|subject:split-name|中国石油天然气集团有限公司|达到|天然气产量|103300000000 m3|2017-01-01"}},
		// A place, the nouns of an event and a verb of what it caused before
		// 的 open the metric of the place (|subject:opening-name); not with
		// a preposition between, which says where.
		{"加州山火造成的遇难人数上升到74人。",
			[]string{"PLACE:加州|加州", "QUANTITY:74人|74|人"},
			[]string{"statistic:measure|subject:opening-name|加州|上升到|遇难人数|74 人"}},
		{"土耳其南部强震在土耳其和叙利亚造成的遇难人数已超过48000人。",
			[]string{"PLACE:土耳其|土耳其||TR", "PLACE:土耳其|土耳其||TR", "PLACE:叙利亚|叙利亚||SY", "QUANTITY:48000人|48000|人"},
			[]string{"statistic:measure||超过|遇难人数|48000 人"}},
		// Nor one before a localizer, 的 or a demonstrative and nouns in such
		// a clause, nor one listed with 等 or opening the first of things
		// listed with 等.
		{"天津西北角美食街区，客流量超过35万人次。",
			[]string{"PLACE:天津|天津市|120000|CN", "QUANTITY:超过35万人次|350000|人次"},
			[]string{"statistic:measure||为|客流量|350000 人次"}},
		{"北京的地坛庙会，今天入园人数达到15.5万人。",
			[]string{"PLACE:北京|北京市|110000|CN", "DATE:今天|2024-06-04|2024-06-05", "QUANTITY:15.5万人|155000|人"},
			[]string{"statistic:measure||达到|人数|155000 人|2024-06-04"}},
		{"宁波等7个市级水网先导区推进水网建设，截至6月末，先导区明确的668个项目开工率超过70%。",
			[]string{"PLACE:宁波|浙江省宁波市|330200|CN", "QUANTITY:7个|7|个", "DATE:截至6月末|2024-01-01|2024-07-01", "QUANTITY:668个|668|个", "PERCENT:超过70%|70|%"},
			[]string{"statistic:rate||为|项目开工率|70 %|2024-01-01"}},
		{"嫦娥三号是我国航天领域迄今最复杂的任务之一，新研技术比例达到80%以上。",
			[]string{"PERCENT:80%以上|80|%"},
			[]string{"statistic:rate||达到|新研技术比例|80 %"}},
		// A one-character verb between nouns is inside the name; 有 is not,
		// nor a counter after a number.
		{"今天，全社会跨区域人员流动量预计超3.1亿人次。",
			[]string{"DATE:今天|2024-06-04|2024-06-05", "QUANTITY:超3.1亿人次|310000000|人次"},
			[]string{"statistic:measure|plan:marker||为|全社会跨区域人员流动量|310000000 人次|2024-06-04"}},
		{"局部地区有降雨量100毫米，5条主要入湖河流水质优良率达到100%。",
			[]string{"QUANTITY:100毫米|100|mm", "PERCENT:100%|100|%"},
			[]string{"statistic:measure||为|降雨量|100 mm", "statistic:rate||达到|主要入湖河流水质优良率|100 %"}},
		// A part of an area (局地, 不少地区), after directions, says where,
		// not what was measured: the unit may say what (|object:gauge).
		{"昨天下午，在吉林长春，局地达到37℃。",
			[]string{"DATE:昨天下午|2024-06-03|2024-06-04", "PLACE:吉林|吉林省|220000|CN", "PLACE:长春|吉林省长春市|220100|CN", "QUANTITY:37℃|37|°C"},
			[]string{"statistic:subject-verb-object-quantity|object:gauge||达到|气温|37 °C|2024-06-03"}},
		{"河北中部不少地区达到38℃。",
			[]string{"PLACE:河北|河北省|130000|CN", "QUANTITY:38℃|38|°C"},
			[]string{"statistic:subject-verb-object-quantity|object:gauge|place:subject|河北省|达到|气温|38 °C||河北省"}},
		{"局地达到120毫米。", []string{"QUANTITY:120毫米|120|mm"}, nil},
		{"深圳局地降雨量达到100毫米以上。",
			[]string{"PLACE:深圳|广东省深圳市|440300|CN", "QUANTITY:100毫米以上|100|mm"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|广东省深圳市|达到|降雨量|100 mm||广东省深圳市"}},
		{"上述部分地区新增积雪3厘米。", []string{"QUANTITY:3厘米|3|cm"},
			[]string{"statistic:subject-verb-object-quantity||新增|积雪|3 cm"}},
		// Also once a place that opens the metric is its subject.
		{"江原道部分地区降雨量超过200毫米。",
			[]string{"PLACE:江原道|江原道||KR", "QUANTITY:超过200毫米|200|mm"},
			[]string{"statistic:measure|place:subject|江原道|为|降雨量|200 mm||江原道"}},
		// Latin letters are part of the name (GDP, 4G).
		{"消费支出对GDP增长贡献率为60%。", []string{"PERCENT:60%|60|%"},
			[]string{"statistic:rate||为|消费支出对GDP增长贡献率|60 %"}},
		{"全国行政村4G覆盖率超过98%。", []string{"PERCENT:超过98%|98|%"},
			[]string{"statistic:rate|place:subject|中国|为|行政村4G覆盖率|98 %||中国"}},
		// A count of people after 的 is read as a ratio is; values of a list
		// after 分别 are each one's, not the list's.
		{"冲突中死亡的人数已超过1.2万人。", []string{"QUANTITY:1.2万人|12000|人"}, nil},
		{"黑龙江的产量预计达到1250亿斤。",
			[]string{"PLACE:黑龙江|黑龙江省|230000|CN", "QUANTITY:1250亿斤|62500000000|kg"},
			[]string{"statistic:measure|plan:marker|place:subject|黑龙江省|达到|产量|62500000000 kg||黑龙江省"}},
		{"截至2022年底，全国基本养老、失业、工伤保险参保人数分别为10.5亿人、2.2亿人和2.9亿人。",
			[]string{"DATE:截至2022年底|2022-01-01|2023-01-01", "QUANTITY:10.5亿人|1050000000|人", "QUANTITY:2.2亿人|220000000|人", "QUANTITY:2.9亿人|290000000|人"}, nil},
		// A scope word after the place subject is no part of the metric.
		{"贵州全省平均降水量只有42.6毫米。",
			[]string{"PLACE:贵州|贵州省|520000|CN", "QUANTITY:42.6毫米|42.6|mm"},
			[]string{"statistic:measure|place:subject|贵州省|只有|平均降水量|42.6 mm||贵州省"}},
		// A prefix opens the name (非/h).
		{"截至2022年底，非化石能源消费比重达到17.5%。",
			[]string{"DATE:截至2022年底|2022-01-01|2023-01-01", "PERCENT:17.5%|17.5|%"},
			[]string{"statistic:rate||达到|非化石能源消费比重|17.5 %|2022-01-01"}},
		// A ratio word alone names no rate; nouns before 的 say of what, a
		// verb before them says more than the rule reads.
		{"比例为34.9%。", []string{"PERCENT:34.9%|34.9|%"}, nil},
		{"上半年社会物流总费用与GDP的比率为18%。",
			[]string{"DATE:上半年|2024-01-01|2024-07-01", "PERCENT:18%|18|%"},
			[]string{"statistic:rate||为|社会物流总费用与GDP的比率|18 %|2024-01-01"}},
		{"学生选择在大城市工作的比例为35.6%。", []string{"PERCENT:35.6%|35.6|%"}, nil},
		// A light verb before the measure is the clause's, and the nouns
		// that open the clause before it, after times, its subject.
		{"三季度民航完成旅客运输量1.8亿人次。",
			[]string{"DATE:三季度|2024-07-01|2024-10-01", "QUANTITY:1.8亿人次|180000000|人次"},
			[]string{"statistic:measure|民航|完成|旅客运输量|180000000 人次|2024-07-01"}},
		{"1-5月，全社会完成货运量188.6亿吨。",
			[]string{"DATE:1-5月|2024-01-01|2024-06-01", "QUANTITY:188.6亿吨|18860000000|t"},
			[]string{"statistic:measure|全社会|完成|货运量|18860000000 t|2024-01-01"}},
		// Status words and idioms before a noun are part of the name.
		{"2023年，全国地表水水质优良断面比例达到89.4%。",
			[]string{"DATE:2023年|2023-01-01|2024-01-01", "PERCENT:89.4%|89.4|%"},
			[]string{"statistic:rate|place:subject|中国|达到|地表水水质优良断面比例|89.4 %|2023-01-01|中国"}},
		// A rate in the clause after its topic is the topic's.
		{"截至2024年12月，我国网民规模达11.08亿人，互联网普及率达78.6%。",
			[]string{"DATE:截至2024年12月|2024-12-01|2025-01-01", "QUANTITY:11.08亿人|1108000000|人", "PERCENT:78.6%|78.6|%"},
			[]string{"statistic:rate|subject:topic|place:subject|中国|达|互联网普及率|78.6 %|2024-12-01|中国"}},
		// A phrase of for whom or where between the subject and an act's
		// verb is no part of the subject (已为 cut into 已 and 为 by the
		// segment stage); before a level's verb it names what was measured.
		{"截至今年5月，私营经济已为古巴创造超过43万个工作岗位。",
			[]string{"DATE:截至今年5月|2024-01-01|2024-06-01", "PLACE:古巴|古巴||CU", "QUANTITY:超过43万个|430000|个"},
			[]string{"statistic:subject-verb-quantity-object|私营经济|创造|工作岗位|430000 个|2024-01-01"}},
		{"美国在全球拥有约750个军事基地。",
			[]string{"PLACE:美国|美国||US", "PLACE:全球|全球", "QUANTITY:约750个|750|个"},
			[]string{"statistic:subject-verb-quantity-object|place:subject|美国|拥有|军事基地|750 个||美国"}},
		{"南水北调中线一期工程向北京输水量达到100亿立方米。",
			[]string{"PLACE:北京|北京市|110000", "QUANTITY:100亿立方米|10000000000|m³"}, nil},
		{"立陶宛与白俄罗斯一共有6个边境检查站。",
			[]string{"PLACE:立陶宛|立陶宛||LT", "PLACE:白俄罗斯|白俄罗斯||BY", "QUANTITY:6个|6|个"}, nil},
		{"国家铁路1至11月份发送货物35.71亿吨。",
			[]string{"DATE:1至11月份|2024-01-01|2024-12-01", "QUANTITY:35.71亿吨|3571000000|t"},
			[]string{"statistic:subject-verb-object-quantity|国家铁路|发送|货物|3571000000 t|2024-01-01"}},
		// A time between a place and its scope word: the place's whole.
		{"江苏前三季度全省受理高新技术企业申报超过17000家。",
			[]string{"PLACE:江苏|江苏省|320000|CN", "DATE:前三季度|2024-01-01|2024-10-01", "QUANTITY:超过17000家|17000|家"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|江苏省|受理|高新技术企业申报|17000 家|2024-01-01|江苏省"}},
		// An adjectival noun is part of what was measured (安全/an).
		{"今年农产品质量安全例行监测合格率达97.4%。",
			[]string{"DATE:今年|2024-01-01|2025-01-01", "PERCENT:97.4%|97.4|%"},
			[]string{"statistic:rate||达|农产品质量安全例行监测合格率|97.4 %|2024-01-01"}},
		{"据园区相关负责人介绍,截至2023年底,中韩园已累计引进企业825家,其中韩资或中韩合资企业109家。",
			[]string{"DATE:截至2023年底|2023-01-01|2024-01-01", "ORG:中韩园|中韩创新创业园", "QUANTITY:825家|825|家", "QUANTITY:109家|109|家"},
			[]string{
				"statistic:subject-verb-object-quantity|中韩创新创业园|累计引进|企业|825 家|2023-01-01",
				"statistic:subset|中韩创新创业园|累计引进|韩资或中韩合资企业|109 家|2023-01-01",
			}},
		// A link word after the part is no part of its name.
		{"保护区麋鹿总数达到8216头，其中野外麋鹿种群增长至3553头。",
			[]string{"QUANTITY:8216头|8216|头", "QUANTITY:3553头|3553|头"},
			[]string{
				"statistic:subject-verb-object-quantity||达到|保护区麋鹿总数|8216 头",
				"statistic:subset||达到|野外麋鹿种群|3553 头",
			}},
		// A measure stated as a quantity with no verb, and the change after it.
		{"9月份，全社会用电量7811亿千瓦时，同比增长9.9%。",
			[]string{"DATE:9月份|2024-09-01|2024-10-01", "QUANTITY:7811亿千瓦时|781100000000|kWh", "PERCENT:9.9%|9.9|%"},
			[]string{"statistic:measure||为|全社会用电量|781100000000 kWh|2024-09-01"}},
		// A change verb before the name says by how much it changed.
		{"每年减少二氧化碳排放量2000多吨。", []string{"QUANTITY:2000多吨|2000|t"}, nil},
		// A bare counter says too little to be a measure.
		{"企业数量1000家。", []string{"QUANTITY:1000家|1000|家"}, nil},
		// A rate stated as a percentage.
		{"10月份，全国城镇调查失业率为5.0%。", []string{"DATE:10月份|2024-10-01|2024-11-01", "PERCENT:5.0%|5|%"},
			[]string{"statistic:rate|place:subject|中国|为|城镇调查失业率|5 %|2024-10-01|中国"}},
		// A place and 裔 are people of that descent.
		{"拉美裔的接种率仅为1.9%。", []string{"PLACE:拉美", "PERCENT:1.9%|1.9|%"},
			[]string{"statistic:rate|拉美裔|为|接种率|1.9 %"}},
		{"普惠性幼儿园覆盖率达到了90.8%。", []string{"PERCENT:90.8%|90.8|%"},
			[]string{"statistic:rate||达到|普惠性幼儿园覆盖率|90.8 %"}},
		// Other ratios, and verbs inside the name.
		{"研发投入强度达到2.68%。", []string{"PERCENT:2.68%|2.68|%"},
			[]string{"statistic:rate||达到|研发投入强度|2.68 %"}},
		{"长江经济带实际使用外资占全国比重达49%。", []string{"PLACE:长江经济带", "PERCENT:49%|49|%"}, nil},
		// Whose contribution to what.
		{"前三季度，服务业增加值对国民经济增长的贡献率为63.0%。", []string{"DATE:前三季度|2024-01-01|2024-10-01", "PERCENT:63.0%|63|%"},
			[]string{"statistic:rate||为|服务业增加值对国民经济增长的贡献率|63 %|2024-01-01"}},
		{"前三季度，设备工器具购置投资同比增长16.4%，对全部投资增长的贡献率达61.6%。", []string{"DATE:前三季度|2024-01-01|2024-10-01", "PERCENT:16.4%|16.4|%", "PERCENT:61.6%|61.6|%"},
			[]string{"statistic:rate||达|设备工器具购置投资对全部投资增长的贡献率|61.6 %|2024-01-01"}},
		// A place that opens the grown metric is the subject; a locative
		// may stand inside what it contributed to.
		{"今年前七个月，重庆汽车产业增加值同比增长9.2%，对规上工业增长的贡献率超过33%。",
			[]string{"DATE:今年前七个月|2024-01-01|2024-08-01", "PLACE:重庆|重庆市|500000", "PERCENT:9.2%|9.2|%", "PERCENT:超过33%|33|%"},
			[]string{"statistic:rate|place:subject|重庆市|为|汽车产业增加值对规上工业增长的贡献率|33 %|2024-01-01|重庆市"}},
		// A share or a change is no rate.
		{"服务业占比达到56%。", []string{"PERCENT:56%|56|%"}, nil},
		// Place words (境外) and distinguishing words (大型) are nouns of the object.
		{"江苏累计接待境外游客22万人次。",
			[]string{"PLACE:江苏|江苏省", "QUANTITY:22万人次|220000|人次"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|江苏省|累计接待|境外游客|220000 人次||江苏省"}},
		// 其中有 names no part.
		{"上饶城区现有里弄小巷约1158条，其中有682条。",
			[]string{"PLACE:上饶|江西省上饶市", "QUANTITY:约1158条|1158|条", "QUANTITY:682条|682|条"},
			[]string{"statistic:subject-verb-object-quantity|上饶城区|现有|里弄小巷|1158 条"}},
		// 全省 in a story about one province is that province.
		{"江苏省经济增长，南京、苏州表现突出，全省新增高新技术企业3000家。",
			[]string{"PLACE:江苏省|江苏省|320000", "PLACE:南京|江苏省南京市|320100", "PLACE:苏州|江苏省苏州市|320500", "QUANTITY:3000家|3000|家"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|江苏省|新增|高新技术企业|3000 家||江苏省"}},
		{"江苏省经济增长，南京、苏州表现突出，全省肉类总产量达到311万吨。",
			[]string{"PLACE:江苏省|江苏省|320000", "PLACE:南京|江苏省南京市|320100", "PLACE:苏州|江苏省苏州市|320500", "QUANTITY:311万吨|3110000|吨"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|江苏省|达到|肉类总产量|3110000 吨||江苏省"}},
		// Not when no province stands out.
		{"浙江、江苏两省，全省新增高新技术企业3000家。",
			[]string{"PLACE:浙江|浙江省|330000", "PLACE:江苏|江苏省|320000", "QUANTITY:3000家|3000|家"},
			[]string{"statistic:subject-verb-object-quantity|全省|新增|高新技术企业|3000 家"}},
		{"计划每季度举办一场。", []string{"QUANTITY:一场|1|场"}, nil},
		// Where or when something was counted is no subject.
		{"现场签约重点项目33个。", []string{"QUANTITY:33个|33|个"},
			[]string{"statistic:subject-verb-object-quantity||签约|重点项目|33 个"}},
		// A name that begins with a numeral keeps it.
		{"八岔村接待游客4万多人次。",
			[]string{"PLACE:八岔村", "QUANTITY:4万多人次|40000|人次"},
			[]string{"statistic:subject-verb-object-quantity|八岔村|接待|游客|40000 人次"}},
		// A place and a word for all of it is the place.
		{"广西全区累计开展以旧换新主题活动超3000场。",
			[]string{"PLACE:广西|广西壮族自治区", "QUANTITY:超3000场|3000|场"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|广西壮族自治区|累计开展|以旧换新主题活动|3000 场||广西壮族自治区"}},
		{"我们建立了科技人才交流培养机制,科研人员年均互动交流20人次以上,实现国际科研合作常态化。",
			[]string{"QUANTITY:20人次以上|20|人次"},
			[]string{"statistic:subject-verb-object-quantity|科研人员|年均互动交流||20 人次"}},
		{"今年,园区新增入驻825家企业。", []string{"QUANTITY:825家|825|家"},
			[]string{"statistic:subject-verb-quantity-object|园区|新增入驻|企业|825 家"}},
		// A subject after 、 ends a list: the subject is the whole list.
		{"春节假期七天全国铁路、公路、水路、民航共发送旅客9841.6万人次。", []string{"QUANTITY:9841.6万人次|98416000|人次"},
			[]string{"statistic:subject-verb-object-quantity|全国铁路、公路、水路、民航|共发送|旅客|98416000 人次"}},
		{"春节假期七天全国共发送旅客9841.6万人次。", []string{"QUANTITY:9841.6万人次|98416000|人次"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|中国|共发送|旅客|98416000 人次||中国"}},
		{"全国共有博物馆6565家。", []string{"QUANTITY:6565家|6565|家"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|中国|共有|博物馆|6565 家||中国"}},
		// A subject word that is no name stands for the name (我国 → 中国).
		{"今年以来，我国新增博物馆300家。", []string{"QUANTITY:300家|300|家"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|中国|新增|博物馆|300 家||中国"}},
		// 连续 says how the count was reached and stays in the predicate; 已经 is skipped.
		{"海峡论坛已经连续举办五届。", []string{"ORG:海峡论坛", "QUANTITY:五届|5|届"},
			[]string{"statistic:subject-verb-object-quantity|海峡论坛|连续举办||5 届"}},
		// A bare counter's noun after the count is what was counted.
		{"美食节共吸引全球15个国家参展。", []string{"QUANTITY:15个|15|个"}, nil},
		// A verb of two words is one verb, not a verb and its object.
		{"全国共开工建设廉租住房435万套。", []string{"QUANTITY:435万套|4350000|套"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|中国|共开工建设|廉租住房|4350000 套||中国"}},
		// Coordinated verbs share the count.
		{"今年，园区累计培育和引进企业30家。", []string{"QUANTITY:30家|30|家"},
			[]string{"statistic:subject-verb-object-quantity|园区|累计培育和引进|企业|30 家"}},
		// The count belongs to a phrase after it: a target, not a count done.
		{"未来3年，我国将完成3000万人脱贫目标。", []string{"QUANTITY:3000万人|30000000|人"}, nil},
		// After 在 it is where, not who.
		{"他们在我国新增博物馆300家。", []string{"QUANTITY:300家|300|家"}, nil},
		// The subject must begin a clause: 在韩国 is where, not who.
		{"园区在韩国已建立8家离岸创新创业基地。", []string{"PLACE:韩国", "QUANTITY:8家|8|家"}, nil},
		// No subject at all.
		{"还建成猕猴桃核心科研基地500余亩。", []string{"QUANTITY:500余亩|500|mu"}, nil},
		{"开业才一周就接待滑雪爱好者2万多人次。", []string{"QUANTITY:2万多人次|20000|人次"}, nil},
		{"1支专业飞防队，并引进6架高性能无人机。", []string{"QUANTITY:6架|6|架"}, nil},
		// A time between subject and verb is no part of the subject.
		{"辽宁省博物馆春节期间接待观众11.64万人次。", []string{"PLACE:辽宁省博物馆", "QUANTITY:11.64万人次|116400|人次"},
			[]string{"statistic:subject-verb-object-quantity|辽宁省博物馆|接待|观众|116400 人次"}},
		// Intentions (计划, 力争) are skipped like fillers, also around a time.
		{"今年，江苏还计划新增120万亩良田。", []string{"PLACE:江苏", "QUANTITY:120万亩|1200000|mu"},
			[]string{"statistic:subject-verb-quantity-object|江苏|新增|良田|1200000 mu"}},
		{"力争2024年新增高新技术企业3000家。", []string{"QUANTITY:3000家|3000|家"}, nil},
		{"中方举办60多场文化活动。", []string{"QUANTITY:60多场|60|场"},
			[]string{"statistic:subject-verb-quantity-object|中方|举办|文化活动|60 场"}},
		// 就 stands between subject and verb and changes nothing.
		{"启动当天，交易量就达到1.2万单。", []string{"QUANTITY:1.2万单|12000|单"},
			[]string{"statistic:subject-verb-object-quantity||达到|交易量|12000 单"}},
		// 日均 is part of the predicate, not a subject.
		{"展演活动，日均接待观众超13000人次。", []string{"QUANTITY:超13000人次|13000|人次"}, nil},
		// The count and its noun modify what follows 的.
		{"中国人民银行13日新增12个省（区、市）的支农支小再贷款额度1000亿元。",
			[]string{"ORG:中国人民银行", "DATE:13日|2024-08-13|2024-08-14", "QUANTITY:12个|12|个"}, nil},
		{"雅万高铁累计发送旅客突破100万人次。", []string{"QUANTITY:100万人次|1000000|人次"},
			[]string{"statistic:subject-verb-object-quantity|雅万高铁|累计发送|旅客|1000000 人次"}},
		// 单日 and 基本 say how the count is meant; no subject.
		{"28日，单日新增病例164665例。", []string{"DATE:28日|2024-05-28|2024-05-29", "QUANTITY:164665例|164665|例"}, nil},
		// A subject that goes on with nouns names what was counted.
		// A chain of places, or a name, and what was measured of it, with
		// adjectives and adverbs among the nouns.
		{"甘肃张掖部分地区积雪最厚达到16厘米。", []string{"PLACE:甘肃|甘肃省|620000", "PLACE:张掖|甘肃省张掖市|620700", "QUANTITY:16厘米|16|cm"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|甘肃省张掖市|达到|积雪最厚|16 cm||甘肃省张掖市"}},
		{"2012年，全国粮食总产量达到58957万吨。", []string{"DATE:2012年|2012-01-01|2013-01-01", "QUANTITY:58957万吨|589570000|t"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|中国|达到|粮食总产量|589570000 t|2012-01-01|中国"}},
		// Nouns with no name are what was measured; the clause before may
		// name whose.
		{"原油产量达到2.13亿吨。", []string{"QUANTITY:2.13亿吨|213000000|t"},
			[]string{"statistic:subject-verb-object-quantity||达到|原油产量|213000000 t"}},
		// 最高 and 最多 say the count is a peak: they stay in the predicate.
		{"单日订单最多达到15000单。", []string{"QUANTITY:15000单|15000|单"},
			[]string{"statistic:subject-verb-object-quantity||最多达到|单日订单|15000 单"}},
		{"江西一季度开工重点项目1534个，总投资达6600亿元。",
			[]string{"PLACE:江西|江西省", "DATE:一季度|2024-01-01|2024-04-01", "QUANTITY:1534个|1534|个", "MONEY:6600亿元|660000000000|CNY"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|江西省|开工|重点项目|1534 个|2024-01-01|江西省"}},
		// A name that opens the clause before the time is whose.
		{"加拿大今年林火过火面积已达到17.4万平方公里。",
			[]string{"PLACE:加拿大", "DATE:今年|2024-01-01|2025-01-01", "QUANTITY:17.4万平方公里|174000|km2"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|加拿大|达到|林火过火面积|174000 km2|2024-01-01|加拿大"}},
		{"今年，塔里木油田取得多项重大勘探突破，日产油气能力达到11万吨。",
			[]string{"DATE:今年|2024-01-01|2025-01-01", "ORG:塔里木油田", "QUANTITY:11万吨|110000|t"},
			[]string{"statistic:subject-verb-object-quantity|subject:topic|塔里木油田|达到|日产油气能力|110000 t|2024-01-01"}},
		// The place's projects, counted, do the verb (|subject:counted-topic).
		{"重庆25个新型储能项目建成投用，总装机容量达到82.2万千瓦。",
			[]string{"PLACE:重庆|重庆市|500000|CN", "QUANTITY:25个|25|个", "QUANTITY:82.2万千瓦|822000|kW"},
			[]string{"statistic:subject-verb-object-quantity|subject:counted-topic|place:subject|重庆市|达到|总装机容量|822000 kW||重庆市"}},
		// A name or subject word that opens the clause owns a metric after
		// words that narrow it: a counted group, 平均 (|subject:opening-name);
		// not one that forecasts it, nor a place that names a ship.
		{"2017年全国74个重点城市优良天数比例为73.4%。",
			[]string{"DATE:2017年|2017-01-01|2018-01-01", "QUANTITY:74个|74|个", "PERCENT:73.4%|73.4|%"},
			[]string{"statistic:rate|subject:opening-name|place:subject|中国|为|重点城市优良天数比例|73.4 %|2017-01-01|中国"}},
		{"3月末，中央企业平均资产负债率为65.9%。",
			[]string{"DATE:3月末|2024-03-21|2024-04-01", "PERCENT:65.9%|65.9|%"},
			[]string{"statistic:rate|subject:opening-name|中央企业|为|资产负债率|65.9 %|2024-03-21"}},
		{"比如，2023年三季度，台积电公司4—5纳米制程的先进生产线产能利用率超过80%。",
			[]string{"DATE:2023年三季度|2023-07-01|2023-10-01", "ORG:台积电公司", "QUANTITY:4—5纳米|5|nm", "PERCENT:80%|80|%"},
			[]string{"statistic:rate|subject:opening-name|台积电公司|超过|生产线产能利用率|80 %|2023-07-01"}},
		// 而 sets the clause against the one before; its name opens it still.
		{"一季度中国汽车出口量为107万辆，而日本一季度汽车出口量为95.4万辆。",
			[]string{"DATE:一季度|2024-01-01|2024-04-01", "PLACE:中国|中国||CN", "QUANTITY:107万辆|1070000|辆", "PLACE:日本|日本||JP", "DATE:一季度|2024-01-01|2024-04-01", "QUANTITY:95.4万辆|954000|辆"},
			[]string{"statistic:measure|place:subject|中国|为|汽车出口量|1070000 辆|2024-01-01|中国", "statistic:measure|place:subject|日本|为|汽车出口量|954000 辆|2024-01-01|日本"}},
		// 其 refers to the organization the clause before ends with after 是
		// or opens with before words of report (|subject:pronoun); not when
		// more than times stands between 其 and the figure.
		{"另一个需要关注的是吉利汽车，其10月销量接近6万辆。",
			[]string{"ORG:吉利汽车", "DATE:10月|2024-10-01|2024-11-01", "QUANTITY:接近6万辆|60000|辆"},
			[]string{"statistic:measure|subject:pronoun|吉利汽车|为|销量|60000 辆|2024-10-01"}},
		{"据比亚迪官方数据，其10月销量达到301833辆。",
			[]string{"ORG:比亚迪", "DATE:10月|2024-10-01|2024-11-01", "QUANTITY:301833辆|301833|辆"},
			[]string{"statistic:measure|subject:pronoun|比亚迪|达到|销量|301833 辆|2024-10-01"}},
		{"中星微电子有限公司宣布，其研发的手机多媒体芯片全球销量突破1亿枚。",
			[]string{"ORG:中星微电子有限公司", "QUANTITY:1亿枚|100000000|枚"},
			[]string{"statistic:measure||突破|手机多媒体芯片全球销量|100000000 枚"}},
		// … and so does 如, giving an example.
		{"如蔚来汽车6月份销量为1.07万辆。",
			[]string{"ORG:蔚来汽车|蔚来公司", "DATE:6月份|2024-06-01|2024-07-01", "QUANTITY:1.07万辆|10700|辆"},
			[]string{"statistic:measure|蔚来公司|为|销量|10700 辆|2024-06-01"}},
		{"全国高速公路服务区充电桩覆盖率达到98%。", []string{"PERCENT:98%|98|%"},
			[]string{"statistic:rate|subject:opening-name|place:subject|中国|达到|覆盖率|98 %||中国"}},
		{"截至目前，京津冀三省市高速公路总里程达到约1.1万公里。",
			[]string{"DATE:截至目前|2024-01-01|2024-06-01", "PLACE:京|北京市|110000|CN", "PLACE:津|天津市|120000|CN", "PLACE:冀|河北省|130000|CN", "QUANTITY:约1.1万公里|11000|km"},
			[]string{"statistic:subject-verb-object-quantity|subject:opening-name|京津冀|达到|省市高速公路总里程|11000 km|2024-01-01"}},
		// The topic of a sentence with no figure of its own owns the
		// figures of the next (|subject:sentence-topic).
		{"在欧洲，希腊持续遭遇热浪袭击。21日，部分地区最高气温达到43摄氏度。",
			[]string{"PLACE:欧洲", "PLACE:希腊|希腊||GR", "DATE:21日|2024-07-21|2024-07-22", "QUANTITY:43摄氏度|43|°C"},
			[]string{"statistic:subject-verb-object-quantity|subject:sentence-topic|place:subject|希腊|达到|最高气温|43 °C|2024-07-21|希腊"}},
		{"世界银行预计2023年全球贸易增长率1.7%。",
			[]string{"ORG:世界银行", "DATE:2023年|2023-01-01|2024-01-01", "PERCENT:1.7%|1.7|%"},
			[]string{"statistic:rate|plan:marker||为|全球贸易增长率|1.7 %|2023-01-01"}},
		{"去年，海口舰部门长全训合格率达100%。",
			[]string{"DATE:去年|2023-01-01|2024-01-01", "PLACE:海口|海南省海口市|460100|CN", "PERCENT:100%|100|%"},
			[]string{"statistic:rate||达|长全训合格率|100 %|2023-01-01"}},
		// A filler before the count is no part of the object.
		{"长江干线港口完成货物吞吐量预计23.4亿吨。", []string{"QUANTITY:23.4亿吨|2340000000|t"},
			[]string{"statistic:subject-verb-object-quantity|plan:marker|长江干线港口|完成|货物吞吐量|2340000000 t"}},
		// No statistic verb before the count.
		{"园区有企业825家。", []string{"QUANTITY:825家|825|家"}, nil},
		// A part after 其中 counts for the whole's subject, in its period
		// (|subject:whole), in the sentence or the one before.
		{"截至2023年底，全国机动车保有量达4.35亿辆，其中，新能源汽车保有量已达2041万辆。",
			[]string{"DATE:截至2023年底|2023-01-01|2024-01-01", "QUANTITY:4.35亿辆|435000000|辆", "QUANTITY:2041万辆|20410000|辆"},
			[]string{"statistic:measure|place:subject|中国|达|机动车保有量|435000000 辆|2023-01-01|中国", "statistic:measure|subject:whole|place:subject|中国|达|新能源汽车保有量|20410000 辆|2023-01-01|中国"}},
		{"截至9月底，全国累计发电装机容量约31.6亿千瓦，同比增长14.1%。其中，太阳能发电装机容量约7.7亿千瓦，同比增长48.3%。",
			[]string{"DATE:截至9月底|2024-01-01|2024-10-01", "QUANTITY:约31.6亿千瓦|3160000000|kW", "PERCENT:14.1%|14.1|%", "QUANTITY:约7.7亿千瓦|770000000|kW", "PERCENT:48.3%|48.3|%"},
			[]string{"statistic:measure|place:subject|中国|为|累计发电装机容量|3160000000 kW|2024-01-01|中国", "statistic:measure|subject:whole|place:subject|中国|为|太阳能发电装机容量|770000000 kW|2024-01-01|中国"}},
		// A name, a time and 的 before the measure: the name's, at that time
		// (rule …-name-dated).
		{"他们指出，希腊目前的失业率高达28%，新的紧缩政策将对希腊社会造成沉重打击。",
			[]string{"PLACE:希腊", "DATE:目前|2024-06-04|2024-06-05", "PERCENT:28%|28|%"},
			[]string{"statistic:rate-name-dated|place:subject|希腊|高达|失业率|28 %|2024-06-04|希腊"}},
		{"上海自然博物馆今天的参观人数达到1万5千多人次。",
			[]string{"PLACE:上海自然博物馆", "DATE:今天|2024-06-04|2024-06-05", "QUANTITY:1万5千多人次|15000|人次"},
			[]string{"statistic:measure-name-dated|上海自然博物馆|达到|参观人数|15000 人次|2024-06-04"}},
		// A figure right after another's clause counts for the same subject
		// (|subject:parallel).
		{"据最新统计，我国义务教育巩固率达到93.4%，高中阶段毛入学率88.3%，高等教育毛入学率45.7%。",
			[]string{"PERCENT:93.4%|93.4|%", "PERCENT:88.3%|88.3|%", "PERCENT:45.7%|45.7|%"},
			[]string{"statistic:rate|place:subject|中国|达到|义务教育巩固率|93.4 %||中国", "statistic:rate|subject:topic|place:subject|中国|为|高中阶段毛入学率|88.3 %||中国", "statistic:rate|subject:parallel|place:subject|中国|为|高等教育毛入学率|45.7 %||中国"}},
		// The clause before is a topic's first, also when its verb is a
		// word gse read whole that a filler begins (共有/v).
		{"北京市共有出租车营运车辆6.6万辆，日均客运量190多万人次。",
			[]string{"PLACE:北京市|北京市|110000", "QUANTITY:6.6万辆|66000|辆", "QUANTITY:190多万人次|1900000|人次"},
			[]string{"statistic:subject-verb-object-quantity|place:subject|北京市|共有|出租车营运车辆|66000 辆||北京市", "statistic:measure|subject:topic|place:subject|北京市|为|客运量|1900000 人次||北京市"}},
		// … also when the date of the clause before opens its evidence.
		{"统计显示，2022年年底，我国普惠小微贷款余额接近24万亿人民币，授信户数超过5600万户。",
			[]string{"DATE:2022年年底|2022-12-01|2023-01-01", "MONEY:接近24万亿人民币|24000000000000|CNY", "QUANTITY:超过5600万户|56000000|户"},
			[]string{"statistic:measure|subject:parallel|place:subject|中国|为|授信户数|56000000 户|2022-12-01|中国"}},
		// The figures of the sentence before name whose a release's figures
		// are (|subject:sentence-before) …
		{"全国机关、事业单位党组织覆盖率为99.7%和95.2%，国有企业党组织覆盖率为92.8%。187.7万个非公有制企业已建立党组织，覆盖率为73.1%。",
			[]string{"PERCENT:99.7%|99.7|%", "PERCENT:95.2%|95.2|%", "PERCENT:92.8%|92.8|%", "QUANTITY:187.7万个|1877000|个", "PERCENT:73.1%|73.1|%"},
			[]string{"statistic:rate|place:subject|中国|为|机关、事业单位党组织覆盖率|99.7 %||中国", "statistic:rate|subject:parallel|place:subject|中国|为|国有企业党组织覆盖率|92.8 %||中国", "statistic:rate|subject:sentence-before|place:subject|中国|为|覆盖率|73.1 %||中国"}},
		// … not to a metric read from inside a word (进|馆人数).
		{"粤港澳大湾区消费季50余场促消费线下活动正在开展，计划投放超1亿元消费券拉动消费。会展经济持续发力，正在举行的第133届广交会，目前累计进馆人数超207万人次。",
			[]string{"PLACE:粤港澳大湾区|粤港澳大湾区||CN", "QUANTITY:50余场|50|场", "MONEY:超1亿元|100000000|CNY", "QUANTITY:超207万人次|2070000|人次"},
			[]string{"statistic:measure||为|馆人数|2070000 人次"}},
		// Divisions written together own a measure with 的.
		{"天津宝坻区的降雨量达到294.7毫米。",
			[]string{"PLACE:天津|天津市|120000", "PLACE:宝坻区|天津市宝坻区|120115", "QUANTITY:294.7毫米|294.7|mm"},
			[]string{"statistic:measure|place:subject|天津市宝坻区|达到|降雨量|294.7 mm||天津市宝坻区"}},
		// A topic chain: clauses that open with their verb do what the topic
		// does (|subject:topic-chain) …
		{"亚洲是当今世界最具发展活力和潜力的地区之一，成为拉动世界经济复苏和增长的重要引擎，近年来对世界经济增长的贡献率已超过50%。",
			[]string{"PLACE:亚洲", "PERCENT:超过50%|50|%"},
			[]string{"statistic:rate|subject:topic-chain|亚洲|为|对世界经济增长的贡献率|50 %"}},
		// … but 加上 adds others to its count.
		{"空军先后出动预警机、轰炸机等各型战机和地导、雷达、高炮等兵种部队，加上配属的陆军和海军航空兵、水面舰艇，参演人数近1万余人。",
			[]string{"ORG:空军", "ORG:陆军", "ORG:海军", "QUANTITY:近1万余人|10000|人"},
			[]string{"statistic:measure||为|参演人数|10000 人"}},
		// A value before 的 and a noun says which things (a threshold), and
		// is no value; before a word of a level it is.
		{"广东累计降雨量超过300毫米的站点达39个，阳江、信宜等地出现特大暴雨。",
			[]string{"PLACE:广东|广东省|440000|CN", "QUANTITY:超过300毫米|300|mm", "QUANTITY:39个|39|个", "PLACE:阳江|广东省阳江市|441700", "PLACE:信宜|广东省信宜市|440983"}, nil},
		{"到2011年底，我国城镇人口比重超过50%的省份已达15个。",
			[]string{"DATE:2011年底|2011-12-01|2012-01-01", "PERCENT:超过50%|50|%", "QUANTITY:15个|15|个"}, nil},
		{"2022年欧盟对液化天然气需求激增，进口量达9473万吨的新高。",
			[]string{"DATE:2022年|2022-01-01|2023-01-01", "ORG:欧盟|欧洲联盟", "QUANTITY:9473万吨|94730000|t"},
			[]string{"statistic:measure|subject:topic|欧洲联盟|达|进口量|94730000 t|2022-01-01"}},
	},
}

// statistics finds, for every QUANTITY mention, the verb and subject that
// count it.
func (s *Stage) statistics(v *view) {
	made := len(v.facts)
	for si := range v.sents {
		lo := v.sents[si].Start
		qs := v.mentions(si, pipeline.Quantity)
		for i, q := range qs {
			if q.Value == nil {
				continue
			}
			if s.describes(v, si, q) {
				continue // 超过300毫米的站点达39个: what the stations are, no value
			}
			f, ok := s.statisticOf(v, si, lo, q)
			if !ok {
				if f, ok = s.measureOf(v, si, lo, q); !ok {
					continue
				}
			}
			v.add(f)
			if i+1 < len(qs) {
				s.subset(v, si, f, q, qs[i+1])
			}
		}
		for _, p := range v.mentions(si, pipeline.Percent) {
			if s.describes(v, si, p) {
				continue // 城镇人口比重超过50%的省份: which provinces, no rate
			}
			if f, ok := s.rateOf(v, si, lo, p); ok {
				v.add(f)
			}
		}
	}
	s.countedTopics(v)
	s.topicChains(v)
	s.metricParallels(v, made, Statistic)
	s.metricChains(v, made, Statistic)
}

// describes reports whether the value m stands in a noun phrase before 的
// and the noun it describes (超过300毫米的站点, 城镇人口比重超过50%的省份),
// maybe after a qualifier (以上, 左右): it says which things, and is no value of
// a statistic. Not before a word that names the value as a level
// (fact_words.tsv kind level: 进口量达9473万吨的新高).
func (s *Stage) describes(v *view, si int, m *pipeline.Mention) bool {
	pos, hi := m.End, v.sents[si].End
	if form, _, ok := s.quals.After.Prefix(v.slice(pos, min(hi, pos+4))); ok {
		pos += utf8.RuneCountInString(form) // a qualifier after the value (qualifiers.tsv: 以上, 左右)
	}
	if pos+1 >= hi || v.text[pos] != '的' {
		return false
	}
	if r := v.text[pos+1]; r != '“' && r != '《' && (unicode.IsPunct(r) || unicode.IsSpace(r)) {
		return false
	}
	return s.words.Starting(dictionaries.FactLevel, v.text, pos+1, hi) == 0
}

// rateWord reports whether a word names a rate or a ratio stated in
// percent: 失业率, 比重, 比例, 研发投入强度, 恩格尔系数 (占比 is a share's).
func rateWord(w string) bool {
	if strings.HasPrefix(w, "占") {
		return false
	}
	for _, suf := range []string{"率", "比重", "比例", "强度", "系数"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// latinWord reports whether a token is letters and digits of the Latin
// alphabet with a letter among them, written inside a Chinese name (GDP, 4G).
func latinWord(w string) bool {
	letter := false
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			letter = true
		case r < '0' || r > '9':
			return false
		}
	}
	return letter
}

// bareRatio reports whether a rate's name is a ratio word alone (比例, 比重,
// 比率), which says nothing of what it is the ratio of.
func bareRatio(w string) bool {
	return w == "比率" || !strings.HasSuffix(w, "率") && rateWord(w) && utf8.RuneCountInString(w) == 2
}

// ownedBefore returns where the nouns before 的 that end at pos start, joined
// by 与, 和 or 、 (全省绿色经济的|比重, 社会物流总费用与GDP的|比率), when they open
// their clause after times or follow a name or a subject word (我国); else pos. A verb or a
// preposition before them says more than the nouns (选择在大城市工作的比例).
func (v *view) ownedBefore(lo, pos int) int {
	if pos-1 <= lo || v.text[pos-1] != '的' {
		return pos
	}
	k := pos - 1
	for k > lo {
		t := v.tokenEnding(k)
		if t == nil || t.Start < lo {
			break
		}
		if nounLike(t) || t.Pos == "b" || t.Pos == "x" && !unicode.IsPunct(v.text[t.Start]) {
			k = t.Start
			continue
		}
		if (t.Text == "与" || t.Text == "和" || t.Text == "、") && t.Start > lo && k < pos-1 {
			if u := v.tokenEnding(t.Start); u != nil && u.Start >= lo && nounLike(u) {
				k = t.Start
				continue
			}
		}
		break
	}
	if k == pos-1 || !v.clauseOpens(k, lo) && v.endingAt(k, lo, pipeline.Place, pipeline.Org) == nil && v.words.Ending(dictionaries.FactSubject, v.text, lo, k) == 0 {
		return pos
	}
	return k
}

// contributionStart returns where "X对Y的" or "X对" that ends at pos starts, X
// and Y nouns of a few characters each (服务业增加值对经济增长的|贡献率,
// 消费支出对|经济增长贡献率), else pos.
func (v *view) contributionStart(lo, pos int) int {
	nouns := func(end int) int { // where the nouns that end at end start
		k := end
		for k > lo && end-k < 8 {
			t := v.tokenEnding(k)
			if t == nil || t.Start < lo || !(nounLike(t) || t.Pos == "b" || t.Pos == "vn" || t.Pos == "v" && t.End-t.Start > 1 || t.Pos == "f" && k < end && t.Start > lo) {
				break // 规/n 上/f 工业: a locative inside the name
			}
			k = t.Start
		}
		return k
	}
	y := pos // 对经济增长贡献率: the nouns after 对 are the name's already
	if pos-1 > lo && v.text[pos-1] == '的' {
		if y = nouns(pos - 1); y == pos-1 {
			return pos
		}
	}
	if y-1 <= lo || v.text[y-1] != '对' {
		return pos
	}
	if x := nouns(y - 1); x < y-1 {
		return x
	}
	return y - 1 // ，对全部投资增长的贡献率达61.6%: whose is in the clause before
}

// grownBefore returns the metric of the clause that ends with the comma
// right before pos when that clause says it grew (服务业增加值同比增长5.4%，):
// the nouns before its change verb, past what it is compared with, and
// where they start. Else "" and pos.
func (s *Stage) grownBefore(v *view, lo, pos int) (string, int) {
	c := pos - 1
	if c <= lo || v.text[c] != '，' && v.text[c] != ',' {
		return "", pos
	}
	start := c
	for start > lo && !stopMark(v.text[start-1]) {
		start--
	}
	for k := start; k < c; k++ {
		n := s.words.Starting(dictionaries.FactChange, v.text, k, c)
		if n == 0 || !v.aligned(k, k+n) {
			continue
		}
		e := s.backOver(v, start, k, 0, dictionaries.FactCompare, dictionaries.FactFiller)
		b := e
		for b > start && e-b < maxMetric {
			t := v.tokenEnding(b)
			if t == nil || t.Start < start || !(nounLike(t) || t.Pos == "b" || t.Pos == "vn" || t.Pos == "v" && t.End-t.Start > 1 && b < e) {
				break // 设备工器具购置/v 投资: verbs inside the name
			}
			b = t.Start
		}
		b = s.pastIntent(v, b, e)
		if b < e && v.clauseOpens(b, lo) {
			return v.slice(b, e), b
		}
		return "", pos
	}
	return "", pos
}

// maxRate is the longest name of a rate, in runes, a statistic reads.
const maxRate = 14

// rateOf reads a rate stated as a percentage: a noun phrase ending in 率 or
// another ratio word (比重, 比例, 强度, 系数), maybe a link (为, 达到), then the
// percentage (全国城镇调查失业率为5.0%,
// 森林覆盖率达到24.02%; rule statistic:rate). The name is the object, and a
// place, organization or subject word that opens it the subject.
func (s *Stage) rateOf(v *view, si, lo int, p *pipeline.Mention) (pipeline.Fact, bool) {
	if p.Unit != "%" {
		return pipeline.Fact{}, false
	}
	return s.namedValue(v, si, lo, p, "statistic:rate", rateWord)
}

// measureOf reads a measure stated as a quantity in a unit, with no verb
// before it: a noun phrase ending in 量 or 数, maybe a link, then the
// quantity (9月份，全社会用电量7811亿千瓦时 → 全社会用电量, 7811亿 kWh; rule
// statistic:measure), as rateOf reads a rate. A bare counter (家, 个) says
// too little of what was counted to be read so.
func (s *Stage) measureOf(v *view, si, lo int, q *pipeline.Mention) (pipeline.Fact, bool) {
	if _, bare := s.words.Predicate(dictionaries.FactCounter, q.Unit); bare || q.Unit == "" {
		return pipeline.Fact{}, false
	}
	return s.namedValue(v, si, lo, q, "statistic:measure", measureWord)
}

// joiningVerb reports whether t is a one-character verb inside a name
// between nouns (全社会|跨|区域人员流动量) rather than the clause's verb: a noun
// before it, and no verb a fact reads.
func (s *Stage) joiningVerb(v *view, lo int, t *pipeline.Token) bool {
	if t.Pos != "v" || t.End-t.Start != 1 || strings.Contains("有是在为对把被将称", t.Text) {
		return false // 局部地区|有|降雨量
	}
	for _, kind := range []dictionaries.FactKind{dictionaries.FactStatistic, dictionaries.FactSpend, dictionaries.FactLight, dictionaries.FactFiller,
		dictionaries.FactLink, dictionaries.FactChange, dictionaries.FactModifier, dictionaries.FactSpeech} {
		if s.words.Starting(kind, v.text, t.Start, t.End) > 0 {
			return false
		}
	}
	p := v.tokenEnding(t.Start)
	return p != nil && p.Start >= lo && nounLike(p)
}

// measureWord reports whether a word names a measured amount: 用电量,
// 吞吐量, 客流量, 人数 (not 数量 or 总量 alone, which say nothing of what).
func measureWord(w string) bool {
	r := []rune(w)
	return len(r) >= 3 && (r[len(r)-1] == '量' || r[len(r)-1] == '数') || len(r) == 2 && (w == "人数" || w == "户数" || w == "产量" || w == "销量")
}

// namedValue reads a value p stated after a noun phrase whose last word
// isName accepts, maybe after a link: the phrase is the object, and a place,
// organization or subject word that opens it the subject.
func (s *Stage) namedValue(v *view, si, lo int, p *pipeline.Mention, rule string, isName func(string) bool) (pipeline.Fact, bool) {
	me, pred, filler := p.Start, "", ""
	// 首次突破2亿人次: a value its own qualifier links (突破, 超过) takes no
	// adverb before it for its verb.
	linked := s.words.Starting(dictionaries.FactLink, v.text, p.Start, p.End) > 0
	for range 3 {
		n := s.words.Ending(dictionaries.FactLink, v.text, lo, me)
		link := n > 0
		if n == 0 {
			n = s.words.Ending(dictionaries.FactFiller, v.text, lo, me)
		}
		if n == 0 || !v.aligned(me-n, me) {
			break
		}
		if w := v.slice(me-n, me); link && pred == "" && w != "了" {
			pred = w // 达到 of 达到了
		} else if !link && filler == "" && utf8.RuneCountInString(w) > 1 && w != "已经" && w != "一度" &&
			s.words.Starting(dictionaries.FactPlan, v.text, me-n, me) != n {
			filler = w // 超过, not 预计: a forecast is marked a plan, its verb is 为
		}
		me -= n
	}
	if pred == "" && !linked {
		pred = filler
	}
	if pred == "" {
		pred = "为"
	}
	t := v.tokenEnding(me)
	if t == nil || t.Start < lo || !isName(t.Text) || t.End-t.Start < 2 {
		return pipeline.Fact{}, false
	}
	ms, verbPassed, light := t.Start, false, -1
	for ms > lo && me-ms < maxRate && v.endingAt(ms, lo, pipeline.Date) == nil { // 3月份|美国失业率
		if rule == "statistic:measure" && s.words.Ending(dictionaries.FactChange, v.text, lo, ms) > 0 {
			return pipeline.Fact{}, false // 减少二氧化碳排放量2000多吨: by how much it fell, no level
		}
		if k := s.words.Ending(dictionaries.FactModifier, v.text, lo, ms); rule == "statistic:measure" && k > 0 {
			// 累计|成交量: how it was counted, as a statistic's verb would
			// say; inside a name that goes on before it (风电累计装机量), part
			// of the name.
			if u := v.tokenEnding(ms - k); !v.aligned(ms-k, ms) || u == nil || u.Start < lo || !nounLike(u) || me-u.Start > maxRate || verbPassed {
				break // 全行业共|完成运输总周转量: the clause's verb, no name
			}
			ms -= k
			continue
		}
		u := v.tokenEnding(ms)
		if u != nil && u.Start >= lo && u.Pos == "v" && light < 0 && s.words.Starting(dictionaries.FactLight, v.text, u.Start, u.End) == u.End-u.Start {
			light = u.Start // 民航|完成|旅客运输量: the clause's verb, no part of the name
		}
		if u == nil || u.Start < lo || !(nounLike(u) || u.Pos == "b" || u.Pos == "vn" || (u.Pos == "z" || u.Pos == "i" || u.Pos == "h") && v.nounAt(u.End) || latinWord(u.Text) ||
			u.Pos == "v" && u.End-u.Start > 1 || s.joiningVerb(v, lo, u)) || me-u.Start > maxRate {
			break // 研发投入/v 强度: verbs of two characters inside the name; 优良/z 断面, 无家可归者/i 人数, 非/h 化石能源, 4G/x 覆盖率
		}
		if u.End-u.Start == 1 && u.Start > lo && unicode.IsDigit(v.text[u.Start-1]) {
			break // 5|条|主要入湖河流: a count's counter, no part of the name
		}
		verbPassed = verbPassed || u.Pos == "v"
		ms = u.Start
	}
	if u := v.tokenEnding(ms); u != nil && u.Start >= lo && u.Pos == "a" && u.End-u.Start == 1 && ms < t.Start {
		ms = u.Start // 新/a 冠肺炎累计治愈率: an adjective opens the name
	}
	for _, m := range v.mentions(si, pipeline.Date) {
		if m.Start < me && m.End > ms && m.End < me {
			ms = m.End // 2022年|销量: gse's word 年销量 began inside the date
		}
	}
	for _, m := range v.mentions(si, pipeline.Duration) {
		if m.Start < ms && ms < m.End && m.End < me {
			ms = m.Start // 24小时降雨量: the span it was measured over is part of the name
		}
	}
	if k, ok := v.nounListBack(si, lo, ms); ok {
		ms = k // 风电、光伏累计装机量: what was measured of each
	}
	if k := v.contributionStart(lo, ms); k < ms {
		ms = k // 服务业增加值对经济增长的贡献率: whose contribution to what
	}
	if ms == t.Start && (bareRatio(t.Text) || rule == "statistic:measure" && t.End-t.Start == 2 && ms > lo && v.text[ms-1] == '的') {
		// 比例为34.9% says nothing of what; 全省绿色经济的比重 says it
		// before 的, and 冲突中死亡的人数 in words the rule does not read.
		if ms = v.ownedBefore(lo, ms); ms == t.Start {
			return pipeline.Fact{}, false
		}
	}
	if strings.ContainsRune(v.slice(ms, me), '、') && strings.Contains(v.slice(me, p.Start), "分别") {
		return pipeline.Fact{}, false // 基本养老、失业、工伤保险参保人数分别为10.5亿人: the first's, named with the others
	}
	owner, ownerAt := "", ms
	if v.text[ms] == '对' {
		owner, ownerAt = s.grownBefore(v, lo, ms) // 服务业增加值同比增长5.4%，对…的贡献率: 服务业增加值's
	}
	ms = s.pastIntent(v, ms, me) // 实现, 使, 显示 open no name
	for k := me - 1; k >= lo && !stopMark(v.text[k]); k-- {
		if v.text[k] == '占' {
			return pipeline.Fact{}, false // 占全国比重达49%: a share, read as one
		}
	}
	f := newFact(Statistic, rule, si, min(ms, ownerAt), p.End, 0.8)
	f.Predicate, f.Object = pred, owner+v.slice(ms, me)
	ns, ne, after := ms, me, "" // where a subject may open the name
	if owner != "" {
		// 重庆汽车产业增加值同比增长9.2%，对…的贡献率: the owner's subject.
		ns, ne, after = ownerAt, ownerAt+utf8.RuneCountInString(owner), v.slice(ms, me)
	}
	o, how, ok := s.metricSubject(v, si, lo, ns, ne)
	if ok && how == "name-dated" {
		f.Rule += "-" + how // 希腊目前的失业率: the owner across a time
	}
	if ok && len(o.mentions) == 1 && strings.HasPrefix(o.phrase, "裔") {
		// 拉美裔的接种率: people of that descent, not the place.
		o.name, o.phrase = o.mentions[0].Text+"裔", strings.TrimPrefix(o.phrase, "裔")
	}
	if ok && s.anaphor(o.name) {
		// 公司全年汽车总销量: the company named last, if any, and never 公司.
		f.Subject, f.Object = s.companyBefore(v, lo, o.end), v.slice(max(ns, o.end), ne)+after
		if f.Subject != "" {
			f.Rule += "|subject:company-coref"
		}
	} else if ok {
		f.Object = o.phrase + v.slice(max(ns, o.end), ne) + after
		takeSubject(&f, o.org, "")
	} else if o, ok := s.openingName(v, si, lo, ns); ok && owner == "" {
		// 2017年全国74个重点城市优良天数比例为73.4% → 全国.
		takeSubject(&f, o.org, "|subject:opening-name")
	} else if o, ok := s.topicSubject(v, si, lo, ns); ok && owner == "" && s.words.Starting(dictionaries.FactScope, v.text, ns, ne) == 0 {
		// 黑龙江全面推进老年助餐服务工作，力争…覆盖率达到50%: the clause
		// before names whose rate it is, unless the name says whose (全区…).
		takeSubject(&f, o, topicRule(o))
	}
	f.Object = strings.TrimPrefix(f.Object, "的") // 黑龙江的产量 → 黑龙江省, 产量
	if f.Object == "" {
		return pipeline.Fact{}, false
	}
	if light >= ms && owner == "" && strings.HasSuffix(f.Object, v.slice(v.tokenStarting(light).End, me)) {
		f.Object = v.slice(v.tokenStarting(light).End, me) // 我国民航预计完成|运输总周转量 → 中国, 运输总周转量
	} else {
		light = -1
	}
	if light >= 0 && f.Subject == "" {
		// 三季度民航完成旅客运输量1.8亿人次 → 民航, as a statistic's verb reads it.
		k := light
		for t := v.tokenEnding(k); t != nil && t.Start >= lo && light-t.Start <= maxObject && (nounLike(t) || t.Pos == "j" || t.Pos == "a" && t.End-t.Start == 1); t = v.tokenEnding(k) {
			k = t.Start
		}
		if k < light && v.clauseOpens(k, lo) {
			f.Subject, f.EvidenceStart = v.slice(k, light), min(f.EvidenceStart, k)
			if pred == "为" {
				f.Predicate = v.tokenStarting(light).Text // 完成, as a statistic's verb
			}
			if m := v.exact(k, light, pipeline.Org, pipeline.Place); m != nil {
				f.Subject = entity(m)
				addMention(&f, m)
			}
		}
	}
	setValue(&f, p)
	addMention(&f, p)
	d, context := v.dateFor(si, p.Start)
	setDate(&f, d, context)
	if f.Subject == "" && owner == "" {
		v.partSubject(si, lo, ms, &f, context) // 其中，太阳能发电装机容量约7.7亿千瓦
	}
	return f, true
}

// partSubject gives a statistic with no subject whose metric at pos opens a
// clause after 其中 (of which) the subject of the whole before it, as
// changes take it (rule |subject:whole; see wholeOf): …全国累计发电装机容量约
// 31.6亿千瓦…。其中，太阳能发电装机容量约7.7亿千瓦 → 全国. The part counts the
// whole's period when it has none of its own sentence (context: its date
// came from the paragraph).
func (v *view) partSubject(si, lo, pos int, f *pipeline.Fact, context bool) {
	w := v.wholeOf(si, lo, pos)
	if w == nil || w.Subject == "" {
		return
	}
	f.Subject = w.Subject
	f.Rule += "|subject:whole"
	if (f.DateStart == nil && f.DateEnd == nil || context) && (w.DateStart != nil || w.DateEnd != nil) {
		f.DateStart, f.DateEnd = w.DateStart, w.DateEnd
		f.Rule = strings.Replace(f.Rule, "|date:paragraph-context", "", 1)
	}
}

// countedTopics gives an amount with no subject whose clause opens with its
// predicate the subject of a statistic in the clause before, maybe past
// clauses of change: the money counts for who the count does (江西一季度开工
// 重点项目1534个，总投资达6600亿元 → 江西省), and its period when it has none.
// Amounts are read before statistics, so this runs after them; the rule says
// |subject:parallel.
func (s *Stage) countedTopics(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind != Amount || f.Subject != "" || strings.Contains(f.Rule, "|subject:") {
			continue
		}
		ps, known := v.predAt[i]
		if !known {
			continue
		}
		if g, phrase, ok := s.parallelFact(v, f.Sentence, v.sents[f.Sentence].Start, ps, Statistic); ok && g.Kind == Statistic {
			f.Subject = g.Subject
			if f.Object == "" {
				f.Object = phrase
			}
			f.Rule += "|subject:parallel"
			f.Confidence = 0.7
			if f.DateStart == nil && g.DateStart != nil {
				f.DateStart, f.DateEnd = g.DateStart, g.DateEnd // and its period
			}
		}
	}
}

func (s *Stage) statisticOf(v *view, si, lo int, q *pipeline.Mention) (pipeline.Fact, bool) {
	rule := "statistic:subject-verb-object-quantity"
	objStart, objEnd := -1, q.Start
	var vs int
	// The object between verb and count, shortest first: 引进企业825家.
	for os := q.Start; os >= max(lo, q.Start-maxObject); os-- {
		if os < q.Start && !s.nounsOnly(v, os, q.Start) {
			continue
		}
		if n := s.words.Ending(dictionaries.FactStatistic, v.text, lo, os); n > 0 && (os == q.Start || v.aligned(os-n, os)) {
			objStart, vs = os, os-n
			break
		}
	}
	if objStart < 0 {
		return pipeline.Fact{}, false
	}
	verb, _ := s.words.Predicate(dictionaries.FactStatistic, v.slice(vs, objStart))
	// Coordinated verbs count the same thing: 培育和引进企业30家.
	if c := vs - 1; c > lo && (v.text[c] == '和' || v.text[c] == '及' || v.text[c] == '与') {
		if n := s.words.Ending(dictionaries.FactStatistic, v.text, lo, c); n > 0 && v.aligned(c-n, c) {
			first, _ := s.words.Predicate(dictionaries.FactStatistic, v.slice(c-n, c))
			verb, vs = first+string(v.text[c])+verb, c-n
		}
	}
	if _, bare := s.words.Predicate(dictionaries.FactCounter, q.Unit); bare && objStart < q.Start && v.nounAt(q.End) {
		return pipeline.Fact{}, false // 吸引全球15个国家参展: the count's noun follows it, what is before is no object
	}
	evEnd := q.End
	if objStart == q.Start {
		// The object after the count: 引进825家企业.
		rule = "statistic:subject-verb-quantity-object"
		objStart, objEnd = q.End, q.End
		for objEnd < v.sents[si].End && objEnd-q.End < maxObject && !unicode.IsPunct(v.text[objEnd]) && !unicode.IsSpace(v.text[objEnd]) {
			objEnd++
		}
		if objEnd > q.End && v.modifies(objEnd, v.sents[si].End) {
			// 新增12个省（区、市）的…额度: the count is of whom the thing after 的 is for.
			return pipeline.Fact{}, false
		}
		if objEnd == q.End || objEnd-q.End >= maxObject || !s.nounsOnly(v, q.End, objEnd) {
			if objEnd > q.End {
				// Words after the count that are no object: the count belongs
				// to a phrase the rule cannot read (完成3000万人脱贫目标).
				return pipeline.Fact{}, false
			}
			objStart, objEnd = q.Start, q.Start
			rule = "statistic:subject-verb-object-quantity"
		} else {
			evEnd = objEnd
		}
	}
	// Modifiers are kept in the predicate, fillers skipped: 已累计引进 → 累计引进.
	pred, ss := verb, vs
	for range 4 {
		if n := s.words.Ending(dictionaries.FactModifier, v.text, lo, ss); n > 0 && !v.insideToken(ss-n) { // not 新 of 最新
			pred = v.slice(ss-n, ss) + pred
			ss -= n
		} else if n := s.words.Ending(dictionaries.FactFiller, v.text, lo, ss); n > 0 {
			ss -= n
		} else if t := v.tokenEnding(ss); t != nil && t.Start >= lo && t.Pos == "d" && (t.Text == "都" || t.Text == "均" || t.Text == "皆") {
			ss = t.Start // 日均客流都达到: all of them, no part of the subject
		} else if p := s.forOrWhere(v, lo, ss, verb); p > lo {
			ss = p // 私营经济已为古巴创造: for whom, no part of the subject
		} else {
			break
		}
	}
	if objStart == objEnd {
		// A bare counter (825家) says nothing without the noun it counts.
		if _, bare := s.words.Predicate(dictionaries.FactCounter, q.Unit); bare {
			return pipeline.Fact{}, false
		}
	}
	rs, subject, ok := s.statisticSubject(v, lo, ss)
	if !ok {
		return pipeline.Fact{}, false
	}
	if n := s.words.Ending(dictionaries.FactWhere, v.text, rs, ss); n > 0 && len(v.inside(si, rs, ss)) == 0 {
		// 船上共有33人, 现场签约重点项目33个: where, not who. A one-character
		// locative counts only at the end of a short word (机上, 楼内), not
		// of a name gse did not tag (湖里区 is none: it ends in 区).
		if t := v.tokenEnding(ss); n > 1 || t != nil && t.End-t.Start <= 2 {
			subject = ""
		}
	}
	if objStart < objEnd && s.pastPart(v, rs, ss) == ss {
		subject = "" // 局地新增积雪3厘米: where, not who
	}
	f := newFact(Statistic, rule, si, rs, evEnd, 0.85)
	f.Subject, f.Predicate = subject, pred
	for _, m := range v.inside(si, rs, ss) {
		addMention(&f, m)
	}
	if objEnd == q.Start {
		// A filler or a link between object and count is no part of the
		// object: 完成货物吞吐量预计23.4亿吨, 发送旅客突破100万人次.
		for objEnd > objStart {
			n := s.words.Ending(dictionaries.FactFiller, v.text, objStart, objEnd)
			if n == 0 {
				n = s.words.Ending(dictionaries.FactLink, v.text, objStart, objEnd)
			}
			if n == 0 || objEnd-n <= objStart || !v.aligned(objEnd-n, objEnd) {
				break // 查处违法行为: 为 of 行为 is no link
			}
			objEnd -= n
		}
	}
	if objStart < objEnd {
		f.Object = v.slice(objStart, objEnd)
	} else if se := rs + len([]rune(subject)); subject != "" && se <= ss && v.slice(rs, se) == subject && s.measureVerb(verb) {
		// No object: a subject that opens with a name or a subject word and
		// goes on with nouns names what was counted (全国粮食总产量达到… →
		// 全国, 粮食总产量; 成都室外温度达到35℃ → 四川省成都市, 室外温度).
		if name, e, ms, ok := v.chainStarting(rs, se); ok && e < se && !v.insideToken(e) && measuredPhrase(v, e, se) {
			// 甘肃张掖部分地区积雪最厚达到16厘米 → 甘肃省张掖市, 部分地区积雪最厚.
			f.Subject, f.Object = name, v.slice(e, se)
			for _, m := range ms {
				addMention(&f, m)
			}
		} else if m := v.startingMention(rs, se); m != nil && m.End < se && !v.insideToken(m.End) && (s.nounsOnly(v, m.End, se) || measuredPhrase(v, m.End, se)) {
			f.Subject, f.Object = entity(m), v.slice(m.End, se)
		} else if n, name := s.subjectStarting(v, rs, se); n > 0 && rs+n < se && v.aligned(rs, rs+n) && s.nounsOnly(v, rs+n, se) {
			f.Subject, f.Object = name, v.slice(rs+n, se) // 全省肉类总产量 → the document's province
		} else if len(v.inside(si, rs, se)) == 0 && s.words.Starting(dictionaries.FactSubject, v.text, rs, se) == 0 {
			// Nouns with no name are what was measured, of no one the
			// clause names: 原油产量达到2.13亿吨 → object 原油产量.
			f.Subject, f.Object = "", subject
			if m := v.nameBeforeDate(rs, lo); m != nil {
				f.Subject = entity(m)
				f.EvidenceStart = min(f.EvidenceStart, m.Start)
				addMention(&f, m)
			} else if o, ok := s.openingName(v, si, lo, rs); ok {
				// 截至目前，京津冀三省市高速公路总里程达到约1.1万公里 → 京津冀.
				takeSubject(&f, o.org, "|subject:opening-name")
			} else if o, ok := s.topicSubject(v, si, lo, rs); ok {
				// …的topic of the clause before: 我国绿色电力交易规模快速增长，交易量达到… → 中国.
				takeSubject(&f, o, topicRule(o))
			}
		}
	}
	if objStart == objEnd && f.Object != "" {
		// An object read from the subject's run ends where the run does:
		// 局地|达到37℃, 河北|中部不少地区|达到38℃. If it is only a part of
		// the area, the unit says what was measured (气温), or nothing does.
		se := rs + utf8.RuneCountInString(subject)
		if os := se - utf8.RuneCountInString(f.Object); se <= ss && v.slice(os, se) == f.Object && s.pastPart(v, os, se) == se {
			gauge, ok := s.words.Predicate(dictionaries.FactGauge, q.Unit)
			if !ok {
				return pipeline.Fact{}, false
			}
			f.Object = gauge
			f.Rule += "|object:gauge"
		}
	}
	if f.Subject == "" && f.Object == "" {
		return pipeline.Fact{}, false // 船上共有33人: counts nothing of anyone
	}
	setValue(&f, q)
	addMention(&f, q)
	d, context := v.dateFor(si, q.Start)
	setDate(&f, d, context)
	if f.Subject == "" && f.EvidenceStart == rs {
		v.partSubject(si, lo, rs, &f, context) // 其中，原油产量达到2.13亿吨
	}
	return f, true
}

// forOrWhere returns where a phrase of 为, 向, 给, 对 or 在 that ends at ss
// before an act's verb starts (私营经济已为古巴创造, 美国在全球拥有): for whom
// or where, no part of the subject. Else -1. Before a level's verb (达到) the
// phrase names what was measured (向北京输水量达到, 在园幼儿达到); other
// prepositions join parties or a range (立陶宛与白俄罗斯共有, 1至11月份).
func (s *Stage) forOrWhere(v *view, lo, ss int, verb string) int {
	if s.measureVerb(verb) {
		return -1
	}
	rs, _ := v.runBack(ss, lo)
	if rs >= ss {
		return -1
	}
	if p := v.prepositionBefore(rs, lo); v.prepositionAt(p, partyPrepositions+"在") {
		return p
	}
	return -1
}

// pastPart returns where [start, end) goes on after a word of part of an
// area that opens it (fact_words.tsv kind part: 局地, 部分地区, 不少地区),
// after a deictic word (上述) and directions (中部, 北部): it says where in a
// place the figure was measured, not what was measured nor whose (深圳局地降雨量
// → 降雨量). Else start.
func (s *Stage) pastPart(v *view, start, end int) int {
	pos := start
	if n := s.words.Starting(dictionaries.FactDeictic, v.text, pos, end); n > 0 && v.aligned(pos, pos+n) {
		pos += n // 上述部分地区
	}
	for t := v.tokenStarting(pos); t != nil && t.End < end && t.Pos == "f" && t.End-t.Start > 1; t = v.tokenStarting(pos) {
		pos = t.End // 中部不少地区, 北部部分地区
	}
	if n := s.words.Starting(dictionaries.FactPart, v.text, pos, end); n > 0 && v.aligned(pos, pos+n) {
		return pos + n
	}
	return start
}

// partMetrics reads past a part of an area that opens the metric of a
// statistic as read, once its subject rules have run: 深圳局地降雨量达到100毫米
// → 降雨量, and 平壤局部地区降水量 → 降水量 after |subject:metric-name took 平壤;
// and past a word for all of the place right before it (fact_words kind
// scope: 贵州全省平均降水量 → 平均降水量).
func (s *Stage) partMetrics(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind != Statistic || f.Object == "" {
			continue
		}
		ms, me, ok := v.objectSpan(f)
		if !ok {
			continue
		}
		if e := s.pastPart(v, ms, me); e > ms && e < me {
			f.Object = v.slice(e, me)
		} else if n := s.words.Starting(dictionaries.FactScope, v.text, ms, me); n > 0 && ms+n < me && v.aligned(ms, ms+n) && ms > f.EvidenceStart && v.endingAt(ms, f.EvidenceStart, pipeline.Place) != nil {
			f.Object = v.slice(ms+n, me) // 贵州全省平均降水量 → 贵州省, 平均降水量
		}
	}
}

// measuredPhrase reports whether [start, end) is whole tokens that say what
// was measured — nouns with adjectives, adverbs, places and directions among
// them (经营区内绿电交易量, 部分地区积雪最厚) — ending in a noun or an
// adjective, and no verb.
func measuredPhrase(v *view, start, end int) bool {
	last := ""
	for pos := start; pos < end; {
		t := v.tokenStarting(pos)
		if t == nil || t.End > end || !(nounLike(t) || t.Pos == "a" || t.Pos == "d" || t.Pos == "s" || t.Pos == "f") {
			return false
		}
		last, pos = t.Pos, t.End
	}
	return last != "" && last != "d" && last != "f"
}

// nameBeforeDate returns the PLACE or ORG mention that opens the clause
// right before a DATE mention ending at pos: 加拿大今年|林火过火面积 → 加拿大.
func (v *view) nameBeforeDate(pos, lo int) *pipeline.Mention {
	dm := v.endingAt(pos, lo, pipeline.Date)
	if dm == nil {
		return nil
	}
	if m := v.endingAt(dm.Start, lo, pipeline.Place, pipeline.Org); m != nil && v.clauseOpens(m.Start, lo) {
		return m
	}
	return nil
}

// insideToken reports whether pos lies inside a token that begins before it.
func (v *view) insideToken(pos int) bool {
	t := v.tokenHolding(pos)
	return t != nil && t.Start < pos
}

// measureVerb reports whether a statistic verb, maybe after a modifier,
// states a level rather than an act (达到, 累计达到, 完成, 实现: 全国粮食总产量
// 达到…), so that a subject going on with nouns names the measure.
func (s *Stage) measureVerb(verb string) bool {
	r := []rune(verb)
	return s.words.Ending(dictionaries.FactLink, r, 0, len(r)) > 0 || s.words.Ending(dictionaries.FactLight, r, 0, len(r)) > 0
}

// modifies reports whether the words ending at pos modify a noun after
// them: a bracket (区、市) and then 的.
func (v *view) modifies(pos, hi int) bool {
	if pos < hi && (v.text[pos] == '（' || v.text[pos] == '(') {
		for pos < hi && v.text[pos] != '）' && v.text[pos] != ')' {
			pos++
		}
		pos++
	}
	return pos < hi && v.text[pos] == '的'
}

// statisticSubject reads the subject that ends at ss: a run of words that
// opens its clause, after times, extended over the list it ends; or a
// subject word of fact_words.tsv that opens the clause (我国 → 中国). It
// returns where the subject starts and its name.
func (s *Stage) statisticSubject(v *view, lo, ss int) (int, string, bool) {
	// A time between the subject and the verb, and fillers around it:
	// 辽宁省博物馆春节期间接待…, 力争2024年新增….
	for ss > lo {
		if n := s.words.Ending(dictionaries.FactFiller, v.text, lo, ss); n > 0 {
			ss -= n
		} else if m := v.endingAt(ss, lo, pipeline.Date); m != nil {
			ss = m.Start
		} else if t := v.tokenEnding(ss); t != nil && t.Start >= lo && (t.Pos == "t" || t.Pos == "f" && t.End-t.Start > 1 && v.text[t.End-1] != '方') {
			// One-character places (上, 下) end words too often (线上线下),
			// and gse tags parties so too (中方, 双方).
			ss = t.Start
		} else {
			break
		}
	}
	rs, clean := v.runBack(ss, lo)
	if clean && rs < ss && !v.hasVerb(rs, ss) {
		opening := v.startingMention(rs, ss)
		// After the times, adverbs and verbs still belong to the clause:
		// 开业才一周就接待… has no subject.
		for rs = v.afterTime(rs, ss); rs < ss; {
			t := v.tokenStarting(rs)
			filler := t != nil && s.words.Starting(dictionaries.FactFiller, v.text, rs, ss) == t.End-t.Start // 力争/nz 早稻播种面积
			if t == nil || t.End > ss || !leading(t) && !filler || v.startsMention(rs) {
				break
			}
			rs = t.End
		}
		if rs < ss {
			rs = v.listBack(rs, lo)
			if m := v.exact(rs, ss, pipeline.Org, pipeline.Place); m != nil {
				return rs, entity(m), true
			}
			if name, ok := v.chain(rs, ss); ok {
				return rs, name, true // 陕西延安 → 陕西省延安市
			}
			if m := v.startingMention(rs, ss); m != nil && m.Type == pipeline.Place && m.End < ss &&
				s.words.Starting(dictionaries.FactScope, v.text, m.End, ss) == ss-m.End {
				return rs, entity(m), true // 广西全区累计开展… → 广西壮族自治区
			}
			if m := opening; m != nil && m.Type == pipeline.Place && m.End < rs && s.words.Starting(dictionaries.FactScope, v.text, rs, ss) == ss-rs {
				return m.Start, entity(m), true // 江苏前三季度全省 → 江苏省
			}
			// One character that is no name is a word of the clause (并).
			if n, name := s.subjectStarting(v, rs, ss); n == ss-rs {
				return rs, name, true // 全区 in a story about 广西
			}
			if s.words.Starting(dictionaries.FactLocal, v.text, rs, ss) == ss-rs {
				return 0, "", false // 当地 where the paragraph names no place
			}
			if ss-rs > 1 {
				return rs, v.slice(rs, ss), true
			}
		}
	}
	if n, name := s.subjectEnding(v, lo, ss); n > 0 && v.clauseOpens(ss-n, lo) {
		return ss - n, name, true
	}
	return 0, "", false
}

// afterTime returns where the subject [rs, ss) starts once the times in it
// are dropped: a time or number is when, not who (春节假期七天全国 → 全国).
func (v *view) afterTime(rs, ss int) int {
	start := rs
	for pos := rs; pos < ss; {
		t := v.tokenStarting(pos)
		if t == nil {
			pos++
			continue
		}
		if m := v.timeStarting(pos, ss); m != nil {
			start, pos = m.End, m.End // 江苏前三季度|全省: 三季度/mq
			continue
		}
		if m := v.startingMention(pos, ss); m != nil {
			pos = m.End // a name that begins with a numeral: 八岔村, 三亚
			continue
		}
		if t.Pos == "t" || t.Pos == "m" || t.Pos == "q" {
			start = t.End
		}
		pos = t.End
	}
	return start
}

// listBack extends a subject that starts at rs after "、" over the list it
// ends: 全国铁路、公路、水路、民航共发送旅客… counts for all four, not for 民航.
// The list's first item may follow times and numbers (春节假期七天全国铁路),
// not a verb.
func (v *view) listBack(rs, lo int) int {
	for rs-1 > lo && v.text[rs-1] == '、' {
		prev, _ := v.runBack(rs-1, lo)
		if prev >= rs-1 || v.hasVerb(prev, rs-1) {
			return rs
		}
		if t := v.tokenEnding(prev); t != nil && t.Start >= lo && strings.HasPrefix(t.Pos, "v") {
			return rs
		}
		if prev = v.afterTime(prev, rs-1); prev >= rs-1 {
			return rs
		}
		rs = prev
	}
	return rs
}

// nounsOnly reports whether [start, end) is whole tokens that are all nouns,
// or one ORG or PLACE mention.
func (s *Stage) nounsOnly(v *view, start, end int) bool {
	if v.exact(start, end, pipeline.Org, pipeline.Place) != nil {
		return true
	}
	for pos := start; pos < end; {
		t := v.tokenStarting(pos)
		if t == nil || t.End > end || !nounLike(t) {
			return false
		}
		pos = t.End
	}
	return true
}

// subset reads “，其中 object QUANTITY” after the count of f: a part of what f
// counted, with f's subject, predicate and date.
func (s *Stage) subset(v *view, si int, f pipeline.Fact, q, next *pipeline.Mention) {
	pos := q.End
	if pos >= len(v.text) || (v.text[pos] != ',' && v.text[pos] != '，') {
		return
	}
	const which = "其中"
	os := pos + 1 + len([]rune(which))
	if os > next.Start || v.slice(pos+1, os) != which || next.Start-os > 15 || next.Start == os || next.Unit != q.Unit || next.Value == nil {
		return
	}
	for _, r := range v.text[os:next.Start] {
		if unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsDigit(r) {
			return
		}
	}
	oe := next.Start
	for oe > os {
		n := s.words.Ending(dictionaries.FactLink, v.text, os, oe)
		if n == 0 {
			n = s.words.Ending(dictionaries.FactFiller, v.text, os, oe)
		}
		if n == 0 || n == oe-os {
			break
		}
		oe -= n // 其中野外麋鹿种群增长至3553头: 增长至 is no part of the name
	}
	obj := v.slice(os, oe)
	for _, w := range []string{"包括", "包含", "有", "含"} {
		obj = strings.TrimPrefix(obj, w) // 其中有682条: no part named
	}
	if obj == "" {
		return
	}
	g := newFact(Statistic, "statistic:subset", si, f.EvidenceStart, next.End, 0.8)
	g.Subject, g.Predicate, g.Object = f.Subject, f.Predicate, obj
	setValue(&g, next)
	g.DateStart, g.DateEnd = f.DateStart, f.DateEnd
	if strings.Contains(f.Rule, "|date:paragraph-context") {
		g.Rule += "|date:paragraph-context"
	}
	for _, id := range f.MentionIDs {
		if id != q.ID {
			g.MentionIDs = append(g.MentionIDs, id)
		}
	}
	addMention(&g, next)
	v.add(g)
}

// hasVerb reports whether a token of [start, end) outside ORG and PLACE
// mentions is a verb: 园区新增 is no subject.
func (v *view) hasVerb(start, end int) bool {
	for pos := start; pos < end; {
		if m := v.startingMention(pos, end); m != nil {
			pos = m.End
			continue
		}
		t := v.tokenStarting(pos)
		if t == nil {
			pos++
			continue
		}
		if strings.HasPrefix(t.Pos, "v") && t.Pos != "vn" {
			return true
		}
		pos = t.End
	}
	return false
}

// nounAt reports whether a noun-like token starts at pos.
func (v *view) nounAt(pos int) bool {
	t := v.tokenStarting(pos)
	return t != nil && nounLike(t)
}
