package dates

import (
	"iter"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// chain collects the parts of a calendar expression — year, month, day,
// time of day — as the scanner reads them left to right.
type chain struct {
	y, m, d    int
	hasY, hasM bool
	hasD       bool
	lunar      bool
	fixed      time.Time // a day given whole: 昨天, 上周三, 春节
	until      time.Time // the end of a holiday of several days (斋月), else zero
	hasFixed   bool
	lead       gran // the first numeric part, for bare-number ranges
	rel, unres bool
	// implicit marks the publication year standing in for an unwritten one
	// (年底, 一季度): slices such as 前两天 then are no parts of a year.
	implicit bool
}

// noYearAfter are characters that make N年 something other than a year:
// 三年级 (a school grade), 年纪, 年龄, 年轻.
var noYearAfter = map[rune]bool{'级': true, '纪': true, '龄': true, '轻': true, '薪': true}

// yearAt reads an absolute year: 2024年, 1998年度, 二〇一八年, 08年 (a
// two-digit year with a leading zero, or followed by a month), 2008 年.
func (s *scanner) yearAt(i int) (y, end int, ok bool) {
	n, ok := s.num(i)
	if !ok || n.frac || n.vague {
		return 0, 0, false
	}
	j := s.spaces(n.end)
	if s.at(j) != '年' || noYearAfter[s.at(j+1)] {
		return 0, 0, false
	}
	y, end = int(n.v), j+1
	switch {
	case n.digits == 4 || n.digits == 0 && n.end-i >= 3 && allDigitChars(s.r[i:n.end]):
	case n.digits == 0 && s.lit(i, "两千") == n.end && s.monthFollows(end):
	case n.digits == 2 && (n.lead0 || s.monthFollows(end)):
		y = twoDigitYear(y, s.anchor)
	default:
		return 0, 0, false
	}
	if n.digits == 4 && !s.monthFollows(end) && (s.yearTooLate(y) || s.countBefore(i)) {
		return 0, 0, false // 3000年前, 穿越3000年, 约1000年: a count of years, no year
	}
	if e := s.lit(end, "度"); e >= 0 {
		end = e
	}
	return y, end, true
}

// yearTooLate reports whether a year lies so far after publication (or after
// 2100 with no publication time) that N年 must count years instead.
func (s *scanner) yearTooLate(y int) bool {
	limit := 2100
	if s.anchor != nil {
		limit = s.anchor.Year() + 50
	}
	return y > limit
}

// countBefore reports whether the words before i make the number a count
// (约1000年, 长达1600年, 距今4000年) rather than a year.
func (s *scanner) countBefore(i int) bool {
	for _, w := range countWords {
		if k := i - len(w); k >= 0 && slices.Equal(s.r[k:i], w) {
			return true
		}
	}
	return false
}

// countWords before a number make it a quantity of years.
var countWords = [][]rune{[]rune("约"), []rune("近"), []rune("逾"), []rune("超过"), []rune("长达"), []rune("历时"), []rune("历经"), []rune("穿越"), []rune("距今"), []rune("将近"), []rune("大约")}

// reignYear reads a year of an era: 民国三年, 康熙二十年, 神龙元年, 令和5年.
func (s *scanner) reignYear(i int) (int, int, bool) {
	w, j := s.word(kindReign, i)
	if w == nil {
		return 0, 0, false
	}
	if e := s.lit(j, "元年"); e >= 0 {
		return w.N[0], e, true
	}
	n, ok := s.num(j)
	if !ok || n.frac || n.vague || n.v < 1 || n.v > 100 || s.at(n.end) != '年' || noYearAfter[s.at(n.end+1)] {
		return 0, 0, false
	}
	return w.N[0] + int(n.v) - 1, n.end + 1, true
}

// allDigitChars reports whether a Chinese numeral is written digit by digit
// (二〇一八), as years are, rather than with 十/百/千.
func allDigitChars(r []rune) bool {
	for _, c := range r {
		if _, ok := cjkDigit(c); !ok {
			return false
		}
	}
	return true
}

// monthFollows reports whether a month number and 月 start at i.
func (s *scanner) monthFollows(i int) bool {
	_, e, ok := s.intIn(s.spaces(i), 1, 12)
	return ok && s.at(s.spaces(e)) == '月'
}

// twoDigitYear expands 08 to 2008 and 98 to 1998: the latest year not more
// than ten years after publication (2030 without one).
func twoDigitYear(y int, anchor *time.Time) int {
	limit := 2030
	if anchor != nil {
		limit = anchor.Year() + 10
	}
	if 2000+y <= limit {
		return 2000 + y
	}
	return 1900 + y
}

// lunarMonths are month names of the lunisolar calendar.
var lunarMonths = []struct {
	name  string
	month int
}{{"正月", 1}, {"冬月", 11}, {"腊月", 12}}

// calendar parses [year][month][day][weekday][daypart][clock] and the parts
// of years and months. ctx, when set, is the left side of a range and fills
// what this side leaves out.
func (s *scanner) calendar(i int, ctx *value) (value, int, bool) {
	v, end, _, ok := s.calendarLead(i, ctx)
	return v, end, ok
}

func (s *scanner) calendarLead(i int, ctx *value) (value, int, gran, bool) {
	var c chain
	j := i
	if k := s.litAny(j, "公元"); k >= 0 {
		j = k
	}
	if y, k, ok := s.reignYear(j); ok {
		c.y, c.hasY, j = y, true, k
	} else if y, k, ok := s.yearAt(j); ok {
		c.y, c.hasY, c.lead, j = y, true, gYear, k
	} else if y, ok := s.bareYear(j); ok {
		c.y, c.hasY, j = y, true, j+4
	} else if w, k := s.word(kindYear, j); w != nil {
		var rv value
		if s.fromAnchor(&rv) {
			c.y, c.hasY = s.anchor.Year()+w.N[0], true
		}
		c.rel, c.unres, j = true, rv.unresolved, k
	}
	if c.hasY || c.unres {
		// Parts of the year end the chain: 2023年底, 今年上半年, 一季度.
		jj := j
		if s.at(jj) == '的' {
			jj++
		}
		if v, k, ok := s.yearPart(jj, c, s.at(j-1) == '年'); ok {
			return v, k, c.lead, true
		}
	}
	// A holiday name goes whole (农历新年, 正月朔日), not as 农历 and a month.
	holiday := false
	if h, hk := s.holidayAt(j, c.hasY || c.unres); h != nil {
		_, mk, _, _ := s.monthAt(j, c.hasY)
		holiday = hk > mk // 十一月 is November, not 十一 (National Day)
	}
	if k := s.litAny(j, "农历", "阴历"); k >= 0 && !holiday {
		c.lunar, j = true, k
	}
	// Month, after spaces when a year came first (2008年 十二月), or after
	// 的 (1885年的9月26日, 去年的3月).
	if jj := s.spaces(j); jj > j && c.hasY {
		if _, _, _, ok := s.monthAt(jj, true); ok {
			j = jj
		}
	} else if c.hasY && s.at(j) == '的' {
		if _, _, _, ok := s.monthAt(j+1, true); ok {
			j++
		}
	}
	if m, k, lunarName, ok := s.monthAt(j, c.hasY); ok && !holiday {
		c.m, c.hasM, j = m, true, k
		c.lunar = c.lunar || lunarName
		if c.lead == gNone {
			c.lead = gMonth
		}
	} else if w, k := s.word(kindMonth, j); w != nil && !c.hasY && !c.unres {
		var rv value
		if s.fromAnchor(&rv) {
			t := s.anchor.AddDate(0, 0, 1-s.anchor.Day()).AddDate(0, w.N[0], 0)
			c.y, c.m, c.hasY, c.hasM = t.Year(), int(t.Month()), true, true
		}
		c.rel, c.unres, j = true, rv.unresolved, k
	}
	if c.hasM || (c.unres && j > i) {
		if v, k, ok := s.monthPart(j, c); ok {
			return v, k, c.lead, true
		}
		if c.hasM && !c.lunar {
			if v, k, ok := s.monthWeek(j, c); ok {
				return v, k, c.lead, true
			}
		}
	}
	// Day.
	if c.hasM || c.unres && j > i {
		if d, k, ok := s.dayAt(j, c.lunar, true); ok {
			c.d, c.hasD, j = d, true, k
		} else if d, k, ok := s.nthWeekdayOf(j, c); ok {
			c.fixed, c.hasFixed, j = d, true, k
		}
	} else if !c.hasY && !c.unres {
		if d, k, ok := s.dayAt(j, false, false); ok && (ctx != nil || s.dayAloneOK(j, k)) {
			c.d, c.hasD, c.lead, j = d, true, gDay, k
		}
	}
	// A day given whole: a relative day word, a weekday, a holiday.
	if !c.hasM && !c.hasD && !c.unres {
		if t, until, k, rel, ok := s.wholeDay(j, c, ctx); ok {
			c.fixed, c.until, c.hasFixed, j = t, until, true, k
			c.rel = c.rel || rel
		} else if k >= 0 && rel {
			c.rel, c.unres, j = true, true, k
		}
	}
	if j == i {
		// No date: a time of day alone (上午10点, 15时30分) is on the
		// publication day.
		return s.clockAlone(i, ctx)
	}
	v, ok := s.resolve(c, ctx)
	if !ok {
		return value{}, 0, gNone, false
	}
	// 10月12号,星期一: a weekday repeated after the date.
	if c.hasD || c.hasFixed {
		if k := s.lit(j, ","); k >= 0 || s.at(j) == '，' {
			if k < 0 {
				k = j + 1
			}
			if _, k2, ok := s.weekdayName(k); ok {
				j = k2
			}
		}
	}
	// Time of day on that day.
	if v.gran == gDay || v.unresolved && (c.hasD || c.hasFixed) {
		if tv, k, ok := s.timeOfDay(j, v, true, false); ok {
			tv.yearFromAnchor = v.yearFromAnchor
			v, j = tv, k
		}
	}
	return v, j, c.lead, true
}

// resolve turns a chain into an interval.
func (s *scanner) resolve(c chain, ctx *value) (value, bool) {
	var v value
	v.typ = pipeline.Date
	v.relative = c.rel
	if c.unres {
		v.relative, v.unresolved = true, true
		return v, true
	}
	if c.hasFixed {
		v2 := unit(c.fixed, gDay)
		if !c.until.IsZero() {
			v2 = span(c.fixed, c.until, gDay)
		}
		v2.relative = c.rel
		return v2, true
	}
	// Fill the year and month from the left side of a range, or the anchor.
	if !c.hasY && (c.hasM || c.hasD) {
		switch {
		case ctx != nil && ctx.hasStart:
			c.y, c.hasY, v.yearFromCtx = ctx.start.Year(), true, true
			if !c.hasM {
				c.m, c.hasM = int(ctx.start.Month()), true
			}
		case s.fromAnchor(&v):
			if c.lunar {
				d := max(c.d, 1)
				t, ok := s.pickYear(func(y int) (time.Time, bool) { return lunarToSolar(y, c.m, d) }, c.hasD)
				if !ok {
					return value{}, false
				}
				return s.lunarValue(t, c, v.relative)
			}
			if !c.hasM {
				t, ok := s.pickMonthDay(c.d)
				if !ok {
					return value{}, false
				}
				v2 := unit(t, gDay)
				v2.relative = true
				return v2, true
			}
			t, ok := s.pickYear(func(y int) (time.Time, bool) {
				d := max(c.d, 1)
				return ymd(y, c.m, d), validYMD(y, c.m, d)
			}, c.hasD)
			if !ok {
				return value{}, false
			}
			c.y, c.hasY, v.yearFromAnchor = t.Year(), true, true
		default:
			return v, true
		}
	}
	if !c.hasY {
		return value{}, false
	}
	if c.lunar && c.hasM {
		t, ok := lunarToSolar(c.y, c.m, max(c.d, 1))
		if !ok {
			return value{}, false
		}
		return s.lunarValue(t, c, v.relative)
	}
	var out value
	switch {
	case c.hasD:
		if !validYMD(c.y, c.m, c.d) {
			return value{}, false
		}
		out = unit(ymd(c.y, c.m, c.d), gDay)
	case c.hasM:
		out = unit(ymd(c.y, c.m, 1), gMonth)
	default:
		out = unit(ymd(c.y, 1, 1), gYear)
	}
	out.relative, out.yearFromCtx, out.yearFromAnchor = v.relative, v.yearFromCtx, v.yearFromAnchor
	return out, true
}

// nearestYear resolves a holiday given without its year: the occurrence
// nearest to the publication day, before or after it (春节 in a December
// article is the coming one; 圣诞节 in a January article the one just past).
func (s *scanner) nearestYear(f func(y int) (time.Time, bool)) (time.Time, bool) {
	a := *s.anchor
	day := ymd(a.Year(), int(a.Month()), a.Day())
	if s.ahead {
		for y := a.Year() - 1; y <= a.Year()+1; y++ {
			if t, ok := f(y); ok && !t.Before(day.AddDate(0, 0, -graceDays)) {
				return t, true // 将于春节前: the coming one
			}
		}
	}
	var best time.Time
	bestDist, found := time.Duration(0), false
	for y := a.Year() - 1; y <= a.Year()+1; y++ {
		t, ok := f(y)
		if !ok {
			continue
		}
		d := t.Sub(day)
		if d < 0 {
			d = -d
		}
		if !found || d < bestDist {
			best, bestDist, found = t, d, true
		}
	}
	return best, found
}

// lunarValue is the day t, or the whole lunar month when no day was given.
func (s *scanner) lunarValue(t time.Time, c chain, rel bool) (value, bool) {
	v := unit(t, gDay)
	if !c.hasD {
		// A lunar month alone: from its first day to the next month's.
		next := t.AddDate(0, 0, 29)
		if t2, ok := lunarToSolar(c.y, c.m, 30); ok {
			next = t2.AddDate(0, 0, 1)
		}
		v = span(t, next, gDay)
		v.qual = "approx"
	}
	v.relative = rel
	return v, true
}

// pickMonthDay resolves a day of month given alone (29日): this month, or
// the month before when that day lies more than aheadDays after publication
// or does not exist this month.
func (s *scanner) pickMonthDay(d int) (time.Time, bool) {
	a := *s.anchor
	if s.ahead {
		g := a.AddDate(0, 0, -graceDays)
		for k := 0; k < 3; k++ {
			first := ymd(g.Year(), int(g.Month())+k, 1)
			if t := ymd(first.Year(), int(first.Month()), d); validYMD(first.Year(), int(first.Month()), d) && !t.Before(ymd(g.Year(), int(g.Month()), g.Day())) {
				return t, true // 将于3日: the next third
			}
		}
		return time.Time{}, false
	}
	for k := 0; k < 3; k++ {
		first := ymd(a.Year(), int(a.Month())-k, 1)
		if !validYMD(first.Year(), int(first.Month()), d) {
			continue
		}
		t := ymd(first.Year(), int(first.Month()), d)
		if k == 0 && t.After(a.AddDate(0, 0, aheadDays)) {
			continue
		}
		return t, true
	}
	return time.Time{}, false
}

// monthAt reads N月 (1-12, with an optional 份) or a lunar month name
// (正月, 腊月), which lunar reports. A space before 月 (2008 年 10 月) is
// allowed only after a year: "十 月" alone is ten months.
func (s *scanner) monthAt(i int, afterYear bool) (m, end int, lunar, ok bool) {
	// The names' first characters, before a call of lit for each name.
	if c := s.at(i); c == '正' || c == '冬' || c == '腊' {
		for _, lm := range lunarMonths {
			if e := s.lit(i, lm.name); e >= 0 {
				return lm.month, e, true, true
			}
		}
	}
	// 两 counts and never names: 两月 is two months, February is 二月.
	m, e, ok := s.intIn(i, 1, 12)
	if !ok || s.at(i) == '两' {
		return 0, 0, false, false
	}
	if e2 := s.spaces(e); e2 > e && afterYear {
		e = e2
	}
	if s.at(e) != '月' {
		return 0, 0, false, false
	}
	e++
	if k := s.lit(e, "份"); k >= 0 {
		e = k
	}
	return m, e, false, true
}

// dayAt reads N日 or N号; after a month also a lunar day (初一, 廿三) or a
// Chinese day without a suffix (八月十五), and after a lunar month's name
// ASCII digits that no Han character follows (腊月28，).
func (s *scanner) dayAt(i int, lunar, afterMonth bool) (int, int, bool) {
	if afterMonth {
		if e := s.lit(i, "初"); e >= 0 {
			if d, e2, ok := s.intIn(e, 1, 10); ok && s.at(e) != '〇' {
				return d, e2, true
			}
		}
	}
	d, e, ok := s.intIn(i, 1, 31)
	if !ok {
		return 0, 0, false
	}
	e2 := e
	if afterMonth {
		e2 = s.spaces(e) // 10 月 1 日; "五 日" alone is five days
	}
	if c := s.at(e2); c == '日' || c == '号' {
		return d, e2 + 1, true
	}
	if afterMonth && !isDigit(s.r[i]) && !isHan(s.at(e)) || afterMonth && lunar && (!isDigit(s.r[i]) || !isHan(s.at(e))) {
		return d, e, true // 八月十五, 腊月二十三; 腊月28 after a lunar month's name
	}
	return 0, 0, false
}

// dayAloneOK reports whether a day given without a month (29日, 3号) at
// i..end is a date and not a counter (5号线, 3日游) or part of a name
// (中国环流三号, 嫦娥五号, 天宫2号). ASCII N日 is the news dateline day and
// counts unless a counter follows. Chinese numerals, and ASCII N号, need
// date context: a month word before them (本月, 每月) or a time word after
// them (上午, 晚, 前, 起, 至…); ASCII N号 must also not follow a Han
// character other than a preposition (于3号, 在3号).
func (s *scanner) dayAloneOK(i, end int) bool {
	switch s.at(end) {
	case '线', '楼', '院', '馆', '机', '店', '车', '门', '令', '文', '位', '游', '内', '均', '电', '元', '球', '码', '字', '种', '台', '房', '床', '口', '厅', '桥', '路', '街':
		return s.at(end-1) == '日' && s.at(end) == '电' // 二十九日电, the dateline
	}
	if s.at(i-1) == '月' {
		return true
	}
	ascii := isDigit(s.r[i])
	if ascii && s.r[end-1] == '日' {
		return true
	}
	if ascii && (s.zoneEndsAt(i) || s.bracketedDay(i, end)) {
		return true // 当地时间8号，…; 今天（12号）
	}
	if ascii && isHan(s.at(i-1)) && !dayLead[s.at(i-1)] {
		// After a name only a part of the day of two or more characters
		// makes N号 a day (李克强26号上午; 天宫2号 is none).
		w, k := s.word(kindDaypart, end)
		return w != nil && k-end > 1 || s.opensClause(i, end)
	}
	return s.dateContextAt(end) || s.opensClause(i, end) || s.boundEndsAt(i, end)
}

// zoneEndsAt reports whether the name of a time zone ends at i (当地时间,
// 北京时间, 叙利亚当地时间): what follows it is a time.
func (s *scanner) zoneEndsAt(i int) bool {
	if s.at(i-1) != '间' || s.at(i-2) != '时' {
		return false
	}
	for k := i - 2; k >= max(0, i-maxZoneLen); k-- {
		if s.zoneEnd(k) == i {
			return true
		}
	}
	return false
}

// bracketedDay reports whether N号 at i..end stands in brackets right after
// a day word, which it dates (今天（12号）, 周五(8号)).
func (s *scanner) bracketedDay(i, end int) bool {
	return strings.ContainsRune("（(", s.at(i-1)) && strings.ContainsRune("）)", s.at(end)) && strings.ContainsRune("天日一二三四五六", s.at(i-2))
}

// boundEndsAt reports whether a word that makes the date after the day at
// i..end an upper bound ends at i (截至, 截止到, 直到: until's prefixes): what
// it bounds is a date, so N号 after it is a day (截至22号，…). After 到 alone
// the day must also end the clause or come before 为止 (持续到26号。, 到9号为止),
// since 到 also reaches a place that N号 numbers (下到2号站台, 7号到11号的降雨).
func (s *scanner) boundEndsAt(i, end int) bool {
	for k := max(0, i-3); k < i; k++ {
		if s.until(k) == i {
			return s.r[k] != '到' || strings.ContainsRune("，,。；;！？", s.at(end)) || s.lit(end, "为止") >= 0
		}
	}
	return false
}

// opensClause reports whether an ASCII N号 at i..end is a day by what
// follows it: a word that opens what the clause says (date_words.tsv kind
// predicate: 发生, 宣布, 在…), maybe after a one-character part of the day
// (11号晚在…), or when the day opens its sentence (。27号，…, 。2号玻利维亚总统…).
// Broadcast news writes dates so, right after whoever acted (伊拉克7号发生…,
// 普京8号发布…). A series name right before makes N号 part of a name
// (长征5号还将…), as do an ordinal, an address or a number (第7号, 新中西街8号,
// 第4/3号), an open quote (“光明星3号”) and a noun after it that N号 numbers
// (kind numbered: 7号公路).
func (s *scanner) opensClause(i, end int) bool {
	if !isDigit(s.r[i]) || s.r[end-1] != '号' {
		return false
	}
	p := s.at(i - 1)
	if p == '/' || isDigit(p) || p < utf8.RuneSelf && unicode.IsLetter(p) || strings.ContainsRune("第街路道巷弄里村", p) {
		return false
	}
	if s.t.series.endsAt(s.r, i) || s.quoted(i) {
		return false
	}
	if w, _ := s.word(kindNumbered, end); w != nil {
		return false // 7号公路, 5号发射架: one of them
	}
	if i == 0 || strings.ContainsRune("。！？；\n", p) {
		return true // 2号玻利维亚总统莫拉莱斯…: a day opening its sentence
	}
	k := end
	if w, e := s.word(kindDaypart, k); w != nil {
		k = e
	}
	if _, e := s.word(kindPredicate, k); e >= 0 {
		return true
	}
	// A day alone in its clause after a comma, 在 or 于 (报道，27号，…; 就在10号，…),
	// unless it continues a list of numbers (1号，2号，…).
	return s.at(k) == '，' && (k > end || strings.ContainsRune("：在于", p) || p == '，' && s.at(i-2) != '号')
}

// quoted reports whether r[i] lies inside a quotation or title opened
// earlier in its clause (“光明星3号”, 《第2号令》).
func (s *scanner) quoted(i int) bool {
	for j := i - 1; j >= 0 && i-j <= 20; j-- {
		switch s.r[j] {
		case '“', '《', '「', '‘':
			return true
		case '”', '》', '」', '’', '，', '。', '；', '！', '？', '\n':
			return false
		}
	}
	return false
}

// dayLead are the Han characters after which an ASCII N号 may begin: a
// preposition or connector, not a name (天宫2号).
var dayLead = map[rune]bool{'于': true, '在': true, '从': true, '自': true, '至': true, '到': true, '和': true, '与': true, '及': true, '或': true, '是': true, '为': true, '当': true, '即': true, '止': true, '日': true, '号': true}

// dateContextAt reports whether a time word follows a bare day at i: a part
// of the day (上午, 晚), a clock time (8时), a suffix (前, 后, 起, 以来) or a
// connector to another day (至, 到, 、).
func (s *scanner) dateContextAt(i int) bool {
	if w, _ := s.word(kindDaypart, i); w != nil {
		return true
	}
	switch s.at(i) {
	case '晚', '早', '夜', '凌', '前', '后', '起', '至', '到', '当', '零', '以', '之', '—', '-', '~', '～':
		return true
	case '、', '和', '与':
		n := s.at(i + 1)
		return isDigit(n) || isCJKNum(n)
	}
	_, _, _, _, _, ok := s.clock(i, true)
	return ok
}

// wholeDay reads a day given as a whole: 今天/昨天, 今晚 (day only; the
// daypart follows in timeOfDay), 上周三/周末, or a holiday; until is the
// exclusive end of a holiday that lasts several days (斋月, 大斋期), zero
// otherwise. ok is false with end >= 0 and rel set when the word is
// relative and there is no anchor.
func (s *scanner) wholeDay(i int, c chain, ctx *value) (t, until time.Time, end int, rel, ok bool) {
	if c.hasY || c.unres {
		if h, k := s.holidayAt(i, true); h != nil {
			if t, ok := holidayIn(h, c.y); ok {
				return t, holidayUntil(h, t), k, false, true
			}
		}
		return time.Time{}, time.Time{}, -1, false, false
	}
	if w, k := s.word(kindDay, i); w != nil && !s.notDay(i) {
		if s.anchor == nil {
			return time.Time{}, time.Time{}, k, true, false
		}
		a := *s.anchor
		return ymd(a.Year(), int(a.Month()), a.Day()+w.N[0]), time.Time{}, k, true, true
	}
	if w, k := s.word(kindDayRef, i); w != nil {
		if s.anchor == nil {
			return time.Time{}, time.Time{}, k, true, false
		}
		a := *s.anchor
		// Leave the daypart word for timeOfDay: it starts where the day word
		// ends minus the daypart's own characters (今晚 → 晚上 is implied).
		return ymd(a.Year(), int(a.Month()), a.Day()+w.N[0]), time.Time{}, k, true, true
	}
	if t, k, rel, ok := s.weekday(i, ctx); ok || k >= 0 {
		return t, time.Time{}, k, rel, ok
	}
	if h, k := s.holidayAt(i, false); h != nil {
		if ctx != nil && ctx.hasStart {
			t, ok := holidayIn(h, ctx.start.Year())
			return t, holidayUntil(h, t), k, false, ok
		}
		if s.anchor == nil {
			return time.Time{}, time.Time{}, k, true, false
		}
		t, ok := s.nearestYear(func(y int) (time.Time, bool) { return holidayIn(h, y) })
		return t, holidayUntil(h, t), k, true, ok
	}
	return time.Time{}, time.Time{}, -1, false, false
}

// holidayAt reads a holiday name, the longest that cuts no unbroken word
// (中秋 of 中秋节日期间, 国庆 of 国庆节日益临近; none in 赎罪日战争, the war
// of 1973, so that 1973年赎罪日战争 keeps its year); names marked context
// need a year before them (withYear) or a date word after them, or after
// the quotes around them (“五一”假期), or a holiday that stands alone
// written beside them (国庆中秋期间, 中秋国庆临近, 五一、端午).
func (s *scanner) holidayAt(i int, withYear bool) (*dictionaries.Holiday, int) {
	var h *dictionaries.Holiday
	end := -1
	for t, j := s.t.holidays, i; j < len(s.r); j++ {
		if t = t.child(s.r[j]); t == nil {
			break
		}
		if t.val != nil && !s.cuts(i, j+1) {
			h, end = t.val.(*dictionaries.Holiday), j+1
		}
	}
	if h == nil {
		return nil, -1
	}
	if h.Context && !withYear && !s.festiveFor(h, end) && !(s.at(i-1) == '“' && s.at(end) == '”' && s.festiveFor(h, end+1)) && !s.besideHoliday(i, end) {
		return nil, -1 // the word may follow the name's quotes: 今年“五一”假期
	}
	return h, end
}

// besideHoliday reports whether a holiday name that stands alone (no
// context) begins at end or ends at i, maybe past one of 、, 和 or 与: two
// festivals written together are both dates (国庆中秋, 中秋国庆, 五一、端午).
func (s *scanner) besideHoliday(i, end int) bool {
	if strings.ContainsRune("、和与", s.at(end)) {
		end++
	}
	for range s.aloneHolidayEnds(end) {
		return true // one of any length begins at end
	}
	if strings.ContainsRune("、和与", s.at(i-1)) {
		i--
	}
	for k := i - 2; k >= 0 && i-k <= maxHolidayName; k-- {
		for e := range s.aloneHolidayEnds(k) {
			if e == i {
				return true
			}
		}
	}
	return false
}

// maxHolidayName is the most characters besideHoliday looks back through
// for a holiday's name.
const maxHolidayName = 8

// aloneHolidayEnds yields where each holiday name without context that
// begins at r[i] ends, shortest first.
func (s *scanner) aloneHolidayEnds(i int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for t, j := s.t.holidays, i; j < len(s.r); j++ {
			if t = t.child(s.r[j]); t == nil {
				return
			}
			if h, ok := t.val.(*dictionaries.Holiday); ok && !h.Context && !yield(j+1) {
				return
			}
		}
	}
}

// festiveFor reports whether a word of kind festive that holiday h takes
// starts at i: one of value 1 (临近, 将至, 前) only after a holiday that is
// no solar term, since weather takes them too (大雪来临之前, 降大雪前).
func (s *scanner) festiveFor(h *dictionaries.Holiday, i int) bool {
	w, _ := s.word(kindFestive, i)
	return w != nil && (w.N[0] == 0 || h.Term == "")
}

// weekdayName reads 周三, 星期天, 礼拜日 (no prefix) and returns 1-7.
func (s *scanner) weekdayName(i int) (int, int, bool) {
	if _, k := s.word(kindWeekNoun, i); k >= 0 {
		if wd, ok := weekdays[s.at(k)]; ok {
			return wd, k + 1, true
		}
	}
	return 0, 0, false
}

var weekdays = map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '日': 7, '天': 7}

// weekday reads [上|下|这…](周|星期|礼拜)(一…日|末) as a day of the
// publication week (weeks start on Monday) or of the week the prefix names.
// A week with no day (上周) is not a whole day: see weekRule.
func (s *scanner) weekday(i int, ctx *value) (time.Time, int, bool, bool) {
	off, j := 0, i
	if w, k := s.word(kindWeek, i); w != nil {
		off, j = w.N[0], k
	}
	_, k := s.word(kindWeekNoun, j)
	if k < 0 {
		return time.Time{}, -1, false, false
	}
	wd, ok := weekdays[s.at(k)]
	if !ok || s.at(k) == '天' && s.at(j) == '周' {
		return time.Time{}, -1, false, false
	}
	if j == i && i > 0 && (isCJKNum(s.r[i-1]) || isDigit(s.r[i-1]) || s.r[i-1] == '每') || s.at(k) == '日' && s.at(k+1) == '均' {
		return time.Time{}, -1, false, false // 节前一周|日均: a week counted, a daily mean; 每周日: every Sunday, no date
	}
	k++
	var base time.Time
	switch {
	case ctx != nil && ctx.hasStart:
		base = weekStart(ctx.start)
	case s.anchor != nil:
		base = weekStart(*s.anchor)
	default:
		return time.Time{}, k, true, false
	}
	t := base.AddDate(0, 0, 7*off+wd-1)
	if s.ahead && off == 0 && ctx == nil && s.anchor != nil && t.Before(ymd(s.anchor.Year(), int(s.anchor.Month()), s.anchor.Day())) {
		t = t.AddDate(0, 0, 7) // 将于周一举行, on a Tuesday: next Monday
	}
	return t, k, ctx == nil, true
}

// nthWeekdayOf reads [的]第N个星期X after a month: 十月第一个星期一.
func (s *scanner) nthWeekdayOf(i int, c chain) (time.Time, int, bool) {
	j := i
	if s.at(j) == '的' {
		j++
	}
	var nth int
	if e := s.lit(j, "最后一个"); e >= 0 {
		nth, j = -1, e
	} else if e := s.lit(j, "第"); e >= 0 {
		n, e2, ok := s.intIn(e, 1, 5)
		if !ok {
			return time.Time{}, 0, false
		}
		nth, j = n, e2
		if e3 := s.lit(j, "个"); e3 >= 0 {
			j = e3
		}
	} else {
		return time.Time{}, 0, false
	}
	wd, k, ok := s.weekdayName(j)
	if !ok || !c.hasY && s.anchor == nil {
		return time.Time{}, 0, false
	}
	y := c.y
	if !c.hasY {
		y = s.anchor.Year()
	}
	t, ok := nthWeekday(y, c.m, wd, nth)
	return t, k, ok
}

// yearPart reads a part of the year after X年 (初, 底, 上半年), a season
// after a written year (2023年春季, 去年冬天), a quarter
// (一季度, 第三季度, Q1), the first N quarters or months (前三季度, 前5个月)
// or a week of the year (第二周). afterNian says whether 年 was just read, so
// that 初/底 can attach to it.
func (s *scanner) yearPart(i int, c chain, afterNian bool) (value, int, bool) {
	var v value
	v.typ, v.relative = pipeline.Date, c.rel
	y := c.y
	if afterNian && s.at(i) == '年' {
		if w, _ := s.word(kindYearPart, i+1); w != nil && len([]rune(w.Word)) == 1 {
			i++ // 2012年年底: 年 written twice
		}
	}
	if w, k := s.word(kindYearPart, i); w != nil && (afterNian || len([]rune(w.Word)) > 1) && s.partEnds(k, w.Word) {
		if c.unres {
			v.unresolved = true
			return v, k, true
		}
		a := ymd(y, w.N[0], 1)
		g := gMonth
		if w.N[1] == 6 {
			g = gHalf
		}
		out := span(a, a.AddDate(0, w.N[1], 0), g)
		if g != gHalf {
			out.qual = "approx"
		}
		out.relative = c.rel
		return out, k, true
	}
	if w, k := s.word(kindSeason, i); w != nil && !c.implicit {
		if c.unres {
			v.unresolved = true
			return v, k, true
		}
		a := ymd(y, w.N[0], 1)
		out := span(a, a.AddDate(0, w.N[1], 0), gMonth)
		out.qual, out.relative = "approx", c.rel
		return out, k, true
	}
	// 第三季 without 度 is a quarter only after a written year (2023年第一季):
	// alone it is most often a season of a series (《机智过人》第三季).
	if q, k, ok := s.quarterAt(i); ok && (s.at(k-1) != '季' || !c.implicit) {
		if c.unres {
			v.unresolved = true
			return v, k, true
		}
		out := unit(ymd(y, 3*q-2, 1), gQuarter)
		out.relative = c.rel
		return out, k, true
	}
	if e := s.lit(i, "前"); e >= 0 {
		if n, k, ok := s.intIn(e, 1, 4); ok {
			if k2 := s.litAny(k, "个季度", "季度"); k2 >= 0 {
				if c.unres {
					v.unresolved = true
					return v, k2, true
				}
				out := span(ymd(y, 1, 1), ymd(y, 3*n+1, 1), gQuarter)
				out.relative = c.rel
				return out, k2, true
			}
		}
		if n, k, ok := s.intIn(e, 1, 12); ok {
			if k2 := s.litAny(k, "个月", "月"); k2 >= 0 {
				if c.unres {
					v.unresolved = true
					return v, k2, true
				}
				out := span(ymd(y, 1, 1), ymd(y, n+1, 1), gMonth)
				out.relative = c.rel
				return out, k2, true
			}
		}
	}
	if out, k, ok := s.yearSlice(i, c); ok && !c.implicit {
		return out, k, true
	}
	if e := s.lit(i, "第"); e >= 0 {
		if n, k, ok := s.intIn(e, 1, 53); ok {
			if k2 := s.litAny(k, "周", "个星期", "星期"); k2 >= 0 {
				if c.unres {
					v.unresolved = true
					return v, k2, true
				}
				// ISO week n: the week containing January 4th is week 1.
				w1 := weekStart(ymd(y, 1, 4))
				out := unit(w1.AddDate(0, 0, 7*(n-1)), gWeek)
				out.relative = c.rel
				return out, k2, true
			}
		}
	}
	return value{}, 0, false
}

// sliceUnits are the units of yearSlice and monthWeek.
var sliceUnits = []struct {
	word string
	g    gran
}{{"个星期", gWeek}, {"星期", gWeek}, {"周", gWeek}, {"个月", gMonth}, {"天", gDay}}

// yearSlice reads the Nth month of a year (第九个月), its first or last N
// days, weeks or months (前10天, 头两周, 最后3周). Weeks are ISO weeks: the
// first is the one holding January 4th, the last the one before the next
// year's first.
func (s *scanner) yearSlice(i int, c chain) (value, int, bool) {
	first, j := true, -1
	if e := s.litAny(i, "前", "头"); e >= 0 {
		j = e
	} else if e := s.lit(i, "最后"); e >= 0 {
		first, j = false, e
	} else if e := s.lit(i, "第"); e >= 0 {
		if n, k, ok := s.intIn(s.spaces(e), 1, 12); ok {
			if k2 := s.lit(s.spaces(k), "个月"); k2 >= 0 {
				if c.unres {
					return value{typ: pipeline.Date, relative: true, unresolved: true}, k2, true
				}
				out := unit(ymd(c.y, n, 1), gMonth)
				out.relative = c.rel
				return out, k2, true
			}
		}
		return value{}, 0, false
	} else {
		return value{}, 0, false
	}
	n, k, ok := s.intIn(s.spaces(j), 1, 366)
	if !ok {
		return value{}, 0, false
	}
	k = s.spaces(k)
	for _, u := range sliceUnits {
		e := s.lit(k, u.word)
		if e < 0 {
			continue
		}
		if c.unres {
			return value{typ: pipeline.Date, relative: true, unresolved: true}, e, true
		}
		from, to := ymd(c.y, 1, 1), ymd(c.y+1, 1, 1)
		if u.g == gWeek {
			from, to = weekStart(ymd(c.y, 1, 4)), weekStart(ymd(c.y+1, 1, 4))
		}
		var out value
		if first {
			out = span(from, u.g.add(from, n), u.g)
		} else {
			out = span(u.g.add(to, -n), to, u.g)
		}
		if out.start.Before(from) || out.end.After(to) {
			return value{}, 0, false
		}
		out.relative = c.rel
		return out, e, true
	}
	return value{}, 0, false
}

// monthWeek reads [的]第N周 after a month: the Nth week of the month, the
// first being the one holding the month's 4th day (as ISO weeks of a year).
func (s *scanner) monthWeek(i int, c chain) (value, int, bool) {
	j := i
	if s.at(j) == '的' {
		j++
	}
	e := s.lit(j, "第")
	if e < 0 {
		return value{}, 0, false
	}
	n, k, ok := s.intIn(e, 1, 5)
	if !ok {
		return value{}, 0, false
	}
	k2 := s.litAny(k, "个星期", "星期", "周")
	if k2 < 0 || isCJKNum(s.at(k2)) || s.at(k2) == '日' || s.at(k2) == '天' {
		return value{}, 0, false // 第一个星期一 is a day (nthWeekdayOf)
	}
	v := value{typ: pipeline.Date, relative: c.rel}
	y := c.y
	if !c.hasY {
		if c.unres || !s.fromAnchor(&v) {
			v.unresolved = true
			return v, k2, true
		}
		t, ok := s.pickYear(func(y int) (time.Time, bool) { return ymd(y, c.m, 1), true }, false)
		if !ok {
			return value{}, 0, false
		}
		y = t.Year()
	}
	out := unit(weekStart(ymd(y, c.m, 4)).AddDate(0, 0, 7*(n-1)), gWeek)
	out.relative = v.relative
	return out, k2, true
}

// partEnds guards the one-character parts 中 and 末 against reading 2023年中国
// as 年中: they must end the expression (punctuation, a non-Han character) or
// be followed by a time word.
func (s *scanner) partEnds(k int, word string) bool {
	c := s.at(k)
	if isCJKNum(c) || isDigit(c) {
		return false // 正月初一: 初 starts a day
	}
	if word != "中" {
		return true
	}
	if !isHan(c) {
		return true
	}
	switch c {
	case '期', '旬', '前', '后', '时', '以', '的':
		return true
	}
	return false
}

// quarterAt reads 一季度, 第三季度, 三季度, Q1, 1季度.
func (s *scanner) quarterAt(i int) (int, int, bool) {
	if s.at(i) == 'Q' {
		if q, k, ok := s.intIn(i+1, 1, 4); ok && k == i+2 {
			return q, k, true
		}
		return 0, 0, false
	}
	j := i
	if e := s.lit(j, "第"); e >= 0 {
		j = e
	}
	q, k, ok := s.intIn(j, 1, 4)
	if !ok {
		return 0, 0, false
	}
	if e := s.litAny(k, "季度", "季"); e >= 0 {
		if s.at(k+1) != '度' && s.at(e) == '节' {
			return 0, 0, false
		}
		return q, e, true
	}
	return 0, 0, false
}

// monthPart reads 上旬/中旬/下旬 and 初/中/底/末 after a month.
func (s *scanner) monthPart(i int, c chain) (value, int, bool) {
	w, k := s.word(kindMonthPart, i)
	if w == nil || !s.partEnds(k, w.Word) {
		return value{}, 0, false
	}
	if k < len(s.r) && s.r[k] == '份' {
		return value{}, 0, false
	}
	var v value
	v.typ, v.relative = pipeline.Date, c.rel
	if c.unres {
		v.unresolved = true
		return v, k, true
	}
	y := c.y
	if !c.hasY {
		if s.anchor == nil {
			v.relative, v.unresolved = true, true
			return v, k, true
		}
		t, ok := s.pickYear(func(y int) (time.Time, bool) { return ymd(y, c.m, 1), true }, false)
		if !ok {
			return value{}, 0, false
		}
		y, v.relative = t.Year(), true
	}
	last := min(w.N[1], daysIn(y, c.m))
	out := span(ymd(y, c.m, w.N[0]), ymd(y, c.m, last+1), gDay)
	if len([]rune(w.Word)) == 1 {
		out.qual = "approx"
	}
	out.relative, out.yearFromAnchor = v.relative, !c.hasY
	return out, k, true
}

// notDay reports whether a word of kind notday starts at i: there a day word
// is part of something else (后日 of 此后日本, 后日子).
func (s *scanner) notDay(i int) bool {
	w, _ := s.word(kindNotDay, i)
	return w != nil
}
