package dates

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// example is a rule's documented behaviour: in text, the first expression
// is want (its text) and normalizes to norm, against the examples' anchor
// (exampleAnchor, 2024-06-04 02:56, a Tuesday).
type example struct {
	text, want, norm string
}

// The rules, tried at every candidate position; the longest match wins and
// prefixes (截至, 自), ranges (至) and suffixes (以来, 之前) wrap them (see
// scanner.expr). Their names are mentions.rule.
var rules = []rule{
	{
		name:    "calendar",
		match:   func(s *scanner, i int) (value, int, bool) { return s.calendar(i, nil) },
		numeral: true,
		starts:  "公农阴正腊冬",
		kinds:   []string{dictionaries.DateReign, dictionaries.DateYear, dictionaries.DateMonth, dictionaries.DateDay, dictionaries.DateDayRef, dictionaries.DateWeek, dictionaries.DateWeekNoun, dictionaries.DateDaypart, "holiday"},
		examples: []example{
			{"2024年6月4日", "2024年6月4日", "2024-06-04"},
			{"7.2023年我国粮食总产量", "2023年", "2023"}, // a list item's number, then a year
			{"今天来到这里", "今天", "2024-06-04"},      // 来到 is "came to", no "since"
			{"二〇一八年七月四日", "二〇一八年七月四日", "2018-07-04"},
			{"2023年11月,", "2023年11月", "2023-11"},
			{"2019年,", "2019年", "2019"},
			{"1998年度报告", "1998年度", "1998"},
			{"6月4日", "6月4日", "2024-06-04"},
			{"刚结束5月的", "5月", "2024-05"},
			{"12月", "12月", "2024-12"},
			// After a dated expression and 和, 与, 及, 、 or 或: that one's year.
			{"2018年10月和11月", "11月", "2018-11"},
			{"2018年10月3日、5日", "5日", "2018-10-05"},
			// Even when that one took its year from publication, or is a
			// range (it lends its last day); a bare day only after a day.
			{"会议于5月6日、7日举行", "7日", "2024-05-07"},
			{"5月6日和7日两天", "7日", "2024-05-07"},
			{"4月30日至5月2日、3日", "3日", "2024-05-03"},
			{"5月6日至7日、9日", "9日", "2024-05-09"},
			{"去年11月、12月", "12月", "2023-12"},
			{"上周三和周五", "周五", "2024-05-31"},
			{"29日上午", "29日上午", "2024-05-29T08/2024-05-29T11"},
			// Two parts of a month written together are one span, not the
			// month and a part of the publication month (5月 + 下旬).
			{"将于9月中下旬举办", "9月中下旬", "2024-09-11/2024-09-30"},
			{"5月上中旬择机发射", "5月上中旬", "2024-05-01/2024-05-20"},
			// ASCII N号 after a name only before a part of the day.
			{"国务院总理李克强26号上午在人民大会堂会见", "26号上午", "2024-05-26T08/2024-05-26T11"},
			// Or before a word that opens what the clause says, as broadcast
			// news writes dates (date_words.tsv kind predicate); a comma
			// after one opening its sentence.
			{"伊拉克2号再次发生系列炸弹袭击", "2号", "2024-06-02"},
			{"谢里夫3号晚在拉合尔发表演讲", "3号晚", "2024-06-03T18/2024-06-03T23"},
			{"火炬于2号抵达莫斯科", "2号", "2024-06-02"},
			{"。27号，就在纪念日当天", "27号", "2024-05-27"},
			{"。2号玻利维亚总统莫拉莱斯出席论坛", "2号", "2024-06-02"},
			// After a time zone, in brackets after a day word, or alone in
			// its clause after a comma, 在 or 于.
			{"当地时间2号，国家主席胡锦涛出席峰会", "2号", "2024-06-02"},
			{"外交部发言人在今天（4号）的例行记者会上表示", "4号", "2024-06-04"},
			{"萨那通讯社报道，3号，叙利亚政府军与反对派交火", "3号", "2024-06-03"},
			{"而就在3号，有关负责人还表示", "3号", "2024-06-03"},
			{"2022年3月1日9:00", "2022年3月1日9:00", "2022-03-01T09:00"},
			{"下午3点半", "下午3点半", "2024-06-04T15:30"},
			{"15时30分", "15时30分", "2024-06-04T15:30"},
			{"今晚19：30播出", "今晚19：30", "2024-06-04T19:30"}, // a full-width colon
			// 12 after a part of the night is its midnight; after 中午, noon.
			{"预计记者今晚12点左右到达现场", "今晚12点左右", "2024-06-05T00"},
			{"协定将于本月22日晚12时失效", "本月22日晚12时", "2024-06-23T00"},
			{"中午12点开饭", "中午12点", "2024-06-04T12"},
			{"任期将于19号午夜结束", "19号午夜", "2024-06-19T23"},
			{"凌晨3时许", "凌晨3时许", "2024-06-04T03"},
			// 白天 is a daypart only after a date: alone it is mostly
			// generic (白天气温较高).
			{"今天白天，北京有雨", "今天白天", "2024-06-04T06/2024-06-04T17"},
			{"29日白天，雨势减弱", "29日白天", "2024-05-29T06/2024-05-29T17"},
			// One Chinese digit after 点 counts 字 of five minutes, as in
			// Cantonese; 三点零三 and 三点三分 are 3:03. A digit that begins
			// the next word is none (十一点一直唱到, 8点七夕歌会).
			{"下午三点三", "下午三点三", "2024-06-04T15:15"},
			{"晏昼三点踏半", "晏昼三点踏半", "2024-06-04T15:30"},
			{"下午三点三分", "下午三点三分", "2024-06-04T15:03"},
			{"上午十一点一直唱到中午", "上午十一点", "2024-06-04T11"},
			{"上午10点", "上午10点", "2024-06-04T10"},
			{"2023年底", "2023年底", "2023-12"},
			{"2012年年底完成", "2012年年底", "2012-12"},
			{"今年上半年", "今年上半年", "2024-H1"},
			{"今年前三个季度，", "今年前三个季度", "2024-Q1/2024-Q3"},
			{"2023年第三季度", "2023年第三季度", "2023-Q3"},
			{"2023年第一季", "2023年第一季", "2023-Q1"},
			{"5月上旬", "5月上旬", "2024-05-01/2024-05-10"},
			{"3月底", "3月底", "2024-03-21/2024-03-31"},
			{"去年12月", "去年12月", "2023-12"},
			// 的 between the year and the month.
			{"也就是1885年的9月26日，", "1885年的9月26日", "1885-09-26"},
			{"去年的5月29日", "去年的5月29日", "2023-05-29"},
			{"明年", "明年", "2025"},
			{"上个月", "上个月", "2024-05"},
			{"昨天", "昨天", "2024-06-03"},
			{"前天下午", "前天下午", "2024-06-02T12/2024-06-02T17"},
			{"周三", "周三", "2024-06-05"},
			{"上周五", "上周五", "2024-05-31"},
			{"农历正月初一", "农历正月初一", "2024-02-10"},
			{"腊月二十三", "腊月二十三", "2025-01-22"},
			{"今天是腊月28，春运继续", "腊月28", "2025-01-27"},
			{"春节", "春节", "2024-02-10"},
			{"2023年中秋节", "2023年中秋节", "2023-09-29"},
			// A year before a holiday without 年, as titles write it.
			{"《2019元宵晚会》", "2019元宵", "2019-02-19"},
			{"2020中秋", "2020中秋", "2020-10-01"},
			{"今年端午节", "今年端午节", "2024-06-10"},
			{"五一假期", "五一", "2024-05-01"},
			{"今年“五一”假期，游客众多", "五一", "2024-05-01"},
			{"参加“五一”庆祝活动的劳模", "五一", "2024-05-01"},
			// Also the holiday itself (date_words.tsv kind festive).
			{"共度元宵佳节", "元宵", "2024-02-24"},
			{"共贺国庆佳节", "国庆", "2024-10-01"},
			// Or beside a holiday that stands alone.
			{"国庆中秋期间", "国庆", "2024-10-01"},
			{"喜迎中秋国庆", "国庆", "2024-10-01"},
			{"五一、端午小长假", "五一", "2024-05-01"},
			// Words the weather takes too, after a holiday that is no solar term.
			{"国庆临近，各地装扮一新", "国庆", "2024-10-01"},
			{"预计国庆前完工", "国庆", "2024-10-01"},
			{"国庆节", "国庆节", "2024-10-01"},
			{"冬至", "冬至", "2023-12-22"},
			// 中国农民丰收节 is kept on the autumn equinox (since 2018).
			{"首个“中国农民丰收节”", "中国农民丰收节", "2024-09-22"},
			{"2018年农民丰收节", "2018年农民丰收节", "2018-09-23"},
			// Commemorative days on a fixed date or weekday.
			{"世界环境日当天", "世界环境日", "2024-06-05"},
			{"今年全国助残日", "今年全国助残日", "2024-05-19"},
			{"圣诞节", "圣诞节", "2023-12-25"},
			// Holidays of several days: Ramadan by the Umm al-Qura calendar, Lent.
			{"今年斋月期间", "今年斋月", "2024-03-11/2024-04-09"},
			{"2018年大斋期", "2018年大斋期", "2018-02-14/2018-03-31"},
			{"2018年四旬节", "2018年四旬节", "2018-02-14/2018-03-31"},
			// Jewish holidays by the Hebrew calendar: their civil days, not
			// the evening before.
			{"2018年逾越节", "2018年逾越节", "2018-03-31/2018-04-06"},
			{"普珥节", "普珥节", "2024-03-24"},
			{"“3·15”晚会", "3·15", "2024-03-15"},
			{"卫塞节", "卫塞节", "2024-05-22"},
			{"春节上午", "春节上午", "2024-02-10T08/2024-02-10T11"},
			{"农历新年", "农历新年", "2024-02-10"},
			{"十月第一个星期一", "十月第一个星期一", "2024-10-07"},
			{"十月的第一周", "十月的第一周", "2024-W40"},
			{"明年第九个月", "明年第九个月", "2025-09"},
			{"今年的最后3周", "今年的最后3周", "2024-W50/2024-W52"},
			{"去年的前10天", "去年的前10天", "2023-01-01/2023-01-10"},
			{"民国三年", "民国三年", "1914"},
			{"康熙二十年9月", "康熙二十年9月", "1681-09"},
			{"25日晚", "25日晚", "2024-05-25T18/2024-05-25T23"},
			{"今晚", "今晚", "2024-06-04T18/2024-06-04T23"},
			{"今年夏天", "今年夏天", "2024-06/2024-08"},
			{"去年冬天", "去年冬天", "2023-12/2024-02"},
		},
	},
	{
		name:   "week-part",
		match:  (*scanner).weekPart,
		starts: "上下",
		kinds:  []string{dictionaries.DateWeekPart},
		examples: []example{
			{"下半周须关注CPI数据", "下半周", "2024-06-06/2024-06-09"},
			{"上半周", "上半周", "2024-06-03/2024-06-05"},
		},
	},
	{
		name:    "year-part",
		match:   (*scanner).yearPartAlone,
		numeral: true,
		starts:  "年第前Q",
		kinds:   []string{dictionaries.DateYearPart},
		examples: []example{
			{"年初", "年初", "2024-01/2024-02"},
			{"年底前完成", "年底前", "../2024-12"},
			{"下半年", "下半年", "2024-H2"},
			{"一季度", "一季度", "2024-Q1"},
			{"Q1", "Q1", "2024-Q1"},
			{"前三季度", "前三季度", "2024-Q1/2024-Q3"},
			{"前两个季度", "前两个季度", "2024-Q1/2024-Q2"},
		},
	},
	{
		name:   "month-part",
		match:  (*scanner).monthPartAlone,
		starts: "月",
		kinds:  []string{dictionaries.DateMonthPart},
		examples: []example{
			{"月底", "月底", "2024-06-21/2024-06-30"},
			{"下旬", "下旬", "2024-06-21/2024-06-30"},
		},
	},
	{
		name:   "numeric-date",
		match:  (*scanner).numericDate,
		starts: "0123456789",
		examples: []example{
			{"2024-06-04 02:56:00", "2024-06-04 02:56:00", "2024-06-04T02:56:00"},
			{"2024/6/4", "2024/6/4", "2024-06-04"},
			{"2024.6.4", "2024.6.4", "2024-06-04"},
			{"2010-01-29", "2010-01-29", "2010-01-29"},
			{"2010 01 29", "2010 01 29", "2010-01-29"},
			{"05/05/89", "05/05/89", "1989-05-05"},
			{"25/12/2023", "25/12/2023", "2023-12-25"},
			{"12/25/2023", "12/25/2023", "2023-12-25"},
		},
	},
	{
		name:  "week",
		match: (*scanner).week,
		kinds: []string{dictionaries.DateWeek, dictionaries.DateWeekNoun},
		examples: []example{
			{"本周", "本周", "2024-W23"},
			{"上周", "上周", "2024-W22"},
			{"下周末", "下周末", "2024-06-15/2024-06-16"},
		},
	},
	{
		name:    "era",
		match:   (*scanner).era,
		numeral: true,
		starts:  "上本",
		examples: []example{
			{"20世纪80年代", "20世纪80年代", "1980/1989"},
			{"上世纪90年代", "上世纪90年代", "1990/1999"},
			{"21世纪初", "21世纪初", "2000/2009"},
			{"80年代", "80年代", "1980/1989"},
			{"十九世纪七十年代", "十九世纪七十年代", "1870/1879"},
			{"上世纪八九十年代", "上世纪八九十年代", "1980/1999"},
			{"七八十年代的老房子", "七八十年代", "1970/1989"},
			{"上世纪七八十年代末，他来到北京", "上世纪七八十年代末", "1987/1989"},
			{"八九十年代初期的工厂", "八九十年代初期", "1980/1982"},
			{"七八十年代中期", "七八十年代", "1970/1989"},
		},
	},
	{
		name:    "offset",
		match:   (*scanner).offset,
		numeral: true,
		starts:  "半",
		examples: []example{
			{"10天前", "10天前", "2024-05-25"},
			{"3年后", "3年后", "2027-06-04"},
			{"两个月后", "两个月后", "2024-08-04"},
			{"两小时前", "两小时前", "2024-06-04T00:56:00"},
			// More than N units, or half a unit.
			{"三年多前曾交易", "三年多前", "../2021-06-04"},
			{"10多天前发生", "10多天前", "../2024-05-25"},
			{"两个多月前开始", "两个多月前", "../2024-04-04"},
			{"十几年前，他来到这里", "十几年前", "../2014-06-04"},
			{"早在三五年前，这里", "三五年前", "2019-06-04/2021-06-04"}, // between the two ends back
			{"两三天前发生", "两三天前", "2024-06-01/2024-06-02"},
			{"他三年前来过这里", "三年前", "2021-06-04"}, // 来 after 前 is "came", no "since"
			{"半年前，他来到这里", "半年前", "2023-12-04"},
			// Long before publication still counts from it (long after it
			// counts from an event of the story: see duration).
			{"80年前，中俄两国人民并肩作战", "80年前", "1944-06-04"},
			{"70年前的今天，新中国成立", "70年前的今天", "1954-06-04"},
			// After a verb of a plan, not of an event, an offset still
			// counts from publication (see duration for 成立两年后).
			{"该项目预计3年后建成", "3年后", "2027-06-04"},
			{"公司计划两年后在科创板上市", "两年后", "2026-06-04"},
			{"大桥将于两年后通车", "两年后", "2026-06-04"},
		},
	},
	{
		name:   "window",
		match:  (*scanner).window,
		starts: "最过近未今前上下后之",
		examples: []example{
			{"前两年", "前两年", "2022/2023"},
			{"未来12个月", "未来12个月", "2024-07/2025-06"},
			// A range of counts ahead: the window of the larger (qualifier max).
			{"未来1至2年将是关键期", "未来1至2年", "2025/2026"},
			{"今后五年", "今后五年", "2025/2029"},
			// A duration and 来: the span up to publication, as 近70年来.
			{"70年来，", "70年来", "1954-06-04/2024-06-04"},
			{"40年来的成就", "40年来", "1984-06-04/2024-06-04"},
			// More than N units: from about N back (qualifier approx).
			{"60多年来，", "60多年来", "1964-06-04/2024-06-04"},
			{"下三天", "下三天", "2024-06-05/2024-06-07"},
			{"近三年", "近三年", "2021-06-04/2024-06-03"},
			{"近两天，叙利亚首都", "近两天", "2024-06-02/2024-06-03"},
			{"近一个小时来，雨势", "近一个小时来", "2024-06-04T01/2024-06-04T02"},
			{"过去的一年，在党中央领导下", "过去的一年", "2023-06-04/2024-06-03"},
			// Half a unit: whole units of the next finer one.
			{"最近半年，学生", "最近半年", "2023-12-04/2024-06-03"},
			{"过去半个月", "过去半个月", "2024-05-20/2024-06-03"},
			{"之后5分钟", "之后5分钟", "2024-06-04T02:56/2024-06-04T03:00"},
		},
	},
	{
		name:   "within",
		match:  (*scanner).within,
		starts: "年月今本",
		examples: []example{
			{"年内完成", "年内", "2024"},
			{"今年年内建成", "今年年内", "2024"},
			{"月内完成", "月内", "2024-06"},
		},
	},
	{
		name:   "relative-quarter",
		match:  (*scanner).relativeQuarter,
		starts: "本这上下",
		examples: []example{
			{"本季度营收", "本季度", "2024-Q2"},
			{"上季度末", "上季度", "2024-Q1"},
			{"下一季度", "下一季度", "2024-Q3"},
		},
	},
	{
		name:  "recent-month",
		match: (*scanner).recentMonth,
		kinds: []string{dictionaries.DateRecent},
		examples: []example{
			{"刚刚过去的5月", "刚刚过去的5月", "2024-05"},
			{"刚过去的6月", "刚过去的6月", "2023-06"},
		},
	},
	{
		name:   "these",
		match:  (*scanner).these,
		starts: "这",
		examples: []example{
			{"这两天，气温回升", "这两天", "2024-06-02/2024-06-04"},
			{"这十年来", "这十年来", "2014-06-04/2024-06-04"},
		},
	},
	{
		name:   "pair",
		match:  (*scanner).pair,
		starts: "昨今明",
		examples: []example{
			{"今明两天", "今明两天", "2024-06-04/2024-06-05"},
			{"明后天", "明后天", "2024-06-05/2024-06-06"},
			{"昨今两日", "昨今两日", "2024-06-03/2024-06-04"},
			{"今明两年", "今明两年", "2024/2025"},
		},
	},
	{
		name:  "vague",
		match: (*scanner).vague,
		kinds: []string{dictionaries.DateVague},
		examples: []example{
			{"近日", "近日", pastRef},
			{"目前", "目前", presentRef},
			{"届时", "届时", futureRef},
			{"最近，", "最近", pastRef},
			{"前不久", "前不久", pastRef},
			{"现阶段", "现阶段", presentRef},
			{"未来", "未来", futureRef},
			// Quoted speech runs on past it, or holds a word of speech
			// before it (这些, 无法, 我们): no name.
			{"他说：“未来，我们将扩大合作。”", "未来", futureRef},
			{"“这些矿产都无法用于福特未来的生产计划”", "未来", futureRef},
			{"他说：“我们无法预测未来”", "未来", futureRef},
			// Only words of kind named make a name.
			{"“政府的立场今后也不会动摇”", "今后", futureRef},
		},
	},
	{
		name:  "anaphor",
		match: (*scanner).anaphor,
		kinds: []string{dictionaries.DateAnaphor},
		examples: []example{
			{"5月20日签约，当天生效", "当天", "2024-05-20"},
			{"5月20日签约，次日生效", "次日", "2024-05-21"},
			{"5月20日，朝鲜发射导弹。同一天，韩国海军成立了新部队", "同一天", "2024-05-20"},
			{"2019年建成，当年投产", "当年", "2019"},
			// A month or day after a year anaphor narrows it.
			{"2017年1月访华，同年4月访日", "同年4月", "2017-04"},
			{"2019年建成，次年3月15日投产", "次年3月15日", "2020-03-15"},
			{"2023年12月签署协议，次月启动", "次月", "2024-01"},
			// An open interval's last unit counts; a span of several units does not.
			{"截至2023年底建成，当年投产", "当年", "2023"},
			{"近三年持续投入，当年投产", "当年", ""},
			// 当年 after the present year is the past it is set against; after
			// 50年前 it is that year.
			{"今年86岁的老兵当年参战", "当年", ""},
			{"50年前卫星发射成功，当年的人们", "当年", "1974"},
			// With no date before it in the paragraph, it names nothing.
			{"当天下午", "当天下午", ""},
			// A day anaphor takes the part of the day after it.
			{"以色列军方8日称，当天凌晨袭击了", "当天凌晨", "2024-06-08T00/2024-06-08T05"},
			{"5月20日签约，次日上午生效", "次日上午", "2024-05-21T08/2024-05-21T11"},
			{"以色列军方8日称，当天下午3时袭击了", "当天下午3时", "2024-06-08T15"},
			{"以色列军方8日称，当晚袭击了", "当晚", "2024-06-08T18/2024-06-08T23"},
			{"以色列军方8日称，当晚8时袭击了", "当晚8时", "2024-06-08T20"},
		},
	},
	{
		name:    "duration",
		match:   (*scanner).duration,
		numeral: true,
		starts:  "半个分",
		examples: []example{
			{"7天时间", "7天", "P7D"},
			{"两年", "两年", "P2Y"},
			{"计划延后两月再执行", "两月", "P2M"}, // 两 never names a month
			{"用了整整一年时间", "一年", "P1Y"},
			{"三个月", "三个月", "P3M"},
			{"半年", "半年", "P6M"},
			{"一个多小时", "一个多小时", "PT1H"},
			// 两三 and 三五 name a range, as in money; 三十五 is 35.
			{"休息两三天就好", "两三天", "P2D..P3D"},
			{"过个三五天再来", "三五天", "P3D..P5D"},
			{"等了十五六年", "十五六年", "P15Y..P16Y"},
			{"用了两三个半月", "两三个半月", "P2M15D"}, // whose the half is is unclear: approx
			{"三五年内不会变", "三五年", "P3Y..P5Y"},
			{"等了三五个月", "三五个月", "P3M..P5M"},
			{"用了三十五天", "三十五天", "P35D"},
			// After a word of lasting, 近 is "nearly", not "the last"
			// (the stage joins 近 to the span as its qualifier).
			{"时隔近4年首次访问日本", "4年", "P4Y"},
			{"乘车近一个小时来到这里", "一个小时", "PT1H"}, // nearly an hour long, not the last hour
			{"对峙近5个小时后被击毙", "5个小时", "PT5H"},
			{"经过近三个小时的穿插奔袭", "三个小时", "PT3H"},
			{"持续了近一周", "一周", "P1W"},
			{"就任已近8个月", "8个月", "P8M"},
			// 88年后 counts from an event of the story, not from publication.
			{"冷战结束88年后", "88年", "P88Y"},
			// 来 that begins a verb is no 以来: 3年来华 is three years.
			{"3年来华访问", "3年", "P3Y"},
			{"十年来首次超过全国增速", "十年", "P10Y"},
			{"创4年来的最高水平", "4年", "P4Y"},
			// So does an offset followed by the date it names.
			{"然而5天后的1月19日", "5天", "P5D"},
			{"两年后，1905年4月3日，莱特兄弟再次试飞", "两年", "P2Y"},
			// 后 and N units after an event or a verb count from it, no window.
			{"该机型研制成功后一年多，就投入量产", "一年多", "P1Y"},
			{"比赛结束后两天，球队返回", "两天", "P2D"},
			// So do N units and 后 or 前 right after a verb of an event
			// (date_words.tsv kind event), maybe with 约, 近 or 了 between.
			{"上海合作组织成立23年后，成员国增加到10个", "23年", "P23Y"},
			{"当选日本第102任首相，上任8天后即宣布解散众议院", "8天", "P8D"},
			{"神舟十五号航天员乘组返回57天后，中国航天员科研训练中心", "57天", "P57D"},
			{"邓稼先去世13年后，在新中国成立50周年前夕", "13年", "P13Y"},
			{"火箭发射约8分钟后，助推器分离", "8分钟", "PT8M"},
			{"《荒野行动》上线近两年依然保持在榜单前列", "两年", "P2Y"},
			{"大桥通车两年前，他离开了这里", "两年", "P2Y"},
			// An open offset before a comma and a date is a length too.
			{"三年多前，2021年5月，他来到这里", "三年多", "P3Y"},
			{"一个半小时", "一个半小时", "PT1H30M"},
			// A quarter with 个 is three months (三季度 alone is a quarter of a year).
			{"个人消费连续3个季度呈负增长", "3个季度", "P9M"},
			{"一个半季度", "一个半季度", "P4M15D"},
			{"两周", "两周", "P2W"},
			{"三年半", "三年半", "P3Y6M"},
			{"8天20小时", "8天20小时", "P8DT20H"},
			{"十 月", "十 月", "P10M"},
			{"半日", "半日", "PT12H"},
			{"个半小时", "个半小时", "PT1H30M"},
			{"五分半钟", "五分半钟", "PT5M30S"},
			// A race time writes hundredths after 秒; a count after it is its own.
			{"以9秒83的成绩夺冠", "9秒83", "PT9.83S"},
			{"以32.447秒的成绩打破纪录", "32.447秒", "PT32.447S"},
			{"成绩为3分28秒85。", "3分28秒85", "PT3M28.85S"},
			{"每30秒3个", "30秒", "PT30S"},
			{"五点五分钟", "五点五分钟", "PT5M30S"},
			{"五分三十秒", "五分三十秒", "PT5M30S"},
			{"以7分06秒的成绩", "7分06秒", "PT7M6S"}, // a race time
		},
	},
	{
		name:    "numeral-pair", // match set in init: numeralPair runs the other rules
		numeral: true,
		examples: []example{
			// Two adjacent numerals with 、 and the second's unit: a range
			// from the first's unit to the second's.
			{"进入七、八月，游客增多", "七、八月", "2024-07/2024-08"},
			{"到了三、四月份气温回升", "三、四月份", "2024-03/2024-04"},
			{"预计一、二季度增速放缓", "一、二季度", "2024-Q1/2024-Q2"},
			{"在七、八十年代，", "七、八十年代", "1970/1989"},
			{"在1、2月份，全国", "1、2月份", "2024-01/2024-02"},
			{"预计5、6日有降雨", "5、6日", "2024-06-05/2024-06-06"},
			// A duration reads as the unspaced 两三天: a range.
			{"他在这里干了二、三十年", "二、三十年", "P20Y..P30Y"},
			{"休息两、三天就好", "两、三天", "P2D..P3D"},
			{"住上三、五天", "三、五天", "P3D..P5D"}, // 三、五: a few
			// An offset reads as the unspaced 二三十年前.
			{"早在二、三十年前，这里还是农田", "二、三十年前", "1994-06-04/2004-06-04"},
		},
	},
	{
		name:    "month-list", // match set in init: monthList runs calendar
		numeral: true,
		kinds:   []string{dictionaries.DateYear},
		examples: []example{
			// Adjacent months listed with 、 and their count: the span of
			// them, in the year before them if one is written.
			{"仅今年7、8两个月，全国", "今年7、8两个月", "2024-07/2024-08"},
			{"今年4、5、6三个月规模以上工业", "今年4、5、6三个月", "2024-04/2024-06"},
			{"预计，仅六、七两个月，餐饮业", "六、七两个月", "2024-06/2024-07"},
			{"去年5月、6月两个月，全美", "去年5月、6月两个月", "2023-05/2023-06"},
			{"2013年7、8两个月，全国", "2013年7、8两个月", "2013-07/2013-08"},
			{"4、5两个月规模以上工业", "4、5两个月", "2024-04/2024-05"},
		},
	},
	{
		name:    "duration-range", // match set in init: durationRange runs the other rules
		numeral: true,
		examples: []example{
			// A number, 至, 到 or a dash and a duration: both ends, as
			// money and quantities write 30000..50000 (qualifier range).
			{"就会在1至3天内发射", "1至3天", "P1D..P3D"},
			{"周期需要6至9个月，", "6至9个月", "P6M..P9M"},
			{"打算出国留学1-2年", "1-2年", "P1Y..P2Y"},
			{"在三到四分钟的简短交谈中", "三到四分钟", "PT3M..PT4M"},
			{"需要两到三个月", "两到三个月", "P2M..P3M"},
			{"耗时3小时至5小时", "3小时至5小时", "PT3H..PT5H"},
			// With 后 or 前 after it the range stays a duration: no date
			// is invented for either end.
			{"预计2至3小时后抵达现场", "2至3小时", "PT2H..PT3H"},
			{"3至5年前曾在此工作", "3至5年", "P3Y..P5Y"},
		},
	},
}

// exampleAnchor is the publication time every rule example is resolved
// against: the seed article's.
var exampleAnchor = time.Date(2024, 6, 4, 2, 56, 0, 0, time.UTC)

// yearPartAlone reads a part of the publication year: 年初, 年底,
// 上半年, 一季度, Q1, 前三季度.
func (s *scanner) yearPartAlone(i int) (value, int, bool) {
	c := chain{rel: true, implicit: true}
	if s.anchor == nil {
		c.unres = true
	} else {
		c.y, c.hasY = s.anchor.Year(), true
	}
	if e := s.lit(i, "年"); e >= 0 {
		if v, k, ok := s.yearPart(e, c, true); ok && k == e+1 {
			return v, k, true
		}
		return value{}, 0, false
	}
	return s.yearPart(i, c, false)
}

// weekPart reads a half of the publication week (下半周: Thursday to Sunday),
// not half a week's length (半周).
func (s *scanner) weekPart(i int) (value, int, bool) {
	w, k := s.word(kindWeekPart, i)
	if w == nil {
		return value{}, 0, false
	}
	var v value
	v.typ = pipeline.Date
	if !s.fromAnchor(&v) {
		return v, k, true
	}
	start := weekStart(*s.anchor).AddDate(0, 0, w.N[0]-1)
	out := span(start, start.AddDate(0, 0, w.N[1]), gDay)
	out.relative = true
	return out, k, true
}

// monthPartAlone reads a part of the publication month: 月初, 月底, 上旬.
func (s *scanner) monthPartAlone(i int) (value, int, bool) {
	c := chain{rel: true}
	if s.anchor == nil {
		c.unres = true
	} else {
		c.y, c.m, c.hasY, c.hasM = s.anchor.Year(), int(s.anchor.Month()), true, true
	}
	j := i
	if e := s.lit(i, "月"); e >= 0 {
		j = e
	}
	w, _ := s.word(kindMonthPart, j)
	if w == nil || j == i && len([]rune(w.Word)) == 1 || j > i && len([]rune(w.Word)) > 1 {
		return value{}, 0, false
	}
	return s.monthPart(j, c)
}

// digitsAt reads a run of at most max ASCII digits as a number.
func (s *scanner) digitsAt(i, max int) (int, int, bool) {
	v, j := 0, i
	for j < len(s.r) && isDigit(s.r[j]) && j-i < max {
		v = v*10 + int(s.r[j]-'0')
		j++
	}
	return v, j, j > i && !isDigit(s.at(j))
}

// numericDate reads 2024-06-04[ 02:56[:00]], 2024/6/4, 2024.6.4 and
// 2010 01 29, and dates with the year last (05/05/89, 25/12/2023) when only
// one reading of day and month is a date: 1/2/2020 is 1 February in Britain
// and January 2nd in America, and is left alone.
func (s *scanner) numericDate(i int) (value, int, bool) {
	y, j, ok := s.digitsAt(i, 4)
	if !ok {
		return value{}, 0, false
	}
	if j-i != 4 {
		return s.yearLast(i)
	}
	sep := s.at(j)
	if sep != '-' && sep != '/' && sep != '.' && sep != ' ' {
		return value{}, 0, false
	}
	m, k, ok := s.digitsAt(j+1, 2)
	if !ok || s.at(k) != sep || sep == ' ' && k-j != 3 {
		return value{}, 0, false
	}
	d, e, ok := s.digitsAt(k+1, 2)
	if !ok || !validYMD(y, m, d) || sep == ' ' && e-k != 3 {
		return value{}, 0, false
	}
	v := unit(ymd(y, m, d), gDay)
	j = e
	if s.at(j) == ' ' || s.at(j) == 'T' {
		if h, mi, sec, g, k2, ok := s.clock(j+1, true); ok && s.at(j+2) != '点' {
			v = unit(v.start.Add(time.Duration(h)*time.Hour+time.Duration(mi)*time.Minute+time.Duration(sec)*time.Second), g)
			v.point, j = true, k2
		}
	} else if tv, k2, ok := s.timeOfDay(j, v, true, false); ok {
		v, j = tv, k2
	}
	return v, j, true
}

// yearLast reads a/b/yyyy or a-b-yy with day and month in either order,
// when the order does not matter (05/05/89) or only one is a date (25/12).
func (s *scanner) yearLast(i int) (value, int, bool) {
	a, j, ok := s.digitsAt(i, 2)
	sep := s.at(j)
	if !ok || sep != '/' && sep != '-' {
		return value{}, 0, false
	}
	b, k, ok := s.digitsAt(j+1, 2)
	if !ok || s.at(k) != sep {
		return value{}, 0, false
	}
	y, e, ok := s.digitsAt(k+1, 4)
	if !ok || e-k-1 != 4 && e-k-1 != 2 || s.at(e) == sep || s.at(e) == '.' && isDigit(s.at(e+1)) {
		return value{}, 0, false
	}
	if e-k-1 == 2 {
		y = twoDigitYear(y, s.anchor)
	}
	dm, md := validYMD(y, b, a), validYMD(y, a, b)
	var t time.Time
	switch {
	case a == b && dm, dm && !md:
		t = ymd(y, b, a)
	case md && !dm:
		t = ymd(y, a, b)
	default:
		return value{}, 0, false
	}
	return unit(t, gDay), e, true
}

// week reads a whole week (本周, 上周, 下个星期) or weekend (周末, 下周末).
func (s *scanner) week(i int) (value, int, bool) {
	off, j := 0, i
	w, k := s.word(kindWeek, i)
	if w != nil {
		off, j = w.N[0], k
	}
	n, k := s.word(kindWeekNoun, j)
	if n == nil {
		return value{}, 0, false
	}
	weekend := s.at(k) == '末'
	if weekend {
		k++
	} else if w == nil || isCJKNum(s.at(k)) || s.at(k) == '日' || s.at(k) == '天' || s.at(k) == '年' {
		return value{}, 0, false // 周三 is a day (calendar); 周年 is no week
	}
	var v value
	v.typ = pipeline.Date
	if !s.fromAnchor(&v) {
		return v, k, true
	}
	start := weekStart(*s.anchor).AddDate(0, 0, 7*off)
	if weekend {
		v = span(start.AddDate(0, 0, 5), start.AddDate(0, 0, 7), gDay)
	} else {
		v = unit(start, gWeek)
	}
	v.relative = true
	return v, k, true
}

// era reads centuries and decades: 20世纪80年代, 上世纪90年代, 本世纪,
// 21世纪初, 80年代 (the latest such decade not after publication).
func (s *scanner) era(i int) (value, int, bool) {
	var v value
	v.typ = pipeline.Date
	j := i
	century, hasCentury := 0, false
	switch {
	case s.lit(j, "上世纪") >= 0 || s.lit(j, "上个世纪") >= 0:
		j = s.litAny(j, "上世纪", "上个世纪")
		if s.fromAnchor(&v) {
			century = s.anchor.Year()/100 - 1
		}
		hasCentury = true
	case s.lit(j, "本世纪") >= 0:
		j += 3
		if s.fromAnchor(&v) {
			century = s.anchor.Year() / 100
		}
		hasCentury = true
	default:
		if n, k, ok := s.intIn(j, 1, 30); ok {
			if e := s.lit(k, "世纪"); e >= 0 {
				century, hasCentury, j = n-1, true, e
			}
		}
	}
	decade, hasDecade, decades := 0, false, 1
	if d, k, ok := s.intIn(j, 0, 90); ok && d%10 == 0 {
		if e := s.lit(k, "年代"); e >= 0 {
			decade, hasDecade, j = d, true, e
		}
	} else if a, ok := cjkDigit(s.at(j)); ok && a >= 1 {
		// 八九十年代: two decades in a row, the 1980s and 1990s.
		if b, ok := cjkDigit(s.at(j + 1)); ok && b == a+1 && b <= 9 {
			if e := s.lit(j+2, "十年代"); e >= 0 {
				decade, hasDecade, decades, j = 10*a, true, 2, e
			}
		}
	}
	if !hasCentury && !hasDecade {
		return value{}, 0, false
	}
	if !hasCentury {
		if !s.fromAnchor(&v) {
			return v, j, true
		}
		century = s.anchor.Year() / 100
		if century*100+decade > s.anchor.Year() {
			century--
		}
	}
	if v.unresolved {
		return v, j, true
	}
	start, length := century*100, 100
	if hasDecade {
		start, length = start+decade, 10*decades
	}
	qual := ""
	// 初/中/末 of a century are its first, middle and last decades; of a
	// decade its first, middle and last few years. Of two decades
	// (七八十年代末) 初 and 末 are the ends of the pair; its middle is no part
	// of either decade.
	if e := s.litAny(j, "初期", "初", "中期", "中叶", "末期", "末叶", "末"); e >= 0 && (decades == 1 || s.r[j] != '中') && s.partEnds(e, string(s.r[j:e])) {
		part := 10
		if hasDecade {
			part = 3
		}
		switch s.r[j] {
		case '初':
		case '中':
			start += length/2 - part/2
		case '末':
			start += length - part
		}
		length, j, qual = part, e, "approx"
	}
	out := span(ymd(start, 1, 1), ymd(start+length, 1, 1), gYear)
	out.relative, out.qual = v.relative, qual
	return out, j, true
}

// timeUnit is a word for a time unit and its granularity.
type timeUnit struct {
	word string
	g    gran
}

// timeUnits are the units of offsets, windows and durations, longest first.
var timeUnits = []timeUnit{
	{"个小时", gHour}, {"小时", gHour}, {"钟头", gHour}, {"个钟头", gHour}, {"个钟", gHour},
	{"个星期", gWeek}, {"个礼拜", gWeek}, {"星期", gWeek}, {"礼拜", gWeek}, {"个周", gWeek}, {"周", gWeek},
	{"个月", gMonth}, {"分钟", gMinute}, {"秒钟", gSecond}, {"秒", gSecond},
	{"天", gDay}, {"日", gDay}, {"年", gYear}, {"月", gMonth}, {"分", gMinute}, {"钟", gHour},
}

// unitFirst holds the first characters of timeUnits: most calls to unitAt
// end on this test.
var unitFirst = func() (b [0x10000 / 64]uint64) {
	for _, u := range timeUnits {
		r, _ := utf8.DecodeRuneInString(u.word)
		setBit(&b, r)
	}
	return b
}()

// unitsByFirst holds timeUnits by first character, each list in the order
// of timeUnits: unitAt tries only the words that can match.
var unitsByFirst = func() map[rune][]timeUnit {
	m := map[rune][]timeUnit{}
	for _, u := range timeUnits {
		r, _ := utf8.DecodeRuneInString(u.word)
		m[r] = append(m[r], u)
	}
	return m
}()

// Bare units for unitAt: 月, 分, 日 and 钟 are units only where the caller
// allows them (3月 is March; 十分 is "very"; 3日 is a day of the month; 钟
// is a clock).
const (
	bareNone = ""
	bareAll  = "月分日钟"
)

// unitAt reads a time unit at i, allowing the bare one-character units
// listed in bare, and none that a word other than a time follows (个钟表).
func (s *scanner) unitAt(i int, bare string) (gran, int, bool) {
	if !hasBit(&unitFirst, s.at(i)) {
		return gNone, 0, false
	}
	for _, u := range unitsByFirst[s.r[i]] {
		if len(u.word) == 3 && strings.Contains(bareAll, u.word) && !strings.Contains(bare, u.word) {
			continue
		}
		if e := s.lit(i, u.word); e >= 0 {
			if s.r[e-1] == '钟' && notHourAfter[s.at(e)] {
				return gNone, 0, false
			}
			if s.r[e-1] == '周' && (s.at(e) == '年' || s.at(e) == '岁') {
				return gNone, 0, false // 70周年 is an anniversary and 63周岁 an age, not weeks
			}
			return u.g, e, true
		}
	}
	return gNone, 0, false
}

// notHourAfter are characters after 个钟 that make it a clock, not hours.
var notHourAfter = map[rune]bool{'表': true, '楼': true, '声': true, '摆': true, '点': true, '头': true}

// offset reads N units before or after publication: 10天前, 3年后,
// 两个月后, 两小时之前. Days and longer resolve to a day, shorter units to
// the second.
func (s *scanner) offset(i int) (value, int, bool) {
	n, ok := s.num(i)
	if !ok || n.frac || n.vague || n.lead0 || n.v >= 1000 || n.v == 0 {
		return s.roughOffset(i)
	}
	g, j, ok := s.unitAt(s.spaces(n.end), bareNone)
	if !ok {
		if e := s.lit(s.spaces(n.end), "日"); e >= 0 {
			g, j, ok = gDay, e, true
		} else {
			return s.roughOffset(i) // 两个多月前
		}
	}
	sign := 0
	if e := s.litAny(j, "之前", "以前", "前"); e >= 0 {
		sign, j = -1, e
	} else if e := s.litAny(j, "之后", "以后", "后"); e >= 0 {
		sign, j = 1, e
	}
	if sign == 0 {
		return s.roughOffset(i) // 三年多前
	}
	if s.at(j) == '夕' || s.datedAfter(j) || s.afterEvent(i) {
		return value{}, 0, false // 两年后，1905年, 成立两年后: a length from an event of the story
	}
	if sign > 0 && s.at(i-1) == '近' {
		return value{}, 0, false // 对峙近5个小时后: nearly that long after an event of the story
	}
	if g == gYear && n.v > 50 && sign > 0 {
		return value{}, 0, false // 88年后 counts from a past event in the story, not from publication
	}
	if g <= gDay && sign < 0 {
		// 70年前的今天, 一年前的这一天: the day of the offset, one mention;
		// 今天 alone would be the publication day.
		if _, e := s.word(kindSameDay, j); e >= 0 {
			j = e
		}
	}
	var v value
	v.typ = pipeline.Date
	if !s.fromAnchor(&v) {
		return v, j, true
	}
	k := sign * int(n.v)
	a := *s.anchor
	if g <= gDay {
		if g == gWeek {
			g, k = gDay, 7*k
		}
		t := g.add(ymd(a.Year(), int(a.Month()), a.Day()), k)
		out := unit(t, gDay)
		out.relative = true
		return out, j, true
	}
	out := unit(g.add(a, k), gSecond)
	out.relative = true
	return out, j, true
}

// datedAfter reports whether 的 or a comma and a calendar date follow j
// (5天后的1月19日, 三年前的2021年, 两年后，1905年4月3日): the offset counts
// from an event of the story to that date, not from publication.
func (s *scanner) datedAfter(j int) bool {
	if !strings.ContainsRune("的，,", s.at(j)) {
		return false
	}
	n, ok := s.num(j + 1)
	return ok && strings.ContainsRune("年月日号", s.at(s.spaces(n.end)))
}

// roughOffset reads a duration written with 多 or 余 or as a half, then 前:
// more than three years before publication (三年多前, 10多天前) is an open
// interval ending at the day three years back (qualifier max); half a year
// (半年前) moves by six months. 几年前 says no number and is left alone.
// With 后 such a phrase mostly counts from an event of the story
// (发射1个多小时后, 冷战结束30多年后), not from publication, so it stays a
// duration.
func (s *scanner) roughOffset(i int) (value, int, bool) {
	var parts [7]float64
	e, qual, ok := s.durationPart(i, false, &parts)
	if !ok {
		return value{}, 0, false
	}
	sign, j := -1, s.litAny(e, "之前", "以前", "前")
	if j < 0 || s.at(j) == '夕' || parts[0] > 50 || s.datedAfter(j) || s.afterEvent(i) {
		return value{}, 0, false
	}
	var v value
	v.typ = pipeline.Date
	if !s.fromAnchor(&v) {
		return v, j, true
	}
	a := *s.anchor
	fine := parts[4] != 0 || parts[5] != 0 || parts[6] != 0
	g, t := gDay, ymd(a.Year(), int(a.Month()), a.Day())
	if fine {
		g, t = gSecond, a
	}
	back := func(p [7]float64) time.Time {
		t := t.AddDate(sign*int(p[0]), sign*int(p[1]), sign*(7*int(p[2])+int(p[3])))
		return t.Add(time.Duration(sign) * (time.Duration(p[4])*time.Hour + time.Duration(p[5])*time.Minute + time.Duration(p[6])*time.Second))
	}
	if hi, ok := s.rangeEnd(i, 1, qual, parts); ok {
		// 两三天前, 二三十年前: between the two ends back.
		end := back(parts)
		if fine {
			end = end.Add(time.Second)
		} else {
			end = end.AddDate(0, 0, 1)
		}
		out := span(back(hi), end, g)
		out.relative, out.qual = true, "approx"
		return out, j, true
	}
	out := unit(back(parts), g)
	if qual == "min" || qual == "approx" {
		// 三年多前, 十几年前: a vague numeral's value is a lower bound too.
		out.hasStart, out.qual = false, "max"
	}
	out.relative = true
	return out, j, true
}

// window reads the N whole units before or after the current one (前两年,
// 上两周, 下三天, 后三个月, 未来三天, 今后五年), the N units up to publication
// (近三年, 过去三年, 过去的一年, 最近三天) and the N units from publication on (之后5分钟,
// only at the start of a clause: 事故发生之后5分钟 counts from the event).
func (s *scanner) window(i int) (value, int, bool) {
	dir, upTo := 0, false
	j := -1
	for _, p := range []struct {
		w    string
		dir  int
		upTo bool
	}{{"最近的", -1, true}, {"过去的", -1, true}, {"最近", -1, true}, {"过去", -1, true}, {"近", -1, true}, {"未来", 1, false}, {"今后", 1, false}, {"之后", 1, false}, {"前", -1, false}, {"上", -1, false}, {"下", 1, false}, {"后", 1, false}} {
		if (p.w == "之后" || p.w == "后") && isHan(s.at(i-1)) {
			continue // 事故发生之后5分钟, 研制成功后一年多 count from the event, not publication
		}
		if p.w == "前" && s.at(i-1) == '的' {
			continue // 4日进行训练的前一天, 开庭的前一天: before the event named (the anaphor reads it), not publication
		}
		if (p.w == "上" || p.w == "下") && s.at(i-1) == '以' {
			continue // 三年以上七年以下: 以上 ends the count before it, no window
		}
		if e := s.lit(i, p.w); e >= 0 {
			dir, upTo, j = p.dir, p.upTo, e
			break
		}
	}
	if j < 0 {
		return value{}, 0, false
	}
	j = s.spaces(j)
	if upTo && s.at(j) == '半' {
		return s.halfWindow(j)
	}
	n, ok := s.num(j)
	// Digits after 前, 后, 上 and 下 are ranks (前5名); after 未来 and 今后
	// only time follows.
	ahead := s.r[i] == '未' || s.r[i] == '今'
	if !ok || n.frac || n.vague || n.v < 1 || n.v > 100 || n.digits > 0 && !upTo && s.r[i] != '之' && !ahead {
		return value{}, 0, false
	}
	// 未来1至2年: a range of counts ahead is the window of the larger one,
	// qualifier max.
	hiN, rangeEnd := n, -1
	if ahead {
		if d := s.litAny(n.end, rangeDashes...); d >= 0 {
			if m, mok := s.num(d); mok && !m.frac && !m.vague && m.v > n.v && m.v <= 100 {
				hiN, rangeEnd = m, m.end
			}
		}
	}
	g, e, ok := s.unitAt(max(n.end, rangeEnd), "月日") // 上十分 is 上 and 十分 ("very")
	bareMonth := ok && g == gMonth && s.r[e-1] == '月' && s.r[e-2] != '个'
	if !ok || bareMonth && (!upTo && dir > 0 || s.r[j-1] == '的') {
		return value{}, 0, false // 过去的5月 is a May, not five months
	}
	if s.at(e) == '度' {
		return value{}, 0, false // 前三季度 is the year's quarters (calendar)
	}
	if j == i+1 && s.r[i] == '近' && !strings.ContainsRune("来以后前之", s.at(e)) && s.lasts(i) {
		// 时隔近4年 is nearly four years long; 近4年来 is still a window, and
		// 历经近20年后 counts from an event, not from publication.
		return value{}, 0, false
	}
	if j == i+1 && s.r[i] == '近' && g > gDay && s.at(e) != '以' && (s.at(e) != '来' || s.cameAt(e, e+1)) {
		return value{}, 0, false // 乘车近一个小时到达: nearly an hour long, not the last hour
	}
	var v value
	v.typ = pipeline.Date
	if !s.fromAnchor(&v) {
		return v, e, true
	}
	k := int(n.v)
	a := *s.anchor
	if upTo {
		return s.upTo(g, k), e, true
	}
	if s.r[i] == '之' {
		// 之后5分钟: from the publication time on.
		out := span(a, g.add(a, k), g)
		out.relative = true
		return out, e, true
	}
	cur := truncate(a, g)
	var out value
	if dir < 0 {
		out = span(g.add(cur, -k), cur, g)
	} else {
		next := g.add(cur, 1)
		out = span(next, g.add(next, int(hiN.v)), g)
		if rangeEnd >= 0 {
			out.qual = "max"
		}
	}
	out.relative = true
	return out, e, true
}

// upTo returns the k units of g up to publication: days and longer up to
// the publication day, shorter ones up to the publication time.
func (s *scanner) upTo(g gran, k int) value {
	a := *s.anchor
	day := ymd(a.Year(), int(a.Month()), a.Day())
	out := span(g.add(day, -k), day, gDay)
	if g > gDay {
		out = span(g.add(a, -k), a, g)
	}
	out.relative = true
	return out
}

// halfWindow reads half a unit at j after 最近, 过去 or 近 (最近半年, 过去
// 半个月): the half as whole units of the next finer granularity.
func (s *scanner) halfWindow(j int) (value, int, bool) {
	g, e, ok := s.unitAt(j+1, "月日")
	if !ok || s.at(e) == '度' {
		return value{}, 0, false
	}
	var k int
	switch g {
	case gYear:
		g, k = gMonth, 6
	case gMonth:
		g, k = gDay, 15
	case gDay:
		g, k = gHour, 12
	case gHour:
		g, k = gMinute, 30
	default:
		return value{}, 0, false
	}
	v := value{typ: pipeline.Date}
	if !s.fromAnchor(&v) {
		return v, e, true
	}
	return s.upTo(g, k), e, true
}

// truncate returns the start of the unit of g containing t.
func truncate(t time.Time, g gran) time.Time {
	switch g {
	case gYear:
		return ymd(t.Year(), 1, 1)
	case gMonth:
		return ymd(t.Year(), int(t.Month()), 1)
	case gWeek:
		return weekStart(t)
	case gDay:
		return ymd(t.Year(), int(t.Month()), t.Day())
	case gHour:
		return t.Truncate(time.Hour)
	case gMinute:
		return t.Truncate(time.Minute)
	}
	return t.Truncate(time.Second)
}

// recentMonth reads 刚刚过去的5月: the latest such month before the
// publication month.
func (s *scanner) recentMonth(i int) (value, int, bool) {
	w, j := s.word(kindRecent, i)
	if w == nil {
		return value{}, 0, false
	}
	m, k, _, ok := s.monthAt(j, false)
	if !ok {
		return value{}, 0, false
	}
	var v value
	v.typ = pipeline.Date
	if !s.fromAnchor(&v) {
		return v, k, true
	}
	a := *s.anchor
	y := a.Year()
	if m >= int(a.Month()) {
		y--
	}
	out := unit(ymd(y, m, 1), gMonth)
	out.relative = true
	return out, k, true
}

// vague reads 近日, 目前, 届时…: relative, with no dates.
func (s *scanner) vague(i int) (value, int, bool) {
	w, k := s.word(kindVague, i)
	if w == nil {
		return value{}, 0, false
	}
	v := value{typ: pipeline.Date, relative: true, unresolved: true, norm: presentRef}
	switch w.N[0] {
	case -1:
		v.norm = pastRef
	case 1:
		v.norm = futureRef
	}
	return v, k, true
}

// these reads 这 and a duration of whole units (这两天, 这五年, 这十年来):
// the span of that length up to publication, as 近两天 and 近五年. Not 这一天
// or 这一年, and not right after a date.
func (s *scanner) these(i int) (value, int, bool) {
	if s.at(i) != '这' || strings.ContainsRune("年月日天", s.at(i-1)) || s.at(i+1) == '一' {
		// 6月、7月和8月这三个月 counts the months named; 这一天 and 这一年
		// are the day or year the story is at: neither is up to now.
		return value{}, 0, false
	}
	d, e, ok := s.duration(i + 1)
	if !ok || s.at(e) == '级' {
		return value{}, 0, false
	}
	v, ok := s.upToPublication(d)
	if !ok {
		return value{}, 0, false
	}
	if k := s.litAny(e, "以来", "来"); k >= 0 {
		e = k
	}
	return v, e, true
}

// pair reads two adjacent days or years named together (今明两天, 明后天,
// 昨今两日, 今明两年): both of them.
func (s *scanner) pair(i int) (value, int, bool) {
	off := map[rune]int{'昨': -1, '今': 0, '明': 1, '后': 2}
	a, ok1 := off[s.at(i)]
	b, ok2 := off[s.at(i+1)]
	if !ok1 || !ok2 || b != a+1 || s.at(i) == '后' {
		return value{}, 0, false
	}
	j := i + 2
	if k := s.lit(j, "两"); k >= 0 {
		j = k
	}
	g := gDay
	switch s.at(j) {
	case '天', '日':
	case '年':
		if a < 0 || b > 1 {
			return value{}, 0, false // 昨今年 and 明后年 are no pairs news writes
		}
		g = gYear
	default:
		return value{}, 0, false
	}
	var v value
	v.typ = pipeline.Date
	if !s.fromAnchor(&v) {
		return v, j + 1, true
	}
	cur := truncate(*s.anchor, g)
	out := span(g.add(cur, a), g.add(cur, b+1), g)
	out.relative = true
	return out, j + 1, true
}

// anaphor reads 当天, 次日, 当年…: a date resolved later, in Find, from
// the date it refers to.
func (s *scanner) anaphor(i int) (value, int, bool) {
	if i > 0 && strings.ContainsRune("至到~～-－—", s.r[i-1]) {
		return value{}, 0, false // 22时至次日6时: the next day of a clock range, not of a date
	}
	w, k := s.word(kindAnaphor, i)
	if w == nil {
		return value{}, 0, false
	}
	g := [...]gran{gDay, gMonth, gYear}[w.N[0]]
	a := &anaphor{g: g, n: w.N[1]}
	if g == gYear {
		k = s.anaphorMonthDay(k, a) // 同年4月, 次年3月15日
	}
	if g == gDay {
		a.part = s.t.dayparts[w.Ref] // 当晚; nil for none
		k = s.anaphorTime(k, a)      // 当天凌晨, 当天下午3时, 当晚8时
	}
	return value{typ: pipeline.Date, unresolved: true, gran: a.fine(), ana: a}, k, true
}

// hundredths reads the one or two digits a race time writes after 秒 at i
// (9秒83 is 9.83 seconds, 3分28秒85 has 28.85), returning secs with them and
// where they end; secs and i when none follow, or when they start a count
// of their own (5秒10次, 30秒3个).
func (s *scanner) hundredths(secs float64, i int) (float64, int) {
	k, d, p := i, 0, 1
	for k < len(s.r) && k-i < 2 && isDigit(s.r[k]) {
		d, p, k = d*10+int(s.r[k]-'0'), p*10, k+1
	}
	if k == i || isDigit(s.at(k)) || strings.ContainsRune(hundredthsNotBefore, s.at(k)) {
		return secs, i
	}
	return (secs*float64(p) + float64(d)) / float64(p), k
}

// hundredthsNotBefore are the characters after digits that make them a
// count of their own rather than a race time's hundredths.
const hundredthsNotBefore = "年月日号时点分秒个天周岁%％米倍次人元名.．"

// anaphorTime reads a part of the day of two or more characters (当天
// 凌晨) and a clock time (当天下午3时, 次日9时) that follow a day anaphor at i
// into a, returning where they end (i when none follows).
func (s *scanner) anaphorTime(i int, a *anaphor) int {
	j, part := i, a.part
	if part == nil {
		if p, e := s.word(kindDaypart, i); p != nil && e > i+1 {
			part, j = p, e
		}
	}
	if h, mi, sec, g, e, ok := s.clock(j, part != nil); ok {
		h = pmHour(part, h) // 下午3时
		a.clock.h, a.clock.mi, a.clock.sec, a.clock.g = h, mi, sec, g
		if k := s.litAny(e, "许"); k >= 0 {
			a.clock.approx, e = true, k // 当天上午10时48分许
		}
		return e
	}
	a.part = part
	return j
}

// anaphorMonthDay reads a month, and a day after it, that follow a year
// anaphor at i into a, returning where they end (i when none follows).
func (s *scanner) anaphorMonthDay(i int, a *anaphor) int {
	m, ok := s.num(i)
	if !ok || m.frac || m.vague || m.v < 1 || m.v > 12 {
		return i
	}
	k := s.lit(m.end, "月")
	if k < 0 {
		return i
	}
	a.month = int(m.v)
	if d, ok := s.num(k); ok && !d.frac && !d.vague && d.v >= 1 && d.v <= 31 {
		if e := s.litAny(d.end, "日", "号"); e >= 0 {
			a.day, k = int(d.v), e
		}
	}
	return k
}

// duration reads an amount of time as an ISO 8601 duration: 7天, 两年,
// 三个月, 半年, 一个多小时 (qualifier min), 一个半小时, 8天20小时.
func (s *scanner) duration(i int) (value, int, bool) {
	if i > 0 && s.r[i-1] == '第' {
		return value{}, 0, false // 第5天, 连续第31个月: an ordinal, no length of time
	}
	if i > 0 && (s.r[i-1] == '的' || i > 1 && s.lit(i-2, "关键") == i) && s.at(i) == '一' && (s.at(i+1) == '年' || s.at(i+1) == '天') &&
		strings.ContainsRune("，。；、：！？”", s.at(i+2)) {
		return value{}, 0, false // 不平凡的一年。, 最热的一天；, 关键一年，: a year or a day, no length of time (not 的一年多时间里)
	}
	var parts [7]float64 // Y M W D H M S
	j, qual, any, n := i, "", false, 0
	for {
		k, q, ok := s.durationPart(j, any, &parts)
		if !ok {
			break
		}
		any, j, n = true, k, n+1
		if q != "" {
			qual = q
		}
		if e := s.litAny(j, "又", "零"); e >= 0 {
			if _, _, ok := s.durationPart(e, true, &[7]float64{}); ok {
				j = e
			}
		}
	}
	if !any {
		return value{}, 0, false
	}
	if hi, ok := s.rangeEnd(i, n, qual, parts); ok {
		// 两三天, 十五六年, 三五天: two numerals of a range, as money and
		// quantities read them (三四万元 is 30000..40000)
		return value{typ: pipeline.Duration, norm: isoDuration(parts) + ".." + isoDuration(hi), qual: "range"}, j, true
	}
	return value{typ: pipeline.Duration, norm: isoDuration(parts), qual: qual}, j, true
}

// rangeEnd returns the upper end of a duration of one part, parts, whose
// numeral at i names a range (两三天 → P3D), or reports false.
func (s *scanner) rangeEnd(i, nparts int, qual string, parts [7]float64) ([7]float64, bool) {
	if nparts != 1 || qual != "approx" {
		return parts, false
	}
	n, ok := s.num(i)
	if !ok || n.hi <= n.v {
		return parts, false
	}
	at := -1
	for k, x := range parts {
		if x != 0 {
			if at >= 0 || x != n.v {
				return parts, false // 两三个半月: whose the half is is unclear
			}
			at = k
		}
	}
	if at < 0 {
		return parts, false
	}
	parts[at] = n.hi
	return parts, true
}

// notHalfAfter are the words before 个半 that make it 个 + 半 (这个半月 is
// this half month), not one and a half.
var notHalfAfter = map[rune]bool{'这': true, '那': true, '每': true, '整': true, '各': true, '哪': true, '某': true, '上': true, '下': true, '本': true}

// pointFraction reads the decimal part of a Chinese number written with 点
// (五点五分钟 = 5.5 minutes) when a unit other than bare 分 follows: 五点五分
// is 5:05.
func (s *scanner) pointFraction(i int) (float64, int, bool) {
	if s.at(i) != '点' {
		return 0, 0, false
	}
	f, scale, k := 0.0, 0.1, i+1
	for ; k < len(s.r); k++ {
		d, ok := cjkDigit(s.r[k])
		if !ok || s.r[k] == '两' {
			break
		}
		f += float64(d) * scale
		scale /= 10
	}
	if k == i+1 {
		return 0, 0, false
	}
	if _, _, ok := s.unitAt(k, bareNone); !ok {
		return 0, 0, false
	}
	return f, k, true
}

// secondsAt reports whether a number and 秒 start at i.
func (s *scanner) secondsAt(i int) bool {
	n, ok := s.num(i)
	return ok && s.at(n.end) == '秒'
}

// designator maps a granularity to its index in an ISO duration.
var designator = map[gran]int{gYear: 0, gMonth: 1, gWeek: 2, gDay: 3, gHour: 4, gMinute: 5, gSecond: 6}

// durationPart reads one number and unit of a duration into parts.
func (s *scanner) durationPart(i int, cont bool, parts *[7]float64) (int, string, bool) {
	var x float64
	qual := ""
	j := i
	bare := bareNone
	if cont {
		bare = "月分钟" // 两年3个月, 1小时20分; N日 stays a day of the month
	}
	// The part's words of one to three characters are read as runes, where
	// lit would take a call each: most parts start with a numeral, and few
	// have a word around their unit.
	if c := s.at(j); c == '半' {
		x, j, bare = 0.5, j+1, "月日钟" // 半日, 半月, 半个钟; 半分 is no unit
	} else if c == '个' && s.at(j+1) == '半' && (cont || !isDigit(s.at(i-1)) && !isCJKNum(s.at(i-1)) && !notHalfAfter[s.at(i-1)]) {
		x, j, bare = 1.5, j+2, bareAll // 个半小时: one and a half hours
	} else if c == '分' && s.at(j+1) == '半' && !cont {
		x, j, bare = 1.5, j+2, "钟" // 分半钟: a minute and a half
		if e2 := s.lit(j, "钟"); e2 >= 0 {
			j = e2
		}
		parts[designator[gMinute]]++
		parts[designator[gSecond]] += 30
		return j, "", true
	} else {
		n, ok := s.num(j)
		if !ok || n.lead0 && !cont { // 7分06秒: a leading zero only after a larger unit
			return 0, "", false
		}
		if n.digits == 4 && !cont {
			return 0, "", false // 2019年 is a year
		}
		x, j = n.v, n.end
		if n.vague {
			qual = "approx"
		}
		if s.r[i] == '两' && n.end == i+1 {
			bare += "月" // 两月 is two months: 两 never names a month
		}
		if c := s.at(j); (c == '多' || c == '余') && s.at(j+1) != '万' {
			qual, j = "min", j+1
		}
		if f, e, ok := s.pointFraction(j); ok {
			x, j = x+f, e // 五点五分钟: 5.5 minutes
		}
		if k := s.spaces(j); k > j {
			j, bare = k, bareAll // "十 月" is ten months: a month name has no space
		}
	}
	half := false
	if s.at(j) == '个' {
		if c := s.at(j + 1); c == '半' {
			half, j, bare = true, j+2, bareAll // 一个半月: the unit follows without its 个
		} else if (c == '多' || c == '余') && qual == "" {
			qual, j, bare = "min", j+2, bareAll // 一个多小时, 两个多月
		}
	}
	if bare == bareNone {
		// 五分三十秒, 五分半: 分 with seconds or a half after it is minutes.
		if s.at(j) == '分' && (s.at(j+1) == '半' || s.secondsAt(j+1)) {
			bare = "分"
		}
	}
	g, e, ok := s.unitAt(j, bare)
	// 连续3个季度, 一个半季度: a quarter is three months. Without 个, 三季度 is
	// the third quarter of a year (calendar).
	quarters := false
	if c := s.at(j); c == '个' && s.at(j+1) == '季' && s.at(j+2) == '度' {
		g, e, ok, quarters = gMonth, j+3, true, true
	} else if c == '季' && s.at(j+1) == '度' && s.at(j-2) == '个' && strings.ContainsRune("半多余", s.at(j-1)) {
		g, e, ok, quarters = gMonth, j+2, true, true
	}
	if !ok {
		return 0, "", false
	}
	if g == gYear && noYearAfter[s.at(e)] {
		return 0, "", false
	}
	if g == gSecond && !half && qual == "" {
		x, e = s.hundredths(x, e) // 9秒83: a race time
	}
	if s.at(e) == '半' && !half {
		half, e = true, e+1
		if g == gMinute {
			if s.at(e) == '钟' {
				e++ // 五分半钟
			}
		}
	}
	if c := s.at(e); (c == '多' || c == '余') && qual == "" && s.at(e+1) != '年' {
		qual, e = "min", e+1
	}
	if half {
		x += 0.5
	}
	if quarters {
		x *= 3
	}
	// Express fractions in the next unit down: 半年 = P6M, 一个半小时 = PT1H30M.
	whole, frac := math.Modf(x)
	idx := designator[g]
	parts[idx] += whole
	if frac != 0 {
		switch g {
		case gYear:
			parts[1] += frac * 12
		case gMonth:
			parts[3] += frac * 30
		case gWeek:
			parts[3] += frac * 7
		case gDay:
			parts[4] += frac * 24
		case gHour:
			parts[5] += frac * 60
		case gMinute:
			parts[6] += frac * 60
		default:
			parts[idx] += frac
		}
	}
	return e, qual, true
}

func init() {
	for k := range rules {
		switch rules[k].name {
		case "numeral-pair":
			rules[k].match = (*scanner).numeralPair
		case "duration-range":
			rules[k].match = (*scanner).durationRange
		case "month-list":
			rules[k].match = (*scanner).monthList
		}
	}
}

// numeralPair reads two adjacent numerals joined by 、 that share the
// second's unit (七、八月, 一、二季度, 七、八十年代, 两、三天, 三、五天): the
// first is one digit, Chinese or ASCII, right before 、 and not after 第,
// another numeral or 、, nor at the start of a line or sentence (一、二、三
// and 3、4 list items stay lists); the second is the next value, or 五
// after 三 in a duration (三、五天, a few days). A date is the span from the
// first's reading (the second's text with its first digit swapped) to the
// second's; a duration or an offset is read as written without 、 (两三天,
// 二三十年前), a duration as the range of the two (三、五天 is P3D..P5D).
func (s *scanner) numeralPair(i int) (value, int, bool) {
	r := s.r
	if i+2 >= len(r) || r[i+1] != '、' || i == 0 {
		return value{}, 0, false
	}
	a, b, ascii := pairDigits(r[i], r[i+2])
	if a <= 0 || b <= 0 || b != a+1 && !(a == 3 && b == 5) {
		return value{}, 0, false
	}
	if ascii && isDigit(s.at(i+3)) || !ascii && cjkRunOn(b, s.at(i+3)) {
		return value{}, 0, false // 9、10, 1、23, 九、十一月, 六、七两个月: no pair
	}
	switch p := r[i-1]; {
	case p == '第' || p == '、' || isDigit(p) || isCJKNum(p) || p == '.' || p < 0x80 && (p >= 'A' && p <= 'Z' || p >= 'a' && p <= 'z'),
		strings.ContainsRune("\n。！？；：!?;:（(）)“\"》 ", p):
		return value{}, 0, false
	}
	right, eR, ruleR, ok := s.core(i + 2)
	if !ok || ruleR == "numeral-pair" || right.norm != "" && right.typ == pipeline.Date {
		return value{}, 0, false
	}
	// The first numeral read with the second's unit: 、 and the second
	// digit left out, in a window around i (the rules look back a few
	// characters for 本月, 每年).
	lo, hi := max(0, i-16), min(len(r), eR+8)
	alt := make([]rune, 0, hi-lo)
	alt = append(append(alt, r[lo:i+1]...), r[i+3:hi]...)
	t := *s
	t.r, t.memoOK = alt, false
	left, eL, ruleL, ok := t.core(i - lo)
	if !ok || ruleL != ruleR || left.typ != right.typ || eL-(i-lo) != eR-(i+2) {
		return value{}, 0, false
	}
	if right.typ == pipeline.Duration {
		if right.qual != "" || left.qual != "" {
			return value{}, 0, false // 两、三个多月: no pair
		}
		out := right
		out.norm, out.qual = left.norm+".."+right.norm, "range" // 两、三天 as 两三天
		return out, eR, true
	}
	if a == 3 && b == 5 {
		return value{}, 0, false
	}
	if ruleR == "offset" || ruleR == "window" {
		// As written without 、: 二三十年前 is an open interval up to 二十年前;
		// ASCII digits as Chinese ones, as 45 is no pair.
		alt = append(alt[:0], r[lo:i]...)
		if ascii {
			alt = append(alt, cjkDigits[a], cjkDigits[b])
		} else {
			alt = append(alt, r[i], r[i+2])
		}
		alt = append(alt, r[i+3:hi]...)
		t.r, t.memoOK = alt, false
		v, e, _, ok := t.core(i - lo)
		if !ok || e-(i-lo) != eR-i-1 {
			return value{}, 0, false
		}
		return v, eR, true
	}
	if left.unresolved || right.unresolved {
		if left.unresolved && right.unresolved {
			return right, eR, true
		}
		return value{}, 0, false
	}
	if !left.hasStart || !right.hasEnd || !left.start.Before(right.start) || right.end.Before(left.end) {
		return value{}, 0, false
	}
	out := span(left.start, right.end, finer(left.gran, right.gran))
	out.relative = left.relative || right.relative
	return out, eR, true
}

// monthList reads adjacent months listed with 、, each with or without 月,
// and their count (7、8两个月, 4、5、6三个月, 5月、6月两个月), maybe after a
// year (今年, 2013年): the span from the first to the last. The count must
// be the months listed: 7、8三个月 and 1、3两个月 are no span. The months
// are read as calendar reads one, so a year resolves as for 7月.
func (s *scanner) monthList(i int) (value, int, bool) {
	r := s.r
	j := i // where the list begins, after the year
	if _, e, ok := s.yearAt(i); ok {
		j = e
	} else if w, e := s.word(kindYear, i); w != nil {
		j = e
	} else if p := s.at(i - 1); p == '第' || p == '、' || p == '.' || isDigit(p) || isCJKNum(p) {
		return value{}, 0, false
	}
	var months []int
	withMonth := false
	k := j
	for {
		m, e := s.listMonth(k)
		if m == 0 {
			return value{}, 0, false
		}
		hasMonth := s.at(e) == '月'
		if len(months) > 0 && hasMonth != withMonth || len(months) > 0 && m != months[len(months)-1]+1 {
			return value{}, 0, false
		}
		withMonth = hasMonth
		if hasMonth {
			e++
		}
		months = append(months, m)
		if s.at(e) != '、' {
			k = e
			break
		}
		k = e + 1
	}
	if len(months) < 2 {
		return value{}, 0, false
	}
	n, ok := cjkDigit(s.at(k))
	if isDigit(s.at(k)) {
		n, ok = int(s.at(k)-'0'), true
	}
	e := s.lit(k+1, "个月")
	if !ok || n != len(months) || e < 0 || isDigit(s.at(e)) {
		return value{}, 0, false
	}
	// Each end read by calendar as the year (if any) and one month, with
	// the text before it that calendar looks back on (本月, 每年).
	read := func(m int) (value, bool) {
		alt := append(append([]rune{}, r[:j]...), []rune(strconv.Itoa(m)+"月")...)
		t := *s
		t.r, t.memoOK = alt, false
		v, end, ok := t.calendar(i, nil)
		return v, ok && end == len(alt) && v.gran == gMonth && !v.unresolved && v.norm == ""
	}
	left, ok1 := read(months[0])
	right, ok2 := read(months[len(months)-1])
	if !ok1 || !ok2 || !left.start.Before(right.start) {
		return value{}, 0, false
	}
	out := span(left.start, right.end, gMonth)
	out.relative = left.relative || right.relative
	return out, e, true
}

// listMonth reads the number of a month (1 to 12, ASCII or Chinese) at
// r[k] and returns it and where it ends; 0 when there is none.
func (s *scanner) listMonth(k int) (int, int) {
	if isDigit(s.at(k)) {
		if isDigit(s.at(k + 1)) {
			if m := int(s.at(k)-'0')*10 + int(s.at(k+1)-'0'); m >= 10 && m <= 12 && !isDigit(s.at(k+2)) {
				return m, k + 2
			}
			return 0, k
		}
		if s.at(k) == '0' {
			return 0, k
		}
		return int(s.at(k) - '0'), k + 1
	}
	if s.at(k) == '十' {
		if d, ok := cjkDigit(s.at(k + 1)); ok && (d == 1 || d == 2) && s.at(k+1) != '两' {
			return 10 + d, k + 2
		}
		return 10, k + 1
	}
	if d, ok := cjkDigit(s.at(k)); ok && d > 0 && s.at(k) != '两' && s.at(k+1) != '十' {
		return d, k + 1
	}
	return 0, k
}

// rangeDashes join the two ends of a duration range (1至3天, 1-2年).
var rangeDashes = []string{"至", "到", "-", "—", "–", "~", "～", "－"}

// durationRange reads a duration range: a number or a duration, 至, 到 or
// a dash, and a duration of one number and the same unit (1至3天, 三到四分钟,
// 3小时至5小时). The left number is read with the right's unit; the left
// must be less, and neither end qualified (1至3个多月 is none). An ordinal
// (第1至3天) is no range, nor is a right side that is a date or an offset
// (1至3月, 3至5年前).
func (s *scanner) durationRange(i int) (value, int, bool) {
	r := s.r
	if i > 0 && (r[i-1] == '第' || r[i-1] == '.' || isDigit(r[i-1]) || isCJKNum(r[i-1])) {
		return value{}, 0, false
	}
	n, ok := s.num(i)
	if !ok || n.vague || n.lead0 {
		return value{}, 0, false
	}
	var left value
	leftEnd := n.end // the left number, or the left duration when it has its unit
	if s.litAny(leftEnd, rangeDashes...) < 0 {
		v, e, ok := s.duration(i)
		if !ok || v.typ != pipeline.Duration || v.qual != "" {
			return value{}, 0, false
		}
		left, leftEnd = v, e
	}
	k := s.litAny(leftEnd, rangeDashes...)
	if k < 0 {
		return value{}, 0, false
	}
	m, ok := s.num(k)
	if !ok || m.vague || m.lead0 || m.v <= n.v {
		return value{}, 0, false
	}
	right, eR, ruleR, ok := s.core(k)
	if ok && ruleR == "offset" {
		// 2至3小时后, 3至5年前: a range of units, from an event of the story
		// as often as from publication; the duration range, no invented date.
		if v, e, dok := s.duration(k); dok && s.litAny(e, "之前", "以前", "前", "之后", "以后", "后") >= 0 {
			right, eR, ruleR = v, e, "duration"
		}
	}
	if !ok || ruleR != "duration" || right.typ != pipeline.Duration || right.qual != "" {
		return value{}, 0, false
	}
	unit := string(r[m.end:eR])
	if strings.ContainsRune(unit, '半') {
		return value{}, 0, false // 三到四个半月: whether 三 has the half too is unclear
	}
	if leftEnd > n.end {
		if string(r[n.end:leftEnd]) != unit {
			return value{}, 0, false // 3小时至2天: the units differ
		}
	} else {
		// The left number read with the right's unit.
		lo, hi := max(0, i-16), min(len(r), eR+8)
		alt := make([]rune, 0, hi-lo)
		alt = append(append(alt, r[lo:n.end]...), r[m.end:hi]...)
		t := *s
		t.r, t.memoOK = alt, false
		v, e, ok := t.duration(i - lo)
		if !ok || v.typ != pipeline.Duration || v.qual != "" || e-(i-lo) != n.end-i+eR-m.end {
			return value{}, 0, false
		}
		left = v
	}
	out := right
	out.norm, out.qual = left.norm+".."+right.norm, "range"
	return out, eR, true
}

// cjkDigits are the Chinese digits by value.
var cjkDigits = []rune("〇一二三四五六七八九")

// pairDigits returns the values of two numerals of one script that may
// form a pair (七、八; 5、6; 九、十), and whether they are ASCII.
func pairDigits(x, y rune) (a, b int, ascii bool) {
	if isDigit(x) && isDigit(y) {
		return int(x - '0'), int(y - '0'), true
	}
	a, ok := cjkDigit(x)
	if !ok || x == '零' || x == '〇' {
		return 0, 0, false
	}
	if y == '十' {
		return a, 10, false
	}
	b, ok = cjkDigit(y)
	if !ok || y == '两' {
		return 0, 0, false
	}
	return a, b, false
}
