package quantity

import (
	"github.com/zhfacts/zhfacts/extractors/number"
	"github.com/zhfacts/zhfacts/pipeline"
)

// rule is a named way of reading a quantity or percentage, with the examples
// that show it. The name is what mentions.rule records.
type rule struct {
	name       string
	pattern    string // the shape of text it reads, for readers
	confidence float64
	examples   []example
}

// example is a text and the one item the rule must find in it; an empty want
// means nothing may be found there.
type example struct {
	text, want string
	typ        string
	value      float64
	unit       string
	qualifier  string
}

const (
	q = pipeline.Quantity
	p = pipeline.Percent
)

var (
	ruleUnit = &rule{
		name:       "number+unit",
		pattern:    "[qualifier] numeral unit-of-measure [qualifier]",
		confidence: 0.9,
		examples: []example{
			{"刚结束7000公里“出海”", "7000公里", q, 7000, "km", number.Exact},
			{"核心科研基地500余亩,", "500余亩", q, 500, "mu", number.Min},
			{"示范基地2000亩。", "2000亩", q, 2000, "mu", number.Exact},
			// The parser's range with 以上 after it is more than its lower end.
			{"提高了2--3倍以上，", "2--3倍以上", q, 2, "×", number.Min},
			// 约 before it says only what a range says: 以上 alone qualifies it.
			{"增长约2到3倍以上，", "约2到3倍以上", q, 2, "×", number.Min},
			{"产量3.5万吨", "3.5万吨", q, 35000, "t", number.Exact},
			{"全长3千米", "3千米", q, 3, "km", number.Exact},
			{"装机300兆瓦", "300兆瓦", q, 300, "MW", number.Exact},
			{"出货量为157.2吉瓦时，", "157.2吉瓦时", q, 157.2, "GWh", number.Exact},
			{"面积约80平方公里", "约80平方公里", q, 80, "km2", number.Approx},
			{"重500斤", "500斤", q, 250, "kg", number.Exact},
			{"年满18岁", "18岁", q, 18, "岁", number.Exact},
			// 零下 makes a temperature negative (measure_signs.tsv).
			{"气温降到零下15摄氏度，", "零下15摄氏度", q, -15, "°C", number.Exact},
			{"零下40℃以下", "零下40℃以下", q, -40, "°C", number.Max},
			{"零下3公里", "3公里", q, 3, "km", number.Exact},
			{"零下30多摄氏度的严寒", "零下30多摄氏度", q, -30, "°C", number.Max},
			{"接近零下20摄氏度。", "接近零下20摄氏度", q, -20, "°C", number.Min},
			// After a sign, 度 alone is a degree Celsius; alone it may be an angle.
			{"气温降至零下27度。", "零下27度", q, -27, "°C", number.Exact},
			{"零下20多度的严寒", "零下20多度", q, -20, "°C", number.Max},
			{"从零上70度的机械间出来", "零上70度", q, 70, "°C", number.Exact},
			{"倾斜20度", "", "", 0, "", ""},
			// So is it after a noun of measure_nouns.tsv and a short link.
			{"最低气温降至9度。", "9度", q, 9, "°C", number.Exact},
			{"最高气温在38度左右。", "38度左右", q, 38, "°C", number.Approx},
			{"地表温度高达68度。", "68度", q, 68, "°C", number.Exact},
			{"气温回升，坡度20度", "", "", 0, "", ""},
			{"冒着40多度的高温", "40多度", q, 40, "°C", number.Min},
			{"气温持续在摄氏三十度以上，", "摄氏三十度以上", q, 30, "°C", number.Min},
			{"在摄氏零下20度的草原", "摄氏零下20度", q, -20, "°C", number.Exact},
			// Near zero a temperature may be on either side of it.
			{"最低气温已经接近0度，", "接近0度", q, 0, "°C", number.Approx},
			{"气温不足0℃；", "不足0℃", q, 0, "°C", number.Max},
			{"5G网络", "", "", 0, "", ""},
		},
	}
	ruleCounter = &rule{
		name:       "number+counter",
		pattern:    "[qualifier] numeral counter [qualifier]",
		confidence: 0.85,
		examples: []example{
			{"累计引进企业825家,", "825家", q, 825, "家", number.Exact},
			{"50余家土耳其企业", "50余家", q, 50, "家", number.Min},
			{"达成了40余项", "40余项", q, 40, "项", number.Min},
			{"年均互动交流20人次以上,", "20人次以上", q, 20, "人次", number.Min},
			{"游客突破14万人次，", "突破14万人次", q, 140000, "人次", number.Min},
			{"突破一批关键技术", "一批", q, 1, "批", number.Exact}, // a verb and "one": no threshold
			{"造成至少一名士兵死亡", "至少一名", q, 1, "名", number.Min},
			{"项目17个,", "17个", q, 17, "个", number.Exact},
			{"数十架次被取消", "数十架次", q, 20, "架次", number.Approx},
			{"保持两位数增长", "", "", 0, "", ""},
			{"至少300名员工", "至少300名", q, 300, "名", number.Min},
			{"不少于300名员工", "不少于300名", q, 300, "名", number.Min},
			{"不高于5台", "不高于5台", q, 5, "台", number.Max},
			{"3个月后", "", "", 0, "", ""},
			{"2023年", "", "", 0, "", ""},
			{"在土7天时间", "", "", 0, "", ""},
			{"一起去", "", "", 0, "", ""},
			// A capital numeral alone inside a word counts nothing.
			{"着陆场系统陆续展开", "", "", 0, "", ""},
			{"大陆架划界", "", "", 0, "", ""},
			{"C919飞机", "", "", 0, "", ""},
			{"第三次", "", "", 0, "", ""},
			// 一 and a doubled counter, or 一 and a counter twice, is one after
			// another, 一家人 a family.
			{"一个个人间奇迹", "", "", 0, "", ""},
			{"一次次攻坚", "", "", 0, "", ""},
			{"希望一家人继续努力", "", "", 0, "", ""},
			{"问题要一个一个解决", "", "", 0, "", ""},
			{"一项一项抓实抓好", "", "", 0, "", ""},
			{"一辆汽车", "一辆", q, 1, "辆", number.Exact},
			// A determiner before 一 makes it this or another one, no count.
			{"对另一位候选人", "", "", 0, "", ""},
			{"这一名字", "", "", 0, "", ""},
			{"这一百多名学生", "一百多名", q, 100, "名", number.Min},
			{"关键零部件", "", "", 0, "", ""},
			{"违反中央八项规定精神", "", "", 0, "", ""},
			{"十九届二中、三中全会", "", "", 0, "", ""},
			{"全国政协十四届常委会", "", "", 0, "", ""},
			{"一次性补贴", "", "", 0, "", ""},
			// A session of a congress is one in a series; meetings held are counted.
			{"十二届全国人大一次会议开幕", "", "", 0, "", ""},
			{"全国政协十二届二次会议闭幕", "", "", 0, "", ""},
			{"今年召开三次会议", "三次", q, 3, "次", number.Exact},
			{"十届中央纪委三次全会部署", "", "", 0, "", ""},
			// The longer counter wins: 12 departments, not 12 of 部.
			{"民政部等12部门日前出台", "12部门", q, 12, "部门", number.Exact},
			// Set phrases of political language count nothing.
			{"增强“四个意识”", "", "", 0, "", ""},
		},
	}
	rulePercentSign = &rule{
		name:       "percent:sign",
		pattern:    "[qualifier] numeral %|‰ [qualifier]",
		confidence: 0.95,
		examples: []example{
			{"占30%。", "30%", p, 30, "%", number.Exact},
			{"全年增长12.5%", "12.5%", p, 12.5, "%", number.Exact},
			{"超过30%", "超过30%", p, 30, "%", number.Min},
			{"约5‰", "约5‰", p, 0.5, "%", number.Approx},
			// A word that only ends like a qualifier is none: 节约 saves.
			{"节约50%以上", "50%以上", p, 50, "%", number.Min},
		},
	}
	rulePercentWords = &rule{
		name:       "percent:fraction",
		pattern:    "百分之|千分之|万分之 numeral",
		confidence: 0.95,
		examples: []example{
			{"占百分之三十", "百分之三十", p, 30, "%", number.Exact},
			{"千分之三", "千分之三", p, 0.3, "%", number.Exact},
		},
	}
	ruleTenths = &rule{
		name:       "percent:tenths",
		pattern:    "Chinese numeral 成 [digit], 成 not starting a word",
		confidence: 0.8,
		examples: []example{
			{"近三成的企业", "近三成", p, 30, "%", number.Max},
			{"增长三成五,", "三成五", p, 35, "%", number.Exact},
			{"建成一成都", "", "", 0, "", ""},
			{"三成为", "", "", 0, "", ""},
		},
	}
	rulePoints = &rule{
		name:       "percent:points",
		pattern:    "numeral 个百分点|百分点",
		confidence: 0.95,
		examples: []example{
			{"增长5个百分点", "5个百分点", p, 5, "pp", number.Exact},
			{"下降0.3百分点", "0.3百分点", p, 0.3, "pp", number.Exact},
		},
	}
	ruleImplied = &rule{
		name:       "number+implied-counter",
		pattern:    "counted noun [link] [qualifier] bare numeral (counted_nouns.tsv)",
		confidence: 0.75,
		examples: []example{
			{"今年报考人数达到176万，比去年增加", "176万", q, 1760000, "人", number.Exact},
			{"全国铁路客流量达到914万，创新高", "914万", q, 9140000, "人次", number.Exact},
			{"观影人次超过1.2亿。", "超过1.2亿", q, 120000000, "人次", number.Min},
			// A number that goes on is none of these, nor one after another noun.
			{"人数达到2019年的水平", "", "", 0, "", ""},
			{"产量达到176万，", "", "", 0, "", ""},
			{"需要人数3.8——3.9万", "3.8——3.9万", q, 38000, "人", number.Range},
		},
	}
	ruleRange = &rule{
		name:       "range",
		pattern:    "item 至|到|- item of the same unit, or a numeral range with a unit",
		confidence: 0.9,
		examples: []example{
			{"10%-15%", "10%-15%", p, 10, "%", number.Range},
			{"10%至15%", "10%至15%", p, 10, "%", number.Range},
			{"3公里到5公里", "3公里到5公里", q, 3, "km", number.Range},
			{"增长约73%—77%，", "约73%—77%", p, 73, "%", number.Range},
			{"占药价的20%——30%，", "20%——30%", p, 20, "%", number.Range},
			// The connectors of a bare numeral's range (number.Connector).
			{"降低10%－15%，", "10%－15%", p, 10, "%", number.Range},
			{"提高3倍--5倍，", "3倍--5倍", q, 3, "×", number.Range},
			// A qualifier after the range is the range's: 左右 about both ends,
			// 以上 more than the lower, 以下 less than the upper.
			{"平均在115%到125%左右。", "115%到125%左右", p, 115, "%", number.Approx},
			{"低10%-15%左右。", "10%-15%左右", p, 10, "%", number.Approx},
			{"增长2%到3%以上。", "2%到3%以上", p, 2, "%", number.Min},
			{"距离3公里到5公里以下。", "3公里到5公里以下", q, 5, "km", number.Max},
			// A sign opens either end: the second reads its own.
			{"跌到零下8度至零下5度。", "零下8度至零下5度", q, -8, "°C", number.Range},
			{"适应零下25度到零上40度之间", "零下25度到零上40度", q, -25, "°C", number.Range},
			{"气温零下10℃至零下5℃，", "零下10℃至零下5℃", q, -10, "°C", number.Range},
		},
	}
)

var rules = []*rule{ruleUnit, ruleCounter, rulePercentSign, rulePercentWords, ruleTenths, rulePoints, ruleRange, ruleImplied}
