package facts

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// maxMetric is the longest metric, in runes, a change reads before its verb:
// 全国规模以上工业增加值, 规模以上航空航天器及设备制造业增加值.
const maxMetric = 20

var changeRule = &rule{
	name:    "change",
	kind:    Change,
	pattern: "amount|statistic fact , [compare] change-verb PERCENT, or [subject] metric [compare] change-verb PERCENT",
	find:    (*Stage).changes,
	examples: []example{
		// After money a spend verb gives, the money that grew; after goods,
		// the goods and the verb.
		{"中央财政下达城乡义务教育补助经费1739.3亿元，同比增长2.5%。我国出口文化产品137亿美元，同比增长10%。",
			[]string{"ORG:中央财政", "MONEY:1739.3亿元|173930000000|CNY", "PERCENT:2.5%|2.5|%", "MONEY:137亿美元|13700000000|USD", "PERCENT:10%|10|%"},
			[]string{"change:after-amount|中央财政|同比增长|城乡义务教育补助经费|2.5 %", "change:after-amount|place:subject|中国|同比增长|文化产品出口|10 %||中国"}},
		// Where 分别 splits the values, each place listed has its own and the
		// list takes the paragraph's period.
		{"今年上半年，我国吸收外资保持增长。英国、韩国对华投资金额分别同比增长56.9%、66.9%。",
			[]string{"DATE:今年上半年|2024-01-01|2024-07-01", "PLACE:英国|英国", "PLACE:韩国|韩国", "PLACE:华|中国", "PERCENT:56.9%|56.9|%", "PERCENT:66.9%|66.9|%"},
			[]string{"change:metric-percent|date:paragraph-context|respectively|place:subject|英国|同比增长|对华投资金额|56.9 %|2024-01-01|英国",
				"change:metric-percent|date:paragraph-context|respectively|place:subject|韩国|同比增长|对华投资金额|66.9 %|2024-01-01|韩国"}},
		// The last item's head is every item's (高技术产业|销售收入).
		{"高技术产业、数字经济核心产业销售收入同比分别增长10.6%和5.6%。",
			[]string{"PERCENT:10.6%|10.6|%", "PERCENT:5.6%|5.6|%"},
			[]string{"change:metric-percent|respectively||同比增长|高技术产业销售收入|10.6 %", "change:metric-percent|respectively||同比增长|数字经济核心产业销售收入|5.6 %"}},
		// An adverbial adjective inside the name before a noun (直接/ad 投资).
		{"今年全球外国直接投资下滑30%。",
			[]string{"DATE:今年|2024-01-01|2025-01-01", "PERCENT:30%|30|%"},
			[]string{"change:metric-percent||下降|全球外国直接投资|30 %|2024-01-01"}},
		// A point's number is no part of the metric.
		{"三是二氧化碳排放强度下降17%。",
			[]string{"PERCENT:17%|17|%"},
			[]string{"change:metric-percent||下降|二氧化碳排放强度|17 %"}},
		// A subject word can own the metric with 的.
		{"这十年，我国的单位GDP能耗下降12.9%。",
			[]string{"PERCENT:12.9%|12.9|%"},
			[]string{"change:name-percent|place:subject|中国|下降|单位GDP能耗|12.9 %||中国"}},
		// The date a change is measured against is not when it happened.
		{"2024年，全国服务业增加值比上年增长5%，客运能力比去年增加7.7%。",
			[]string{"DATE:2024年|2024-01-01|2025-01-01", "DATE:上年|2023-01-01|2024-01-01", "PERCENT:5%|5|%", "DATE:去年|2023-01-01|2024-01-01", "PERCENT:7.7%|7.7|%"},
			[]string{"change:word-percent|place:subject|中国|同比增长|服务业增加值|5 %|2024-01-01|中国", "change:metric-percent|subject:parallel|place:subject|中国|同比增长|客运能力|7.7 %|2024-01-01|中国"}},
		// What follows 为 (for), maybe after an adjective, is whom the
		// change serves, not what changed; 为 the copula keeps the metric.
		{"该材料为企业降低了30%的生产成本。", []string{"PERCENT:30%|30|%"}, nil},
		{"其中分别为出口增长10%。", []string{"PERCENT:10%|10|%"}, []string{"change:metric-percent||增长|出口|10 %"}},
		{"主要表现为出口增长10%。", []string{"PERCENT:10%|10|%"}, []string{"change:metric-percent||增长|出口|10 %"}},
		// After an amount the change is the amount's, with its subject and date.
		{"宜昌金宝乐器制造有限公司2023年实现营业收入1.2亿元，同比增长22.4%。",
			[]string{"MONEY:1.2亿元|120000000|CNY", "DATE:2023年|2023-01-01|2024-01-01", "PERCENT:22.4%|22.4|%"},
			[]string{"change:after-amount|宜昌金宝乐器制造有限公司|同比增长|营业收入|22.4 %|2023-01-01"}},
		// A share that changed is the metric, whole: written out, or after
		// the fact whose share it is.
		{"2012年服务业增加值占全市生产总值的比重增加了两个百分点。", []string{"DATE:2012年|2012-01-01|2013-01-01", "PERCENT:两个百分点|2|pp"},
			[]string{"change:metric-percent||增长|服务业增加值占全市生产总值的比重|2 pp|2012-01-01"}},
		{"我国机电产品出口5502.5亿美元，占总出口比重提高了0.5个百分点。", []string{"MONEY:5502.5亿美元|550250000000|USD", "PERCENT:0.5个百分点|0.5|pp"},
			[]string{"change:after-amount|place:subject|中国|增长|机电产品出口占总出口比重|0.5 pp||中国"}},
		// A clause that says how the change was computed names no metric:
		// the change is still the amount's.
		{"今年前5个月我国进出口总值10.51万亿元，扣除汇率因素同比增长10.9%。",
			[]string{"DATE:今年前5个月|2024-01-01|2024-06-01", "MONEY:10.51万亿元|10510000000000|CNY", "PERCENT:10.9%|10.9|%"},
			[]string{"change:after-amount|place:subject|中国|同比增长|进出口额|10.9 %|2024-01-01|中国"}},
		// After a statistic, its verb and object are what changed.
		{"今年上半年，四川共接待游客6.82亿人次，同比增长8.5%。",
			[]string{"DATE:今年上半年|2024-01-01|2024-07-01", "PLACE:四川", "QUANTITY:6.82亿人次|682000000|人次", "PERCENT:8.5%|8.5|%"},
			[]string{"change:after-statistic|四川|同比增长|共接待游客|8.5 %|2024-01-01"}},
		// A count with no object: what its verb counts changed, for its
		// subject.
		{"故宫接待9万人次，比去年同期增长了62%。",
			[]string{"PLACE:故宫", "QUANTITY:9万人次|90000|人次", "DATE:去年|2023-01-01|2024-01-01", "PERCENT:62%|62|%"},
			[]string{"change:after-statistic|故宫|同比增长|接待|62 %"}},
		// A metric written before the change, with a subject word.
		{"前三季度，我国规模以上工业增加值同比增长5.8%。",
			[]string{"DATE:前三季度|2024-01-01|2024-10-01", "PERCENT:5.8%|5.8|%"},
			[]string{"change:word-percent|place:subject|中国|同比增长|规模以上工业增加值|5.8 %|2024-01-01|中国"}},
		// A forecast word may open the clause before its subject.
		{"预计2013年德国经济增长1.0%。", []string{"DATE:2013年|2013-01-01|2014-01-01", "PLACE:德国|德国", "PERCENT:1.0%|1|%"},
			[]string{"change:name-percent|plan:marker|place:subject|德国|增长|经济|1 %|2013-01-01|德国"}},
		// A fall, of the national total.
		{"全国居民消费价格环比下降0.2%。", []string{"PERCENT:0.2%|0.2|%"},
			[]string{"change:word-percent|place:subject|中国|环比下降|居民消费价格|0.2 %||中国"}},
		// A verb joined to a measure word is the metric's head.
		{"全国民宿预订量同比增长13%。", []string{"PERCENT:13%|13|%"},
			[]string{"change:word-percent|place:subject|中国|同比增长|民宿预订量|13 %||中国"}},
		// A name, then a time, then the metric.
		{"美国1月零售销售额环比下降0.9%。",
			[]string{"PLACE:美国", "DATE:1月|2024-01-01|2024-02-01", "PERCENT:0.9%|0.9|%"},
			[]string{"change:name-percent|place:subject|美国|环比下降|零售销售额|0.9 %|2024-01-01|美国"}},
		// A metric with no subject of its own takes the topic of the clause
		// before.
		{"上半年，我国电子信息制造业生产快速增长，规模以上电子信息制造业增加值同比增长13.3%。", []string{"DATE:上半年|2024-01-01|2024-07-01", "PERCENT:13.3%|13.3|%"},
			[]string{"change:metric-percent|subject:topic|place:subject|中国|同比增长|规模以上电子信息制造业增加值|13.3 %|2024-01-01|中国"}},
		// A sentence that opens with 在 and a place says where.
		{"在上海，新能源汽车销量增长30%。", []string{"PLACE:上海|上海市", "PERCENT:30%|30|%"},
			[]string{"change:metric-percent||增长|新能源汽车销量|30 %||上海市"}},
		// A change right after another takes its subject.
		{"2024年，我国高技术制造业增加值比上年增长42%，数字经济核心产业增加值增长73.8%。", []string{"DATE:2024年|2024-01-01|2025-01-01", "PERCENT:42%|42|%", "PERCENT:73.8%|73.8|%"},
			[]string{"change:word-percent|place:subject|中国|同比增长|高技术制造业增加值|42 %|2024-01-01|中国", "change:metric-percent|subject:parallel|place:subject|中国|增长|数字经济核心产业增加值|73.8 %|2024-01-01|中国"}},
		// By an amount of money, when no amount reads it.
		{"前三季度，我国人民币贷款增加14.75万亿元。", []string{"DATE:前三季度|2024-01-01|2024-10-01", "MONEY:14.75万亿元|14750000000000|CNY"},
			[]string{"change:word-money|place:subject|中国|增长|人民币贷款|14750000000000 CNY|2024-01-01|中国"}},
		// Not up to a level: 增加到 is what it became.
		{"收入从60129亿元增加到83766亿元。", []string{"MONEY:60129亿元|6012900000000|CNY", "MONEY:83766亿元|8376600000000|CNY"}, nil},
		// A contribution to another's growth is no change of it.
		{"三季度拉动GDP增长4.6个百分点。", []string{"DATE:三季度|2024-07-01|2024-10-01", "PERCENT:4.6个百分点|4.6|pp"}, nil},
		{"投资能够拉动国内GDP增长338亿元。", []string{"MONEY:338亿元|33800000000|CNY"}, nil},
		{"全国一次死亡3人以上事故同比下降18.3%。", []string{"QUANTITY:3人以上|3|人", "PERCENT:18.3%|18.3|%"}, nil},
		// A subject word that opens the clause owns a metric that starts
		// after words that narrow it (|subject:opening-name); after 与 the
		// name is a partner's.
		{"今年上半年，全国船舶行业80家重点企业利润总额同比下降53.6%。",
			[]string{"DATE:今年上半年|2024-01-01|2024-07-01", "QUANTITY:80家|80|家", "PERCENT:53.6%|53.6|%"},
			[]string{"change:metric-percent|subject:opening-name|place:subject|中国|同比下降|重点企业利润总额|53.6 %|2024-01-01|中国"}},
		{"初步统计，2023年上海市高校、科研院所、医疗卫生机构等科研事业单位科技成果转化合同总数同比增长27.2%。",
			[]string{"DATE:2023年|2023-01-01|2024-01-01", "PLACE:上海市|上海市|310000|CN", "PERCENT:27.2%|27.2|%"},
			[]string{"change:metric-percent|subject:opening-name|place:subject|上海市|同比增长|科研事业单位科技成果转化合同总数|27.2 %|2023-01-01|上海市"}},
		// Words gse tags otherwise narrow it too: a suffix (普惠/nr 型/k), 各类,
		// a code (PM2.5), a noun a verb begins (充电/v 桩/zg); of a subject
		// word and a region after it (我国西部地区), the region owns it.
		{"3月末全国普惠型小微企业贷款余额同比增长21.1%。",
			[]string{"DATE:3月末|2024-03-21|2024-04-01", "PERCENT:21.1%|21.1|%"},
			[]string{"change:metric-percent|subject:opening-name|place:subject|中国|同比增长|小微企业贷款余额|21.1 %|2024-03-21|中国"}},
		{"今年以来全国各类企业登记数比去年同期增长25%。",
			[]string{"DATE:今年以来|2024-01-01|2024-06-04", "DATE:去年|2023-01-01|2024-01-01", "PERCENT:25%|25|%"},
			[]string{"change:metric-percent|subject:opening-name|place:subject|中国|同比增长|企业登记数|25 %|2024-01-01|中国"}},
		{"今年上半年北京PM2.5平均浓度同比下降8.1%。",
			[]string{"DATE:今年上半年|2024-01-01|2024-07-01", "PLACE:北京|北京市|110000|CN", "PERCENT:8.1%|8.1|%"},
			[]string{"change:metric-percent|subject:opening-name|place:subject|北京市|同比下降|平均浓度|8.1 %|2024-01-01|北京市"}},
		{"我国西部地区各省份有效发明专利量同比增长16.7%。", []string{"PERCENT:16.7%|16.7|%"},
			[]string{"change:metric-percent|subject:opening-name|西部地区|同比增长|有效发明专利量|16.7 %"}},
		// A topic's clause may say how it fares with an adjective alone
		// (良好), and times may open the metric's.
		{"中国经济基本面良好，今年上半年国内生产总值同比增长7.6%。",
			[]string{"PLACE:中国|中国||CN", "DATE:今年上半年|2024-01-01|2024-07-01", "PERCENT:7.6%|7.6|%"},
			[]string{"change:metric-percent|subject:topic|place:subject|中国|同比增长|国内生产总值|7.6 %|2024-01-01|中国"}},
		// A body named by its suffix after the place that opens it owns the
		// metric after 的.
		{"上半年，中国船舶重工集团的利润总额同比增长7.7%。",
			[]string{"DATE:上半年|2024-01-01|2024-07-01", "PLACE:中国|中国||CN", "PERCENT:7.7%|7.7|%"},
			[]string{"change:name-percent|中国船舶重工集团|同比增长|利润总额|7.7 %|2024-01-01"}},
		{"商务部监测的5000家重点企业上半年零售额同比增长4.6%。",
			[]string{"ORG:商务部|中华人民共和国商务部", "QUANTITY:5000家|5000|家", "DATE:上半年|2024-01-01|2024-07-01", "PERCENT:4.6%|4.6|%"},
			[]string{"change:metric-percent||同比增长|零售额|4.6 %|2024-01-01"}},
		{"今年1—3月，中国与中亚五国贸易额同比增长22%。",
			[]string{"DATE:今年1—3月|2024-01-01|2024-04-01", "PLACE:中国", "PLACE:中亚", "PERCENT:22%|22|%"},
			[]string{"change:metric-percent||同比增长|贸易额|22 %|2024-01-01"}},
		// A sentence that only says how a country or place fares names
		// whose the figures after it are (|subject:sentence-topic); not
		// when the name opens a company's.
		{"今年以来，我国发展新动能继续壮大。1—4月份，高技术产业投资同比增长14.7%。",
			[]string{"DATE:今年以来|2024-01-01|2024-06-01", "DATE:1—4月份|2024-01-01|2024-05-01", "PERCENT:14.7%|14.7|%"},
			[]string{"change:metric-percent|subject:sentence-topic|place:subject|中国|同比增长|高技术产业投资|14.7 %|2024-01-01|中国"}},
		// So does a statistical region a subject word names.
		{"与此同时，西部地区人民生活水平持续提高。2017年城镇和农村居民人均可支配收入年均增长超过10%。",
			[]string{"DATE:2017年|2017-01-01|2018-01-01", "PERCENT:超过10%|10|%"},
			[]string{"change:metric-percent|subject:sentence-topic|西部地区|年均增长|城镇和农村居民人均可支配收入|10 %|2017-01-01"}},
		{"记者从中国邮政集团有限公司获悉，中国邮政已建成1188个县级共配中心。上半年，农产品销售收入达到96.3亿元，同比增长37.8%。",
			[]string{"ORG:中国邮政集团有限公司", "PLACE:中国", "PLACE:中国", "QUANTITY:1188个|1188|个", "DATE:上半年|2024-01-01|2024-07-01", "MONEY:96.3亿元|9630000000|CNY", "PERCENT:37.8%|37.8|%"},
			[]string{"change:after-amount||同比增长|农产品销售收入|37.8 %|2024-01-01"}},
		// A state body's report names the state whose figures follow when
		// they name no one of their own (|subject:source-state): the bureau's
		// country, not the bureau, and not another's, after a place.
		{"国家统计局今天发布数据显示，1至11月份，规模以上工业增加值同比增长6.6%。",
			[]string{"ORG:国家统计局", "DATE:今天|2024-06-04|2024-06-05", "DATE:1至11月份|2024-01-01|2024-12-01", "PERCENT:6.6%|6.6|%"},
			[]string{"change:metric-percent|subject:source-state|place:subject|中国|同比增长|规模以上工业增加值|6.6 %|2024-01-01|中国"}},
		{"据美国商务部20日发布的数据，一季度，实际国内生产总值环比增长1.6%。",
			[]string{"ORG:美国商务部", "DATE:20日|2024-05-20|2024-05-21", "DATE:一季度|2024-01-01|2024-04-01", "PERCENT:1.6%|1.6|%"},
			[]string{"change:metric-percent|subject:source-state|place:subject|美国|环比增长|实际国内生产总值|1.6 %|2024-01-01|美国"}},
		// …and so is the parallel figure after ；, and its change.
		{"国家统计局发布数据，7月公路货运量为35亿吨，同比增长8%；水路货运量为7亿吨，同比增长6.9%。",
			[]string{"ORG:国家统计局", "DATE:7月|2024-07-01|2024-08-01", "QUANTITY:35亿吨|3500000000|t", "PERCENT:8%|8|%", "QUANTITY:7亿吨|700000000|t", "PERCENT:6.9%|6.9|%"},
			[]string{"change:after-statistic|subject:source-state|place:subject|中国|同比增长|公路货运量|8 %|2024-07-01|中国",
				"change:after-statistic|subject:parallel-figure|place:subject|中国|同比增长|水路货运量|6.9 %|2024-07-01|中国"}},
		// …also where the metric comes after a light verb or nouns, not
		// the same metric after nouns of another's.
		{"宁波舟山港今年1—6月完成货物吞吐量7.08亿吨，同比增长4.2%；完成集装箱吞吐量1916.5万标准箱，同比增长8.4%。",
			[]string{"ORG:宁波舟山港", "DATE:今年1—6月|2024-01-01|2024-07-01", "QUANTITY:7.08亿吨|708000000|t", "PERCENT:4.2%|4.2|%", "QUANTITY:1916.5万标准箱|19165000|标准箱", "PERCENT:8.4%|8.4|%"},
			[]string{"change:after-statistic|宁波舟山港|同比增长|货物吞吐量|4.2 %|2024-01-01",
				"change:after-statistic|subject:parallel-figure|宁波舟山港|同比增长|集装箱吞吐量|8.4 %|2024-01-01"}},
		{"欧盟11月通胀率为11.1%，同比上升1个百分点；欧元区11月通胀率为10.1%，同比上升2个百分点。",
			[]string{"ORG:欧盟|欧洲联盟", "DATE:11月|2024-11-01|2024-12-01", "PERCENT:11.1%|11.1|%", "PERCENT:1个百分点|1|pp", "DATE:11月|2024-11-01|2024-12-01", "PERCENT:10.1%|10.1|%", "PERCENT:2个百分点|2|pp"},
			[]string{"change:after-statistic|欧洲联盟|同比增长|通胀率|1 pp|2024-11-01", "change:after-statistic||同比增长|通胀率|2 pp|2024-11-01"}},
		{"4日，西部联盟银行股价下跌超过38%，第一地平线银行下跌超过33%。",
			[]string{"DATE:4日|2024-05-04|2024-05-05", "ORG:西部联盟银行", "PERCENT:超过38%|38|%", "PERCENT:超过33%|33|%"},
			[]string{"change:name-percent|西部联盟银行|下降|股价|38 %|2024-05-04", "change:metric-percent||下降|地平线银行|33 %|2024-05-04"}},
		{"中国工商银行数据显示，一季度，个人贷款余额同比增长6%。",
			[]string{"ORG:中国工商银行", "DATE:一季度|2024-01-01|2024-04-01", "PERCENT:6%|6|%"},
			[]string{"change:metric-percent||同比增长|个人贷款余额|6 %|2024-01-01"}},
		// A place that opens the metric as read owns it (|subject:metric-name);
		// not one after 的, inside what it describes.
		{"与此同时，两年内韩国KOSPI指数上涨88.92%。",
			[]string{"PLACE:韩国|韩国||KR", "PERCENT:88.92%|88.92|%"},
			[]string{"change:metric-percent|subject:metric-name|place:subject|韩国|增长|KOSPI指数|88.92 %||韩国"}},
		{"新能源汽车共有278台，相比上届的北京国际车展增长了70%。",
			[]string{"QUANTITY:278台|278|台", "PLACE:北京|北京市|110000|CN", "PERCENT:70%|70|%"},
			[]string{"change:metric-percent||增长|北京国际车展|70 %"}},
		// A place or organization owns the metric through 的.
		{"今年，中国集成电路产业的销售额同比增长16%。", []string{"DATE:今年|2024-01-01|2025-01-01", "PLACE:中国", "PERCENT:16%|16|%"},
			[]string{"change:name-percent|place:subject|中国|同比增长|集成电路产业销售额|16 %|2024-01-01|中国"}},
		// A part after 其中 is of the whole's subject and period.
		{"今年前三季度，全国规模以上工业增加值同比增长4.0%。其中，装备制造业增加值增长6.0%。",
			[]string{"DATE:今年前三季度|2024-01-01|2024-10-01", "PERCENT:4.0%|4|%", "PERCENT:6.0%|6|%"},
			[]string{"change:word-percent|place:subject|中国|同比增长|规模以上工业增加值|4 %|2024-01-01|中国", "change:metric-percent|subject:whole|place:subject|中国|增长|装备制造业增加值|6 %|2024-01-01|中国"}},
		// Nouns joined by 和 are one metric, unless 分别 splits them.
		{"电气机械和器材制造业增长12.7%。", []string{"PERCENT:12.7%|12.7|%"},
			[]string{"change:metric-percent||增长|电气机械和器材制造业|12.7 %"}},
		// Words of intent and light verbs that open a metric are no part of
		// it; 相关 is.
		{"今年争取全区企业研发经费投入增长10%以上。", []string{"DATE:今年|2024-01-01|2025-01-01", "PERCENT:10%以上|10|%"},
			[]string{"change:metric-percent||增长|全区企业研发经费投入|10 %|2024-01-01"}},
		{"3月份完成投资同比增长4.1%，相关环节增长7%。", []string{"DATE:3月份|2024-03-01|2024-04-01", "PERCENT:4.1%|4.1|%", "PERCENT:7%|7|%"},
			[]string{"change:metric-percent||同比增长|投资|4.1 %|2024-03-01", "change:metric-percent||增长|相关环节|7 %|2024-03-01"}},
		// A count that something has changes as the thing counted.
		{"全国共有养老机构3.8万个，同比增长10.4%。", []string{"QUANTITY:3.8万个|38000|个", "PERCENT:10.4%|10.4|%"},
			[]string{"change:after-statistic|place:subject|中国|同比增长|养老机构|10.4 %||中国"}},
		// A statistical release names whose figures they are once.
		{"上半年，全国规模以上工业增加值同比增长6.0%。分三大门类看，采矿业增加值增长5.4%。", []string{"DATE:上半年|2024-01-01|2024-07-01", "PERCENT:6.0%|6|%", "PERCENT:5.4%|5.4|%"},
			[]string{"change:word-percent|place:subject|中国|同比增长|规模以上工业增加值|6 %|2024-01-01|中国", "change:metric-percent|date:paragraph-context|subject:sentence-before|place:subject|中国|增长|采矿业增加值|5.4 %|2024-01-01|中国"}},
		// A causative or a word of report opens no metric.
		{"智慧港口让整体作业效率提升20%。", []string{"PERCENT:20%|20|%"},
			[]string{"change:metric-percent||增长|整体作业效率|20 %"}},
		// Without 分别 a list joined by 、 is the metric whole.
		{"燕窝、鲍鱼销量下降40%左右。", []string{"PERCENT:40%左右|40|%"},
			[]string{"change:metric-percent||下降|燕窝、鲍鱼销量|40 %"}},
		// 分别 pairs a list of metrics with as many values.
		{"今年一季度，进口和出口分别增长5.1%和6.6%。", []string{"DATE:今年一季度|2024-01-01|2024-04-01", "PERCENT:5.1%|5.1|%", "PERCENT:6.6%|6.6|%"},
			[]string{"change:metric-percent|respectively||增长|进口|5.1 %|2024-01-01", "change:metric-percent|respectively||增长|出口|6.6 %|2024-01-01"}},
		{"前7月，德国、韩国、日本对华投资分别增长72.4%、69.7%、12.6%。", []string{"DATE:前7月|2024-01-01|2024-08-01", "PLACE:德国", "PLACE:韩国", "PLACE:日本", "PERCENT:72.4%|72.4|%", "PERCENT:69.7%|69.7|%", "PERCENT:12.6%|12.6|%"},
			[]string{"change:metric-percent|respectively|place:subject|德国|增长|对华投资|72.4 %|2024-01-01|德国", "change:metric-percent|respectively|place:subject|韩国|增长|对华投资|69.7 %|2024-01-01|韩国", "change:metric-percent|respectively|place:subject|日本|增长|对华投资|12.6 %|2024-01-01|日本"}},
		{"前11个月，长三角区域对东盟、欧盟进出口分别增长9.4%、3.9%。", []string{"DATE:前11个月|2024-01-01|2024-12-01", "PLACE:长三角", "ORG:东盟|东南亚国家联盟", "ORG:欧盟|欧洲联盟", "PERCENT:9.4%|9.4|%", "PERCENT:3.9%|3.9|%"},
			[]string{"change:metric-percent|respectively|长三角|增长|东盟进出口|9.4 %|2024-01-01", "change:metric-percent|respectively|长三角|增长|欧盟进出口|3.9 %|2024-01-01"}},
		// A list with no subject of its own takes the sentence before's, as
		// one change does (|subject:sentence-before).
		{"7月份，全国全社会用电量9396亿千瓦时，同比增长5.7%。第一产业、第二产业、第三产业、居民生活用电量分别同比增长1.5%、5.0%、7.8%和5.9%。",
			[]string{"DATE:7月份|2024-07-01|2024-08-01", "QUANTITY:9396亿千瓦时|939600000000|kWh", "PERCENT:5.7%|5.7|%", "PERCENT:1.5%|1.5|%", "PERCENT:5.0%|5|%", "PERCENT:7.8%|7.8|%", "PERCENT:5.9%|5.9|%"},
			[]string{"change:after-statistic|place:subject|中国|同比增长|全社会用电量|5.7 %|2024-07-01|中国",
				"change:metric-percent|date:paragraph-context|subject:sentence-before|respectively|place:subject|中国|同比增长|第一产业用电量|1.5 %|2024-07-01|中国",
				"change:metric-percent|date:paragraph-context|subject:sentence-before|respectively|place:subject|中国|同比增长|第二产业用电量|5 %|2024-07-01|中国",
				"change:metric-percent|date:paragraph-context|subject:sentence-before|respectively|place:subject|中国|同比增长|第三产业用电量|7.8 %|2024-07-01|中国",
				"change:metric-percent|date:paragraph-context|subject:sentence-before|respectively|place:subject|中国|同比增长|居民生活用电量|5.9 %|2024-07-01|中国"}},
		// Values after 分别 pair with the amounts read one for each name.
		{"前两个月，我国对东盟、欧盟分别进出口1.07万亿元、1.02万亿元，同比分别增长26.1%、36.4%。",
			[]string{"DATE:前两个月|2024-01-01|2024-03-01", "ORG:东盟|东南亚国家联盟", "ORG:欧盟|欧洲联盟", "MONEY:1.07万亿元|1070000000000|CNY", "MONEY:1.02万亿元|1020000000000|CNY", "PERCENT:26.1%|26.1|%", "PERCENT:36.4%|36.4|%"},
			[]string{"change:after-amount|respectively|place:subject|中国|同比增长|东南亚国家联盟进出口额|26.1 %|2024-01-01|中国", "change:after-amount|respectively|place:subject|中国|同比增长|欧洲联盟进出口额|36.4 %|2024-01-01|中国"}},
		{"全国国有文化企业营业总收入1.7万亿元，利润总额1533.3亿元，分别比上年增长13.1%、2.8%。",
			[]string{"MONEY:1.7万亿元|1700000000000|CNY", "MONEY:1533.3亿元|153330000000|CNY", "PERCENT:13.1%|13.1|%", "PERCENT:2.8%|2.8|%"},
			[]string{"change:after-amount|respectively|全国国有文化企业|同比增长|营业收入|13.1 %", "change:after-amount|respectively|全国国有文化企业|同比增长|利润|2.8 %"}},
		// A clause with a count and no fact of its own is a part too.
		{"一季度，全国期货市场累计成交量18.49亿手，累计成交额141.36万亿元，同比分别增长69.86%和83.08%。",
			[]string{"DATE:一季度|2024-01-01|2024-04-01", "QUANTITY:18.49亿手|1849000000|手", "MONEY:141.36万亿元|141360000000000|CNY", "PERCENT:69.86%|69.86|%", "PERCENT:83.08%|83.08|%"},
			[]string{"change:after-statistic|respectively|place:subject|中国|同比增长|期货市场累计成交量|69.86 %|2024-01-01|中国", "change:after-amount|respectively|place:subject|中国|同比增长|成交额|83.08 %|2024-01-01|中国"}},
		{"全年收案21081件，结案17855件，同比分别增长54.6%、29.5%。",
			[]string{"QUANTITY:21081件|21081|件", "QUANTITY:17855件|17855|件", "PERCENT:54.6%|54.6|%", "PERCENT:29.5%|29.5|%"},
			[]string{"change:after-count|respectively||同比增长|收案|54.6 %", "change:after-count|respectively||同比增长|结案|29.5 %"}},
		{"今年前10个月，我国粗钢、生铁、钢材产量分别同比增长1.4%、2.3%和5.7%。", []string{"DATE:今年前10个月|2024-01-01|2024-11-01", "PERCENT:1.4%|1.4|%", "PERCENT:2.3%|2.3|%", "PERCENT:5.7%|5.7|%"},
			[]string{"change:metric-percent|respectively|place:subject|中国|同比增长|粗钢产量|1.4 %|2024-01-01|中国", "change:metric-percent|respectively|place:subject|中国|同比增长|生铁产量|2.3 %|2024-01-01|中国", "change:metric-percent|respectively|place:subject|中国|同比增长|钢材产量|5.7 %|2024-01-01|中国"}},
		{"截至5月5日，全国刑事、治安警情同比分别下降3.6%、2.1%。", []string{"DATE:截至5月5日|2024-01-01|2024-05-06", "PERCENT:3.6%|3.6|%", "PERCENT:2.1%|2.1|%"},
			[]string{"change:word-percent|respectively|place:subject|中国|同比下降|刑事|3.6 %|2024-01-01|中国", "change:word-percent|respectively|place:subject|中国|同比下降|治安警情|2.1 %|2024-01-01|中国"}},
		{"汽、柴油价格每吨分别提高420元和400元。", []string{"MONEY:420元|420|CNY", "MONEY:400元|400|CNY"}, nil},
		{"今年上半年粤港澳大湾区内地9市进出口同比增长4.3%。", []string{"DATE:今年上半年|2024-01-01|2024-07-01", "PLACE:粤港澳大湾区", "PERCENT:4.3%|4.3|%"},
			[]string{"change:name-percent|粤港澳大湾区|同比增长|内地9市进出口|4.3 %|2024-01-01"}},
		// 地区 after a place is the region's, no part of the metric.
		{"西北地区用电量增长5%。", []string{"PLACE:西北", "PERCENT:5%|5|%"},
			[]string{"change:name-percent|西北|增长|用电量|5 %"}},
		// A total or a time is no metric.
		{"两项合计减少253.1亿元。", []string{"MONEY:253.1亿元|25310000000|CNY"}, nil},
		{"金价上一交易日下跌140.3美元。", []string{"MONEY:140.3美元|140.3|USD"}, nil},
		// A prefix belongs to the metric: without 非 it says the opposite.
		{"非化石能源发电量同比增长10%。", []string{"PERCENT:10%|10|%"},
			[]string{"change:metric-percent||同比增长|非化石能源发电量|10 %"}},
		// A metric without a subject.
		{"出口额同比下降3%。", []string{"PERCENT:3%|3|%"},
			[]string{"change:metric-percent||同比下降|出口额|3 %"}},
		// A quoted name is part of the metric.
		{"前三季度，共建“一带一路”国家进出口增长2.8%。", []string{"PERCENT:2.8%|2.8|%"},
			[]string{"change:metric-percent||增长|共建“一带一路”国家进出口|2.8 %"}},
		{"十年来，农村居民人均可支配收入年均实际增长6.9%。", []string{"PERCENT:6.9%|6.9|%"},
			[]string{"change:metric-percent||年均实际增长|农村居民人均可支配收入|6.9 %"}},
		// A modifier is part of the predicate; a comparison base is no metric.
		{"我国软件业务收入年均增长14.5%。", []string{"PERCENT:14.5%|14.5|%"},
			[]string{"change:word-percent|place:subject|中国|年均增长|软件业务收入|14.5 %||中国"}},
		// Two comparison words are one: 较上年同比增长.
		{"收入18.95亿元，较上年同比增长25.2%。", []string{"MONEY:18.95亿元|1895000000|CNY", "PERCENT:25.2%|25.2|%"},
			[]string{"change:after-amount||同比增长|收入|25.2 %"}},
		{"消费支出较2019年同期增长9.9%。", []string{"DATE:2019年|2019-01-01|2020-01-01", "PERCENT:9.9%|9.9|%"}, nil},
		{"比初步核算数提高0.1个百分点。", []string{"PERCENT:0.1个百分点|0.1|pp"}, nil},
		// A name alone is whose change it is, not what changed.
		{"美国上升1.0%，日本下降2.3%。", []string{"PLACE:美国", "PLACE:日本", "PERCENT:2.3%|2.3|%"}, nil},
		// A list with 分别 has no metric before the change.
		{"汽车产销量分别完成1823.5万辆和1826.9万辆，同比分别增长12.7%和13.3%。",
			[]string{"QUANTITY:1823.5万辆|18235000|辆", "QUANTITY:1826.9万辆|18269000|辆", "PERCENT:12.7%|12.7|%"}, nil},
		// Trade with a partner after 对 is no metric; nor is a list's last
		// item before 分别.
		{"中国对欧盟增长3.3%。", []string{"PLACE:中国", "ORG:欧盟", "PERCENT:3.3%|3.3|%"}, nil},
		{"在线旅游服务和在线文娱销售额分别增长241.1%和80%。", []string{"PERCENT:241.1%|241.1|%"}, nil},
		// No metric: 增长5% says what grew nowhere, nor does a time.
		{"2005年的时候增长了将近七成。", []string{"DATE:2005年|2005-01-01|2006-01-01", "PERCENT:将近七成|70|%"}, nil},
		{"他说，增长5%并不容易。", []string{"PERCENT:5%|5|%"}, nil},
		// A share, not a change.
		{"占比超40%。", []string{"PERCENT:超40%|40|%"}, nil},
		// A code of letters and digits is part of the metric's name.
		{"春节期间，我国5G流量使用量同比增长了72.7%。", []string{"PERCENT:72.7%|72.7|%"},
			[]string{"change:word-percent|place:subject|中国|同比增长|5G流量使用量|72.7 %||中国"}},
		// A topic chain past a clause with a count of its own.
		{"春节期间，全国共发生火灾12025起，死亡51人，火灾起数同比下降12.8%。",
			[]string{"QUANTITY:12025起|12025|起", "QUANTITY:51人|51|人", "PERCENT:12.8%|12.8|%"},
			[]string{"change:metric-percent|subject:topic-chain|place:subject|中国|同比下降|火灾起数|12.8 %||中国"}},
		// The last name of a list is no subject of the list's metric alone:
		// places listed with 、 that open the metric share its figure, and
		// the subject is each of them (|subject:listed), unless 分别 splits it.
		{"安徽、云南重点监测企业家电销售额增长15%左右，宁夏重点监测企业通讯器材销售额增长14.2%。",
			[]string{"PLACE:安徽|安徽省", "PLACE:云南|云南省", "PERCENT:15%左右|15|%", "PLACE:宁夏|宁夏回族自治区", "PERCENT:14.2%|14.2|%"},
			[]string{"change:metric-percent|subject:listed|安徽省、云南省|增长|重点监测企业家电销售额|15 %", "change:name-percent|place:subject|宁夏回族自治区|增长|重点监测企业通讯器材销售额|14.2 %||宁夏回族自治区"}},
		// A topic's nouns may be joined by 和, and the predicate may end a
		// word gse read whole (软件业务收入).
		{"我国软件和信息技术服务业运行态势平稳，软件业务收入64570亿元，同比增长13.6%，利润总额同比增长13.4%。",
			[]string{"MONEY:64570亿元|6457000000000|CNY", "PERCENT:13.6%|13.6|%", "PERCENT:13.4%|13.4|%"},
			[]string{"change:after-amount|place:subject|中国|同比增长|软件业务收入|13.6 %||中国", "change:metric-percent|subject:parallel|place:subject|中国|同比增长|利润总额|13.4 %||中国"}},
		// The metric is the whole noun phrase: nouns joined by 类, and
		// after an amount that read its predicate only, the nouns before it;
		// a time word is none.
		{"上半年全国知识产权类案件同比增长12%。", []string{"PERCENT:12%|12|%"},
			[]string{"change:word-percent|place:subject|中国|同比增长|知识产权类案件|12 %||中国"}},
		{"其中税收收入136072亿元，同比增长11.2%；非税收入25676亿元，同比下降4.5%。",
			[]string{"MONEY:136072亿元|13607200000000|CNY", "PERCENT:11.2%|11.2|%", "MONEY:25676亿元|2567600000000|CNY", "PERCENT:4.5%|4.5|%"},
			[]string{"change:after-amount||同比增长|税收收入|11.2 %", "change:after-amount||同比下降|非税收入|4.5 %"}},
		{"税收收入连续6个季度增长超过10%。", []string{"QUANTITY:6个|6|个", "PERCENT:超过10%|10|%"}, nil},
		// A partner after 与 that opens the clause of trade is the object's.
		{"与此同时，与欧盟进出口2.72万亿元，增长10.8%。", []string{"ORG:欧盟", "MONEY:2.72万亿元|2720000000000|CNY", "PERCENT:10.8%|10.8|%"},
			[]string{"change:after-amount||增长|与欧盟进出口额|10.8 %"}},
		// The topic of a topic chain owns a metric that opens its clause.
		{"近年来，日照港坚持科技引领，建成顺岸开放式全自动化集装箱码头，单机平均效率提升50%。",
			[]string{"PLACE:日照港", "PERCENT:50%|50|%"},
			[]string{"change:metric-percent|subject:topic-chain|日照港|增长|单机平均效率|50 %"}},
		// …and across a clause that is only a time.
		{"深圳已构建完整的新能源汽车产业集群，今年前三季度，智能网联汽车产业同比增长了44.8%。",
			[]string{"PLACE:深圳|广东省深圳市|440300|CN", "DATE:今年前三季度|2024-01-01|2024-10-01", "PERCENT:44.8%|44.8|%"},
			[]string{"change:metric-percent|subject:topic-chain|place:subject|广东省深圳市|同比增长|智能网联汽车产业|44.8 %|2024-01-01|广东省深圳市"}},
	},
}

// changes finds, for every PERCENT mention after a change verb, and every
// MONEY mention there that no amount fact reads, what changed by it.
func (s *Stage) changes(v *view) {
	made := len(v.facts)   // the facts of the rules before this one
	used := map[int]bool{} // MONEY mentions an amount already reads
	for i := range made {
		for _, id := range v.facts[i].MentionIDs {
			used[id] = true
		}
	}
	for si := range v.sents {
		lo := v.sents[si].Start
		for _, p := range v.mentions(si, pipeline.Percent) {
			if p.Value != nil {
				s.changeOf(v, si, lo, p, made)
			}
		}
		// Money right after a change verb is by how much something grew
		// (人民币贷款增加14.75万亿元), when no amount reads it.
		for _, p := range v.mentions(si, pipeline.Money) {
			if p.Value != nil && !used[p.ID] {
				s.changeOf(v, si, lo, p, made)
			}
		}
	}
	s.metricParallels(v, made, Change)
	s.metricChains(v, made, Change)
	s.statisticsSentenceBefore(v)
	s.amountsSentenceBefore(v)
}

// statisticsSentenceBefore gives a statistic with no subject whose metric
// opens its clause and whose sentence names no other place or organization
// before it the subject of the figures of the sentence before, as changes
// take it (rule |subject:sentence-before: 截至10月末，全国普惠型小微企业贷款余额
// 22.9万亿元…。前10个月，全国新发放的…贷款利率5.28% is a rate of 全国 already;
// …国有企业党组织覆盖率为92.8%。187.7万个非公有制企业已建立党组织，覆盖率为73.1%
// → 全国). It runs after the changes, which the sentence before may hold.
func (s *Stage) statisticsSentenceBefore(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind != Statistic || f.Subject != "" || strings.Contains(f.Rule, "|subject:") || s.metricAt(v, f) < 0 {
			continue
		}
		if name := v.sentenceBeforeSubject(f.Sentence); name != "" && !v.namesOther(f.Sentence, f.EvidenceEnd, name) {
			f.Subject = name
			f.Rule += "|subject:sentence-before"
		} else if name := s.sentenceTopic(v, f.Sentence); name != "" && v.opensSentence(f.Sentence, s.metricAt(v, f)) && !v.namesOther(f.Sentence, f.EvidenceEnd, name) {
			f.Subject = name
			f.Rule += "|subject:sentence-topic"
		}
	}
}

// amountsSentenceBefore gives an amount with no subject whose predicate's
// nouns open its clause, in a sentence that names no other place or
// organization before it, the subject of the figures of the sentence before
// as statisticsSentenceBefore does (rule |subject:sentence-before): a
// statistical release states whose figures they are once (上半年，全国规模以上工业
// 增加值同比增长6.0%。…社会消费品零售总额…亿元 → 全国). So does an amount whose
// change right after it took such a subject: the change is the amount's.
func (s *Stage) amountsSentenceBefore(v *view) {
	for i := range v.facts {
		f := &v.facts[i]
		if f.Kind != Amount || f.Subject != "" || strings.Contains(f.Rule, "|subject:") || strings.HasPrefix(f.Rule, "amount:money-predicate") {
			continue // 带动3至4元的GDP: a ratio more than a figure
		}
		ps, known := v.predAt[i]
		if !known || s.words.Starting(dictionaries.FactUnowned, v.text, ps, f.EvidenceEnd) > 0 {
			continue // 案值: no one's
		}
		if g := v.changeAfter(f); g != nil && (strings.Contains(g.Rule, "|subject:sentence-before") || strings.Contains(g.Rule, "|subject:sentence-topic")) {
			// 我国企业在…国家非金融类直接投资1816.9亿元，同比增长27%: the change
			// took the subject, and it is the amount's change.
			f.Subject = g.Subject
			if strings.Contains(g.Rule, "|subject:sentence-topic") {
				f.Rule += "|subject:sentence-topic"
			} else {
				f.Rule += "|subject:sentence-before"
			}
			continue
		}
		if !v.clauseOpens(ps, v.sents[f.Sentence].Start) || strings.ContainsRune("为向给对", v.text[ps]) {
			continue // ，为国家筹集…: whom for, after its own subject
		}
		if name := v.sentenceBeforeSubject(f.Sentence); name != "" && !v.namesOther(f.Sentence, f.EvidenceEnd, name) {
			f.Subject = name
			f.Rule += "|subject:sentence-before"
		}
	}
}

// changeAfter returns the change or share read right after amount f, from
// its clause (kind:after-amount), or nil.
func (v *view) changeAfter(f *pipeline.Fact) *pipeline.Fact {
	for i := range v.facts {
		g := &v.facts[i]
		if (g.Kind == Change || g.Kind == Share) && g.Sentence == f.Sentence && g.EvidenceStart == f.EvidenceStart &&
			strings.HasPrefix(g.Rule, g.Kind+":after-amount") && g.EvidenceEnd > f.EvidenceEnd {
			return g
		}
	}
	return nil
}

func (s *Stage) changeOf(v *view, si, lo int, p *pipeline.Mention, made int) {
	vs := p.Start
	if vs > lo && v.text[vs-1] == '了' {
		vs-- // 增长了5%
	}
	n := s.words.Ending(dictionaries.FactChange, v.text, lo, vs)
	if n == 0 || !v.aligned(vs-n, vs) {
		return
	}
	verb, _ := s.words.Predicate(dictionaries.FactChange, v.slice(vs-n, vs))
	ms := vs - n // where the metric ends
	// Before the verb: fillers (同比分别增长), what it is measured against
	// (同比, 比上年同期) and modifiers kept in the predicate (年均增长).
	each := false // 分别: one change for each item of a list
	for range 4 {
		if k := s.words.Ending(dictionaries.FactFiller, v.text, lo, ms); k > 0 {
			each = each || v.slice(ms-k, ms) == "分别"
			ms -= k
		} else if c := s.words.Ending(dictionaries.FactCompare, v.text, lo, ms); c > 0 {
			cmp, _ := s.words.Predicate(dictionaries.FactCompare, v.slice(ms-c, ms))
			if !strings.HasPrefix(verb, cmp) {
				verb = cmp + verb // 较上年同比增长 is 同比增长 once
			}
			ms -= c
		} else if k := s.words.Ending(dictionaries.FactModifier, v.text, lo, ms); k > 0 {
			verb, ms = v.slice(ms-k, ms)+verb, ms-k
		} else if k := s.words.Ending(dictionaries.FactBasis, v.text, lo, ms); k > 0 && ms-k-1 > lo && strings.ContainsRune("，,", v.text[ms-k-1]) {
			ms -= k // …10.51万亿元，扣除汇率因素同比增长: how it was computed, not what
		} else {
			break
		}
	}
	if each && (s.afterRespectively(v, si, lo, ms, p, made, verb) || s.respectively(v, si, lo, ms, p, made, Change, verb)) {
		return
	}
	f, ok := s.measured(v, si, lo, ms, p, made, Change, each)
	if !ok {
		return
	}
	if f.Subject == "" {
		if name := v.sentenceBeforeSubject(si); name != "" && !v.namesOther(si, f.EvidenceEnd, name) {
			f.Subject = name
			f.Rule += "|subject:sentence-before"
		} else if name := s.sentenceTopic(v, si); name != "" && v.opensSentence(si, f.EvidenceStart) && !v.namesOther(si, f.EvidenceEnd, name) {
			f.Subject = name
			f.Rule += "|subject:sentence-topic"
		}
	}
	f.Predicate = verb
	setValue(&f, p)
	addMention(&f, p)
	v.add(f)
}

// namesOther reports whether sentence si names a place or organization
// other than name before end: its figures may be that one's (辽宁进出口…).
func (v *view) namesOther(si, end int, name string) bool {
	for _, i := range v.bySent[si] {
		if m := &v.d.Mentions[i]; (m.Type == pipeline.Place || m.Type == pipeline.Org) && m.Start < end && entity(m) != name {
			return true
		}
	}
	return false
}

// scopeLike reports whether name is the whole country (全国, 中国), one of
// China's statistical regions (西部地区), or a place the document names (a
// division or a country), not an organization.
func (v *view) scopeLike(name string) bool {
	if name == "全国" || name == "中国" {
		return true
	}
	if r := []rune(name); strings.HasSuffix(name, "地区") && v.words.Starting(dictionaries.FactSubject, r, 0, len(r)) == len(r) {
		return true // 西部地区: a statistical region a subject word names (not 中央财政, a payer)
	}
	for i := range v.d.Mentions {
		if m := &v.d.Mentions[i]; m.Type == pipeline.Place && (m.PlaceCode != "" || m.Country != "") && entity(m) == name {
			return true
		}
	}
	return false
}

// sentenceBeforeSubject returns the subject of the changes of the sentence
// before si in its paragraph, or when it has none of its other figures
// (amounts, statistics, shares), when they all have one and the same, that of a subject word or
// a division (全国, 中国, 江苏省): a statistical release states whose figures
// they are once, then goes on by sector (上半年，全国规模以上工业增加值同比增长
// 6.0%。分三大门类看，采矿业增加值增长5.4% → 全国). Else "".
func (v *view) sentenceBeforeSubject(si int) string {
	if si == 0 || v.paragraphStart(v.sents[si].Start) > v.sents[si-1].Start {
		return ""
	}
	name, changes := "", false
	for i := range v.facts {
		f := &v.facts[i]
		if f.Sentence != si-1 || f.Kind != Change {
			continue
		}
		if f.Subject == "" || name != "" && f.Subject != name {
			return ""
		}
		name, changes = f.Subject, true
	}
	for i := range v.facts {
		f := &v.facts[i]
		if changes || f.Sentence != si-1 || f.Kind == Role || f.Kind == Event {
			continue // the changes speak for their sentence when it has any
		}
		if f.Subject == "" || name != "" && f.Subject != name {
			return ""
		}
		name = f.Subject
	}
	if name == "" || !v.scopeLike(name) {
		return ""
	}
	return name
}

// respectively reads a list of metrics before 分别 and as many values after
// the verb, one for each in order (进口和出口分别增长5.1%和6.6%, 出口、进口分别
// 增长5.1%、6.6%; 分别占…的55.5%和29.6%): a change (or share, by kind) for
// each pair, all with the subject the list's clause names (rule
// |respectively). It reports whether it made them.
func (s *Stage) respectively(v *view, si, lo, ms int, p *pipeline.Mention, made int, kind, verb string) bool {
	items := s.listBack(v, lo, ms)
	vals := v.valuesAfter(p, len(items))
	if len(items) < 2 || len(vals) != len(items) {
		return false
	}
	whole, ok := s.measured(v, si, lo, ms, p, made, kind, false) // the subject and period of the list
	if !ok {
		whole = newFact(kind, kind+":metric-"+strings.ToLower(p.Type), si, items[0][0], p.End, 0.75)
		d, context := v.dateFor(si, p.Start)
		setDate(&whole, d, context)
	}
	for _, m := range v.inside(si, items[0][0], ms) {
		if (m.Type == pipeline.Place || m.Type == pipeline.Org) && slices.Contains(whole.MentionIDs, m.ID) {
			// A subject read inside the list is an item's, not the list's.
			whole.Subject, whole.Rule = "", kind+":metric-"+strings.ToLower(p.Type)
			whole.MentionIDs = slices.DeleteFunc(slices.Clone(whole.MentionIDs), func(x int) bool { return x == m.ID })
			break
		}
	}
	// Names listed, the last maybe with what was measured of each
	// (德国、韩国对华投资分别增长…): each name is a subject, or after 与, 对 or
	// 同 a partner (我国与东盟、欧盟进出口…).
	names := make([]*pipeline.Mention, len(items))
	tail := ""
	for i, it := range items {
		m := v.startingMention(it[0], it[1])
		if m == nil || i < len(items)-1 && m.End != it[1] {
			names = nil
			break
		}
		names[i] = m
		tail = v.slice(m.End, it[1])
	}
	partner := items[0][0] > lo && strings.ContainsRune("与对同", v.text[items[0][0]-1])
	if k, name := s.subjectStarting(v, items[0][0], items[0][1]); (whole.Subject == "" || whole.Subject == name) && !partner && k > 0 && items[0][0]+k < items[0][1] && v.clauseOpens(items[0][0], lo) {
		// A subject word opens the first item: 全国刑事、治安警情 → 全国; 刑事.
		whole.Subject = name
		whole.EvidenceStart = min(whole.EvidenceStart, items[0][0])
		items[0][0] += k
	}
	if whole.Subject == "" && !partner {
		// A subject right before the list: 我国粗钢、生铁、钢材产量分别同比增长….
		if n, name := s.subjectEnding(v, lo, items[0][0]); n > 0 && v.clauseOpens(items[0][0]-n, lo) {
			whole.Subject = name
			whole.EvidenceStart = min(whole.EvidenceStart, items[0][0]-n)
		} else if m := v.endingAt(items[0][0], lo, pipeline.Place, pipeline.Org); m != nil && v.clauseOpens(m.Start, lo) {
			whole.Subject = entity(m)
			whole.EvidenceStart = min(whole.EvidenceStart, m.Start)
			addMention(&whole, m)
		}
	}
	if prep := items[0][0] - 1; partner && whole.Subject == "" {
		// The subject stands before the preposition: 长三角区域对东盟、欧盟进出口….
		if rs, _ := v.runBack(prep, lo); rs <= prep {
			if o, _, ok := s.metricSubject(v, si, lo, rs, max(prep, rs+1)); ok && o.start < prep {
				whole.Subject = o.name
				whole.EvidenceStart = min(whole.EvidenceStart, o.start)
				for _, m := range o.mentions {
					addMention(&whole, m)
				}
			}
		}
	}
	for _, it := range items {
		if names == nil && it[1]-it[0] < 2 {
			return false // 汽、柴油价格: the items share words the list does not repeat
		}
	}
	if end := vals[len(vals)-1].End; whole.Subject == "" && names == nil && !partner {
		// A list of a release's sectors, as a single change would (分行业看，
		// 住宿和餐饮业，…生产指数同比分别增长… → 全国 of the sentence before).
		if name := v.sentenceBeforeSubject(si); name != "" && !v.namesOther(si, end, name) {
			whole.Subject = name
			whole.Rule += "|subject:sentence-before"
		} else if name := s.sentenceTopic(v, si); name != "" && v.opensSentence(si, items[0][0]) && !v.namesOther(si, end, name) {
			whole.Subject = name
			whole.Rule += "|subject:sentence-topic"
		}
	}
	head := ""
	if last := items[len(items)-1]; names == nil {
		head = s.metricHead(v, last[0], last[1])
	}
	for i, it := range items {
		f := whole
		f.MentionIDs = slices.Clone(whole.MentionIDs)
		f.Object = v.slice(it[0], it[1])
		if i < len(items)-1 && head != "" && s.metricHead(v, it[0], it[1]) == "" && !strings.HasSuffix(f.Object, head) {
			f.Object += head // 粗钢、生铁、钢材产量: each item's 产量
		}
		switch {
		case names != nil && partner:
			f.Object = v.slice(names[i].Start, names[i].End) + tail
			addMention(&f, names[i])
		case names != nil:
			f.Subject, f.Object = entity(names[i]), tail
			addMention(&f, names[i])
		}
		f.Predicate = verb
		f.Rule = whole.Rule + "|respectively"
		f.EvidenceStart = min(f.EvidenceStart, items[0][0])
		f.EvidenceEnd = max(f.EvidenceEnd, vals[i].End)
		setValue(&f, vals[i])
		addMention(&f, vals[i])
		v.add(f)
	}
	return true
}

// moneyWord reports whether name ends in a word of money (补助经费, 扶贫资金,
// 国家助学贷款): an amount's object that says on its own what grew.
func (s *Stage) moneyWord(name string) bool {
	r := []rune(name)
	return len(r) > 2 && (s.words.Ending(dictionaries.FactGeneric, r, 0, len(r)) > 0 || s.words.Ending(dictionaries.FactAmount, r, 0, len(r)) > 0)
}

// metricHead returns the word that ends [start, end) when it names what
// is measured — an amount predicate (销售收入) or a word ending in 量, 率, 额,
// 值 or 数 (产量, 增加值) — or "": the head the last item of a list shares with
// the others (粗钢、生铁、钢材产量).
func (s *Stage) metricHead(v *view, start, end int) string {
	if n := s.words.Ending(dictionaries.FactAmount, v.text, start, end); n > 0 && end-n > start && v.aligned(end-n, end) {
		if k := s.words.Ending(dictionaries.FactAmount, v.text, start, end-n); k > 0 && end-n-k > start && v.aligned(end-n-k, end-n) {
			n += k // 贷款余额
		}
		return v.slice(end-n, end)
	}
	t := v.tokenEnding(end)
	if t == nil || t.Start <= start || t.End-t.Start < 2 || !nounLike(t) || !strings.ContainsRune("量率额值数", v.text[end-1]) {
		return ""
	}
	return t.Text
}

// afterRespectively pairs values after 分别 with as many amounts before
// them in the sentence, in order: one for each listed name (…分别进出口1.24万亿
// 元、1.19万亿元，同比分别增长26.1%、36.4% → 东盟 26.1 %, 欧盟 36.4 %) or
// parallel clauses. It reports whether it made the changes.
func (s *Stage) afterRespectively(v *view, si, lo, ms int, p *pipeline.Mention, made int, verb string) bool {
	if ms-1 <= lo || v.text[ms-1] != '，' && v.text[ms-1] != ',' {
		return false
	}
	vals := v.valuesAfter(p, 8)
	// The last amounts of the sentence, as many as the values, the last one
	// ending the clause right before: one for each name listed, or parallel
	// clauses (资产总额444.6万亿元，…总资产35.9万亿元，同比分别增长6.5%、…).
	var parts []*pipeline.Fact
	for i := made - 1; i >= 0 && len(parts) < len(vals); i-- {
		if f := &v.facts[i]; f.Sentence == si && f.Kind == Amount && f.EvidenceEnd < ms {
			parts = append([]*pipeline.Fact{f}, parts...)
		}
	}
	if len(vals) >= 2 && (len(parts) != len(vals) || parts[len(parts)-1].EvidenceEnd != ms-1) {
		parts = s.clauseParts(v, si, lo, ms-1, len(vals), made)
	}
	if len(vals) < 2 || len(parts) != len(vals) || parts[len(parts)-1].EvidenceEnd != ms-1 {
		return false
	}
	for i, part := range parts {
		rule := Change + ":after-" + part.Kind + "|respectively" // count: a clause's count that made no fact
		f := newFact(Change, rule, si, part.EvidenceStart, vals[i].End, 0.8)
		f.Subject, f.Object, f.Predicate = part.Subject, part.Object+part.Predicate, verb
		f.DateStart, f.DateEnd = part.DateStart, part.DateEnd
		f.MentionIDs = slices.Clone(part.MentionIDs)
		setValue(&f, vals[i])
		addMention(&f, vals[i])
		v.add(f)
	}
	return true
}

// clauseParts reads the n clauses of sentence si that end at the comma at
// end and the commas before it as the parts a list of changes is of, each
// an amount or statistic fact the clause ends with, or a count after its
// metric (part kind "count": 游客量1200万人次，旅游收入达到150亿元，同比分别
// 增长…). A count's part has the subject and dates of the amounts among the
// parts when they agree. It returns nil unless every clause is one.
func (s *Stage) clauseParts(v *view, si, lo, end, n, made int) []*pipeline.Fact {
	parts := make([]*pipeline.Fact, n)
	var amount *pipeline.Fact
	e := end
	for i := n - 1; i >= 0; i-- {
		if e <= lo || e < end && v.text[e] != '，' && v.text[e] != ',' {
			return nil
		}
		for j := made - 1; j >= 0; j-- {
			if f := &v.facts[j]; f.Sentence == si && f.EvidenceEnd == e && (f.Kind == Amount || f.Kind == Statistic) {
				parts[i] = f
				if f.Kind == Statistic {
					// What it counted, as a change after it reads it:
					// 累计发送旅客3.2亿人次 → 累计发送旅客.
					g := *f
					g.Predicate, g.Object = "", f.Predicate+f.Object
					if s.measureVerb(f.Predicate) {
						g.Object = f.Object
					}
					parts[i] = &g
				}
				break
			}
		}
		if parts[i] != nil && parts[i].Kind == Statistic {
			// A statistic keeps its own subject.
		} else if parts[i] != nil {
			if amount != nil && (amount.Subject != parts[i].Subject || !sameTime(amount.DateStart, parts[i].DateStart)) {
				return nil
			}
			amount = parts[i]
		} else {
			q := v.endingAt(e, lo, pipeline.Quantity)
			if q == nil {
				return nil
			}
			me := q.Start - s.words.Ending(dictionaries.FactLink, v.text, lo, q.Start) // 成交量达18.49亿手
			ms := me
			for ms > lo && me-ms < maxMetric {
				t := v.tokenEnding(ms)
				if t == nil || t.Start < lo || !nounLike(t) {
					break
				}
				ms = t.Start
			}
			if ms == me || v.exact(ms, me, pipeline.Place, pipeline.Org, pipeline.Person) != nil {
				return nil
			}
			if t := v.tokenEnding(ms); me-ms == 1 && t != nil && t.Start >= lo && t.End-t.Start == 1 && strings.HasPrefix(t.Pos, "v") {
				ms = t.Start // 收案21081件: 案 alone says less
			}
			f := newFact("count", "", si, ms, q.End, 0)
			for _, i := range v.bySent[si] {
				if m := &v.d.Mentions[i]; (m.Type == pipeline.Org || m.Type == pipeline.Place) && m.Start < ms && ms < m.End && m.End < me {
					f.EvidenceStart, ms = m.Start, m.Start // 经中老铁路进出口货物: not 铁路 alone
				}
			}
			if m := v.startingMention(ms, me); m != nil && m.End < me {
				f.Subject, ms = entity(m), m.End // 霍尔果斯口岸进出口货运量: the port's
				addMention(&f, m)
			} else if k, w := s.subjectStarting(v, ms, me); k > 0 && ms+k < me {
				f.Subject, ms = w, ms+k // 我国出入境人员: of 中国
			}
			f.Object = v.slice(ms, me)
			addMention(&f, q)
			parts[i] = &f
		}
		k := e - 1
		for k > lo && !strings.ContainsRune("，,", v.text[k]) {
			k--
		}
		e = k
	}
	for _, p := range parts {
		if p.Kind == "count" && amount != nil {
			p.DateStart, p.DateEnd = amount.DateStart, amount.DateEnd
			if p.Subject == "" {
				p.Subject = amount.Subject
			}
		}
	}
	return parts
}

// sameTime reports whether two optional times are the same.
func sameTime(a, b *time.Time) bool {
	return a == nil && b == nil || a != nil && b != nil && a.Equal(*b)
}

// listBack reads the items of a list that ends at end, read backwards: runs
// of nouns joined by 、, 和, 与 or 及 (出口、进口; 进口和出口), in order, or
// nil when there are fewer than two.
func (s *Stage) listBack(v *view, lo, end int) [][2]int {
	var items [][2]int
	e := end
	for len(items) < 6 {
		k := e
		for k > lo && e-k <= 12 {
			t := v.tokenEnding(k)
			if t == nil || t.Start < lo || !(nounLike(t) || t.Pos == "b" || (t.Pos == "f" || t.Pos == "a") && k < e) {
				break
			}
			k = t.Start
		}
		if k == e || k == lo && len(items) == 0 {
			break
		}
		items = append([][2]int{{k, e}}, items...)
		if k <= lo || !strings.ContainsRune("、和与及", v.text[k-1]) {
			break
		}
		e = k - 1
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// measured reads what a percentage at p is of, ending at ms: the amount or
// statistic fact the clause before made (营业收入1.2亿元，同比增长22.4%:
// rule kind:after-amount), or the metric written right before ms, with a
// subject that opens the clause (我国规模以上工业增加值同比增长5.8%:
// kind:word-percent). each says 分别 stood before the verb: a metric that
// ends a list then names the list's last item only, and gives no fact.
func (s *Stage) measured(v *view, si, lo, ms int, p *pipeline.Mention, made int, kind string, each bool) (pipeline.Fact, bool) {
	var f pipeline.Fact
	switch {
	case ms-1 > lo && (v.text[ms-1] == '，' || v.text[ms-1] == ','):
		// The fact the clause before made: 营业收入1.2亿元，同比增长22.4%.
		prev := v.factEndingAt(made, si, ms-1)
		if prev == nil {
			return f, false
		}
		f = newFact(kind, kind+":after-"+prev.Kind, si, prev.EvidenceStart, p.End, 0.8)
		f.Subject, f.Object = prev.Subject, prev.Predicate+prev.Object // 共接待游客
		if prev.Kind == Statistic && strings.HasSuffix(prev.Predicate, "有") && prev.Object != "" {
			f.Object = prev.Object // 全国共有养老机构3.8万个，同比增长10.4%: of 养老机构
		}
		if prev.Kind == Amount {
			f.Object = prev.Object + prev.Predicate // 交通固定资产投资
			if strings.Contains(prev.Rule, "verb-object") && s.moneyWord(prev.Object) {
				f.Object = prev.Object // 下达…补助经费1739.3亿元，同比增长2.5%: of the 经费, not of 经费下达
			}
			if strings.Contains(prev.Rule, "|partner") {
				f.Object = "对" + f.Object // 其中，对东盟进出口…，增长8.1%: of the trade with 东盟
			} else if strings.Contains(prev.Rule, "-partner-") {
				ev, prefix := v.slice(prev.EvidenceStart, prev.EvidenceEnd), ""
				if !strings.Contains(ev, prev.Object) {
					prefix = "对" // 中非贸易额: the partner abbreviated, 对非洲贸易额
				}
				for _, prep := range []string{"对", "与", "同", "和"} {
					if strings.Contains(ev, prep+prev.Object) {
						// A partner keeps its preposition: 对东盟进出口额, not 东盟进出口额.
						prefix = prep
						break
					}
				}
				f.Object = prefix + f.Object
			}
		}
		if prev.Kind == Amount && prev.Object == "" && strings.HasPrefix(prev.Rule, "amount:predicate-money") {
			f.Object = s.writtenBefore(v, lo, prev.EvidenceStart, &f) + f.Object
		}
		if prev.Kind == Statistic && prev.Object == "" && s.measureVerb(prev.Predicate) {
			f.Subject, f.Object = "", prev.Subject // 交易量达到1.2万单，同比增长: of 交易量
		} else if prev.Kind == Statistic && s.measureVerb(prev.Predicate) {
			f.Object = prev.Object // 全国出游人数达到2.03亿人次，同比增长: of 出游人数
		}
		f.DateStart, f.DateEnd = prev.DateStart, prev.DateEnd
		f.MentionIDs = append(f.MentionIDs, prev.MentionIDs...)
	default:
		// A metric written before it: 规模以上工业增加值同比增长5.8%.
		mstart := s.metricBack(v, lo, ms, each, false)
		mstart = s.pastIntent(v, mstart, ms)
		listed := false // the metric is a list of names (…、…四大主导产业), or a share written out
		if g, ok := s.shareMetric(v, si, lo, mstart, ms, p, made, kind); ok {
			return g, true
		} else if g.EvidenceStart >= 0 && g.EvidenceStart < mstart && ms-g.EvidenceStart <= 2*maxMetric {
			mstart, listed = g.EvidenceStart, true // 服务业增加值占全市生产总值的比重: the share is the metric
		}
		if !each && mstart > lo && mstart < ms && v.text[mstart-1] == '、' {
			// 旅游业、现代服务业、高新技术产业、热带特色高效农业四大主导产业占…:
			// the list is the metric, not its last item.
			if k, ok := v.nounListBack(si, lo, mstart); ok && ms-k <= 2*maxMetric {
				if n, _ := s.subjectStarting(v, k, ms); n > 0 && k+n < mstart {
					k += n // 全国刑事、治安警情: 全国 is whose, no part of the list
				}
				mstart, listed = k, true
			}
		}
		if m := v.slice(mstart, ms); strings.Contains(m, "拉动") || strings.Contains(m, "带动") {
			return f, false // 拉动GDP增长4.6个百分点: a contribution to another's growth, not a change
		}
		if v.splits(si, mstart, pipeline.Quantity, pipeline.Money, pipeline.Percent) {
			return f, false // 一次死亡3人以上事故: the metric began inside a count
		}
		if s.words.Ending(dictionaries.FactLink, v.text, mstart, ms) == ms-mstart ||
			s.words.Ending(dictionaries.FactWhere, v.text, mstart, ms) > 0 {
			return f, false // 合计减少253.1亿元, 上一交易日下跌140.3美元: no metric named
		}
		if mstart == ms || ms-mstart > maxMetric && !listed || v.comparisonBase(mstart, lo) || v.afterPreposition(mstart, lo) ||
			v.exact(mstart, ms, pipeline.Place, pipeline.Org, pipeline.Person) != nil {
			return f, false // 对欧盟增长3.3%: where the trade went; 日本下降2.3%: whose, not what
		}
		if c := mstart - 1; each && c > lo && (v.text[c] == '和' || v.text[c] == '、' || v.text[c] == '及' || v.text[c] == '与') {
			return f, false // 在线旅游服务和在线文娱销售额分别增长: the list's last item only
		}
		tail := "-percent"
		if p.Type == pipeline.Money {
			tail = "-money" // 人民币贷款增加14.75万亿元: grew by an amount of money
		}
		f = newFact(kind, kind+":metric"+tail, si, mstart, p.End, 0.75)
		f.Object = v.slice(mstart, ms)
		if o, ok := v.listedPlaces(lo, mstart, ms); ok && !each && !s.splitEach(v, ms, p.Start) {
			// 安徽、云南重点监测企业家电销售额增长15%左右: the figure of each.
			f.Object = v.slice(o.end, ms)
			takeSubject(&f, o.org, "|subject:listed")
		} else if o, how, ok := s.metricSubject(v, si, lo, mstart, ms); ok {
			f.Rule, f.Confidence = kind+":"+how+tail, 0.8
			f.Object = o.phrase + v.slice(max(mstart, o.end), ms)
			takeSubject(&f, o.org, "")
		} else if o, ok := s.openingName(v, si, lo, mstart); ok && !each && !listed {
			// 一季度末全国普惠型涉农贷款余额同比增长21.2% → 全国.
			takeSubject(&f, o.org, "|subject:opening-name")
		} else if g := v.changeBefore(si, lo, mstart); g != nil {
			// A change in the clause right before, of the same subject: 我国
			// 高技术制造业增加值增长42%，数字经济核心产业增加值增长73.8% → 中国.
			f.Subject = g.Subject
			f.Rule += "|subject:parallel"
		} else if o, ok := s.topicSubject(v, si, lo, mstart); ok {
			// The topic of the clause before: 我国城镇化率超过60%，服务业占GDP
			// 的比重超过50% → 中国.
			takeSubject(&f, o, topicRule(o))
		}
		d, context := v.dateFor(si, p.Start)
		setDate(&f, d, context)
		if f.Subject == "" {
			if w := v.wholeOf(si, lo, mstart); w != nil {
				// 其中，装备制造业增加值增长6.0%: a part of the whole before,
				// of its subject when it names one, and of its period.
				if w.Subject != "" {
					f.Subject = w.Subject
					f.Rule += "|subject:whole"
				}
				if (f.DateStart == nil && f.DateEnd == nil || context) && (w.DateStart != nil || w.DateEnd != nil) {
					f.DateStart, f.DateEnd = w.DateStart, w.DateEnd
					f.Rule = strings.Replace(f.Rule, "|date:paragraph-context", "", 1)
					if w.Subject == "" {
						f.Rule += "|date:whole" // subject:whole says it otherwise
					}
				}
			}
		}
	}
	return f, true
}

// writtenBefore returns the nouns an amount that read only its predicate at
// ps leaves before it in the clause, which are the metric's too (非税|收入
// 25676亿元，同比下降4.5% → 非税收入; 社会物流总|费用 → 社会物流总费用), read
// as metricBack reads a metric, past a light verb (实现旅游收入), never a
// name. A clause that opens with 与 and a PLACE or ORG mention before a
// trade word (与欧盟进出口2.72万亿元，增长10.8%) gives 与 and the partner,
// whose mention f gains.
func (s *Stage) writtenBefore(v *view, lo, ps int, f *pipeline.Fact) string {
	cs := v.clauseStart(lo, ps)
	end := ps
	if t := v.tokenHolding(ps); t != nil && t.Start < ps && t.Start >= cs {
		end = t.Start // 社会物流总费用: the predicate's word began before it
	}
	if end > cs && v.text[cs] == '与' && s.words.Starting(dictionaries.FactBilateral, v.text, ps, len(v.text)) > 0 {
		if m := v.exact(cs+1, end, pipeline.Place, pipeline.Org); m != nil {
			addMention(f, m)
			return "与" + entity(m) // 与欧盟进出口: trade with 欧盟
		}
	}
	return v.slice(s.nounsBefore(v, f.Sentence, cs, end), ps)
}

// nounsBefore returns where the nouns written before an amount predicate
// start, in sentence si, in the clause that opens at cs, when the
// predicate's word starts at end: read as metricBack reads a metric, past
// a light verb (实现旅游收入), never across a name, a verb, a preposition, a
// time or a count (非税|收入, 国家财政性教育|经费), nor when they end a list
// (汽车、家电、数码产品|销售额). It returns end when there are none.
func (s *Stage) nounsBefore(v *view, si, cs, end int) int {
	k := s.pastIntent(v, s.metricBack(v, cs, end, false, true), end)
	if k >= end || k < cs || k > cs && v.text[k-1] == '、' || v.afterPreposition(k, cs) || v.prepositionIn(cs, k) || v.splits(si, k, pipeline.Quantity, pipeline.Money, pipeline.Percent, pipeline.Date) {
		return end
	}
	if t := v.tokenStarting(k); t != nil && t.End-t.Start == 1 && t.End < end &&
		(v.endingAt(k, cs, pipeline.Date, pipeline.Place, pipeline.Org, pipeline.Person, pipeline.Quantity) != nil ||
			k > cs && unicode.Is(unicode.Han, v.text[k-1]) && (t.Pos == "n" || t.Pos == "ng" || t.Pos == "q")) {
		// 春节|档|全国电影票房, 算|力|核心产业规模: a noun of one character
		// glued to the character before it is the rest of a longer word.
		k = t.End
	}
	if t := v.tokenStarting(k); t != nil && t.End < end && t.Pos == "v" &&
		v.tokenStarting(t.End) != nil {
		k = t.End // 落实|项目资金, 培育|全产业链产值: a verb and its object, not a name
	}
	for q := k; q < end; {
		t := v.tokenStarting(q)
		if t == nil {
			break
		}
		if t.Pos == "t" || s.words.Starting(dictionaries.FactWhere, v.text, q, end) == t.End-q ||
			s.words.Starting(dictionaries.FactSpend, v.text, q, end) == t.End-q || s.anaphor(t.Text) {
			k = t.End // 同期|收入, 年度|进出口总值, 新增|收入, 公司|营收: a time, a verb or whose, not what
		}
		q = t.End
	}
	return k
}

// clauseStart returns where the clause that holds pos starts: after the
// comma, semicolon, full stop or colon before pos, or at lo.
func (v *view) clauseStart(lo, pos int) int {
	for pos > lo && !clauseMark(v.text[pos-1]) {
		pos--
	}
	return pos
}

// clauseMark reports whether r is a comma, semicolon, full stop or colon.
// It is a switch, where strings.ContainsRune would encode r and search a
// string at every character of a scan.
func clauseMark(r rune) bool {
	switch r {
	case '，', ',', '；', ';', '。', '：', ':':
		return true
	}
	return false
}

// commaMark reports whether r is a comma or a semicolon, by a switch as
// clauseMark.
func commaMark(r rune) bool {
	switch r {
	case '，', ',', '；', ';':
		return true
	}
	return false
}

// stopMark reports whether r is a commaMark or a full stop.
func stopMark(r rune) bool { return r == '。' || commaMark(r) }

// sentenceMark reports whether r is a clauseMark, an exclamation or
// question mark or a line break.
func sentenceMark(r rune) bool {
	switch r {
	case '！', '？', '!', '?', '\n':
		return true
	}
	return clauseMark(r)
}

// prepositionIn reports whether a token gse tagged a preposition stands in
// [start, end): 对RCEP其他成员国|进出口 is trade with a partner, whose
// preposition the nouns after it would lose.
func (v *view) prepositionIn(start, end int) bool {
	for k := start; k < end; k++ {
		if t := v.tokenStarting(k); t != nil && t.Pos == "p" {
			return true
		}
	}
	return false
}

// metricBack returns where the metric that ends at ms starts: the nouns,
// prefixes, codes, quoted names and nouns joined by 和, 与 or 及 (unless each
// says 分别 splits them) or by 类 or 性 (知识产权类案件) read
// back from ms within the clause, up to maxMetric runes, never across a date,
// nor, when names is set (nouns before an amount), across a PLACE, ORG or
// PERSON mention or a verb (偿还和化解|存量债务).
func (s *Stage) metricBack(v *view, lo, ms int, each, names bool) int {
	mstart := ms
	joined := false // nouns joined by 类 or 性 are read: no verb before them
	for mstart > lo && ms-mstart < maxMetric && v.endingAt(mstart, lo, pipeline.Date) == nil {
		if mstart < ms && v.text[mstart-1] == '”' {
			// A quoted name inside the metric: 共建“一带一路”国家进出口.
			if o := v.quoteStart(mstart-1, max(lo, ms-maxMetric)); o >= 0 {
				mstart = o
				continue
			}
		}
		t := v.tokenEnding(mstart)
		if t != nil && (t.Text == "让" || t.Text == "使" || t.Text == "使得" || t.Text == "令") {
			break // 平台让种植成本降低30%: what the cause changed
		}
		if names && v.endingAt(mstart, lo, pipeline.Place, pipeline.Org, pipeline.Person) != nil {
			break // 与欧盟|进出口: whose or with whom, not what
		}
		inner := mstart < ms // not the word right before the verb
		if inner && t != nil && t.Start > lo && (t.Text == "类" || t.Text == "性") {
			if prev := v.tokenEnding(t.Start); prev != nil && prev.Start >= lo && nounLike(prev) && v.endingAt(t.Start, lo, pipeline.Place, pipeline.Org, pipeline.Person) == nil {
				mstart, joined = t.Start, true // 知识产权类案件: nouns joined into one
				continue
			}
		}
		if inner && !each && t != nil && t.Start > lo && t.End-t.Start == 1 && strings.Contains("和与及", t.Text) {
			if prev := v.tokenEnding(t.Start); prev != nil && prev.Start >= lo && nounLike(prev) && v.endingAt(t.Start, lo, pipeline.Place, pipeline.Org, pipeline.Person) == nil {
				mstart = t.Start // 电气机械和器材制造业: one name, when no 分别 splits it
				continue
			}
		}
		// gse tags 收入 and 出口 verbs; as the metric's last word they name
		// what is measured (人均可支配收入年均实际增长).
		measure := t != nil && t.Start >= lo && !inner && strings.HasPrefix(t.Pos, "v") &&
			(s.words.Ending(dictionaries.FactAmount, v.text, t.Start, t.End) == t.End-t.Start || s.words.Ending(dictionaries.FactSpend, v.text, t.Start, t.End) == t.End-t.Start)
		if t == nil || t.Start < lo || !(nounLike(t) || measure || t.Pos == "b" || t.Pos == "x" && (isLatin(t.Text) || latinCode(t.Text)) ||
			inner && (t.Pos == "f" || t.Pos == "a" || t.Pos == "s" || t.Pos == "h") || // 规模以上, 小微企业, 网上零售额, 非化石能源
			inner && t.Pos == "ad" && t.End-t.Start > 1 && v.nounAt(t.End) || // 外国直接/ad 投资
			inner && !names && !joined && strings.HasPrefix(t.Pos, "v") || // 预订量, 死亡病例; after an amount, 化解|存量债务; not 接报|刑事类警情
			inner && t.Pos == "x" && isDigits(t.Text) && v.numberInName(t, lo) || // 内地9市进出口
			inner && t.Pos == "m" && t.End < ms && v.text[t.End] == '大' && strings.Trim(t.Text, "二三四五六七八九十两") == "") { // 三/m 大/a 新兴产业, not 一些大型
			break
		}
		mstart = t.Start
	}
	return mstart
}

// shareMetric reads a metric that is a share (比重, 比例, 份额) written
// with 占 in its clause: after the clause of a fact, the share of that
// fact's thing (出口5502.5亿美元，占总出口比重提高了0.5个百分点 → 机电产品出口
// 占总出口比重), made and returned with true; or written out, where the
// metric starts, in the returned fact's EvidenceStart with false (服务业增加值
// 占全市生产总值的比重增加了两个百分点). It returns EvidenceStart -1 when the
// metric is no such share.
func (s *Stage) shareMetric(v *view, si, lo, mstart, ms int, p *pipeline.Mention, made int, kind string) (pipeline.Fact, bool) {
	none := pipeline.Fact{EvidenceStart: -1}
	if w := v.slice(max(mstart, ms-2), ms); w != "比重" && w != "比例" && w != "份额" {
		return none, false
	}
	cs := v.clauseStart(lo, mstart)
	z := slices.Index(v.text[cs:mstart], '占')
	if z < 0 {
		return none, false
	}
	z += cs
	if z == cs && cs-1 > lo {
		prev := v.factEndingAt(made, si, cs-1)
		if prev == nil {
			return none, false
		}
		f := newFact(kind, kind+":after-"+prev.Kind, si, prev.EvidenceStart, p.End, 0.8)
		f.Subject = prev.Subject
		f.Object = prev.Object + prev.Predicate + v.slice(cs, ms)
		if prev.Kind == Statistic {
			f.Object = prev.Object + v.slice(cs, ms)
		}
		f.DateStart, f.DateEnd = prev.DateStart, prev.DateEnd
		f.MentionIDs = append(f.MentionIDs, prev.MentionIDs...)
		return f, true
	}
	for m := v.startingAny(cs, pipeline.Date); m != nil && m.End < z; m = v.startingAny(cs, pipeline.Date) {
		cs = m.End // 2012年服务业增加值占…: the time opens no metric
	}
	if z == cs {
		return none, false
	}
	return pipeline.Fact{EvidenceStart: cs}, false
}

// pastIntent returns where a metric read back to start begins once the
// modal 要, a causative (让, 使), words of report (显示), fillers and light
// verbs that open it, and a point's number (三是), are skipped: 要争取全区企业研发经费投入增长10% is a
// change of 全区企业研发经费投入, 显示美国谋杀案…增加了18% one of 美国谋杀案.
func (s *Stage) pastIntent(v *view, start, end int) int {
	if n := s.words.Starting(dictionaries.FactPeriod, v.text, start, end); n > 0 && start+n < end && v.endingAt(start, 0, pipeline.Date) != nil {
		start += n // 春节|期间小型客车流量: the period's word, after its date
	}
	if start+2 < end && v.text[start+1] == '是' && strings.ContainsRune("一二三四五六七八九十", v.text[start]) {
		start += 2 // 三是二氧化碳排放强度: the third point, no part of the name
	} else if start+1 < end && v.text[start] == '是' && start > 0 && strings.ContainsRune("一二三四五六七八九十", v.text[start-1]) {
		start++ // gse's 三/m 是/v
	}
	for start < end {
		n := max(s.words.Starting(dictionaries.FactFiller, v.text, start, end), s.words.Starting(dictionaries.FactLight, v.text, start, end),
			s.words.Starting(dictionaries.FactReport, v.text, start, end))
		if t := v.tokenStarting(start); n == 0 && t != nil && (t.Pos == "v" || t.Pos == "p") && (t.Text == "要" || t.Text == "让" || t.Text == "使" || t.Text == "使得" || t.Text == "令") {
			n = t.End - t.Start // 让种植成本降低30%: the cause's verb
		}
		if n == 0 || n == end-start || !v.aligned(start, start+n) {
			return start
		}
		if w := v.slice(start, start+n); w == "相关" || w == "全部" {
			return start // fillers that also modify a noun: 相关环节
		}
		start += n
	}
	return start
}

// wholeOf returns, for a metric at pos whose clause 其中 opens, the last
// fact before 其中 in its sentence or the one before it in the paragraph:
// the whole the part belongs to (全国规模以上工业增加值同比增长4.0%。
// 其中，装备制造业增加值增长6.0% → 全国), or nil.
func (v *view) wholeOf(si, lo, pos int) *pipeline.Fact {
	const which = "其中"
	q := pos
	for q > lo && (v.text[q-1] == '，' || v.text[q-1] == ',' || v.text[q-1] == '：') {
		q--
	}
	if e := v.pastTimesBack(q, lo); e < q && e-2 >= lo && v.slice(e-2, e) == which {
		q = e // 其中，前两个月制造业投资增长9.4%
	}
	if q-2 < lo || v.slice(q-2, q) != which || !v.clauseOpens(q-2, lo) {
		return nil
	}
	start := v.paragraphStart(lo)
	for i := len(v.facts) - 1; i >= 0; i-- {
		f := &v.facts[i]
		if f.EvidenceEnd > q-2 || f.Sentence < si-1 || f.Kind == Role || f.Kind == Event {
			continue
		}
		if f.Sentence == si-1 && (v.sents[si-1].Start < start || q-2 > lo) {
			return nil // the whole stands in another paragraph, or is the sentence's own
		}
		return f
	}
	return nil
}

// changeBefore returns the change with a subject that ends the clause right
// before pos (…增长42%，|数字经济…), or nil.
func (v *view) changeBefore(si, lo, pos int) *pipeline.Fact {
	c := pos - 1
	if c <= lo || v.text[c] != '，' && v.text[c] != '；' && v.text[c] != ',' {
		return nil
	}
	for i := len(v.facts) - 1; i >= 0; i-- {
		f := &v.facts[i]
		if f.Sentence != si || f.EvidenceEnd > c {
			continue
		}
		if f.Kind == Change && f.Subject != "" && f.EvidenceEnd == c {
			return f
		}
		return nil
	}
	return nil
}

// quoteStart returns the position of the “ that the ” at close closes, at
// or after lo; -1 when there is none.
func (v *view) quoteStart(close, lo int) int {
	for j := close - 1; j >= lo; j-- {
		switch v.text[j] {
		case '“':
			return j
		case '”', '，', '。':
			return -1
		}
	}
	return -1
}

// metricSubject reads who a metric [ms, me) belongs to: a PLACE or ORG
// mention that starts it (四川交通建设投资), or one or a subject word right
// before it that opens the clause (我国规模以上工业增加值 → 中国), maybe
// with a time between (美国1月零售销售额). The subject's end is where the
// metric proper starts.
func (s *Stage) metricSubject(v *view, si, lo, ms, me int) (subjectAt, string, bool) {
	if ms-1 > lo && v.text[ms-1] == '、' && v.endingAt(ms-1, lo, pipeline.Place, pipeline.Org) != nil {
		return subjectAt{}, "", false // 德、英、法三国市场, 安徽、云南重点监测企业…: the last name of a list is no subject alone
	}
	if name, e, cms, ok := v.chainStarting(ms, me); ok && e < me && v.clauseOpens(ms, lo) {
		return subjectAt{org{name: name, start: ms, mentions: cms}, e}, "name", true // 四川成都GDP → 四川省成都市
	}
	if m := v.startingMention(ms, me); m != nil && m.End < me && v.clauseOpens(ms, lo) {
		e := m.End
		if m.Type == pipeline.Place && e+2 < me && v.slice(e, e+2) == "地区" {
			e += 2 // 西北地区外送电量: the region's, not 地区外送电量
		}
		return subjectAt{org{name: entity(m), start: ms, mentions: []*pipeline.Mention{m}}, e}, "name", true
	}
	if m := v.endingAt(ms, lo, pipeline.Org, pipeline.Place); m != nil && v.clauseOpens(m.Start, lo) {
		return subjectAt{org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}}, ms}, "name", true
	}
	if n, name := s.subjectEnding(v, lo, ms); n > 0 && v.clauseOpens(ms-n, lo) {
		return subjectAt{org{name: name, start: ms - n, mentions: v.inside(si, ms-n, ms)}, ms}, "word", true
	}
	if n, name := s.subjectStarting(v, ms, me); n > 0 && ms+n < me && v.clauseOpens(ms, lo) {
		return subjectAt{org{name: name, start: ms, mentions: v.inside(si, ms, ms+n)}, ms + n}, "word", true
	}
	if o, how, ok := s.possessor(v, si, lo, ms, ms); ok {
		if strings.HasSuffix(how, "-dated") {
			return subjectAt{o, ms}, "name-dated", true // 希腊目前的失业率 → 希腊, 失业率
		}
		return subjectAt{o, ms}, "name", true // 中国集成电路产业的销售额 → 中国, 集成电路产业销售额
	}
	if m := v.nameBeforeDate(ms, lo); m != nil {
		// 美国1月零售销售额环比下降0.9%: the name, then the time.
		return subjectAt{org{name: entity(m), start: m.Start, mentions: []*pipeline.Mention{m}}, ms}, "name", true
	}
	return subjectAt{}, "", false
}

// listedPlaces reads places listed with 、 that open the clause, the last
// of them opening the metric at ms that ends at me: the figure is each one's
// (安徽、云南重点监测企业家电销售额增长15%左右 → 安徽省、云南省), the subject
// their names joined by 、. Places only: a list of organizations or nouns
// is often what the metric counts.
func (v *view) listedPlaces(lo, ms, me int) (subjectAt, bool) {
	last := v.startingMention(ms, me)
	if last == nil || last.Type != pipeline.Place || last.End >= me || ms-1 <= lo || v.text[ms-1] != '、' {
		return subjectAt{}, false
	}
	items := []*pipeline.Mention{last}
	for pos := ms - 1; ; {
		m := v.endingAt(pos, lo, pipeline.Place)
		if m == nil {
			return subjectAt{}, false
		}
		items = append([]*pipeline.Mention{m}, items...)
		if m.Start-1 <= lo || v.text[m.Start-1] != '、' {
			break
		}
		pos = m.Start - 1
	}
	if !v.clauseOpens(items[0].Start, lo) {
		return subjectAt{}, false
	}
	names := make([]string, len(items))
	for i, m := range items {
		names[i] = entity(m)
	}
	return subjectAt{org{name: strings.Join(names, "、"), start: items[0].Start, mentions: items}, last.End}, true
}

// splitEach reports whether 分别 (fact_words kind each) stands in [start,
// end): the values after it are the listed names' one by one, which
// respectively reads.
func (s *Stage) splitEach(v *view, start, end int) bool {
	for p := start; p < end; p++ {
		if n := s.words.Starting(dictionaries.FactEach, v.text, p, end); n > 0 && v.slice(p, p+n) == "分别" {
			return true
		}
	}
	return false
}

// subjectAt is a subject and where the words after it start.
type subjectAt struct {
	org
	end int
}

// factEndingAt returns the last of the first made facts of sentence si whose
// evidence ends at end, or nil.
func (v *view) factEndingAt(made, si, end int) *pipeline.Fact {
	for i := made - 1; i >= 0; i-- {
		f := &v.facts[i]
		if f.Sentence == si && f.EvidenceEnd == end && (f.Kind == Amount || f.Kind == Statistic) {
			return f
		}
	}
	return nil
}

// comparisonBase reports whether words ending at pos follow 比 or 较, past
// a date: 较2019年|同期增长9.9% measures against 同期, which is no metric.
func (v *view) comparisonBase(pos, lo int) bool {
	if m := v.endingAt(pos, lo, pipeline.Date); m != nil {
		pos = m.Start
	}
	if t := v.tokenEnding(pos); t != nil && t.Start > lo && t.Pos != "p" && (v.text[t.Start-1] == '比' || v.text[t.Start-1] == '较') {
		pos = t.Start // 比初步|核算数提高0.1个百分点
	}
	return pos > lo && (v.text[pos-1] == '比' || v.text[pos-1] == '较')
}

// isLatin reports whether word begins with a Latin letter (GDP, CPI).
func isLatin(word string) bool {
	return word != "" && (word[0]|0x20 >= 'a' && word[0]|0x20 <= 'z')
}

// latinCode reports whether word is ASCII letters and digits with a letter
// among them (5G, 4K): a code that names, not a number.
func latinCode(word string) bool {
	letter := false
	for i := 0; i < len(word); i++ {
		switch c := word[i] | 0x20; {
		case c >= 'a' && c <= 'z':
			letter = true
		case word[i] < '0' || word[i] > '9':
			return false
		}
	}
	return letter
}

// numberInName reports whether digits t stand between nouns inside a
// metric's name (内地9市进出口), not inside a count (死亡3人以上事故), a decimal
// (PM2.5), a range (1—3月) or after a verb (使2013财年).
func (v *view) numberInName(t *pipeline.Token, lo int) bool {
	if v.startingAny(t.Start, pipeline.Quantity, pipeline.Money, pipeline.Percent) != nil || t.Start <= lo {
		return false
	}
	prev := v.tokenEnding(t.Start)
	return prev != nil && prev.Start >= lo && nounLike(prev) && unicode.Is(unicode.Han, v.text[t.Start-1])
}

// isDigits reports whether s is ASCII digits only.
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// openingName reads the owner of a metric with no subject of its own that
// starts at ms further in its clause: a subject word, a place or an
// organization that opens the clause, after times only, and then only
// words that narrow what is measured — nouns, adjectives, directions
// (以上, 中), times (夜间), dates, a counted group (74个重点城市), nouns listed
// with 、 or ending in 等 (高校、科研院所…等科研事业单位), 的 after no verb (台积电公司4—5纳米制程的先进生产线产能利用率; not 商务部监测的…零售额),
// and words gse tags otherwise: a suffix (普惠/nr 型/k), 各类, a code (PM2.5) and
// a noun split after the verb it begins with (充电/v 桩/zg); a region after a
// subject word (我国西部地区) is the subject rather than the country:
// 2017年全国74个重点城市优良天数比例为73.4% → 全国; 全国船舶行业80家重点企业
// 利润总额同比下降53.6% → 全国 (rule |subject:opening-name). No verb, preposition,
// punctuation or other name may stand between: 中国与中亚五国贸易额 is trade
// with a partner, 美国受访者中对政府感到不信任的比例 says who, and the last name
// of a list (北京、上海…城市) owns no metric alone; nor does one who reports or
// forecasts it (世界银行预计2023年全球贸易增长率1.7%: fact_words.tsv kinds
// report, speech, lead, announce). After places only, the nouns of an event
// and a verb of what it caused before 的 (kind result) may stand between:
// 加州山火造成的遇难人数上升到74人 → 加州.
func (s *Stage) openingName(v *view, si, lo, ms int) (subjectAt, bool) {
	cs := v.clauseStart(lo, ms)
	var o subjectAt
	for p := cs; p < ms && v.clauseOpens(p, lo); {
		if p > lo && v.text[p-1] == '、' {
			return o, false
		}
		if n, name := s.subjectStarting(v, p, ms); n > 0 && v.aligned(p, p+n) {
			o = subjectAt{org{name: name, start: p, mentions: v.inside(si, p, p+n), how: "word"}, p + n}
			if k, part := s.subjectStarting(v, o.end, ms); k > 0 && v.aligned(o.end, o.end+k) {
				o.name, o.end = part, o.end+k // 我国西部地区: the region, not the whole country
			}
		} else if name, e, cms, ok := v.chainStarting(p, ms); ok {
			o = subjectAt{org{name: name, start: p, mentions: cms}, e}
		} else if m := v.startingMention(p, ms); m != nil && (m.Type == pipeline.Place || m.Type == pipeline.Org) {
			o = subjectAt{org{name: entity(m), start: p, mentions: []*pipeline.Mention{m}}, m.End}
		}
		if o.name != "" {
			break
		}
		if m := v.timeStarting(p, ms); m != nil {
			p = m.End
		} else if t := v.tokenStarting(p); t != nil {
			p = t.End
		} else {
			p++
		}
	}
	if o.name == "" || o.end >= ms || v.insideToken(o.end) {
		return o, false // a name inside a longer word
	}
	if t := v.tokenStarting(o.end); o.how != "word" && t != nil && t.End-t.Start == 1 && (t.Pos == "n" || t.Pos == "ng") {
		return o, false // 海口|舰: a noun of one character makes the place a ship's name
	}
	if o.end+1 < ms && v.text[o.end] == '全' {
		o.end += s.words.Starting(dictionaries.FactScope, v.text, o.end, ms) // 北京全市: all of 北京
	}
	for _, m := range v.inside(si, o.end, ms) {
		if m.Type != pipeline.Date && m.Type != pipeline.Quantity && m.Type != pipeline.Duration {
			return o, false // 上合组织（连云港）…: another name
		}
	}
	prev := ""
	for pos := o.end; pos < ms; {
		if m := v.startingAny(pos, pipeline.Date, pipeline.Quantity, pipeline.Duration); m != nil && m.End <= ms {
			pos, prev = m.End, "" // 74个, 6月
			continue
		}
		t := v.tokenStarting(pos)
		if n := s.words.Starting(dictionaries.FactResult, v.text, pos, ms); t != nil && n == t.End-pos && pos > o.end && nounLike(v.tokenEnding(pos)) && s.placeOnly(o) {
			if u := v.tokenStarting(t.End); u != nil && u.Text == "的" && u.End <= ms && eventNouns(v, o.end, pos) {
				pos, prev = u.End, "" // 加州山火造成的遇难人数: what the place's event caused
				continue
			}
		}
		if t == nil || t.End > ms || t.Text == "的" && strings.HasPrefix(prev, "v") {
			return o, false // 商务部监测的…企业: what the name did, not whose
		}
		for _, kind := range []dictionaries.FactKind{dictionaries.FactReport, dictionaries.FactSpeech, dictionaries.FactLead, dictionaries.FactAnnounce} {
			if s.words.Starting(kind, v.text, pos, ms) > 0 {
				return o, false // 世界银行预计…全球贸易增长率: who forecasts, not whose
			}
		}
		if u := v.tokenStarting(t.End); strings.HasPrefix(t.Pos, "v") && u != nil && u.End <= ms && u.End-u.Start == 1 && (u.Pos == "zg" || u.Pos == "ng") {
			pos, prev = u.End, u.Pos // 建制/v 村/zg, 充电/v 桩/zg: gse splits a noun after a verb it begins with
			continue
		}
		switch {
		case nounLike(t), t.Pos == "a", t.Pos == "f", t.Pos == "t", t.Pos == "m", t.Pos == "q", t.Pos == "mq", t.Pos == "k",
			t.Pos == "x" && (isLatin(t.Text) || latinCode(t.Text) || isDigits(t.Text)),
			t.Text == "." && prev == "x" && t.End < ms && unicode.IsDigit(v.text[t.End]), // PM2.5
			t.Pos == "r" && strings.HasPrefix(t.Text, "各") && t.End-t.Start > 1,          // 各类, 各级
			pos > o.end && (t.Text == "和" || t.Text == "及" || t.Text == "的" || t.Text == "、" || t.Text == "等"):
		default:
			return o, false // 与, 对, verbs, punctuation
		}
		pos, prev = t.End, t.Pos
	}
	return o, true
}

// placeOnly reports whether o is read from PLACE mentions only.
func (s *Stage) placeOnly(o subjectAt) bool {
	if o.how == "word" || len(o.mentions) == 0 {
		return false
	}
	for _, m := range o.mentions {
		if m.Type != pipeline.Place {
			return false
		}
	}
	return true
}

// eventNouns reports whether [start, end) holds only nouns (山火, 强震,
// 暴雨灾害), the words of an event: no preposition, verb or punctuation
// (土耳其南部强震在土耳其和叙利亚造成的…: where, not whose).
func eventNouns(v *view, start, end int) bool {
	for p := start; p < end; {
		t := v.tokenStarting(p)
		if t == nil || t.End > end || !(nounLike(t) || t.Pos == "f" || t.Pos == "t") {
			return false
		}
		p = t.End
	}
	return true
}

// sentenceTopic returns the topic of the sentence before si in its
// paragraph when that sentence states no figure of its own: the first of
// its clauses that is a topic's (topicOf: a subject word or a name opening
// it, after times, and a verb it does), after clauses that name a source
// or a time, when the topic is the whole country or a place the document
// names and no other place or organization follows it in that sentence
// (党的十八大以来，我国能源安全稳定供应水平实现新跃升，能源消费结构持续优化。 → 中国).
// A release states whose figures they are once and goes on with them. Else
// "".
func (s *Stage) sentenceTopic(v *view, si int) string {
	if si == 0 || v.paragraphStart(v.sents[si].Start) > v.sents[si-1].Start {
		return ""
	}
	for i := range v.facts {
		if f := &v.facts[i]; f.Sentence == si-1 && f.Kind != Role && f.Kind != Event {
			return "" // sentenceBeforeSubject reads its figures
		}
	}
	lo, hi := v.sents[si-1].Start, v.sents[si-1].End
	for hi > lo && unicode.IsPunct(v.text[hi-1]) {
		hi--
	}
	for cs := lo; cs < hi; {
		c := cs
		for c < hi && !strings.ContainsRune("，,；;：:", v.text[c]) {
			c++
		}
		if c > cs {
			if o, ok := s.topicOf(v, si-1, cs, c, true); ok && o.how != "counted" {
				if !v.scopeLike(o.name) {
					return ""
				}
				if m := v.startingAny(o.start, pipeline.Org); m != nil && entity(m) != o.name {
					return "" // 中国邮政已建成…: the company's, not the country's
				}
				e, _ := s.subjectStarting(v, o.start, c)
				if m := v.startingAny(o.start, pipeline.Place); m != nil {
					e = m.End - o.start
				}
				if t := v.tokenStarting(o.start + e); e > 0 && t != nil && v.orgOpening(si-1, v.slice(o.start, t.End)) {
					return "" // 记者从中国邮政集团有限公司获悉，中国邮政已建成…: the company's
				}
				for _, i := range v.bySent[si-1] {
					if m := &v.d.Mentions[i]; (m.Type == pipeline.Place || m.Type == pipeline.Org) && m.Start >= o.start && entity(m) != o.name {
						return "" // 我国…与东盟…: another name after it
					}
				}
				return o.name
			}
		}
		cs = c + 1
	}
	return ""
}

// opensSentence reports whether pos, in sentence si, stands in the
// sentence's first clause after clauses that are only a time
// (2013年到2023年，一次能源生产总量…).
func (v *view) opensSentence(si, pos int) bool {
	lo := v.sents[si].Start
	cs := v.clauseStart(lo, pos)
	for cs > lo {
		pcs := v.clauseStart(lo, cs-1)
		if !v.onlyTime(pcs, cs-1) {
			return false
		}
		cs = pcs
	}
	return v.clauseOpens(pos, lo)
}

// orgOpening reports whether an ORG mention of sentence si opens with text
// (中国邮政 of 中国邮政集团有限公司).
func (v *view) orgOpening(si int, text string) bool {
	for _, i := range v.bySent[si] {
		if m := &v.d.Mentions[i]; m.Type == pipeline.Org && strings.HasPrefix(m.Text, text) {
			return true
		}
	}
	return false
}
