package number

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Report is the result of EvalNorm: the score of Parse on a normalization
// suite, by source, with the rows it got wrong.
type Report struct {
	Sources []SourceScore
	// Total and Passed count the rows that expect a value.
	Total, Passed int
	// Rejects and RejectsPassed count the rows that expect no number at all
	// (ERROR in the suite): they pass when Parse refuses the input.
	Rejects, RejectsPassed int
	Failures               []Failure
}

// SourceScore is the score of one source file of a suite; Rows and Passed
// count the rows that expect a value.
type SourceScore struct {
	Suite, Source string
	Rows, Passed  int
}

// Tally counts the rows of an eval --norm report by suite and source.
type Tally struct {
	scores map[[2]string]*SourceScore
}

// Add counts one row of suite and source, passed or not.
func (t *Tally) Add(suite, source string, passed bool) {
	if t.scores == nil {
		t.scores = map[[2]string]*SourceScore{}
	}
	k := [2]string{suite, source}
	sc := t.scores[k]
	if sc == nil {
		sc = &SourceScore{Suite: suite, Source: source}
		t.scores[k] = sc
	}
	sc.Rows++
	if passed {
		sc.Passed++
	}
}

// Sources returns the scores, by suite and then source.
func (t *Tally) Sources() []SourceScore {
	out := make([]SourceScore, 0, len(t.scores))
	for _, sc := range t.scores {
		out = append(out, *sc)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		return a.Suite < b.Suite || a.Suite == b.Suite && a.Source < b.Source
	})
	return out
}

// Near reports whether got equals want up to rounding in the last digits a
// suite writes: a relative 1e-9, or 1e-9 for values below one.
func Near(got, want float64) bool { return math.Abs(got-want) <= 1e-9*math.Max(1, math.Abs(want)) }

// Failure is a row Parse got wrong. Expected is "ERROR" for a row that
// expects no number.
type Failure struct {
	Suite, Source, Input, Expected, Got, Note string
}

// EvalNorm scores Parse against numeral.tsv of ../shared/eval/norm (source,
// input, expected_number, note; see its README): a row passes when Parse
// reads the whole input as the expected value, or refuses it when the
// expected value is ERROR. It writes a summary by source to w, and every
// failure when showFailures is set.
func EvalNorm(r io.Reader, w io.Writer, showFailures bool) (Report, error) {
	var rep Report
	var tally Tally
	err := ReadNormRows("numeral.tsv", r, 3, func(f []string) error {
		src, input, expected := f[0], f[1], f[2]
		note := ""
		if len(f) > 3 {
			note = f[3]
		}
		got, ok := Parse(input)
		if expected == "ERROR" {
			rep.Rejects++
			if !ok {
				rep.RejectsPassed++
				return nil
			}
			rep.Failures = append(rep.Failures, Failure{"numeral", src, input, expected, exactString(got.Value), note})
			return nil
		}
		want, err := strconv.ParseFloat(expected, 64)
		if err != nil {
			return fmt.Errorf("expected_number %q: %w", expected, err)
		}
		passed := ok && Near(got.Value, want)
		tally.Add("numeral", src, passed)
		rep.Total++
		if passed {
			rep.Passed++
			return nil
		}
		desc := "nothing"
		if ok {
			desc = exactString(got.Value)
		}
		rep.Failures = append(rep.Failures, Failure{"numeral", src, input, expected, desc, note})
		return nil
	})
	if err != nil {
		return rep, err
	}
	rep.Sources = tally.Sources()
	return rep, rep.write(w, showFailures)
}

func (rep Report) write(w io.Writer, showFailures bool) error {
	bw := bufio.NewWriter(w)
	WriteScores(bw, rep.Sources, rep.Passed, rep.Total)
	fmt.Fprintf(bw, "rows expecting no number: %d/%d refused\n", rep.RejectsPassed, rep.Rejects)
	if showFailures {
		for _, f := range rep.Failures {
			fmt.Fprintf(bw, "FAIL %s %s: %q want %s got %s\n", f.Suite, f.Source, f.Input, f.Expected, f.Got)
		}
	}
	return bw.Flush()
}

// WriteScores writes the table of scores by source and the overall rate, in
// the layout every zhfacts eval --norm report shares.
func WriteScores(w io.Writer, sources []SourceScore, passed, total int) {
	fmt.Fprintf(w, "%-9s %-70s %5s %6s %7s\n", "suite", "source", "rows", "passed", "rate")
	for _, sc := range sources {
		fmt.Fprintf(w, "%-9s %-70s %5d %6d %6.1f%%\n", sc.Suite, sc.Source, sc.Rows, sc.Passed, percent(sc.Passed, sc.Rows))
	}
	fmt.Fprintf(w, "all rows: %d/%d = %.1f%%\n", passed, total, percent(passed, total))
}

// exactString writes v with every digit, so that a failure shows what Round
// would hide.
func exactString(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func percent(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// ReadNormRows reads a suite TSV with a header row, calling fn with each
// non-empty row of at least width fields. Errors name the file and line.
func ReadNormRows(name string, r io.Reader, width int, fn func([]string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if line == 1 || sc.Text() == "" {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < width {
			return fmt.Errorf("%s:%d: %d fields, want %d", name, line, len(f), width)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
