package number

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestNumeralSuite parses the public numeral cases in ../shared/eval/norm
// (skipped when absent) and fails below a floor, so a regression in the
// parser shows up as a drop in the rate. It lists what fails with -v.
func TestNumeralSuite(t *testing.T) {
	f, err := os.Open("../../../shared/eval/norm/numeral.tsv")
	if err != nil {
		t.Skip("shared evaluation data not present")
	}
	defer f.Close()
	total, right := 0, 0
	type score struct{ right, total int }
	bySource := map[string]*score{}
	var sources []string
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 || cols[2] == "ERROR" || strings.Contains(cols[3], "ERROR") {
			continue
		}
		want, err := strconv.ParseFloat(cols[2], 64)
		if err != nil {
			continue
		}
		total++
		src, _, _ := strings.Cut(cols[0], ":")
		if bySource[src] == nil {
			bySource[src] = &score{}
			sources = append(sources, src)
		}
		bySource[src].total++
		got, ok := Parse(cols[1])
		if ok && math.Abs(got.Value-want) <= 1e-9*math.Max(1, math.Abs(want)) {
			right++
			bySource[src].right++
			continue
		}
		t.Logf("%s\t%q: got %v (ok=%v), want %v", cols[0], cols[1], got.Value, ok, want)
	}
	for _, src := range sources {
		s := bySource[src]
		t.Logf("%s: %d/%d = %.1f%%", src, s.right, s.total, 100*float64(s.right)/float64(s.total))
	}
	rate := float64(right) / float64(total)
	t.Logf("numeral suite: %d/%d = %.1f%%", right, total, 100*rate)
	if rate < 0.91 {
		t.Errorf("numeral suite accuracy %.1f%% is below the 91%% floor", 100*rate)
	}
}
