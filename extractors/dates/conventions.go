package dates

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/dictionaries"
	"github.com/zhfacts/zhfacts/pipeline"
)

// A convention is a way a normalization suite resolves an expression that
// zhfacts, written for news, resolves differently on purpose
// (docs/architecture.md, "Where zhfacts reads dates differently from the
// norm suites, and why"). EvalNorm puts a failure down to a convention only
// when zhfacts read the whole input and its own reading, carried through
// the convention, gives exactly the suite's expected value: the row then
// differs in convention, not in what was recognized. The scores stay those
// of zhfacts' own readings.
type convention struct {
	name  string
	suite string // part of the source of the rows it applies to
	// read returns the suite's reading of m, zhfacts' mention of the whole
	// input of r, or false when the convention does not apply.
	read func(e *explainer, r normRow, m pipeline.Mention) (pipeline.Mention, bool)
}

// normRow is a time.tsv row as the conventions see it: input is the text the
// stage read.
type normRow struct {
	source, input, expected string
	anchor                  time.Time
}

const (
	duckling    = "facebook/duckling"
	recognizers = "microsoft/Recognizers-Text"
)

// conventions are tried in order; the first that explains a row names it.
var conventions = []convention{
	// 两天前 is the day two days before (the seed: 10天前 → 2024-05-25);
	// Duckling gives the span from it to the start of today, in the unit said.
	{"duckling: N units ago/later is the span between then and now", duckling, spanToNow},
	// 星期一 in news is the Monday of the current week; Duckling gives the
	// next Monday, and 下周三 and 这周一 likewise the next one.
	{"duckling: a weekday is its next occurrence, whatever 这/下 before it", duckling, weekdayForward},
	{"duckling: a weekend begins on Friday at 18:00", duckling, weekendFromFriday},
	// 现在/此时/当前 are as vague as 目前 (the issue: no invented precision).
	{"duckling: 现在/此时/当前 is the instant of reference", duckling, nowInstant},
	// 今年前两个月 in news reports is January and February.
	{"duckling: 前两个月 is the two months before this one", duckling, lastMonths},
	// Taiwan's corpus reads 国庆 as the Republic of China's day, 10 October.
	{"duckling (TW): 国庆 is 10 October, the next one", "ZH/TW", twNationalDay},
	// holidays.tsv: news dates what happens on a Jewish holiday by its civil
	// days; Duckling starts each at its eve.
	{"duckling: a Jewish holiday begins on its eve, the next one", duckling, hebrewEve},
	// A year-less date is read nearest to the publication time, as the issue
	// asks; Duckling takes a holiday's next occurrence.
	{"duckling: a holiday is its next occurrence", duckling, holidayForward},
	// 从一月十日到十二日 includes the 12th.
	{"recognizers: a range ends where its last unit begins", recognizers, endAtLastUnit},
	{"recognizers: 今年 is the year to date", recognizers, yearToDate},
	{"recognizers: 晚上 is 16–20 h and 早上 8–12 h", recognizers, daypartHours},
}

// explainer finds the convention that explains a failed row.
type explainer struct {
	s      *Stage
	hebrew []string // names of holidays of the Hebrew calendar
}

func newExplainer(s *Stage) (*explainer, error) {
	hs, err := dictionaries.LoadHolidays()
	if err != nil {
		return nil, err
	}
	e := &explainer{s: s}
	for _, h := range hs {
		if h.Calendar == dictionaries.CalendarHebrew {
			e.hebrew = append(e.hebrew, h.Name)
		}
	}
	return e, nil
}

// explain returns the name of the convention that turns m, zhfacts' reading
// of r, into r's expected value, or "".
func (e *explainer) explain(r normRow, m pipeline.Mention) string {
	if m.Text != strings.TrimSpace(r.input) {
		return "" // not the whole input read
	}
	m.Text = string(e.s.t.foldText(m.Text, nil)) // 禮拜一 as 礼拜一, as the stage reads it
	for _, c := range conventions {
		if !strings.Contains(r.source, c.suite) {
			continue
		}
		if v, ok := c.read(e, r, m); ok && intervalMatches(v, r.expected) {
			return c.name
		}
	}
	return ""
}

// interval returns m with its dates set to [start, end).
func interval(m pipeline.Mention, start, end time.Time) pipeline.Mention {
	m.DateStart, m.DateEnd = &start, &end
	return m
}

// shifted returns m with both dates moved by days.
func shifted(m pipeline.Mention, days int) (pipeline.Mention, bool) {
	if m.DateStart == nil || m.DateEnd == nil {
		return m, false
	}
	return interval(m, m.DateStart.AddDate(0, 0, days), m.DateEnd.AddDate(0, 0, days)), true
}

// agoUnit returns the unit of N units ago or later (两天前, 三个月之后), as the
// stage reads units, and whether it is ago.
func agoUnit(text string) (g gran, ago, ok bool) {
	rest, ago := strings.CutSuffix(text, "前")
	if !ago {
		if rest, ok = strings.CutSuffix(text, "后"); !ok {
			return gNone, false, false
		}
	}
	rest = strings.TrimSuffix(rest, "之")
	for _, u := range timeUnits {
		if strings.HasSuffix(rest, u.word) {
			return u.g, ago, true
		}
	}
	return gNone, false, false
}

func spanToNow(_ *explainer, r normRow, m pipeline.Mention) (pipeline.Mention, bool) {
	g, ago, ok := agoUnit(m.Text)
	if !ok || m.DateStart == nil {
		return m, false
	}
	if ago {
		return interval(m, truncate(*m.DateStart, g), truncate(r.anchor, g)), true
	}
	return interval(m, g.add(truncate(r.anchor, g), 1), g.add(truncate(*m.DateStart, g), 1)), true
}

var weekdayRE = regexp.MustCompile(`(星期|礼拜|周)[一二三四五六日天]`)

func weekdayForward(_ *explainer, r normRow, m pipeline.Mention) (pipeline.Mention, bool) {
	if !weekdayRE.MatchString(m.Text) || m.DateStart == nil {
		return m, false
	}
	day, today := truncate(*m.DateStart, gDay), truncate(r.anchor, gDay)
	next := today.AddDate(0, 0, 1)
	for next.Weekday() != day.Weekday() {
		next = next.AddDate(0, 0, 1)
	}
	return shifted(m, int(next.Sub(day).Hours()/24))
}

func weekendFromFriday(_ *explainer, _ normRow, m pipeline.Mention) (pipeline.Mention, bool) {
	if !strings.Contains(m.Text, "周末") || m.DateStart == nil || m.DateStart.Weekday() != time.Saturday {
		return m, false
	}
	return interval(m, m.DateStart.Add(-6*time.Hour), *m.DateEnd), m.DateEnd != nil
}

func nowInstant(_ *explainer, r normRow, m pipeline.Mention) (pipeline.Mention, bool) {
	if m.Normalized != "PRESENT_REF" {
		return m, false
	}
	return interval(m, r.anchor, r.anchor.Add(time.Second)), true
}

var firstMonthsRE = regexp.MustCompile(`^前.+月$`)

func lastMonths(_ *explainer, r normRow, m pipeline.Mention) (pipeline.Mention, bool) {
	if !firstMonthsRE.MatchString(m.Text) || m.DateStart == nil || m.DateEnd == nil || m.DateStart.Month() != time.January {
		return m, false
	}
	n := int(m.DateEnd.Month()) - 1 + 12*(m.DateEnd.Year()-m.DateStart.Year())
	this := truncate(r.anchor, gMonth)
	return interval(m, this.AddDate(0, -n, 0), this), true
}

// next returns zhfacts' reading of the holiday m in the year after its own
// when m lies before the reference day: the occurrence a suite that reads
// holidays forward gives.
func (e *explainer) next(r normRow, m pipeline.Mention) (pipeline.Mention, bool) {
	if m.DateStart == nil || !m.DateStart.Before(truncate(r.anchor, gDay)) {
		return m, m.DateStart != nil
	}
	text := fmt.Sprintf("%d年%s", m.DateStart.Year()+1, strings.TrimSpace(r.input))
	v, ok := longest(e.s.Find(text, &r.anchor), pipeline.Date)
	return v, ok && v.Start == 0 && v.End == utf8.RuneCountInString(text)
}

func twNationalDay(e *explainer, r normRow, m pipeline.Mention) (pipeline.Mention, bool) {
	if !strings.Contains(m.Text, "国庆") {
		return m, false
	}
	v, ok := e.next(r, m)
	if !ok || v.DateStart.Month() != time.October || v.DateStart.Day() != 1 {
		return m, false
	}
	return shifted(v, 9)
}

func hebrewEve(e *explainer, r normRow, m pipeline.Mention) (pipeline.Mention, bool) {
	for _, name := range e.hebrew {
		if strings.Contains(m.Text, name) {
			v, ok := e.next(r, m)
			if !ok {
				return m, false
			}
			return shifted(v, -1)
		}
	}
	return m, false
}

func holidayForward(e *explainer, r normRow, m pipeline.Mention) (pipeline.Mention, bool) {
	if m.DateStart == nil || !m.DateStart.Before(truncate(r.anchor, gDay)) {
		return m, false
	}
	return e.next(r, m)
}

func endAtLastUnit(_ *explainer, _ normRow, m pipeline.Mention) (pipeline.Mention, bool) {
	_, last, ok := strings.Cut(m.Normalized, "/")
	if !ok || m.DateEnd == nil {
		return m, false
	}
	_, g, ok := parseUnit(last)
	if !ok {
		return m, false
	}
	end := g.add(*m.DateEnd, -1)
	m.DateEnd = &end
	return m, true
}

func yearToDate(_ *explainer, r normRow, m pipeline.Mention) (pipeline.Mention, bool) {
	if m.Text != "今年" || m.DateStart == nil {
		return m, false
	}
	return interval(m, *m.DateStart, truncate(r.anchor, gDay)), true
}

func daypartHours(_ *explainer, _ normRow, m pipeline.Mention) (pipeline.Mention, bool) {
	if m.DateStart == nil {
		return m, false
	}
	day := truncate(*m.DateStart, gDay)
	switch {
	case strings.HasSuffix(m.Text, "晚上"):
		return interval(m, day.Add(16*time.Hour), day.Add(20*time.Hour)), true
	case strings.HasSuffix(m.Text, "早上"):
		return interval(m, day.Add(8*time.Hour), day.Add(12*time.Hour)), true
	}
	return m, false
}
