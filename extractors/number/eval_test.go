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
		got, ok := Parse(cols[1])
		if ok && math.Abs(got.Value-want) <= 1e-9*math.Max(1, math.Abs(want)) {
			right++
			continue
		}
		t.Logf("%s\t%q: got %v (ok=%v), want %v", cols[0], cols[1], got.Value, ok, want)
	}
	rate := float64(right) / float64(total)
	t.Logf("numeral suite: %d/%d = %.1f%%", right, total, 100*rate)
	if rate < 0.90 {
		t.Errorf("numeral suite accuracy %.1f%% is below the 90%% floor", 100*rate)
	}
}
