package number

import "testing"

// TestJoinRange: a qualifier written after a range's second end is the
// whole range's; one from elsewhere joins nothing.
func TestJoinRange(t *testing.T) {
	for _, c := range []struct {
		second, qual, after string
		lo, hi              float64
		value               float64
		want                string
		ok                  bool
	}{
		{"800元", Exact, "", 700, 800, 700, Range, true},
		{"125%左右", Approx, Approx, 115, 125, 115, Approx, true},
		{"3倍以上", Min, Min, 2, 3, 2, Min, true},
		{"5万元以下", Max, Max, 3e4, 5e4, 5e4, Max, true},
		{"约125%", Approx, "", 115, 125, 0, "", false},    // 约 stands before the second end
		{"约125%以上", Approx, Min, 115, 125, 0, "", false}, // as here, where the words disagree
		{"5000多", Min, "", 3000, 5000, 0, "", false},     // 多 is the numeral's own
	} {
		v, got, ok := JoinRange(c.lo, c.hi, c.qual, c.after)
		if ok != c.ok || ok && (v != c.value || got != c.want) {
			t.Errorf("JoinRange(%s, %s) = %v, %s, %v; want %v, %s, %v", c.second, c.qual, v, got, ok, c.value, c.want, c.ok)
		}
	}
	for s, want := range map[string]string{"至5万元": "至", "——30%": "——", "-15%": "-", "－15%": "－", "--5倍": "--", "和5万元": ""} {
		if got := Connector(s); got != want {
			t.Errorf("Connector(%s) = %q, want %q", s, got, want)
		}
	}
}

// TestQualify: words that agree qualify a numeral, words that disagree make
// it approx, and a range takes the word after it alone.
func TestQualify(t *testing.T) {
	for _, c := range []struct {
		name          string
		value, lo, hi float64
		q             string
		before, after string
		wantValue     float64
		want          string
	}{
		{"约300元", 300, 300, 300, Exact, Approx, "", 300, Approx},
		{"300元以上", 300, 300, 300, Exact, "", Min, 300, Min},
		{"逾300元以上", 300, 300, 300, Exact, Min, Min, 300, Min},
		{"约300元以上", 300, 300, 300, Exact, Approx, Min, 300, Approx},
		{"几十人", 20, 20, 90, Approx, "", "", 20, Approx},
		{"约2到3万元", 2e4, 2e4, 3e4, Range, Approx, "", 2e4, Range},
		{"2到3万元左右", 2e4, 2e4, 3e4, Range, "", Approx, 2e4, Approx},
		{"约2到3倍以上", 2, 2, 3, Range, Approx, Min, 2, Min},
		{"近3至5万元以下", 3e4, 3e4, 5e4, Range, Max, Max, 5e4, Max},
	} {
		v, got := Qualify(c.value, c.lo, c.hi, c.q, c.before, c.after)
		if v != c.wantValue || got != c.want {
			t.Errorf("Qualify(%s) = %v, %s; want %v, %s", c.name, v, got, c.wantValue, c.want)
		}
	}
}

// TestBounds: value_min and value_max by qualifier.
func TestBounds(t *testing.T) {
	show := func(p *float64) string {
		if p == nil {
			return "nil"
		}
		return Format(*p)
	}
	for _, c := range []struct {
		name          string
		value, lo, hi float64
		q             string
		want          string
	}{
		{"300元", 300, 300, 300, Exact, "300 300"},
		{"3至5万元", 3e4, 3e4, 5e4, Range, "30000 50000"},
		{"逾200美元", 200, 200, 200, Min, "200 nil"},
		{"近300万元", 3e6, 3e6, 3e6, Max, "nil 3000000"},
		{"约300元", 300, 300, 300, Approx, "nil nil"},
		{"几十人", 20, 20, 90, Approx, "20 90"},
	} {
		lo, hi := Bounds(c.value, c.lo, c.hi, c.q)
		if got := show(lo) + " " + show(hi); got != c.want {
			t.Errorf("Bounds(%s) = %s, want %s", c.name, got, c.want)
		}
	}
}
