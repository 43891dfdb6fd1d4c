package money

import (
	"testing"

	"github.com/zhfacts/zhfacts/extractors/number"
)

func matcher(t testing.TB) *Matcher {
	t.Helper()
	m, err := NewMatcher()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestRuleExamples walks every rule's examples: the rule must find exactly
// the amount its example names, or nothing when the example wants nothing.
func TestRuleExamples(t *testing.T) {
	m := matcher(t)
	for _, r := range rules {
		for _, ex := range r.examples {
			got := m.Find(ex.text)
			if ex.want == "" {
				if len(got) != 0 {
					t.Errorf("%s: Find(%q) = %+v, want nothing", r.name, ex.text, got)
				}
				continue
			}
			if len(got) != 1 {
				t.Errorf("%s: Find(%q) = %+v, want one amount %q", r.name, ex.text, got, ex.want)
				continue
			}
			a := got[0]
			if a.Text != ex.want || !number.Near(a.Value, ex.value) || a.Currency != ex.currency || a.Qualifier != ex.qualifier || a.Rule != r.name {
				t.Errorf("%s: Find(%q) = %q %v %s %s by %s; want %q %v %s %s", r.name, ex.text, a.Text, a.Value, a.Currency, a.Qualifier, a.Rule, ex.want, ex.value, ex.currency, ex.qualifier)
			}
			if ex.text[a.Start:a.End] != a.Text {
				t.Errorf("%s: Find(%q): offsets %d..%d do not match %q", r.name, ex.text, a.Start, a.End, a.Text)
			}
		}
		for _, ex := range r.parseExamples {
			a, ok := m.Parse(ex.text)
			if ok != (ex.want != "") {
				t.Errorf("%s: Parse(%q) = %+v, %v; want %q", r.name, ex.text, a, ok, ex.want)
				continue
			}
			if ok && (a.Text != ex.want || !number.Near(a.Value, ex.value) || a.Currency != ex.currency || a.Qualifier != ex.qualifier || a.Rule != r.name) {
				t.Errorf("%s: Parse(%q) = %q %v %s %s by %s; want %q %v %s %s", r.name, ex.text, a.Text, a.Value, a.Currency, a.Qualifier, a.Rule, ex.want, ex.value, ex.currency, ex.qualifier)
			}
		}
	}
}

// TestSpacedUnit reads an amount whose currency stands after an ideographic
// or a no-break space as after an ASCII one.
func TestSpacedUnit(t *testing.T) {
	m := matcher(t)
	for _, c := range []struct{ text, want string }{
		{"合计61.1\u3000亿元。", "61.1\u3000亿元"},
		{"价格300\u00a0元", "300\u00a0元"},
		{"价格300元", "300元"},
	} {
		got := m.Find(c.text)
		if len(got) != 1 || got[0].Text != c.want {
			t.Errorf("Find(%q) = %+v, want %q", c.text, got, c.want)
		}
	}
}
