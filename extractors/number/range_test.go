package number

import (
	"testing"

	"github.com/zhfacts/zhfacts/dictionaries"
)

// TestJoinRange: a qualifier written after a range's second end is the
// whole range's; one from elsewhere joins nothing.
func TestJoinRange(t *testing.T) {
	q, err := dictionaries.LoadQualifiers()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		second, qual string
		lo, hi       float64
		value        float64
		want         string
		ok           bool
	}{
		{"800元", Exact, 700, 800, 700, Range, true},
		{"125%左右", Approx, 115, 125, 115, Approx, true},
		{"3倍以上", Min, 2, 3, 2, Min, true},
		{"5万元以下", Max, 3e4, 5e4, 5e4, Max, true},
		{"约125%", Approx, 115, 125, 0, "", false}, // 约 stands before the second end
	} {
		v, got, ok := JoinRange(q.After, c.second, c.lo, c.hi, c.qual)
		if ok != c.ok || ok && (v != c.value || got != c.want) {
			t.Errorf("JoinRange(%s, %s) = %v, %s, %v; want %v, %s, %v", c.second, c.qual, v, got, ok, c.value, c.want, c.ok)
		}
	}
	for s, want := range map[string]string{"至5万元": "至", "——30%": "——", "-15%": "-", "和5万元": ""} {
		if got := ItemConnector(s); got != want {
			t.Errorf("ItemConnector(%s) = %q, want %q", s, got, want)
		}
	}
}
