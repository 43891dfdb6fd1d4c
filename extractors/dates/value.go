package dates

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// gran is a granularity, coarsest first.
type gran uint8

const (
	gNone gran = iota
	gYear
	gHalf
	gQuarter
	gMonth
	gWeek
	gDay
	gHour
	gMinute
	gSecond
)

var granNames = [...]string{"", "year", "half", "quarter", "month", "week", "day", "hour", "minute", "second"}

func (g gran) String() string { return granNames[g] }

// finer returns the finer of two granularities.
func finer(a, b gran) gran {
	if a > b {
		return a
	}
	return b
}

// add moves t by n units of g.
func (g gran) add(t time.Time, n int) time.Time {
	switch g {
	case gYear:
		return t.AddDate(n, 0, 0)
	case gHalf:
		return t.AddDate(0, 6*n, 0)
	case gQuarter:
		return t.AddDate(0, 3*n, 0)
	case gMonth:
		return t.AddDate(0, n, 0)
	case gWeek:
		return t.AddDate(0, 0, 7*n)
	case gDay:
		return t.AddDate(0, 0, n)
	case gHour:
		return t.Add(time.Duration(n) * time.Hour)
	case gMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case gSecond:
		return t.Add(time.Duration(n) * time.Second)
	}
	return t
}

// format writes t at granularity g: 2023, 2023-H1, 2023-Q4, 2023-11,
// 2024-W23, 2024-05-25, 2024-06-04T15, 2024-06-04T15:30, 2024-06-04T15:30:00.
func (g gran) format(t time.Time) string {
	switch g {
	case gYear:
		return year4(t.Year())
	case gHalf:
		return year4(t.Year()) + "-H" + strconv.Itoa((int(t.Month())-1)/6+1)
	case gQuarter:
		return year4(t.Year()) + "-Q" + strconv.Itoa((int(t.Month())-1)/3+1)
	case gMonth:
		return stamp(t, len("2006-01"))
	case gWeek:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case gDay:
		return stamp(t, len("2006-01-02"))
	case gHour:
		return stamp(t, len("2006-01-02T15"))
	case gMinute:
		return stamp(t, len("2006-01-02T15:04"))
	}
	return stamp(t, len(stampLayout))
}

// stampLayout is the layout stamp writes a prefix of.
const stampLayout = "2006-01-02T15:04:05"

// stamp returns t.Format(stampLayout[:n]) for n of 7, 10, 13, 16 or 19,
// written digit by digit instead of by time.Format, which parses its
// layout on every call: format runs for every mention. Years beyond four
// digits are left to time.Format.
func stamp(t time.Time, n int) string {
	y, mo, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format(stampLayout[:n])
	}
	h, mi, sec := t.Clock()
	b := [len(stampLayout)]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + mo/10), byte('0' + mo%10), '-',
		byte('0' + d/10), byte('0' + d%10), 'T',
		byte('0' + h/10), byte('0' + h%10), ':',
		byte('0' + mi/10), byte('0' + mi%10), ':',
		byte('0' + sec/10), byte('0' + sec%10),
	}
	return string(b[:n])
}

// year4 writes a year with at least four digits, without fmt: format runs
// for every mention.
func year4(y int) string {
	if y >= 1000 && y <= 9999 {
		return strconv.Itoa(y)
	}
	return fmt.Sprintf("%04d", y)
}

// Reference words for vague expressions, as in TIMEX3.
const (
	pastRef    = "PAST_REF"
	presentRef = "PRESENT_REF"
	futureRef  = "FUTURE_REF"
)

// value is a resolved expression: a half-open interval of wall times (either
// side may be open), or a duration, or a vague reference.
type value struct {
	typ              string // pipeline.Date or pipeline.Duration
	start, end       time.Time
	hasStart, hasEnd bool
	gran             gran
	relative         bool
	unresolved       bool   // relative to an absent publication time: no dates
	qual             string // "" means exact
	norm             string // fixed normalization (durations, vague references)
	// point marks a clock time (15:30): as a range's right side it ends the
	// range at its start, 下午2点到4点 ending at 16:00.
	point bool
	// endPoint marks an end that is such an instant: normalized shows it as
	// is rather than as the last unit before it.
	endPoint bool
	// clockOnly marks a clock time given without a day, which took its day
	// from a range's left side; yearFromCtx a date that took its year so.
	clockOnly, yearFromCtx bool
	// yearFromAnchor marks a solar month or day written without a year
	// that took its year from publication (5月, 6月4日); narrative marks
	// one that took the year of the history its paragraph tells instead
	// (narrativeYear).
	yearFromAnchor, narrative bool
	// onPublicationDay marks a time of day written without a day (上午,
	// 15时30分) that took the publication day: Find moves it to the day
	// its paragraph named before it, if any.
	onPublicationDay bool
	// sentenceDay marks a span from 即日起 that starts on the publication
	// day: Find moves its start to the day its sentence named before it.
	sentenceDay bool
	// ana marks a word for a date named earlier (当天, 次日, 当年): Find
	// resolves it against the paragraph's previous date.
	ana *anaphor
}

// anaphor is the unit an anaphoric word names and its offset in units from
// the date it refers to (次日: a day after).
type anaphor struct {
	g gran
	n int
	// month and day, when not 0, narrow a year anaphor (同年4月).
	month, day int
	// part, when not nil, is the part of the day a day anaphor names
	// (当天凌晨, 次日上午).
	part *dictionaries.DateWord
	// clock, when its gran is not 0, is the time of day a day anaphor
	// names (当天下午3时: 15:00 at hour granularity).
	clock struct {
		h, mi, sec int
		g          gran
		approx     bool // 许 after it
	}
}

// fine returns the granularity of the date the anaphor names.
func (a *anaphor) fine() gran {
	switch {
	case a.clock.g != 0:
		return a.clock.g
	case a.part != nil:
		return gHour
	case a.day > 0:
		return gDay
	case a.month > 0:
		return gMonth
	}
	return a.g
}

// at returns the date the anaphor names when the unit it counts starts at
// t: that unit, or the part of that day it names.
func (a *anaphor) at(t time.Time) value {
	out := unit(t, a.fine())
	if c := a.clock; c.g != 0 {
		out = unit(t.Add(time.Duration(c.h)*time.Hour+time.Duration(c.mi)*time.Minute+time.Duration(c.sec)*time.Second), c.g)
		out.point = true
		if c.approx {
			out.qual = "approx"
		}
	} else if a.part != nil {
		out = span(t.Add(time.Duration(a.part.N[0])*time.Hour), t.Add(time.Duration(a.part.N[1])*time.Hour), gHour)
	}
	out.ana = a
	return out
}

// movedTo returns a time of day that took the publication day (anchor's)
// moved to day, no longer relative to publication.
func (v value) movedTo(day, anchor time.Time) value {
	shift := day.Sub(ymd(anchor.Year(), int(anchor.Month()), anchor.Day()))
	v.start, v.end = v.start.Add(shift), v.end.Add(shift)
	v.relative, v.onPublicationDay = false, false
	return v
}

// unit returns the interval of one unit of g starting at t.
func unit(t time.Time, g gran) value {
	return value{typ: pipeline.Date, start: t, end: g.add(t, 1), hasStart: true, hasEnd: true, gran: g}
}

// span returns the interval [a, b) at granularity g.
func span(a, b time.Time, g gran) value {
	return value{typ: pipeline.Date, start: a, end: b, hasStart: true, hasEnd: true, gran: g}
}

// normalized renders v as zhfacts writes mentions.normalized: one calendar
// unit at its granularity (2023-11), a span of inclusive units
// (2019/2023, 2022-03-01/2022-03-05), ".." for an open side (../2023-12),
// ISO 8601 durations (P7D), or a TIMEX3 reference for vague words.
func (v value) normalized() string {
	if v.norm != "" || v.unresolved {
		return v.norm
	}
	g := v.gran
	switch {
	case v.hasStart && v.hasEnd && g.add(v.start, 1).Equal(v.end) && aligned(v.start, g):
		return g.format(v.start)
	case v.hasStart && v.hasEnd && v.endPoint:
		return g.format(v.start) + "/" + g.format(v.end)
	case v.hasStart && v.hasEnd:
		return g.format(v.start) + "/" + g.format(lastUnit(v.end, g))
	case v.hasStart:
		return g.format(v.start) + "/.."
	case v.hasEnd && v.endPoint:
		return "../" + g.format(v.end) // 截至今天17时: up to the instant
	case v.hasEnd:
		return "../" + g.format(lastUnit(v.end, g))
	}
	return ""
}

// lastUnit is the start of the last unit of g before the exclusive end e:
// the unit e falls in when e starts none (the last hour up to 02:56 ends in
// the 02 hour).
func lastUnit(e time.Time, g gran) time.Time {
	if (g == gDay || g == gHour || g == gMinute) && !aligned(e, g) {
		return truncate(e, g)
	}
	return g.add(e, -1)
}

// aligned reports whether t starts a unit of g.
func aligned(t time.Time, g gran) bool {
	h, mi, s := t.Clock()
	day := h == 0 && mi == 0 && s == 0
	switch g {
	case gYear:
		return day && t.Month() == 1 && t.Day() == 1
	case gHalf:
		return day && t.Day() == 1 && (t.Month() == 1 || t.Month() == 7)
	case gQuarter:
		return day && t.Day() == 1 && (int(t.Month())-1)%3 == 0
	case gMonth:
		return day && t.Day() == 1
	case gWeek:
		return day && t.Weekday() == time.Monday
	case gDay:
		return day
	case gHour:
		return mi == 0 && s == 0
	case gMinute:
		return s == 0
	}
	return true
}

// isoDuration formats a duration given as amounts of each designator:
// years, months, weeks, days, hours, minutes, seconds.
func isoDuration(parts [7]float64) string {
	var b strings.Builder
	b.WriteByte('P')
	designators := "YMWDHMS"
	for k, x := range parts {
		if k == 4 && (parts[4] != 0 || parts[5] != 0 || parts[6] != 0) {
			b.WriteByte('T')
		}
		if x != 0 {
			// Rounded to millionths: 32.447秒 sums 32 and 0.447 into
			// 32.446999999999996.
			b.WriteString(strconv.FormatFloat(math.Round(x*1e6)/1e6, 'f', -1, 64))
			b.WriteByte(designators[k])
		}
	}
	if b.Len() == 1 {
		return "PT0S"
	}
	return b.String()
}
