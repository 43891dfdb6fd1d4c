package dates

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/zhfacts/zhfacts/extractors/cleanup"
	"github.com/zhfacts/zhfacts/extractors/number"
	"github.com/zhfacts/zhfacts/pipeline"
)

// Report is the result of EvalNorm.
type Report struct {
	Sources []number.SourceScore
	// Total and Passed count all rows; Core and CorePassed the rows that are
	// neither holidays (a holiday= note) nor colloquial (Cantonese) phrasing.
	Total, Passed    int
	Core, CorePassed int
	// Alternative counts passes that matched the alternative reading a row's
	// note gives for an ambiguous expression (Recognizers-Text shows the past
	// reading and notes the future one).
	Alternative int
	// Explained counts the failures that a documented convention of the
	// row's suite explains (see convention), CoreExplained those among the
	// core rows, and Conventions how many each convention explains.
	Explained, CoreExplained int
	Conventions              map[string]int
	Failures                 []Failure
}

// Failure is a row the stage got wrong.
type Failure struct {
	Suite, Source, Input, Reference, Expected, Got string
	Holiday, Colloquial                            bool
	// Convention names the documented convention of the suite that explains
	// the failure, if one does.
	Convention string
}

// colloquialMarkers are Cantonese words in the Duckling corpus; rows with them
// are outside zhfacts' written-news scope and reported apart.
var colloquialMarkers = []string{"宜家", "而家", "依家", "尋日", "聽日", "晏晝", "今個", "個鐘", "个钟", "個字", "踏", "搭"}

// EvalNorm scores the stage against the normalization suites in
// ../shared/eval/norm (time.tsv and duration.tsv; see their README). A time
// row passes when the longest DATE mention in its input has the expected
// interval: one calendar unit ("2023-11") or a half-open "start/end" of wall
// times, where an open side ("..") is not compared. A duration row passes
// when the longest DURATION mention equals the expected ISO 8601 duration,
// compared in seconds (a year is 12 months, a month 30 days, a week 7 days).
// Either reader may be nil. read gives the text the stage sees for an input,
// as the stages before it in the pipeline make it (cleanup, the script fold);
// nil stands for cleanup.Fold. It writes a summary by source to w, and every
// failure when showFailures is set.
func EvalNorm(timeTSV, durationTSV io.Reader, w io.Writer, showFailures bool, read func(string) string) (Report, error) {
	s, err := New()
	if err != nil {
		return Report{}, err
	}
	if read == nil {
		read = cleanup.Fold
	}
	ex, err := newExplainer(s)
	if err != nil {
		return Report{}, err
	}
	rep := Report{Conventions: map[string]int{}}
	var tally number.Tally
	score := func(suite, src string, ok, holiday, colloquial, alt bool) {
		tally.Add(suite, src, ok)
		rep.Total++
		core := !holiday && !colloquial
		if core {
			rep.Core++
		}
		if ok {
			rep.Passed++
			if core {
				rep.CorePassed++
			}
			if alt {
				rep.Alternative++
			}
		}
	}
	if timeTSV != nil {
		err := number.ReadNormRows("time.tsv", timeTSV, 6, func(f []string) error {
			src, input, ref, expected, note := f[0], f[1], f[2], f[3], f[5]
			anchor, err := parseReference(ref)
			if err != nil {
				return err
			}
			text := read(input)
			m, found := longest(s.Find(text, anchor), pipeline.Date)
			ok, alt := false, false
			if found {
				ok = intervalMatches(m, expected)
				if !ok {
					for _, a := range alternatives(note) {
						if intervalMatches(m, a) {
							ok, alt = true, true
						}
					}
				}
			}
			holiday, colloquial := strings.Contains(note, "holiday="), isColloquial(input)
			score("time", src, ok, holiday, colloquial, alt)
			if !ok {
				f := Failure{"time", src, input, ref, expected, describe(m, found), holiday, colloquial, ""}
				if found && anchor != nil {
					f.Convention = ex.explain(normRow{src, text, expected, *anchor}, m)
				}
				if f.Convention != "" {
					rep.Explained++
					rep.Conventions[f.Convention]++
					if !holiday && !colloquial {
						rep.CoreExplained++
					}
				}
				rep.Failures = append(rep.Failures, f)
			}
			return nil
		})
		if err != nil {
			return rep, err
		}
	}
	if durationTSV != nil {
		err := number.ReadNormRows("duration.tsv", durationTSV, 4, func(f []string) error {
			src, input, expected := f[0], f[1], f[2]
			m, found := longest(s.Find(read(input), nil), pipeline.Duration)
			ok := found && durationsEqual(m.Normalized, expected)
			colloquial := isColloquial(input)
			score("duration", src, ok, false, colloquial, false)
			if !ok {
				rep.Failures = append(rep.Failures, Failure{"duration", src, input, "", expected, describe(m, found), false, colloquial, ""})
			}
			return nil
		})
		if err != nil {
			return rep, err
		}
	}
	rep.Sources = tally.Sources()
	return rep, rep.write(w, showFailures)
}

func (rep Report) write(w io.Writer, showFailures bool) error {
	bw := bufio.NewWriter(w)
	number.WriteScores(bw, rep.Sources, rep.Passed, rep.Total)
	core := 0.0
	if rep.Core > 0 {
		core = 100 * float64(rep.CorePassed) / float64(rep.Core)
	}
	fmt.Fprintf(bw, "rows without holiday= or colloquial phrasing: %d/%d = %.1f%%\n", rep.CorePassed, rep.Core, core)
	fmt.Fprintf(bw, "passes by a noted alternative reading: %d\n", rep.Alternative)
	fmt.Fprintf(bw, "failures that zhfacts' own reading, carried through a documented convention of the suite, turns into the expected value: %d of %d (core rows: %d of %d)\n",
		rep.Explained, rep.Total-rep.Passed, rep.CoreExplained, rep.Core-rep.CorePassed)
	names := make([]string, 0, len(rep.Conventions))
	for n := range rep.Conventions {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(rep.Conventions[b]-rep.Conventions[a], strings.Compare(a, b)) })
	for _, n := range names {
		fmt.Fprintf(bw, "  %4d  %s\n", rep.Conventions[n], n)
	}
	if showFailures {
		for _, f := range rep.Failures {
			tag := ""
			if f.Holiday {
				tag += " [holiday]"
			}
			if f.Colloquial {
				tag += " [colloquial]"
			}
			if f.Convention != "" {
				tag += " [convention: " + f.Convention + "]"
			}
			fmt.Fprintf(bw, "FAIL %s %s: %q ref=%s want %s got %s%s\n", f.Suite, f.Source, f.Input, f.Reference, f.Expected, f.Got, tag)
		}
	}
	return bw.Flush()
}

// parseReference reads a reference time as a wall time: its clock fields,
// whatever the offset; "None" means no anchor.
func parseReference(s string) (*time.Time, error) {
	if s == "None" || s == "" {
		return nil, nil
	}
	for _, layout := range []string{"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			w := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
			return &w, nil
		}
	}
	return nil, fmt.Errorf("reference time %q: not ISO 8601", s)
}

func longest(ms []pipeline.Mention, typ string) (pipeline.Mention, bool) {
	var best pipeline.Mention
	found := false
	for _, m := range ms {
		if m.Type == typ && (!found || m.End-m.Start > best.End-best.Start) {
			best, found = m, true
		}
	}
	return best, found
}

func describe(m pipeline.Mention, found bool) string {
	if !found {
		return "nothing"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%q→%s", m.Text, m.Normalized)
	if m.DateStart != nil || m.DateEnd != nil {
		b.WriteString(" [")
		if m.DateStart != nil {
			b.WriteString(m.DateStart.Format("2006-01-02T15:04:05"))
		}
		b.WriteString(",")
		if m.DateEnd != nil {
			b.WriteString(m.DateEnd.Format("2006-01-02T15:04:05"))
		}
		b.WriteString(")")
	}
	return b.String()
}

var alternativeRE = regexp.MustCompile(`(?:alternative \(future\) = |FutureResolution = )([0-9T:/.\-]+)`)

// alternatives returns the other readings a note gives.
func alternatives(note string) []string {
	var out []string
	for _, m := range alternativeRE.FindAllStringSubmatch(note, -1) {
		out = append(out, m[1])
	}
	return out
}

func isColloquial(s string) bool {
	for _, w := range colloquialMarkers {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// intervalMatches compares a mention's dates with an expected unit or
// half-open interval.
func intervalMatches(m pipeline.Mention, expected string) bool {
	var start, end *time.Time
	if a, b, ok := strings.Cut(expected, "/"); ok {
		if a != ".." {
			t, ok := parseWall(a)
			if !ok {
				return false
			}
			start = &t
		}
		if b != ".." {
			t, ok := parseWall(b)
			if !ok {
				return false
			}
			end = &t
		}
	} else {
		t, g, ok := parseUnit(expected)
		if !ok {
			return false
		}
		e := g.add(t, 1)
		start, end = &t, &e
	}
	if start != nil && (m.DateStart == nil || !m.DateStart.Equal(*start)) {
		return false
	}
	if end != nil && (m.DateEnd == nil || !m.DateEnd.Equal(*end)) {
		return false
	}
	return start != nil || end != nil
}

func parseWall(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02T15:04:05", s)
	return t, err == nil
}

// parseUnit reads one calendar unit at reduced precision.
func parseUnit(s string) (time.Time, gran, bool) {
	// A year of one to three digits (367-01-01, as a suite writes it) is a
	// year all the same: ISO 8601 pads it to four.
	if k := strings.IndexByte(s+"-", '-'); k > 0 && k < 4 && strings.Trim(s[:k], "0123456789") == "" {
		s = strings.Repeat("0", 4-k) + s
	}
	for _, l := range []struct {
		layout string
		g      gran
	}{{"2006-01-02T15:04:05", gSecond}, {"2006-01-02T15:04", gMinute}, {"2006-01-02T15", gHour}, {"2006-01-02", gDay}, {"2006-01", gMonth}, {"2006", gYear}} {
		if t, err := time.Parse(l.layout, s); err == nil {
			return t, l.g, true
		}
	}
	return time.Time{}, gNone, false
}

var isoDurationRE = regexp.MustCompile(`^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?$`)

// durationsEqual compares two ISO 8601 durations in seconds, counting a
// year as 12 months and a month as 30 days (P1.5M = P45D, P27M = P2Y3M).
func durationsEqual(a, b string) bool {
	sa, ok1 := durationSeconds(a)
	sb, ok2 := durationSeconds(b)
	return ok1 && ok2 && math.Abs(sa-sb) < 1e-6
}

func durationSeconds(s string) (float64, bool) {
	m := isoDurationRE.FindStringSubmatch(s)
	if m == nil || s == "P" {
		return 0, false
	}
	var x [7]float64
	for k := range x {
		if m[k+1] != "" {
			v, err := strconv.ParseFloat(m[k+1], 64)
			if err != nil {
				return 0, false
			}
			x[k] = v
		}
	}
	days := (12*x[0]+x[1])*30 + 7*x[2] + x[3]
	return days*86400 + x[4]*3600 + x[5]*60 + x[6], true
}
