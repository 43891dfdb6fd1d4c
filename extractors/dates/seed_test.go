package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/zhfacts/zhfacts/extractors/internal/testtext"
	"github.com/zhfacts/zhfacts/pipeline"
)

// TestSeed checks the expressions of the seed article, published
// 2024-06-04 02:56.
func TestSeed(t *testing.T) {
	d := testtext.Seed(t)
	if d.Meta.PublishedAt == nil || !d.Meta.PublishedAt.Equal(time.Date(2024, 6, 4, 2, 56, 0, 0, time.UTC)) {
		t.Fatalf("published_at = %v", d.Meta.PublishedAt)
	}
	if err := newStage(t).Process(d); err != nil {
		t.Fatal(err)
	}
	got := map[string]pipeline.Mention{}
	for _, m := range d.Mentions {
		if m.Stage != "dates" || d.Slice(m.Start, m.End) != m.Text {
			t.Errorf("mention %+v: stage or offsets wrong", m)
		}
		if _, seen := got[m.Text]; !seen {
			got[m.Text] = m
		}
	}
	for _, w := range []struct {
		text, typ, norm, start, end, qual string
		relative                          bool
	}{
		{"刚刚过去的5月", pipeline.Date, "2024-05", "2024-05-01", "2024-06-01", "exact", true},
		{"10天前", pipeline.Date, "2024-05-25", "2024-05-25", "2024-05-26", "exact", true},
		{"2023年11月", pipeline.Date, "2023-11", "2023-11-01", "2023-12-01", "exact", false},
		{"2019年", pipeline.Date, "2019", "2019-01-01", "2020-01-01", "exact", false},
		{"2018年", pipeline.Date, "2018", "2018-01-01", "2019-01-01", "exact", false},
		{"2023年12月", pipeline.Date, "2023-12", "2023-12-01", "2024-01-01", "exact", false},
		{"截至2023年底", pipeline.Date, "../2023-12", "", "2024-01-01", "max", false},
		{"2019年以来", pipeline.Date, "2019-01-01/2024-06-04", "2019-01-01", "2024-06-05", "range", true},
		{"2023年", pipeline.Date, "2023", "2023-01-01", "2024-01-01", "exact", false},
		{"7天", pipeline.Duration, "P7D", "", "", "exact", false},
		{"近年来", pipeline.Date, pastRef, "", "", "exact", true},
		{"目前", pipeline.Date, presentRef, "", "", "exact", true},
	} {
		m, ok := got[w.text]
		if !ok {
			t.Errorf("%s: not found", w.text)
			continue
		}
		if m.Type != w.typ || m.Normalized != w.norm || m.Qualifier != w.qual {
			t.Errorf("%s: %s %q %s, want %s %q %s", w.text, m.Type, m.Normalized, m.Qualifier, w.typ, w.norm, w.qual)
		}
		if s := day(m.DateStart); s != w.start {
			t.Errorf("%s: date_start %s, want %s", w.text, s, w.start)
		}
		if e := day(m.DateEnd); e != w.end {
			t.Errorf("%s: date_end %s, want %s", w.text, e, w.end)
		}
		if w.typ == pipeline.Date && (m.Relative == nil || *m.Relative != w.relative) {
			t.Errorf("%s: relative %v, want %v", w.text, m.Relative, w.relative)
		}
	}
	// Nothing in the seed is a date by accident: no mention of numbers
	// such as 7000公里 or 500余亩.
	for _, m := range d.Mentions {
		if strings.Contains(m.Text, "公里") || strings.Contains(m.Text, "亩") {
			t.Errorf("spurious mention %q", m.Text)
		}
	}
}

func day(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format("2006-01-02")
}
