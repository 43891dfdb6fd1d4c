package money

import "github.com/zhfacts/zhfacts/extractors/number"

// rule is a named way of reading an amount, with the examples that show it.
// The name is what mentions.rule records.
type rule struct {
	name       string
	pattern    string // the shape of text it reads, for readers
	confidence float64
	examples   []example // read from running text with Find
	// parseExamples are read with Parse, as whole strings known to be amounts.
	parseExamples []example
}

// example is a text and the one amount the rule must find in it; an empty
// want means the rule must find nothing there.
type example struct {
	text, want string
	value      float64
	currency   string
	qualifier  string
}

var (
	ruleSuffix = &rule{
		name:       "number+currency",
		pattern:    "[qualifier] numeral currency-unit [currency-name] [整] [qualifier]",
		confidence: 0.95,
		examples: []example{
			{"规模8.7亿元人民币,主要", "8.7亿元人民币", 870000000, "CNY", number.Exact},
			{"支持经费200万元;", "200万元", 2000000, "CNY", number.Exact},
			{"支持经费近300万元。", "近300万元", 3000000, "CNY", number.Max},
			{"总投资1520.5万元3.1项目概况", "1520.5万元", 15205000, "CNY", number.Exact},
			{"资金净流出1200亿美元", "1200亿美元", 120000000000, "USD", number.Exact},
			{"兑换1.0753美元", "1.0753美元", 1.0753, "USD", number.Exact},
			{"央行到期定存单5306亿台币", "5306亿台币", 530600000000, "TWD", number.Exact},
			{"奖金逾500万欧元", "逾500万欧元", 5000000, "EUR", number.Min},
			{"售价约3000日元左右", "约3000日元左右", 3000, "JPY", number.Approx},
			{"花了300多万元", "300多万元", 3000000, "CNY", number.Min},
			// 负 ending a word is no minus sign.
			{"为企业减负1750亿元。", "1750亿元", 175000000000, "CNY", number.Exact},
			{"人均减负7924元", "7924元", 7924, "CNY", number.Exact},
			{"减负35亿元左右", "35亿元左右", 3500000000, "CNY", number.Approx},
			// A conversion is about; a level broken through is passed.
			{"韩元（约合31.5亿美元）", "约合31.5亿美元", 3150000000, "USD", number.Approx},
			{"贸易额突破1000亿美元，", "突破1000亿美元", 100000000000, "USD", number.Min},
			{"日元汇率一度跌破160日元。", "160日元", 160, "JPY", number.Exact},
			// One character's yuan that runs into a word is none (二元对立,
			// 一元复始); 一块 with no money about is one piece.
			{"非黑即白的二元对立思维", "", 0, "", ""},
			{"一元复始，万象更新", "", 0, "", ""},
			{"确保建一块、成一块", "", 0, "", ""},
			{"每人一元，", "一元", 1, "CNY", number.Exact},
			// Spaces between digits and the unit, as typeset text has them.
			{"涉案金额合计 61.1 亿元。", "61.1 亿元", 6110000000, "CNY", number.Exact},
			{"投资总额达 7.38 亿欧元。", "7.38 亿欧元", 738000000, "EUR", number.Exact},
			{"总价 3 千万元。", "3 千万元", 30000000, "CNY", number.Exact},
			{"投资 3-5 亿元", "3-5 亿元", 300000000, "CNY", number.Range},
			// A qualifier after a range is the range's (number.QualifyRange).
			{"投资2到3万元左右。", "2到3万元左右", 20000, "CNY", number.Approx},
			{"卖到两三块钱以上，", "两三块钱以上", 2, "CNY", number.Min},
			{"月薪3至5万元以下。", "3至5万元以下", 50000, "CNY", number.Max},
			{"投资约2到3万元以上。", "约2到3万元以上", 20000, "CNY", number.Min}, // 约 adds nothing to a range
			{"规格及价格：30ml/300 元", "300 元", 300, "CNY", number.Exact},
			{"吸引了3 万人参观", "", 0, "", ""},
			{"贰万元整", "贰万元整", 20000, "CNY", number.Exact},
			{"壹拾壹元整", "壹拾壹元整", 11, "CNY", number.Exact},
			{"1.2元以下", "1.2元以下", 1.2, "CNY", number.Max},
			{"共7块。", "7块", 7, "CNY", number.Exact},
			{"一块土地", "", 0, "", ""},
			{"张三赔偿王五人民币", "", 0, "", ""},
			{"损失3.4亿菲律宾比索", "3.4亿菲律宾比索", 340000000, "PHP", number.Exact}, // not a shared 比索
			// A sign stays in the value: a loss, a deficit, an outflow.
			{"净利润为负35亿元左右", "负35亿元左右", -3500000000, "CNY", number.Approx},
			{"每股收益变为-0.05元，", "-0.05元", -0.05, "CNY", number.Exact},
			// A currency word that ends in 钱 follows no name: 花 and 连 are verbs here.
			{"花十块钱左右就能搞定", "十块钱左右", 10, "CNY", number.Approx},
			{"连一块钱都没有", "一块钱", 1, "CNY", number.Exact},
			{"套餐3元5G流量", "3元", 3, "CNY", number.Exact}, // 5G is no 5角
			{"至少300名员工", "", 0, "", ""},
			{"2023年投资", "", 0, "", ""},
		},
	}
	rulePrefix = &rule{
		name:       "currency+number",
		pattern:    "[qualifier] currency-name [qualifier] numeral [currency-unit] [qualifier]",
		confidence: 0.95,
		examples: []example{
			{"基金人民币8.7亿元", "人民币8.7亿元", 870000000, "CNY", number.Exact},
			{"售价¥3.5万", "¥3.5万", 35000, "CNY", number.Exact},
			{"融资US$120,", "US$120", 120, "USD", number.Exact},
			{"价格$20,", "$20", 20, "USD", number.Exact},
			{"港幣3.14", "港幣3.14", 3.14, "HKD", number.Exact},
			{"人民币 8千元", "人民币 8千元", 8000, "CNY", number.Exact},
			{"约人民币300万元", "约人民币300万元", 3000000, "CNY", number.Approx},
			{"约合人民币640万元的罚款", "约合人民币640万元", 6400000, "CNY", number.Approx},
			{"ABC$5", "$5", 5, "USD", number.Exact},
			// English words of scale after the digits.
			{"granted a US$10 billion loan", "US$10 billion", 10000000000, "USD", number.Exact},
			{"from JPY 5.4 trillion in 2023", "JPY 5.4 trillion", 5400000000000, "JPY", number.Exact},
			{"US$3 billionaires", "US$3", 3, "USD", number.Exact},
		},
	}
	ruleCompound = &rule{
		name:       "compound",
		pattern:    "numeral unit numeral smaller-unit … (元 角 分, 块 毛, 美元 又 美分)",
		confidence: 0.9,
		examples: []example{
			{"共45元6角8分", "45元6角8分", 45.68, "CNY", number.Exact},
			{"五块二毛", "五块二毛", 5.2, "CNY", number.Exact},
			{"3元5角钱", "3元5角", 3.5, "CNY", number.Exact},
			{"玖仟陆佰陆拾伍圆壹角捌分", "玖仟陆佰陆拾伍圆壹角捌分", 9665.18, "CNY", number.Exact},
			{"贰仟肆佰贰拾壹元零贰分", "贰仟肆佰贰拾壹元零贰分", 2421.02, "CNY", number.Exact},
			{"最多一块二", "最多一块二", 1.2, "CNY", number.Max},
			{"一块半钱", "一块半", 1.5, "CNY", number.Exact},
			{"票价三元半。", "三元半", 3.5, "CNY", number.Exact},
			{"三块半导体", "", 0, "", ""},
			{"至少三块零四", "至少三块零四", 3.04, "CNY", number.Min},
			{"两美元又三美分", "两美元又三美分", 2.03, "USD", number.Exact},
			{"叁角贰分", "叁角贰分", 0.32, "CNY", number.Exact},
			{"五块二十个", "", 0, "", ""},
			// A digit after 块 or 元 is the next place down as a Chinese one is.
			{"却卖到了1块7。", "1块7", 1.7, "CNY", number.Exact},
			{"诊查费3块5，", "3块5", 3.5, "CNY", number.Exact},
			// A price per piece may follow the digit; an ASCII digit may
			// run into a word, a Chinese one may not.
			{"涨到两块八一斤", "两块八", 2.8, "CNY", number.Exact},
			{"从3块5上调", "3块5", 3.5, "CNY", number.Exact},
			{"买了三块五花肉", "", 0, "", ""},
		},
	}
	ruleCounterCurrency = &rule{
		name:       "number+counter+currency",
		pattern:    "[qualifier] whole numeral 个 currency-name, nothing after it that it names",
		confidence: 0.85,
		examples: []example{
			{"持有20个比特币", "20个比特币", 20, "XBT", number.Exact},
			{"换了300个美元。", "300个美元", 300, "USD", number.Exact},
			{"建立一个人民币清算中心", "", 0, "", ""},
			{"三个元", "", 0, "", ""},
		},
	}
	ruleColloquial = &rule{
		name:       "colloquial-dollar",
		pattern:    "[currency-name] numeral 個|个 半|digit [毫 digit] — only in a string known to be an amount",
		confidence: 0.7,
		examples: []example{
			{"五個半小时", "", 0, "", ""},
			{"三个半月", "", 0, "", ""},
			{"个九", "", 0, "", ""},
		},
		parseExamples: []example{
			{"五個半", "五個半", 5.5, "HKD", number.Exact},
			{"個半", "個半", 1.5, "HKD", number.Exact},
			{"個九", "個九", 1.9, "HKD", number.Exact},
			{"港幣三個一毫四", "港幣三個一毫四", 3.14, "HKD", number.Exact},
			{"三個", "", 0, "", ""},
		},
	}
	ruleMinor = &rule{
		name:       "minor-unit",
		pattern:    "numeral 角|毛|分|美分… — alone only in a money context, and the yuan's with no word running on",
		confidence: 0.7,
		examples: []example{
			{"票价涨了2角", "2角", 0.2, "CNY", number.Exact},
			{"票价涨了一分钱", "一分", 0.01, "CNY", number.Exact},
			{"每股收益33美分的水平", "33美分", 0.33, "USD", number.Exact},
			{"比赛得了5分", "", 0, "", ""},
			{"三角形", "", 0, "", ""},
			{"要求赔偿，但可能性十分渺茫", "", 0, "", ""},
		},
	}
	ruleRange = &rule{
		name:       "range",
		pattern:    "amount 至|到|- amount, or a numeral range with a currency",
		confidence: 0.9,
		examples: []example{
			{"投资10万元至20万元", "10万元至20万元", 100000, "CNY", number.Range},
			{"资助3000元——5000元。", "3000元——5000元", 3000, "CNY", number.Range},
			{"房价700元—800元左右。", "700元—800元左右", 700, "CNY", number.Approx},
			{"投资10万元至20万元以上", "10万元至20万元以上", 100000, "CNY", number.Min},
			{"五元六角-五元七毛八分", "五元六角-五元七毛八分", 5.6, "CNY", number.Range},
		},
	}
	ruleShared = &rule{
		name:       "number+shared-currency",
		pattern:    "numeral 比索…: a currency name several countries share (shared_currencies.tsv), whose country the stage reads from the PLACE mention nearest before",
		confidence: 0.8,
		examples: []example{
			// Find leaves the currency to the stage (TestSharedCurrency).
			{"损失达到3.4亿比索，约合", "3.4亿比索", 340000000, "", number.Exact},
			{"从三千比索降低到", "三千比索", 3000, "", number.Exact},
		},
		// A string alone names no country: no amount, as in running text.
		parseExamples: []example{{"3.4亿比索", "", 0, "", ""}},
	}
	ruleFew = &rule{
		name:       "few+currency",
		pattern:    "几 currency-unit ending in 钱: a few of it, 2..9",
		confidence: 0.7,
		examples: []example{
			{"价格降到了几块钱。", "几块钱", 2, "CNY", number.Approx},
			{"握着一张几块钱的票", "几块钱", 2, "CNY", number.Approx},
			{"这一斤几块钱？", "", 0, "", ""},
			{"点了好几块松明", "", 0, "", ""},
		},
	}
	ruleBareUnit = &rule{
		name:       "qualifier+unit+currency",
		pattern:    "qualifier 百|千|万|亿… currency-unit [currency-name], or the unit and currency and a qualifier after: one of the unit",
		confidence: 0.85,
		examples: []example{
			{"涉案总金额近千万元。", "近千万元", 10000000, "CNY", number.Max},
			{"出口总额超千亿元，", "超千亿元", 100000000000, "CNY", number.Min},
			{"拉动近万亿美元投资", "近万亿美元", 1000000000000, "USD", number.Max},
			{"规模已连续五年超过千亿元人民币，", "超过千亿元人民币", 100000000000, "CNY", number.Min},
			{"果农人均增收千元以上。", "千元以上", 1000, "CNY", number.Min},
			// Words that qualify only a unit alone.
			{"年销售额早已过亿元。", "过亿元", 100000000, "CNY", number.Min},
			{"对东盟进出口破千亿元", "破千亿元", 100000000000, "CNY", number.Min},
			{"人均收入不过万元。", "不过万元", 10000, "CNY", number.Max},
			// Without a qualifier a bare unit is a scale or a rate.
			{"每百元主营业务收入中的成本", "", 0, "", ""},
			{"第一个万元户", "", 0, "", ""},
			{"成为千亿元产业", "", 0, "", ""},
			{"近万块砖", "", 0, "", ""},
		},
	}
	ruleImplied = &rule{
		name:       "implied-cny:money-context",
		pattern:    "money-context word … numeral ending in 万|亿, no unit or counter after it",
		confidence: 0.6,
		examples: []example{
			{"全年营业收入2.6万亿,同比增长", "2.6万亿", 2600000000000, "CNY", number.Exact},
			{"全年人口2.6万", "", 0, "", ""},
			{"投资超过5亿建设", "超过5亿", 500000000, "CNY", number.Min},
			// A counter says what the number counts.
			{"销售收入增长，产量将达到800万对", "", 0, "", ""},
			// People named before the number are counted, and so is what a
			// noun for a count names.
			{"票房破纪录，观影人次已超4.35亿。", "", 0, "", ""},
			{"家电以旧换新补贴申请人数突破2000万", "", 0, "", ""},
			// Shares are counted, not priced.
			{"投资收益增加，各自增持了8700万股", "", 0, "", ""},
		},
	}
)

// rules lists every rule; numeral ranges with one currency (3至5万元) are
// read by ruleSuffix through the numeral parser.
var rules = []*rule{ruleSuffix, rulePrefix, ruleCompound, ruleCounterCurrency, ruleColloquial, ruleMinor, ruleRange, ruleShared, ruleFew, ruleBareUnit, ruleImplied}
