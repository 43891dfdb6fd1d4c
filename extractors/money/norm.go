package money

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/zhfacts/zhfacts/extractors/cleanup"
	"github.com/zhfacts/zhfacts/extractors/number"
)

// Report is the result of EvalNorm: the score of Matcher.Parse on a
// normalization suite, by source, with the rows it got wrong.
type Report struct {
	Sources       []number.SourceScore
	Total, Passed int
	Failures      []Failure
}

// Failure is a row Parse got wrong. Expected and Got read "value currency
// qualifier"; Got is "nothing" when Parse found no amount.
type Failure struct {
	Suite, Source, Input, Expected, Got, Note string
}

// EvalNorm scores Matcher.Parse against money.tsv of ../shared/eval/norm
// (source, input_text, expected_value, currency, qualifier, note; see its
// README). A row passes when Parse reads the whole input, after
// cleanup.Fold, as one amount with the expected value ("lo..hi" for a
// range: the bounds), the expected qualifier, and the expected currency
// where the row names one. It writes a summary by source to w, and every
// failure when showFailures is set.
func EvalNorm(r io.Reader, w io.Writer, showFailures bool) (Report, error) {
	m, err := NewMatcher()
	if err != nil {
		return Report{}, err
	}
	var rep Report
	var tally number.Tally
	err = number.ReadNormRows("money.tsv", r, 5, func(f []string) error {
		src, input, value, currency, qualifier := f[0], f[1], f[2], f[3], f[4]
		note := ""
		if len(f) > 5 {
			note = f[5]
		}
		ok, err := scoreRow(m, input, value, currency, qualifier)
		if err != nil {
			return err
		}
		tally.Add("money", src, ok)
		rep.Total++
		if ok {
			rep.Passed++
			return nil
		}
		got := "nothing"
		if a, found := m.Parse(cleanup.Fold(input)); found {
			got = describe(a)
		}
		want := strings.Join(strings.Fields(value+" "+currency+" "+qualifier), " ")
		rep.Failures = append(rep.Failures, Failure{"money", src, input, want, got, note})
		return nil
	})
	if err != nil {
		return rep, err
	}
	rep.Sources = tally.Sources()
	bw := bufio.NewWriter(w)
	number.WriteScores(bw, rep.Sources, rep.Passed, rep.Total)
	if showFailures {
		for _, f := range rep.Failures {
			fmt.Fprintf(bw, "FAIL %s %s: %q want %s got %s\n", f.Suite, f.Source, f.Input, f.Expected, f.Got)
		}
	}
	return rep, bw.Flush()
}

// scoreRow parses one row's input and compares it with the expectation.
func scoreRow(m *Matcher, input, value, currency, qualifier string) (bool, error) {
	var lo, hi float64
	var err1, err2 error
	if a, b, isRange := strings.Cut(value, ".."); isRange {
		lo, err1 = strconv.ParseFloat(a, 64)
		hi, err2 = strconv.ParseFloat(b, 64)
	} else {
		lo, err1 = strconv.ParseFloat(value, 64)
		hi = lo
	}
	if err1 != nil || err2 != nil {
		return false, fmt.Errorf("expected_value %q is not a number or lo..hi", value)
	}
	a, ok := m.Parse(cleanup.Fold(input))
	if !ok || currency != "" && a.Currency != currency || a.Qualifier != qualifier {
		return false, nil
	}
	if qualifier == number.Range {
		return number.Near(a.Min, lo) && number.Near(a.Max, hi), nil
	}
	return number.Near(a.Value, lo), nil
}

// near compares values to nine significant digits, past the float noise of
// summed parts (45 + 0.6 + 0.08).

func describe(a Amount) string {
	v := strconv.FormatFloat(a.Value, 'f', -1, 64)
	if a.Qualifier == number.Range {
		v = strconv.FormatFloat(a.Min, 'f', -1, 64) + ".." + strconv.FormatFloat(a.Max, 'f', -1, 64)
	}
	return fmt.Sprintf("%q=%s %s %s", a.Text, v, a.Currency, a.Qualifier)
}
