package dates

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hablullah/go-hijri"
	"github.com/zhfacts/zhfacts/pipeline"
)

func TestNotDates(t *testing.T) {
	s := newStage(t)
	for _, text := range []string{"三年级学生", "十四五规划", "5G网络", "第一时间赶到", "十一届三中全会", "全国两会", "七一勋章", "5号线", "统一年度",
		// Names with a number and 号 are no days of the month.
		"中国环流三号", "嫦娥五号", "天宫二号", "长征五号", "神舟十八号", "天宫2号实验室",
		// Nor before a verb when a series name, an ordinal, an address, a
		// number or an open quote comes before.
		"大火箭长征5号还将发射嫦娥五号", "“红旗3号在轨运行正常”", "第7号强台风在", "工体北路新中西街8号在", "第4/3号决定", "天宫2号发射成功", "。7号公路是连通金边的要道",
		// 到 alone reaches a place that N号 numbers, too.
		"大家必须尽快上到1号塔", "下到2号站台换乘",
		// Nor a number in a list of them.
		"选手1号，2号，3号依次上场",
		// 最后一天 is the last day of something, not the day after.
		"假期的最后一天", "脱贫攻坚战最后一年", "这两年级的学生",
		// A year or a day described is no length of time.
		"这是极不平凡的一年", "忙碌的一天结束了", "承上启下的关键一年",
		// Idioms with a duration in them.
		"一年一度的盛会", "一年四季都开放", "日子一天天好起来", "三天两头往医院跑", "不可同日而语",
		// A named goal.
		"实现建军一百年奋斗目标",
		// A week counted before a daily mean; a recurring weekday.
		"节前一周日均销售额", "每周日开放", "每年3月举办", "每天上午9点开门", "每逢春节", "每年的6月5日是环境日",
		// Several tens: no number to count back by.
		"几十年前，这里是荒地", "数十年来坚持不懈", "几十秒后",
		// One-character dayparts stand only after a date; 之后 after an event.
		"晚会", "早于预期", "事故发生之后5分钟",
		// Counts of years: too late to be a year, or after a word that counts.
		"穿越3000年探寻西周", "出土了8000年前的黍", "向上推进了约1000年", "距今4000年左右", "长达1600年的历史",
		// Long offsets count from the story's events, not from publication.
		"88年后",
		// A season of a series is no quarter, nor is 提前 a 前.
		"《机智过人》第三季开播", "《国家宝藏》第三季在故宫启动", "提前一年结束任期",
		// A day word that opens a title.
		"《今日亚洲》栏目", "《今天是你的生日》",
		// Words an expression would cut (unbroken), 上十分 ("very"), a name.
		"具体表现在", "资本周转额", "光明日报", "因此前期", "项目前期", "上十分走俏", "即将来临", "吕国庆", "国庆招待会", "大雪来临之前", "降大雪前", "小雪将至", "“两个一百年”奋斗目标", "堪当时代重任",
		// 后日 in 以后日子, names that begin with 今日, a painting.
		"以后日子会更好", "今日俄罗斯电视台", "《清明上河图》",
		// Revolutions and a movement named by their month.
		"受到十月革命的影响", "二月革命推翻了沙皇", "十二月党人",
		// 以上 and 以下 end the count before them; 上七年 is no window.
		"判处三年以上七年以下有期徒刑",
		// A month inside a name in quotes or a title, a flower.
		"朝鲜举行“四月之春”友谊艺术节", "《五月的鲜花》演出", "《十月围城》上映", "发动“二月罢工”", "淡紫色的二月兰",
		// A vague word inside a name in quotes or a title, short or long.
		"举办“智绘未来”大赛", "成立“未来青年基金”", "在《致未来》的歌声中", "举行“天涯共此时”晚会",
		"发表题为《促进共同发展 共创美好未来》的演讲", "以“数字经济赋能合作共赢未来”为主题",
		// Two numbers with a dash and no 从, or with more after them.
		"比分2016-2018", "从2016-2018-05",
		// A season alone is mostly an adjective.
		"夏季奥运会", "科学的春天",
		// 次 and 同 bound to the character before them: 此次日韩 is "this Japan–Korea",
		// 第二次日内瓦会议 the second Geneva conference, 每周一次 once a week; 同日本 is
		// "with Japan".
		"此次日韩会谈", "这次日本之行", "第二次日内瓦会议", "每周一次", "不同年代", "加强同日本的合作"} {
		for _, m := range s.Find(text, &exampleAnchor) {
			if m.Type == pipeline.Date {
				t.Errorf("%q: found date %q → %s", text, m.Text, m.Normalized)
			}
		}
	}
}

// TestImpossibleDate: a year, month and day that do not exist together give
// only the year, and their month and day are not read in another year.
func TestImpossibleDate(t *testing.T) {
	s := newStage(t)
	for text, want := range map[string]string{"2019年2月29日": "2019年=2019", "据称2023年4月31日签约": "2023年=2023", "2020年2月29日": "2020年2月29日=2020-02-29"} {
		got := ""
		for _, m := range s.Find(text, &exampleAnchor) {
			got += m.Text + "=" + m.Normalized
		}
		if got != want {
			t.Errorf("%q: found %q, want %q", text, got, want)
		}
	}
}

// TestPerMonth: 一月 alone before a word of a month's amount or frequency is
// one month, a DURATION; with a year before it, or before other words, it
// stays January.
func TestPerMonth(t *testing.T) {
	s := newStage(t)
	for text, want := range map[string]string{"他一月收入只有一千元": "一月=P1M", "一月时间偷偷花了": "一月=P1M", "一月一次的大检修": "一月=P1M", "演练达到一月多次": "一月=P1M",
		"今年一月收入增长": "今年一月=2024-01", "一月多家银行放贷": "一月=2024-01"} {
		got := ""
		for _, m := range s.Find(text, &exampleAnchor) {
			got += m.Text + "=" + m.Normalized
		}
		if got != want {
			t.Errorf("%q: found %q, want %q", text, got, want)
		}
	}
}

// TestNoDurationInPlanName: 五年规划 names a plan, not five years.
func TestNoDurationInPlanName(t *testing.T) {
	s := newStage(t)
	if ms := s.Find("第一次出现在“五年规划”中", &exampleAnchor); len(ms) != 0 {
		t.Errorf("五年规划: found %+v, want nothing", ms)
	}
}

// TestNotDay: 后日 and 前日 before 日本 or 日韩 are no days; the vague 此后
// and 此前 before them stay.
func TestNotDay(t *testing.T) {
	s := newStage(t)
	for text, want := range map[string]string{"此后日本政府": "此后", "此前日韩关系": "此前", "随后日方表示": "", "后日启程": "后日",
		// Cantonese day words, and Mandarin that only looks like them.
		"聽日開會": "聽日", "琴日": "琴日", "监听日本政府": "", "倾听日本国民": ""} {
		got := ""
		for _, m := range s.Find(text, &exampleAnchor) {
			got += m.Text
		}
		if got != want {
			t.Errorf("%q: found %q, want %q", text, got, want)
		}
	}
}

// TestUnbroken: an expression that would cut an unbroken word is dropped,
// and the scan finds the one after it; expressions next to such words stay.
func TestUnbroken(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want string }{
		{"比如今年", "今年"},
		{"超过去年同期", "去年"},
		{"4月27日本报讯", "4月27日"},
		{"周一如期举行", "周一"},
		{"2017年初次举办", "2017年初"},
		{"上周全国各地", "上周"},
		// 上年 does not start inside 加上, 马上, 网上; 以上年 is 以 上年.
		{"再加上年初脱贫的人口", "年初"},
		{"马上年底了", "年底"},
		{"比上年初增加", "上年初"},
		{"以上年为100计算", "上年"},
		// An idiom's 一日 is no first of the month.
		{"今年冰冻三尺非一日之寒", "今年"},
	} {
		ms := s.Find(c.text, &exampleAnchor)
		if len(ms) != 1 || ms[0].Text != c.want {
			t.Errorf("%q: %+v, want one mention %q", c.text, ms, c.want)
		}
	}
}

// TestAnaphorInClockRange: 次日 in 22时至次日6时 is the morning after a clock
// time, not the day after the paragraph's last date.
func TestAnaphorInClockRange(t *testing.T) {
	s := newStage(t)
	for _, m := range s.Find("5月20日起，每天22时至次日6时禁止施工。", &exampleAnchor) {
		if m.Text == "次日" {
			t.Errorf("found %s %q → %s", m.Type, m.Text, m.Normalized)
		}
	}
}

// TestAnniversaryIsNoDuration: 70周年 counts years since an event and 63周岁
// is an age, not weeks; 第5天 is an ordinal, no length of time.
func TestAnniversaryIsNoDuration(t *testing.T) {
	s := newStage(t)
	for _, text := range []string{"新中国成立70周年", "由60周岁延长至63周岁", "演习已进入第5天", "连续第31个月同比上升"} {
		for _, m := range s.Find(text, &exampleAnchor) {
			t.Errorf("%s: found %s %q → %s", text, m.Type, m.Text, m.Normalized)
		}
	}
}

func TestHolidays(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, norm string }{
		{"2024年春节", "2024-02-10"},
		{"2023年中秋节", "2023-09-29"},
		{"2024年元宵节", "2024-02-24"},
		{"2024年清明节", "2024-04-04"},
		{"2024年重阳节", "2024-10-11"},
		{"2024年立春", "2024-02-04"},
		{"2023年冬至", "2023-12-22"},
		{"2013年复活节", "2013-03-31"},
		{"2013年东正教复活节", "2013-05-05"},
		{"2024年除夕", "2024-02-09"},
		{"十一期间", "2024-10-01"},
		{"2024年开斋节", "2024-04-10"},
		{"2023年古尔邦节", "2023-06-28"},
		{"2024年伊斯兰新年", "2024-07-07"},
		{"2024年火把节", "2024-07-29"},
		{"今年中秋节日期间", "2024-09-17"}, // 中秋: 节日 is unbroken
		// Jewish holidays: the civil days whose daytime they cover, as
		// Israel keeps them; Purim in Adar II of a leap year.
		{"2018年逾越节", "2018-03-31/2018-04-06"},
		{"2018年犹太新年", "2018-09-10/2018-09-11"},
		{"2018年七七节", "2018-05-20"},
		{"2018年光明节", "2018-12-03/2018-12-10"},
		{"2018年住棚节", "2018-09-24/2018-09-30"},
		{"2023年西赫托拉节", "2023-10-07"},
		{"2013年赎罪日", "2013-09-14"},
		{"2024年普珥节", "2024-03-24"},
		{"2014年犹太植树节", "2014-01-16"},
		{"2013年犹太教篝火节", "2013-04-28"},
		{"犹太教新年", "2024-10-03/2024-10-04"}, // not 新年, 1 January
		// 9 Av on a Saturday is kept on Sunday.
		{"2024年圣殿被毁日", "2024-08-13"},
		{"2022年圣殿被毁日", "2022-08-07"},
		// 5 Iyar on a Wednesday stays, on a Friday or Saturday moves to the
		// Thursday before, on a Monday to Tuesday since 2004.
		{"2023年以色列独立日", "2023-04-26"},
		{"2022年以色列独立日", "2022-05-05"},
		{"2025年以色列独立日", "2025-05-01"},
		{"2024年以色列独立日", "2024-05-14"},
		{"1997年以色列独立日", "1997-05-12"},
		{"1948年以色列独立日", "1948-05-14"},
		{"以色列国庆节", "2024-05-14"},   // not 国庆节, 1 October
		{"1973年赎罪日战争", "1973"},     // the war's name: no holiday
		{"2013年贖罪日", "2013-09-14"}, // Traditional characters the stage folds itself
		{"2022年聖殿被毀日", "2022-08-07"},
	} {
		ms := s.Find(c.text, &exampleAnchor)
		if len(ms) == 0 || ms[0].Normalized != c.norm {
			t.Errorf("%q: %v, want %s", c.text, ms, c.norm)
		}
	}
}

// TestIslamicToSolar checks Umm al-Qura dates against the days Saudi
// Arabia observed, a year in which 开斋节 falls twice (the first is taken),
// and that dates outside the Umm al-Qura table convert back to the Islamic
// date asked for under the arithmetic calendar.
func TestIslamicToSolar(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		want    string
	}{
		{2024, 10, 1, "2024-04-10"},
		{2024, 12, 10, "2024-06-16"},
		{2023, 10, 1, "2023-04-21"},
		{2000, 10, 1, "2000-01-08"},
		{1900, 10, 1, "1900-"},
		{2100, 1, 1, "2100-"},
		{2024, 13, 1, ""},
		{2024, 1, 31, ""},
	} {
		got, ok := islamicToSolar(c.y, c.m, c.d)
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
		}
		if !strings.HasPrefix(s, c.want) || (c.want == "") != !ok {
			t.Errorf("islamicToSolar(%d, %d, %d) = %q, %v; want %q", c.y, c.m, c.d, s, ok, c.want)
		}
		if ok && (c.y < 1937 || c.y > 2077) {
			h, err := hijri.CreateHijriDate(got, hijri.Default)
			if err != nil || h.Month != int64(c.m) || h.Day != int64(c.d) {
				t.Errorf("islamicToSolar(%d, %d, %d) = %s, which is Islamic %d-%d-%d (%v)", c.y, c.m, c.d, s, h.Year, h.Month, h.Day, err)
			}
		}
	}
}

// TestHolidaysNoDate checks names that are no Jewish holiday there:
// 篝火节 and 烛光节 alone are also other festivals, 赎罪日战争 the war of 1973.
func TestHolidaysNoDate(t *testing.T) {
	s := newStage(t)
	for _, text := range []string{"草原篝火节", "烛光节", "赎罪日战争爆发后"} {
		for _, m := range s.Find(text, &exampleAnchor) {
			t.Errorf("%s: found %s %q → %s", text, m.Type, m.Text, m.Normalized)
		}
	}
}

func TestRanges(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, norm string }{
		{"2022年3月1日至5日", "2022-03-01/2022-03-05"},
		{"2022年3月1日9:00至3月5日18:00", "2022-03-01T09:00/2022-03-05T18:00"},
		{"2019—2023年", "2019/2023"},
		// Years in digits without 年, joined by a dash after 从 or 自.
		{"从2016-2018", "2016/2018"},
		{"自2016—2018", "2016/2018"},
		{"1至5月", "2024-01/2024-05"},
		{"2023年1—11月", "2023-01/2023-11"},
		{"2023年1-11月份", "2023-01/2023-11"},
		{"2022年2至12月", "2022-02/2022-12"},
		{"今年1—4月", "2024-01/2024-04"},
		{"3月17-18日", "2024-03-17/2024-03-18"},
		// A part of the day after a bracketed date on the right side.
		{"3日深夜至今天（6月4日）凌晨", "2024-06-03T22/2024-06-04T05"},
		{"3日晚至4日（周二）上午", "2024-06-03T18/2024-06-04T11"},
		// Up to now, like 以来.
		{"2019年至今", "2019-01-01/2024-06-04"},
		{"从2023年到现在", "2023-01-01/2024-06-04"},
		{"2023年5月1至5日", "2023-05-01/2023-05-05"},
		{"2015年起", "2015/.."},
		{"2019年8月1日之后", "2019-08-02/.."},
		// A clock time on the right ends the range at that instant, and
		// keeps the left's half of the day.
		{"从昨天下午两点到四点", "2024-06-03T14/2024-06-03T16"},
		{"今晚7点到7点30", "2024-06-04T19:00/2024-06-04T19:30"},
		{"晚上10点到凌晨2点", "2024-06-04T22/2024-06-05T02"},
		{"8月至2月", "2024-08/2025-02"},
		{"今天夜间到明天白天", "2024-06-04T18/2024-06-05T17"}, // 白天 after a day
		// Hours of a day with a bare hour on the left.
		{"4月16日0-24时", "2024-04-16T00/2024-04-17T00"},
		{"16日8—12时", "2024-05-16T08/2024-05-16T12"},
		{"三月和九月之间", "2024-03/2024-09"},
		{"2018/1/10-2018/7/10", "2018-01-10/2018-07-10"},
		{"从一月十日到十二日", "2024-01-10/2024-01-12"},
		// A holiday's first days after a period word; a bare lunar day
		// after the new year's eve.
		{"国庆假期前四天", "2024-10-01/2024-10-04"},
		{"春节假期的头三天", "2024-02-10/2024-02-12"},
		{"除夕至初五", "2024-02-09/2024-02-14"},
		{"春节至初六", "2024-02-10/2024-02-15"},
		// Adjacent numerals with 、 after a year or a month (see numeral-pair).
		{"2018年1、2月份", "2018-01/2018-02"},
		{"5月5、6日", "2024-05-05/2024-05-06"},
		{"5月五、六日", "2024-05-05/2024-05-06"},
		{"本月五、六日", "2024-06-05/2024-06-06"},
		{"2024年二、三季度", "2024-Q2/2024-Q3"},
		{"上世纪七、八十年代", "1970/1989"},
	} {
		ms := s.Find(c.text, &exampleAnchor)
		if len(ms) != 1 || ms[0].Normalized != c.norm || ms[0].Text != c.text {
			t.Errorf("%q: %+v, want one mention %s", c.text, ms, c.norm)
		}
	}
}

// TestRelativeQuarterWraps: the quarter before the first is the last of
// the year before, the one after the last the first of the next.
// TestNoNumeralPair: lists, ordinals and numerals that are not adjacent
// values keep their mentions as before: 、 joins no range.
func TestNoNumeralPair(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want string }{
		{"一、二、三季度", "三季度"},    // a list
		{"在3月、4月出现", "3月|4月"}, // two full dates
		{"第一、二季度", "二季度"},     // ordinals
		{"在一、三季度", "三季度"},     // not adjacent
		{"在三、五月份", "五月份"},     // 三、五 is a few only in a duration
		{"二、三季度是旺季", "三季度"},   // start of a line: a heading
		{"要点。3、4月份开工", "4月份"}, // after a sentence: a list item
		{"他两、三个多月", "三个多月"},   // 多 on the second
		{"5月5、7日", "5月|7日"},
		{"仅六、七两个月", "六、七两个月"}, // 七两 runs on: no pair, but a month list
	} {
		if got := foundTexts(s, c.text); got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNoMonthList: months listed with a count that is not theirs, or not
// adjacent, are no span (month-list).
func TestNoMonthList(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want string }{
		{"今年7、8三个月", "今年"},            // the count is not the months listed
		{"今年1、3两个月", "今年"},            // not adjacent
		{"第3、4两个月", ""},               // ordinals
		{"去年5月、7月两个月", "去年5月|7月|两个月"}, // not adjacent: each month
	} {
		if got := foundTexts(s, c.text); got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNoDurationRange: ordinals, descending numbers, dates, offsets and
// unlike units make no duration range.
func TestNoDurationRange(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want string }{
		{"第1至3天", "3天"},         // an ordinal
		{"编号10至3天", "3天"},       // descending
		{"今年1至3月", "今年1至3月"},    // months: a date range
		{"3小时至2天", "3小时|2天"},    // unlike units
		{"1至3个多月", "3个多月"},      // qualified
		{"2018-2年级", ""},        // a grade
		{"1至3天左右", "1至3天"},      // 左右 adds nothing to both ends
		{"休渔时间为三到四个半月", "四个半月"}, // a half on the right only
	} {
		if got := foundTexts(s, c.text); got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDatedDaypart: a daypart of date_words.tsv marked dated (白天) is none
// alone, where it is mostly generic.
func TestDatedDaypart(t *testing.T) {
	s := newStage(t)
	for _, text := range []string{"白天气温较高", "他白天上班"} {
		if ms := s.Find(text, &exampleAnchor); len(ms) != 0 {
			t.Errorf("%q: %q, want none", text, ms[0].Text)
		}
	}
}

func TestRelativeQuarterWraps(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text   string
		anchor time.Time
		norm   string
	}{
		{"上季度", time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), "2023-Q4"},
		{"下季度", time.Date(2024, 11, 15, 0, 0, 0, 0, time.UTC), "2025-Q1"},
	} {
		ms := s.Find(c.text, &c.anchor)
		if len(ms) != 1 || ms[0].Normalized != c.norm || ms[0].Relative == nil || !*ms[0].Relative {
			t.Errorf("%q at %s: %+v, want %s, relative", c.text, c.anchor.Format("2006-01-02"), ms, c.norm)
		}
	}
}

// TestWithinAfterNumber: 年内 and 月内 after a count are a duration's
// (3年内, 两个月内), not the publication's year or month.
func TestWithinAfterNumber(t *testing.T) {
	s := newStage(t)
	a := time.Date(2024, 6, 4, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, span, norm string }{
		{"3年内完成", "3年", "P3Y"},
		{"两个月内完成", "两个月", "P2M"},
		{"年内完成", "年内", "2024"},
		{"数月内举行", "", ""},
		{"该项目当年内建成", "当年", ""}, // the year named before, no 年内
	} {
		ms := s.Find(c.text, &a)
		if c.span == "" {
			if len(ms) != 0 {
				t.Errorf("%q: %+v, want none", c.text, ms)
			}
			continue
		}
		if len(ms) != 1 || ms[0].Text != c.span || ms[0].Normalized != c.norm {
			t.Errorf("%q: %+v, want %s %s", c.text, ms, c.span, c.norm)
		}
	}
}

// TestUntil: 到, 直到 and 等到 make an upper bound like 截至, except after
// a verb that 到 completes; ranges stay ranges.
func TestUntil(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want, norm, qual string }{
		{"到2025年底", "到2025年底", "../2025-12", "max"},
		{"计划到2025年底投入62亿元", "到2025年底", "../2025-12", "max"},
		{"预计到2030年", "到2030年", "../2030", "max"},
		{"直到2023年", "直到2023年", "../2023", "max"},
		{"一直到2023年为止", "直到2023年为止", "../2023", "max"},
		{"直至2023年，", "直至2023年", "../2023", "max"},
		{"截止至6月7日，", "截止至6月7日", "../2024-06-07", "max"},
		// 直到…才: not until then, when it happened.
		{"直到1994年才被引渡回意大利", "1994年", "1994", "exact"},
		{"大火持续到24日才被扑灭", "24日", "2024-05-24", "exact"},
		{"等到明年", "等到明年", "../2025", "max"},
		{"到年底", "到年底", "../2024-12", "max"},
		{"截至2023年底", "截至2023年底", "../2023-12", "max"},
		// A clock time bounds at its instant, not at the end of its hour.
		{"截至今天17时", "截至今天17时", "../2024-06-04T17", "max"},
		{"截至12月7日24时", "截至12月7日24时", "../2024-12-08T00", "max"},
		// 截至 and a word for now: as of the publication day.
		{"截至目前，", "截至目前", "../2024-06-04", "max"},
		{"截止到现在为止", "截止到现在为止", "../2024-06-04", "max"},
		{"截至记者发稿时", "截至记者发稿时", "../2024-06-04", "max"},
		// N号 after a bound word is a day; after 到 alone when it ends the
		// clause or comes before 为止 (TestNotDates: 上到1号塔).
		{"据统计，截至22号，暴雨共造成8人死亡", "截至22号", "../2024-05-22", "max"},
		{"此轮降水将持续到14号。", "到14号", "../2024-06-14", "max"},
		{"到9号为止，全州共有约150个起火点", "到9号为止", "../2024-06-09", "max"},
		// The bound word holds the zone of the date it bounds.
		{"截至北京时间今天17时，", "截至北京时间今天17时", "../2024-06-04T17", "max"},
		{"截至当地时间3日，", "截至当地时间3日", "../2024-06-03", "max"},
		{"截至叙利亚当地时间3日，", "截至叙利亚当地时间3日", "../2024-06-03", "max"},
		{"截至美国东部时间3日，", "截至美国东部时间3日", "../2024-06-03", "max"},
		// 前 after a period's end: by that end (not 5日前, five days ago).
		{"年底前完成", "年底前", "../2024-12", "max"},
		{"3月底前完成", "3月底前", "../2024-03-31", "max"},
		{"从2019年到2023年", "从2019年到2023年", "2019/2023", "exact"},
		{"2019年到2023年", "2019年到2023年", "2019/2023", "exact"},
		{"得到2023年", "2023年", "2023", "exact"},
		{"回到2019年", "2019年", "2019", "exact"},
		{"推迟到2025年", "2025年", "2025", "exact"},
		{"增加到2030年的", "2030年", "2030", "exact"},
	} {
		ms := s.Find(c.text, &exampleAnchor)
		if len(ms) != 1 || ms[0].Text != c.want || ms[0].Normalized != c.norm || ms[0].Qualifier != c.qual {
			t.Errorf("%q: %+v, want %q → %s (%s)", c.text, ms, c.want, c.norm, c.qual)
			continue
		}
		if c.qual == "max" && (ms[0].DateStart != nil || ms[0].DateEnd == nil) {
			t.Errorf("%q: date_start %v date_end %v, want an open start", c.text, ms[0].DateStart, ms[0].DateEnd)
		}
	}
}

// TestSinceZone: 自 and 从 hold the zone of the date they start, as 截至
// does (TestUntil); a zone no bound word holds stays out of the date, and
// makes a bare hour after it a clock time.
func TestSinceZone(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want, norm string }{
		{"自当地时间3日零时起实施停火", "自当地时间3日零时起", "2024-06-03T00/.."},
		{"从北京时间明天起，", "从北京时间明天起", "2024-06-05/.."},
		{"北京时间今天17时，", "今天17时", "2024-06-04T17"},
		// After a zone a bare hour is a clock time, as after a day.
		{"北京时间19点已经拉开了帷幕", "19点", "2024-06-04T19"},
	} {
		ms := s.Find(c.text, &exampleAnchor)
		if len(ms) != 1 || ms[0].Text != c.want || ms[0].Normalized != c.norm {
			t.Errorf("%q: %+v, want %q → %s", c.text, ms, c.want, c.norm)
		}
	}
}

// TestZoneEnd: the name of a time zone is read for the overlap stage as
// the scanner reads it after a bound word, in folded text too, from any
// character of a place before 当地时间.
func TestZoneEnd(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text    string
		at, end int
	}{
		{"截至北京时间今天17时，", 2, 6},
		{"截至美国东部时间3日", 2, 8},
		{"自叙利亚当地时间3日", 1, 8},
		{"自叙利亚当地时间3日", 2, 8},
		{"截至北京時間今天", 2, 6},
		{"截至北京今天17时", 2, 2},
		{"自美利坚合众国当地时间3日", 1, 1}, // a place of more than four characters has a row or none
		{"北京时", 0, 0},
	} {
		d := &pipeline.Doc{Text: c.text}
		if got := s.ZoneEnd(d, c.at); got != c.end {
			t.Errorf("ZoneEnd(%q, %d) = %d, want %d", c.text, c.at, got, c.end)
		}
	}
}

// TestFromNow: 从现在 and 起, 开始 or a date after 到 make a span that
// starts on the publication day; 现在 alone is the vague present.
func TestFromNow(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want, norm, qual string }{
		{"从现在到12月为海选阶段", "从现在到12月", "2024-06-04/2024-12-31", "exact"},
		{"从现在起到10月份，每月", "从现在起到10月份", "2024-06-04/2024-10-31", "exact"},
		// The right side is read forward: 3月 in June is next March.
		{"从现在开始到3月底", "从现在开始到3月底", "2024-06-04/2025-03-31", "exact"},
		{"从现在到八点", "从现在到八点", "2024-06-04T02:56/2024-06-04T08:00", "exact"},
		{"从现在起，中心任务就是", "从现在起", "2024-06-04/..", "min"},
		{"自现在开始，", "自现在开始", "2024-06-04/..", "min"},
		{"北约现在开始威胁", "现在", "PRESENT_REF", "exact"},
		{"从现在的21个月缩短为8个月", "现在", "PRESENT_REF", "exact"},
		// 即日起: from the day its sentence named before it, else from the
		// publication day; 即日 without 起 is no date.
		{"大使馆3日宣布，即日起暂停签证服务", "即日起", "2024-06-03/..", "min"},
		{"4月12日，四部门联合部署。即日起，面向全国招募", "即日起", "2024-06-04/..", "min"},
		{"从即日起至6月中下旬报名", "从即日起至6月中下旬", "2024-06-04/2024-06-30", "exact"},
		// Only the day of what the sentence says was done: not a day of
		// something else before it.
		{"昨日媒体报道的内容显示对方违约，即日起，公司中止合同", "即日起", "2024-06-04/..", "min"},
		// A span from 即日 is no day for 当天 to refer back to.
		{"大会选举他为主席，即日起开始任期。他当天提议修宪", "当天", "", "exact"},
		{"会议即日本和韩国", "", "", ""},
	} {
		var got *pipeline.Mention
		ms := s.Find(c.text, &exampleAnchor)
		for k := range ms {
			if ms[k].Text == c.want {
				got = &ms[k]
			}
		}
		if c.want == "" && len(ms) > 0 || c.want != "" && (got == nil || got.Normalized != c.norm || got.Qualifier != c.qual) {
			t.Errorf("%q: %+v, want %q → %s (%s)", c.text, ms, c.want, c.norm, c.qual)
		}
	}
}

// TestNoAnchor: relative expressions stay relative with no dates; absolute
// ones still resolve.
func TestNoAnchor(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text     string
		resolved bool
	}{{"去年", false}, {"6月4日", false}, {"10天前", false}, {"周三", false}, {"2019年以来", true}, {"2024年6月4日", true}, {"2023年中秋节", true}} {
		ms := s.Find(c.text, nil)
		if len(ms) != 1 {
			t.Errorf("%q: %d mentions", c.text, len(ms))
			continue
		}
		m := ms[0]
		if (m.DateStart != nil) != c.resolved || m.Relative == nil {
			t.Errorf("%q: date_start %v relative %v, want resolved=%v", c.text, m.DateStart, m.Relative, c.resolved)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, r := range rules {
		for _, ex := range r.examples {
			f.Add(ex.text)
		}
	}
	f.Add("2022年3月1日9:00至3月5日18:00，截至2023年底")
	f.Add("农历腊月三十")
	f.Add("三五天，三五年前，一九三五年，十三五，三五")
	f.Add("5月6日、7日，去年11月、12月，上周三和周五")
	f.Add("1至3天，3小时至5小时，第1至3天，1-2年，三到四分钟，10至3天")
	f.Add("一、二、三季度，3、4月，第七、八月，二、三十万年前，5月9、10日")
	f.Add("\xff2024年\x00")
	f.Add("9999年13月32日25点61分")
	s := newStage(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, anchor := range []*time.Time{nil, &exampleAnchor} {
			last := 0
			n := utf8.RuneCountInString(text)
			for _, m := range s.Find(text, anchor) {
				if m.Start < last || m.End <= m.Start || m.End > n {
					t.Fatalf("%q: bad offsets %d-%d after %d", text, m.Start, m.End, last)
				}
				last = m.End
				if m.DateStart != nil && m.DateEnd != nil && !m.DateStart.Before(*m.DateEnd) {
					t.Fatalf("%q: %q empty interval %v-%v", text, m.Text, m.DateStart, m.DateEnd)
				}
				if m.Type == pipeline.Date && m.Relative == nil {
					t.Fatalf("%q: %q DATE without relative", text, m.Text)
				}
			}
		}
	})
}

// BenchmarkStage measures the stage on the golden articles (news text).
func BenchmarkStage(b *testing.B) {
	s := newStage(b)
	var texts []string
	size := 0
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "golden", "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	if size == 0 {
		b.Skip("no golden articles")
	}
	text := strings.Join(texts, "\n")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		s.Find(text, &exampleAnchor)
	}
}

// TestTrieIndex checks that an indexed node finds the children it found by
// search, and no others, and that a node with a child beyond the Basic
// Multilingual Plane is left to search.
func TestTrieIndex(t *testing.T) {
	var tr trie
	for i, w := range []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "年", "月", "日", "周", "春节", "上午", "下午", "A"} {
		tr.add(w, i)
	}
	const probe = "一二三四五六七八九十年月日周春上下A丁零节午\U00020000"
	want := map[rune]*trie{}
	for _, c := range probe {
		want[c] = tr.child(c)
	}
	tr.index()
	if tr.bits == nil {
		t.Fatalf("a root of %d children was not indexed", len(tr.keys))
	}
	for _, c := range probe {
		if got := tr.child(c); got != want[c] {
			t.Errorf("child(%q) = %p, want %p", c, got, want[c])
		}
	}
	tr.bits, tr.rank = nil, nil
	tr.add("\U00020000", -1)
	if tr.index(); tr.bits != nil {
		t.Errorf("a root with a child beyond the BMP was indexed")
	}
}

// TestAhead: after a word of the future a date over before publication is
// the next one; one still under way, or a few days past, stands, and 原定于
// names the plan as of its own time.
func TestAhead(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, norm string }{
		{"会议将于周一举行。", "2024-06-10"},
		{"他周一表示。", "2024-06-03"},
		{"峰会将于3月举行。", "2025-03"},
		{"会议定于6月召开。", "2024-06"},
		{"工程将于春节前完成。", "2025-01-29"},
		{"社会活动预计将于20日恢复。", "2024-06-20"},
		{"社会活动20日恢复。", "2024-05-20"},
		{"理事会定于2日召开会议。", "2024-06-02"},
		{"原定于5月19日访问韩国。", "2024-05-19"},
		{"学生将在5月15日到7月10日期间返校。", "2024-05-15/2024-07-10"},
	} {
		ms := s.Find(c.text, &exampleAnchor)
		if len(ms) != 1 || ms[0].Normalized != c.norm {
			t.Errorf("%q: %+v, want %s", c.text, ms, c.norm)
		}
	}
}

// TestRuleStarts checks that the characters each rule lists, and the
// numerals of numeral rules, lead core to that rule and no other characters
// do for rules without word kinds.
func TestRuleStarts(t *testing.T) {
	tb := newStage(t).t
	for k, r := range rules {
		want := map[rune]bool{}
		for _, c := range r.starts {
			want[c] = true
		}
		if r.numeral {
			for _, c := range "0123456789零〇一二两三四五六七八九十百千廿卅几" {
				want[c] = true
			}
		}
		for c := range want {
			if tb.ruleStarts[c]&(1<<k) == 0 {
				t.Errorf("rule %s: %q not a start", r.name, c)
			}
		}
		if len(r.kinds) > 0 {
			continue
		}
		for c, m := range tb.ruleStarts {
			if m&(1<<k) != 0 && !want[rune(c)] {
				t.Errorf("rule %s: %q a start", r.name, rune(c))
			}
		}
	}
}

// TestFoldText checks that foldText decodes as a range loop does, invalid
// and four-byte sequences included, and folds what the table folds.
func TestFoldText(t *testing.T) {
	tb := newStage(t).t
	buf := make([]rune, 0, 2)
	for _, text := range []string{
		"", "2024年6月4日", "民國三年週一", "𠀀 and 😀 take four bytes, é two",
		"\xe4\xb8", "\xe0\x80\x80", "\xed\xa0\x80", "a\xffb\xe4\xb8\xadc", "號\xe4",
	} {
		want := []rune(text)
		for i, c := range want {
			if f, ok := tb.fold[c]; ok {
				want[i] = f
			}
		}
		buf = tb.foldText(text, buf)
		if !slices.Equal(buf, want) {
			t.Errorf("foldText(%q) = %U, want %U", text, buf, want)
		}
	}
}

// TestStamp checks stamp against time.Format over years of one to five
// digits and every prefix of its layout.
func TestStamp(t *testing.T) {
	for _, tm := range []time.Time{
		time.Date(2024, 6, 4, 2, 56, 7, 0, time.UTC),
		time.Date(999, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(7, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(12024, 10, 10, 10, 10, 10, 0, time.UTC),
		time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC),
	} {
		for _, n := range []int{7, 10, 13, 16, 19} {
			if got, want := stamp(tm, n), tm.Format(stampLayout[:n]); got != want {
				t.Errorf("stamp(%v, %d) = %q, want %q", tm, n, got, want)
			}
		}
	}
}

// foundTexts returns the texts of the mentions s finds in text, joined by |.
func foundTexts(s *Stage, text string) string {
	var got []string
	for _, m := range s.Find(text, &exampleAnchor) {
		got = append(got, m.Text)
	}
	return strings.Join(got, "|")
}

// TestAroundWordsStartNothing: a word of a kind around an expression (一月
// then 收入, 就 or 左右) starts none, so the scanner tries no rule at it.
func TestAroundWordsStartNothing(t *testing.T) {
	s := newStage(t)
	for _, text := range []string{"收入", "就", "左右"} {
		sc := scanner{t: s.t, r: []rune(text)}
		if sc.candidate(0) {
			t.Errorf("%q: a candidate start, want none", text)
		}
	}
}

// TestPrepare checks that prepare folds what foldText folds, returns the
// code points it was given when none folds, and lists the offsets whose
// folded characters may begin an expression.
func TestPrepare(t *testing.T) {
	tb := newStage(t).t
	buf := make([]rune, 0, 2)
	for _, tt := range []struct {
		text string
		same bool // no character folds
	}{
		{"", true},
		{"2024年6月4日", true},
		{"民國三年週一", false},
		{"週", false},
		{"星期一至週五", false},
		{"號上午", false},
		{"𠀀 and 😀 take four bytes, é two", true},
	} {
		rs := []rune(tt.text)
		got, starts := tb.prepare(rs, &buf, nil)
		want := tb.foldText(tt.text, nil)
		if !slices.Equal(got, want) {
			t.Errorf("prepare(%q) = %U, want %U", tt.text, got, want)
		}
		if same := len(rs) > 0 && &got[0] == &rs[0]; same != (tt.same && len(rs) > 0) {
			t.Errorf("prepare(%q) returned its input: %v, want %v", tt.text, same, tt.same)
		}
		var wantStarts []int32
		for i, c := range want {
			if hasBit(&tb.start, c) {
				wantStarts = append(wantStarts, int32(i))
			}
		}
		if !slices.Equal(starts, wantStarts) {
			t.Errorf("prepare(%q) starts = %v, want %v", tt.text, starts, wantStarts)
		}
	}
}

// TestWordGuards checks that the first characters relativeQuarter and
// monthAt test before their lists admit every word of the lists.
func TestWordGuards(t *testing.T) {
	for _, w := range quarterWords {
		s := &scanner{r: []rune(w.text)}
		if _, end, ok := s.relativeQuarter(0); !ok || end != len(s.r) {
			t.Errorf("relativeQuarter(%q) = %d, %v; want %d, true", w.text, end, ok, len(s.r))
		}
	}
	for _, lm := range lunarMonths {
		s := &scanner{r: []rune(lm.name)}
		if m, end, lunar, ok := s.monthAt(0, false); !ok || !lunar || m != lm.month || end != len(s.r) {
			t.Errorf("monthAt(%q) = %d, %d, %v, %v; want %d, %d, true, true", lm.name, m, end, lunar, ok, lm.month, len(s.r))
		}
	}
}

// TestSuffixWords checks that suffix reads each of its words after a
// date, which its test of their first characters must admit.
func TestSuffixWords(t *testing.T) {
	date := unit(ymd(2020, 3, 1), gMonth)
	for _, w := range []string{"以来", "至今", "到现在", "至现在", "到目前", "至目前", "来", "或之后", "及之后", "及以后", "起", "开始",
		"以后", "之后", "或之前", "及以前", "及之前", "以前", "之前", "左右", "前后"} {
		s := &scanner{r: []rune(w)}
		if _, end, ok := s.suffix(date, 0); !ok || end != len(s.r) {
			t.Errorf("suffix after %q = %d, %v; want %d, true", w, end, ok, len(s.r))
		}
	}
}
