package dates

import (
	"sync"
	"time"

	"github.com/6tail/lunar-go/calendar"
	"github.com/hablullah/go-hijri"

	"github.com/zhfacts/zhfacts/dictionaries"
)

// Calendar arithmetic: Gregorian helpers, the Chinese lunisolar calendar and
// solar terms (through github.com/6tail/lunar-go), Easter, the Islamic
// calendar, and holidays; the Hebrew calendar is in hebrew.go.

// lunarYears bounds the years handed to lunar-go, whose tables are only
// meaningful for historical and near-future dates.
const lunarMinYear, lunarMaxYear = 1000, 2999

func ymd(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return ymd(y, m+1, 0).Day() }

// validYMD reports whether y-m-d is a real Gregorian date.
func validYMD(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// lunarToSolar converts day d of lunar month m (negative for a leap month)
// of lunar year y to a Gregorian date.
func lunarToSolar(y, m, d int) (time.Time, bool) {
	// No lunar month has more than 30 days.
	if y < lunarMinYear || y > lunarMaxYear || d < 1 || d > 30 {
		return time.Time{}, false
	}
	for _, lm := range lunarMonthsOf(y) {
		if lm.month == m && d <= lm.days {
			s := calendar.NewSolarFromJulianDay(lm.firstDay + float64(d-1))
			return ymd(s.GetYear(), s.GetMonth(), s.GetDay()), true
		}
	}
	return time.Time{}, false
}

// lunarMonth is what lunarToSolar needs of a month of a lunar year: its
// number (negative for a leap month), its first day as a Julian day and
// its length.
type lunarMonth struct {
	month, days int
	firstDay    float64
}

// lunarYears memoizes lunarMonthsOf. lunar-go computes a whole year's
// astronomy for each NewLunarYear and keeps only the last year, behind a
// lock, so dates of different years on several workers would recompute it
// again and again; NewLunarFromYmd adds the solar terms of the date.
var lunarYears sync.Map // int → []lunarMonth

// lunarMonthsOf returns the months of lunar year y.
func lunarMonthsOf(y int) []lunarMonth {
	if v, ok := lunarYears.Load(y); ok {
		return v.([]lunarMonth)
	}
	var months []lunarMonth
	ly := calendar.NewLunarYear(y)
	for m := -12; m <= 12; m++ {
		if lm := ly.GetMonth(m); m != 0 && lm != nil {
			months = append(months, lunarMonth{month: m, days: lm.GetDayCount(), firstDay: lm.GetFirstJulianDay()})
		}
	}
	lunarYears.Store(y, months)
	return months
}

// solarTerm returns the day of the named solar term in Gregorian year y.
func solarTerm(y int, name string) (time.Time, bool) {
	if y < lunarMinYear || y > lunarMaxYear {
		return time.Time{}, false
	}
	table := termTableOf(y)
	for _, key := range []string{name, termKeys[name]} {
		if t, ok := table[key]; ok && key != "" {
			return t, true
		}
	}
	return time.Time{}, false
}

// termTables memoizes termTableOf: lunar-go computes a whole lunar year for
// the table, the same for every term of the year, and holidayCache only
// keeps each term's day once it is found.
var termTables sync.Map // int → map[string]time.Time

// termTableOf returns the days of Gregorian year y in lunar-go's table of
// solar terms for a date in mid-year, by its keys. The table covers 冬至 of
// the year before (key "冬至") through 大雪 and 冬至 of this year (keys
// "大雪", "DONG_ZHI"); the days of other years are left out.
func termTableOf(y int) map[string]time.Time {
	if v, ok := termTables.Load(y); ok {
		return v.(map[string]time.Time)
	}
	table := map[string]time.Time{}
	for key, s := range calendar.NewSolarFromYmd(y, 6, 1).GetLunar().GetJieQiTable() {
		if s.GetYear() == y {
			table[key] = ymd(s.GetYear(), s.GetMonth(), s.GetDay())
		}
	}
	termTables.Store(y, table)
	return table
}

// termKeys are lunar-go's second keys for terms that occur twice in one
// lunar year's table.
var termKeys = map[string]string{"冬至": "DONG_ZHI", "小寒": "XIAO_HAN", "大寒": "DA_HAN", "立春": "LI_CHUN", "雨水": "YU_SHUI", "惊蛰": "JING_ZHE", "大雪": "DA_XUE"}

// easter returns Gregorian Easter Sunday of year y (the anonymous Gregorian
// algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return ymd(y, month, day)
}

// orthodoxEaster returns Orthodox Easter Sunday of year y as a Gregorian
// date (Meeus' Julian algorithm; the calendars differ by 13 days from 1900
// to 2099, and by the century rule outside it).
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	julianToGregorian := y/100 - y/400 - 2
	return ymd(y, month, day).AddDate(0, 0, julianToGregorian)
}

// nthWeekday returns the nth (1-based; -1 = last) weekday wd (1 = Monday …
// 7 = Sunday) of month m in year y.
func nthWeekday(y, m, wd, nth int) (time.Time, bool) {
	if nth < 0 {
		last := ymd(y, m, daysIn(y, m))
		back := (isoWeekday(last) - wd + 7) % 7
		return last.AddDate(0, 0, -back), true
	}
	first := ymd(y, m, 1)
	fwd := (wd - isoWeekday(first) + 7) % 7
	t := first.AddDate(0, 0, fwd+7*(nth-1))
	return t, int(t.Month()) == m
}

// Islamic (Hijri) years that the Umm al-Qura table covers: 1937 to 2077.
const ummAlQuraFirst, ummAlQuraLast = 1356, 1500

// islamicToSolar returns the day of Islamic month m, day d in Gregorian
// year y: by the Umm al-Qura calendar, which the published dates of 开斋节
// and 古尔邦节 usually follow (local announcements may differ by a day),
// and by the arithmetic calendar outside its table. An Islamic year is 11
// days shorter than a Gregorian one, so about every 33 years a date falls
// twice in one Gregorian year; the first is taken.
func islamicToSolar(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 30 {
		return time.Time{}, false
	}
	// The Islamic year in which Gregorian year y begins: 32 Gregorian
	// years are about 33 Islamic ones, counted from 622.
	first := int64((y-622)*33/32) - 1
	for h := first; h <= first+3; h++ {
		if h < 1 {
			continue
		}
		var g time.Time
		if h >= ummAlQuraFirst && h <= ummAlQuraLast {
			g = hijri.UmmAlQuraDate{Year: h, Month: int64(m), Day: int64(d)}.ToGregorian()
		} else {
			g = hijri.HijriDate{Year: h, Month: int64(m), Day: int64(d), Pattern: hijri.Default}.ToGregorian()
		}
		if g.Year() == y {
			return ymd(y, int(g.Month()), g.Day()), true
		}
	}
	return time.Time{}, false
}

// holidayUntil returns the exclusive end of holiday h, which begins on t,
// when it lasts several days; zero for a holiday of one day.
func holidayUntil(h *dictionaries.Holiday, t time.Time) time.Time {
	switch {
	case t.IsZero() || h.Days == 1:
		return time.Time{}
	case h.Days > 1:
		return t.AddDate(0, 0, h.Days)
	}
	return islamicMonthEnd(t)
}

// islamicMonthEnd returns the first day of the Islamic month after the one
// that begins on t: a month has 29 or 30 days, by the Umm al-Qura calendar
// where it has a table and the arithmetic one elsewhere, as islamicToSolar.
func islamicMonthEnd(t time.Time) time.Time {
	day30 := t.AddDate(0, 0, 29)
	var d int64
	if uq, err := hijri.CreateUmmAlQuraDate(day30); err == nil && uq.Year >= ummAlQuraFirst && uq.Year <= ummAlQuraLast {
		d = uq.Day
	} else if h, err := hijri.CreateHijriDate(day30, hijri.Default); err == nil {
		d = h.Day
	}
	if d == 30 {
		return t.AddDate(0, 0, 30)
	}
	return day30
}

// moved returns day t of a holiday in year y after the first of its moves
// that applies: 圣殿被毁日 on a Saturday is kept on the Sunday after it.
func moved(t time.Time, moves []dictionaries.Move, y int) time.Time {
	for _, m := range moves {
		if isoWeekday(t) == m.Weekday && y >= m.From {
			return t.AddDate(0, 0, m.Days)
		}
	}
	return t
}

func isoWeekday(t time.Time) int {
	if wd := int(t.Weekday()); wd != 0 {
		return wd
	}
	return 7
}

// weekStart returns the Monday of t's week.
func weekStart(t time.Time) time.Time {
	t = ymd(t.Year(), int(t.Month()), t.Day())
	return t.AddDate(0, 0, 1-isoWeekday(t))
}

// holidayCache memoizes holiday dates: lunar-go computes a whole lunar year
// per call.
var holidayCache sync.Map // holidayKey → time.Time (zero when none)

type holidayKey struct {
	name string
	year int
}

// holidayIn returns the day of h in Gregorian year y (for lunar holidays:
// in lunar year y, so 除夕 of lunar year 2024 falls in February 2024).
func holidayIn(h *dictionaries.Holiday, y int) (time.Time, bool) {
	key := holidayKey{h.Name, y}
	if v, ok := holidayCache.Load(key); ok {
		t := v.(time.Time)
		return t, !t.IsZero()
	}
	var t time.Time
	ok := true
	switch h.Calendar {
	case dictionaries.CalendarSolar:
		if ok = validYMD(y, h.Month, h.Day); ok {
			t = ymd(y, h.Month, h.Day)
		}
	case dictionaries.CalendarLunar:
		t, ok = lunarToSolar(y, h.Month, h.Day)
	case dictionaries.CalendarTerm:
		t, ok = solarTerm(y, h.Term)
	case dictionaries.CalendarEaster:
		t = easter(y)
	case dictionaries.CalendarOrthodox:
		t = orthodoxEaster(y)
	case dictionaries.CalendarWeekday:
		t, ok = nthWeekday(y, h.Month, h.Day, h.Nth)
	case dictionaries.CalendarIslamic:
		t, ok = islamicToSolar(y, h.Month, h.Day)
	case dictionaries.CalendarHebrew:
		t, ok = hebrewToSolar(y, h.Month, h.Day)
	default:
		ok = false
	}
	if ok {
		t = moved(t.AddDate(0, 0, h.Offset), h.Moves, y)
	} else {
		t = time.Time{}
	}
	holidayCache.Store(key, t)
	return t, ok
}
