package money

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/zhfacts/zhfacts/extractors/cleanup"
)

// TestMoneySuite reads every case of ../shared/eval/norm/money.tsv (skipped
// when absent) as one amount after cleanup, and scores value, currency (when
// the source fixes one) and qualifier. It reports accuracy per source with -v,
// lists each failure, and fails below a floor just under the measured rate, so
// a regression shows up.
func TestMoneySuite(t *testing.T) {
	f, err := os.Open("../../../shared/eval/norm/money.tsv")
	if err != nil {
		t.Skip("shared evaluation data not present")
	}
	defer f.Close()
	m := matcher(t)
	type score struct{ right, total int }
	bySource := map[string]*score{}
	var sources []string
	all := score{}
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 5 {
			continue
		}
		src, _, _ := strings.Cut(cols[0], ":")
		if bySource[src] == nil {
			bySource[src] = &score{}
			sources = append(sources, src)
		}
		s := bySource[src]
		s.total++
		all.total++
		a, ok := m.Parse(cleanup.Fold(cols[1]))
		if ok && matches(a, cols[2], cols[3], cols[4]) {
			s.right++
			all.right++
			continue
		}
		t.Logf("FAIL %s\t%q: got %q %v..%v %s %s (ok=%v), want %s %s %s", src, cols[1], a.Text, a.Min, a.Max, a.Currency, a.Qualifier, ok, cols[2], cols[3], cols[4])
	}
	for _, src := range sources {
		s := bySource[src]
		t.Logf("%s: %d/%d = %.1f%%", src, s.right, s.total, 100*float64(s.right)/float64(s.total))
	}
	rate := float64(all.right) / float64(all.total)
	t.Logf("money suite: %d/%d = %.1f%%", all.right, all.total, 100*rate)
	if rate < moneyFloor {
		t.Errorf("money suite accuracy %.1f%% is below the %.0f%% floor", 100*rate, 100*moneyFloor)
	}
}

// moneyFloor is just under the measured accuracy of TestMoneySuite.
const moneyFloor = 0.92

func matches(a Amount, value, currency, qualifier string) bool {
	if currency != "" && a.Currency != currency || a.Qualifier != qualifier {
		return false
	}
	if lo, hi, isRange := strings.Cut(value, ".."); isRange {
		l, err1 := strconv.ParseFloat(lo, 64)
		h, err2 := strconv.ParseFloat(hi, 64)
		return err1 == nil && err2 == nil && near(a.Min, l) && near(a.Max, h)
	}
	v, err := strconv.ParseFloat(value, 64)
	return err == nil && near(a.Value, v)
}
